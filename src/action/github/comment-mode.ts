/**
 * `mode: comment`: posts the report of a pull request run from a `workflow_run` workflow, which runs in the base
 * repository with a token that may comment — the way to get a report onto a pull request from a fork, whose own run
 * gets a read-only token. The reports are the `exec-doc-report-*` artifacts of the triggering run (report-artifact.ts),
 * read through @actions/artifact with the run's id (the REST artifact API; the job needs `actions: read`).
 *
 * A fork's run can upload anything, so a report is posted only on the pull request whose head commit is the commit
 * the triggering run built (`workflow_run.head_sha`), as GitHub says now: a crafted report naming another PR, or an
 * old report after a newer push, is refused with a warning.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import * as log from '../log.js';
import { UserError } from '../errors.js';
import {
  readContext,
  readEventPayload,
  triggeringRun,
  PULL_REQUEST_EVENTS,
  type ActionContext,
  type TriggeringRun,
} from '../inputs/context.js';
import { parseNetworkInputs } from '../inputs/network.js';
import { writeJobSummary } from '../report/summary.js';
import { NetworkBudget } from './budget.js';
import { createGitHubClient, httpStatus, noAnswer, timeFailure, type GitHubClient } from './client.js';
import { commentBody, commentFailureMessage, upsertComment } from './comment.js';
import { MAX_REPORT_BYTES, readReport, REPORT_ARTIFACT_PREFIX, type ReportInfo } from './report-artifact.js';
import type { ArtifactClient } from './artifact.js';

/** Report artifacts read from one run at most (one per invocation of the action). */
const MAX_REPORTS = 20;

type Env = Readonly<Record<string, string | undefined>>;

interface Outcome {
  line: string;
  url?: string;
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

function why(e: unknown): string {
  return timeFailure(e) ?? noAnswer(e) ?? (e instanceof Error ? e.message : String(e));
}

/** Runs the comment mode. Misconfiguration is a UserError; everything about the network or the reports warns. */
export async function runCommentMode(get: (name: string) => string, env: Env): Promise<void> {
  const ctx = readContext(env);
  const errors: string[] = [];
  const network = parseNetworkInputs(get, errors);
  const token = get('github-token');
  if (ctx.eventName !== 'workflow_run')
    errors.push(
      `Input 'mode: comment' posts the report of another run from a workflow_run workflow; this run's event is ` +
        `'${ctx.eventName || '(none)'}'. See "Pull requests from forks" in the README.`,
    );
  if (!token)
    errors.push(
      `Input 'github-token' is empty; 'mode: comment' needs a token to read artifacts and comment.`,
    );
  if (!ctx.repository) errors.push('GITHUB_REPOSITORY is not set.');
  if (errors.length > 0 || !ctx.repository) throw new UserError(errors);

  const run = triggeringRun(await readEventPayload(ctx));
  if (!run)
    throw new UserError('The workflow_run event payload has no workflow_run with an id and a head_sha.');
  if (!PULL_REQUEST_EVENTS.includes(run.event)) {
    log.info(`Nothing to comment: run ${run.id} was triggered by '${run.event}', not by a pull request.`);
    core.setOutput('comment-url', '');
    return;
  }

  const budget = new NetworkBudget(network.networkBudgetMs);
  const client = await createGitHubClient(token, ctx.apiUrl, { budget });
  const outcomes = await postReports(ctx, run, token, client, budget);
  const posted = outcomes.find((o) => o.url);
  core.setOutput('comment-url', posted?.url ?? '');
  const from = run.htmlUrl ? `[run ${run.id}](${run.htmlUrl})` : `run ${run.id}`;
  await writeJobSummary(
    log.redact(`### exec-doc: reports of ${from}\n\n${outcomes.map((o) => `- ${o.line}`).join('\n')}\n`),
  );
}

async function postReports(
  ctx: ActionContext,
  run: TriggeringRun,
  token: string,
  client: GitHubClient,
  budget: NetworkBudget,
): Promise<Outcome[]> {
  const { owner, repo } = ctx.repository!;
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const artifacts = new DefaultArtifactClient();
  const findBy = { token, workflowRunId: run.id, repositoryOwner: owner, repositoryName: repo };
  let listed: { name: string; id: number; size: number }[];
  try {
    ({ artifacts: listed } = await budget.race(
      `listing the artifacts of run ${run.id}`,
      artifacts.listArtifacts({ findBy, latest: true }),
    ));
  } catch (e) {
    const line = `Could not list the artifacts of run ${run.id}: ${why(e)}. The job needs 'permissions: actions: read'.`;
    log.warning(line);
    return [{ line }];
  }
  const reports = listed.filter((a) => a.name.startsWith(REPORT_ARTIFACT_PREFIX));
  if (reports.length === 0) {
    const line =
      `Run ${run.id} has no exec-doc report (no artifact named ${REPORT_ARTIFACT_PREFIX}*): did its exec-doc step ` +
      `run on the pull request with 'upload-artifact: true'?`;
    log.warning(line);
    return [{ line }];
  }
  const outcomes: Outcome[] = [];
  for (const a of reports.slice(0, MAX_REPORTS)) {
    const report = await download(ctx, artifacts, a, findBy, budget);
    if ('error' in report) {
      const line = `Ignored the artifact '${a.name}' of run ${run.id}: ${report.error}.`;
      log.warning(line);
      outcomes.push({ line });
      continue;
    }
    outcomes.push(await post(client, ctx, run, a.name, report.info, report.markdown));
  }
  if (reports.length > MAX_REPORTS)
    log.warning(`Run ${run.id} has ${reports.length} report artifacts; posted the first ${MAX_REPORTS}.`);
  return outcomes;
}

async function download(
  ctx: ActionContext,
  artifacts: ArtifactClient,
  a: { name: string; id: number; size: number },
  findBy: { token: string; workflowRunId: number; repositoryOwner: string; repositoryName: string },
  budget: NetworkBudget,
): Promise<{ info: ReportInfo; markdown: string } | { error: string }> {
  if (a.size > 2 * MAX_REPORT_BYTES) return { error: `it is ${a.size} bytes, too large for a report` };
  let dir: string | undefined;
  try {
    dir = await fs.mkdtemp(path.join(ctx.runnerTemp, 'exec-doc-report-download-'));
    await budget.race(
      `the download of the artifact '${a.name}'`,
      artifacts.downloadArtifact(a.id, { path: dir, findBy }),
    );
    return await readReport(dir);
  } catch (e) {
    return { error: `could not download it: ${why(e)}` };
  } finally {
    if (dir) await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Checks a report against the triggering run and the PR as GitHub has it now, then keeps its comment. */
async function post(
  client: GitHubClient,
  ctx: ActionContext,
  run: TriggeringRun,
  artifact: string,
  info: ReportInfo,
  markdown: string,
): Promise<Outcome> {
  const { owner, repo } = ctx.repository!;
  const pr = info.pull_request;
  const refuse = (reason: string): Outcome => {
    const line = `Refused the report in '${artifact}' for PR #${pr}: ${reason}.`;
    log.warning(line);
    return { line };
  };
  if (info.repository !== `${owner}/${repo}`)
    return refuse(`it was written for ${info.repository}, not ${owner}/${repo}`);
  if (info.head_sha !== run.headSha)
    return refuse(`it is for commit ${short(info.head_sha)}, but run ${run.id} built ${short(run.headSha)}`);
  if (run.pullRequests.length > 0 && !run.pullRequests.includes(pr))
    return refuse(`run ${run.id} belongs to PR ${run.pullRequests.map((n) => `#${n}`).join(', ')}`);
  let head: string | undefined;
  try {
    const { data } = await client.rest.pulls.get({ owner, repo, pull_number: pr });
    head = data.head.sha;
  } catch (e) {
    if (httpStatus(e) === 404) return refuse(`${owner}/${repo} has no pull request #${pr}`);
    const line = `Could not read PR #${pr} to check the report in '${artifact}': ${why(e)}.`;
    log.warning(line);
    return { line };
  }
  if (head !== run.headSha)
    return refuse(
      `its head is ${short(head)}, not ${short(run.headSha)} which run ${run.id} built (a report only comments on ` +
        `the pull request it was built for; after a newer push, the newer run's report comments)`,
    );
  const body = log.redact(commentBody(info.comment_key, markdown, run.htmlUrl, info.head_sha));
  try {
    const { url, action } = await upsertComment(
      client,
      { owner, repo, issueNumber: pr },
      info.comment_key,
      body,
    );
    log.info(
      action === 'unchanged'
        ? `PR #${pr} comment is up to date: ${url}`
        : `PR #${pr} comment ${action}: ${url}`,
    );
    return { line: `PR #${pr}: comment ${action} (${url}).`, url };
  } catch (e) {
    const line = commentFailureMessage(e);
    log.warning(line);
    return { line };
  }
}
