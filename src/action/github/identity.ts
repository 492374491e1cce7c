/**
 * Who writes with the token — the login its comments are authored by in the REST API — so only our own comments are
 * ever edited. Asked in the order that works for every kind of token: GraphQL `viewer` (answers for the Actions
 * token, PATs and GitHub App installation tokens), then `GET /user` (PATs; installation tokens get 403), then the
 * Actions bot as the last resort.
 */
import * as log from '../log.js';
import { httpStatus, noAnswer, RateLimitError, type GitHubClient } from './client.js';
import { BudgetExceededError } from './budget.js';

/** Who writes with the Actions GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface TokenIdentity {
  /** The login comments written with the token are authored by, as REST shows it (`my-app[bot]`). */
  login: string;
  /** How it was found; `fallback` means it is a guess (the Actions bot). */
  source: 'graphql' | 'rest' | 'fallback';
}

/**
 * The REST author login of a GraphQL viewer: GraphQL names a GitHub App's bot without the `[bot]` suffix REST gives
 * it (`my-app` → `my-app[bot]`); some servers already include it.
 */
export function restLogin(viewer: { login: string; __typename?: string }): string {
  if (viewer.login.endsWith('[bot]')) return viewer.login;
  return viewer.__typename === 'Bot' ? `${viewer.login}[bot]` : viewer.login;
}

/** Failures that say the API cannot be used now at all: asking it another way would not help. */
function fatal(e: unknown): boolean {
  return e instanceof BudgetExceededError || e instanceof RateLimitError || httpStatus(e) === 401;
}

function why(e: unknown): string {
  const none = noAnswer(e);
  if (none) return none;
  const status = httpStatus(e);
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
  return status === undefined ? message : `HTTP ${status}: ${message}`;
}

const cache = new WeakMap<GitHubClient, Promise<TokenIdentity>>();

/** The token's identity, asked once per client. */
export function tokenIdentity(client: GitHubClient): Promise<TokenIdentity> {
  let found = cache.get(client);
  if (!found) {
    found = resolve(client);
    cache.set(client, found);
  }
  return found;
}

async function resolve(client: GitHubClient): Promise<TokenIdentity> {
  try {
    const { viewer } = await client.graphql<{ viewer?: { login?: unknown; __typename?: unknown } }>(
      'query { viewer { login __typename } }',
    );
    if (viewer && typeof viewer.login === 'string' && viewer.login !== '') {
      const typename = typeof viewer.__typename === 'string' ? viewer.__typename : undefined;
      return { login: restLogin({ login: viewer.login, __typename: typename }), source: 'graphql' };
    }
    log.debug('GraphQL viewer gave no login.');
  } catch (e) {
    if (fatal(e)) throw e;
    log.debug(`GraphQL viewer failed (${why(e)}); asking GET /user.`);
  }
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (typeof data.login === 'string' && data.login !== '') return { login: data.login, source: 'rest' };
  } catch (e) {
    if (fatal(e)) throw e;
    // 403 for installation tokens (the Actions token among them), 404 on some servers and proxies.
    log.debug(`GET /user failed (${why(e)}); taking the comment author to be ${ACTIONS_BOT_LOGIN}.`);
  }
  return { login: ACTIONS_BOT_LOGIN, source: 'fallback' };
}
