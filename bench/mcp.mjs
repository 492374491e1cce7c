// (f) `exec-doc mcp`: the MCP SDK must cost `generate` nothing. Measured in one run against a baseline CLI
// bundled from the same compiled sources (build/, left by npm run build) with the `mcp` command taken out:
// main-bundle bytes, the lazy chunks the command adds, `generate` start-up (ratio to the baseline), and the
// server's own start-up (initialize + tools/list, then stdin closed).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const MCP_LINE = /^\s*mcp: .*import\('\.\/mcp\/server\.js'\).*\n/m;

function bundleBytes(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  return {
    main: statSync(path.join(dir, 'index.js')).size,
    all: files.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0),
    chunks: files.length - 1,
  };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run({ root, node, say, compareProcesses, fmt, RUNS }) {
  const build = path.join(root, 'build', 'cli', 'main.js');
  if (!existsSync(build) || !MCP_LINE.test(readFileSync(build, 'utf8'))) {
    say('(f) exec-doc mcp: skipped (build/cli/main.js with the mcp command is missing: run npm run build)');
    say();
    return;
  }
  // Baseline: the same compiled sources without the mcp command, bundled the same way.
  const base = path.join(root, '.tmp', 'bench-mcp');
  rmSync(base, { recursive: true, force: true });
  cpSync(path.join(root, 'build'), path.join(base, 'build'), { recursive: true });
  const main = path.join(base, 'build', 'cli', 'main.js');
  writeFileSync(main, readFileSync(main, 'utf8').replace(MCP_LINE, ''));
  execFileSync(
    node,
    [
      path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      path.join(base, 'build', 'cli', 'index.js'),
      '-o',
      path.join(base, 'cli'),
      '--target',
      'es2022',
      '--minify',
      '--no-cache',
      '--no-source-map-register',
      '--quiet',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  const cli = path.join(root, 'dist', 'cli', 'index.js');
  const baseCli = path.join(base, 'cli', 'index.js');
  const now = bundleBytes(path.dirname(cli));
  const before = bundleBytes(path.dirname(baseCli));

  const demo = path.join(root, 'examples', 'demo');
  const out = mkdtempSync(path.join(tmpdir(), 'exec-doc-bench-mcp-'));
  const args = [
    'generate',
    '--dag',
    'dag.json',
    '--config',
    'config.json',
    '-o',
    path.join(out, 'doc.json'),
    '-q',
  ];
  const [nodeOnly, without, withMcp] = compareProcesses([
    { label: 'node -e 0', cmd: node, args: ['-e', '0'] },
    { label: 'generate, no mcp', cmd: node, args: [baseCli, ...args], cwd: demo },
    { label: 'generate', cmd: node, args: [cli, ...args], cwd: demo },
  ]);

  // The server: initialize, initialized, tools/list, then stdin closes; it answers, then exits.
  const requests = [
    {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: {
        protocolVersion: '2025-06-18',
        capabilities: {},
        clientInfo: { name: 'bench', version: '1' },
      },
    },
    { jsonrpc: '2.0', method: 'notifications/initialized' },
    { jsonrpc: '2.0', id: 2, method: 'tools/list' },
  ]
    .map((m) => JSON.stringify(m))
    .join('\n');
  const serverTimes = [];
  for (let r = 0; r < RUNS + 1; r++) {
    const t = performance.now();
    const res = spawnSync(node, [cli, 'mcp'], { cwd: demo, input: `${requests}\n`, encoding: 'utf8' });
    const ms = performance.now() - t;
    if (res.status !== 0 || !res.stdout.includes('"id":2'))
      throw new Error(`exec-doc mcp failed: ${res.stderr}`);
    if (r > 0) serverTimes.push(ms);
  }
  rmSync(out, { recursive: true, force: true });
  rmSync(base, { recursive: true, force: true });

  const kb = (n) => `${fmt(n / 1024)} KB`;
  say('(f) exec-doc mcp: the MCP SDK is a lazy chunk; generate must not pay for it');
  say(
    `    CLI main bundle           ${kb(now.main)} (without mcp: ${kb(before.main)}, +${now.main - before.main} bytes)`,
  );
  say(
    `    lazy chunks the mcp command adds  ${kb(now.all - before.all)} in ${now.chunks - before.chunks} more file(s)`,
  );
  say(`    node -e 0                 ${fmt(nodeOnly)} ms`);
  say(`    generate without mcp      ${fmt(without)} ms`);
  say(
    `    generate                  ${fmt(withMcp)} ms   ratio to the bundle without mcp ${fmt(withMcp / without, 2)}x   (goal <= 1.05x)`,
  );
  const server = median(serverTimes);
  say(
    `    mcp: initialize + tools/list, whole process   ${fmt(server)} ms   ${fmt(server / nodeOnly, 2)}x node -e 0`,
  );
  say();
}
