/**
 * End to end: many pipelines in one run (`pipelines`, issue #4). Each is generated, diffed and reported in its own
 * section of one comment and one summary; the documents go into one zip artifact; outputs aggregate; one bad pipeline
 * fails the gate without hiding the others.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createJob,
  FIXTURES,
  HAS_ACTION,
  runAction,
  SKIP_REASON,
  type Job,
  type RunOptions,
} from './helpers/action-runner.js';
import { readZip } from './helpers/zip.js';
import { balanced, render } from '../helpers/markdown.js';
import { startServices, type Services } from './servers/index.js';

const TOKEN = 'ghs_e2eInstallationToken0123456789';
const BASE_SHA = 'b45e0000000000000000000000000000000000bb';
const e2e = it.skipIf(!HAS_ACTION);

const MANIFEST = `# the repository's pipelines
- name: training
  dag: demo/dag.json
  config: demo/config.json
  template: demo/template.json
- name: broken
  dag: broken/dag.json
  config: broken/config.json
  template: broken/template.json
- name: auto-template
  dag: demo/dag.json
  config: demo/config.json
`;

function prPayload(): object {
  return { number: 7, pull_request: { number: 7, base: { ref: 'main', sha: BASE_SHA } } };
}

/** Every file of the workspace, by repository-relative path: the base commit before any change. */
async function snapshot(dir: string, prefix = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const rel = `${prefix}${entry.name}`;
    if (entry.isDirectory()) Object.assign(out, await snapshot(path.join(dir, entry.name), `${rel}/`));
    else out[rel] = await fs.readFile(path.join(dir, entry.name), 'utf8');
  }
  return out;
}

describe(
  HAS_ACTION ? 'action e2e: many pipelines' : `action e2e: many pipelines (skipped: ${SKIP_REASON})`,
  () => {
    let services: Services;
    let job: Job;

    beforeEach(async () => {
      services = await startServices();
      job = await createJob({ fixtures: ['demo', 'broken'], payload: prPayload() });
    });
    afterEach(async () => {
      await services.close();
      await job.cleanup();
    });

    const run = (inputs: Record<string, string>, extra: Partial<RunOptions> = {}) =>
      runAction(job, {
        inputs: { 'github-token': TOKEN, ...inputs },
        githubUrl: services.github.url,
        artifactUrl: services.artifacts.url,
        ...extra,
      });

    e2e(
      'a manifest of 3 with one broken config: 2 documents in one zip artifact, 1 annotated failure, exit 1',
      async () => {
        await fs.writeFile(path.join(job.workspace, 'pipelines.yaml'), MANIFEST);
        services.github.files[BASE_SHA] = await snapshot(job.workspace);

        const r = await run({ pipelines: 'pipelines.yaml' });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(1);

        // The broken config is annotated at its own file and line, naming the pipeline; then the gate.
        const errors = r.find('error');
        expect(errors[0]).toMatchObject({
          properties: { title: 'input/syntax', file: 'broken/config.json', line: '6', col: '33' },
        });
        expect(errors[0]!.message).toMatch(/^invalid JSON.*\[pipeline broken\]$/);
        expect(errors.at(-1)!.message).toBe('1 of 3 pipelines failed (broken); see the annotations above.');
        expect(errors).toHaveLength(2);

        // Outputs aggregate over the pipelines.
        const outDir = path.join(job.runnerTemp, 'execution-documents');
        expect(r.outputs.result).toBe('failure');
        expect(r.outputs.path).toBe(outDir);
        expect(JSON.parse(r.outputs['failed-pipelines'] ?? '')).toEqual(['broken']);
        expect(r.outputs['filled-steps']).toBe('6');
        expect(r.outputs['total-steps']).toBe('8');
        expect(JSON.parse(r.outputs['filled-step-names'] ?? '')).toEqual([
          'training/CradleDataLoading-Training',
          'training/CradleDataLoading-Calibration',
          'training/Registration-NA',
          'auto-template/CradleDataLoading-Training',
          'auto-template/CradleDataLoading-Calibration',
          'auto-template/Registration-NA',
        ]);
        expect(r.outputs['changed-steps']).toBe('[]');
        expect(r.outputs.changed).toBe('false');
        expect((await fs.readdir(outDir)).sort()).toEqual(['auto-template.json', 'training.json']);
        const expected = await fs.readFile(path.join(FIXTURES, 'demo', 'expected.json'));
        expect((await fs.readFile(path.join(outDir, 'training.json'))).equals(expected)).toBe(true);

        // One zip artifact holding the two documents at its root.
        expect(services.artifacts.calls()).toEqual(['CreateArtifact', 'FinalizeArtifact']);
        const [artifact] = services.artifacts.artifacts;
        expect(artifact).toMatchObject({
          name: 'execution-document',
          mimeType: 'application/zip',
          finalized: true,
        });
        const entries = readZip(services.artifacts.bytes(artifact!)!);
        expect(entries.map((e) => e.name).sort()).toEqual(['auto-template.json', 'training.json']);
        for (const e of entries)
          expect(e.data.equals(await fs.readFile(path.join(outDir, e.name)))).toBe(true);
        expect(r.outputs['artifact-id']).toBe(String(artifact!.id));

        // One comment: the failure in full, the two unchanged pipelines in a line each.
        expect(services.github.comments).toHaveLength(1);
        const body = services.github.comments[0]!.body;
        expect(body).toContain('<!-- exec-doc:report key=pipelines.yaml -->');
        // The broken files are the base's too: the failure was already there.
        expect(body.split('\n')[1]).toBe('### ❌ 1 of 3 pipelines fails — already failing on the base');
        expect(body).toContain('- ❌ `broken`: generation fails — already failing on the base (1 error)');
        expect(body).toContain('- ✅ No change (2): `training` and `auto-template`');
        expect(body).toContain('#### ❌ `broken`: generation fails — already failing on the base (1 error)');
        expect(body).toMatch(/\n- ❌ `broken\/config\.json:6` `input\/syntax`: invalid JSON/);
        expect(body).not.toContain('#### ✏️');
        expect(body).not.toContain('#### ✅');
        expect(r.summary).toContain(
          '#### ❌ `broken`: generation fails — already failing on the base (1 error)',
        );
      },
    );

    e2e(
      'a pipeline the pull request removes from a manifest file is reported, and counts as a change',
      async () => {
        const manifest = (names: string[]): string =>
          names.map((n) => `- {name: ${n}, dag: demo/dag.json, config: demo/config.json}\n`).join('');
        await fs.mkdir(path.join(job.workspace, 'ci'));
        await fs.writeFile(path.join(job.workspace, 'ci', 'pipelines.yaml'), manifest(['kept', 'also']));
        services.github.files[BASE_SHA] = {
          ...(await snapshot(job.workspace)),
          'ci/pipelines.yaml': manifest(['kept', 'gone', 'also']),
        };
        const r = await run({ pipelines: 'ci/pipelines.yaml', 'upload-artifact': 'false' });
        expect(r.code).toBe(0);
        expect(r.outputs.changed).toBe('true');
        expect(r.outputs['changed-steps']).toBe('[]');
        const body = services.github.comments[0]!.body;
        expect(body.split('\n')[1]).toBe('### ✏️ Removes 1 pipeline; no change to the other 2 pipelines');
        expect(body).toContain(
          '- 🗑️ Removed from the manifest (1): `gone` — their documents are no longer generated',
        );
        expect(r.summary).toContain('Removed from the manifest (1): `gone`');
      },
    );

    e2e(
      'an inline list on a pull request: changed, new and unchanged pipelines, each reported as it needs',
      async () => {
        services.github.files[BASE_SHA] = await snapshot(job.workspace);
        // A second pipeline that only the pull request adds, and a change to the demo's framework version.
        await fs.cp(path.join(job.workspace, 'demo'), path.join(job.workspace, 'added'), { recursive: true });
        const config = path.join(job.workspace, 'demo', 'config.json');
        await fs.writeFile(
          config,
          (await fs.readFile(config, 'utf8')).replace(
            '"framework_version": "1.7-1"',
            '"framework_version": "1.5-1"',
          ),
        );
        await fs.mkdir(path.join(job.workspace, 'same'));
        for (const f of ['dag.json', 'config.json'])
          await fs.copyFile(path.join(FIXTURES, 'demo', f), path.join(job.workspace, 'same', f));
        services.github.files[BASE_SHA]['same/dag.json'] = await fs.readFile(
          path.join(job.workspace, 'same', 'dag.json'),
          'utf8',
        );
        services.github.files[BASE_SHA]['same/config.json'] = await fs.readFile(
          path.join(job.workspace, 'same', 'config.json'),
          'utf8',
        );

        const r = await run({
          pipelines: [
            '- {name: atoz, dag: demo/dag.json, config: demo/config.json, template: demo/template.json}',
            '- {name: added, dag: added/dag.json, config: added/config.json}',
            '- {name: same, dag: same/dag.json, config: same/config.json}',
          ].join('\n'),
          'upload-artifact': 'false',
        });
        expect(r.code).toBe(0);
        expect(r.find('error')).toEqual([]);
        expect(JSON.parse(r.outputs['changed-steps'] ?? '')).toEqual([
          'atoz/Registration-NA',
          'added/CradleDataLoading-Training',
          'added/CradleDataLoading-Calibration',
          'added/XGBoostTraining',
          'added/Registration-NA',
        ]);
        expect(r.outputs.changed).toBe('true');
        expect(r.outputs['failed-pipelines']).toBe('[]');

        const body = services.github.comments[0]!.body;
        expect(body).toContain('<!-- exec-doc:report key=pipelines -->');
        expect(body.split('\n')[1]).toBe('### ✏️ Changes 2 of 3 pipelines (1 new)');
        expect(body).toContain('- ✏️ `atoz`: changes 1 step: `Registration-NA`');
        expect(body).toContain('- 🆕 `added`: new pipeline: 3 of 4 steps filled');
        expect(body).toContain('- ✅ No change (1): `same`');
        const changed = body.indexOf('#### ✏️ `atoz`: changes 1 step: `Registration-NA`');
        const added = body.indexOf('#### 🆕 `added`: new pipeline: 3 of 4 steps filled');
        expect(changed).toBeGreaterThan(0);
        expect(added).toBeGreaterThan(changed);
        expect(body).not.toContain('#### ✅ `same`');
        expect(body).toContain('⬇️ **Framework version downgrade** in `Registration-NA`: `1.7-1` → `1.5-1`');
        // A DAG picture per full section, none for the one-liner.
        expect(body.split('```mermaid')).toHaveLength(3);
        // Only the changed file was read at the base; the new pipeline's files are not in its tree.
        expect(services.github.contentsCalls().map((c) => c.path)).toEqual(['demo/config.json']);
        expect(r.summary).toContain('#### ✏️ `atoz`');
      },
    );

    e2e(
      'a bad manifest: every mistake names the entry and field, annotated at its line; nothing runs',
      async () => {
        await fs.writeFile(
          path.join(job.workspace, 'pipelines.yml'),
          [
            '- name: ok', //                                    1
            '  dag: demo/dag.json', //                          2
            '  config: demo/config.json', //                    3
            '- name: OK', //                                    4  duplicate, ignoring case
            '  dag: demo/dag.json', //                          5
            '  config: demo/config.json', //                    6
            '- name: two words', //                             7  not a file name
            '  dag: ../outside/dag.json', //                    8  outside the workspace
            '  tempalte: demo/template.json', //                9  unknown field
            '- name: no-config', //                             10
            '  dag: demo/dag.json', //                          11 config missing
            '- name: missing-file', //                          12
            '  dag: demo/nope.json', //                         13
            '  config: demo/config.json', //                    14
          ].join('\n'),
        );
        const r = await run({ pipelines: 'pipelines.yml' });
        expect(r.code).toBe(1);
        const errors = r.find('error').map((e) => [e.properties.line, e.message]);
        expect(errors).toEqual([
          [
            '4',
            "pipelines[1].name 'OK' is already the name of pipelines[0] ('ok'); names must be unique, ignoring case (they name the document files).",
          ],
          ['9', "pipelines[2]: unknown field 'tempalte'; the fields are name, dag, config, template."],
          [
            '7',
            "pipelines[2].name 'two words' is not a valid name: use letters, digits, '.', '_' and '-', starting with a letter or digit, at most 100 characters (it names the document file and prefixes the outputs).",
          ],
          [
            '8',
            `pipelines[2].dag: '../outside/dag.json' is outside the workspace (${job.workspace}); paths are relative to GITHUB_WORKSPACE.`,
          ],
          [
            '7',
            'pipelines[2].config is missing: the path of the saved cursus config (JSON), relative to the workspace.',
          ],
          [
            '10',
            'pipelines[3].config is missing: the path of the saved cursus config (JSON), relative to the workspace.',
          ],
        ]);
        expect(r.find('error').every((e) => e.properties.file === 'pipelines.yml')).toBe(true);
        expect(r.outputs).toMatchObject({ result: 'failure', 'failed-pipelines': '[]' });
        expect(r.summary).toMatch(/^### ❌ No execution document: 6 inputs are wrong\n/);
        expect(r.summary).toContain("- `pipelines.yml:9`: `pipelines[2]`: unknown field 'tempalte'");
        expect(services.github.requests).toEqual([]);

        // Once the list is valid, files are checked: a missing one fails its pipeline only, named by its entry and line.
        await fs.writeFile(
          path.join(job.workspace, 'pipelines.yml'),
          '- {name: a, dag: demo/dag.json, config: demo/config.json}\n- {name: b, dag: demo/nope.json, config: demo/config.json}\n',
        );
        const missing = await run({ pipelines: 'pipelines.yml' });
        expect(missing.code).toBe(1);
        expect(missing.find('error').map((e) => [e.properties.line, e.message])).toEqual([
          [
            '2',
            `pipelines[1].dag: file not found: 'demo/nope.json' (looked for ${path.join(job.workspace, 'demo', 'nope.json')}). [pipeline b]`,
          ],
          [undefined, '1 of 2 pipelines failed (b); see the annotations above.'],
        ]);
        expect(missing.outputs['failed-pipelines']).toBe('["b"]');
        expect(missing.outputs['filled-steps']).toBe('3');
      },
    );

    e2e(
      'a document that cannot be written fails its pipeline only; a file at the path of a failed one is kept, with a warning',
      async () => {
        const outDir = path.join(job.runnerTemp, 'docs');
        await fs.mkdir(path.join(outDir, 'blocked.json'), { recursive: true }); // a directory where the document goes
        await fs.writeFile(path.join(outDir, 'broken.json'), '{"stale": true}');
        const r = await run(
          {
            pipelines: [
              '- {name: blocked, dag: demo/dag.json, config: demo/config.json}',
              '- {name: fine, dag: demo/dag.json, config: demo/config.json}',
              '- {name: broken, dag: broken/dag.json, config: broken/config.json}',
            ].join('\n'),
            output: outDir,
            'upload-artifact': 'false',
          },
          { eventName: 'push' },
        );
        expect(r.code).toBe(1);
        expect(JSON.parse(r.outputs['failed-pipelines'] ?? '')).toEqual(['blocked', 'broken']);
        const io = r.find('error').find((e) => e.properties.title === 'action/io');
        expect(io?.properties.file).toBe('demo/dag.json');
        expect(io?.message).toMatch(
          /^could not produce the document .*blocked\.json: .* \[pipeline blocked\]$/,
        );
        // Nothing this run did not write is deleted: the old broken.json stays as it was, and a warning says it is stale.
        expect((await fs.readdir(outDir)).sort()).toEqual(['blocked.json', 'broken.json', 'fine.json']);
        expect(await fs.readFile(path.join(outDir, 'broken.json'), 'utf8')).toBe('{"stale": true}');
        const stale = r.find('warning').find((w) => w.properties.title === 'output/stale');
        expect(stale?.message).toContain(
          `${path.join(outDir, 'broken.json')} is from before this run and is not this run's document`,
        );
        expect(r.summary).toContain('- ✅ Generated (1): `fine`');
        expect(r.stdout).not.toContain('failed unexpectedly');
      },
    );

    e2e('pipelines and dag/config are exclusive; an inline list that is not a list is named', async () => {
      const both = await run({
        pipelines: 'pipelines.yaml',
        dag: 'demo/dag.json',
        config: 'demo/config.json',
      });
      expect(both.code).toBe(1);
      expect(both.find('error').map((e) => e.message)).toEqual([
        "Input 'pipelines' cannot be combined with 'dag', 'config': give either 'pipelines' (many pipelines) or 'dag' and 'config' (one pipeline).",
        // Every mistake at once: the manifest named is not there either.
        `Input 'pipelines': file not found: 'pipelines.yaml' (looked for ${path.join(job.workspace, 'pipelines.yaml')}).`,
      ]);
      const mapping = await run({ pipelines: '{name: a, dag: demo/dag.json, config: demo/config.json}' });
      expect(mapping.find('error').map((e) => e.message)).toEqual([
        "Input 'pipelines': expected a list of pipelines ({name, dag, config, template?}); got a mapping (line 1 of the 'pipelines' input).",
      ]);
    });

    e2e(
      '150 changed pipelines: the comment is shortened to fit (no byte cut), the summary keeps every section',
      async () => {
        services.github.files[BASE_SHA] = await snapshot(job.workspace);
        const config = path.join(job.workspace, 'demo', 'config.json');
        await fs.writeFile(
          config,
          (await fs.readFile(config, 'utf8')).replace(
            '"framework_version": "1.7-1"',
            '"framework_version": "1.5-1"',
          ),
        );
        const names = Array.from({ length: 150 }, (_, i) => `pipeline-${String(i).padStart(3, '0')}`);
        await fs.writeFile(
          path.join(job.workspace, 'pipelines.json'),
          JSON.stringify(names.map((name) => ({ name, dag: 'demo/dag.json', config: 'demo/config.json' }))),
        );
        const r = await run({ pipelines: 'pipelines.json', 'upload-artifact': 'false' });
        expect(r.code).toBe(0);
        expect(JSON.parse(r.outputs['changed-steps'] ?? '')).toHaveLength(150);
        const body = services.github.comments[0]!.body;
        expect(Buffer.byteLength(body)).toBeLessThanOrEqual(60_000);
        // Shortened in whole sections, with a notice that links the summary; every pipeline keeps its verdict line.
        expect(body).toContain("✂️ This comment was shortened to fit GitHub's size limit");
        expect(body).toContain(
          'The full report is in the [job summary](https://github.com/octo/pipelines/actions/runs/',
        );
        for (const name of names)
          expect(body).toContain(`- ✏️ \`${name}\`: changes 1 step: \`Registration-NA\``);
        const html = render(body);
        expect(balanced(html)).toBe(true);
        expect(html.split('<details>').length).toBe(html.split('</details>').length);
        // The summary has room for more: every section, each with its diff.
        expect(r.summary).not.toContain('✂️');
        expect(Buffer.byteLength(r.summary)).toBeLessThan(1_048_576);
        expect(r.summary.split('@@ source_model_inference_image_arn @@')).toHaveLength(151);
        // The shared config was read once for all 150.
        expect(services.github.contentsCalls()).toHaveLength(1);
      },
    );
  },
);
