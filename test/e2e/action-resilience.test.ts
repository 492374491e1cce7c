/**
 * End to end: what goes wrong around the document must never fail the gate. A refused comment or an artifact that
 * cannot be uploaded is a warning; transient API errors are retried; a job re-run replaces its artifact.
 */
import { promises as fs } from 'node:fs';
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createJob,
  HAS_ACTION,
  JOB_BACKEND_ID,
  RUN_BACKEND_ID,
  runAction,
  SKIP_REASON,
  type Job,
  type RunOptions,
} from './helpers/action-runner.js';
import { startServices, type Services } from './servers/index.js';
import { render, textOf } from '../helpers/markdown.js';

const TOKEN = 'ghs_e2eInstallationToken0123456789';
const DEMO = { dag: 'demo/dag.json', config: 'demo/config.json', template: 'demo/template.json' };
const e2e = it.skipIf(!HAS_ACTION);

describe(HAS_ACTION ? 'action e2e: resilience' : `action e2e: resilience (skipped: ${SKIP_REASON})`, () => {
  let services: Services;
  let job: Job;

  beforeEach(async () => {
    services = await startServices();
    job = await createJob({ fixtures: ['demo'] });
  });
  afterEach(async () => {
    await services.close();
    await job.cleanup();
  });

  const run = (inputs: Record<string, string> = {}, extra: Partial<RunOptions> = {}) =>
    runAction(job, {
      inputs: { ...DEMO, 'github-token': TOKEN, ...inputs },
      githubUrl: services.github.url,
      artifactUrl: services.artifacts.url,
      ...extra,
    });

  e2e(
    '403 on comments (fork PR, no pull-requests: write): exit 0 with a warning naming the permission',
    async () => {
      services.github.mode = 'forbidden';
      const r = await run();
      expect(r.code).toBe(0);
      expect(r.outputs.result).toBe('success');
      expect(r.outputs['comment-url']).toBe('');
      const warnings = r.find('warning').map((w) => w.message);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(
        /^Could not write the pull request comment \(HTTP 403\): the token needs the 'pull-requests: write' permission/,
      );
      expect(r.find('error')).toEqual([]);
      // The report still reaches the user through the summary, and the artifact was uploaded.
      expect(r.summary).toContain('### ⚠️ Generated (3 of 4 steps filled)');
      expect(r.outputs['artifact-id']).not.toBe('');
      expect(services.github.comments).toEqual([]);
    },
  );

  e2e('a 5xx from the GitHub API is retried once and the comment is written', async () => {
    services.github.mode = 'error-once';
    const r = await run({ 'upload-artifact': 'false' });
    expect(r.code).toBe(0);
    expect(services.github.commentCalls()).toEqual([
      'GET /repos/octo/pipelines/issues/7/comments', // 502
      'GET /repos/octo/pipelines/issues/7/comments',
      'POST /repos/octo/pipelines/issues/7/comments',
      'GET /repos/octo/pipelines/issues/7/comments', // no other run created one meanwhile
    ]);
    expect(services.github.comments).toHaveLength(1);
    expect(r.find('warning')).toEqual([]);
  });

  e2e(
    '409 on re-upload (a re-run of the job) with the same document: the artifact is kept, and the log says so',
    async () => {
      const first = await run({ comment: 'false' });
      expect(first.code).toBe(0);
      const r = await run({ comment: 'false' }, { runAttempt: 2 });
      expect(r.code).toBe(0);
      expect(r.find('warning')).toEqual([]);
      expect(services.artifacts.calls()).toEqual([
        'CreateArtifact',
        'FinalizeArtifact',
        'CreateArtifact', // attempt 2: 409 already_exists
        'ListArtifacts', // its digest is this document's
      ]);
      expect(r.stdout).toContain(
        "The artifact 'execution-document.json' of this run already holds exactly this document; kept it instead of uploading a copy.",
      );
      const [only] = services.artifacts.artifacts;
      expect(services.artifacts.artifacts).toHaveLength(1);
      expect(services.artifacts.bytes(only!)?.equals(await fs.readFile(r.outputs.path ?? ''))).toBe(true);
      expect(r.outputs['artifact-id']).toBe(String(only!.id));
      expect(r.outputs['artifact-url']).toBe(
        `https://github.com/octo/pipelines/actions/runs/123456789/artifacts/${only!.id}`,
      );
    },
  );

  e2e(
    "409 in a first attempt (another job took the name): the other artifact is kept, ours gets this invocation's name",
    async () => {
      const sibling = services.artifacts.seed({
        runBackendId: RUN_BACKEND_ID,
        jobBackendId: 'matrix-sibling-job',
        name: 'execution-document.json',
        content: '{"sibling": true}\n',
      });
      const r = await run({ comment: 'false' });
      expect(r.code).toBe(0);
      expect(services.artifacts.calls()).toEqual([
        'CreateArtifact',
        'ListArtifacts',
        'CreateArtifact',
        'FinalizeArtifact',
      ]);
      expect(services.artifacts.bytes(sibling)?.toString()).toBe('{"sibling": true}\n');
      const ours = services.artifacts.artifacts.find((a) => a.id !== sibling.id);
      expect(ours!.name).toMatch(/^execution-document-[0-9a-f]{8}\.json$/);
      expect(ours!.jobBackendId).toBe(JOB_BACKEND_ID);
      expect(services.artifacts.bytes(ours!)?.equals(await fs.readFile(r.outputs.path ?? ''))).toBe(true);
      expect(r.outputs['artifact-id']).toBe(String(ours!.id));
      expect(r.find('warning').map((w) => w.message)).toEqual([
        "An artifact named 'execution-document.json' already exists in this run with other content (another job, " +
          "step or matrix leg uses the same 'artifact-name'); uploaded this document as " +
          `'${ours!.name}'. Give each invocation its own 'artifact-name'.`,
      ]);
    },
  );

  e2e(
    'GHES: the upload is skipped with a warning; the document and the comment are still produced',
    async () => {
      const r = await run({}, { serverUrl: 'https://ghes.example.com' });
      expect(r.code).toBe(0);
      expect(services.artifacts.requests).toEqual([]);
      const warnings = r.find('warning').map((w) => w.message);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(
        /^Artifact upload skipped: GitHub Enterprise Server \(https:\/\/ghes\.example\.com\)/,
      );
      expect(r.outputs['artifact-id']).toBe('');
      expect(r.outputs['artifact-url']).toBe('');
      const [comment] = services.github.comments;
      expect(comment!.body).toContain('Not uploaded as an artifact (GitHub Enterprise Server).');
      expect(comment!.body).toContain(
        '[Workflow run and job summary](https://ghes.example.com/octo/pipelines/actions/runs/123456789)',
      );
    },
  );

  e2e(
    'a GitHub API that refuses connections: the warnings say there was no answer from it, never "HTTP 500"',
    async () => {
      // A port that was just free: nothing listens there, so every connection is refused.
      const port = await new Promise<number>((resolve) => {
        const s = createServer().listen(0, '127.0.0.1', () => {
          const { port: p } = s.address() as { port: number };
          s.close(() => resolve(p));
        });
      });
      const base = 'b45e000000000000000000000000000000000aa1';
      await fs.writeFile(
        job.eventPath,
        JSON.stringify({
          action: 'synchronize',
          number: 7,
          pull_request: { number: 7, head: { ref: 'feature' }, base: { ref: 'main', sha: base } },
        }),
      );
      const r = await run({ 'upload-artifact': 'false' }, { githubUrl: `http://127.0.0.1:${port}` });
      expect(r.code).toBe(0);
      const warnings = r.find('warning').map((w) => w.message);
      const refused = `no answer from 127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`;
      expect(warnings).toContain(
        `Could not write the pull request comment: ${refused}. The report is in the job summary.`,
      );
      // The base could not be read either: said the same way, in the log and in the report.
      expect(`${r.stdout}\n${warnings.join('\n')}`).toContain(
        `cannot list the base commit b45e000 (${refused})`,
      );
      expect(textOf(render(r.summary))).toContain(`cannot list the base commit b45e000 (${refused})`);
      expect(`${r.stdout}${r.summary}`).not.toContain('HTTP 500');
    },
    // Each request is retried after 1 s and 4 s, as for any network error.
    60_000,
  );

  e2e('an artifact service that is down is a warning, never the gate', async () => {
    const r = await run({ comment: 'false' }, { env: { ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' } });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('success');
    const warnings = r.find('warning').map((w) => w.message);
    expect(
      warnings.some((w) => w.startsWith("Could not upload the artifact 'execution-document.json'")),
    ).toBe(true);
  });
});
