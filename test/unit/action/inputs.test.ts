import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInputFiles, inputsFromEnv, parseInputs, type InputGetter } from '../../../src/action/inputs.js';

const roots = { workspace: '/ws', runnerTemp: '/tmp/runner' };
const getter =
  (inputs: Record<string, string>): InputGetter =>
  (name) =>
    inputs[name] ?? '';
const parse = (inputs: Record<string, string>) =>
  parseInputs(getter({ dag: 'p/dag.json', config: 'p/config.json', ...inputs }), roots);

describe('inputsFromEnv', () => {
  it('reads INPUT_ names as the runner writes them: upper case, hyphens kept, trimmed', () => {
    const get = inputsFromEnv({
      'INPUT_GITHUB-TOKEN': ' t ',
      'INPUT_UPLOAD-ARTIFACT': 'false',
      INPUT_A_B: 'x',
    });
    expect(get('github-token')).toBe('t');
    expect(get('upload-artifact')).toBe('false');
    expect(get('a b')).toBe('x');
    expect(get('missing')).toBe('');
  });
});

describe('parseInputs', () => {
  it('applies the defaults', () => {
    const { inputs, errors } = parse({});
    expect(errors).toEqual([]);
    expect(inputs).toEqual({
      dag: { input: 'p/dag.json', absolute: '/ws/p/dag.json', display: 'p/dag.json' },
      config: { input: 'p/config.json', absolute: '/ws/p/config.json', display: 'p/config.json' },
      template: undefined,
      output: '/tmp/runner/execution-document.json',
      format: 'json',
      lenient: false,
      uploadArtifact: true,
      artifactName: 'execution-document',
      retentionDays: undefined,
      comment: true,
      commentKey: 'p/dag.json',
      githubToken: '',
    });
  });

  it('normalizes display paths and derives the comment key from the dag path', () => {
    const { inputs } = parse({ dag: './p/../q/dag.yaml' });
    expect(inputs?.dag.display).toBe('q/dag.yaml');
    expect(inputs?.commentKey).toBe('q/dag.yaml');
    expect(parse({ 'comment-key': 'mine' }).inputs?.commentKey).toBe('mine');
  });

  it('takes the format from the input, else from the output extension', () => {
    expect(parse({ format: 'yaml' }).inputs).toMatchObject({
      format: 'yaml',
      output: '/tmp/runner/execution-document.yaml',
    });
    expect(parse({ format: 'YAML' }).inputs?.format).toBe('yaml');
    expect(parse({ output: 'out/doc.yml' }).inputs).toMatchObject({
      format: 'yaml',
      output: '/ws/out/doc.yml',
    });
    expect(parse({ output: 'out/doc.txt' }).inputs?.format).toBe('json');
  });

  it('accepts only the YAML 1.2 core spellings of booleans', () => {
    expect(parse({ lenient: 'True', comment: 'FALSE', 'upload-artifact': 'false' }).inputs).toMatchObject({
      lenient: true,
      comment: false,
      uploadArtifact: false,
    });
    expect(parse({ comment: 'no' }).errors).toEqual(["Input 'comment' must be true or false; got 'no'."]);
  });

  it.each([
    ['0', false],
    ['1', true],
    ['90', true],
    ['91', false],
    ['7.5', false],
    ['-1', false],
    ['1e1', false],
  ])('retention-days %s valid=%s', (value, valid) => {
    const { inputs, errors } = parse({ 'retention-days': value });
    if (valid) expect(inputs?.retentionDays).toBe(Number(value));
    else
      expect(errors).toEqual([
        `Input 'retention-days' must be a whole number of days from 1 to 90; got '${value}'.`,
      ]);
  });

  it('refuses paths that leave the workspace; the output may also go under RUNNER_TEMP', () => {
    expect(parse({ dag: '../x/dag.json', config: '/etc/passwd' }).errors).toEqual([
      "Input 'dag': '../x/dag.json' is outside the workspace (/ws); paths are relative to GITHUB_WORKSPACE.",
      "Input 'config': '/etc/passwd' is outside the workspace (/ws); paths are relative to GITHUB_WORKSPACE.",
    ]);
    expect(parse({ dag: '/ws/p/dag.json' }).inputs?.dag.display).toBe('p/dag.json');
    expect(parse({ output: '/tmp/runner/x/doc.json' }).inputs?.output).toBe('/tmp/runner/x/doc.json');
    expect(parse({ output: '/tmp/elsewhere.json' }).errors).toEqual([
      "Input 'output': '/tmp/elsewhere.json' is outside the workspace and RUNNER_TEMP.",
    ]);
    expect(parse({ template: '/wsx/t.json' }).errors).toHaveLength(1); // a sibling with a common prefix is outside
  });

  it('refuses an output that would overwrite an input', () => {
    expect(parse({ output: './p/config.json' }).errors).toEqual([
      "Input 'output': './p/config.json' is also an input file (p/config.json).",
    ]);
  });

  it('reports every bad input at once, and names the required ones', () => {
    const { inputs, errors } = parseInputs(getter({ format: 'xml', 'artifact-name': 'a/b' }), roots);
    expect(inputs).toBeUndefined();
    expect(errors).toEqual([
      "Input 'dag' is required: the path of the dag file, relative to the workspace.",
      "Input 'config' is required: the path of the config file, relative to the workspace.",
      "Input 'format' must be one of json, yaml; got 'xml'.",
      `Input 'artifact-name': 'a/b' contains a character the artifact service refuses (" : < > | * ? \\ / or a line break).`,
    ]);
  });
});

describe('checkInputFiles', () => {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'exec-doc-inputs-'));
  const outside = mkdtempSync(path.join(os.tmpdir(), 'exec-doc-outside-'));
  writeFileSync(path.join(ws, 'dag.json'), '{}');
  writeFileSync(path.join(outside, 'secret.json'), '{}');
  mkdirSync(path.join(ws, 'dir'));
  symlinkSync(path.join(outside, 'secret.json'), path.join(ws, 'link.json'));
  const file = (p: string) => ({ input: p, absolute: path.join(ws, p), display: p });

  it('accepts existing files and names missing ones, directories and symlinks out of the workspace', async () => {
    expect(await checkInputFiles({ dag: file('dag.json') }, ws)).toEqual([]);
    expect(
      await checkInputFiles({ dag: file('nope.json'), config: file('dir'), template: file('link.json') }, ws),
    ).toEqual([
      `Input 'dag': file not found: 'nope.json' (looked for ${path.join(ws, 'nope.json')}).`,
      "Input 'config': 'dir' is not a file.",
      "Input 'template': 'link.json' is a symlink that leads outside the workspace.",
    ]);
  });
});

describe('isInside', () => {
  it('treats names that merely start with two dots as inside', async () => {
    const { isInside } = await import('../../../src/action/paths.js');
    expect(isInside('/ws', '/ws/..foo/dag.json')).toBe(true);
    expect(isInside('/ws', '/ws')).toBe(true);
    expect(isInside('/ws', '/')).toBe(false);
    expect(isInside('/ws', '/ws/../x')).toBe(false);
  });
});
