/**
 * Reads a paginated GitHub list by following its `Link: rel="next"` headers — and stops, with a warning, when a
 * server sends a page it already sent (a `next` that points back) or more pages than any real list has. Octokit's
 * own iterator follows `next` for ever.
 */
import * as log from '../log.js';
import type { GitHubClient } from './client.js';

/** 100 pages of 100: ten thousand items, far more than any pull request has comments. */
export const MAX_PAGES = 100;

/** The `rel="next"` URL of a Link header. */
export function nextLink(link: string | undefined): string | undefined {
  return /<([^<>]+)>;\s*rel="next"/.exec(link ?? '')?.[1];
}

function canonical(url: string): string {
  try {
    const u = new URL(url);
    u.searchParams.sort();
    return u.href;
  } catch {
    return url;
  }
}

/**
 * The pages of `GET route` (with `params`), in order. `what` names the list in the warning a loop gets, e.g.
 * "the comments of #7".
 */
export async function* pages<T>(
  client: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  what: string,
): AsyncGenerator<T[]> {
  const first = client.request.endpoint(route, params);
  const headers = first.headers;
  const seen = new Set<string>();
  for (let url: string | undefined = first.url; url;) {
    const key = canonical(url);
    if (seen.has(key)) {
      log.warning(
        `Stopped reading ${what} after ${seen.size} page(s): the server's next page is one it already sent (${url}).`,
      );
      return;
    }
    if (seen.size >= MAX_PAGES) {
      log.warning(`Stopped reading ${what} after ${MAX_PAGES} pages.`);
      return;
    }
    seen.add(key);
    const response = await client.request({ method: 'GET', url, headers });
    const data: unknown = response.data;
    yield Array.isArray(data) ? (data as T[]) : [];
    url = nextLink(response.headers.link);
  }
}
