import { describe, expect, it } from 'vitest';
import {
  artifactUrl,
  invocationId,
  isForkPullRequest,
  isGhes,
  pullRequestHeadSha,
  pullRequestNumber,
  readContext,
  runUrl,
  triggeringRun,
} from '../../../../src/action/inputs/context.js';
import { UserError } from '../../../../src/action/errors.js';

const env = {
  GITHUB_WORKSPACE: '/ws',
  RUNNER_TEMP: '/rt',
  GITHUB_REPOSITORY: 'octo/pipelines',
  GITHUB_SERVER_URL: 'https://github.com/',
  GITHUB_API_URL: 'http://127.0.0.1:8080/',
  GITHUB_RUN_ID: '42',
  GITHUB_EVENT_NAME: 'pull_request',
};

describe('readContext', () => {
  it('reads the runner environment, trimming trailing slashes', () => {
    const ctx = readContext(env);
    expect(ctx).toMatchObject({
      workspace: '/ws',
      runnerTemp: '/rt',
      repository: { owner: 'octo', repo: 'pipelines' },
      serverUrl: 'https://github.com',
      apiUrl: 'http://127.0.0.1:8080',
      hasArtifactRuntime: false,
    });
    expect(runUrl(ctx)).toBe('https://github.com/octo/pipelines/actions/runs/42');
    expect(runUrl({ ...ctx, runAttempt: '2' })).toBe(
      'https://github.com/octo/pipelines/actions/runs/42/attempts/2',
    );
    expect(artifactUrl(ctx, 7)).toBe('https://github.com/octo/pipelines/actions/runs/42/artifacts/7');
  });
  it('defaults the public URLs and needs a workspace', () => {
    expect(readContext({ GITHUB_WORKSPACE: '/ws' })).toMatchObject({
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
    });
    expect(() => readContext({})).toThrow(UserError);
  });
});

describe('isGhes', () => {
  it.each([
    ['https://github.com', false],
    ['https://GITHUB.COM', false],
    ['https://acme.ghe.com', false],
    ['http://github.localhost', false],
    ['https://ghes.example.com', true],
    ['https://github.acme.internal', true],
  ])('%s → %s', (url, ghes) => expect(isGhes(url)).toBe(ghes));
});

describe('pullRequestNumber', () => {
  it('reads the number of pull_request and pull_request_target payloads only', () => {
    expect(pullRequestNumber('pull_request', { pull_request: { number: 7 } })).toBe(7);
    expect(pullRequestNumber('pull_request_target', { number: 8 })).toBe(8);
    expect(pullRequestNumber('push', { pull_request: { number: 7 } })).toBeUndefined();
    expect(pullRequestNumber('pull_request', { pull_request: { number: '7' } })).toBeUndefined();
    expect(pullRequestNumber('pull_request', undefined)).toBeUndefined();
  });
});

describe('invocationId', () => {
  const ctx = (job: string, action: string) => ({
    ...readContext({ ...env, GITHUB_JOB: job, GITHUB_ACTION: action }),
  });
  it('is the same in every attempt and differs by job, step and comment key', () => {
    const a = invocationId({ ...ctx('doc', '__acme_exec-doc'), runAttempt: '1' }, 'k');
    expect(a).toMatch(/^[0-9a-f]{8}$/);
    expect(invocationId({ ...ctx('doc', '__acme_exec-doc'), runAttempt: '2' }, 'k')).toBe(a);
    expect(invocationId(ctx('doc', '__acme_exec-doc_2'), 'k')).not.toBe(a);
    expect(invocationId(ctx('other', '__acme_exec-doc'), 'k')).not.toBe(a);
    expect(invocationId(ctx('doc', '__acme_exec-doc'), 'k2')).not.toBe(a);
  });
});

describe('pull request payloads', () => {
  const head = 'f'.repeat(40);
  it('reads the head commit, only a full commit id', () => {
    expect(pullRequestHeadSha({ pull_request: { head: { sha: head } } })).toBe(head);
    expect(pullRequestHeadSha({ pull_request: { head: { sha: 'main' } } })).toBeUndefined();
    expect(pullRequestHeadSha({})).toBeUndefined();
  });
  it('tells a PR from a fork by its head repository', () => {
    const pr = (headRepo: object, baseRepo?: object) => ({
      pull_request: { head: { repo: headRepo }, ...(baseRepo ? { base: { repo: baseRepo } } : {}) },
    });
    expect(isForkPullRequest(pr({ full_name: 'someone/p' }, { full_name: 'octo/p' }))).toBe(true);
    expect(isForkPullRequest(pr({ full_name: 'octo/p' }, { full_name: 'octo/p' }))).toBe(false);
    expect(isForkPullRequest(pr({ fork: true }))).toBe(true);
    expect(isForkPullRequest({ pull_request: { head: { repo: null } } })).toBe(false);
    expect(isForkPullRequest(undefined)).toBe(false);
  });
});

describe('triggeringRun', () => {
  const head = 'f'.repeat(40);
  it('reads the id, event, head commit and associated PRs of a workflow_run payload', () => {
    expect(
      triggeringRun({
        workflow_run: {
          id: 42,
          event: 'pull_request',
          head_sha: head,
          html_url: 'https://github.com/o/r/actions/runs/42',
          pull_requests: [{ number: 7 }, { number: 'x' }],
        },
      }),
    ).toEqual({
      id: 42,
      event: 'pull_request',
      headSha: head,
      pullRequests: [7],
      htmlUrl: 'https://github.com/o/r/actions/runs/42',
    });
  });
  it('gives nothing for a payload without a run id or a full head commit', () => {
    expect(triggeringRun({ workflow_run: { id: '42', head_sha: head } })).toBeUndefined();
    expect(triggeringRun({ workflow_run: { id: 42, head_sha: 'main' } })).toBeUndefined();
    expect(triggeringRun({ pull_request: {} })).toBeUndefined();
  });
  it('takes an empty list of pull requests (a fork) as no PR', () => {
    expect(
      triggeringRun({ workflow_run: { id: 1, head_sha: head, pull_requests: [] } })?.pullRequests,
    ).toEqual([]);
  });
});
