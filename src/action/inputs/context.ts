/**
 * The runner's environment, read once in run(). One getter per variable (TK artifact shared/config.ts), so e2e tests
 * can aim the API and artifact URLs at loopback servers. Nothing here runs at import time.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import { UserError } from '../errors.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface Repository {
  owner: string;
  repo: string;
}

export interface ActionContext {
  /** Absolute; every input path is relative to it. */
  workspace: string;
  /** Absolute; the default output lives here. */
  runnerTemp: string;
  eventName: string;
  eventPath?: string;
  repository?: Repository;
  /** e.g. `https://github.com`, no trailing slash. */
  serverUrl: string;
  /** e.g. `https://api.github.com`, no trailing slash. */
  apiUrl: string;
  runId?: string;
  runAttempt?: string;
  /** `GITHUB_JOB`: the job's id in the workflow (the same for every leg of a matrix). */
  job?: string;
  /** `GITHUB_ACTION`: the step's id (`__owner_repo`, `__owner_repo_2`... without an `id:`); stable across re-runs. */
  action?: string;
  /** Whether the artifact service can be reached (runtime token and results URL are set). */
  hasArtifactRuntime: boolean;
}

function nonEmpty(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export function getWorkspace(env: Env): string {
  const dir = nonEmpty(env, 'GITHUB_WORKSPACE');
  if (!dir) {
    throw new UserError(
      'GITHUB_WORKSPACE is not set: this action runs inside a GitHub Actions job.',
      'exec-doc: not in a job',
    );
  }
  return dir;
}

export function getRunnerTemp(env: Env): string {
  return nonEmpty(env, 'RUNNER_TEMP') ?? os.tmpdir();
}

export function getRepository(env: Env): Repository | undefined {
  const full = nonEmpty(env, 'GITHUB_REPOSITORY');
  const m = full ? /^([^/]+)\/([^/]+)$/.exec(full) : null;
  return m?.[1] && m[2] ? { owner: m[1], repo: m[2] } : undefined;
}

export function getServerUrl(env: Env): string {
  return withoutTrailingSlash(nonEmpty(env, 'GITHUB_SERVER_URL') ?? 'https://github.com');
}

export function getApiUrl(env: Env): string {
  return withoutTrailingSlash(nonEmpty(env, 'GITHUB_API_URL') ?? 'https://api.github.com');
}

export function readContext(env: Env): ActionContext {
  return {
    workspace: getWorkspace(env),
    runnerTemp: getRunnerTemp(env),
    eventName: nonEmpty(env, 'GITHUB_EVENT_NAME') ?? '',
    eventPath: nonEmpty(env, 'GITHUB_EVENT_PATH'),
    repository: getRepository(env),
    serverUrl: getServerUrl(env),
    apiUrl: getApiUrl(env),
    runId: nonEmpty(env, 'GITHUB_RUN_ID'),
    runAttempt: nonEmpty(env, 'GITHUB_RUN_ATTEMPT'),
    job: nonEmpty(env, 'GITHUB_JOB'),
    action: nonEmpty(env, 'GITHUB_ACTION'),
    hasArtifactRuntime: Boolean(
      nonEmpty(env, 'ACTIONS_RUNTIME_TOKEN') && nonEmpty(env, 'ACTIONS_RESULTS_URL'),
    ),
  };
}

/**
 * GitHub Enterprise Server has no artifact service v4 (the rule of @actions/artifact's `isGhes`):
 * github.com, `*.ghe.com` (data residency) and `*.localhost` are not GHES.
 */
export function isGhes(serverUrl: string): boolean {
  const host = new URL(serverUrl).hostname.toLowerCase();
  return !(host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost'));
}

export function runUrl(ctx: ActionContext): string | undefined {
  if (!ctx.repository || !ctx.runId) return undefined;
  const attempt = ctx.runAttempt && ctx.runAttempt !== '1' ? `/attempts/${ctx.runAttempt}` : '';
  return `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${ctx.runId}${attempt}`;
}

export function artifactUrl(ctx: ActionContext, id: number): string | undefined {
  if (!ctx.repository || !ctx.runId) return undefined;
  return `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${ctx.runId}/artifacts/${id}`;
}

export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target'];

/** The PR number of a `pull_request`/`pull_request_target` payload; undefined for any other event. */
export function pullRequestNumber(eventName: string, payload: unknown): number | undefined {
  if (!PULL_REQUEST_EVENTS.includes(eventName) || typeof payload !== 'object' || payload === null)
    return undefined;
  const p = payload as { pull_request?: { number?: unknown }; number?: unknown };
  const n = p.pull_request?.number ?? p.number;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Reads the event payload file; a missing or unreadable payload means "no pull request". */
export async function readEventPayload(ctx: ActionContext): Promise<unknown> {
  if (!ctx.eventPath) return undefined;
  try {
    return JSON.parse(await fs.readFile(ctx.eventPath, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** The run attempt as a number (1 for the first run, 2 for the first re-run...). */
export function runAttempt(ctx: ActionContext): number {
  const n = Number(ctx.runAttempt ?? '1');
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/**
 * Names this invocation of the action within a workflow run, the same in every attempt: a short hash of the job, the
 * step and the comment key (which defaults to the pipeline's DAG path, so matrix legs on different pipelines differ).
 * Artifact names derived from it are this invocation's own.
 */
export function invocationId(ctx: ActionContext, commentKey: string): string {
  return createHash('sha256')
    .update(JSON.stringify([ctx.job ?? '', ctx.action ?? '', commentKey]))
    .digest('hex')
    .slice(0, 8);
}

const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The head commit of a `pull_request`/`pull_request_target` payload (`pull_request.head.sha`). */
export function pullRequestHeadSha(payload: unknown): string | undefined {
  const sha = (payload as { pull_request?: { head?: { sha?: unknown } } } | null | undefined)?.pull_request
    ?.head?.sha;
  return typeof sha === 'string' && COMMIT.test(sha) ? sha : undefined;
}

/** Whether a pull request payload's head is in another repository than its base (a PR from a fork). */
export function isForkPullRequest(payload: unknown): boolean {
  const pr = (payload as { pull_request?: Record<string, unknown> } | null | undefined)?.pull_request;
  const repoOf = (side: unknown): { full_name?: unknown; fork?: unknown } | undefined =>
    (side as { repo?: { full_name?: unknown; fork?: unknown } } | null | undefined)?.repo ?? undefined;
  const head = repoOf(pr?.head);
  const base = repoOf(pr?.base);
  if (typeof head?.full_name === 'string' && typeof base?.full_name === 'string')
    return head.full_name !== base.full_name;
  return head?.fork === true;
}

/** What a `workflow_run` payload says about the run that triggered it. */
export interface TriggeringRun {
  id: number;
  /** The event of the triggering run (`pull_request`, `push`...). */
  event: string;
  /** The commit the triggering run built: for a pull request, the PR's head commit. */
  headSha: string;
  /** PR numbers GitHub associated with the run; empty for pull requests from forks. */
  pullRequests: number[];
  htmlUrl?: string;
}

/** The triggering run of a `workflow_run` payload; undefined when the payload has none or it is malformed. */
export function triggeringRun(payload: unknown): TriggeringRun | undefined {
  const run = (payload as { workflow_run?: Record<string, unknown> } | null | undefined)?.workflow_run;
  if (typeof run !== 'object' || run === null) return undefined;
  const { id, event, head_sha: headSha, pull_requests: prs, html_url: htmlUrl } = run;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return undefined;
  if (typeof headSha !== 'string' || !COMMIT.test(headSha)) return undefined;
  const pullRequests = Array.isArray(prs)
    ? prs.flatMap((p) => {
        const n = (p as { number?: unknown } | null)?.number;
        return typeof n === 'number' && Number.isInteger(n) && n > 0 ? [n] : [];
      })
    : [];
  return {
    id,
    event: typeof event === 'string' ? event : '',
    headSha,
    pullRequests,
    ...(typeof htmlUrl === 'string' ? { htmlUrl } : {}),
  };
}
