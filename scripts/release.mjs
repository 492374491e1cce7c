#!/usr/bin/env node
// Tags a release of the action: `vX.Y.Z` on HEAD, and the major tag `vX` moved to it (what users pin, README).
//
//   node scripts/release.mjs vX.Y.Z [--push] [--remote origin]
//
// Refuses, changing nothing, unless: the version is vX.Y.Z, package.json says X.Y.Z, CHANGELOG.md has a
// "## [X.Y.Z]" section, the working tree is clean (dist/ built and committed), and vX.Y.Z does not exist yet.
// With --push it pushes both tags (the major tag with --force: moving it is the point). Run by
// .github/workflows/release.yml; it can also be run by hand from a clone.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function fail(message) {
  process.stderr.write(`release: ${message}\n`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { push: { type: 'boolean', default: false }, remote: { type: 'string', default: 'origin' } },
  });
} catch (e) {
  fail(`${e.message}\nusage: node scripts/release.mjs vX.Y.Z [--push] [--remote NAME]`);
}
const { values, positionals } = parsed;
const [tag] = positionals;
const m = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(tag ?? '');
if (!m || positionals.length !== 1)
  fail(`give one version as vX.Y.Z (e.g. v1.2.0); got ${positionals.join(' ') || 'none'}`);
const version = tag.slice(1);
const major = `v${m[1]}`;

const root = git(['rev-parse', '--show-toplevel'], process.cwd());
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
if (pkg.version !== version)
  fail(`package.json has version ${pkg.version}; set it to ${version} and commit first`);
const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
if (!changelog.split('\n').some((l) => l.startsWith(`## [${version}]`)))
  fail(`CHANGELOG.md has no "## [${version}]" section; describe the release there first`);
const dirty = git(['status', '--porcelain'], root);
if (dirty) fail(`the working tree has uncommitted changes (build and commit dist/ first):\n${dirty}`);
const existing = git(['tag', '--list', tag], root);
if (existing) fail(`${tag} exists already; releases are never re-tagged`);

const head = git(['rev-parse', 'HEAD'], root);
git(['tag', '--annotate', tag, '--message', `${tag}`], root);
git(['tag', '--force', '--annotate', major, '--message', `${major}: ${tag}`], root);
process.stdout.write(`Tagged ${tag} and moved ${major} to ${head.slice(0, 12)}.\n`);
if (values.push) {
  git(['push', values.remote, `refs/tags/${tag}`], root);
  git(['push', '--force', values.remote, `refs/tags/${major}`], root);
  process.stdout.write(`Pushed ${tag} and ${major} to ${values.remote}.\n`);
}
