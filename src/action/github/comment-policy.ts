/**
 * When the PR comment is written (the `comment` input) and when a run must leave it alone:
 * - `never`: no comment; `always`: create or update it;
 * - `on-change`: create it only when a pipeline needs a look (a document or a DAG changes, a pipeline is new or not
 *   comparable, generation fails); an existing comment is always updated, so a PR that reverts its change says so;
 * - a stale run: when the pull request's head (`GET /repos/{o}/{r}/pulls/{n}` → `head.sha`) is no longer the commit
 *   this run reports on, a newer run reports on the newer commit; this one leaves the comment alone and says so.
 */
import * as log from '../log.js';
import type { CommentMode } from '../inputs/inputs.js';
import type { GitHubClient } from './client.js';
import type { CommentTarget } from './comment.js';

export interface CommentDecision {
  /** Why no comment is written; undefined when one is. */
  skip?: string;
  /** Whether a comment may be created (otherwise only an existing one is updated). */
  create: boolean;
}

/** The decision from the input and the verdicts alone (no API call). */
export function commentDecision(mode: CommentMode, needsALook: boolean): CommentDecision {
  if (mode === 'never') return { skip: "'comment: never'", create: false };
  return { create: mode === 'always' || needsALook };
}

/** The pull request's current head commit, or undefined when it cannot be read (then the run is not held back). */
export async function currentHead(client: GitHubClient, target: CommentTarget): Promise<string | undefined> {
  try {
    const { data } = await client.rest.pulls.get({
      owner: target.owner,
      repo: target.repo,
      pull_number: target.issueNumber,
    });
    const sha = (data as { head?: { sha?: unknown } }).head?.sha;
    return typeof sha === 'string' ? sha : undefined;
  } catch (e) {
    log.debug(`Could not read the pull request's head: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

/**
 * Why this run must not write the comment because its head is not the pull request's head any more; undefined when it
 * may write (same head, or either one unknown).
 */
export async function staleHead(
  github: () => Promise<GitHubClient>,
  target: CommentTarget,
  head: string | undefined,
): Promise<string | undefined> {
  if (!head) return undefined;
  let client: GitHubClient;
  try {
    client = await github();
  } catch {
    return undefined;
  }
  const current = await currentHead(client, target);
  if (!current || current === head) return undefined;
  return (
    `this run reports on ${head.slice(0, 7)}, but the pull request's head is now ${current.slice(0, 7)}; ` +
    `the run for that commit writes the report`
  );
}

/** The whole policy for this run: the input, the verdicts, then (only when a comment would be written) the head. */
export async function decideComment(
  mode: CommentMode,
  needsALook: boolean,
  github: () => Promise<GitHubClient>,
  target: CommentTarget,
  head: string | undefined,
): Promise<CommentDecision> {
  const decision = commentDecision(mode, needsALook);
  if (decision.skip) return decision;
  const stale = await staleHead(github, target, head);
  return stale ? { skip: stale, create: false } : decision;
}
