// (d) start-up with and without the SageMaker cross-check: the SDK is a lazy chunk, loaded only when
// --sagemaker-pipeline is given.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export async function run({ root, node, say, compareProcesses, fmt }) {
  const server = spawn(node, [path.join(root, 'bench', 'sagemaker-server.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(String(d).trim())));
  const home = mkdtempSync(path.join(tmpdir(), 'exec-doc-bench-aws-'));
  writeFileSync(path.join(home, 'empty'), '');
  const env = {
    PATH: process.env.PATH,
    AWS_ENDPOINT_URL_SAGEMAKER: url,
    AWS_ACCESS_KEY_ID: 'AKIAFAKE',
    AWS_SECRET_ACCESS_KEY: 'fake',
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'empty'),
    AWS_CONFIG_FILE: path.join(home, 'empty'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  const demo = path.join(root, 'examples', 'demo');
  const cli = path.join(root, 'dist', 'cli', 'index.js');
  const base = [
    'generate',
    '--dag',
    'dag.json',
    '--config',
    'config.json',
    '-o',
    path.join(home, 'doc.json'),
    '-q',
  ];
  try {
    const [nodeOnly, without, withCheck] = compareProcesses([
      { label: 'node -e 0', cmd: node, args: ['-e', '0'] },
      { label: 'without', cmd: node, args: [cli, ...base], cwd: demo, env },
      { label: 'with', cmd: node, args: [cli, ...base, '--sagemaker-pipeline', 'auto'], cwd: demo, env },
    ]);
    say('(d) SageMaker cross-check: the SDK is loaded lazily');
    say(`    node -e 0                               ${fmt(nodeOnly)} ms`);
    say(`    exec-doc generate                       ${fmt(without)} ms   ${fmt(without / nodeOnly, 2)}x`);
    say(
      `    exec-doc generate --sagemaker-pipeline  ${fmt(withCheck)} ms   ${fmt(withCheck / nodeOnly, 2)}x (SDK load + one DescribePipeline on loopback)`,
    );
    say();
  } finally {
    server.kill();
  }
}
