/** The request policy of the GitHub client, against loopback servers: timeouts, retries, rate limits, pagination. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { NetworkBudget } from '../../../../src/action/github/budget.js';
import {
  createGitHubClient,
  RateLimitError,
  RequestTimeoutError,
} from '../../../../src/action/github/client.js';
import { pages } from '../../../../src/action/github/paginate.js';

type Answer = (req: http.IncomingMessage, res: http.ServerResponse, n: number) => void;

let server: http.Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  server = undefined;
});

async function serve(answer: Answer): Promise<{ url: string; count: () => number }> {
  let n = 0;
  server = http.createServer((req, res) => answer(req, res, ++n));
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, count: () => n };
}

const json = (
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: http.OutgoingHttpHeaders = {},
) => res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

describe('the GitHub client', () => {
  it('gives up on a server that never answers after its attempts, each with its timeout', async () => {
    const s = await serve(() => undefined);
    const client = await createGitHubClient('t0ken-for-tests', s.url, {
      budget: new NetworkBudget(30_000),
      requestTimeoutMs: 200,
    });
    const started = Date.now();
    const e = await client
      .request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RequestTimeoutError);
    expect((e as Error).message).toBe('no answer to GET /repos/o/r within 0.2 s (3 attempts)');
    expect(s.count()).toBe(3);
    // 3 × 0.2 s of waiting and plugin-retry's backoffs of 1 s and 4 s: bounded, not the 20 s default per attempt.
    expect(Date.now() - started).toBeLessThan(8_000);
  });

  it('retries a 502 and returns the answer that follows', async () => {
    const s = await serve((_, res, n) =>
      n === 1 ? json(res, 502, { message: 'bad gateway' }) : json(res, 200, { ok: n }),
    );
    const client = await createGitHubClient('t0ken-for-tests', s.url, { budget: new NetworkBudget(30_000) });
    expect((await client.request('GET /x')).data).toEqual({ ok: 2 });
  });

  it('waits out a short rate limit as asked, and refuses a long one at once, then sends nothing more', async () => {
    const short = await serve((_, res, n) =>
      // A secondary rate limit as GitHub sends it.
      n === 1
        ? json(
            res,
            429,
            { message: 'You have exceeded a secondary rate limit. Please wait.' },
            { 'retry-after': '1' },
          )
        : json(res, 200, { n }),
    );
    const client = await createGitHubClient('t0ken-for-tests', short.url, {
      budget: new NetworkBudget(30_000),
    });
    expect((await client.request('GET /x')).data).toEqual({ n: 2 });
    await new Promise((r) => server!.close(r));

    const long = await serve((_, res) =>
      json(res, 429, { message: 'API rate limit exceeded' }, { 'retry-after': '3600' }),
    );
    const limited = await createGitHubClient('t0ken-for-tests', long.url, {
      budget: new NetworkBudget(30_000),
    });
    const started = Date.now();
    const e = await limited.request('GET /x').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RateLimitError);
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(limited.request('GET /y')).rejects.toBeInstanceOf(RateLimitError);
    expect(long.count()).toBe(1);
  });

  it('reads the pages of a list and stops at a page it already read', async () => {
    const s = await serve((req, res) => {
      const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? '1');
      // Page 2 says its next page is page 2.
      const next = `<http://${req.headers.host}/items?per_page=2&page=2>; rel="next"`;
      json(res, 200, [{ page }], { link: next });
    });
    const client = await createGitHubClient('t0ken-for-tests', s.url, { budget: new NetworkBudget(30_000) });
    const seen: unknown[] = [];
    for await (const p of pages(client, 'GET /items', { per_page: 2 }, 'the items')) seen.push(...p);
    expect(seen).toEqual([{ page: 1 }, { page: 2 }]);
    expect(s.count()).toBe(2);
  });
});
