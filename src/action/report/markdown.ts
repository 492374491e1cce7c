/**
 * Markdown primitives for text that comes from user files (step names, config values, messages): the core's escapers
 * (core/diff/markdown.ts, shared with the CLI's markdown diff), re-exported for the action's report; and the line cut
 * of a body that must fit a size limit.
 */
export {
  clip,
  codeSpan,
  fence,
  hasInvisible,
  htmlCode,
  htmlText,
  inlineText,
  visible,
} from '../../core/diff/markdown.js';
export { inlineText as escapeMarkdown } from '../../core/diff/markdown.js';

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
