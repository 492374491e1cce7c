import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/fixtures.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

/** Rows of the markdown table that follows a `<!-- marker -->` line: first cell and second cell. */
function table(marker: string): [string, string][] {
  const start = readme.indexOf(`<!-- ${marker}`);
  expect(start, `README has a ${marker} marker`).toBeGreaterThan(-1);
  const lines = readme.slice(start).split('\n').slice(1);
  const rows: [string, string][] = [];
  for (const line of lines.slice(2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').map((c) => c.trim());
    rows.push([cells[1]!.replace(/`/g, ''), cells[2]!.replace(/`/g, '')]);
  }
  return rows;
}

describe('README stays true to action.yml', () => {
  it('lists every input, in order, with the defaults action.yml declares', () => {
    const rows = table('inputs-table');
    expect(rows.map((r) => r[0])).toEqual(Object.keys(action.inputs));
    for (const [name, def] of rows) {
      const spec = action.inputs[name]!;
      if (spec.required) expect(def, name).toBe('(required)');
      else if (spec.default !== undefined && spec.default !== '') expect(def, name).toBe(spec.default);
    }
  });

  it('lists every output, in order', () => {
    expect(table('outputs-table').map((r) => r[0])).toEqual(Object.keys(action.outputs));
  });

  it('runs on node24 from the committed bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('opens with the two commands for a fresh machine', () => {
    const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1]?.trim().split('\n');
    expect(block?.[0]).toBe('npm ci && npm test');
    expect(block?.[1]).toMatch(
      /^node dist\/cli\/index\.js generate --dag examples\/demo\/dag\.json --config examples\/demo\/config\.json/,
    );
  });
});
