/** When the PR comment is written: the `comment` input, the verdicts, and a stale head (the real Octokit client). */
import { describe, expect, it, afterEach } from 'vitest';
import { commentDecision, decideComment } from '../../../../src/action/github/comment-policy.js';
import { NetworkBudget } from '../../../../src/action/github/budget.js';
import { createGitHubClient } from '../../../../src/action/github/client.js';
import { startGitHubServer, type GitHubServer } from '../../../e2e/servers/github.js';

const target = { owner: 'octo', repo: 'pipelines', issueNumber: 7 };
const HEAD = 'a'.repeat(40);
const NEWER = 'b'.repeat(40);

describe('commentDecision', () => {
  it.each([
    ['always', false, { create: true }],
    ['always', true, { create: true }],
    ['on-change', false, { create: false }],
    ['on-change', true, { create: true }],
    ['never', true, { skip: "'comment: never'", create: false }],
  ] as const)('%s, needs a look: %s → %j', (mode, look, decision) => {
    expect(commentDecision(mode, look)).toEqual(decision);
  });
});

describe('decideComment', () => {
  let server: GitHubServer | undefined;
  afterEach(async () => server?.close());

  const github = async () => {
    server = await startGitHubServer({ pulls: { 7: { headSha: NEWER } } });
    const client = await createGitHubClient('token', server.url, {
      budget: new NetworkBudget(30_000),
      maxAttempts: 1,
    });
    return () => Promise.resolve(client);
  };

  it('leaves the comment to the run of the PR’s current head', async () => {
    const decision = await decideComment('always', true, await github(), target, HEAD);
    expect(decision).toEqual({
      skip: `this run reports on aaaaaaa, but the pull request's head is now bbbbbbb; the run for that commit writes the report`,
      create: false,
    });
  });

  it('writes when this run is for the current head, or when the head cannot be told', async () => {
    expect(await decideComment('always', true, await github(), target, NEWER)).toEqual({ create: true });
    await server!.close();
    expect(
      await decideComment('on-change', false, await github(), { ...target, issueNumber: 8 }, HEAD),
    ).toEqual({
      create: false,
    });
    expect(await decideComment('always', false, await github(), target, undefined)).toEqual({ create: true });
  });
});
