/**
 * Markdown primitives for text that comes from user files (step names, config values, messages). Such text must
 * render as itself: no formatting, links, HTML, @-mentions or #-references.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const ZWSP = '\u200b';

/**
 * Escapes text for a GitHub markdown paragraph, list item or table cell.
 * - `& < > "` become entities, so no HTML (or entity) gets through;
 * - markdown punctuation (`\ \` * _ [ ] | ~`) is backslash-escaped (`|` would end a table cell);
 * - `@` and `#` get a zero-width space after them: GitHub links mentions and issue references on the rendered text,
 *   where an entity such as `&#64;` would already be decoded back to `@`;
 * - bare URLs are broken the same way so they do not autolink;
 * - line breaks and other control characters become spaces (a newline would end the table row).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/[&<>"]/g, (c) => HTML_ENTITIES[c] ?? c)
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/[@#]/g, `$&${ZWSP}`)
    .replace(/\b(https?|ftp):\/\//gi, `$1:${ZWSP}//`)
    .replace(/\bwww\./gi, `www${ZWSP}.`);
}

/** Shortens text to `max` characters (code points), marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Keeps `body` within `maxBytes` (UTF-8): cuts at the last whole line that fits and appends `notice` after a blank
 * line (which also closes a table the cut may have landed in).
 */
export function truncateAtLine(body: string, maxBytes: number, notice: string): string {
  if (Buffer.byteLength(body, 'utf8') <= maxBytes) return body;
  const tail = `\n\n${notice}`;
  let budget = maxBytes - Buffer.byteLength(tail, 'utf8');
  const kept: string[] = [];
  for (const line of body.split('\n')) {
    const cost = Buffer.byteLength(line, 'utf8') + (kept.length > 0 ? 1 : 0);
    if (cost > budget) break;
    kept.push(line);
    budget -= cost;
  }
  return `${kept.join('\n').trimEnd()}${tail}`;
}
