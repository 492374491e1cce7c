/**
 * Reads a deployed pipeline's definition with SageMaker `DescribePipeline` (issue #5). The SDK is
 * imported inside {@link describePipeline}, so runs without the cross-check never load it (STYLE §2.10).
 *
 * Everything else comes from the standard AWS configuration, read by the SDK itself:
 * credentials (env vars, shared files, `AWS_PROFILE`, web identity as set by
 * aws-actions/configure-aws-credentials, container/instance roles), `AWS_ENDPOINT_URL_SAGEMAKER` /
 * `AWS_ENDPOINT_URL` (SDK v3 reads both, service-specific first), and `AWS_RETRY_MODE`
 * (default `standard`). This module only adds a default of 4 attempts, overridable with
 * `AWS_MAX_ATTEMPTS`, one deadline for the whole call (credentials, attempts, backoffs: `timeoutMs`, default
 * {@link DEFAULT_TIMEOUT_MS}), and turns every failure into one Problem without a stack trace.
 */
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { Problem } from '../core/report/problem.js';

export interface DescribePipelineInput {
  /** Pipeline name (or ARN) as deployed. */
  pipelineName: string;
  /** AWS region the pipeline lives in, e.g. `us-east-1`. */
  region: string;
  /** `Problem.file` of the problem returned on failure: the config file naming the pipeline. */
  file: string;
  /** Deadline of the whole call, in milliseconds; default {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
}

export type DescribePipelineResult =
  { ok: true; definition: string; arn?: string } | { ok: false; problem: Problem };

/** Attempts (first try + retries) when `AWS_MAX_ATTEMPTS` is unset; the SDK's own default is 3. */
export const DEFAULT_MAX_ATTEMPTS = 4;

/** The whole DescribePipeline call, retries included, ends by then: a silent endpoint never hangs the gate. */
export const DEFAULT_TIMEOUT_MS = 60_000;
const CONNECTION_TIMEOUT_MS = 5_000;
const REQUEST_TIMEOUT_MS = 20_000;

/** Error codes that mean "you are sending too fast" (the SDK retries them with a longer backoff). */
const THROTTLING_CODES = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'LimitExceededException',
  'SlowDown',
]);

/** Error codes with which AWS rejects the credentials themselves, rather than what they may do. */
const REJECTED_CREDENTIAL_CODES = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'MissingAuthenticationToken',
  'ExpiredToken',
  'ExpiredTokenException',
]);

/** Node's socket errors and the SDK's timeout: the endpoint could not be reached or did not answer. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ECONNABORTED',
]);

const HOW_TO_CONFIGURE =
  'In GitHub Actions, run aws-actions/configure-aws-credentials (with role-to-assume; the job needs `permissions: id-token: write` for OIDC) before this step. ' +
  'For the CLI, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (plus AWS_SESSION_TOKEN for temporary keys), or AWS_PROFILE.';

/** `AWS_MAX_ATTEMPTS` as the SDK accepts it (a positive integer), or the default. */
function maxAttemptsFromEnv(): number | { error: string } {
  const raw = process.env.AWS_MAX_ATTEMPTS;
  if (raw === undefined || raw.trim() === '') return DEFAULT_MAX_ATTEMPTS;
  const n = /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < 1)
    return { error: `AWS_MAX_ATTEMPTS must be a positive integer, got '${raw}'` };
  return n;
}

/** Which variable set a custom endpoint, for messages; the SDK applies it. */
function endpointSource(): string | undefined {
  if (process.env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return undefined;
  if (process.env.AWS_ENDPOINT_URL_SAGEMAKER) return 'AWS_ENDPOINT_URL_SAGEMAKER';
  if (process.env.AWS_ENDPOINT_URL) return 'AWS_ENDPOINT_URL';
  return undefined;
}

/**
 * Fetches the definition of a deployed pipeline. Never throws for AWS, credential or network
 * failures: each becomes one `error` Problem with a `sagemaker/...` code saying what to do —
 * `no-credentials`, `credentials-rejected`, `access-denied`, `pipeline-not-found`, `throttled`,
 * `network`, `timeout`, `invalid-input`, `invalid-response` or `service-error`.
 *
 * Throttling and network errors are retried by the SDK (standard mode, {@link DEFAULT_MAX_ATTEMPTS}
 * attempts or `AWS_MAX_ATTEMPTS`) before the problem is reported.
 */
export async function describePipeline(input: DescribePipelineInput): Promise<DescribePipelineResult> {
  const { pipelineName, region, file } = input;
  const fail = (code: string, message: string): DescribePipelineResult => ({
    ok: false,
    problem: { severity: 'error', code: `sagemaker/${code}`, message, file },
  });

  if (pipelineName.trim() === '') return fail('invalid-input', 'the SageMaker pipeline name is empty');
  if (!/^[a-z0-9-]+$/.test(region)) {
    return fail(
      'invalid-input',
      `'${region}' is not an AWS region; give one such as us-east-1 (or set AWS_REGION)`,
    );
  }
  const maxAttempts = maxAttemptsFromEnv();
  if (typeof maxAttempts !== 'number') return fail('invalid-input', maxAttempts.error);

  const where = `pipeline '${pipelineName}' (${region})`;
  const timeoutMs = input.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = AbortSignal.timeout(timeoutMs);
  const late = new Promise<never>((_, reject) =>
    deadline.addEventListener('abort', () => reject(deadline.reason as Error), { once: true }),
  );
  late.catch(() => undefined);
  // The SDK warns on Node < 22 that *later* SDK releases will need Node 22; the bundled SDK is pinned and works on
  // every Node the CLI supports, so the warning would only bury the real message (unless the user asked for it).
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
  const sdk = await import('@aws-sdk/client-sagemaker');
  const client = new sdk.SageMakerClient({
    region,
    maxAttempts,
    customUserAgent: 'exec-doc',
    requestHandler: {
      connectionTimeout: Math.min(CONNECTION_TIMEOUT_MS, timeoutMs),
      requestTimeout: Math.min(REQUEST_TIMEOUT_MS, timeoutMs),
    },
  });
  const endpoint = recordEndpoint(client);
  const timedOut = (step: string): DescribePipelineResult => {
    const source = endpointSource();
    const at =
      endpoint.url ?? (source ? `the endpoint set by ${source}` : `the SageMaker endpoint for ${region}`);
    return fail(
      'timeout',
      `${step} for ${where} did not finish within ${Math.round(timeoutMs / 100) / 10} s (${at}); check the network ` +
        `and the endpoint, or give it longer (the action's 'sagemaker-timeout-seconds' input)`,
    );
  };
  try {
    try {
      // Resolved on its own so that a failing provider chain (missing keys, a rejected web
      // identity token) is never mistaken for SageMaker's answer. The SDK memoizes the result.
      await Promise.race([client.config.credentials(), late]);
    } catch (e) {
      if (deadline.aborted) return timedOut('Resolving the AWS credentials');
      return fail(
        'no-credentials',
        `no usable AWS credentials to read ${where}: ${errorText(e)}. ${HOW_TO_CONFIGURE}`,
      );
    }

    let out;
    try {
      out = await Promise.race([
        client.send(new sdk.DescribePipelineCommand({ PipelineName: pipelineName }), {
          abortSignal: deadline,
        }),
        late,
      ]);
    } catch (e) {
      if (deadline.aborted) return timedOut('DescribePipeline');
      const { code, message } = problemFor(errorInfo(e), { pipelineName, region, maxAttempts, endpoint });
      return fail(code, message);
    }

    if (typeof out.PipelineDefinition !== 'string' || out.PipelineDefinition === '') {
      return fail('invalid-response', `SageMaker returned no PipelineDefinition for ${where}`);
    }
    return out.PipelineArn === undefined
      ? { ok: true, definition: out.PipelineDefinition }
      : { ok: true, definition: out.PipelineDefinition, arn: out.PipelineArn };
  } finally {
    client.destroy();
  }
}

/** Code (after `sagemaker/`) and message for a failed `DescribePipeline` call. */
function problemFor(
  info: ErrorInfo,
  ctx: { pipelineName: string; region: string; maxAttempts: number; endpoint: { url?: string } },
): { code: string; message: string } {
  const { pipelineName, region } = ctx;
  const where = `pipeline '${pipelineName}' (${region})`;
  const attempts = info.attempts ? ` after ${info.attempts} attempt${info.attempts === 1 ? '' : 's'}` : '';

  if (info.code === 'AccessDeniedException' || info.code === 'AccessDenied') {
    // SageMaker names the exact resource ARN in its message; fall back to the pattern.
    const resource =
      /on resource: (\S+)/.exec(info.message)?.[1]?.replace(/[.,;]+$/, '') ??
      pipelineArnPattern(pipelineName, region);
    return {
      code: 'access-denied',
      message: `not allowed to read ${where}: the credentials need IAM permission sagemaker:DescribePipeline on ${resource}. AWS said: ${info.message}`,
    };
  }
  if (info.code === 'ResourceNotFound' || info.code === 'ResourceNotFoundException') {
    return {
      code: 'pipeline-not-found',
      message: `pipeline '${pipelineName}' does not exist in region ${region} for the account of these credentials; check the pipeline name, the region and the account. AWS said: ${info.message}`,
    };
  }
  if (THROTTLING_CODES.has(info.code) || info.status === 429) {
    return {
      code: 'throttled',
      message: `SageMaker kept throttling DescribePipeline for ${where}${attempts} (${info.code}); try again later, or raise AWS_MAX_ATTEMPTS (now ${ctx.maxAttempts})`,
    };
  }
  if (REJECTED_CREDENTIAL_CODES.has(info.code)) {
    return {
      code: 'credentials-rejected',
      message: `AWS rejected the credentials used to read ${where} (${info.code}: ${info.message}). ${HOW_TO_CONFIGURE}`,
    };
  }
  if (info.status === undefined && (NETWORK_CODES.has(info.code) || info.code === 'TimeoutError')) {
    const source = endpointSource();
    const recorded = ctx.endpoint.url;
    const url =
      recorded ?? (source ? `the endpoint set by ${source}` : `the SageMaker endpoint for ${region}`);
    const from = source && recorded ? ` (from ${source})` : '';
    const detail = info.message.includes(info.code) ? info.message : `${info.code}: ${info.message}`;
    return { code: 'network', message: `could not reach SageMaker at ${url}${from}${attempts}: ${detail}` };
  }
  const status = info.status ? `HTTP ${info.status}, ` : '';
  return {
    code: 'service-error',
    message: `DescribePipeline failed for ${where}${attempts} (${status}${info.code}): ${info.message}`,
  };
}

/** `arn:<partition>:sagemaker:<region>:<account-id>:pipeline/<name>`; SageMaker lower-cases names in ARNs. */
export function pipelineArnPattern(pipelineName: string, region: string): string {
  if (pipelineName.startsWith('arn:')) return pipelineName;
  const partition = region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  return `arn:${partition}:sagemaker:${region}:<account-id>:pipeline/${pipelineName.toLowerCase()}`;
}

/** Remembers the URL of the last request sent, so a network problem can name the endpoint. */
function recordEndpoint(client: SageMakerClient): { url?: string } {
  const seen: { url?: string } = {};
  client.middlewareStack.add(
    (next) => async (args) => {
      const req: unknown = args.request;
      if (typeof req === 'object' && req !== null) {
        const { protocol, hostname, port, path } = req as {
          protocol?: string;
          hostname?: string;
          port?: number;
          path?: string;
        };
        if (hostname)
          seen.url = `${protocol ?? 'https:'}//${hostname}${port ? `:${port}` : ''}${path ?? '/'}`;
      }
      return await next(args);
    },
    { step: 'finalizeRequest', name: 'execDocRecordEndpoint', priority: 'low' },
  );
  return seen;
}

interface ErrorInfo {
  /** SDK exception name (the service's error code) or Node's `code` for socket errors. */
  code: string;
  message: string;
  status?: number;
  attempts?: number;
}

function errorInfo(e: unknown): ErrorInfo {
  if (!(e instanceof Error)) return { code: 'Error', message: String(e) };
  const x = e as Error & { code?: unknown; $metadata?: { httpStatusCode?: number; attempts?: number } };
  const nodeCode = typeof x.code === 'string' ? x.code : undefined;
  const code = nodeCode && NETWORK_CODES.has(nodeCode) ? nodeCode : x.name || nodeCode || 'Error';
  // Node reports a failed dual-stack connect as an AggregateError with an empty message.
  const inner =
    x instanceof AggregateError ? (x.errors as unknown[]).find((i) => i instanceof Error) : undefined;
  const message = x.message || (inner instanceof Error ? inner.message : '') || code;
  const info: ErrorInfo = { code, message: oneLine(message) };
  if (typeof x.$metadata?.httpStatusCode === 'number') info.status = x.$metadata.httpStatusCode;
  if (typeof x.$metadata?.attempts === 'number') info.attempts = x.$metadata.attempts;
  return info;
}

function errorText(e: unknown): string {
  return oneLine(e instanceof Error ? e.message : String(e));
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
