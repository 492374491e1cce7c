/**
 * One PR comment per `comment-key`, updated in place. A comment is ours when its first line is our marker for the key
 * AND it is authored by the token's own identity (identity.ts) — anyone can paste a marker into a comment of their
 * own, and such a comment is never edited. Minimized (hidden) comments are left alone: a maintainer hid them. Two runs
 * that both find no comment and both create one (matrix legs) converge: after creating, each re-reads the list and
 * the younger of two own comments deletes itself, so one comment remains.
 */
import * as log from '../log.js';
import { httpStatus, noAnswer, timeFailure, type GitHubClient } from './client.js';
import { ACTIONS_BOT_LOGIN, tokenIdentity, type TokenIdentity } from './identity.js';
import { pages } from './paginate.js';
import { truncateAtLine } from '../report/markdown.js';
import { commentMarker, readMarker } from '../report/marker.js';

export { ACTIONS_BOT_LOGIN };

/** GitHub refuses bodies over 65,536 characters; stay well below it in bytes. */
export const COMMENT_LIMIT_BYTES = 60_000;

export interface IssueComment {
  id: number;
  /** The GraphQL id, for asking whether the comment is minimized. */
  node_id?: string;
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
  /** Who the token writes as; asked of the API when absent. */
  identity?: TokenIdentity;
  /** `false`: only update an existing comment, never create one (`comment: on-change` with nothing to report). */
  create?: boolean;
}

export interface PostOptions extends UpsertOptions {
  /** The pull request comes from a fork: a refusal (403) is expected and only noted. */
  fork?: boolean;
}

/** What a fork's refused comment is told: where the report went instead. */
export const FORK_COMMENT_NOTICE =
  'This pull request comes from a fork, whose token cannot comment. The report is in the job summary and in the ' +
  "artifact exec-doc-report-*, which a workflow_run workflow with 'mode: comment' posts on the pull request " +
  '(see "Pull requests from forks" in the README).';

/**
 * Our marker plus the report, cut to the size limit with a pointer to the full report. A report that starts with a
 * marker line of its own (the rendered comment a `pull_request` run stored for `mode: comment`) has it replaced, so
 * the marker is always the one for `key` and `head`. The renderer keeps its bodies within the limit; the cut is the
 * safety net for a stored report that does not.
 */
export function commentBody(key: string, report: string, fullReportUrl?: string, head?: string): string {
  const where = fullReportUrl ? `the [job summary](${fullReportUrl})` : 'the job summary';
  const notice = `✂️ The report is too long for a comment and was cut here; the full report is in ${where}.`;
  const eol = report.indexOf('\n');
  const rest = readMarker(eol < 0 ? report : report.slice(0, eol)) ? report.slice(eol + 1) : report;
  const marker = commentMarker({ key, ...(head ? { head } : {}) });
  return truncateAtLine(`${marker}\n${rest}`, COMMENT_LIMIT_BYTES, notice);
}

/** Whether a comment is `login`'s and its marker (its first line) names `key`. */
function isOwn(c: IssueComment, login: string, key: string): boolean {
  return c.user?.login === login && readMarker(c.body)?.key === key;
}

/** The comments written by `login` whose marker names `key`, once each, in the order listed, every page read. */
export async function ownComments(
  pages: AsyncIterable<readonly IssueComment[]>,
  login: string,
  key: string,
): Promise<IssueComment[]> {
  // By id: a server may send a page twice (paginate.ts stops at the repeat, after reading it).
  const found = new Map<number, IssueComment>();
  for await (const page of pages) for (const c of page) if (isOwn(c, login, key)) found.set(c.id, c);
  return [...found.values()];
}

/** The first comment written by `login` whose marker names `key`, searching every page. */
export async function findOwnComment(
  pages: AsyncIterable<readonly IssueComment[]>,
  login: string,
  key: string,
): Promise<IssueComment | undefined> {
  for await (const page of pages) {
    const hit = page.find((c) => isOwn(c, login, key));
    if (hit) return hit;
  }
  return undefined;
}

/** GitHub stores bodies with CRLF sometimes; compare modulo line endings and trailing space. */
export function sameBody(a: string | null | undefined, b: string): boolean {
  const norm = (s: string): string => s.replace(/\r\n/g, '\n').trimEnd();
  return norm(a ?? '') === norm(b);
}

function commentPages(client: GitHubClient, t: CommentTarget): AsyncIterable<IssueComment[]> {
  return pages<IssueComment>(
    client,
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner: t.owner, repo: t.repo, issue_number: t.issueNumber, per_page: 100 },
    `the comments of #${t.issueNumber}`,
  );
}

/**
 * The node ids of the comments that are minimized, asked in one GraphQL query. REST does not say; when GraphQL
 * cannot answer, no comment counts as minimized.
 */
async function minimized(client: GitHubClient, comments: readonly IssueComment[]): Promise<Set<string>> {
  const ids = comments.flatMap((c) => (c.node_id ? [c.node_id] : []));
  if (ids.length === 0) return new Set();
  try {
    const { nodes } = await client.graphql<{ nodes?: ({ id?: string; isMinimized?: boolean } | null)[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }',
      { ids },
    );
    return new Set((nodes ?? []).flatMap((n) => (n?.isMinimized && n.id ? [n.id] : [])));
  } catch (e) {
    if (timeFailure(e)) throw e;
    log.debug(
      `Could not ask GraphQL which comments are minimized: ${e instanceof Error ? e.message : String(e)}`,
    );
    return new Set();
  }
}

/** Our comments for `key` that nobody has hidden, oldest first. */
async function visibleOwnComments(
  client: GitHubClient,
  target: CommentTarget,
  login: string,
  key: string,
): Promise<IssueComment[]> {
  const own = await ownComments(commentPages(client, target), login, key);
  const hidden = await minimized(client, own);
  return own.filter((c) => !c.node_id || !hidden.has(c.node_id)).sort((a, b) => a.id - b.id);
}

async function remove(client: GitHubClient, target: CommentTarget, c: IssueComment): Promise<void> {
  try {
    await client.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: c.id });
    log.info(`Deleted a duplicate of the PR comment: ${c.html_url}`);
  } catch (e) {
    // Another run may have deleted it first.
    if (httpStatus(e) !== 404) throw e;
  }
}

/**
 * Creates the comment, or edits ours when the body changed. Returns the comment's URL and what was done. Duplicates
 * of our comment (left by runs that raced to create it) are deleted, keeping the oldest.
 */
export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  key: string,
  body: string,
  options: UpsertOptions = {},
): Promise<{ url?: string; action: CommentAction }> {
  // The last edge before GitHub: no registered secret leaves in a comment, whatever the renderers did.
  body = log.redact(body);
  const me = options.identity ?? (await tokenIdentity(client));
  const own = await visibleOwnComments(client, target, me.login, key);
  const [existing, ...duplicates] = own;
  if (existing) {
    for (const d of duplicates) await remove(client, target, d);
    return updateIfChanged(client, target, existing, body);
  }
  if (options.create === false) return { action: 'not-created' };
  const { data: created } = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  // The author GitHub recorded is who we really are, whatever the identity lookup guessed.
  const author = created.user?.login ?? me.login;
  if (author !== me.login)
    log.debug(`The token writes as ${author}, not ${me.login} (${me.source}); using ${author}.`);
  return converge(client, target, key, body, { id: created.id, html_url: created.html_url, author });
}

/**
 * After creating: if another run created its comment for the key first, ours is the duplicate — delete it and keep
 * (and update) the older one. Failing to check is not an error: the comment we created is there.
 */
async function converge(
  client: GitHubClient,
  target: CommentTarget,
  key: string,
  body: string,
  created: { id: number; html_url: string; author: string },
): Promise<{ url: string; action: CommentAction }> {
  let own: IssueComment[];
  try {
    own = await visibleOwnComments(client, target, created.author, key);
  } catch (e) {
    log.debug(
      `Could not re-read the comments to check for a duplicate: ${e instanceof Error ? e.message : String(e)}`,
    );
    return { url: created.html_url, action: 'created' };
  }
  const oldest = own[0];
  if (!oldest || oldest.id >= created.id) return { url: created.html_url, action: 'created' };
  await remove(client, target, { id: created.id, html_url: created.html_url });
  return updateIfChanged(client, target, oldest, body);
}

/** Edits our comment to `body`, unless it says that already. */
async function updateIfChanged(
  client: GitHubClient,
  target: CommentTarget,
  comment: IssueComment,
  body: string,
): Promise<{ url: string; action: CommentAction }> {
  if (sameBody(comment.body, body)) return { url: comment.html_url, action: 'unchanged' };
  const { data } = await client.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: comment.id,
    body,
  });
  return { url: data.html_url, action: 'updated' };
}

/** A warning that says what went wrong and what to do; a comment never fails the gate. */
export function commentFailureMessage(e: unknown): string {
  const base = 'Could not write the pull request comment';
  const late = timeFailure(e) ?? noAnswer(e);
  if (late) return `${base}: ${late}. The report is in the job summary.`;
  const status = httpStatus(e);
  const why = e instanceof Error ? e.message : String(e);
  if (status === 403) {
    return (
      `${base} (HTTP 403): the token needs the 'pull-requests: write' permission ` +
      `(add 'permissions: pull-requests: write' to the job). Pull requests from forks get a read-only GITHUB_TOKEN, ` +
      `so there the report is only in the job summary (see "Pull requests from forks" in the README).`
    );
  }
  if (status === 404) {
    return (
      `${base} (HTTP 404): the pull request was not found, or the token cannot see it ` +
      `(it needs the 'pull-requests: write' permission on this repository).`
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
  options: PostOptions = {},
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
    if (options.fork && httpStatus(e) === 403) log.notice(FORK_COMMENT_NOTICE);
    else log.warning(commentFailureMessage(e));
    return undefined;
  }
}
