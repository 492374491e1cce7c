import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, readdirSync, cpSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, fixturePath } from '../helpers/fixtures.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const NODE = process.env['E2E_NODE'] ?? process.execPath;
const built = existsSync(CLI);

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(NODE, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'exec-doc-cli-'));
  cpSync(fixturePath('corpus', 'demo'), path.join(work, 'demo'), { recursive: true });
  cpSync(fixturePath('corpus', 'rnr'), path.join(work, 'rnr'), { recursive: true });
});

function write(name: string, text: string | Buffer): string {
  const p = path.join(work, name);
  writeFileSync(p, text);
  return name;
}

/** What every bad input must give: exit 1, `file:line:column:` on stderr, no stack trace, no output file. */
function expectCleanFailure(r: ReturnType<typeof run>, file: string, line?: number): void {
  expect(r.code).toBe(1);
  const re = new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):(\\d+): error `, 'm');
  const m = re.exec(r.stderr);
  expect(m, r.stderr).not.toBeNull();
  if (line !== undefined) expect(Number(m![1])).toBe(line);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(r.stdout).toBe('');
}

describe.skipIf(!built)('exec-doc CLI (built bundle)', () => {
  it.each(['demo', 'rnr'])('reproduces the %s corpus document exactly', (c) => {
    const r = run(
      [
        'generate',
        '--dag',
        `${c}/dag.json`,
        '--config',
        `${c}/config.json`,
        '--template',
        `${c}/template.json`,
      ],
      work,
    );
    expect(r.code).toBe(0);
    expect(JSON.stringify(JSON.parse(r.stdout))).toBe(
      JSON.stringify(JSON.parse(readFileSync(path.join(work, c, 'expected.json'), 'utf8'))),
    );
    expect(r.stdout.endsWith('}\n')).toBe(true);
  });

  it('writes --output atomically and prints a summary', () => {
    const r = run(
      ['generate', '--dag', 'demo/dag.json', '--config', 'demo/config.json', '-o', 'out/doc.json'],
      work,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('filled 3 of 4 step(s)');
    expect(readFileSync(path.join(work, 'out', 'doc.json'), 'utf8')).toBe(
      readFileSync(path.join(work, 'demo', 'expected.json'), 'utf8'),
    );
    expect(readdirSync(path.join(work, 'out'))).toEqual(['doc.json']);
  });

  it('writes YAML with --format yaml', () => {
    const r = run(
      ['generate', '--dag', 'demo/dag.json', '--config', 'demo/config.json', '--format', 'yaml'],
      work,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^PIPELINE_STEP_CONFIGS:\n {2}CradleDataLoading-Training:\n/);
  });

  it('accepts a YAML DAG in the serializer form', () => {
    const dag = JSON.parse(readFileSync(path.join(work, 'demo', 'dag.json'), 'utf8')) as {
      nodes: string[];
      edges: string[][];
    };
    const yaml = `version: "1.0.0"\ndag:\n  nodes:\n${dag.nodes.map((n) => `    - ${n}`).join('\n')}\n  edges:\n${dag.edges.map((e) => `    - [${e[0]}, ${e[1]}]`).join('\n')}\n`;
    const r = run(
      [
        'generate',
        '--dag',
        write('dag.yaml', yaml),
        '--config',
        'demo/config.json',
        '--template',
        'demo/template.json',
      ],
      work,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(work, 'demo', 'expected.json'), 'utf8'));
  });

  describe('bad inputs: file:line:column, exit 1, no stack trace, no output file', () => {
    const cases: [string, () => string[], string, number | undefined][] = [
      [
        'malformed JSON config',
        () => ['--config', write('bad.json', '{\n  "configuration": {\n    "shared": {,\n')],
        'bad.json',
        3,
      ],
      [
        'malformed YAML DAG',
        () => ['--dag', write('bad.yaml', 'nodes:\n  - a\n  - [b\nedges: []\n')],
        'bad.yaml',
        undefined,
      ],
      ['BOM', () => ['--dag', write('bom.json', '\uFEFF{"nodes": ["a"], "edges": []}')], 'bom.json', 1],
      ['empty file', () => ['--template', write('empty.json', '')], 'empty.json', 1],
      [
        'cycle',
        () => ['--dag', write('cycle.json', '{\n"nodes": ["a", "b"],\n"edges": [["a", "b"], ["b", "a"]]\n}')],
        'cycle.json',
        3,
      ],
      [
        'unknown node',
        () => ['--dag', write('unknown.json', '{\n"nodes": ["a"],\n"edges": [\n  ["a", "ghost"]\n]\n}')],
        'unknown.json',
        4,
      ],
      [
        'duplicate node',
        () => ['--dag', write('dup.json', '{"nodes": [\n"a",\n"a"\n], "edges": []}')],
        'dup.json',
        3,
      ],
      ['missing file', () => ['--config', 'nope/config.json'], 'nope/config.json', 1],
      ['a directory', () => ['--config', 'demo'], 'demo', 1],
      ['wrong type', () => ['--dag', write('wt.json', '{"nodes": "a", "edges": []}')], 'wt.json', 1],
      [
        'invalid UTF-8',
        () => ['--config', write('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]))],
        'latin1.json',
        1,
      ],
    ];
    it.each(cases)('%s', (_name, extra, file, line) => {
      const base: Record<string, string> = { '--dag': 'demo/dag.json', '--config': 'demo/config.json' };
      const args = extra();
      for (let i = 0; i < args.length; i += 2) base[args[i]!] = args[i + 1]!;
      const out = `out-${Math.random().toString(36).slice(2)}.json`;
      const r = run(['generate', ...Object.entries(base).flat(), '-o', out], work);
      expectCleanFailure(r, file, line);
      expect(existsSync(path.join(work, out))).toBe(false);
    });

    it('a missing file says where it was looked for, and generation ends with the failure line', () => {
      const r = run(
        ['generate', '--dag', 'demo/dag.json', '--config', 'nope/config.json', '-o', 'x.json'],
        work,
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `nope/config.json:1:1: error [input/read] file not found (looked for ${path.join(work, 'nope', 'config.json')})\n` +
          'exec-doc: generation failed with 1 error(s); no document written\n',
      );
    });

    it('a config value of the wrong type points at its line', () => {
      const cfg = readFileSync(path.join(work, 'demo', 'config.json'), 'utf8').replace(
        '"job_retry_count": 4',
        '"job_retry_count": "four"',
      );
      const name = write('wrongtype.json', cfg);
      const r = run(['generate', '--dag', 'demo/dag.json', '--config', name, '-o', 'never.json'], work);
      const line = cfg.split('\n').findIndex((l) => l.includes('"four"')) + 1;
      expectCleanFailure(r, name, line);
      expect(r.stderr).toContain('job_retry_count');
      expect(existsSync(path.join(work, 'never.json'))).toBe(false);
    });

    it('never replaces an existing output file on failure', () => {
      write('keep.json', 'previous');
      const r = run(
        [
          'generate',
          '--dag',
          write('c2.json', '{"nodes":["a","a"]}'),
          '--config',
          'demo/config.json',
          '-o',
          'keep.json',
        ],
        work,
      );
      expect(r.code).toBe(1);
      expect(readFileSync(path.join(work, 'keep.json'), 'utf8')).toBe('previous');
    });
  });

  it('keeps __proto__ and constructor keys as inert data', () => {
    const t = JSON.parse(readFileSync(path.join(work, 'demo', 'template.json'), 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    const text = JSON.stringify(t).replace(
      '"PIPELINE_ADDITIONAL_PARAMS":{}',
      '"PIPELINE_ADDITIONAL_PARAMS":{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}',
    );
    const r = run(
      [
        'generate',
        '--dag',
        'demo/dag.json',
        '--config',
        'demo/config.json',
        '--template',
        write('proto.json', text),
      ],
      work,
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    const params = out['PIPELINE_ADDITIONAL_PARAMS'] as Record<string, unknown>;
    expect(Object.keys(params)).toEqual(['__proto__', 'constructor']);
    expect(r.stdout).toContain('"__proto__": {\n      "polluted": 1\n    }');
  });

  it('usage errors exit 2 with the message and where the help is', () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['generate', '--dag', 'x'],
      ['generate', '--bogus'],
      ['generate', '--dag', 'a', '--config', 'b', '--format', 'xml'],
    ]) {
      const r = run(args, work);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^exec-doc: .+\nRun 'exec-doc (generate )?--help' for the options\.\n$/);
    }
  });

  it('template prints the auto-built template; validate and merge work on documents', () => {
    const t = run(['template', '--dag', 'demo/dag.json', '--config', 'demo/config.json'], work);
    expect(t.code).toBe(0);
    expect(
      Object.keys((JSON.parse(t.stdout) as { PIPELINE_STEP_CONFIGS: object }).PIPELINE_STEP_CONFIGS),
    ).toEqual([
      'CradleDataLoading-Training',
      'CradleDataLoading-Calibration',
      'XGBoostTraining',
      'Registration-NA',
    ]);
    expect(run(['validate', 'demo/expected.json'], work).code).toBe(0);
    const bad = run(
      ['validate', write('notdoc.json', '{\n  "PIPELINE_STEP_CONFIGS": {\n    "A": []\n  }\n}')],
      work,
    );
    expectCleanFailure(bad, 'notdoc.json', 3);
    write(
      'extra.json',
      JSON.stringify({
        PIPELINE_STEP_CONFIGS: {
          'Registration-NA': { STEP_CONFIG: { model_owner: 'someone-else' } },
          New: { STEP_TYPE: 'X' },
        },
      }),
    );
    const m = run(['merge', 'demo/expected.json', 'extra.json'], work);
    expect(m.code).toBe(0);
    const merged = JSON.parse(m.stdout) as {
      PIPELINE_STEP_CONFIGS: Record<string, { STEP_CONFIG?: Record<string, unknown> }>;
    };
    expect(merged.PIPELINE_STEP_CONFIGS['Registration-NA']!.STEP_CONFIG!['model_owner']).toBe('someone-else');
    expect(merged.PIPELINE_STEP_CONFIGS['Registration-NA']!.STEP_CONFIG!['model_domain']).toBe('AtoZ');
    expect(Object.keys(merged.PIPELINE_STEP_CONFIGS).at(-1)).toBe('New');
  });

  it('merge: a placeholder the second document replaces is fine, one it keeps is an error; unmerged keys warn', () => {
    const expected = readFileSync(path.join(work, 'demo', 'expected.json'), 'utf8');
    const uri = /"source_model_inference_image_arn": "([^"]+)"/.exec(expected)![1]!;
    write('placeholder.json', expected.replace(uri, 'image-uri-placeholder'));
    const fix = JSON.stringify({
      PIPELINE_STEP_CONFIGS: {
        'Registration-NA': { STEP_CONFIG: { source_model_inference_image_arn: uri } },
      },
      PIPELINE_ADDITIONAL_PARAMS: { ignored: true },
    });
    write('fix.json', fix);
    const column = fix.indexOf('{"ignored"') + 1;
    const fixed = run(['merge', 'placeholder.json', 'fix.json'], work);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toBe(expected);
    expect(fixed.stderr).toBe(
      `fix.json:1:${column}: warning [merge/not-merged] "PIPELINE_ADDITIONAL_PARAMS" of fix.json is not merged: like the ` +
        "reference's merge_execution_documents, only steps are merged, so the result has the " +
        '"PIPELINE_ADDITIONAL_PARAMS" of placeholder.json (at /PIPELINE_ADDITIONAL_PARAMS)\n',
    );
    write('other.json', JSON.stringify({ PIPELINE_STEP_CONFIGS: { New: { STEP_TYPE: 'X' } } }));
    const kept = run(['merge', 'placeholder.json', 'other.json', '-o', 'merged.json'], work);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toMatch(
      /^placeholder\.json:\d+:\d+: error \[document\/placeholder\] the merged document: step "Registration-NA" has no real image URI \("image-uri-placeholder"\), and other\.json does not replace it/m,
    );
    expect(existsSync(path.join(work, 'merged.json'))).toBe(false);
  });

  it('graph warns when the chart is past what Mermaid draws by default', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => `N${i}`);
    const edges = nodes.slice(1).flatMap((n, i) => [[nodes[i], n], ...(i > 0 ? [[nodes[i - 1], n]] : [])]);
    const r = run(['graph', '--dag', write('big-dag.json', JSON.stringify({ nodes, edges }))], work);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^flowchart/);
    expect(r.stderr).toBe(
      "exec-doc: warning: the chart has 597 edges (Mermaid draws fewer than 500): a renderer with Mermaid's default settings refuses to draw it (raise maxEdges/maxTextSize where you render it)\n",
    );
    expect(run(['graph', '--dag', 'demo/dag.json'], work).stderr).toBe('');
  });

  it('inputs are never modified', () => {
    const before = ['dag', 'config', 'template'].map(
      (f) => statSync(path.join(work, 'demo', `${f}.json`)).mtimeMs,
    );
    run(
      [
        'generate',
        '--dag',
        'demo/dag.json',
        '--config',
        'demo/config.json',
        '--template',
        'demo/template.json',
        '-o',
        'demo/out.json',
      ],
      work,
    );
    const after = ['dag', 'config', 'template'].map(
      (f) => statSync(path.join(work, 'demo', `${f}.json`)).mtimeMs,
    );
    expect(after).toEqual(before);
  });
});
