// Bundles the action (src/index.ts → dist/) and the CLI (src/cli/index.ts → dist/cli/) with ncc.
// Heavy clients (GitHub, artifact, SageMaker) are dynamic imports, so ncc puts them in lazy chunks.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync, chmodSync, readFileSync, existsSync, copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const entries = [
  { input: 'build/index.js', out: 'dist' },
  { input: 'build/cli/index.js', out: 'dist/cli' },
];

// Compile with tsc first (src/ only, type-checked), then bundle the JavaScript: ncc's own TypeScript
// pass would type-check every file the root tsconfig includes, tests among them.
rmSync(path.join(root, 'build'), { recursive: true, force: true });
execFileSync(
  process.execPath,
  [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
for (const { input, out } of entries) {
  if (!existsSync(path.join(root, input))) continue;
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      input,
      '-o',
      out,
      '--target',
      'es2022',
      '--minify',
      '--no-cache',
      '--no-source-map-register',
      '--quiet',
      // The licenses of the bundled npm packages, next to each bundle (NOTICE points at them).
      '--license',
      'licenses.txt',
    ],
    { cwd: root, stdio: 'inherit' },
  );
}
const cli = path.join(root, 'dist', 'cli', 'index.js');
if (existsSync(cli)) {
  const code = readFileSync(cli, 'utf8');
  if (!code.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + code);
  chmodSync(cli, 0o755);
}
// What ships is dist/: it carries the project's license and NOTICE (the SageMaker SDK data's notice among them).
for (const file of ['LICENSE', 'NOTICE']) copyFileSync(path.join(root, file), path.join(root, 'dist', file));
