/**
 * `exec-doc mcp` through the built bundle, driven as an assistant drives it: the SDK's own client over
 * stdio. Every answer is checked against what the CLI prints for the same inputs.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { ROOT, fixturePath } from '../helpers/fixtures.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const NODE = process.env['E2E_NODE'] ?? process.execPath;
const built = existsSync(CLI);
if (!built) console.warn(`skipping MCP e2e: ${path.relative(ROOT, CLI)} is missing (run npm run build)`);

const TOOLS = ['generate', 'template', 'validate', 'merge', 'diff', 'graph'];

let top: string;
let work: string;
let client: Client;
let stderr = '';

function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(NODE, [CLI, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function connect(args: string[], cwd = work): Promise<Client> {
  const transport = new StdioClientTransport({
    command: NODE,
    args: [CLI, 'mcp', ...args],
    cwd,
    env: { PATH: process.env['PATH'] ?? '' },
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (d: Buffer) => (stderr += String(d)));
  const c = new Client({ name: 'exec-doc-e2e', version: '1.0.0' });
  await c.connect(transport);
  return c;
}

async function call(name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

function texts(r: CallToolResult): string[] {
  return r.content.map((c) => (c.type === 'text' ? c.text : `<${c.type}>`));
}

type Structured = Record<string, unknown> & {
  ok: boolean;
  messages: string[];
  problems: { file: string; line?: number }[];
};
function structured(r: CallToolResult): Structured {
  expect(r.structuredContent, texts(r).join('\n')).toBeDefined();
  return r.structuredContent as Structured;
}

function write(name: string, text: string): string {
  const p = path.join(work, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
  return name;
}

/** The CLI's problem lines (stderr without its summary line). */
function problemLines(stderrText: string): string[] {
  return stderrText.split('\n').filter((l) => /^\S.*:\d+:\d+: (error|warning) \[/.test(l));
}

const demo = {
  dag_file: 'demo/dag.json',
  config_file: 'demo/config.json',
  template_file: 'demo/template.json',
};
const demoCli = [
  '--dag',
  'demo/dag.json',
  '--config',
  'demo/config.json',
  '--template',
  'demo/template.json',
];

beforeAll(async () => {
  if (!built) return;
  top = realpathSync(mkdtempSync(path.join(tmpdir(), 'exec-doc-mcp-')));
  work = path.join(top, 'root');
  mkdirSync(work);
  cpSync(path.join(ROOT, 'examples', 'demo'), path.join(work, 'demo'), { recursive: true });
  cpSync(fixturePath('corpus', 'rnr'), path.join(work, 'rnr'), { recursive: true });
  cpSync(fixturePath('diff'), path.join(work, 'diff'), { recursive: true });
  // Outside the root: a secret the server must never read, and a symlink inside pointing at it.
  mkdirSync(path.join(top, 'outside'));
  writeFileSync(path.join(top, 'outside', 'dag.json'), '{"nodes": ["SECRET_NODE"], "edges": []}');
  symlinkSync(path.join(top, 'outside', 'dag.json'), path.join(work, 'link-dag.json'));
  symlinkSync(path.join(top, 'outside'), path.join(work, 'link-dir'));
  client = await connect(['--root', '.']);
});

afterAll(async () => {
  await client?.close();
});

describe.skipIf(!built)('exec-doc mcp (built bundle, SDK client over stdio)', () => {
  it('lists the six tools with JSON Schemas for their inputs and outputs', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(TOOLS);
    const props = (name: string): string[] =>
      Object.keys((tools.find((t) => t.name === name)!.inputSchema.properties ?? {}) as object);
    expect(props('generate')).toEqual([
      'dag_file',
      'dag',
      'config_file',
      'config',
      'template_file',
      'template',
      'lenient',
      'format',
      'output_file',
    ]);
    expect(props('template')).toEqual(expect.arrayContaining(['dag_file', 'config', 'step_names']));
    expect(props('validate')).toEqual(['document_file', 'document']);
    expect(props('merge')).toEqual([
      'base_file',
      'base',
      'additional_file',
      'additional',
      'format',
      'output_file',
    ]);
    expect(props('diff')).toEqual(['base_file', 'base', 'head_file', 'head', 'format']);
    for (const t of tools) {
      expect(t.inputSchema.type).toBe('object');
      expect((t.inputSchema as { additionalProperties?: unknown }).additionalProperties).toBe(false);
      expect(t.outputSchema?.type, t.name).toBe('object');
      expect(t.description?.length, t.name).toBeGreaterThan(80);
    }
    const gen = tools.find((t) => t.name === 'generate')!;
    const dagText = (gen.inputSchema.properties as Record<string, { maxLength?: number }>)['dag']!;
    expect(dagText.maxLength).toBe(1_000_000);
    expect(tools.find((t) => t.name === 'validate')!.annotations?.readOnlyHint).toBe(true);
  });

  describe('generate', () => {
    it.each([
      ['demo', demo, demoCli],
      [
        'demo without a template',
        { dag_file: 'demo/dag.json', config_file: 'demo/config.json' },
        demoCli.slice(0, 4),
      ],
      [
        'rnr',
        { dag_file: 'rnr/dag.json', config_file: 'rnr/config.json', template_file: 'rnr/template.json' },
        ['--dag', 'rnr/dag.json', '--config', 'rnr/config.json', '--template', 'rnr/template.json'],
      ],
    ])('%s: the document is byte for byte what the CLI prints', async (_name, args, cliArgs) => {
      const r = await call('generate', args);
      const expected = cli(['generate', ...cliArgs]);
      expect(expected.code).toBe(0);
      expect(r.isError).toBeFalsy();
      const s = structured(r);
      expect(s.document).toBe(expected.stdout);
      expect(texts(r)[1]).toBe(expected.stdout);
      // The summary opens with the CLI's own summary line.
      expect(texts(r)[0]!.split('\n')[0]).toBe(expected.stderr.trim());
    });

    it('the corpus case equals the reference document', async () => {
      const r = await call('generate', {
        dag_file: 'rnr/dag.json',
        config_file: 'rnr/config.json',
        template_file: 'rnr/template.json',
      });
      const doc = structured(r).document as string;
      expect(JSON.parse(doc)).toEqual(
        JSON.parse(readFileSync(path.join(work, 'rnr', 'expected.json'), 'utf8')),
      );
    });

    it('reports every step: outcome, node, config, resolution rule, and counts', async () => {
      const s = structured(await call('generate', demo));
      const report = s.report as { steps: Record<string, unknown>[]; totalSteps: number };
      expect(report.totalSteps).toBe(4);
      expect(report.steps.find((x) => x.step === 'Registration-NA')).toMatchObject({
        status: 'filled',
        node: 'Registration',
        configKey: 'Registration',
        resolution: 'exact',
      });
      expect(report.steps.find((x) => x.step === 'XGBoostTraining')).toMatchObject({
        status: 'unchanged',
        reason: 'no payload needed for this step',
      });
      expect(s.counts).toEqual({
        nodes: 10,
        steps: 4,
        filled: 3,
        unchanged: 1,
        skipped: 0,
        errors: 0,
        warnings: 0,
      });
      expect(s.autoTemplate).toBe(false);
      // The same report the CLI writes with --report.
      const cliReport = cli(['generate', ...demoCli, '--report', 'report.json', '-o', 'doc.json', '-q']);
      expect(cliReport.code).toBe(0);
      expect(s.report).toEqual(JSON.parse(readFileSync(path.join(work, 'report.json'), 'utf8')));
    });

    it('answers "why is Registration-EU empty": unchanged, no DAG node produces it, Registration-NA was filled instead', async () => {
      const t = JSON.parse(readFileSync(path.join(work, 'demo', 'template.json'), 'utf8')) as {
        PIPELINE_STEP_CONFIGS: Record<string, unknown>;
      };
      t.PIPELINE_STEP_CONFIGS['Registration-EU'] = { STEP_CONFIG: {}, STEP_TYPE: ['PROCESSING_STEP'] };
      const r = await call('generate', {
        ...demo,
        template_file: write('eu/template.json', JSON.stringify(t, null, 2)),
      });
      expect(r.isError).toBeFalsy();
      const line = texts(r)[0]!
        .split('\n')
        .find((l) => l.includes('Registration-EU'));
      expect(line).toMatch(
        /^ {2}unchanged +Registration-EU +not produced by a DAG node that needs a payload/,
      );
      expect(line).toContain('filled instead: Registration-NA (from node Registration)');
      const na = texts(r)[0]!
        .split('\n')
        .find((l) => /^ {2}filled +Registration-NA /.test(l));
      expect(na).toContain('from node Registration, config Registration (RegistrationConfig), exact match');
    });

    it('inline text (YAML DAG, JSON config and template) gives the same document as the files', async () => {
      const dag = JSON.parse(readFileSync(path.join(work, 'demo', 'dag.json'), 'utf8')) as {
        nodes: string[];
        edges: string[][];
      };
      const yaml = `nodes:\n${dag.nodes.map((n) => `  - ${n}`).join('\n')}\nedges:\n${dag.edges.map((e) => `  - [${e[0]}, ${e[1]}]`).join('\n')}\n`;
      const r = await call('generate', {
        dag: yaml,
        config: readFileSync(path.join(work, 'demo', 'config.json'), 'utf8'),
        template: readFileSync(path.join(work, 'demo', 'template.json'), 'utf8'),
      });
      expect(r.isError).toBeFalsy();
      expect(structured(r).document).toBe(cli(['generate', ...demoCli]).stdout);
    });

    it('treats inline text exactly as the same file (numbers as written reach the generator)', async () => {
      const template = readFileSync(path.join(work, 'demo', 'template.json'), 'utf8').replace(
        '"PIPELINE_ADDITIONAL_PARAMS": {}',
        '"PIPELINE_ADDITIONAL_PARAMS": {"threshold": 1.0, "big": 12345678901234567890}',
      );
      expect(template).toContain('1.0');
      const file = write('numbers/template.json', template);
      const r = await call('generate', { ...demo, template_file: undefined, template });
      const expected = cli(['generate', ...demoCli.slice(0, 4), '--template', file]);
      expect(expected.code).toBe(0);
      expect(structured(r).document).toBe(expected.stdout);
    });

    it('a bad config is a tool error naming the file and line, with the CLI lines', async () => {
      const cfg = readFileSync(path.join(work, 'demo', 'config.json'), 'utf8').replace(
        '"job_retry_count": 4',
        '"job_retry_count": "four"',
      );
      const name = write('bad/config.json', cfg);
      const line = cfg.split('\n').findIndex((l) => l.includes('"four"')) + 1;
      const r = await call('generate', { ...demo, config_file: name, output_file: 'bad/never.json' });
      const expected = cli([
        'generate',
        '--dag',
        'demo/dag.json',
        '--config',
        name,
        '--template',
        'demo/template.json',
      ]);
      expect(expected.code).toBe(1);
      expect(r.isError).toBe(true);
      const text = texts(r)[0]!;
      expect(text).toMatch(new RegExp(`^bad/config\\.json:${line}:\\d+: error \\[config/`, 'm'));
      expect(text.split('\n').slice(0, problemLines(expected.stderr).length)).toEqual(
        problemLines(expected.stderr),
      );
      expect(text).toContain('exec-doc: generation failed with 1 error(s); no document written');
      expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      const s = structured(r);
      expect(s.ok).toBe(false);
      expect(s.document).toBeUndefined();
      expect(s.problems[0]).toMatchObject({ file: 'bad/config.json', line });
      expect(s.messages).toEqual(problemLines(expected.stderr));
      expect(existsSync(path.join(work, 'bad', 'never.json'))).toBe(false);
    });

    it('a syntax error in inline text points at its line in <config>', async () => {
      const r = await call('generate', {
        dag_file: 'demo/dag.json',
        config: '{\n  "configuration": {\n    "shared": {,\n',
      });
      expect(r.isError).toBe(true);
      expect(texts(r)[0]).toMatch(/^<config>:3:\d+: error \[input\/syntax\] invalid JSON/);
    });

    it('writes output_file atomically, identical to the CLI output, and returns no document text', async () => {
      const r = await call('generate', { ...demo, output_file: 'out/doc.json' });
      expect(r.isError).toBeFalsy();
      expect(texts(r)).toHaveLength(1);
      expect(texts(r)[0]).toMatch(/\nwrote out\/doc\.json \(\d+ bytes, json\)$/);
      expect(structured(r).written).toBe('out/doc.json');
      expect(structured(r).document).toBeUndefined();
      expect(readFileSync(path.join(work, 'out', 'doc.json'), 'utf8')).toBe(
        cli(['generate', ...demoCli]).stdout,
      );
      expect(readdirSync(path.join(work, 'out'))).toEqual(['doc.json']);
    });

    it('returns YAML with format yaml, as the CLI does', async () => {
      const r = await call('generate', { ...demo, format: 'yaml' });
      expect(structured(r).document).toBe(cli(['generate', ...demoCli, '--format', 'yaml']).stdout);
    });

    it('never overwrites an input', async () => {
      const before = readFileSync(path.join(work, 'demo', 'template.json'), 'utf8');
      const r = await call('generate', { ...demo, output_file: './demo/../demo/template.json' });
      expect(r.isError).toBe(true);
      expect(texts(r)[0]).toContain('./demo/../demo/template.json:1:1: error [output/is-input]');
      expect(readFileSync(path.join(work, 'demo', 'template.json'), 'utf8')).toBe(before);
    });

    it('names what is missing or doubled in the arguments', async () => {
      const missing = await call('generate', { dag_file: 'demo/dag.json' });
      expect(missing.isError).toBe(true);
      expect(texts(missing)[0]).toBe('generate: config_file (a path) or config (inline text) is required');
      const both = await call('generate', { ...demo, dag: '{}' });
      expect(both.isError).toBe(true);
      expect(texts(both)[0]).toBe('generate: give either dag_file (a path) or dag (inline text), not both');
    });
  });

  describe('the root folder', () => {
    it.each([
      ['a relative path', '../outside/dag.json', ''],
      ['an absolute path', '<top>/outside/dag.json', ''],
      ['a symlink to a file outside', 'link-dag.json', ' (through a symbolic link)'],
      ['a path through a symlinked folder', 'link-dir/dag.json', ' (through a symbolic link)'],
    ])('refuses %s outside it', async (_name, given, how) => {
      const p = given.replace('<top>', top);
      const r = await call('generate', { dag_file: p, config_file: 'demo/config.json' });
      expect(r.isError).toBe(true);
      const text = texts(r).join('\n');
      expect(text).toBe(
        `${p}:1:1: error [input/outside-root] path is outside the folder this server may use (${work})${how}; give a path inside it (exec-doc mcp --root DIR)`,
      );
      expect(text).not.toContain('SECRET_NODE');
      expect(structured(r).problems[0]).toMatchObject({ file: p, line: 1 });
    });

    it('refuses to write outside it, also through a symlinked folder', async () => {
      for (const out of ['../outside/doc.json', 'link-dir/doc.json']) {
        const r = await call('generate', { ...demo, output_file: out });
        expect(r.isError).toBe(true);
        expect(texts(r)[0]).toContain(`${out}:1:1: error [output/outside-root]`);
      }
      expect(readdirSync(path.join(top, 'outside'))).toEqual(['dag.json']);
    });

    it('resolves relative paths against --root, not the process working directory', async () => {
      const other = await connect(['--root', work], top);
      try {
        const r = (await other.callTool({
          name: 'validate',
          arguments: { document_file: 'rnr/expected.json' },
        })) as CallToolResult;
        expect(texts(r)[0]).toBe('rnr/expected.json: valid execution document with 2 step(s)');
      } finally {
        await other.close();
      }
    });

    it('warns when it would serve the whole file system (a client starting it in / without --root)', () => {
      const r = spawnSync(NODE, [CLI, 'mcp'], { cwd: '/', encoding: 'utf8', input: '' });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('exec-doc mcp: serving every file under /; pass --root DIR to limit it\n');
    });

    it('answers a line that is not JSON (-32700) or not JSON-RPC (-32600) with id null, and goes on serving', () => {
      const r = spawnSync(NODE, [CLI, 'mcp', '--root', work], {
        cwd: work,
        encoding: 'utf8',
        input: 'not json\n{"a": 1}\n{"jsonrpc": "2.0", "id": 7, "method": "ping"}\n',
      });
      expect(r.status).toBe(0);
      const replies = r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(replies).toEqual([
        { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error: the line is not JSON' } },
        {
          jsonrpc: '2.0',
          id: null,
          error: { code: -32600, message: 'Invalid Request: not a JSON-RPC 2.0 message' },
        },
        { jsonrpc: '2.0', id: 7, result: {} },
      ]);
      expect(r.stderr.split('\n')).toHaveLength(3);
    });

    it('a --root that does not exist is a usage error (exit 2) before serving', () => {
      const r = spawnSync(NODE, [CLI, 'mcp', '--root', 'no-such-dir'], {
        cwd: work,
        encoding: 'utf8',
        input: '',
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('exec-doc: mcp: --root no-such-dir: no such directory');
      expect(r.stdout).toBe('');
    });
  });

  describe('template, validate, merge (the reference tools)', () => {
    it('template from a DAG and config equals exec-doc template', async () => {
      const r = await call('template', { dag_file: 'demo/dag.json', config_file: 'demo/config.json' });
      const expected = cli(['template', '--dag', 'demo/dag.json', '--config', 'demo/config.json']);
      expect(expected.code).toBe(0);
      expect(structured(r).document).toBe(expected.stdout);
      expect(structured(r).steps).toEqual(Object.keys(JSON.parse(expected.stdout).PIPELINE_STEP_CONFIGS));
    });

    it('template from step_names is the reference execdoc.template result', async () => {
      const r = await call('template', {
        step_names: ['TabularPreprocessing', 'XGBoostTraining', '__proto__'],
      });
      expect(JSON.parse(structured(r).document as string)).toEqual(
        JSON.parse(
          '{"PIPELINE_STEP_CONFIGS": {"TabularPreprocessing": {"STEP_TYPE": ["PROCESSING_STEP"], "STEP_CONFIG": {}}, "XGBoostTraining": {"STEP_TYPE": ["PROCESSING_STEP"], "STEP_CONFIG": {}}, "__proto__": {"STEP_TYPE": ["PROCESSING_STEP"], "STEP_CONFIG": {}}}}',
        ),
      );
      expect(texts(r)[0]).toContain(
        'template with 3 step(s): TabularPreprocessing, XGBoostTraining, __proto__',
      );
    });

    it('template with a bad DAG is a tool error at its line', async () => {
      const r = await call('template', {
        dag: '{\n"nodes": ["a", "b"],\n"edges": [["a", "b"], ["b", "a"]]\n}',
        config_file: 'demo/config.json',
      });
      expect(r.isError).toBe(true);
      expect(texts(r)[0]).toMatch(/^<dag>:3:\d+: error \[dag\//);
    });

    it('validate: a valid document, then an invalid one answered with valid: false and the CLI lines', async () => {
      const ok = await call('validate', { document_file: 'rnr/expected.json' });
      expect(ok.isError).toBeFalsy();
      expect(structured(ok)).toMatchObject({ ok: true, valid: true, steps: expect.any(Array) });
      const bad = await call('validate', { document_file: 'diff/not-a-document.json' });
      const expected = cli(['validate', 'diff/not-a-document.json']);
      expect(expected.code).toBe(1);
      expect(bad.isError).toBeFalsy();
      expect(structured(bad)).toMatchObject({ valid: false, steps: [] });
      expect(structured(bad).messages).toEqual(problemLines(expected.stderr));
      expect(texts(bad)[0]).toMatch(/^diff\/not-a-document\.json:2:\d+: error \[document\/shape\]/);
      expect(texts(bad)[0]).toContain('diff/not-a-document.json: not a valid execution document');
    });

    it('validate a missing file is a tool error', async () => {
      const r = await call('validate', { document_file: 'nope.json' });
      expect(r.isError).toBe(true);
      expect(texts(r)[0]).toMatch(
        /^nope\.json:1:1: error \[input\/read\] file not found \(looked for \/.*\/nope\.json\)$/,
      );
    });

    it('merge equals exec-doc merge; the second document wins', async () => {
      const extra = write(
        'merge/extra.json',
        JSON.stringify({
          PIPELINE_STEP_CONFIGS: {
            XGBoostTraining: { STEP_CONFIG: { InstanceType: 'ml.m5.xlarge' } },
            NewStep: { STEP_TYPE: 'X', STEP_CONFIG: {} },
          },
        }),
      );
      const r = await call('merge', { base_file: 'demo/template.json', additional_file: extra });
      const expected = cli(['merge', 'demo/template.json', extra]);
      expect(expected.code).toBe(0);
      expect(structured(r).document).toBe(expected.stdout);
      expect(structured(r)).toMatchObject({ updated: ['XGBoostTraining'], added: ['NewStep'] });
      const inline = await call('merge', {
        base: readFileSync(path.join(work, 'demo', 'template.json'), 'utf8'),
        additional_file: extra,
      });
      expect(structured(inline).document).toBe(expected.stdout);
    });

    it('merge with a broken document is a tool error at its line', async () => {
      const r = await call('merge', { base_file: 'rnr/expected.json', additional_file: 'diff/broken.json' });
      const expected = cli(['merge', 'rnr/expected.json', 'diff/broken.json']);
      expect(r.isError).toBe(true);
      expect(structured(r).messages).toEqual(problemLines(expected.stderr));
      expect(texts(r)[0]).toMatch(/^diff\/broken\.json:3:\d+: error \[input\/syntax\]/);
    });
  });

  describe('diff and graph (beyond the reference)', () => {
    it.each(['text', 'json', 'markdown'])('diff --format %s equals the CLI', async (format) => {
      const r = await call('diff', { base_file: 'diff/base.json', head_file: 'diff/head.json', format });
      const expected = cli(['diff', 'diff/base.json', 'diff/head.json', '--format', format]);
      expect(expected.stdout).not.toBe('');
      expect(r.isError).toBeFalsy();
      expect(structured(r).rendered).toBe(expected.stdout);
      expect(texts(r)[1]).toBe(expected.stdout);
      expect(structured(r).equal).toBe(false);
      expect(structured(r).diff).toEqual(
        JSON.parse(cli(['diff', 'diff/base.json', 'diff/head.json', '--format', 'json']).stdout),
      );
      expect(texts(r)[0]).toBe('Execution document: 1 step changed; 1 change outside the steps.');
    });

    it('diff of a document with itself says so', async () => {
      const r = await call('diff', {
        base_file: 'rnr/expected.json',
        head: readFileSync(path.join(work, 'rnr', 'expected.json'), 'utf8'),
      });
      expect(structured(r).equal).toBe(true);
      expect(texts(r)[0]).toBe('No change to the execution document.');
    });

    it('diff of a broken document is a tool error at its line', async () => {
      const r = await call('diff', { base_file: 'diff/base.json', head_file: 'diff/broken.json' });
      const expected = cli(['diff', 'diff/base.json', 'diff/broken.json']);
      expect(r.isError).toBe(true);
      expect(structured(r).messages).toEqual(problemLines(expected.stderr));
      expect(texts(r)[0]).toMatch(/^diff\/broken\.json:3:\d+: error/);
    });

    it('graph equals exec-doc graph, with each node outcome', async () => {
      const r = await call('graph', demo);
      const expected = cli(['graph', ...demoCli]);
      expect(expected.code).toBe(0);
      expect(r.isError).toBeFalsy();
      expect(structured(r).mermaid).toBe(expected.stdout);
      expect(texts(r)[1]).toBe(expected.stdout);
      const nodes = structured(r).nodes as { name: string; outcome: string; step?: string }[];
      expect(nodes.find((n) => n.name === 'Registration')).toEqual({
        name: 'Registration',
        outcome: 'filled',
        step: 'Registration-NA',
      });
    });

    it('graph of a failing generation draws the chart and is a tool error', async () => {
      const cfg = readFileSync(path.join(work, 'demo', 'config.json'), 'utf8').replace(
        '"job_retry_count": 4',
        '"job_retry_count": "four"',
      );
      const name = write('bad/graph-config.json', cfg);
      const r = await call('graph', { dag_file: 'demo/dag.json', config_file: name });
      const expected = cli(['graph', '--dag', 'demo/dag.json', '--config', name]);
      expect(expected.code).toBe(1);
      expect(r.isError).toBe(true);
      expect(structured(r).mermaid).toBe(expected.stdout);
      expect(structured(r).messages).toEqual(problemLines(expected.stderr));
    });
  });

  describe('robustness', () => {
    it('refuses inline text over the cap, then keeps serving', async () => {
      const r = await client.callTool({ name: 'validate', arguments: { document: ' '.repeat(1_000_001) } });
      expect(r.isError).toBe(true);
      expect(texts(r as CallToolResult)[0]).toContain(
        'inline text is limited to 1000000 characters; give document_file instead',
      );
      const ok = await call('validate', { document_file: 'rnr/expected.json' });
      expect(structured(ok).valid).toBe(true);
    });

    it('keeps serving after unknown arguments, unknown tools, wrong types and bad files', async () => {
      const unknown = await client.callTool({ name: 'generate', arguments: { ...demo, config_path: 'x' } });
      expect(unknown.isError).toBe(true);
      expect(texts(unknown as CallToolResult)[0]).toContain('config_path');
      const noTool = await client.callTool({ name: 'execdoc__generate', arguments: {} });
      expect(noTool.isError).toBe(true);
      const wrongType = await client.callTool({ name: 'generate', arguments: { ...demo, lenient: 'yes' } });
      expect(wrongType.isError).toBe(true);
      const dir = await call('generate', { ...demo, config_file: 'demo' });
      expect(texts(dir)[0]).toBe('demo:1:1: error [input/read] is a directory, expected a regular file');
      const r = await call('generate', demo);
      expect(r.isError).toBeFalsy();
      expect(structured(r).document).toBe(cli(['generate', ...demoCli]).stdout);
      expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    });

    it('answers calls made at the same time', async () => {
      const results = await Promise.all([
        call('generate', demo),
        call('validate', { document_file: 'nope.json' }),
        call('graph', demo),
        call('template', { step_names: ['a'] }),
      ]);
      expect(results.map((r) => Boolean(r.isError))).toEqual([false, true, false, false]);
    });

    it('exits 0 when the client closes stdin', () => {
      const r = spawnSync(NODE, [CLI, 'mcp'], { cwd: work, encoding: 'utf8', input: '' });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('');
    });
  });
});
