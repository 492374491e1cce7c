import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, fixturePath } from '../helpers/fixtures.js';
import { startSageMakerServer, type FakeSageMaker } from './servers/sagemaker.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const NODE = process.env['E2E_NODE'] ?? process.execPath;
const DEMO = fixturePath('corpus', 'demo');
const definition = JSON.parse(
  readFileSync(fixturePath('sagemaker', 'atoz-definition.json'), 'utf8'),
) as object;

let server: FakeSageMaker;
let home: string;
beforeAll(async () => {
  server = await startSageMakerServer({ pipelines: [{ name: 'lukexie-AtoZ-xgboost-NA', definition }] });
  home = mkdtempSync(path.join(tmpdir(), 'exec-doc-aws-'));
  writeFileSync(path.join(home, 'empty'), '');
});
afterAll(async () => server.close());

function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE, [CLI, ...args], {
      cwd: DEMO,
      env: {
        PATH: process.env['PATH'] ?? '',
        AWS_ENDPOINT_URL_SAGEMAKER: server.url,
        AWS_ACCESS_KEY_ID: 'AKIAFAKE',
        AWS_SECRET_ACCESS_KEY: 'fake',
        AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'empty'),
        AWS_CONFIG_FILE: path.join(home, 'empty'),
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const BASE = ['generate', '--dag', 'dag.json', '--config', 'config.json'];

describe.skipIf(!existsSync(CLI))(
  'exec-doc generate --sagemaker-pipeline (built CLI, loopback SageMaker)',
  () => {
    it('auto: derives the pipeline name and region from the config and builds the template from the definition', async () => {
      server.mode = { kind: 'ok' };
      const before = server.requests.length;
      const r = await run([...BASE, '--sagemaker-pipeline', 'auto']);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout) as { PIPELINE_STEP_CONFIGS: Record<string, unknown> };
      expect(Object.keys(doc.PIPELINE_STEP_CONFIGS)).toContain('Registration-NA');
      const req = server.requests.slice(before);
      expect(req).toHaveLength(1);
      expect(req[0]).toMatchObject({
        target: 'SageMaker.DescribePipeline',
        region: 'us-east-1',
        body: { PipelineName: 'lukexie-AtoZ-xgboost-NA' },
      });
    });

    it('a step filled from the template but missing in the pipeline is an error with a suggestion', async () => {
      server.mode = { kind: 'ok' };
      const tpl = JSON.parse(readFileSync(path.join(DEMO, 'template.json'), 'utf8')) as {
        PIPELINE_STEP_CONFIGS: Record<string, unknown>;
      };
      const work = mkdtempSync(path.join(tmpdir(), 'exec-doc-sm-'));
      const stepsDef = JSON.parse(
        JSON.stringify(definition).replace(/CradleDataLoading-Calibration/g, 'CradleDataLoading-Calib'),
      ) as object;
      server.pipelines.set('renamed', { name: 'renamed', definition: stepsDef });
      const tplText = JSON.stringify(tpl, null, 2);
      writeFileSync(path.join(work, 'template.json'), tplText);
      const line = tplText.split('\n').findIndex((l) => l.includes('"CradleDataLoading-Calibration"')) + 1;
      const out = path.join(work, 'doc.json');
      const r = await run([
        ...BASE,
        '--template',
        path.join(work, 'template.json'),
        '--sagemaker-pipeline',
        'renamed',
        '--aws-region',
        'us-west-2',
        '-o',
        out,
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        `template.json:${line}:38: error [sagemaker/step-not-in-pipeline] CradleDataLoading-Calibration not in pipeline 'renamed' (us-west-2); did you mean CradleDataLoading-Calib`,
      );
      expect(existsSync(out)).toBe(false);
    });

    it('AccessDenied names the IAM action, exit 1, no stack trace', async () => {
      server.mode = { kind: 'access-denied' };
      const r = await run([...BASE, '--sagemaker-pipeline', 'auto']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('sagemaker:DescribePipeline');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    });

    it('an unknown pipeline names the pipeline and the region', async () => {
      server.mode = { kind: 'ok' };
      const r = await run([...BASE, '--sagemaker-pipeline', 'nope', '--aws-region', 'eu-west-1']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/nope/);
      expect(r.stderr).toMatch(/eu-west-1/);
    });

    it('throttling is retried, then succeeds', async () => {
      server.mode = { kind: 'throttle', times: 1 };
      const before = server.requests.length;
      const r = await run([...BASE, '--sagemaker-pipeline', 'auto']);
      expect(r.code, r.stderr).toBe(0);
      expect(server.requests.length - before).toBe(2);
    });

    it('no credentials says how to configure them', async () => {
      server.mode = { kind: 'ok' };
      const r = await run([...BASE, '--sagemaker-pipeline', 'auto'], {
        AWS_ACCESS_KEY_ID: '',
        AWS_SECRET_ACCESS_KEY: '',
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/credentials/i);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  },
);
