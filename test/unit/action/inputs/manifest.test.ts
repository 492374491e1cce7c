import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest, validateManifest, type Locator } from '../../../../src/action/inputs/manifest.js';

const options = { workspace: '/ws', runnerTemp: '/rt', outputDir: '/rt/docs', format: 'json' as const };
const noLocation: Locator = () => undefined;
const validate = (value: unknown, opts = options) => validateManifest(value, noLocation, opts);

describe('validateManifest', () => {
  it('turns entries into pipelines with workspace-relative display paths', () => {
    const { pipelines, errors } = validate([
      { name: 'atoz-na', dag: './p/../q/dag.yaml', config: 'q/config.json' },
      { name: 'v1.2_EU', dag: '/ws/e/dag.json', config: 'e/config.json', template: 'e/t.json' },
    ]);
    expect(errors).toEqual([]);
    expect(pipelines).toEqual([
      {
        name: 'atoz-na',
        dag: { input: './p/../q/dag.yaml', absolute: '/ws/q/dag.yaml', display: 'q/dag.yaml' },
        config: { input: 'q/config.json', absolute: '/ws/q/config.json', display: 'q/config.json' },
      },
      {
        name: 'v1.2_EU',
        dag: { input: '/ws/e/dag.json', absolute: '/ws/e/dag.json', display: 'e/dag.json' },
        config: { input: 'e/config.json', absolute: '/ws/e/config.json', display: 'e/config.json' },
        template: { input: 'e/t.json', absolute: '/ws/e/t.json', display: 'e/t.json' },
      },
    ]);
  });

  it('wants a non-empty list of mappings', () => {
    expect(validate({ pipelines: [] }).errors).toEqual([
      "Input 'pipelines': expected a list of pipelines ({name, dag, config, template?}); got a mapping.",
    ]);
    expect(validate('a.yaml').errors).toEqual([
      "Input 'pipelines': expected a list of pipelines ({name, dag, config, template?}); got a string.",
    ]);
    expect(validate([]).errors).toEqual([
      "Input 'pipelines': the list is empty; give at least one {name, dag, config, template?}.",
    ]);
    expect(validate(['a/dag.json']).errors).toEqual([
      'pipelines[0]: expected a mapping {name, dag, config, template?}; got "a/dag.json".',
    ]);
  });

  it('names the entry and field of every mistake, all at once', () => {
    const { pipelines, errors } = validate([
      { name: 'a', dag: 'a/dag.json', config: 'a/config.json', lenient: true },
      { name: 'A', dag: 'b/dag.json', config: 'b/config.json' },
      { name: 'has space', dag: 3, config: '../x.json' },
      { dag: 'd.json' },
      { name: '.hidden', dag: 'd.json', config: 'c.json' },
      { name: 'x'.repeat(101), dag: 'd.json', config: 'c.json' },
    ]);
    expect(pipelines).toBeUndefined();
    expect(errors).toEqual([
      "pipelines[0]: unknown field 'lenient'; the fields are name, dag, config, template.",
      "pipelines[1].name 'A' is already the name of pipelines[0] ('a'); names must be unique, ignoring case (they name the document files).",
      expect.stringMatching(/^pipelines\[2\]\.name 'has space' is not a valid name: use letters, digits/),
      'pipelines[2].dag must be a string (the path of the pipeline DAG (JSON or YAML), relative to the workspace); got 3.',
      "pipelines[2].config: '../x.json' is outside the workspace (/ws); paths are relative to GITHUB_WORKSPACE.",
      'pipelines[3].name is missing: the pipeline name, which names its document.',
      'pipelines[3].config is missing: the path of the saved cursus config (JSON), relative to the workspace.',
      expect.stringMatching(/^pipelines\[4\]\.name '\.hidden' is not a valid name/),
      expect.stringMatching(/^pipelines\[5\]\.name 'x+' is not a valid name: .* at most 100 characters/),
    ]);
  });

  it('refuses a document that would overwrite an input, its own or another pipeline’s', () => {
    const opts = { ...options, outputDir: '/ws/p' };
    expect(validate([{ name: 'config', dag: 'p/dag.json', config: 'p/config.json' }], opts).errors).toEqual([
      "pipelines[0]: its document (/ws/p/config.json) would overwrite its input file p/config.json; rename the pipeline or set 'output' to another directory.",
    ]);
    expect(
      validate(
        [
          { name: 'a', dag: 'q/dag.json', config: 'p/b.json' },
          { name: 'b', dag: 'q/dag.json', config: 'q/config.json' },
        ],
        opts,
      ).errors,
    ).toEqual([
      "pipelines[0]: its input p/b.json would be overwritten by the document of pipeline 'b'; set 'output' to another directory.",
    ]);
  });

  it('places messages: at a manifest line (annotation), or as a line of the inline input', () => {
    const atFile: Locator = (pointer) => ({ file: 'pipelines.yml', line: pointer === '/0/name' ? 3 : 1 });
    expect(validateManifest([{ name: 'a b', dag: 'd', config: 'c' }], atFile, options).errors).toEqual([
      expect.objectContaining({ file: 'pipelines.yml', line: 3 }),
    ]);
    const inline: Locator = () => ({ inputLine: 2 });
    expect(validateManifest([], inline, options).errors).toEqual([
      "Input 'pipelines': the list is empty; give at least one {name, dag, config, template?} (line 2 of the 'pipelines' input).",
    ]);
  });
});

describe('loadManifest', () => {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'exec-doc-manifest-'));
  mkdirSync(path.join(ws, 'p'));
  for (const f of ['dag.json', 'config.json']) writeFileSync(path.join(ws, 'p', f), '{}');
  const opts = { ...options, workspace: ws, outputDir: path.join(ws, 'out') };
  const file = (name: string, text: string) => {
    writeFileSync(path.join(ws, name), text);
    return { kind: 'file' as const, file: { input: name, absolute: path.join(ws, name), display: name } };
  };

  it('reads inline YAML, YAML files and JSON files; many entries may share a file', async () => {
    const inline = await loadManifest(
      {
        kind: 'inline',
        text: '- {name: a, dag: p/dag.json, config: p/config.json}\n- name: b\n  dag: p/dag.json\n  config: p/config.json',
      },
      opts,
    );
    expect(inline.errors).toEqual([]);
    expect(inline.pipelines?.map((p) => p.name)).toEqual(['a', 'b']);
    const json = await loadManifest(
      file('m.json', JSON.stringify([{ name: 'j', dag: 'p/dag.json', config: 'p/config.json' }])),
      opts,
    );
    expect(json.pipelines?.map((p) => p.name)).toEqual(['j']);
  });

  it('locates syntax errors and missing files at the manifest line, or the inline input line', async () => {
    expect((await loadManifest(file('bad.yml', '- name: a\n  dag: [\n'), opts)).errors).toEqual([
      expect.objectContaining({ file: 'bad.yml', line: expect.any(Number) as number }),
    ]);
    expect((await loadManifest({ kind: 'inline', text: '- a\n- [' }, opts)).errors).toEqual([
      expect.stringMatching(/^Input 'pipelines': invalid YAML: .* \(line \d+ of the input\)$/),
    ]);
    const missing = await loadManifest(
      file('m.yml', '- name: a\n  dag: p/dag.json\n  config: p/nope.json\n'),
      opts,
    );
    // A missing file fails its pipeline, not the manifest: the entry carries the problem, at its line.
    expect(missing.errors).toEqual([]);
    expect(missing.pipelines?.[0]?.unreadable).toEqual([
      {
        severity: 'error',
        code: 'input/read',
        message: `pipelines[0].config: file not found: 'p/nope.json' (looked for ${path.join(ws, 'p', 'nope.json')}).`,
        file: 'm.yml',
        line: 3,
        column: 11,
      },
    ]);
    expect((await loadManifest(file('gone.yml', ''), opts)).errors).toEqual([
      {
        message: "Input 'pipelines': file is empty: expected a YAML document",
        file: 'gone.yml',
        line: 1,
        column: 1,
      },
    ]);
  });
});
