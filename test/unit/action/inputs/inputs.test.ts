import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInputFiles, parseInputs, type InputGetter } from '../../../../src/action/inputs/inputs.js';

const roots = { workspace: '/ws', runnerTemp: '/tmp/runner' };
const getter =
  (inputs: Record<string, string>): InputGetter =>
  (name) =>
    inputs[name] ?? '';
const parse = (inputs: Record<string, string>) =>
  parseInputs(getter({ dag: 'p/dag.json', config: 'p/config.json', ...inputs }), roots);

describe('parseInputs', () => {
  it('applies the defaults', () => {
    const { inputs, errors } = parse({});
    expect(errors).toEqual([]);
    expect(inputs).toEqual({
      dag: { input: 'p/dag.json', absolute: '/ws/p/dag.json', display: 'p/dag.json' },
      config: { input: 'p/config.json', absolute: '/ws/p/config.json', display: 'p/config.json' },
      template: undefined,
      output: '/tmp/runner/execution-document.json',
      outputRoots: ['/ws', '/tmp/runner'],
      format: 'json',
      lenient: false,
      uploadArtifact: true,
      artifactName: 'execution-document',
      retentionDays: undefined,
      comment: 'always',
      commentKey: 'p/dag.json',
      githubToken: '',
      mode: 'generate',
      networkBudgetMs: 120_000,
      sagemakerTimeoutMs: 60_000,
    });
  });

  it('reads the network budget, the SageMaker deadline and the mode, and names a bad value', () => {
    expect(
      parse({ 'network-timeout-seconds': '2.5', 'sagemaker-timeout-seconds': '5' }).inputs,
    ).toMatchObject({ networkBudgetMs: 2500, sagemakerTimeoutMs: 5000 });
    expect(parse({ 'network-timeout-seconds': '0' }).errors).toEqual([
      "Input 'network-timeout-seconds' must be a number of seconds from 1 to 3600; got '0'.",
    ]);
    expect(parse({ 'sagemaker-timeout-seconds': 'soon' }).errors).toEqual([
      "Input 'sagemaker-timeout-seconds' must be a number of seconds from 1 to 3600; got 'soon'.",
    ]);
    expect(parse({ mode: 'post' }).errors).toEqual(["Input 'mode' must be generate or comment; got 'post'."]);
  });

  it('normalizes display paths and derives the comment key from the dag path', () => {
    const { inputs } = parse({ dag: './p/../q/dag.yaml' });
    expect(inputs?.dag?.display).toBe('q/dag.yaml');
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
    expect(parse({ lenient: 'True', 'upload-artifact': 'false' }).inputs).toMatchObject({
      lenient: true,
      uploadArtifact: false,
    });
    expect(parse({ lenient: 'yes' }).errors).toEqual(["Input 'lenient' must be true or false; got 'yes'."]);
  });

  it.each([
    ['', 'always'],
    ['always', 'always'],
    ['on-change', 'on-change'],
    ['never', 'never'],
    ['true', 'always'],
    ['FALSE', 'never'],
    ['On-Change', 'on-change'],
  ])("comment '%s' is %s", (value, mode) => {
    expect(parse({ comment: value }).inputs?.comment).toBe(mode);
  });

  it('refuses another comment value, naming the three', () => {
    expect(parse({ comment: 'no' }).errors).toEqual([
      "Input 'comment' must be always, on-change or never (or true/false); got 'no'.",
    ]);
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
    expect(parse({ dag: '/ws/p/dag.json' }).inputs?.dag?.display).toBe('p/dag.json');
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
      "Give either 'dag' and 'config' (the pipeline's DAG and saved config, relative to the workspace) or " +
        "'pipelines' (a list of {name, dag, config, template?}, or the path of a manifest file with that list).",
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
      (
        await checkInputFiles(
          { dag: file('nope.json'), config: file('dir'), template: file('link.json') },
          ws,
        )
      ).map((p) => [p.name, p.file.display, p.message]),
    ).toEqual([
      [
        'dag',
        'nope.json',
        `Input 'dag': file not found: 'nope.json' (looked for ${path.join(ws, 'nope.json')}).`,
      ],
      ['config', 'dir', "Input 'config': 'dir' is not a file."],
      [
        'template',
        'link.json',
        "Input 'template': 'link.json' is a symlink that leads outside the workspace.",
      ],
    ]);
  });
});

describe('isInside', () => {
  it('treats names that merely start with two dots as inside', async () => {
    const { isInside } = await import('../../../../src/action/inputs/paths.js');
    expect(isInside('/ws', '/ws/..foo/dag.json')).toBe(true);
    expect(isInside('/ws', '/ws')).toBe(true);
    expect(isInside('/ws', '/')).toBe(false);
    expect(isInside('/ws', '/ws/../x')).toBe(false);
  });
});

describe('parseInputs with pipelines', () => {
  const many = (inputs: Record<string, string>) => parseInputs(getter(inputs), roots);

  it('takes a manifest path or an inline list; the output is a directory; the comment key names the list', () => {
    const file = many({ pipelines: 'ci/pipelines.yaml' });
    expect(file.errors).toEqual([]);
    expect(file.inputs).toMatchObject({
      manifest: { kind: 'file', file: { display: 'ci/pipelines.yaml', absolute: '/ws/ci/pipelines.yaml' } },
      output: '/tmp/runner/execution-documents',
      format: 'json',
      commentKey: 'ci/pipelines.yaml',
    });
    expect(file.inputs?.dag).toBeUndefined();
    expect(file.files.pipelines?.display).toBe('ci/pipelines.yaml');

    const inline = many({
      pipelines: '- {name: a, dag: d.json, config: c.json}',
      output: 'docs/',
      format: 'yaml',
    });
    expect(inline.inputs).toMatchObject({
      manifest: { kind: 'inline', text: '- {name: a, dag: d.json, config: c.json}' },
      output: '/ws/docs',
      format: 'yaml',
      commentKey: 'pipelines',
    });
    expect(many({ pipelines: '[{name: a}]' }).inputs?.manifest?.kind).toBe('inline');
    expect(many({ pipelines: 'name: a\ndag: x' }).inputs?.manifest?.kind).toBe('inline');
  });

  it('is exclusive with dag/config/template, and needs one of the two', () => {
    expect(many({ pipelines: 'p.yaml', template: 't.json' }).errors).toEqual([
      "Input 'pipelines' cannot be combined with 'template': give either 'pipelines' (many pipelines) or 'dag' and 'config' (one pipeline).",
    ]);
    expect(many({ template: 't.json' }).errors).toEqual([
      "Give either 'dag' and 'config' (the pipeline's DAG and saved config, relative to the workspace) or 'pipelines' (a list of {name, dag, config, template?}, or the path of a manifest file with that list).",
    ]);
    expect(many({ dag: 'd.json' }).errors).toEqual([
      "Input 'config' is required: the path of the config file, relative to the workspace.",
    ]);
  });

  it('accepts only sagemaker-pipeline auto, and no output that is the workspace itself or leaves it', () => {
    expect(many({ pipelines: 'p.yaml', 'sagemaker-pipeline': 'my-pipeline' }).errors).toEqual([
      "Input 'sagemaker-pipeline': with 'pipelines' only 'auto' is accepted (each pipeline is checked against its config's pipeline_name); got 'my-pipeline'.",
    ]);
    expect(many({ pipelines: 'p.yaml', 'sagemaker-pipeline': 'auto' }).errors).toEqual([]);
    expect(many({ pipelines: 'p.yaml', output: '.' }).errors).toEqual([
      "Input 'output': with 'pipelines' it is a directory for the documents; give one below the workspace.",
    ]);
    expect(many({ pipelines: '../p.yaml' }).errors).toEqual([
      "Input 'pipelines': '../p.yaml' is outside the workspace (/ws); paths are relative to GITHUB_WORKSPACE.",
    ]);
  });
});
