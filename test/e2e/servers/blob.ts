/**
 * A block-blob stub that speaks enough Azure Blob REST for @azure/storage-blob uploads:
 * Put Blob (`PUT` with `x-ms-blob-type: BlockBlob`), Put Block (`?comp=block&blockid=`) and Put Block List
 * (`?comp=blocklist`, XML body); and Get Blob (`GET`), as @actions/artifact downloads through a signed URL, with the
 * content type the upload set (`x-ms-blob-content-type`). Committed blobs are kept by path so tests can assert the
 * uploaded bytes.
 *
 * URLs are IP-style, as the SDK expects for a numeric host: `/{account}/{container}/{blob...}`.
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { listen, type LoopbackServer } from './http.js';

export interface BlobServer extends LoopbackServer {
  /** Committed blobs by path (`/account/container/blob`). */
  blobs: Map<string, Buffer>;
  /** Content types of committed blobs, by path. */
  contentTypes: Map<string, string>;
  /** A SAS-looking URL for a new blob under this server. */
  signedUrl(blobPath: string): string;
  /** A SAS-looking read URL for a committed blob (`/account/container/blob`). */
  readUrl(path: string): string;
}

function reply(
  res: http.ServerResponse,
  status: number,
  extra: http.OutgoingHttpHeaders = {},
  body = '',
): void {
  res.writeHead(status, {
    'x-ms-request-id': randomUUID(),
    'x-ms-version': '2025-01-05',
    date: new Date().toUTCString(),
    'content-length': Buffer.byteLength(body),
    ...extra,
  });
  res.end(body);
}

function errorXml(code: string, message: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
}

export async function startBlobServer(): Promise<BlobServer> {
  const staged = new Map<string, Map<string, Buffer>>();
  const blobs = new Map<string, Buffer>();
  const contentTypes = new Map<string, string>();
  const committed = (
    path: string,
    data: Buffer,
    res: http.ServerResponse,
    contentType: string | string[] | undefined,
  ): void => {
    blobs.set(path, data);
    if (typeof contentType === 'string') contentTypes.set(path, contentType);
    staged.delete(path);
    reply(res, 201, {
      etag: `"0x${Date.now().toString(16)}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-server-encrypted': 'true',
    });
  };

  const server = await listen((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    if (req.method === 'GET') {
      const data = blobs.get(path);
      if (!data)
        return reply(
          res,
          404,
          { 'content-type': 'application/xml', 'x-ms-error-code': 'BlobNotFound' },
          errorXml('BlobNotFound', 'The specified blob does not exist.'),
        );
      res.writeHead(200, {
        'x-ms-request-id': randomUUID(),
        'x-ms-version': '2025-01-05',
        'x-ms-blob-type': 'BlockBlob',
        'content-type': contentTypes.get(path) ?? 'application/octet-stream',
        'content-length': data.length,
      });
      res.end(data);
      return;
    }
    if (req.method !== 'PUT') {
      return reply(
        res,
        405,
        { 'content-type': 'application/xml', 'x-ms-error-code': 'UnsupportedHttpVerb' },
        errorXml('UnsupportedHttpVerb', 'stub'),
      );
    }
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      const id = url.searchParams.get('blockid') ?? '';
      const blocks = staged.get(path) ?? new Map<string, Buffer>();
      blocks.set(id, req.body);
      staged.set(path, blocks);
      return reply(res, 201, { 'x-ms-request-server-encrypted': 'true' });
    }
    if (comp === 'blocklist') {
      const xml = req.body.toString('utf8');
      const ids = [...xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map((m) => m[2] ?? '');
      const blocks = staged.get(path) ?? new Map<string, Buffer>();
      const missing = ids.find((id) => !blocks.has(id));
      if (missing !== undefined) {
        return reply(
          res,
          400,
          { 'content-type': 'application/xml', 'x-ms-error-code': 'InvalidBlockList' },
          errorXml('InvalidBlockList', 'unknown block'),
        );
      }
      return committed(
        path,
        Buffer.concat(ids.map((id) => blocks.get(id) ?? Buffer.alloc(0))),
        res,
        req.headers['x-ms-blob-content-type'],
      );
    }
    if (comp === null && req.headers['x-ms-blob-type'] === 'BlockBlob')
      return committed(path, req.body, res, req.headers['x-ms-blob-content-type']);
    return reply(
      res,
      400,
      { 'content-type': 'application/xml', 'x-ms-error-code': 'InvalidQueryParameterValue' },
      errorXml('InvalidQueryParameterValue', `comp=${comp ?? ''}`),
    );
  });

  return {
    ...server,
    blobs,
    contentTypes,
    readUrl: (path) =>
      `${server.url}${path.split('/').map(encodeURIComponent).join('/')}?sv=2025-01-05&se=2099-01-01T00%3A00%3A00Z&sr=b&sp=r&sig=c3R1Yg%3D%3D`,
    signedUrl: (blobPath) =>
      `${server.url}/devstoreaccount1/actions-results/${blobPath.split('/').map(encodeURIComponent).join('/')}?sv=2025-01-05&se=2099-01-01T00%3A00%3A00Z&sr=b&sp=cw&sig=c3R1Yg%3D%3D`,
  };
}
