import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiBase, baseSha, openGitBase } from '../../../../src/action/github/base.js';
import { mapLimit } from '../../../../src/action/map-limit.js';
import { gitBlobId } from '../../../../src/action/document.js';
import type { GitHubClient } from '../../../../src/action/github/client.js';

const SHA = 'a'.repeat(40);

describe('baseSha', () => {
  it('takes pull_request.base.sha when it is a full commit id, nothing else', () => {
    expect(baseSha({ pull_request: { base: { sha: SHA } } })).toBe(SHA);
    expect(baseSha({ pull_request: { base: { sha: 'b'.repeat(64) } } })).toBe('b'.repeat(64));
    expect(baseSha({ pull_request: { base: { sha: '--output=/etc/x' } } })).toBeUndefined();
    expect(baseSha({ pull_request: { base: { sha: 'abc123' } } })).toBeUndefined();
    expect(baseSha({ pull_request: {} })).toBeUndefined();
    expect(baseSha(undefined)).toBeUndefined();
  });
});

describe('mapLimit', () => {
  it('keeps the input order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, n));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
    expect(await mapLimit([], 4, async () => 1)).toEqual([]);
  });
});

describe('openGitBase', () => {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'exec-doc-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: repo,
      encoding: 'utf8',
    }).trim();
  mkdirSync(path.join(repo, 'p'));
  writeFileSync(path.join(repo, 'p', 'dag.json'), '{"nodes": []}\n');
  writeFileSync(path.join(repo, 'p', 'é.json'), 'ünïcode\n');
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  const sha = git('rev-parse', 'HEAD');

  it('lists blob ids (null for a missing path or a directory) and reads files, in one git process each', async () => {
    const base = await openGitBase(repo, sha);
    expect(base?.via).toBe('git');
    const ids = await base!.blobIds(['p/dag.json', 'p/none.json', 'p', 'p/é.json']);
    expect(Object.fromEntries(ids)).toEqual({
      'p/dag.json': gitBlobId(Buffer.from('{"nodes": []}\n')),
      'p/none.json': null,
      p: null,
      'p/é.json': gitBlobId(Buffer.from('ünïcode\n')),
    });
    const files = await base!.read(['p/dag.json', 'p/none.json', 'p/é.json']);
    expect(Object.fromEntries(files)).toEqual({
      'p/dag.json': '{"nodes": []}\n',
      'p/none.json': null,
      'p/é.json': 'ünïcode\n',
    });
  });

  it('is not used when the commit is absent or the directory is no repository', async () => {
    expect(await openGitBase(repo, 'c'.repeat(40))).toBeUndefined();
    expect(await openGitBase(os.tmpdir(), sha)).toBeUndefined();
  });
});

/** A stand-in for the Octokit client: the two calls apiBase makes. */
function fakeClient(
  tree: () => Promise<{ data: { tree: object[]; truncated: boolean } }>,
  contents: (path: string) => Promise<{ data: unknown }>,
): GitHubClient {
  return {
    rest: { git: { getTree: tree } },
    request: (_route: string, params: { path: string }) => contents(params.path),
  } as unknown as GitHubClient;
}

const httpError = (status: number, message = 'boom') => Object.assign(new Error(message), { status });

describe('apiBase', () => {
  it('takes blob ids from one tree listing; unknown when the listing is truncated', async () => {
    const tree = [
      { path: 'p', type: 'tree', sha: 't1' },
      { path: 'p/dag.json', type: 'blob', sha: 'd1' },
      { path: 'p/link.json', type: 'commit', sha: 's1' },
    ];
    const base = apiBase(
      fakeClient(
        async () => ({ data: { tree, truncated: false } }),
        async () => ({ data: '' }),
      ),
      { owner: 'o', repo: 'r', sha: SHA },
    );
    expect(Object.fromEntries(await base.blobIds(['p/dag.json', 'p', 'p/link.json', 'q.json']))).toEqual({
      'p/dag.json': 'd1',
      p: null,
      'p/link.json': undefined,
      'q.json': null,
    });
    const truncated = apiBase(
      fakeClient(
        async () => ({ data: { tree: [], truncated: true } }),
        async () => ({ data: '' }),
      ),
      { owner: 'o', repo: 'r', sha: SHA },
    );
    expect(Object.fromEntries(await truncated.blobIds(['a']))).toEqual({ a: undefined });
  });

  it('a listing that fails throws, naming the permission on 403', async () => {
    const base = apiBase(
      fakeClient(
        () => Promise.reject(httpError(403, 'Resource not accessible by integration')),
        async () => ({ data: '' }),
      ),
      { owner: 'o', repo: 'r', sha: SHA },
    );
    await expect(base.blobIds(['a'])).rejects.toThrow(
      "cannot list the base commit aaaaaaa (HTTP 403: the token needs the 'contents: read' permission (Resource not accessible by integration))",
    );
  });

  it('reads text, bytes, or the JSON form; 404 is "no such file", other failures are errors', async () => {
    const answers: Record<string, () => Promise<{ data: unknown }>> = {
      'text.json': async () => ({ data: '{"a": 1}' }),
      'bytes.json': async () => ({ data: new TextEncoder().encode('ß').buffer }),
      'object.json': async () => ({
        data: { type: 'file', encoding: 'base64', content: Buffer.from('{"b": 2}').toString('base64') },
      }),
      dir: async () => ({ data: [{ name: 'x' }] }),
      'latin1.json': async () => ({ data: new Uint8Array([0xff, 0xfe]).buffer }),
      'gone.json': () => Promise.reject(httpError(404)),
      'down.json': () => Promise.reject(httpError(502, 'Bad Gateway')),
    };
    const base = apiBase(
      fakeClient(
        async () => ({ data: { tree: [], truncated: false } }),
        (p) => answers[p]!(),
      ),
      { owner: 'o', repo: 'r', sha: SHA },
    );
    const files = Object.fromEntries(await base.read(Object.keys(answers)));
    expect(files['text.json']).toBe('{"a": 1}');
    expect(files['bytes.json']).toBe('ß');
    expect(files['object.json']).toBe('{"b": 2}');
    expect(files['gone.json']).toBeNull();
    expect(String(files['dir'])).toBe('Error: dir is a directory at the base');
    expect(String(files['latin1.json'])).toBe('Error: latin1.json is not valid UTF-8 at the base');
    expect(String(files['down.json'])).toBe(
      'Error: cannot read down.json at the base (HTTP 502: Bad Gateway)',
    );
  });
});
