import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../../src/action/inputs/inputs.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const actionYml = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { required?: boolean; default?: string }>;
  runs: { using: string; main: string };
};

describe('action.yml', () => {
  it('declares exactly the inputs the action reads', () => {
    const read = new Set<string>();
    parseInputs((name) => (read.add(name), ''), { workspace: '/ws', runnerTemp: '/rt' });
    expect([...read].sort()).toEqual(Object.keys(actionYml.inputs).sort());
  });

  it('requires no input (parseInputs checks: dag and config, or pipelines), and its defaults are accepted', () => {
    const required = Object.entries(actionYml.inputs)
      .filter(([, v]) => v.required)
      .map(([k]) => k);
    expect(required).toEqual([]);
    const defaults: Record<string, string> = { dag: 'd.json', config: 'c.json' };
    for (const [k, v] of Object.entries(actionYml.inputs))
      if (v.default !== undefined) defaults[k] = v.default;
    const { errors } = parseInputs((name) => defaults[name] ?? '', { workspace: '/ws', runnerTemp: '/rt' });
    expect(errors).toEqual([]);
  });

  it('runs dist/index.js on node24', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
