/**
 * End to end: one PR comment per key, whatever token writes it. The Actions token, a PAT, a GitHub App installation
 * token (`GET /user` 403, comments by `my-app[bot]`, GraphQL viewer `my-app`) and a server whose `/user` and GraphQL
 * answer 404 each keep exactly one comment over three runs; a copy of the marker in anyone else's comment is never
 * edited; a minimized comment is left alone; two runs racing to create the first comment leave one.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createJob,
  HAS_ACTION,
  runAction,
  SKIP_REASON,
  type Job,
  type RunResult,
} from './helpers/action-runner.js';
import { startServices, type Services } from './servers/index.js';
import type { GitHubServerOptions, StoredComment } from './servers/github.js';

const e2e = it.skipIf(!HAS_ACTION);
const ACTIONS_TOKEN = 'ghs_e2eActionsToken0123456789abcdef';
const PAT = 'ghp_e2ePersonalToken0123456789abcdefgh';
const APP_TOKEN = 'ghs_e2eAppInstallationToken0123456789';
const MARKER = '<!-- exec-doc:report key=demo%2Fdag.json -->';

interface Case {
  name: string;
  token: string;
  options: GitHubServerOptions;
  /** Who the comment must be authored by. */
  author: string;
  /** Someone else whose comment carries a copy of our marker. */
  other: string;
}

const CASES: Case[] = [
  {
    name: 'the Actions token',
    token: ACTIONS_TOKEN,
    options: {},
    author: 'github-actions[bot]',
    other: 'mallory',
  },
  {
    name: 'a PAT',
    token: PAT,
    options: { users: { [PAT]: 'octocat' } },
    author: 'octocat',
    other: 'github-actions[bot]',
  },
  {
    name: 'a GitHub App installation token',
    token: APP_TOKEN,
    options: { apps: { [APP_TOKEN]: 'my-app' } },
    author: 'my-app[bot]',
    // The Actions bot is someone else for the App: its comment with our marker is not ours.
    other: 'github-actions[bot]',
  },
  {
    name: 'the Actions token on a server answering /user and GraphQL with 404',
    token: ACTIONS_TOKEN,
    options: { userStatus: 404, graphqlStatus: 404 },
    author: 'github-actions[bot]',
    other: 'mallory',
  },
];

describe(HAS_ACTION ? 'action e2e: PR comments' : `action e2e: PR comments (skipped: ${SKIP_REASON})`, () => {
  let services: Services | undefined;
  let job: Job | undefined;
  afterEach(async () => {
    await services?.close();
    await job?.cleanup();
  });

  async function setup(options: GitHubServerOptions): Promise<{ services: Services; job: Job }> {
    services = await startServices(options);
    job = await createJob({ fixtures: ['demo'] });
    return { services, job };
  }

  const run = (s: Services, j: Job, token: string, extra: Record<string, string> = {}): Promise<RunResult> =>
    runAction(j, {
      inputs: {
        dag: 'demo/dag.json',
        config: 'demo/config.json',
        'upload-artifact': 'false',
        'github-token': token,
        ...extra,
      },
      githubUrl: s.github.url,
      artifactUrl: s.artifacts.url,
    });

  async function changeDocument(j: Job): Promise<void> {
    const file = path.join(j.workspace, 'demo', 'config.json');
    await fs.writeFile(
      file,
      // A value the document copies as it is (see action-artifacts.test.ts).
      (await fs.readFile(file, 'utf8')).replace('"cluster_type": "MEDIUM"', '"cluster_type": "LARGE"'),
    );
  }

  for (const c of CASES) {
    e2e(
      `${c.name}: one comment over three runs, authored by ${c.author}; a pasted marker is untouched`,
      async () => {
        const { services: s, job: j } = await setup(c.options);
        const forged = `${MARKER}\nforged by ${c.other}`;
        s.github.comments.push({
          id: 1,
          issue: 7,
          body: forged,
          login: c.other,
          html_url: 'https://github.com/x#1',
        });

        const first = await run(s, j, c.token);
        await changeDocument(j);
        const second = await run(s, j, c.token);
        const third = await run(s, j, c.token);

        const ours = s.github.comments.filter((x) => x.login === c.author && x.id !== 1);
        expect(ours).toHaveLength(1);
        const [comment] = ours as [StoredComment];
        expect(comment.body.startsWith(`${MARKER}\n`)).toBe(true);
        expect(comment.body).toContain('LARGE on ');
        for (const r of [first, second, third]) {
          expect(r.code, r.stdout).toBe(0);
          expect(r.find('warning')).toEqual([]);
          expect(r.outputs['comment-url']).toBe(comment.html_url);
        }
        expect(first.stdout).toContain(`PR comment created: ${comment.html_url}`);
        expect(second.stdout).toContain(`PR comment updated: ${comment.html_url}`);
        expect(third.stdout).toContain(`PR comment is up to date: ${comment.html_url}`);
        expect(s.github.comments.find((x) => x.id === 1)?.body).toBe(forged);
        // Nothing but our comment was ever written to.
        const writes = s.github.requests.filter((q) => q.method === 'PATCH' || q.method === 'DELETE');
        expect(writes.map((q) => q.url)).toEqual([`/repos/octo/pipelines/issues/comments/${comment.id}`]);
      },
    );
  }

  e2e('a minimized comment of ours is left alone: a new one is written and kept up to date', async () => {
    const { services: s, job: j } = await setup({});
    const hidden = `${MARKER}\nan old report a maintainer hid`;
    s.github.comments.push({
      id: 1,
      issue: 7,
      body: hidden,
      login: 'github-actions[bot]',
      html_url: 'https://github.com/x#1',
      minimized: true,
    });
    const first = await run(s, j, ACTIONS_TOKEN);
    await changeDocument(j);
    const second = await run(s, j, ACTIONS_TOKEN);
    expect(s.github.comments.find((x) => x.id === 1)?.body).toBe(hidden);
    const visible = s.github.comments.filter((x) => x.id !== 1);
    expect(visible).toHaveLength(1);
    expect(first.outputs['comment-url']).toBe(visible[0]!.html_url);
    expect(second.stdout).toContain(`PR comment updated: ${visible[0]!.html_url}`);
  });

  e2e('two runs racing to create the first comment (matrix legs) leave one comment', async () => {
    const { services: s, job: j } = await setup({});
    // Both runs list the comments at the same moment and both find none.
    s.github.holdCommentLists = 2;
    const [a, b] = await Promise.all([run(s, j, ACTIONS_TOKEN), run(s, j, ACTIONS_TOKEN)]);
    expect(s.github.commentCalls().filter((x) => x.startsWith('POST'))).toHaveLength(2);
    expect(s.github.comments).toHaveLength(1);
    const [only] = s.github.comments as [StoredComment];
    for (const r of [a, b]) {
      expect(r.code, r.stdout).toBe(0);
      expect(r.find('warning')).toEqual([]);
      expect(r.outputs['comment-url']).toBe(only.html_url);
    }
    expect([a, b].filter((r) => r.stdout.includes('Deleted a duplicate of the PR comment'))).toHaveLength(1);
  });
});
