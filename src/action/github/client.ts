/**
 * The GitHub REST/GraphQL client, loaded only when a run talks to GitHub (a dynamic import, so ncc puts Octokit in a
 * lazy chunk and runs without a PR never load it). Every request runs under the run's network budget
 * ({@link NetworkBudget}): a timeout per attempt, a few retries of network errors and 5xx answers with short
 * backoffs, and rate limits waited out only when the wait fits in what is left of the budget — a limit that resets
 * later (`Retry-After: 3600`) fails at once with a {@link RateLimitError} the caller reports as a warning.
 *
 * Octokit's retry and throttling plugins are not used: both wait whatever the server asks (an hour, for a primary
 * limit) and neither can be given a deadline.
 */
import * as log from '../log.js';
import type { getOctokit } from '@actions/github';
import { BudgetExceededError, REQUEST_TIMEOUT_MS, type NetworkBudget } from './budget.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Attempts of one request (first try + retries) unless the caller says otherwise. */
export const DEFAULT_MAX_ATTEMPTS = 3;
/** The longest rate-limit wait accepted, even when the budget would allow more. */
const MAX_RATE_LIMIT_WAIT_MS = 60_000;
/** What GitHub asks for a secondary rate limit without `Retry-After`: "wait at least one minute". */
const SECONDARY_LIMIT_WAIT_MS = 60_000;

export interface ClientOptions {
  budget: NetworkBudget;
  /** Attempts of one request; default {@link DEFAULT_MAX_ATTEMPTS}. */
  maxAttempts?: number;
  /** Longest wait for one answer; default REQUEST_TIMEOUT_MS of budget.ts. */
  requestTimeoutMs?: number;
}

/** GitHub refused a request for its rate limit, and the wait it asks for is more than the run can spend. */
export class RateLimitError extends Error {
  constructor(
    readonly request: string,
    /** 429 or 403. */
    readonly limitStatus: number,
    readonly waitMs: number,
    readonly remainingMs: number,
  ) {
    const until = new Date(Date.now() + waitMs).toISOString().replace(/\.\d+Z$/, 'Z');
    super(
      `GitHub's rate limit (HTTP ${limitStatus}) on ${request} asks to wait ${Math.ceil(waitMs / 1000)} s ` +
        `(until ${until}), more than is left of the network budget (${Math.floor(remainingMs / 1000)} s, ` +
        `input 'network-timeout-seconds')`,
    );
    this.name = 'RateLimitError';
  }
}

/** A request got no answer in time, on every attempt. */
export class RequestTimeoutError extends Error {
  constructor(request: string, timeoutMs: number, attempts: number) {
    super(
      `no answer to ${request} within ${Math.round(timeoutMs / 100) / 10} s` +
        (attempts > 1 ? ` (${attempts} attempts)` : ''),
    );
    this.name = 'RequestTimeoutError';
  }
}

/** Hosts that refused us for their rate limit, until when (epoch ms): later requests fail without being sent. */
const blocked = new Map<string, { until: number; status: number }>();

interface RequestOptions {
  method: string;
  url: string;
  request?: Record<string, unknown>;
  [key: string]: unknown;
}

interface FailedResponse {
  status?: number;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  message?: string;
}

type Failure =
  { kind: 'final' } | { kind: 'retry'; why: string } | { kind: 'rate-limit'; status: number; waitMs: number };

function header(e: FailedResponse, name: string): string | undefined {
  const v = e.response?.headers?.[name];
  return v === undefined ? undefined : String(v);
}

/** What to do about a failed attempt: give up, retry after a backoff, or wait out a rate limit. */
export function classifyFailure(e: unknown, now = Date.now()): Failure {
  const x = (typeof e === 'object' && e !== null ? e : {}) as FailedResponse;
  const status = x.status;
  // Octokit turns a failed fetch (refused connection, reset, DNS) into status 500 without a response.
  if (!x.response) return { kind: 'retry', why: x.message ?? String(e) };
  if (status === undefined) return { kind: 'final' };
  const retryAfter = Number(header(x, 'retry-after'));
  const remaining = header(x, 'x-ratelimit-remaining');
  const reset = Number(header(x, 'x-ratelimit-reset'));
  const secondary = /\bsecondary rate limit\b|\babuse\b/i.test(x.message ?? '');
  if (status === 429 || (status === 403 && (remaining === '0' || secondary || header(x, 'retry-after')))) {
    const waitMs =
      Number.isFinite(retryAfter) && retryAfter >= 0
        ? retryAfter * 1000
        : remaining === '0' && Number.isFinite(reset) && reset > 0
          ? Math.max(0, reset * 1000 - now) + 1000
          : SECONDARY_LIMIT_WAIT_MS;
    return { kind: 'rate-limit', status, waitMs };
  }
  if (status >= 500 && status <= 599) return { kind: 'retry', why: `HTTP ${status}` };
  return { kind: 'final' };
}

/** `GET /repos/octo/pipelines/git/trees/b45e…` for messages: the route with its parameters filled in, no query. */
function describe(options: RequestOptions): string {
  const filled = options.url.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = options[k];
    return typeof v === 'string' || typeof v === 'number' ? encodeURIComponent(String(v)) : m;
  });
  let path = filled;
  try {
    path = new URL(filled, 'http://api.invalid').pathname;
  } catch {
    // keep it as it is
  }
  return `${options.method} ${path}`;
}

function host(options: RequestOptions): string {
  try {
    return new URL(options.url).host;
  } catch {
    return '';
  }
}

/** One request under the budget: attempts with timeouts, backoffs, rate-limit waits that fit. */
async function send<T>(
  request: (o: RequestOptions) => T | Promise<T>,
  options: RequestOptions,
  policy: Required<ClientOptions>,
): Promise<T> {
  const { budget, maxAttempts, requestTimeoutMs } = policy;
  const what = describe(options);
  const where = host(options);
  for (let attempt = 1; ; attempt++) {
    const limit = blocked.get(where);
    if (limit && limit.until > Date.now())
      throw new RateLimitError(what, limit.status, limit.until - Date.now(), budget.remainingMs());
    if (budget.expired()) throw new BudgetExceededError(what, budget.totalMs);
    // When what is left of the budget is shorter than a request's timeout, the timeout is the budget's end.
    const last = requestTimeoutMs >= budget.remainingMs();
    const { signal, timeout } = budget.requestSignal(requestTimeoutMs);
    let failure: Failure;
    let error: unknown;
    try {
      // Set on the options object itself: Octokit's inner hooks (auth) re-read the options this hook was called
      // with and ignore any passed on.
      options.request = { ...options.request, signal };
      return await request(options);
    } catch (e) {
      error = e;
      if (budget.signal.aborted || (last && timeout.aborted))
        throw new BudgetExceededError(what, budget.totalMs);
      failure = timeout.aborted ? { kind: 'retry', why: 'timeout' } : classifyFailure(e);
    }
    if (failure.kind === 'final') throw error;
    if (failure.kind === 'rate-limit') {
      const left = budget.remainingMs();
      if (failure.waitMs > Math.min(MAX_RATE_LIMIT_WAIT_MS, left) || attempt >= maxAttempts) {
        blocked.set(where, { until: Date.now() + failure.waitMs, status: failure.status });
        throw new RateLimitError(what, failure.status, failure.waitMs, left);
      }
      log.info(`GitHub rate limit on ${what}: waiting ${Math.ceil(failure.waitMs / 1000)} s as it asks.`);
      await budget.sleep(failure.waitMs).catch(() => {
        throw new BudgetExceededError(what, budget.totalMs);
      });
      continue;
    }
    const timedOut = failure.why === 'timeout';
    if (attempt >= maxAttempts) {
      if (timedOut) throw new RequestTimeoutError(what, requestTimeoutMs, attempt);
      throw error;
    }
    // 1 s, then 2 s: a blip passes, a dead service is given up on quickly.
    const backoff = 1000 * attempt;
    if (backoff >= budget.remainingMs()) {
      if (timedOut) throw new RequestTimeoutError(what, requestTimeoutMs, attempt);
      throw error;
    }
    log.debug(`${what} failed (${timedOut ? 'no answer' : failure.why}); retrying in ${backoff / 1000} s.`);
    await budget.sleep(backoff).catch(() => {
      throw new BudgetExceededError(what, budget.totalMs);
    });
  }
}

export async function createGitHubClient(
  token: string,
  baseUrl: string,
  options: ClientOptions,
): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github');
  const policy: Required<ClientOptions> = {
    budget: options.budget,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    requestTimeoutMs: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
  };
  const client = getOctokit(token, {
    baseUrl,
    log: { debug: log.debug, info: log.debug, warn: log.info, error: log.info },
  });
  client.hook.wrap('request', (request, o) =>
    send(
      request as (x: RequestOptions) => ReturnType<typeof request>,
      o as unknown as RequestOptions,
      policy,
    ),
  );
  return client;
}

/** A client created on first use, then reused: runs that never call GitHub never load Octokit. */
export function lazyGitHubClient(
  token: string,
  baseUrl: string,
  options: ClientOptions,
): () => Promise<GitHubClient> {
  let client: Promise<GitHubClient> | undefined;
  return () => (client ??= createGitHubClient(token, baseUrl, options));
}

/** The HTTP status of an Octokit RequestError, if the error is one. */
export function httpStatus(e: unknown): number | undefined {
  const status = typeof e === 'object' && e !== null ? (e as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : undefined;
}

/**
 * The cause of a network failure for a warning, when it is about time rather than permissions: the budget ran out,
 * a rate limit resets too late, or the service never answered. Undefined for other failures.
 */
export function timeFailure(e: unknown): string | undefined {
  if (e instanceof BudgetExceededError || e instanceof RateLimitError || e instanceof RequestTimeoutError)
    return e.message;
  return undefined;
}
