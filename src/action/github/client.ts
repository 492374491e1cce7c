/**
 * The GitHub REST client, loaded only when a comment is to be written (a dynamic import, so ncc puts Octokit in a lazy
 * chunk and runs without a PR never load it). Requests retry on 5xx/429 and wait out rate limits.
 */
import * as log from '../log.js';
import type { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Rate-limit waits the action accepts before giving up; each wait is what GitHub's reset header asks for. */
const MAX_RATE_LIMIT_RETRIES = 2;

export interface ClientOptions {
  /** Retries of a failed request (5xx, network); the retry plugin's default is 3 (after 1, 4 and 9 s). */
  retries?: number;
}

export async function createGitHubClient(
  token: string,
  baseUrl: string,
  options: ClientOptions = {},
): Promise<GitHubClient> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const again = retryCount < MAX_RATE_LIMIT_RETRIES;
      log.info(
        `GitHub ${kind} rate limit on ${options.method} ${options.url}; ${again ? `retrying in ${retryAfter}s` : 'giving up'}.`,
      );
      return again;
    };
  return getOctokit(
    token,
    {
      baseUrl,
      log: { debug: log.debug, info: log.debug, warn: log.info, error: log.info },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      // Set for the client, not per request: a per-request `retries` makes the plugin retry 4xx answers too.
      ...(options.retries === undefined ? {} : { retry: { retries: options.retries } }),
    },
    retry,
    throttling,
  );
}

/** A client created on first use, then reused: runs that never call GitHub never load Octokit. */
export function lazyGitHubClient(
  token: string,
  baseUrl: string,
  options: ClientOptions = {},
): () => Promise<GitHubClient> {
  let client: Promise<GitHubClient> | undefined;
  return () => (client ??= createGitHubClient(token, baseUrl, options));
}

/** The HTTP status of an Octokit RequestError, if the error is one. */
export function httpStatus(e: unknown): number | undefined {
  const status = typeof e === 'object' && e !== null ? (e as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : undefined;
}
