/**
 * The hidden marker that makes a PR comment ours: the first line of every body the action writes, and only there.
 * It names the invocation (`comment-key`) and the head commit the report is for. A copy of it anywhere else — in a
 * diff of a changed value, in someone's quote — is not a marker.
 */

export interface Marker {
  /** The `comment-key` of the invocation. */
  key: string;
  /** The head commit the report describes (40 or 64 hex digits), when known. */
  head?: string;
}

const PREFIX = '<!-- exec-doc:report ';
const SUFFIX = ' -->';
const LINE = /^<!-- exec-doc:report key=([A-Za-z0-9\-_.!~*'()%]*)(?: head=([0-9a-f]{40}|[0-9a-f]{64}))? -->$/;

/** The marker line; the key is URI-encoded, so no key can close the HTML comment early or fake a field. */
export function commentMarker(marker: Marker): string {
  const head =
    marker.head && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(marker.head) ? ` head=${marker.head}` : '';
  return `${PREFIX}key=${encodeURIComponent(marker.key)}${head}${SUFFIX}`;
}

/** The marker of a comment body: its first line, exactly as commentMarker writes it; undefined otherwise. */
export function readMarker(body: string | null | undefined): Marker | undefined {
  if (!body) return undefined;
  const eol = body.indexOf('\n');
  const first = (eol < 0 ? body : body.slice(0, eol)).replace(/\r$/, '');
  const m = LINE.exec(first);
  if (!m) return undefined;
  let key: string;
  try {
    key = decodeURIComponent(m[1] ?? '');
  } catch {
    return undefined;
  }
  return m[2] ? { key, head: m[2] } : { key };
}
