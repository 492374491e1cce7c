/**
 * How the CLI answers what a new user types, through the built bundle: graph's exit codes and output when the inputs
 * are bad, the output format taken from the file name, strict arguments (stray positionals, repeated options, options
 * of another command), short usage errors, aligned help, and `-` as standard input.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, cpSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, fixturePath } from '../helpers/fixtures.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const NODE = process.env['E2E_NODE'] ?? process.execPath;
const built = existsSync(CLI);

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], stdin?: string): Result {
  const r = spawnSync(NODE, [CLI, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '' },
    timeout: 20_000,
    // No stdin given: an empty one, so a command that wrongly waits for standard input cannot hang the test.
    input: stdin ?? '',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let work: string;
const at = (...p: string[]): string => path.join(work, ...p);
const DEMO = ['--dag', 'demo/dag.json', '--config', 'demo/config.json'];
const expected = (): unknown => JSON.parse(readFileSync(at('demo', 'expected.json'), 'utf8'));

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'exec-doc-cli-usage-'));
  cpSync(fixturePath('corpus', 'demo'), at('demo'), { recursive: true });
  const config = readFileSync(at('demo', 'config.json'), 'utf8');
  // A missing comma after the first property of `shared`.
  writeFileSync(at('bad.json'), config.replace(/("author": "[^"]*"),/, '$1'));
  const parsed = JSON.parse(config) as { configuration: { shared: Record<string, unknown> } };
  parsed.configuration.shared['region'] = 'XX';
  writeFileSync(at('badregion.json'), JSON.stringify(parsed, null, 2));
});

/** A usage error: exit 2, the one-line message, then the one-line pointer to the help, and nothing else. */
function expectUsage(r: Result, message: RegExp, command?: string): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n');
  expect(lines, r.stderr).toHaveLength(3);
  expect(lines[0]).toMatch(/^exec-doc: /);
  expect(lines[0]).toMatch(message);
  expect(lines[1]).toBe(`Run 'exec-doc ${command ? `${command} ` : ''}--help' for the options.`);
  expect(lines[2]).toBe('');
}

describe.skipIf(!built)('exec-doc graph: exit codes and output', () => {
  it('a config that cannot be read prints no chart at all, the located error and exit 1', () => {
    const r = run(['graph', '--dag', 'demo/dag.json', '--config', 'bad.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^bad\.json:5:\d+: error \[input\/syntax\] invalid JSON/m);
    expect(r.stderr).toMatch(/^exec-doc: 1 error\(s\) in the inputs; no chart drawn$/m);
  });

  it('a DAG or template that cannot be used prints no chart either', () => {
    writeFileSync(at('list-template.json'), '[]\n');
    writeFileSync(at('broken-dag.json'), '{"nodes": ["a"], "edges": [["a", "b"]]}\n');
    for (const extra of [
      ['--dag', 'demo/dag.json', '--config', 'demo/config.json', '--template', 'list-template.json'],
      ['--dag', 'broken-dag.json', '--config', 'demo/config.json'],
    ]) {
      const r = run(['graph', ...extra]);
      expect(r.code, extra.join(' ')).toBe(1);
      expect(r.stdout, extra.join(' ')).toBe('');
      expect(r.stderr).toMatch(/: error \[/);
    }
  });

  it('generation errors: the chart with the failing nodes marked, the problems as generate prints them, exit 1', () => {
    const gen = run(['generate', '--dag', 'demo/dag.json', '--config', 'badregion.json']);
    expect(gen.code).toBe(1);
    const r = run(['graph', '--dag', 'demo/dag.json', '--config', 'badregion.json']);
    expect(r.code).toBe(1);
    // The node is labelled with its step, its DAG name under it.
    expect(r.stdout).toMatch(
      /^flowchart TD\n {2}n0\["`CradleDataLoading-Training\n\*CradleDataLoading_training\*`"\]\n/,
    );
    expect(r.stdout).toMatch(/^ {2}class n0,n5,n7 error$/m);
    const problems = (s: string): string[] => s.split('\n').filter((l) => / (error|warning) \[/.test(l));
    expect(problems(gen.stderr).length).toBeGreaterThan(0);
    expect(problems(r.stderr)).toEqual(problems(gen.stderr));
    const errors = problems(gen.stderr).filter((l) => l.includes(': error [')).length;
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(
      `exec-doc: generation failed with ${errors} error(s); the failing nodes are marked in the chart`,
    );
  });
});

describe.skipIf(!built)('exec-doc: the output format follows the output file', () => {
  it.each(['doc.yaml', 'doc.yml', 'DOC.YAML'])('generate -o %s writes YAML', (name) => {
    const r = run(['generate', ...DEMO, '-o', `fmt/${name}`]);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(at('fmt', name), 'utf8');
    expect(text.trimStart().startsWith('{')).toBe(false);
    expect(parseYaml(text)).toEqual(expected());
  });

  it('generate -o doc.json and any other name write JSON', () => {
    for (const name of ['doc.json', 'doc.txt']) {
      expect(run(['generate', ...DEMO, '-o', `fmt/${name}`]).code).toBe(0);
      expect(readFileSync(at('fmt', name), 'utf8')).toBe(readFileSync(at('demo', 'expected.json'), 'utf8'));
    }
  });

  it('an explicit --format wins over the extension', () => {
    expect(run(['generate', ...DEMO, '--format', 'json', '-o', 'fmt/x.yaml']).code).toBe(0);
    expect(readFileSync(at('fmt', 'x.yaml'), 'utf8')).toBe(readFileSync(at('demo', 'expected.json'), 'utf8'));
    expect(run(['generate', ...DEMO, '--format', 'yaml', '-o', 'fmt/x.json']).code).toBe(0);
    expect(parseYaml(readFileSync(at('fmt', 'x.json'), 'utf8'))).toEqual(expected());
    expect(readFileSync(at('fmt', 'x.json'), 'utf8').startsWith('{')).toBe(false);
  });

  it('template and merge follow the extension too', () => {
    expect(run(['template', ...DEMO, '-o', 'fmt/t.yml']).code).toBe(0);
    const text = readFileSync(at('fmt', 't.yml'), 'utf8');
    expect(text.startsWith('{')).toBe(false);
    expect(parseYaml(text)).toEqual(JSON.parse(run(['template', ...DEMO]).stdout));
    expect(run(['merge', 'demo/expected.json', 'demo/expected.json', '-o', 'fmt/m.yaml']).code).toBe(0);
    expect(parseYaml(readFileSync(at('fmt', 'm.yaml'), 'utf8'))).toEqual(expected());
  });

  it('generate --help says so', () => {
    const help = run(['generate', '--help']).stdout;
    expect(help).toMatch(
      /--format json\|yaml +the output format \(default: yaml when --output ends in \.yaml/,
    );
    expect(help).toContain('an explicit --format wins');
  });
});

describe.skipIf(!built)('exec-doc: arguments a command does not take are refused', () => {
  it.each([
    [['generate', ...DEMO, 'extra'], 'generate'],
    [['template', ...DEMO, 'extra'], 'template'],
    [['graph', '--dag', 'demo/dag.json', 'extra'], 'graph'],
    [['validate', 'demo/expected.json', 'extra'], 'validate'],
    [['merge', 'demo/expected.json', 'demo/expected.json', 'extra'], 'merge'],
    [['diff', 'demo/expected.json', 'demo/expected.json', 'extra'], 'diff'],
    [['mcp', 'extra'], 'mcp'],
  ])('%j: a stray positional is a usage error naming it', (args, command) => {
    expectUsage(run(args), new RegExp(`^exec-doc: ${command}: unexpected argument 'extra'`), command);
    expect(readdirSync(work)).not.toContain('extra');
  });

  it('a single-value option given twice is a usage error naming it', () => {
    expectUsage(
      run(['generate', '--dag', 'a.json', '--dag', 'demo/dag.json', '--config', 'demo/config.json']),
      /^exec-doc: generate: --dag is given twice; it takes one value$/,
      'generate',
    );
    expectUsage(
      run(['generate', ...DEMO, '-o', 'a.json', '--output', 'b.json']),
      /^exec-doc: generate: -o\/--output is given twice; it takes one value$/,
      'generate',
    );
    expectUsage(
      run(['diff', 'demo/expected.json', 'demo/expected.json', '--format', 'json', '--format=text']),
      /--format is given twice/,
      'diff',
    );
    expect(readdirSync(work)).not.toContain('a.json');
  });

  it("an option of another command is a usage error listing the command's options", () => {
    expectUsage(
      run(['generate', ...DEMO, '--root', 'x']),
      /^exec-doc: generate: --root is not an option of generate; its options are --dag, --config, --template, -o\/--output, --format, --lenient, --report, --sagemaker-pipeline, --aws-region, -q\/--quiet$/,
      'generate',
    );
    expectUsage(
      run(['validate', 'demo/expected.json', '--dag', 'x']),
      /^exec-doc: validate: --dag is not an option of validate; its options are -q\/--quiet$/,
      'validate',
    );
    expectUsage(
      run(['diff', 'demo/expected.json', 'demo/expected.json', '-q']),
      /^exec-doc: diff: -q\/--quiet is not an option of diff; its options are --format$/,
      'diff',
    );
  });
});

describe.skipIf(!built)('exec-doc: usage errors are short', () => {
  it('the message, then where the help is; never the whole help', () => {
    expectUsage(
      run(['generate', '--dga', 'demo/dag.json']),
      /unknown option '--dga'; did you mean '--dag'\?/,
      'generate',
    );
    expectUsage(
      run(['generate', '--dag', 'demo/dag.json']),
      /^exec-doc: generate: --config is required$/,
      'generate',
    );
    expectUsage(run([]), /^exec-doc: no command given$/);
    expectUsage(run(['genrate']), /^exec-doc: unknown command "genrate"; did you mean "generate"\?$/);
    expectUsage(run(['help', 'nosuch']), /^exec-doc: help: unknown command "nosuch"/);
  });

  it('a bad --aws-region or an empty --sagemaker-pipeline is a usage error, not a problem in the config file', () => {
    expectUsage(
      run(['generate', ...DEMO, '--sagemaker-pipeline', 'auto', '--aws-region', 'us-east-1\n::x']),
      /^exec-doc: generate: --aws-region must be an AWS region such as us-east-1; got 'us-east-1\\n::x'$/,
      'generate',
    );
    expectUsage(
      run(['generate', ...DEMO, '--sagemaker-pipeline', '  ']),
      /^exec-doc: generate: --sagemaker-pipeline is empty/,
      'generate',
    );
  });

  it('a missing option value says what the value is', () => {
    expectUsage(
      run(['generate', ...DEMO, '-o']),
      /^exec-doc: generate: --output needs a value \(a file path, or - for standard output\)$/,
      'generate',
    );
    expectUsage(
      run(['generate', '--dag']),
      /^exec-doc: generate: --dag needs a value \(a file path/,
      'generate',
    );
    expectUsage(
      run(['diff', 'a', 'b', '--format']),
      /^exec-doc: diff: --format needs a value \(text, json or markdown\)$/,
      'diff',
    );
    expectUsage(
      run(['generate', ...DEMO, '--lenient=yes']),
      /^exec-doc: generate: --lenient takes no value$/,
      'generate',
    );
    expect(run(['generate', ...DEMO, '-o']).stderr).not.toContain('<value>');
  });

  it.each(['generate', 'template', 'validate', 'merge', 'diff', 'graph', 'mcp'])(
    '%s --help: every option description starts in one column',
    (command) => {
      const help = run([command, '--help']).stdout;
      const options = help.slice(
        help.indexOf('\nOptions:\n') + 10,
        help.indexOf('\n\n', help.indexOf('\nOptions:\n')),
      );
      const lines = options.split('\n');
      expect(lines.length).toBeGreaterThan(0);
      const columns = new Set(
        lines.map((l) => {
          // The flags, then two spaces or more (or the end: the description on the next line), then the description.
          const m = /^(?:(?: {2}-[a-z], | {6})--[a-z-]+(?: \S+)?(?: {2,}|$)| {2,}(?=\S))/.exec(l);
          expect(m, l).not.toBeNull();
          return m![0].length === l.length ? undefined : m![0].length;
        }),
      );
      columns.delete(undefined);
      expect([...columns], options).toHaveLength(1);
    },
  );
});

describe.skipIf(!built)('exec-doc: - is standard input', () => {
  it('diff BASE - compares with the document on standard input', () => {
    const changed = readFileSync(at('demo', 'expected.json'), 'utf8').replace('"AtoZ"', '"Other"');
    writeFileSync(at('changed.json'), changed);
    const files = run(['diff', 'demo/expected.json', 'changed.json']);
    expect(files.code).toBe(1);
    const piped = run(['diff', 'demo/expected.json', '-'], changed);
    expect(piped).toEqual(files);
    const reversed = run(['diff', '-', 'demo/expected.json'], changed);
    expect(reversed.code).toBe(1);
    expect(
      run(['diff', '-', 'demo/expected.json'], readFileSync(at('demo', 'expected.json'), 'utf8')).code,
    ).toBe(0);
  });

  it('a bad document on standard input is located in <stdin>', () => {
    const r = run(['diff', 'demo/expected.json', '-'], '{\n  "PIPELINE_STEP_CONFIGS": {\n    "a": 1,,\n');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^<stdin>:3:\d+: error \[input\/syntax\] invalid JSON/m);
    const v = run(['validate', '-'], '[]');
    expect(v.code).toBe(1);
    expect(v.stderr).toMatch(/^<stdin>:1:1: error \[document\/shape\]/m);
  });

  it('validate warns of a step with an empty name or with neither STEP_TYPE nor STEP_CONFIG', () => {
    const r = run(['validate', '-'], '{"PIPELINE_STEP_CONFIGS": {\n  "a": {},\n  "": {"STEP_TYPE": "X"}\n}}');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        '<stdin>:2:8: warning [document/empty-step] step "a" has neither STEP_TYPE nor STEP_CONFIG (at /PIPELINE_STEP_CONFIGS/a)',
        '<stdin>:3:7: warning [document/step-name] a step is named "": no pipeline step has an empty name (at /PIPELINE_STEP_CONFIGS/)',
        '<stdin>: valid execution document with 2 step(s)',
        '',
      ].join('\n'),
    );
  });

  it('validate - reads the document from standard input', () => {
    const r = run(['validate', '-'], readFileSync(at('demo', 'expected.json'), 'utf8'));
    expect(r).toEqual({ code: 0, stdout: '', stderr: '<stdin>: valid execution document with 4 step(s)\n' });
  });

  it('standard input can be read once: two - are a usage error', () => {
    expectUsage(
      run(['diff', '-', '-']),
      /^exec-doc: diff: only one input can be - \(standard input\); BASE and HEAD are both -$/,
      'diff',
    );
  });
});
