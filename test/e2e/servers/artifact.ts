/**
 * A loopback artifact service speaking the Twirp JSON API of @actions/artifact v6
 * (`POST /twirp/github.actions.results.api.v1.ArtifactService/<Method>`, snake_case JSON): CreateArtifact,
 * FinalizeArtifact, ListArtifacts, GetSignedArtifactURL, DeleteArtifact. Names are unique per workflow run: a second
 * CreateArtifact of a name answers 409 `already_exists`, as the real service does on a job re-run. Upload and
 * download URLs point at a BlobServer. With `hang` set, it accepts requests and never answers.
 */
import { createHash } from 'node:crypto';
import type { BlobServer } from './blob.js';
import { listen, sendJson, type LoopbackServer } from './http.js';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

export interface StoredArtifact {
  id: number;
  runBackendId: string;
  jobBackendId: string;
  name: string;
  mimeType?: string;
  expiresAt?: string;
  blobPath: string;
  finalized: boolean;
  size?: number;
  hash?: string;
  createdAt: string;
}

export interface ArtifactServer extends LoopbackServer {
  artifacts: StoredArtifact[];
  /** Twirp methods called, in order. */
  calls(): string[];
  /** The committed bytes of an artifact (from the blob server). */
  bytes(artifact: StoredArtifact): Buffer | undefined;
  /** Adds an artifact as an earlier attempt of the job would have left it. */
  seed(a: {
    runBackendId: string;
    jobBackendId: string;
    name: string;
    content?: string | Buffer;
    contentType?: string;
  }): StoredArtifact;
  /** A signed read URL of an artifact's blob. */
  readUrl(artifact: StoredArtifact): string;
  /** Accept requests and never answer them. */
  hang: boolean;
}

type Json = Record<string, unknown>;

function str(body: Json, key: string): string {
  const v = body[key];
  return typeof v === 'string' ? v : '';
}

function twirpError(code: string, msg: string): { code: string; msg: string } {
  return { code, msg };
}

export async function startArtifactServer(
  blob: BlobServer,
  options: { runtimeToken?: string } = {},
): Promise<ArtifactServer> {
  const artifacts: StoredArtifact[] = [];
  const state = { hang: false };
  let nextId = 4200;
  const create = (a: Omit<StoredArtifact, 'id' | 'blobPath' | 'finalized' | 'createdAt'>): StoredArtifact => {
    const id = nextId++;
    const stored: StoredArtifact = {
      ...a,
      id,
      blobPath: `/devstoreaccount1/actions-results/${a.runBackendId}/${a.jobBackendId}/${id}/${a.name}`,
      finalized: false,
      createdAt: new Date().toISOString(),
    };
    artifacts.push(stored);
    return stored;
  };
  const toApi = (a: StoredArtifact): Json => ({
    workflow_run_backend_id: a.runBackendId,
    workflow_job_run_backend_id: a.jobBackendId,
    database_id: String(a.id),
    name: a.name,
    size: String(a.size ?? 0),
    created_at: a.createdAt,
    ...(a.hash ? { digest: a.hash } : {}),
  });

  const server = await listen((req, res) => {
    if (state.hang) return;
    const url = new URL(req.url, 'http://127.0.0.1');
    if (req.method !== 'POST' || !url.pathname.startsWith(SERVICE)) {
      return sendJson(res, 404, twirpError('bad_route', `no handler for ${req.method} ${url.pathname}`));
    }
    if (options.runtimeToken && req.headers.authorization !== `Bearer ${options.runtimeToken}`) {
      return sendJson(res, 401, twirpError('unauthenticated', 'bad runtime token'));
    }
    const method = url.pathname.slice(SERVICE.length);
    const body = JSON.parse(req.body.toString('utf8') || '{}') as Json;
    const run = str(body, 'workflow_run_backend_id');
    const job = str(body, 'workflow_job_run_backend_id');
    const name = str(body, 'name');
    const inRun = artifacts.filter((a) => a.runBackendId === run);

    switch (method) {
      case 'CreateArtifact': {
        if (!run || !job || !name)
          return sendJson(res, 400, twirpError('invalid_argument', 'missing ids or name'));
        if (inRun.some((a) => a.name === name)) {
          return sendJson(
            res,
            409,
            twirpError('already_exists', 'an artifact with this name already exists on the workflow run'),
          );
        }
        const mime = body['mime_type'];
        const expires = body['expires_at'];
        const a = create({
          runBackendId: run,
          jobBackendId: job,
          name,
          mimeType: typeof mime === 'string' ? mime : undefined,
          expiresAt: typeof expires === 'string' ? expires : undefined,
        });
        return sendJson(res, 200, {
          ok: true,
          signed_upload_url: blob.signedUrl(a.blobPath.split('/').slice(3).join('/')),
        });
      }
      case 'FinalizeArtifact': {
        const a = inRun.find((x) => x.name === name && x.jobBackendId === job && !x.finalized);
        if (!a) return sendJson(res, 404, twirpError('not_found', 'artifact not found'));
        const hash = body['hash'];
        a.finalized = true;
        a.size = Number(str(body, 'size') || '0');
        a.hash = typeof hash === 'string' ? hash : undefined;
        return sendJson(res, 200, { ok: true, artifact_id: String(a.id) });
      }
      case 'ListArtifacts': {
        const nameFilter = body['name_filter'];
        const idFilter = body['id_filter'];
        const list = inRun.filter(
          (a) =>
            a.finalized &&
            (typeof nameFilter !== 'string' || a.name === nameFilter) &&
            (idFilter === undefined || String(a.id) === String(idFilter)),
        );
        return sendJson(res, 200, { artifacts: list.map(toApi) });
      }
      case 'GetSignedArtifactURL': {
        const a = inRun.find((x) => x.finalized && x.name === name);
        if (!a) return sendJson(res, 404, twirpError('not_found', 'artifact not found'));
        return sendJson(res, 200, { signed_url: blob.readUrl(a.blobPath) });
      }
      case 'DeleteArtifact': {
        const i = artifacts.findIndex((a) => a.runBackendId === run && a.name === name);
        const found = artifacts[i];
        if (!found) return sendJson(res, 404, twirpError('not_found', 'artifact not found'));
        artifacts.splice(i, 1);
        blob.blobs.delete(found.blobPath);
        return sendJson(res, 200, { ok: true, artifact_id: String(found.id) });
      }
      default:
        return sendJson(res, 404, twirpError('bad_route', `unknown method ${method}`));
    }
  });

  return {
    ...server,
    artifacts,
    calls: () =>
      server.requests
        .filter((r) => r.url.startsWith(SERVICE))
        .map((r) => new URL(r.url, 'http://127.0.0.1').pathname.slice(SERVICE.length)),
    bytes: (a) => blob.blobs.get(a.blobPath),
    readUrl: (a) => blob.readUrl(a.blobPath),
    get hang() {
      return state.hang;
    },
    set hang(v: boolean) {
      state.hang = v;
    },
    seed: ({ runBackendId, jobBackendId, name, content = '{}', contentType = 'application/json' }) => {
      const a = create({ runBackendId, jobBackendId, name });
      const data = Buffer.from(content);
      blob.blobs.set(a.blobPath, data);
      blob.contentTypes.set(a.blobPath, contentType);
      a.finalized = true;
      a.size = data.length;
      a.hash = `sha256:${createHash('sha256').update(data).digest('hex')}`;
      return a;
    },
  };
}
