/**
 * The real SDK client against the loopback SageMaker, aimed there with AWS_ENDPOINT_URL_SAGEMAKER
 * (read by the SDK itself) and signed with fake keys.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  describePipeline,
  pipelineArnPattern,
  type DescribePipelineResult,
} from '../../src/adapters/sagemaker.js';
import { crossCheck, parsePipelineDefinition } from '../../src/core/crosscheck.js';
import type { Problem } from '../../src/core/report/problem.js';
import { startSageMakerServer, type FakeSageMaker } from '../e2e/servers/sagemaker.js';

const fixtureUrl = new URL('../fixtures/sagemaker/atoz-definition.json', import.meta.url);
const atozText = readFileSync(fixtureUrl, 'utf8');
const PIPELINE = 'atoz-xgboost-na';
const REGION = 'us-west-2';
const FILE = 'config.json';

let server: FakeSageMaker;
let awsDir: string;
let savedEnv: Record<string, string | undefined>;

beforeAll(async () => {
  server = await startSageMakerServer({ pipelines: [{ name: PIPELINE, definition: atozText }] });
  awsDir = mkdtempSync(join(tmpdir(), 'exec-doc-aws-'));
  writeFileSync(join(awsDir, 'credentials'), '');
  writeFileSync(join(awsDir, 'config'), '');
});

afterAll(async () => {
  await server.close();
  rmSync(awsDir, { recursive: true, force: true });
});

beforeEach(() => {
  // Start every test from a known AWS environment: none of the developer's keys, profiles or
  // endpoints, and shared files that exist but are empty.
  savedEnv = {};
  for (const key of Object.keys(process.env)) {
    if (key.startsWith('AWS_')) {
      savedEnv[key] = process.env[key];
      delete process.env[key];
    }
  }
  Object.assign(process.env, {
    AWS_SHARED_CREDENTIALS_FILE: join(awsDir, 'credentials'),
    AWS_CONFIG_FILE: join(awsDir, 'config'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: 'AKIAFAKE',
    AWS_SECRET_ACCESS_KEY: 'fake',
    AWS_ENDPOINT_URL_SAGEMAKER: server.url,
  });
  server.requests.length = 0;
  server.mode = { kind: 'ok' };
});

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  for (const [key, value] of Object.entries(savedEnv)) if (value !== undefined) process.env[key] = value;
});

function problemOf(result: DescribePipelineResult): Problem {
  if (result.ok) throw new Error(`expected a problem, got a definition (${result.arn ?? 'no arn'})`);
  expect(result.problem.severity).toBe('error');
  expect(result.problem.file).toBe(FILE);
  expect(result.problem.message).not.toMatch(/\n|\bat .*\.(?:js|ts):\d+/);
  return result.problem;
}

function definitionOf(result: DescribePipelineResult): string {
  if (!result.ok)
    throw new Error(`expected a definition, got ${result.problem.code}: ${result.problem.message}`);
  return result.definition;
}

function stepNames(definition: string): string[] {
  const parsed = parsePipelineDefinition(definition);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.steps.map((s) => s.name);
}

describe('describePipeline with the real SDK client', () => {
  it('fetches the definition, and a matching document passes the cross-check', async () => {
    const result = await describePipeline({ pipelineName: PIPELINE, region: REGION, file: FILE });
    expect(result).toEqual({
      ok: true,
      definition: atozText,
      arn: `arn:aws:sagemaker:${REGION}:123456789012:pipeline/${PIPELINE}`,
    });

    const filled = ['CradleDataLoading-Training', 'CradleDataLoading-Calibration', 'Registration-NA'];
    const problems = crossCheck({
      documentSteps: filled,
      payloadSteps: filled,
      definitionSteps: stepNames(definitionOf(result)),
      pipelineName: PIPELINE,
      region: REGION,
      file: FILE,
    });
    expect(problems).toEqual([]);

    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      path: '/',
      target: 'SageMaker.DescribePipeline',
      contentType: 'application/x-amz-json-1.1',
      body: { PipelineName: PIPELINE },
      region: REGION,
      service: 'sagemaker',
      accessKeyId: 'AKIAFAKE',
    });
    expect(server.requests[0]?.userAgent).toMatch(/exec-doc/);
  });

  it('lets the cross-check find a document step the deployed pipeline does not have', async () => {
    const definition = JSON.parse(atozText) as {
      Steps: { Name: string; Arguments: { IfSteps?: { Name: string }[] } }[];
    };
    const condition = definition.Steps.find((s) => s.Name === 'CheckModelQuality');
    const registration = condition?.Arguments.IfSteps?.find((s) => s.Name === 'Registration-NA');
    if (!registration) throw new Error('fixture changed: no nested Registration-NA');
    registration.Name = 'Registration-EU';
    server.pipelines.set('atoz-xgboost-eu', { name: 'atoz-xgboost-eu', definition });

    const result = await describePipeline({ pipelineName: 'atoz-xgboost-eu', region: REGION, file: FILE });
    const problems = crossCheck({
      documentSteps: ['CradleDataLoading-Training', 'Registration-NA'],
      payloadSteps: ['CradleDataLoading-Training', 'Registration-NA', 'Registration-EU'],
      definitionSteps: stepNames(definitionOf(result)),
      pipelineName: 'atoz-xgboost-eu',
      region: REGION,
      file: FILE,
    });
    expect(problems.map((p) => [p.code, p.message])).toEqual([
      [
        'sagemaker/step-not-in-pipeline',
        `Registration-NA not in pipeline 'atoz-xgboost-eu' (${REGION}); did you mean Registration-EU?`,
      ],
      [
        'sagemaker/step-not-filled',
        `Registration-EU of pipeline 'atoz-xgboost-eu' (${REGION}) needs a payload but the document does not fill it; did you mean Registration-NA?`,
      ],
    ]);
  });

  it('also honours AWS_ENDPOINT_URL when there is no SageMaker-specific endpoint', async () => {
    delete process.env.AWS_ENDPOINT_URL_SAGEMAKER;
    process.env.AWS_ENDPOINT_URL = server.url;
    const result = await describePipeline({ pipelineName: PIPELINE, region: 'eu-west-1', file: FILE });
    expect(result.ok).toBe(true);
    expect(server.requests.map((r) => r.region)).toEqual(['eu-west-1']);
  });

  it.each(['body', 'header'] as const)(
    'names the IAM action and the pipeline ARN on AccessDenied (error code in the %s)',
    async (errorShape) => {
      const denying = await startSageMakerServer({ mode: { kind: 'access-denied' }, errorShape });
      try {
        process.env.AWS_ENDPOINT_URL_SAGEMAKER = denying.url;
        const problem = problemOf(
          await describePipeline({ pipelineName: PIPELINE, region: REGION, file: FILE }),
        );
        expect(problem.code).toBe('sagemaker/access-denied');
        expect(problem.message).toContain(
          `the credentials need IAM permission sagemaker:DescribePipeline on arn:aws:sagemaker:${REGION}:123456789012:pipeline/${PIPELINE}.`,
        );
        expect(problem.message).toContain(
          'AWS said: User: arn:aws:sts::123456789012:assumed-role/x/session is not authorized',
        );
        expect(denying.requests).toHaveLength(1);
      } finally {
        await denying.close();
      }
    },
  );

  it('reports a missing pipeline with its name and region', async () => {
    const problem = problemOf(
      await describePipeline({ pipelineName: 'no-such-pipeline', region: REGION, file: FILE }),
    );
    expect(problem.code).toBe('sagemaker/pipeline-not-found');
    expect(problem.message).toMatch(/^pipeline 'no-such-pipeline' does not exist in region us-west-2 /);
    expect(problem.message).toContain(
      "AWS said: Pipeline 'arn:aws:sagemaker:us-west-2:123456789012:pipeline/no-such-pipeline' does not exist.",
    );
    expect(server.requests).toHaveLength(1);
  });

  it('retries throttling and then succeeds', async () => {
    server.mode = { kind: 'throttle', times: 2 };
    const result = await describePipeline({ pipelineName: PIPELINE, region: REGION, file: FILE });
    expect(definitionOf(result)).toBe(atozText);
    expect(server.requests).toHaveLength(3);
  });

  it('says so when throttling outlasts the retries, honouring AWS_MAX_ATTEMPTS', async () => {
    server.mode = { kind: 'throttle', times: Infinity };
    process.env.AWS_MAX_ATTEMPTS = '2';
    const problem = problemOf(await describePipeline({ pipelineName: PIPELINE, region: REGION, file: FILE }));
    expect(problem.code).toBe('sagemaker/throttled');
    expect(problem.message).toBe(
      `SageMaker kept throttling DescribePipeline for pipeline '${PIPELINE}' (${REGION}) after 2 attempts (ThrottlingException); try again later, or raise AWS_MAX_ATTEMPTS (now 2)`,
    );
    expect(server.requests).toHaveLength(2);
  });

  it('says how to configure credentials when there are none, without calling SageMaker', async () => {
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    const started = performance.now();
    const problem = problemOf(await describePipeline({ pipelineName: PIPELINE, region: REGION, file: FILE }));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(problem.code).toBe('sagemaker/no-credentials');
    expect(problem.message).toContain(`no usable AWS credentials to read pipeline '${PIPELINE}' (${REGION})`);
    expect(problem.message).toContain('aws-actions/configure-aws-credentials');
    expect(problem.message).toContain('id-token: write');
    expect(problem.message).toContain('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY');
    expect(server.requests).toHaveLength(0);
  });

  it('tells rejected credentials apart from missing ones', async () => {
    server.mode = {
      kind: 'error',
      status: 400,
      type: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
    };
    const problem = problemOf(await describePipeline({ pipelineName: PIPELINE, region: REGION, file: FILE }));
    expect(problem.code).toBe('sagemaker/credentials-rejected');
    expect(problem.message).toContain(
      '(UnrecognizedClientException: The security token included in the request is invalid.)',
    );
  });

  it('reports other service errors with status, code and attempts', async () => {
    server.mode = {
      kind: 'error',
      status: 500,
      type: 'InternalFailure',
      message: 'An internal error occurred.',
    };
    process.env.AWS_MAX_ATTEMPTS = '2';
    const problem = problemOf(await describePipeline({ pipelineName: PIPELINE, region: REGION, file: FILE }));
    expect(problem.code).toBe('sagemaker/service-error');
    expect(problem.message).toBe(
      `DescribePipeline failed for pipeline '${PIPELINE}' (${REGION}) after 2 attempts (HTTP 500, InternalFailure): An internal error occurred.`,
    );
    expect(server.requests).toHaveLength(2);
  });

  it('reports a response without a definition', async () => {
    server.pipelines.set('empty', { name: 'empty', definition: '' });
    const problem = problemOf(await describePipeline({ pipelineName: 'empty', region: REGION, file: FILE }));
    expect(problem).toMatchObject({
      code: 'sagemaker/invalid-response',
      message: `SageMaker returned no PipelineDefinition for pipeline 'empty' (${REGION})`,
    });
  });

  it('names the endpoint it could not reach, and the variable that set it', async () => {
    const gone = await startSageMakerServer();
    await gone.close();
    process.env.AWS_ENDPOINT_URL_SAGEMAKER = gone.url;
    process.env.AWS_MAX_ATTEMPTS = '1';
    const problem = problemOf(await describePipeline({ pipelineName: PIPELINE, region: REGION, file: FILE }));
    expect(problem.code).toBe('sagemaker/network');
    expect(problem.message).toMatch(
      new RegExp(
        `^could not reach SageMaker at ${gone.url.replace(/[.]/g, '\\.')}/ \\(from AWS_ENDPOINT_URL_SAGEMAKER\\) after 1 attempt: connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+$`,
      ),
    );
  });

  it.each([
    [{ pipelineName: ' ', region: REGION }, {}, /pipeline name is empty/],
    [{ pipelineName: PIPELINE, region: '' }, {}, /'' is not an AWS region/],
    [{ pipelineName: PIPELINE, region: 'US East' }, {}, /'US East' is not an AWS region/],
    [
      { pipelineName: PIPELINE, region: REGION },
      { AWS_MAX_ATTEMPTS: 'four' },
      /AWS_MAX_ATTEMPTS must be a positive integer, got 'four'/,
    ],
    [
      { pipelineName: PIPELINE, region: REGION },
      { AWS_MAX_ATTEMPTS: '0' },
      /AWS_MAX_ATTEMPTS must be a positive integer, got '0'/,
    ],
  ])('rejects bad input %j %j before any request', async (input, env, pattern) => {
    Object.assign(process.env, env);
    const problem = problemOf(await describePipeline({ ...input, file: FILE }));
    expect(problem.code).toBe('sagemaker/invalid-input');
    expect(problem.message).toMatch(pattern);
    expect(server.requests).toHaveLength(0);
  });
});

describe('pipelineArnPattern', () => {
  it('uses the partition of the region and the lower-cased name', () => {
    expect(pipelineArnPattern('MyPipe', 'us-east-1')).toBe(
      'arn:aws:sagemaker:us-east-1:<account-id>:pipeline/mypipe',
    );
    expect(pipelineArnPattern('p', 'cn-north-1')).toBe(
      'arn:aws-cn:sagemaker:cn-north-1:<account-id>:pipeline/p',
    );
    expect(pipelineArnPattern('p', 'us-gov-west-1')).toBe(
      'arn:aws-us-gov:sagemaker:us-gov-west-1:<account-id>:pipeline/p',
    );
    expect(pipelineArnPattern('arn:aws:sagemaker:us-east-1:1:pipeline/p', 'us-east-1')).toBe(
      'arn:aws:sagemaker:us-east-1:1:pipeline/p',
    );
  });
});

describe('lazy SDK import', () => {
  it('imports the SDK only inside describePipeline (type-only at the top)', () => {
    const source = readFileSync(new URL('../../src/adapters/sagemaker.ts', import.meta.url), 'utf8');
    const staticImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map(
      (m) => m[1],
    );
    expect(staticImports.filter((spec) => spec?.startsWith('@aws-sdk/'))).toEqual([]);
    expect(source).toContain("await import('@aws-sdk/client-sagemaker')");
  });
});
