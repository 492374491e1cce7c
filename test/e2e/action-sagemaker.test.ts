/**
 * End to end: the built action cross-checks the document against a deployed pipeline read with the real
 * SageMaker SDK client from a loopback server speaking SageMaker's JSON protocol (issue #5).
 */
import { readFileSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJob, HAS_ACTION, ROOT, runAction, SKIP_REASON, type Job } from './helpers/action-runner.js';
import { startSageMakerServer, type FakeSageMaker } from './servers/sagemaker.js';

const definition = JSON.parse(
  readFileSync(path.join(ROOT, 'test', 'fixtures', 'sagemaker', 'atoz-definition.json'), 'utf8'),
) as object;
const e2e = it.skipIf(!HAS_ACTION);

describe(
  HAS_ACTION ? 'action e2e: SageMaker cross-check' : `action e2e: SageMaker (skipped: ${SKIP_REASON})`,
  () => {
    let server: FakeSageMaker;
    let job: Job;
    beforeAll(async () => {
      server = await startSageMakerServer({ pipelines: [{ name: 'lukexie-AtoZ-xgboost-NA', definition }] });
    });
    afterAll(async () => server.close());
    beforeEach(async () => {
      job = await createJob({ fixtures: ['demo'] });
      await fs.writeFile(path.join(job.root, 'empty'), '');
    });
    afterEach(async () => job.cleanup());

    const run = (inputs: Record<string, string>, env: Record<string, string | undefined> = {}) =>
      runAction(job, {
        eventName: 'push',
        inputs: {
          dag: 'demo/dag.json',
          config: 'demo/config.json',
          'upload-artifact': 'false',
          comment: 'false',
          ...inputs,
        },
        env: {
          AWS_ENDPOINT_URL_SAGEMAKER: server.url,
          AWS_ACCESS_KEY_ID: 'AKIAFAKE',
          AWS_SECRET_ACCESS_KEY: 'fake',
          AWS_SHARED_CREDENTIALS_FILE: path.join(job.root, 'empty'),
          AWS_CONFIG_FILE: path.join(job.root, 'empty'),
          AWS_EC2_METADATA_DISABLED: 'true',
          ...env,
        },
      });

    e2e('matching definition: the template comes from the pipeline and the check passes', async () => {
      server.mode = { kind: 'ok' };
      const before = server.requests.length;
      const r = await run({ 'sagemaker-pipeline': 'auto' });
      expect(r.code, r.stdout).toBe(0);
      expect(r.outputs['result']).toBe('success');
      expect(JSON.parse(r.outputs['filled-step-names']!)).toEqual([
        'CradleDataLoading-Training',
        'CradleDataLoading-Calibration',
        'Registration-NA',
      ]);
      expect(server.requests.slice(before)).toMatchObject([
        {
          target: 'SageMaker.DescribePipeline',
          region: 'us-east-1',
          body: { PipelineName: 'lukexie-AtoZ-xgboost-NA' },
        },
      ]);
    });

    e2e('a step missing from the pipeline fails the gate with an annotated suggestion', async () => {
      server.mode = { kind: 'ok' };
      const renamed = JSON.parse(
        JSON.stringify(definition).replace(/Registration-NA/g, 'Registration-EU'),
      ) as object;
      server.pipelines.set('renamed', { name: 'renamed', definition: renamed });
      const r = await run({
        'sagemaker-pipeline': 'renamed',
        template: 'demo/template.json',
        'aws-region': 'us-east-1',
      });
      expect(r.code).toBe(1);
      const errors = r.find('error');
      const mismatch = errors.find((e) => e.message.includes('Registration-NA not in pipeline'));
      expect(mismatch?.message).toContain('did you mean Registration-EU?');
      expect(mismatch?.properties['file']).toBe('demo/template.json');
      expect(Number(mismatch?.properties['line'])).toBeGreaterThan(1);
      expect(r.outputs['result']).toBe('failure');
    });

    e2e(
      'AccessDenied, not found and throttling give clear errors or retries, never a stack trace',
      async () => {
        server.mode = { kind: 'access-denied' };
        const denied = await run({ 'sagemaker-pipeline': 'auto' });
        expect(denied.code).toBe(1);
        expect(
          denied
            .find('error')
            .map((e) => e.message)
            .join('\n'),
        ).toContain('sagemaker:DescribePipeline');

        server.mode = { kind: 'ok' };
        const missing = await run({ 'sagemaker-pipeline': 'nope', 'aws-region': 'eu-west-1' });
        expect(missing.code).toBe(1);
        expect(
          missing
            .find('error')
            .map((e) => e.message)
            .join('\n'),
        ).toMatch(/nope[\s\S]*eu-west-1|eu-west-1[\s\S]*nope/);

        server.mode = { kind: 'throttle', times: 2 };
        const before = server.requests.length;
        const throttled = await run({ 'sagemaker-pipeline': 'auto' });
        expect(throttled.code).toBe(0);
        expect(server.requests.length - before).toBe(3);
        for (const r of [denied, missing, throttled])
          expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      },
    );

    e2e('no credentials: says how to configure them', async () => {
      const r = await run(
        { 'sagemaker-pipeline': 'auto' },
        { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined },
      );
      expect(r.code).toBe(1);
      expect(
        r
          .find('error')
          .map((e) => e.message)
          .join('\n'),
      ).toMatch(/configure-aws-credentials/);
    });

    e2e('a bad aws-region input is named before anything runs', async () => {
      const before = server.requests.length;
      const r = await run({ 'sagemaker-pipeline': 'auto', 'aws-region': 'Mars' });
      expect(r.code).toBe(1);
      expect(
        r
          .find('error')
          .map((e) => e.message)
          .join('\n'),
      ).toContain("Input 'aws-region'");
      expect(server.requests.length).toBe(before);
    });
  },
);
