/**
 * The README's way of running the action locally: @github/local-action on src/main.ts with the committed
 * .env.example. local-action stands in for @actions/core, so this also proves the action speaks only through it
 * (outputs it did not see would be "No outputs were set!").
 */
import { spawn } from 'node:child_process';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/action-runner.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const example = readFileSync(path.join(ROOT, '.env.example'), 'utf8');

/** The README's command line, e.g. `cp .env.example .env && npx @github/local-action run . src/main.ts .env`. */
function readmeCommand(): { cp: string; run: string[] } {
  const line = readme.split('\n').find((l) => l.includes('npx @github/local-action run'));
  if (!line) throw new Error('README shows no `npx @github/local-action run` command');
  const [cp = '', run = ''] = line.trim().split(' && ');
  return { cp, run: run.split(/\s+/) };
}

/** .env.example with the machine-wide paths (RUNNER_TEMP, the summary, local-action's folders) moved to `dir`. */
function envFile(dir: string): string {
  const moved: Record<string, string> = {
    RUNNER_TEMP: path.join(dir, 'runner-temp'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    LOCAL_ACTION_WORKSPACE: path.join(dir, 'local-action'),
    LOCAL_ACTION_ARTIFACT_PATH: path.join(dir, 'local-action', 'artifacts'),
  };
  return example
    .split('\n')
    .map((l) => {
      const key = /^([A-Z_][A-Z0-9_-]*)=/.exec(l)?.[1];
      return key && key in moved ? `${key}=${moved[key]}` : l;
    })
    .join('\n');
}

function run(argv: string[], cwd: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const [cmd = '', ...args] = argv;
    const child = spawn(cmd, args, {
      cwd,
      env: { PATH: process.env.PATH, HOME: os.homedir(), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('@github/local-action', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'exec-doc-local-action-'));
    await fs.mkdir(path.join(dir, 'runner-temp'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('the README copies .env.example, which is committed, to .env, which git ignores', () => {
    const { cp } = readmeCommand();
    expect(cp).toBe('cp .env.example .env');
    expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('.env');
  });

  it('runs the README command on the example and shows the outputs and the job summary', async () => {
    const env = path.join(dir, '.env');
    await fs.writeFile(env, envFile(dir));
    const { run: argv } = readmeCommand();
    expect(argv.slice(0, 5)).toEqual(['npx', '@github/local-action', 'run', '.', 'src/main.ts']);
    const { code, out } = await run([...argv.slice(0, -1), env], ROOT);
    expect(out).not.toContain('No outputs were set');
    expect(code, out).toBe(0);
    // local-action prints the outputs it saw through @actions/core as a table.
    const outputs = out.slice(out.indexOf('Action Outputs'));
    expect(outputs).toMatch(/'result'\s*│\s*'success'/);
    expect(outputs).toMatch(/'filled-steps'\s*│\s*'3'/);
    expect(outputs).toMatch(/'total-steps'\s*│\s*'4'/);
    const document = path.join(dir, 'runner-temp', 'execution-document.json');
    expect(outputs).toContain(document);
    expect(existsSync(document)).toBe(true);
    const summary = await fs.readFile(path.join(dir, 'summary.md'), 'utf8');
    expect(summary).toContain('CradleDataLoading-Training');
    // No raw workflow commands of our own: local-action's core prints them as it would on a runner.
    expect(out).not.toMatch(/^::add-mask::/m);
  }, 60_000);
});
