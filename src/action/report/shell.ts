/** Shell words for the "Reproduce locally" commands, which a reader pastes into bash or zsh. */

import { hasInvisible } from './markdown.js';

function escapeForDollarQuote(c: string): string {
  if (c === '\\') return '\\\\';
  if (c === "'") return "\\'";
  if (c === '\n') return '\\n';
  if (c === '\t') return '\\t';
  if (c === '\r') return '\\r';
  const cp = c.codePointAt(0)!;
  return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}

/**
 * `s` as one shell word: as it is when it is made of safe characters, in single quotes otherwise, and as an ANSI-C
 * `$'…'` string when it holds a line break or another invisible character (a code block would show those as
 * `\u{a}`, which inside single quotes would name another file).
 */
export function shellQuote(s: string): string {
  if (/^[\w./-]+$/.test(s)) return s;
  if (hasInvisible(s))
    return `$'${Array.from(s, (c) => (c === '\\' || c === "'" || hasInvisible(c) ? escapeForDollarQuote(c) : c)).join('')}'`;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
