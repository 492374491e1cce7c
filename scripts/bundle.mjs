// Bundles the action (src/index.ts → dist/) and the CLI (src/cli/index.ts → dist/cli/) with ncc.
// Heavy clients (GitHub, artifact, SageMaker) are dynamic imports, so ncc puts them in lazy chunks.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync, chmodSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const entries = [
  { input: 'src/index.ts', out: 'dist' },
  { input: 'src/cli/index.ts', out: 'dist/cli' },
];

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
