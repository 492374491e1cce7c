/**
 * A loopback SageMaker that answers `DescribePipeline` over the AWS JSON 1.1 protocol, for tests
 * that drive the real SDK client through `AWS_ENDPOINT_URL_SAGEMAKER`. It does not check
 * signatures; it records what it was sent so tests can assert it.
 *
 * Errors are shaped as SageMaker sends them: HTTP 400, `Content-Type: application/x-amz-json-1.1`,
 * body `{"__type": "<Code>", "message": "..."}`. The SDK reads the code from `__type` first, then a
 * body `code`, then the `X-Amzn-ErrorType` header; `errorShape: 'header'` exercises the last path.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakePipeline {
  name: string;
  /** The `PipelineDefinition` string, or an object serialized as one. */
  definition: string | object;
  arn?: string;
}

/** How the next requests are answered. */
export type SageMakerMode =
  | { kind: 'ok' }
  | { kind: 'access-denied' }
  /** `ThrottlingException` for the next `times` requests, then `ok`. `Infinity` never recovers. */
  | { kind: 'throttle'; times: number }
  /** Any other error, e.g. `{status: 500, type: 'InternalFailure'}` or `UnrecognizedClientException`. */
  | { kind: 'error'; status: number; type: string; message: string }
  /** Accepts the request and never answers (a silent endpoint). */
  | { kind: 'hang' };

export interface RecordedRequest {
  method: string;
  path: string;
  /** `X-Amz-Target`, e.g. `SageMaker.DescribePipeline`. */
  target?: string;
  contentType?: string;
  body: unknown;
  /** Region and access key of the SigV4 credential scope in `Authorization`. */
  region?: string;
  accessKeyId?: string;
  service?: string;
  userAgent?: string;
}

export interface FakeSageMaker {
  /** `http://127.0.0.1:<port>`, for `AWS_ENDPOINT_URL_SAGEMAKER`. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  mode: SageMakerMode;
  readonly pipelines: Map<string, FakePipeline>;
  close(): Promise<void>;
}

export interface FakeSageMakerOptions {
  pipelines?: FakePipeline[];
  mode?: SageMakerMode;
  /** Where the error code goes: the `__type` body field (SageMaker's way) or `X-Amzn-ErrorType`. */
  errorShape?: 'body' | 'header';
  /** Account id used in ARNs and messages. */
  account?: string;
}

const JSON_11 = 'application/x-amz-json-1.1';

/** Starts the server on 127.0.0.1 with an ephemeral port. */
export async function startSageMakerServer(options: FakeSageMakerOptions = {}): Promise<FakeSageMaker> {
  const account = options.account ?? '123456789012';
  const errorShape = options.errorShape ?? 'body';
  const requests: RecordedRequest[] = [];
  const pipelines = new Map((options.pipelines ?? []).map((p) => [p.name, p] as const));
  const state: { mode: SageMakerMode } = { mode: options.mode ?? { kind: 'ok' } };
  let requestCount = 0;

  const send = (res: ServerResponse, status: number, body: object, errorType?: string): void => {
    const headers: Record<string, string> = {
      'content-type': JSON_11,
      'x-amzn-requestid': `00000000-0000-4000-8000-${String(++requestCount).padStart(12, '0')}`,
    };
    let payload: object = body;
    if (errorType !== undefined) {
      if (errorShape === 'header') headers['x-amzn-errortype'] = errorType;
      else payload = { __type: errorType, ...body };
    }
    const text = JSON.stringify(payload);
    headers['content-length'] = String(Buffer.byteLength(text));
    res.writeHead(status, headers).end(text);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      body = raw;
    }
    const scope = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(
      req.headers.authorization ?? '',
    );
    const target = header(req, 'x-amz-target');
    const contentType = header(req, 'content-type');
    requests.push({
      method: req.method ?? '',
      path: req.url ?? '',
      body,
      ...(target === undefined ? {} : { target }),
      ...(contentType === undefined ? {} : { contentType }),
      ...(scope ? { accessKeyId: scope[1], region: scope[2], service: scope[3] } : {}),
      ...(req.headers['user-agent'] ? { userAgent: req.headers['user-agent'] } : {}),
    });
    const region = scope?.[2] ?? 'us-east-1';

    if (req.method !== 'POST' || contentType !== JSON_11) {
      send(res, 400, { message: `expected POST with Content-Type ${JSON_11}` }, 'SerializationException');
      return;
    }
    if (target !== 'SageMaker.DescribePipeline') {
      send(
        res,
        400,
        { message: `operation ${target ?? '(none)'} is not supported by this fake` },
        'UnknownOperationException',
      );
      return;
    }
    const name =
      typeof body === 'object' && body !== null
        ? (body as { PipelineName?: unknown }).PipelineName
        : undefined;
    if (typeof name !== 'string') {
      send(
        res,
        400,
        {
          message:
            "1 validation error detected: Value null at 'pipelineName' failed to satisfy constraint: Member must not be null",
        },
        'ValidationException',
      );
      return;
    }
    const arn = (p: string): string => `arn:aws:sagemaker:${region}:${account}:pipeline/${p.toLowerCase()}`;

    const mode = state.mode;
    if (mode.kind === 'hang') return;
    if (mode.kind === 'access-denied') {
      send(
        res,
        400,
        {
          message: `User: arn:aws:sts::${account}:assumed-role/x/session is not authorized to perform: sagemaker:DescribePipeline on resource: ${arn(name)} because no identity-based policy allows the sagemaker:DescribePipeline action`,
        },
        'AccessDeniedException',
      );
      return;
    }
    if (mode.kind === 'throttle' && mode.times > 0) {
      state.mode = { kind: 'throttle', times: mode.times - 1 };
      send(res, 400, { message: 'Rate exceeded' }, 'ThrottlingException');
      return;
    }
    if (mode.kind === 'error') {
      send(res, mode.status, { message: mode.message }, mode.type);
      return;
    }

    const pipeline =
      pipelines.get(name) ?? [...pipelines.values()].find((p) => (p.arn ?? arn(p.name)) === name);
    if (!pipeline) {
      send(res, 400, { message: `Pipeline '${arn(name)}' does not exist.` }, 'ResourceNotFound');
      return;
    }
    const now = 1_726_900_000;
    send(res, 200, {
      PipelineArn: pipeline.arn ?? arn(pipeline.name),
      PipelineName: pipeline.name,
      PipelineDisplayName: pipeline.name,
      PipelineDefinition:
        typeof pipeline.definition === 'string' ? pipeline.definition : JSON.stringify(pipeline.definition),
      RoleArn: `arn:aws:iam::${account}:role/SageMakerExecutionRole`,
      PipelineStatus: 'Active',
      CreationTime: now,
      LastModifiedTime: now,
      CreatedBy: {},
      LastModifiedBy: {},
    });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { message: String(e) }, 'InternalFailure');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    pipelines,
    get mode() {
      return state.mode;
    },
    set mode(m: SageMakerMode) {
      state.mode = m;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
