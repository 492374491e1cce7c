/**
 * scripts/release.mjs in a scratch repository with a bare "origin": it tags vX.Y.Z, moves vX (what users pin) and
 * pushes both; it refuses, changing nothing, when the version, package.json, the changelog or the tree disagree.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(import.meta.dirname, '../../../scripts/release.mjs');
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

let dir: string;
let repo: string;
let origin: string;
const git = (args: string[], cwd = repo): string =>
  execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();

function commit(version: string, changelogVersions: string[]): void {
  writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'x', version }));
  writeFileSync(
    path.join(repo, 'CHANGELOG.md'),
    `# Changelog\n\n${changelogVersions.map((v) => `## [${v}] - 2026-12-01\n\n- change\n`).join('\n')}`,
  );
  git(['add', '-A']);
  git(['commit', '-qm', `release ${version}`]);
}

function release(...args: string[]): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: repo, env: GIT_ENV, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Tag → commit it points at, in a repository. */
function tags(cwd: string): Record<string, string> {
  const out = git(['for-each-ref', '--format=%(refname:short) %(*objectname)', 'refs/tags'], cwd);
  return Object.fromEntries(out === '' ? [] : out.split('\n').map((l) => l.split(' ') as [string, string]));
}

describe('scripts/release.mjs', () => {
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'exec-doc-release-'));
    repo = path.join(dir, 'repo');
    origin = path.join(dir, 'origin.git');
    git(['init', '-q', '--bare', origin], dir);
    git(['init', '-q', repo], dir);
    git(['remote', 'add', 'origin', origin]);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('tags v1.0.0, then v1.1.0, moving v1 each time, and pushes both tags', () => {
    commit('1.0.0', ['1.0.0']);
    const first = git(['rev-parse', 'HEAD']);
    expect(release('v1.0.0', '--push').code).toBe(0);
    expect(tags(origin)).toEqual({ v1: first, 'v1.0.0': first });

    commit('1.1.0', ['1.1.0', '1.0.0']);
    const second = git(['rev-parse', 'HEAD']);
    const r = release('v1.1.0', '--push');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('moved v1');
    expect(tags(origin)).toEqual({ v1: second, 'v1.0.0': first, 'v1.1.0': second });
  });

  it('refuses, tagging nothing, when the version is malformed or disagrees with package.json or the changelog', () => {
    commit('1.2.0', ['1.1.0']);
    expect(release('1.2.0').out).toMatch(/vX\.Y\.Z/);
    expect(release('v1.3.0').out).toMatch(/package\.json has version 1\.2\.0/);
    const r = release('v1.2.0');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/CHANGELOG\.md has no "## \[1\.2\.0\]" section/);
    expect(tags(repo)).toEqual({});
  });

  it('refuses with uncommitted changes, and never re-tags an existing release', () => {
    commit('2.0.0', ['2.0.0']);
    writeFileSync(path.join(repo, 'dist.js'), 'stale');
    expect(release('v2.0.0').out).toMatch(/uncommitted changes/);
    rmSync(path.join(repo, 'dist.js'));
    expect(release('v2.0.0').code).toBe(0);
    expect(release('v2.0.0').out).toMatch(/v2\.0\.0 exists already/);
  });
});
