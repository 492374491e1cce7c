/**
 * The GitHub REST/GraphQL client, loaded only when a run talks to GitHub (a dynamic import, so ncc puts Octokit in a
 * lazy chunk and runs without a PR never load it). Octokit's own plugins do the retrying: plugin-retry retries
 * network errors, timeouts and 5xx answers (after 1 s, then 4 s), plugin-throttling paces writes and waits out rate
 * limits. Around them, every request runs under the run's network budget ({@link NetworkBudget}): a timeout per
 * attempt, no attempt once the budget is spent, and a rate limit whose wait does not fit in what is left of it
 * (`Retry-After: 3600`) refused at once with a {@link RateLimitError} the caller reports as a warning — the plugins
 * are never asked to sleep longer than the run can spend.
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
/** Rate-limit waits of one request the throttling plugin may do. */
const MAX_RATE_LIMIT_RETRIES = 2;
/** plugin-retry's default refusals, plus 429: rate limits are the throttling plugin's, with the wait GitHub asks. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

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
  request?: Record<string, unknown> & { retryCount?: number };
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

/** What a failed attempt is: final, worth a retry (network, 5xx), or a rate limit and the wait GitHub asks for. */
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

/**
 * One attempt under the budget, as the innermost hook (plugin-retry and plugin-throttling call it again for each
 * retry): refused when the budget is spent or the host has refused us for longer than it lasts; a signal that ends
 * it at its timeout or the budget's end; a long rate limit turned into a RateLimitError, which neither plugin retries.
 */
async function attempt<T>(
  request: (o: RequestOptions) => T | Promise<T>,
  options: RequestOptions,
  policy: Required<ClientOptions>,
): Promise<T> {
  const { budget, requestTimeoutMs } = policy;
  const what = describe(options);
  const where = host(options);
  const limit = blocked.get(where);
  if (limit && limit.until > Date.now())
    throw new RateLimitError(what, limit.status, limit.until - Date.now(), budget.remainingMs());
  if (budget.expired()) throw new BudgetExceededError(what, budget.totalMs);
  // When what is left of the budget is shorter than a request's timeout, the timeout is the budget's end.
  const last = requestTimeoutMs >= budget.remainingMs();
  const { signal, timeout } = budget.requestSignal(requestTimeoutMs);
  try {
    // Set on the options object itself: Octokit's inner hooks (auth) re-read the options this hook was called
    // with and ignore any passed on.
    options.request = { ...options.request, signal };
    return await request(options);
  } catch (e) {
    if (budget.signal.aborted || (last && timeout.aborted))
      throw new BudgetExceededError(what, budget.totalMs);
    if (timeout.aborted) {
      // Octokit rethrows an aborted fetch bare, which plugin-retry would not retry: give it the form it retries.
      const attempts = (options.request?.retryCount ?? 0) + 1;
      throw Object.assign(new RequestTimeoutError(what, requestTimeoutMs, attempts), {
        status: 504,
        request: options,
      });
    }
    const failure = classifyFailure(e);
    if (failure.kind === 'rate-limit') {
      const left = budget.remainingMs();
      if (failure.waitMs > Math.min(MAX_RATE_LIMIT_WAIT_MS, left)) {
        blocked.set(where, { until: Date.now() + failure.waitMs, status: failure.status });
        throw new RateLimitError(what, failure.status, failure.waitMs, left);
      }
    }
    throw e;
  }
}

/** The throttling plugin's question "wait `retryAfter` seconds and retry?": only when it fits in the budget. */
function rateLimitHandler(kind: string, budget: NetworkBudget) {
  return (
    retryAfter: number,
    options: { method: string; url: string },
    _octokit: unknown,
    retries: number,
  ) => {
    const waitMs = retryAfter * 1000;
    const again =
      retries < MAX_RATE_LIMIT_RETRIES && waitMs <= Math.min(MAX_RATE_LIMIT_WAIT_MS, budget.remainingMs());
    log.info(
      `GitHub ${kind} rate limit on ${options.method} ${options.url}; ` +
        (again
          ? `waiting ${Math.ceil(retryAfter)} s as it asks.`
          : 'not waiting (it does not fit the network budget).'),
    );
    return again;
  };
}

export async function createGitHubClient(
  token: string,
  baseUrl: string,
  options: ClientOptions,
): Promise<GitHubClient> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const policy: Required<ClientOptions> = {
    budget: options.budget,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    requestTimeoutMs: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
  };
  // Registered before the retry and throttling plugins, so it is the innermost hook: each retry is an attempt of its own.
  const deadlines = (octokit: { hook: GitHubClient['hook'] }): Record<string, never> => {
    octokit.hook.wrap('request', (request, o) =>
      attempt(
        request as (x: RequestOptions) => ReturnType<typeof request>,
        o as unknown as RequestOptions,
        policy,
      ),
    );
    return {};
  };
  return getOctokit(
    token,
    {
      baseUrl,
      log: { debug: log.debug, info: log.debug, warn: log.info, error: log.info },
      // Set for the client, not per request: a per-request `retries` makes the plugin retry 4xx answers too.
      retry: { retries: Math.max(0, policy.maxAttempts - 1), doNotRetry: DO_NOT_RETRY },
      throttle: {
        onRateLimit: rateLimitHandler('primary', policy.budget),
        onSecondaryRateLimit: rateLimitHandler('secondary', policy.budget),
      },
    },
    deadlines,
    retry,
    throttling,
  );
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

/**
 * `no answer from api.github.com: connect ECONNREFUSED 127.0.0.1:443` for a request that got no HTTP answer at all
 * (refused, reset, DNS, TLS): Octokit reports a failed fetch as status 500 without a `response`, which is no
 * server error. Undefined for every other failure.
 */
export function noAnswer(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null || e instanceof RequestTimeoutError) return undefined;
  const x = e as { name?: unknown; status?: unknown; response?: unknown; request?: { url?: unknown } };
  if (x.name !== 'HttpError' || x.response !== undefined) return undefined;
  let where = '';
  try {
    where = typeof x.request?.url === 'string' ? new URL(x.request.url).host : '';
  } catch {
    // no host to name
  }
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
  return `no answer from ${where || 'the GitHub API'}: ${message}`;
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
