/**
 * End to end: the gate never waits on a dead service. Against a GitHub API that accepts connections and never
 * answers, one that answers 429 with `Retry-After: 3600` (or 403 with the primary limit spent for an hour), one whose
 * pagination loops, a hung artifact service and a silent SageMaker endpoint, the run ends in bounded time (the budget,
 * `network-timeout-seconds`, plus process start) with a warning and the exit code generation decides. Failures of
 * the best-effort steps are warnings with their cause; the summary is always written; a server that echoes the
 * Authorization header never gets the token into any output.
 */
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
import { startSageMakerServer } from './servers/sagemaker.js';

const TOKEN = 'ghs_e2eInstallationTokenSecret0123456789';
const BASE_SHA = 'b45e0000000000000000000000000000000000bb';
const HEAD_SHA = 'feed0000000000000000000000000000000000ff';
const DEMO = { dag: 'demo/dag.json', config: 'demo/config.json', template: 'demo/template.json' };
/**
 * Far below what a hang costs without a deadline (for ever; an hour for the rate limit; 5 attempts × 5 minutes for
 * the artifact client), far above a run's real time: the budget of 3 s plus process start and the exit grace.
 */
const BOUNDED_MS = 20_000;
const e2e = it.skipIf(!HAS_ACTION);

function prPayload(): object {
  return {
    number: 7,
    pull_request: {
      number: 7,
      head: { sha: HEAD_SHA, ref: 'feature' },
      base: { ref: 'main', sha: BASE_SHA },
    },
  };
}

describe(
  HAS_ACTION ? 'action e2e: network deadlines' : `action e2e: network (skipped: ${SKIP_REASON})`,
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

    const run = (inputs: Record<string, string> = {}, extra: Partial<RunOptions> = {}) =>
      runAction(job, {
        inputs: { ...DEMO, 'github-token': TOKEN, 'network-timeout-seconds': '3', ...inputs },
        githubUrl: services.github.url,
        artifactUrl: services.artifacts.url,
        ...extra,
      });
    const warnings = (r: { find(c: string): { message: string }[] }): string[] =>
      r.find('warning').map((w) => w.message);

    e2e(
      'a GitHub API that never answers: bounded, warnings for the base and the comment, exit 0',
      async () => {
        services.github.fault = 'hang';
        const r = await run();
        expect(r.durationMs).toBeLessThan(BOUNDED_MS);
        expect(r.code, r.stdout).toBe(0);
        expect(r.outputs.result).toBe('success');
        const w = warnings(r);
        expect(w).toContainEqual(
          expect.stringMatching(
            /^No diff against the base for 1 of 1 pipeline\(s\); the check is not affected\. demo\/dag\.json: cannot list the base commit b45e000 \(GET \/repos\/octo\/pipelines\/git\/trees\/b45e0+bb did not finish within the network budget of 3 s/,
          ),
        );
        expect(w).toContainEqual(
          expect.stringMatching(
            /^Could not write the pull request comment: POST \/graphql did not finish within the network budget of 3 s \(input 'network-timeout-seconds'\)\. The report is in the job summary\.$/,
          ),
        );
        expect(r.outputs['comment-url']).toBe('');
        // The artifact service answered: the document is uploaded, and the summary written.
        expect(r.outputs['artifact-id']).not.toBe('');
        expect(r.summary).toMatch(/^### ⚠️ Generated \(3 of 4 steps filled/m);
      },
    );

    e2e('the same hang with a broken config: bounded, and generation alone decides exit 1', async () => {
      services.github.fault = 'hang';
      const r = await run({
        dag: 'broken/dag.json',
        config: 'broken/config.json',
        template: 'broken/template.json',
      });
      expect(r.durationMs).toBeLessThan(BOUNDED_MS);
      expect(r.code).toBe(1);
      expect(r.outputs.result).toBe('failure');
      expect(r.summary).toMatch(/^### ❌ Generation fails/m);
      expect(warnings(r).some((m) => m.startsWith('Could not write the pull request comment'))).toBe(true);
    });

    for (const fault of ['rate-limit', 'rate-limit-403'] as const) {
      e2e(
        `${fault === 'rate-limit' ? '429 with Retry-After: 3600' : '403, primary limit spent for an hour'}: a warning, not an hour's sleep`,
        async () => {
          services.github.fault = fault;
          const r = await run({ 'network-timeout-seconds': '120' });
          expect(r.durationMs).toBeLessThan(BOUNDED_MS);
          expect(r.code, r.stdout).toBe(0);
          expect(r.stdout).not.toMatch(/retrying in \d+ ?s/i);
          const status = fault === 'rate-limit' ? 429 : 403;
          const comment = warnings(r).find((m) => m.startsWith('Could not write the pull request comment'));
          expect(comment).toMatch(
            new RegExp(
              `^Could not write the pull request comment: GitHub's rate limit \\(HTTP ${status}\\) on POST /graphql asks to wait 36\\d\\d s \\(until \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\), more than is left of the network budget`,
            ),
          );
          // Not mistaken for a missing permission.
          expect(comment).not.toContain('pull-requests: write');
          expect(
            warnings(r).some((m) => m.startsWith('No diff against the base') && m.includes('rate limit')),
          ).toBe(true);
        },
      );
    }

    e2e(
      'pagination whose next page is itself: reading stops with a warning, one comment over two runs',
      async () => {
        services.github.paginationLoop = true;
        const first = await run({ 'upload-artifact': 'false' });
        const second = await run({ 'upload-artifact': 'false' });
        for (const r of [first, second]) {
          expect(r.durationMs).toBeLessThan(BOUNDED_MS);
          expect(r.code, r.stdout).toBe(0);
          expect(warnings(r)).toContainEqual(
            expect.stringMatching(
              /^Stopped reading the comments of #7 after \d page\(s\): the server's next page is one it already sent/,
            ),
          );
        }
        expect(services.github.comments).toHaveLength(1);
        expect(second.outputs['comment-url']).toBe(services.github.comments[0]!.html_url);
        expect(services.github.requests.filter((q) => q.method === 'DELETE')).toEqual([]);
      },
    );

    e2e(
      'an artifact service that never answers: bounded, a warning, the comment and summary still written',
      async () => {
        services.artifacts.hang = true;
        // A budget whose quarter kept for the comment (2 s) covers the throttling plugin's pacing of writes (1 s).
        const r = await run({ 'network-timeout-seconds': '8' });
        expect(r.durationMs).toBeLessThan(BOUNDED_MS);
        expect(r.code, r.stdout).toBe(0);
        expect(r.outputs.result).toBe('success');
        expect(warnings(r)).toContainEqual(
          expect.stringMatching(
            /^Could not upload the artifact 'execution-document\.json': the upload of the artifact 'execution-document\.json' did not finish within the network budget of 8 s \(input 'network-timeout-seconds'\)\. The document is still at /,
          ),
        );
        expect(r.outputs['artifact-id']).toBe('');
        expect(services.github.comments).toHaveLength(1);
        expect(r.summary).toMatch(/^### ⚠️ Generated \(3 of 4 steps filled/m);
      },
    );

    e2e(
      'an unusable RUNNER_TEMP: the artifact step warns with the cause; result success, exit 0, summary',
      async () => {
        const file = path.join(job.root, 'not-a-directory');
        await fs.writeFile(file, '');
        const r = await run({ output: 'out/doc.json' }, { env: { RUNNER_TEMP: file } });
        expect(r.code, r.stdout).toBe(0);
        expect(r.outputs.result).toBe('success');
        expect(r.stdout).not.toContain('failed unexpectedly');
        expect(warnings(r)).toContainEqual(
          expect.stringMatching(
            /^Could not upload the artifact 'execution-document\.json': cannot stage it in RUNNER_TEMP \(.*not-a-directory\): ENOTDIR/,
          ),
        );
        expect(r.summary).toMatch(/^### ⚠️ Generated \(3 of 4 steps filled/m);
        expect(services.github.comments).toHaveLength(1);
      },
    );

    e2e(
      'a server echoing the Authorization header: the token is in no output, no comment, no file',
      async () => {
        services.github.fault = 'echo-auth';
        const r = await run();
        expect(r.code, r.stdout).toBe(0);
        // The echo reached the warnings, redacted.
        expect(warnings(r).some((m) => m.includes('Authorization: token ***'))).toBe(true);
        const outputs = JSON.stringify(r.outputs);
        const files: string[] = [];
        const walk = async (dir: string): Promise<void> => {
          for (const e of await fs.readdir(dir, { withFileTypes: true })) {
            const p = path.join(dir, e.name);
            if (e.isDirectory()) await walk(p);
            else files.push(await fs.readFile(p, 'utf8'));
          }
        };
        await walk(job.root);
        expect(files.length).toBeGreaterThan(3);
        const everything = [
          r.stdout.replace(/^::add-mask::.*$/gm, ''),
          r.stderr,
          r.summary,
          outputs,
          ...files,
        ];
        for (const text of everything) expect(text).not.toContain(TOKEN);
        for (const c of services.github.comments) expect(c.body).not.toContain(TOKEN);
        for (const a of services.artifacts.artifacts)
          expect(services.artifacts.bytes(a)?.toString('latin1')).not.toContain(TOKEN);
      },
    );
  },
);

describe(
  HAS_ACTION ? 'action e2e: SageMaker deadline' : `action e2e: SageMaker deadline (skipped: ${SKIP_REASON})`,
  () => {
    e2e(
      'a SageMaker endpoint that never answers: a timeout error after sagemaker-timeout-seconds, exit 1',
      async () => {
        const sagemaker = await startSageMakerServer({ mode: { kind: 'hang' } });
        const job = await createJob({ fixtures: ['demo'] });
        try {
          await fs.writeFile(path.join(job.root, 'empty'), '');
          const r = await runAction(job, {
            eventName: 'push',
            inputs: {
              dag: 'demo/dag.json',
              config: 'demo/config.json',
              'upload-artifact': 'false',
              comment: 'false',
              'sagemaker-pipeline': 'auto',
              'sagemaker-timeout-seconds': '2',
            },
            env: {
              AWS_ENDPOINT_URL_SAGEMAKER: sagemaker.url,
              AWS_ACCESS_KEY_ID: 'AKIAFAKE',
              AWS_SECRET_ACCESS_KEY: 'fake',
              AWS_SHARED_CREDENTIALS_FILE: path.join(job.root, 'empty'),
              AWS_CONFIG_FILE: path.join(job.root, 'empty'),
              AWS_EC2_METADATA_DISABLED: 'true',
            },
          });
          expect(r.durationMs).toBeLessThan(BOUNDED_MS);
          expect(r.code).toBe(1);
          expect(sagemaker.requests.length).toBeGreaterThan(0);
          const errors = r.find('error').map((e) => e.message);
          expect(errors).toContainEqual(
            expect.stringMatching(
              /^DescribePipeline for pipeline 'lukexie-AtoZ-xgboost-NA' \(us-east-1\) did not finish within 2 s \(http:\/\/127\.0\.0\.1:\d+\/\); check the network and the endpoint, or give it longer \(the action's 'sagemaker-timeout-seconds' input\)/,
            ),
          );
        } finally {
          await sagemaker.close();
          await job.cleanup();
        }
      },
    );
  },
);
