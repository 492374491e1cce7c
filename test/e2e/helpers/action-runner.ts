/**
 * Runs the built action (`node dist/index.js`) as a runner would: a workspace, RUNNER_TEMP, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, an event payload, `INPUT_*` variables, and the API/artifact URLs aimed at loopback servers.
 * The child is spawned asynchronously: the servers live in this process and must keep answering.
 */
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommands, parseOutputFile, runtimeToken, type WorkflowCommand } from './runner-files.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The bundle under test; CI builds it before the tests. */
export const ACTION = process.env.E2E_ACTION ?? path.join(ROOT, 'dist', 'index.js');
export const HAS_ACTION = existsSync(ACTION);
export const SKIP_REASON = `${path.relative(ROOT, ACTION)} is missing: run \`npm run build\` before the e2e tests`;
/** Node 20 locally; set E2E_NODE to another binary (e.g. Node 24, what action.yml runs) to test with it. */
export const NODE = process.env.E2E_NODE ?? process.execPath;
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'action');

export const RUN_BACKEND_ID = 'c0ffee00-0000-4000-8000-000000000001';
export const JOB_BACKEND_ID = 'c0ffee00-0000-4000-8000-0000000000a1';

/** A job's directories; several runs can share one to act as re-runs of the same job. */
export interface Job {
  root: string;
  workspace: string;
  runnerTemp: string;
  eventPath: string;
  cleanup(): Promise<void>;
}

export interface JobOptions {
  /** Fixture folders (under test/fixtures/action) copied into the workspace under the same name. */
  fixtures?: string[];
  eventName?: string;
  /** The event payload; defaults to a pull_request payload for PR #7. */
  payload?: object;
}

export async function createJob(options: JobOptions = {}): Promise<Job> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'exec-doc-e2e-'));
  const workspace = path.join(root, 'workspace');
  const runnerTemp = path.join(root, 'runner-temp');
  await Promise.all([fs.mkdir(workspace), fs.mkdir(runnerTemp)]);
  for (const f of options.fixtures ?? []) {
    await fs.cp(path.join(FIXTURES, f), path.join(workspace, f), { recursive: true });
  }
  const eventPath = path.join(root, 'event.json');
  const payload = options.payload ?? {
    action: 'synchronize',
    number: 7,
    pull_request: { number: 7, head: { ref: 'feature' } },
  };
  await fs.writeFile(eventPath, JSON.stringify(payload));
  return {
    root,
    workspace,
    runnerTemp,
    eventPath,
    cleanup: () => fs.rm(root, { recursive: true, force: true }),
  };
}

export interface RunOptions {
  /** Input names as in action.yml (`upload-artifact`), values as the runner passes them (strings). */
  inputs: Record<string, string>;
  githubUrl?: string;
  artifactUrl?: string;
  serverUrl?: string;
  eventName?: string;
  runAttempt?: number;
  /** Extra or overriding variables; `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** A command the action runs under (`['unshare', '-m', 'sh', '-c', '…; exec "$@"', 'sh']`): node and the bundle follow. */
  prefix?: string[];
}

export interface RunResult {
  code: number | null;
  /** The signal that ended the process, if one did. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  /** Workflow commands of one kind (`error`, `warning`, `add-mask`...). */
  find(command: string): WorkflowCommand[];
  durationMs: number;
}

/** The runner's naming: upper-cased, spaces → underscores, hyphens kept (`INPUT_GITHUB-TOKEN`). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export async function runAction(job: Job, options: RunOptions): Promise<RunResult> {
  const step = await fs.mkdtemp(path.join(job.root, 'step-'));
  const outputFile = path.join(step, 'output.txt');
  const summaryFile = path.join(step, 'summary.md');
  await Promise.all([fs.writeFile(outputFile, ''), fs.writeFile(summaryFile, '')]);

  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: job.root,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: job.workspace,
    RUNNER_TEMP: job.runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: job.eventPath,
    GITHUB_REPOSITORY: 'octo/pipelines',
    GITHUB_SERVER_URL: options.serverUrl ?? 'https://github.com',
    GITHUB_API_URL: options.githubUrl ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '123456789',
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_JOB: 'exec-doc',
    GITHUB_ACTION: '__acme_exec-doc',
    ACTIONS_RUNTIME_TOKEN: runtimeToken(RUN_BACKEND_ID, JOB_BACKEND_ID),
    ACTIONS_RESULTS_URL: `${options.artifactUrl ?? 'http://127.0.0.1:9'}/`,
    ...Object.fromEntries(Object.entries(options.inputs).map(([k, v]) => [inputVariable(k), v])),
    ...options.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];

  const started = performance.now();
  const [cmd, ...pre] = options.prefix ?? [];
  const args = cmd === undefined ? [ACTION] : [...pre, NODE, ACTION];
  const child = spawn(cmd ?? NODE, args, { cwd: job.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let signal: NodeJS.Signals | null = null;
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, s) => {
      signal = s;
      resolve(c);
    });
  });
  const durationMs = performance.now() - started;
  const commands = parseCommands(stdout);
  return {
    code,
    signal,
    stdout,
    stderr,
    outputs: parseOutputFile(await fs.readFile(outputFile, 'utf8')),
    summary: await fs.readFile(summaryFile, 'utf8'),
    commands,
    find: (command) => commands.filter((c) => c.command === command),
    durationMs,
  };
}
