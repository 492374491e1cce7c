/**
 * End to end: the README's fork recipe, exactly. The `pull_request` run of a fork (read-only token: its comment is
 * refused) writes the report files and uploads them as an artifact; the `workflow_run` run with `mode: comment`
 * lists the triggering run's artifacts and downloads the report through the REST artifact API (list, zip link
 * redirected to the blob) with @actions/artifact, checks the PR's head commit, and keeps the one comment. Reports
 * that name another PR or another commit are refused with a warning.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import cmark from 'cmark-gfm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createJob,
  FIXTURES,
  HAS_ACTION,
  runAction,
  SKIP_REASON,
  type Job,
  type RunResult,
} from './helpers/action-runner.js';
import { runtimeToken } from './helpers/runner-files.js';
import { RUNS, startServices, type Services } from './servers/index.js';
import { forkRecipe, stepInputs } from '../helpers/fork-recipe.js';

const e2e = it.skipIf(!HAS_ACTION);
const TOKEN = 'ghs_e2eWorkflowToken0123456789abcdef';
const HEAD = 'feed0000000000000000000000000000000000ff';
const OTHER = 'beef0000000000000000000000000000000000ee';
const BASE = 'b45e0000000000000000000000000000000000bb';
const PR_RUN_ID = 123456789;
const COMMENT_RUN_ID = '987654321';
const recipe = forkRecipe();

/** A `pull_request` payload for PR `n` from a fork, at head commit `sha`. */
function forkPayload(n: number, sha: string): object {
  return {
    action: 'synchronize',
    number: n,
    pull_request: {
      number: n,
      head: { sha, ref: 'feature', repo: { full_name: 'someone/pipelines', fork: true } },
      base: { sha: BASE, ref: 'main', repo: { full_name: 'octo/pipelines' } },
    },
  };
}

/** The `workflow_run` payload of the comment workflow: the triggering run's id and head commit. */
function workflowRunPayload(pullRequests: number[] = []): object {
  return {
    action: 'completed',
    workflow_run: {
      id: PR_RUN_ID,
      name: recipe.pullRequest.workflow.name,
      event: 'pull_request',
      head_sha: HEAD,
      conclusion: 'success',
      html_url: `https://github.com/octo/pipelines/actions/runs/${PR_RUN_ID}`,
      // GitHub leaves this empty for pull requests from forks.
      pull_requests: pullRequests.map((number) => ({ number, head: { sha: HEAD }, base: { sha: BASE } })),
    },
  };
}

describe(HAS_ACTION ? 'action e2e: fork PRs' : `action e2e: fork PRs (skipped: ${SKIP_REASON})`, () => {
  let services: Services;
  const jobs: Job[] = [];

  beforeEach(async () => {
    // The base commit holds the same pipeline: the PR changes nothing in the document.
    const base: Record<string, string> = {};
    for (const f of ['dag.json', 'config.json'])
      base[`pipelines/atoz/${f}`] = await fs.readFile(path.join(FIXTURES, 'demo', f), 'utf8');
    services = await startServices({
      pulls: { 7: { headSha: HEAD, headRepo: 'someone/pipelines' }, 8: { headSha: OTHER } },
      files: { [BASE]: base },
    });
  });
  afterEach(async () => {
    await services.close();
    for (const j of jobs.splice(0)) await j.cleanup();
  });

  /** The first workflow's exec-doc step, on a fork's pull request (`payload`), as invocation `step`. */
  async function pullRequestRun(payload: object, step = '__acme_exec-doc'): Promise<RunResult> {
    const job = await createJob({ payload });
    jobs.push(job);
    // The files at the paths the recipe names.
    await fs.cp(path.join(FIXTURES, 'demo'), path.join(job.workspace, 'pipelines', 'atoz'), {
      recursive: true,
    });
    // A fork's token may read, not comment.
    services.github.mode = 'forbidden';
    try {
      return await runAction(job, {
        inputs: { ...stepInputs(recipe.pullRequest.step), 'github-token': TOKEN },
        githubUrl: services.github.url,
        artifactUrl: services.artifacts.url,
        env: { GITHUB_ACTION: step },
      });
    } finally {
      services.github.mode = 'ok';
    }
  }

  /** The comment workflow's exec-doc step: another run, another job, no checkout. */
  async function commentRun(payload: object = workflowRunPayload()): Promise<RunResult> {
    const job = await createJob({ payload });
    jobs.push(job);
    return runAction(job, {
      eventName: 'workflow_run',
      inputs: { ...stepInputs(recipe.comment.step), 'github-token': TOKEN },
      githubUrl: services.github.url,
      artifactUrl: services.artifacts.url,
      env: {
        GITHUB_RUN_ID: COMMENT_RUN_ID,
        ACTIONS_RUNTIME_TOKEN: runtimeToken(
          'c0ffee00-0000-4000-8000-00000000c0de',
          'c0ffee00-0000-4000-8000-0000000000c1',
        ),
      },
    });
  }

  e2e('the pull_request run uploads the report; the workflow_run run posts it, once', async () => {
    const pr = await pullRequestRun(forkPayload(7, HEAD));
    expect(pr.code, pr.stdout).toBe(0);
    expect(pr.find('warning')).toEqual([]);
    expect(pr.find('notice').map((n) => n.message)).toEqual([
      expect.stringMatching(/^This pull request comes from a fork, whose token cannot comment\./),
    ]);
    expect(services.github.comments).toEqual([]);
    // The report files, and the artifact holding them.
    const reportPath = pr.outputs['report-path']!;
    expect(JSON.parse(await fs.readFile(reportPath, 'utf8'))).toEqual({
      schema: 'exec-doc-report/1',
      repository: 'octo/pipelines',
      pull_request: 7,
      head_sha: HEAD,
      comment_key: 'pipelines/atoz/dag.json',
      run_id: PR_RUN_ID,
      run_attempt: 1,
    });
    const markdown = await fs.readFile(path.join(path.dirname(reportPath), 'comment.md'), 'utf8');
    expect(markdown).toMatch(/^### ✅ .*\n/m);
    expect(markdown).toContain('`Registration-NA`');
    const reports = services.artifacts.artifacts.filter((a) => a.name.startsWith('exec-doc-report-'));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.runBackendId).toBe(RUNS[String(PR_RUN_ID)]);

    const first = await commentRun();
    expect(first.code, first.stdout).toBe(0);
    expect(first.find('warning')).toEqual([]);
    expect(services.github.comments).toHaveLength(1);
    const [comment] = services.github.comments;
    expect(comment!.issue).toBe(7);
    expect(comment!.login).toBe('github-actions[bot]');
    expect(comment!.body.split('\n')[0]).toBe(
      `<!-- exec-doc:report key=pipelines%2Fatoz%2Fdag.json head=${HEAD} -->`,
    );
    // The stored report is posted as rendered: one marker, then the report.
    expect(comment!.body.split('\n').slice(1).join('\n')).toBe(markdown.split('\n').slice(1).join('\n'));
    const html = await cmark.renderHtml(comment!.body, { extensions: { table: true } });
    expect(html).toMatch(/<h3>✅ /);
    expect(html).toContain('<code>Registration-NA</code>');
    expect(first.outputs['comment-url']).toBe(comment!.html_url);
    expect(first.summary).toContain(`PR #7: comment created (${comment!.html_url}).`);
    // Read through the REST artifact API of the triggering run, as @actions/artifact does with findBy.
    const paths = services.github.requests.map((q) => `${q.method} ${new URL(q.url, 'http://x').pathname}`);
    expect(paths).toContain(`GET /repos/octo/pipelines/actions/runs/${PR_RUN_ID}/artifacts`);
    expect(paths).toContain(`GET /repos/octo/pipelines/actions/artifacts/${reports[0]!.id}/zip`);
    expect(paths).toContain('GET /repos/octo/pipelines/pulls/7');

    // Run again (a re-run of the comment workflow): the same comment, unchanged.
    const again = await commentRun();
    expect(again.code).toBe(0);
    expect(services.github.comments).toHaveLength(1);
    expect(again.stdout).toContain(`PR #7 comment is up to date: ${comment!.html_url}`);
  });

  e2e('reports naming another PR or another commit are refused with a clear warning', async () => {
    // The honest report, and two a fork's own workflow could craft in the same run.
    await pullRequestRun(forkPayload(7, HEAD));
    await pullRequestRun(forkPayload(8, HEAD), '__acme_exec-doc_2'); // PR #8's head is another commit
    await pullRequestRun(forkPayload(7, OTHER), '__acme_exec-doc_3'); // not the commit the run built
    expect(services.artifacts.artifacts.filter((a) => a.name.startsWith('exec-doc-report-'))).toHaveLength(3);

    const r = await commentRun();
    expect(r.code, r.stdout).toBe(0);
    const warnings = r.find('warning').map((w) => w.message);
    expect(warnings).toHaveLength(2);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^Refused the report in 'exec-doc-report-[0-9a-f]{8}' for PR #8: its head is beef000, not feed000 which run 123456789 built/,
      ),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^Refused the report in 'exec-doc-report-[0-9a-f]{8}' for PR #7: it is for commit beef000, but run 123456789 built feed000\.$/,
      ),
    );
    // Only the honest report was posted, on its own PR.
    expect(services.github.comments.map((c) => c.issue)).toEqual([7]);
    expect(r.summary).toMatch(/Refused the report .* for PR #8/);
  });

  e2e('a run GitHub associates with PR #7 cannot post a report naming PR #8', async () => {
    await pullRequestRun(forkPayload(8, HEAD));
    services.github.pulls.set(8, { headSha: HEAD });
    const r = await commentRun(workflowRunPayload([7]));
    expect(r.code).toBe(0);
    expect(r.find('warning').map((w) => w.message)).toEqual([
      expect.stringMatching(/^Refused the report in '.*' for PR #8: run 123456789 belongs to PR #7\.$/),
    ]);
    expect(services.github.comments).toEqual([]);
  });

  e2e('mode: comment outside a workflow_run workflow is a configuration error', async () => {
    const job = await createJob({ payload: forkPayload(7, HEAD) });
    jobs.push(job);
    const r = await runAction(job, {
      inputs: { mode: 'comment', 'github-token': TOKEN },
      githubUrl: services.github.url,
      artifactUrl: services.artifacts.url,
    });
    expect(r.code).toBe(1);
    expect(r.find('error').map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^Input 'mode: comment' posts the report of another run from a workflow_run workflow/,
      ),
    ]);
  });
});
