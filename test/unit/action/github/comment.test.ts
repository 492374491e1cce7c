import { describe, expect, it } from 'vitest';
import {
  ACTIONS_BOT_LOGIN,
  COMMENT_LIMIT_BYTES,
  commentBody,
  commentFailureMessage,
  findOwnComment,
  ownComments,
  sameBody,
  type IssueComment,
} from '../../../../src/action/github/comment.js';
import { commentMarker, readMarker } from '../../../../src/action/report/marker.js';
import { RateLimitError } from '../../../../src/action/github/client.js';
import { BudgetExceededError } from '../../../../src/action/github/budget.js';

const commentMarker_ = (key: string): string => commentMarker({ key });

async function* pages(...ps: IssueComment[][]): AsyncIterable<IssueComment[]> {
  for (const p of ps) yield p;
}

const c = (id: number, login: string, body: string): IssueComment => ({
  id,
  body,
  user: { login },
  html_url: `https://github.com/o/r/pull/1#issuecomment-${id}`,
});

describe('commentMarker', () => {
  it('is a hidden HTML comment that no key can close early', () => {
    expect(commentMarker_('pipelines/dag.json')).toBe('<!-- exec-doc:report key=pipelines%2Fdag.json -->');
    expect(commentMarker_('x --> <b>')).toBe('<!-- exec-doc:report key=x%20--%3E%20%3Cb%3E -->');
  });
  it('tells keys apart even when one is a prefix of the other', () => {
    expect(`${commentMarker_('a')}\n`.includes(commentMarker_('a b'))).toBe(false);
    expect(commentMarker_('a b').includes(commentMarker_('a'))).toBe(false);
  });
  it('is read only from the first line of a body, exactly as written', () => {
    const head = 'a'.repeat(40);
    expect(readMarker(`${commentMarker({ key: 'k', head })}\nbody`)).toEqual({ key: 'k', head });
    expect(readMarker(`${commentMarker_('x --> <b>')}\r\nbody`)).toEqual({ key: 'x --> <b>' });
    expect(readMarker(`quoted:\n${commentMarker_('k')}`)).toBeUndefined();
    expect(readMarker(` ${commentMarker_('k')}`)).toBeUndefined();
    expect(readMarker('<!-- exec-doc:report key=k head=zz -->')).toBeUndefined();
  });
});

describe('findOwnComment', () => {
  const marker = commentMarker_('k');
  it("finds our comment on a later page and ignores markers in other people's comments", async () => {
    const found = await findOwnComment(
      pages(
        [c(1, 'alice', `${marker} forged`), c(2, ACTIONS_BOT_LOGIN, 'other bot comment')],
        [
          c(3, ACTIONS_BOT_LOGIN, `${commentMarker_('other')}\nx`),
          c(4, ACTIONS_BOT_LOGIN, `${marker}\nours`),
        ],
      ),
      ACTIONS_BOT_LOGIN,
      'k',
    );
    expect(found?.id).toBe(4);
  });
  it('returns undefined when there is none, and tolerates deleted users and empty bodies', async () => {
    const ghost: IssueComment = { id: 5, body: null, user: null, html_url: '' };
    expect(await findOwnComment(pages([ghost], []), ACTIONS_BOT_LOGIN, 'k')).toBeUndefined();
  });
});

describe('commentBody', () => {
  it('starts with the marker', () => {
    expect(commentBody('k', '### report\n')).toBe(`${commentMarker_('k')}\n### report\n`);
  });
  it('cuts bodies over the limit at a line and links to the job summary', () => {
    const report = `### headline\n\n| a | b |\n| --- | --- |\n${'| x | y |\n'.repeat(10_000)}`;
    const body = commentBody('k', report, 'https://github.com/o/r/actions/runs/1');
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(COMMENT_LIMIT_BYTES);
    expect(body.startsWith(`${commentMarker_('k')}\n### headline`)).toBe(true);
    expect(body).toMatch(
      /\| x \| y \|\n\n✂️ The report is too long for a comment and was cut here; the full report is in the \[job summary\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\)\.$/,
    );
  });
});

describe('sameBody', () => {
  it('ignores line-ending and trailing-space differences only', () => {
    expect(sameBody('a\r\nb\r\n', 'a\nb\n')).toBe(true);
    expect(sameBody('a\nb', 'a\nc')).toBe(false);
    expect(sameBody(null, '')).toBe(true);
  });
});

describe('ownComments', () => {
  const marker = commentMarker_('k');
  it('lists ours once each, even when a page is sent twice', async () => {
    const page = [c(1, ACTIONS_BOT_LOGIN, `${marker}\nours`), c(2, 'alice', `${marker}\nforged`)];
    const found = await ownComments(pages(page, page), ACTIONS_BOT_LOGIN, 'k');
    expect(found.map((x) => x.id)).toEqual([1]);
  });
});

describe('commentFailureMessage', () => {
  it('says a rate limit or a spent budget is about time, not a missing permission', () => {
    const limit = new RateLimitError('POST /graphql', 403, 3_600_000, 10_000);
    expect(commentFailureMessage(limit)).toMatch(
      /^Could not write the pull request comment: GitHub's rate limit \(HTTP 403\)/,
    );
    expect(commentFailureMessage(limit)).not.toContain('pull-requests: write');
    const late = new BudgetExceededError('GET /x', 3000);
    expect(commentFailureMessage(late)).toBe(
      "Could not write the pull request comment: GET /x did not finish within the network budget of 3 s (input 'network-timeout-seconds'). The report is in the job summary.",
    );
  });

  const status = (s: number) => Object.assign(new Error(`HTTP ${s}`), { status: s });
  it('names the missing permission on 403 and 404', () => {
    expect(commentFailureMessage(status(403))).toContain("needs the 'pull-requests: write' permission");
    expect(commentFailureMessage(status(404))).toContain('(HTTP 404)');
  });
  it('explains a bad token and passes other errors through', () => {
    expect(commentFailureMessage(status(401))).toContain('not a valid token');
    expect(commentFailureMessage(new Error('socket hang up'))).toBe(
      'Could not write the pull request comment: socket hang up. The report is in the job summary.',
    );
  });
});
