/** `exec-doc diff` and `exec-doc graph` through the built bundle, as a user runs them. */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import DOMPurify from 'dompurify';
import { ROOT, fixturePath } from '../helpers/fixtures.js';
import { codeTexts, links, render, textOf } from '../helpers/markdown.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const NODE = process.env['E2E_NODE'] ?? process.execPath;
const built = existsSync(CLI);
if (!built)
  console.warn(`skipping CLI diff/graph e2e: ${path.relative(ROOT, CLI)} is missing (run npm run build)`);

const IMAGE_17 = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1';
const IMAGE_15 = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.5-1';

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(NODE, [CLI, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'exec-doc-cli-diff-'));
  cpSync(fixturePath('corpus', 'demo'), path.join(work, 'demo'), { recursive: true });
  cpSync(fixturePath('diff'), path.join(work, 'diff'), { recursive: true });
  // HEAD: the demo document with one SQL line and the registration image changed.
  const doc = JSON.parse(readFileSync(path.join(work, 'demo', 'expected.json'), 'utf8')) as {
    PIPELINE_STEP_CONFIGS: Record<string, { STEP_CONFIG: Record<string, unknown> }>;
  };
  const cradle = doc.PIPELINE_STEP_CONFIGS['CradleDataLoading-Training']!.STEP_CONFIG;
  const transform = cradle['transformSpecification'] as { transformSQL: string };
  expect(transform.transformSQL).toContain('WHERE row_num = 1');
  transform.transformSQL = transform.transformSQL.replace('WHERE row_num = 1', 'WHERE row_num <= 2');
  const reg = doc.PIPELINE_STEP_CONFIGS['Registration-NA']!.STEP_CONFIG;
  expect(reg['source_model_inference_image_arn']).toBe(IMAGE_17);
  reg['source_model_inference_image_arn'] = IMAGE_15;
  writeFileSync(path.join(work, 'head.json'), JSON.stringify(doc, null, 2));
});

describe.skipIf(!built)('exec-doc diff (built bundle)', () => {
  it('lists exactly the two changed fields: the Cradle transformSQL and the registration image', () => {
    const r = run(['diff', 'demo/expected.json', 'head.json']);
    expect(r.stderr).toBe('');
    // As diff and git diff --exit-code: 1 means "they differ".
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Execution document: 2 steps changed.\n');
    expect(r.stdout).toContain('~ CradleDataLoading-Training: transformSQL changed\n');
    expect(r.stdout).toContain(
      `~ Registration-NA: source_model_inference_image_arn ${IMAGE_17} → ${IMAGE_15}\n`,
    );
    expect(r.stdout).toContain('      - WHERE row_num = 1\n      + WHERE row_num <= 2\n');
    const changeLines = r.stdout.split('\n').filter((l) => /^ {2}[~+\->] /.test(l));
    expect(changeLines).toEqual([
      '  ~ STEP_CONFIG.transformSpecification.transformSQL:',
      `  ~ STEP_CONFIG.source_model_inference_image_arn: "${IMAGE_17}" → "${IMAGE_15}"`,
    ]);
  });

  it('--format json gives the same two changes as data', () => {
    const r = run(['diff', 'demo/expected.json', 'head.json', '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as {
      version: number;
      counts: Record<string, number>;
      steps: { step: string; changes: { kind: string; path: string; old?: unknown; new?: unknown }[] }[];
    };
    expect(json.version).toBe(1);
    expect(json.counts).toEqual({ added: 0, removed: 0, changed: 2, other: 0 });
    expect(json.steps.flatMap((s) => s.changes.map((c) => [s.step, c.kind, c.path]))).toEqual([
      ['CradleDataLoading-Training', 'changed', 'STEP_CONFIG.transformSpecification.transformSQL'],
      ['Registration-NA', 'changed', 'STEP_CONFIG.source_model_inference_image_arn'],
    ]);
    expect(json.steps[1]!.changes[0]).toMatchObject({ old: IMAGE_17, new: IMAGE_15 });
  });

  it('--format markdown escapes what comes from the documents', () => {
    const r = run(['diff', 'diff/base.json', 'diff/head.json', '--format', 'markdown']);
    expect(r.code).toBe(1);
    // Judged on what GitHub renders: the names and values are exact text in code, nothing else.
    const html = render(r.stdout);
    expect(html).not.toContain('<img');
    expect(links(html)).toEqual([]);
    expect(codeTexts(html)).toContain('<img src=x onerror=alert(1)>');
    const outside = textOf(html.replace(/<code[^>]*>[\s\S]*?<\/code>/g, ' '));
    expect(outside).not.toMatch(/@(org|other)\/|\*bold\*|http:\/\//);
  });

  it('identical documents: "No change", exit 0, in every format but JSON', () => {
    for (const format of ['text', 'markdown']) {
      const r = run(['diff', 'demo/expected.json', 'demo/expected.json', '--format', format]);
      expect([r.code, r.stdout, r.stderr]).toEqual([0, 'No change to the execution document.\n', '']);
    }
    const r = run(['diff', 'demo/expected.json', 'demo/expected.json', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ equal: true, steps: [] });
  });

  it('a broken JSON file: file:line:column error, exit 2 (not "different"), nothing on stdout', () => {
    const r = run(['diff', 'demo/expected.json', 'diff/broken.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^diff\/broken\.json:3:\d+: error \[input\/syntax\] invalid JSON/m);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  it('a file that is not an execution document, or is missing: located errors, exit 2', () => {
    const r = run(['diff', 'diff/not-a-document.json', 'missing.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^diff\/not-a-document\.json:2:\d+: error \[document\/shape\]/m);
    expect(r.stderr).toMatch(/^missing\.json:1:1: error \[input\/read\] file not found/m);
  });

  it('usage errors exit 2: wrong argument count, unknown format, an option of another command', () => {
    for (const args of [
      ['diff', 'demo/expected.json'],
      ['diff', 'demo/expected.json', 'head.json', '--format', 'yaml'],
      ['diff', 'demo/expected.json', 'head.json', '--dag', 'demo/dag.json'],
    ]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^exec-doc: diff: /);
    }
  });
});

describe.skipIf(!built)('exec-doc graph (built bundle)', () => {
  beforeAll(() => {
    // The real Mermaid parser needs DOMPurify's sanitize, absent without a DOM (see graph-mermaid.test.ts).
    Object.assign(DOMPurify, { addHook: () => undefined, sanitize: (s: string) => s });
  });

  it('prints a flowchart of the demo DAG that Mermaid parses', async () => {
    const r = run([
      'graph',
      '--dag',
      'demo/dag.json',
      '--config',
      'demo/config.json',
      '--template',
      'demo/template.json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Labelled with the step name, the node name below it.
    expect(
      r.stdout.startsWith(
        'flowchart TD\n  n0["`CradleDataLoading-Training\n*CradleDataLoading_training*`"]\n',
      ),
    ).toBe(true);
    expect(r.stdout.split('\n').filter((l) => l.includes(' --> '))).toHaveLength(11);
    expect(r.stdout).toMatch(/^ {2}class n0,n5,n7 filled$/m);
    const { default: mermaid } = await import('mermaid');
    await expect(mermaid.parse(r.stdout)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });

  it('still prints the chart when generation fails, with the failing node as error, and exits 1', async () => {
    const template = JSON.parse(readFileSync(path.join(work, 'demo', 'template.json'), 'utf8')) as {
      PIPELINE_STEP_CONFIGS: Record<string, unknown>;
    };
    delete template.PIPELINE_STEP_CONFIGS['Registration-NA'];
    writeFileSync(path.join(work, 'no-registration.json'), JSON.stringify(template));
    const r = run([
      'graph',
      '--dag',
      'demo/dag.json',
      '--config',
      'demo/config.json',
      '--template',
      'no-registration.json',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^no-registration\.json:\d+:\d+: error \[template\/missing-step\]/m);
    expect(r.stdout).toMatch(/^ {2}class n5 error$/m);
    const { default: mermaid } = await import('mermaid');
    await expect(mermaid.parse(r.stdout)).resolves.toBeTruthy();
  });

  it('a missing input: located error and exit 1; a missing --dag: usage, exit 2', () => {
    const r = run(['graph', '--dag', 'nope.json', '--config', 'demo/config.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^nope\.json:1:1: error \[input\/read\]/m);
    expect(run(['graph', '--config', 'demo/config.json']).code).toBe(2);
  });
});
