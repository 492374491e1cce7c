/**
 * Markdown for text that comes from outside (config values, step and node names, paths, messages), for GitHub's
 * renderer (cmark-gfm plus GitHub's filters for mentions, issue references, emoji, math and commit ids). Such text
 * must render as itself: no formatting, HTML, link, image, mention or reference. Two ways to get there:
 * - as code (a code span, a fence, a `<code>` element): shown exactly, byte for byte — GitHub links nothing inside
 *   code — except the invisible characters of {@link visible}, which are spelled out;
 * - as prose ({@link inlineText}): plain words stay words; anything else (a quoted value, a word with markdown or
 *   HTML punctuation, `@`, `#`, `:`, `$`, a URL, `GH-1`, a commit-like hex word) becomes a code span.
 * No zero-width characters are ever inserted. Pure.
 */

/**
 * Characters that would act unseen: control characters (a line break ends a table row or a list item), format
 * characters (bidi overrides such as U+202E reorder what is shown, zero-width spaces hide differences) and line or
 * paragraph separators.
 */

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const HAS_INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** Whether `text` holds a character {@link visible} spells out. */
export function hasInvisible(text: string): boolean {
  return HAS_INVISIBLE.test(text);
}

/** `text` with every invisible character written as `\u{202e}` (a tab kept when `keepTabs`). */
export function visible(text: string, keepTabs = false): string {
  return text.replace(INVISIBLE, (c) =>
    keepTabs && c === '\t' ? c : `\\u{${c.codePointAt(0)!.toString(16)}}`,
  );
}

/** Shortens text to `max` code points, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

export interface CodeOptions {
  /** Inside a GFM table cell, where `|` ends the cell even inside code unless written `\|`. */
  table?: boolean;
}

/**
 * A code span showing `text` exactly: delimited by a backtick run longer than any inside it, padded with a space
 * when the text starts or ends with a backtick or a space (CommonMark strips one space from each end). Empty text is
 * shown as `""`, text of spaces only as its JSON string.
 */
export function codeSpan(text: string, opts: CodeOptions = {}): string {
  let t = visible(text);
  if (t === '' || /^ +$/.test(t)) t = JSON.stringify(t);
  const longest = Math.max(0, ...Array.from(t.matchAll(/`+/g), (m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(t) ? ' ' : '';
  if (opts.table) t = t.replace(/\|/g, '\\|');
  return `${ticks}${pad}${t}${pad}${ticks}`;
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for raw HTML (a `<summary>` line): entities for `& < > " '`, invisible characters spelled out. */
export function htmlText(text: string): string {
  return visible(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** A `<code>` element for raw HTML: shows `text` exactly once the browser decodes the entities. */
export function htmlCode(text: string): string {
  return `<code>${htmlText(text)}</code>`;
}

/**
 * A word of prose is left as it is only when it is made of letters, digits and punctuation that mean nothing to
 * cmark-gfm or to GitHub in the middle of a line; `-`, `+`, `=` and digits followed by `.` or `)` are also
 * harmless there (they only matter at the start of a line, which {@link inlineText} never writes).
 */
const PLAIN_WORD = /^[\p{L}\p{M}\p{N}.,;()'\-/=+?%{}→←…·–—]+$/u;
/** Words GitHub links although they are plain: `GH-12` issue references, commit ids (7+ hex digits). */
const LINKED_WORD = /^(?:GH-\d+|[0-9a-f]{7,40})$/i;
/** Leading and trailing punctuation left outside a code span (it reads better: `(`value`)`, `value`,). */
const EDGE = /^([(]*)(.*?)([),.;:]*)$/su;

/** A piece of a line of prose: markdown as it is, or text to show as code. */
type Piece = { code: false; md: string } | { code: true; show: string; raw: string };

function wordPieces(w: string, out: Piece[]): void {
  if (PLAIN_WORD.test(w) && !LINKED_WORD.test(w.replace(/[(),.;:]/g, '')) && !/www\./i.test(w)) {
    out.push({ code: false, md: w });
    return;
  }
  const [, lead = '', core = '', trail = ''] = EDGE.exec(w) ?? [];
  if (core === '') {
    out.push({ code: true, show: w, raw: w });
    return;
  }
  const inner = PLAIN_WORD.test(core) && !LINKED_WORD.test(core) && !/www\./i.test(core);
  out.push({ code: false, md: lead });
  out.push(inner ? { code: false, md: core } : { code: true, show: core, raw: core });
  out.push({ code: false, md: trail });
}

function prosePieces(text: string, out: Piece[]): void {
  text.split(/(\s+)/).forEach((part, i) => {
    if (i % 2 === 0) {
      if (part !== '') wordPieces(part, out);
      return;
    }
    if (part.includes('\t')) {
      out.push({ code: false, md: ' ' });
      return;
    }
    // Whitespace can hold invisible characters (U+FEFF is `\s`): each is shown spelled out, as code.
    for (const c of part)
      out.push(hasInvisible(c) ? { code: true, show: c, raw: c } : { code: false, md: c });
  });
}

/**
 * The pieces as markdown. Code pieces that touch (`[` and a quoted `"x"` in `["x"]`) become one code span of their
 * text as written: two spans side by side would merge their backtick runs, and a span could then end early and let
 * what follows render as markdown.
 */
function renderPieces(pieces: readonly Piece[], opts: CodeOptions): string {
  const parts = pieces.filter((p) => p.code || p.md !== '');
  const out: string[] = [];
  let run: Extract<Piece, { code: true }>[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    out.push(codeSpan(run.length === 1 ? run[0]!.show : run.map((p) => p.raw).join(''), opts));
    run = [];
  };
  parts.forEach((p, i) => {
    if (p.code) run.push(p);
    // Punctuation between two code pieces (the commas of `["a","b"]`), and braces touching one, belong to the value
    // they show.
    else if (
      !/\s/.test(p.md) &&
      ((run.length > 0 && parts[i + 1]?.code === true) ||
        (/^[{}]+$/.test(p.md) && (run.length > 0 || parts[i + 1]?.code === true)))
    )
      run.push({ code: true, show: p.md, raw: p.md });
    else {
      flush();
      out.push(p.md);
    }
  });
  flush();
  return out.join('');
}

/**
 * Outside text as one line of markdown prose (a list item, a paragraph, a table cell): double-quoted parts
 * (`"CradleDataLoading_training"`, as messages quote values) become code spans of what they quote, and so does every
 * other word that is not plain (see PLAIN_WORD); code that touches other code is one span of the text as written.
 * Line breaks become spaces. The text is never at the start of a line: callers put it after their own words.
 */
export function inlineText(text: string, opts: CodeOptions = {}): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of flat.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    prosePieces(flat.slice(last, m.index), pieces);
    let inner = m[1] ?? '';
    try {
      inner = JSON.parse(`"${inner}"`) as string;
    } catch {
      // Not a JSON string literal: show what is between the quotes as it is.
    }
    pieces.push({ code: true, show: inner, raw: m[0] });
    last = m.index + m[0].length;
  }
  prosePieces(flat.slice(last), pieces);
  return renderPieces(pieces, opts);
}

/**
 * A fenced code block around `lines`: a backtick fence longer than any backtick run in them, so no line can close
 * it (a closing fence may be indented), invisible characters spelled out (tabs kept).
 */
export function fence(lines: readonly string[], info = ''): string[] {
  const body = lines.map((l) => visible(l, true));
  const longest = Math.max(0, ...body.flatMap((l) => Array.from(l.matchAll(/`+/g), (m) => m[0].length)));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return [`${ticks}${info}`, ...body, ticks];
}
