import { describe, expect, it } from 'vitest';
import {
  artifactUrl,
  isGhes,
  pullRequestNumber,
  readContext,
  runUrl,
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
