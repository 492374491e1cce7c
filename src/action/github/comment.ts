/**
 * One PR comment per `comment-key`, updated in place: a hidden marker names the key, and only comments written by the
 * token's own identity count (anyone can paste a marker into a comment of their own).
 */
import * as log from '../log.js';
import { httpStatus, type GitHubClient } from './client.js';
import { truncateAtLine } from '../report/markdown.js';
import { commentMarker, readMarker } from '../report/marker.js';

/** GitHub refuses bodies over 65,536 characters; stay well below it in bytes. */
export const COMMENT_LIMIT_BYTES = 60_000;
/** Who writes with the Actions GITHUB_TOKEN, for which `GET /user` answers 403. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login: string } | null;
}

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type CommentAction = 'created' | 'updated' | 'unchanged' | 'not-created';

export interface UpsertOptions {
  /** `false`: only update an existing comment, never create one (`comment: on-change` with nothing to report). */
  create?: boolean;
}

/** Marker plus the report, cut to the size limit with a pointer to the full report. */
export function commentBody(key: string, report: string, fullReportUrl?: string): string {
  const where = fullReportUrl ? `the [job summary](${fullReportUrl})` : 'the job summary';
  const notice = `✂️ The report is too long for a comment and was cut here; the full report is in ${where}.`;
  return truncateAtLine(`${commentMarker({ key })}\n${report}`, COMMENT_LIMIT_BYTES, notice);
}

/** The first comment written by `login` whose marker (its first line) names `key`, searching every page. */
export async function findOwnComment(
  pages: AsyncIterable<readonly IssueComment[]>,
  login: string,
  key: string,
): Promise<IssueComment | undefined> {
  for await (const page of pages) {
    const hit = page.find((c) => c.user?.login === login && readMarker(c.body)?.key === key);
    if (hit) return hit;
  }
  return undefined;
}

/** GitHub stores bodies with CRLF sometimes; compare modulo line endings and trailing space. */
export function sameBody(a: string | null | undefined, b: string): boolean {
  const norm = (s: string): string => s.replace(/\r\n/g, '\n').trimEnd();
  return norm(a ?? '') === norm(b);
}

async function tokenLogin(client: GitHubClient): Promise<string> {
  try {
    return (await client.rest.users.getAuthenticated()).data.login;
  } catch (e) {
    // The Actions GITHUB_TOKEN (an installation token) may not call GET /user.
    if (httpStatus(e) === 403) return ACTIONS_BOT_LOGIN;
    throw e;
  }
}

async function* commentPages(client: GitHubClient, t: CommentTarget): AsyncIterable<IssueComment[]> {
  const iterator = client.paginate.iterator(client.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  });
  for await (const { data } of iterator) yield data;
}

/** Creates the comment, or edits ours when the body changed. Returns the comment's URL and what was done. */
export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  key: string,
  body: string,
  options: UpsertOptions = {},
): Promise<{ url?: string; action: CommentAction }> {
  const login = await tokenLogin(client);
  const existing = await findOwnComment(commentPages(client, target), login, key);
  if (!existing && options.create === false) return { action: 'not-created' };
  if (!existing) {
    const { data } = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body,
    });
    return { url: data.html_url, action: 'created' };
  }
  if (sameBody(existing.body, body)) return { url: existing.html_url, action: 'unchanged' };
  const { data } = await client.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: existing.id,
    body,
  });
  return { url: data.html_url, action: 'updated' };
}

/** A warning that says which permission is missing; a comment never fails the gate. */
export function commentFailureMessage(e: unknown): string {
  const status = httpStatus(e);
  const why = e instanceof Error ? e.message : String(e);
  const base = 'Could not write the pull request comment';
  if (status === 403 || status === 404) {
    return (
      `${base} (HTTP ${status}): the token needs the 'pull-requests: write' permission ` +
      `(add 'permissions: pull-requests: write' to the job). Pull requests from forks get a read-only GITHUB_TOKEN, ` +
      `so there the report is only in the job summary.`
    );
  }
  if (status === 401) return `${base} (HTTP 401): the github-token input is not a valid token.`;
  return `${base}: ${why}. The report is in the job summary.`;
}

/** Writes the comment; failures become a warning. Returns the comment URL when there is one. */
export async function postComment(
  github: () => Promise<GitHubClient>,
  target: CommentTarget,
  key: string,
  body: string,
  options: UpsertOptions = {},
): Promise<string | undefined> {
  try {
    const client = await github();
    const { url, action } = await upsertComment(client, target, key, body, options);
    if (action === 'not-created')
      log.info('No PR comment: nothing changed and there is no earlier comment to update.');
    else
      log.info(action === 'unchanged' ? `PR comment is up to date: ${url}` : `PR comment ${action}: ${url}`);
    return url;
  } catch (e) {
    log.warning(commentFailureMessage(e));
    return undefined;
  }
}
