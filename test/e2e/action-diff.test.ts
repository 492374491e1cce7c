/**
 * End to end: on pull requests the action also generates the document of the base commit and puts the diff at the
 * top of the comment and the summary (issue #4). The base files come from the fake GitHub API (tree + contents at
 * `pull_request.base.sha`) or, when the workspace's git repository has that commit, from local git.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createJob,
  HAS_ACTION,
  runAction,
  SKIP_REASON,
  type Job,
  type RunOptions,
} from './helpers/action-runner.js';
import { startServices, type Services } from './servers/index.js';
import { render, textOf } from '../helpers/markdown.js';

const TOKEN = 'ghs_e2eInstallationToken0123456789';
const BASE_SHA = 'b45e0000000000000000000000000000000000aa';
const HEAD_SHA = 'feed0000000000000000000000000000000000bb';
const DEMO = { dag: 'demo/dag.json', config: 'demo/config.json', template: 'demo/template.json' };
const IMAGE = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost';
const e2e = it.skipIf(!HAS_ACTION);

function prPayload(baseSha = BASE_SHA): object {
  return {
    action: 'synchronize',
    number: 7,
    pull_request: { number: 7, head: { ref: 'feature', sha: HEAD_SHA }, base: { ref: 'main', sha: baseSha } },
  };
}

/** The workspace files of the demo pipeline, as the base commit holds them (repository-relative paths). */
async function demoFiles(job: Job): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const p of Object.values(DEMO)) files[p] = await fs.readFile(path.join(job.workspace, p), 'utf8');
  return files;
}

/**
 * The pull request's change: the training Cradle step's SQL (only that step's: both steps share the text) and the
 * shared framework version 1.7-1 → 1.5-1, which changes the registration's inference image.
 */
async function changeSqlAndFramework(job: Job): Promise<void> {
  const file = path.join(job.workspace, DEMO.config);
  let text = await fs.readFile(file, 'utf8');
  expect(text.split('"framework_version": "1.7-1"')).toHaveLength(2);
  text = text.replace('"framework_version": "1.7-1"', '"framework_version": "1.5-1"');
  const training = text.indexOf('"CradleDataLoading_training": {');
  const sql = text.indexOf('WHERE row_num = 1', training);
  expect(training).toBeGreaterThan(0);
  expect(sql).toBeGreaterThan(training);
  text = `${text.slice(0, sql)}WHERE row_num = 1 AND is_abuse IS NOT NULL${text.slice(sql + 'WHERE row_num = 1'.length)}`;
  await fs.writeFile(file, text);
}

/** The Mermaid node id of a DAG node in a flowchart, and the ids of the nodes in the `changed` class. */
function mermaid(body: string): { id(node: string): string | undefined; changed: string[] } {
  const block = /```mermaid\n([\s\S]*?)```/.exec(body)?.[1] ?? '';
  return {
    // A node is labelled with its name, or with its step's name and its own below (`step\n*node*`).
    id: (node) =>
      new RegExp(`^\\s+(n\\d+)\\[(?:"${node}"|"\`[^\\n]*\\n\\*${node}\\*\`")\\]$`, 'm').exec(block)?.[1],
    changed: /^\s+class ([\w,]+) changed$/m.exec(block)?.[1]?.split(',') ?? [],
  };
}

describe(HAS_ACTION ? 'action e2e: PR diff' : `action e2e: PR diff (skipped: ${SKIP_REASON})`, () => {
  let services: Services;
  let job: Job;

  beforeEach(async () => {
    services = await startServices();
    job = await createJob({ fixtures: ['demo'], payload: prPayload() });
  });
  afterEach(async () => {
    await services.close();
    await job.cleanup();
  });

  const run = (inputs: Record<string, string> = {}, extra: Partial<RunOptions> = {}) =>
    runAction(job, {
      inputs: { ...DEMO, 'github-token': TOKEN, 'upload-artifact': 'false', ...inputs },
      githubUrl: services.github.url,
      artifactUrl: services.artifacts.url,
      ...extra,
    });

  e2e(
    'a changed Cradle SQL and framework version: the diff names transformSQL and the image, at the top',
    async () => {
      services.github.files[BASE_SHA] = { ...(await demoFiles(job)), 'README.md': '# pipelines\n' };
      await changeSqlAndFramework(job);

      const r = await run();
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.find('error')).toEqual([]);
      expect(r.find('warning')).toEqual([]);

      // Outputs: exactly the two steps, changed.
      expect(JSON.parse(r.outputs['changed-steps'] ?? '')).toEqual([
        'CradleDataLoading-Training',
        'Registration-NA',
      ]);
      expect(r.outputs.changed).toBe('true');
      expect(r.outputs['failed-pipelines']).toBe('[]');

      // The base was read through the API: one tree listing, then only the changed file (raw media type).
      expect(services.github.treeCalls()).toEqual([`${BASE_SHA}?recursive=true`]);
      expect(services.github.contentsCalls()).toEqual([
        { path: 'demo/config.json', ref: BASE_SHA, accept: 'application/vnd.github.raw+json' },
      ]);

      const body = services.github.comments[0]!.body;
      // The verdict first, then the changes, before the folded steps table.
      expect(body.split('\n')[1]).toBe(
        '### ✏️ Changes 2 steps: `CradleDataLoading-Training` and `Registration-NA`',
      );
      expect(body.indexOf('#### Changes')).toBeLessThan(
        body.indexOf('| Step | Family | Status | Key values |'),
      );
      // One diff block per changed step: the SQL's changed line, the image old → new.
      expect(body).toContain('- WHERE row_num = 1\n+ WHERE row_num = 1 AND is_abuse IS NOT NULL\n');
      expect(body).toContain(`@@ source_model_inference_image_arn @@\n- ${IMAGE}:1.7-1\n+ ${IMAGE}:1.5-1\n`);
      expect(body).not.toContain('CradleDataLoading-Calibration**');
      expect(body).toContain(
        `base [\`${BASE_SHA.slice(0, 7)}\`](https://github.com/octo/pipelines/commit/${BASE_SHA}) → head [\`${HEAD_SHA.slice(0, 7)}\`](https://github.com/octo/pipelines/commit/${HEAD_SHA})`,
      );
      expect(body).toContain('base read from the GitHub API');
      const rows = [`+ ${IMAGE}:1.5-1`];

      // The DAG picture marks the two changed nodes.
      const graph = mermaid(body);
      expect(graph.changed.sort()).toEqual(
        [graph.id('CradleDataLoading_training'), graph.id('Registration')].sort(),
      );
      expect(r.summary).toContain('```mermaid\nflowchart TD');
      expect(mermaid(r.summary).changed).toEqual(graph.changed);
      expect(r.summary).toContain(rows[0]);
    },
  );

  e2e(
    'a pull request that changes nothing relevant says so: "No change to the execution document"',
    async () => {
      services.github.files[BASE_SHA] = await demoFiles(job);
      // Reformatting the DAG changes its bytes but not the pipeline.
      const dag = path.join(job.workspace, DEMO.dag);
      await fs.writeFile(dag, JSON.stringify(JSON.parse(await fs.readFile(dag, 'utf8'))));

      const r = await run();
      expect(r.code).toBe(0);
      expect(services.github.contentsCalls().map((c) => c.path)).toEqual(['demo/dag.json']);
      const body = services.github.comments[0]!.body;
      expect(body.split('\n')[1]).toBe('### ✅ No change to the execution document or the DAG');
      expect(r.summary).toContain('### ✅ No change to the execution document or the DAG');
      expect(r.outputs['changed-steps']).toBe('[]');
      expect(r.outputs.changed).toBe('false');
      expect(mermaid(body).changed).toEqual([]);

      // Unchanged bytes: the tree's blob ids say so, and nothing is read or generated.
      const before = services.github.contentsCalls().length;
      await fs.writeFile(dag, services.github.files[BASE_SHA]![DEMO.dag]!);
      const again = await run();
      expect(again.outputs.changed).toBe('false');
      expect(services.github.contentsCalls()).toHaveLength(before);
      expect(again.summary).toContain('### ✅ No change to the execution document or the DAG');
    },
  );

  e2e('a pipeline whose files are not in the base commit is reported as new', async () => {
    services.github.files[BASE_SHA] = { 'README.md': '# pipelines\n' };
    const r = await run();
    expect(r.code).toBe(0);
    const body = services.github.comments[0]!.body;
    expect(body.split('\n')[1]).toBe('### 🆕 New pipeline: 3 of 4 steps filled');
    expect(services.github.contentsCalls()).toEqual([]);
    expect(r.outputs.changed).toBe('true');
    expect(JSON.parse(r.outputs['changed-steps'] ?? '')).toEqual([
      'CradleDataLoading-Training',
      'CradleDataLoading-Calibration',
      'XGBoostTraining',
      'Registration-NA',
    ]);

    // A repository too large for one tree listing: each file is asked for, and the 404 says "new".
    services.github.treeMode = 'truncated';
    const big = await run();
    expect(big.code).toBe(0);
    expect(
      services.github
        .contentsCalls()
        .map((c) => c.path)
        .sort(),
    ).toEqual(['demo/config.json', 'demo/dag.json', 'demo/template.json']);
    expect(big.summary).toContain('### 🆕 New pipeline');
  });

  e2e('the base commit in the local git repository: read with git, no API call', async () => {
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: job.workspace,
        encoding: 'utf8',
      }).trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const sha = git('rev-parse', 'HEAD');
    await fs.writeFile(job.eventPath, JSON.stringify(prPayload(sha)));
    await changeSqlAndFramework(job);

    const r = await run();
    expect(r.code).toBe(0);
    expect(services.github.contentsCalls()).toEqual([]);
    expect(services.github.treeCalls()).toEqual([]);
    expect(JSON.parse(r.outputs['changed-steps'] ?? '')).toEqual([
      'CradleDataLoading-Training',
      'Registration-NA',
    ]);
    const body = services.github.comments[0]!.body;
    expect(body).toContain(`base [\`${sha.slice(0, 7)}\`]`);
    expect(body).toContain('base read from the local git checkout');
    expect(body).toContain(`- ${IMAGE}:1.7-1\n+ ${IMAGE}:1.5-1\n`);
  });

  e2e('the base cannot be read (contents API 500): the head result with a note, exit 0', async () => {
    services.github.files[BASE_SHA] = await demoFiles(job);
    services.github.contentsFailures.set('demo/config.json', 500);
    await changeSqlAndFramework(job);

    const r = await run();
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('success');
    expect(r.find('error')).toEqual([]);
    expect(r.find('warning').map((w) => w.message)).toEqual([
      'No diff against the base for 1 of 1 pipeline(s); the check is not affected. demo/dag.json: cannot read demo/config.json at the base (HTTP 500: Server Error)',
    ]);
    // Retried once, then given up.
    expect(services.github.contentsCalls().map((c) => c.path)).toEqual([
      'demo/config.json',
      'demo/config.json',
    ]);
    const body = services.github.comments[0]!.body;
    expect(body.split('\n')[1]).toBe('### ⚠️ Generated (3 of 4 steps filled), not compared with the base');
    expect(textOf(render(body))).toContain(
      '⚠️ No diff against the base: cannot read demo/config.json at the base (HTTP 500: Server Error). The document was still generated and checked.',
    );
    expect(body).toContain('| `Registration-NA` | registration | ✅ filled |');
    // With no diff, every step counts as changed: a gate on the outputs errs towards review.
    expect(r.outputs.changed).toBe('true');
    expect(JSON.parse(r.outputs['changed-steps'] ?? '')).toHaveLength(4);
  });

  e2e(
    'a token without contents: read (403 on the tree): a warning naming the permission, exit 0',
    async () => {
      services.github.files[BASE_SHA] = await demoFiles(job);
      services.github.treeMode = 403;
      await changeSqlAndFramework(job);
      const r = await run();
      expect(r.code).toBe(0);
      expect(r.find('warning').map((w) => w.message)).toEqual([
        expect.stringContaining("(HTTP 403: the token needs the 'contents: read' permission"),
      ]);
      expect(services.github.treeCalls()).toHaveLength(1); // a 403 is not retried
      expect(services.github.contentsCalls()).toEqual([]);
      expect(textOf(render(services.github.comments[0]!.body))).toContain(
        "⚠️ No diff against the base: cannot list the base commit b45e000 (HTTP 403: the token needs the 'contents: read' permission",
      );
    },
  );

  e2e('a base that does not generate (its own errors): a note naming the first error, exit 0', async () => {
    const base = await demoFiles(job);
    services.github.files[BASE_SHA] = { ...base, [DEMO.config]: base[DEMO.config]!.replace('{', '{,') };
    await changeSqlAndFramework(job);
    const r = await run();
    expect(r.code).toBe(0);
    expect(textOf(render(r.summary))).toMatch(
      new RegExp(
        `No diff against the base: the document of the base commit ${BASE_SHA.slice(0, 7)} cannot be generated \\(1 error, the first: demo/config\\.json:1: invalid JSON`,
      ),
    );
    // The base's problems are not the pull request's: no annotation.
    expect(r.find('error')).toEqual([]);
    expect(r.find('warning')).toEqual([]);
  });
});
