// npm run bench — prints ratios measured in one run on this machine (never a timed test).
//  (a) whole-process `exec-doc generate` on the demo case vs `node -e 0`            goal ≤ 1.5×
//  (a0) the floor under (a): an empty ES module, and a script that only JSON.parses the inputs and writes them
//  (b) core generate on synthetic DAGs of 100 / 1,000 / 10,000 nodes vs JSON.parse + JSON.stringify
//      of the same inputs                                                             goal ≤ 2×, linear
//  (c) whole-process action run on the demo case (no GitHub, no upload) vs a minimal action that only
//      imports @actions/core and sets one output (bundled the same way)                goal ≤ 1.5×
//  (d) action/CLI start-up with and without the SageMaker cross-check (lazy SDK load)
//  (f) `exec-doc generate` start-up with vs without the lazy `mcp` command, bundle sizes  goal ≤ 1.05×
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const demo = path.join(root, 'examples', 'demo');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 5 : 21;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * The environment of every measured process unless a figure gives its own: the same for both sides of a ratio, and
 * nothing from this shell that changes Node's start-up (NODE_EXTRA_CA_CERTS alone adds about 25 ms to `node -e 0`).
 */
const CLEAN_ENV = { PATH: process.env.PATH, HOME: process.env.HOME };

/** Median wall time of each command, runs interleaved so both see the same machine load. */
function compareProcesses(commands, runs = RUNS) {
  const times = commands.map(() => []);
  for (let r = 0; r < runs + 1; r++) {
    commands.forEach((c, i) => {
      const t = performance.now();
      const res = spawnSync(c.cmd, c.args, {
        cwd: c.cwd ?? root,
        env: c.env ?? CLEAN_ENV,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const ms = performance.now() - t;
      if ((res.status !== 0) !== (c.fails === true))
        throw new Error(`${c.label} exited ${res.status}: ${res.stderr}`);
      if (r > 0) times[i].push(ms); // first round warms the file cache
    });
  }
  return times.map(median);
}

const fmt = (x, d = 1) => x.toFixed(d);
const lines = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};

if (!existsSync(path.join(root, 'dist', 'cli', 'index.js'))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(1);
}

say(`exec-doc benchmark — node ${process.version}, ${RUNS} runs per figure (medians)`);
say();

// (a) CLI whole process
{
  const [base, cli] = compareProcesses([
    { label: 'node -e 0', cmd: node, args: ['-e', '0'] },
    {
      label: 'exec-doc generate',
      cmd: node,
      args: [
        path.join(root, 'dist/cli/index.js'),
        'generate',
        '--dag',
        'dag.json',
        '--config',
        'config.json',
        '--template',
        'template.json',
        '-o',
        path.join(tmpdir(), 'exec-doc-bench.json'),
        '-q',
      ],
      cwd: demo,
    },
  ]);
  say('(a) whole process, demo case');
  say(`    node -e 0                 ${fmt(base)} ms`);
  say(`    exec-doc generate         ${fmt(cli)} ms   ratio ${fmt(cli / base, 2)}x   (goal <= 1.5x)`);
  say();
}

// (a0) the floor under (a): what any Node CLI pays to read these inputs and write a document, with no checks at all
{
  const floorDir = path.join(root, '.tmp', 'bench-floor');
  mkdirSync(floorDir, { recursive: true });
  const emptyEsm = path.join(floorDir, 'empty.mjs');
  const parseOnly = path.join(floorDir, 'parse-only.mjs');
  writeFileSync(emptyEsm, '');
  writeFileSync(
    parseOnly,
    [
      "import { readFileSync, writeFileSync } from 'node:fs';",
      "const read = (f) => JSON.parse(readFileSync(f, 'utf8'));",
      "const doc = { dag: read('dag.json'), config: read('config.json'), template: read('template.json') };",
      'writeFileSync(process.argv[2], `${JSON.stringify(doc, null, 2)}\\n`);',
      '',
    ].join('\n'),
  );
  const [base, empty, floor] = compareProcesses([
    { label: 'node -e 0', cmd: node, args: ['-e', '0'] },
    { label: 'empty ES module', cmd: node, args: [emptyEsm] },
    {
      label: 'JSON.parse + JSON.stringify only',
      cmd: node,
      args: [parseOnly, path.join(tmpdir(), 'exec-doc-bench-floor.json')],
      cwd: demo,
    },
  ]);
  say('(a0) the floor under (a): no validation, no models, no fill');
  say(`    node -e 0                 ${fmt(base)} ms`);
  say(`    an empty ES module        ${fmt(empty)} ms   ratio ${fmt(empty / base, 2)}x`);
  say(
    `    read the 3 inputs with JSON.parse, write JSON.stringify  ${fmt(floor)} ms   ratio ${fmt(floor / base, 2)}x` +
      `   (leaves ${fmt(base * 1.5 - floor)} ms under a 1.5x goal for loading and running exec-doc's own code)`,
  );
  say();
}

// (b) core on synthetic DAGs
{
  const out = path.join(root, '.tmp', 'bench-core');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  execFileSync(
    node,
    [
      path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      'src/core/index.ts',
      '-o',
      out,
      '--target',
      'es2022',
      '--quiet',
      '--no-cache',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  const core = path.join(out, 'index.js');
  say('(b) core generate + serialize vs JSON.parse + JSON.stringify of the same inputs');
  say('    nodes     input MB   ours ms   baseline ms   ratio   ours us/node   peak RSS MB');
  const rows = [];
  for (const n of [100, 1000, 10000]) {
    const iterations = n >= 10000 ? (quick ? 2 : 5) : quick ? 5 : 20;
    const res = spawnSync(
      node,
      [path.join(root, 'bench', 'core-worker.mjs'), core, String(n), String(iterations)],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    if (res.status !== 0) throw new Error(res.stderr);
    const r = JSON.parse(res.stdout);
    rows.push(r);
    say(
      `    ${String(n).padStart(6)}   ${fmt(r.bytes / 1e6, 2).padStart(8)}   ${fmt(r.oursMs).padStart(7)}   ${fmt(r.baselineMs).padStart(11)}   ${fmt(r.oursMs / r.baselineMs, 2).padStart(5)}x   ${fmt((r.oursMs * 1000) / n).padStart(12)}   ${fmt(r.peakRssMB, 0).padStart(11)}`,
    );
  }
  const growth = rows[2].oursMs / rows[2].n / (rows[1].oursMs / rows[1].n);
  say(
    `    per-node cost 10,000 vs 1,000 nodes: ${fmt(growth, 2)}x (1.0 = linear)   goal: ratio <= 2x, linear growth`,
  );
  say();
}

// (c) action whole process (no GitHub, no artifact upload)
if (existsSync(path.join(root, 'dist', 'index.js'))) {
  const ws = mkdtempSync(path.join(tmpdir(), 'exec-doc-bench-ws-'));
  const files = {};
  for (const f of ['dag.json', 'config.json', 'template.json']) files[f] = path.join(demo, f);
  const outFile = path.join(ws, 'github_output');
  const summary = path.join(ws, 'summary.md');
  writeFileSync(outFile, '');
  writeFileSync(summary, '');
  const env = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: demo,
    RUNNER_TEMP: ws,
    GITHUB_OUTPUT: outFile,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/pipelines',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    INPUT_DAG: 'dag.json',
    INPUT_CONFIG: 'config.json',
    INPUT_TEMPLATE: 'template.json',
    INPUT_OUTPUT: path.join(ws, 'doc.json'),
    INPUT_FORMAT: 'json',
    INPUT_LENIENT: 'false',
    'INPUT_UPLOAD-ARTIFACT': 'false',
    INPUT_COMMENT: 'false',
    'INPUT_ARTIFACT-NAME': 'execution-document',
    'INPUT_COMMENT-KEY': '',
    'INPUT_RETENTION-DAYS': '',
    'INPUT_GITHUB-TOKEN': 'not-used',
  };
  // The floor for any action built on the toolkit: @actions/core loaded, one output set, bundled like ours.
  const minimalDir = path.join(root, '.tmp', 'bench-minimal-action');
  rmSync(minimalDir, { recursive: true, force: true });
  mkdirSync(minimalDir, { recursive: true });
  const minimalSrc = path.join(minimalDir, 'src.mjs');
  writeFileSync(minimalSrc, "import * as core from '@actions/core';\ncore.setOutput('result', 'success');\n");
  // ncc resolves @actions/core from the project's node_modules (NODE_PATH, as the source sits outside it).
  execFileSync(
    node,
    [
      path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      minimalSrc,
      '-o',
      path.join(minimalDir, 'dist'),
      '--target',
      'es2022',
      '--minify',
      '--no-cache',
      '--quiet',
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') } },
  );
  // The same action stopped at its first input check: the bundle loaded and initialised, nothing generated.
  const loadOnlyEnv = { ...env, INPUT_FORMAT: 'not-a-format' };
  const [base, minimal, action, loadOnly] = compareProcesses([
    { label: 'node -e 0', cmd: node, args: ['-e', '0'] },
    { label: 'minimal action', cmd: node, args: [path.join(minimalDir, 'dist', 'index.mjs')], env },
    { label: 'action', cmd: node, args: [path.join(root, 'dist/index.js')], env },
    {
      label: 'action, load only',
      cmd: node,
      args: [path.join(root, 'dist/index.js')],
      env: loadOnlyEnv,
      fails: true,
    },
  ]);
  say('(c) whole process, GitHub Action on the demo case (no comment, no upload)');
  say(`    node -e 0                 ${fmt(base)} ms`);
  say(`    minimal @actions/core action (one setOutput)  ${fmt(minimal)} ms`);
  say(
    `    node dist/index.js        ${fmt(action)} ms   ratio ${fmt(action / minimal, 2)}x the minimal action (goal <= 1.5x), ${fmt(action / base, 2)}x node -e 0`,
  );
  say(
    `    of which loading the bundle (the run stopped at its first input check) ${fmt(loadOnly - minimal)} ms over the minimal action,` +
      ` generating, writing and the job summary ${fmt(action - loadOnly)} ms`,
  );
  say();
  rmSync(ws, { recursive: true, force: true });
}

// (d) lazy SageMaker SDK, (e) many pipelines in one action run, (f) the lazy MCP server: each a module
// exporting run(ctx).
for (const part of ['extra.mjs', 'pipelines.mjs', 'mcp.mjs']) {
  const file = path.join(root, 'bench', part);
  if (!existsSync(file)) continue;
  const mod = await import(file);
  await mod.run({ root, node, say, compareProcesses, fmt, RUNS, quick });
}
