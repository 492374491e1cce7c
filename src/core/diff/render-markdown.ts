import type { Change, ChangeSet, DocumentDiff, FieldSummary } from './types.js';
import { NO_CHANGE, clip, fullText, headline, isTextChange, lineDiff, oneLine } from './values.js';

/** Longest value shown in a table cell; a longer one (or any multi-line string) also gets a `<details>` block. */
const CELL = 100;
const ZWSP = '\u200b';
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Shared part of both escapers: control characters (a newline would end a table row) become spaces, `@` and
 * `#` get a zero-width space so GitHub links no mention or issue reference, bare URLs are broken so they do
 * not autolink, and `& < > " '` become entities so no HTML gets through.
 */
function neutral(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
      .replace(/[&<>"']/g, (c) => HTML[c] ?? c)
      .replace(/[@#]/g, `$&${ZWSP}`)
      .replace(/\b(https?|ftp):\/\//gi, `$1:${ZWSP}//`)
      .replace(/\bwww\./gi, `www${ZWSP}.`)
  );
}

/** Text from user files for a markdown paragraph or table cell: also backslash-escapes markdown punctuation. */
export function escapeMarkdownText(text: string): string {
  return neutral(text).replace(/[\\`*_[\]|~]/g, '\\$&');
}

/** Text from user files inside raw HTML (`<summary>`), where markdown escapes would show as backslashes. */
export function escapeHtmlText(text: string): string {
  return neutral(text);
}

/** A code fence longer than any backtick run in `text`, so the text cannot close it. */
function fence(text: string, info: string): string[] {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return [`${ticks}${info}`, text, ticks];
}

const code = (text: string): string => `<code>${escapeMarkdownText(text)}</code>`;

function isLong(v: unknown): boolean {
  return (typeof v === 'string' && v.includes('\n')) || oneLine(v).length > CELL;
}

function cell(c: Change, side: 'old' | 'new'): string {
  if (c.kind === 'moved') return `index ${side === 'old' ? c.from : c.to}`;
  if (!(side in c)) return '';
  return code(clip(oneLine(c[side]), CELL));
}

function fullValues(c: Change): string[] {
  const sides = (['old', 'new'] as const).filter((s) => s in c);
  if (!sides.some((s) => isLong(c[s]))) return [];
  const where = c.path === '' ? 'the whole step' : c.path;
  const out = [
    '<details>',
    `<summary>Full ${sides.length === 2 ? 'old and new values' : 'value'} of ${escapeHtmlText(where)}</summary>`,
    '',
  ];
  if (isTextChange(c, CELL)) {
    const lines = lineDiff(c.old, c.new).map((l) => (l.op === '…' ? '@@ … @@' : `${l.op} ${l.text}`));
    out.push('Changed lines:', '', ...fence(lines.join('\n'), 'diff'), '');
  }
  for (const s of sides) {
    const text = fullText(c[s]);
    out.push(
      `${s === 'old' ? 'Old' : 'New'}:`,
      '',
      ...fence(text, typeof c[s] === 'string' ? 'text' : 'json'),
      '',
    );
  }
  out.push('</details>', '');
  return out;
}

function summaryCell(items: FieldSummary[], status?: string): string {
  if (status === 'added' || status === 'removed') return `step ${status}`;
  return items
    .map((i) => {
      const field = code(i.field);
      if (i.old !== undefined && i.new !== undefined) return `${field} ${code(i.old)} → ${code(i.new)}`;
      return /^\d/.test(i.what) ? `${field} (${i.what})` : `${field} ${i.what}`;
    })
    .join(', ');
}

function changeTable(set: ChangeSet, max: number): string[] {
  const shown = set.changes.slice(0, max);
  const rows = shown.map(
    (c) =>
      `| ${c.kind} | ${c.path === '' ? '(whole step)' : code(c.path)} | ${cell(c, 'old')} | ${cell(c, 'new')} |`,
  );
  const out = ['| Change | Path | Old | New |', '| --- | --- | --- | --- |', ...rows, ''];
  if (set.changes.length > shown.length) {
    out.push(
      `…and ${set.changes.length - shown.length} more change(s); \`exec-doc diff --format json\` lists them all.`,
      '',
    );
  }
  for (const c of shown) out.push(...fullValues(c));
  return out;
}

export interface MarkdownDiffOptions {
  /** Rows listed per step before the rest is only counted (default 100). */
  maxChangesPerStep?: number;
}

/**
 * The diff for a pull-request comment: a headline, a table of steps with what changed, then per step a table of
 * changes. Every user value is escaped (no HTML, links, mentions or formatting get through); long values are
 * cut in the tables and given in full in `<details>` blocks, inside code fences that they cannot close.
 */
export function renderDiffMarkdown(diff: DocumentDiff, opts: MarkdownDiffOptions = {}): string {
  if (diff.equal) return `${NO_CHANGE}\n`;
  const max = Math.max(1, opts.maxChangesPerStep ?? 100);
  const out = [`**Execution document:** ${headline(diff)}.`, '', '| Step | What changed |', '| --- | --- |'];
  for (const s of diff.steps) out.push(`| ${code(s.step)} | ${summaryCell(s.summary, s.status)} |`);
  if (diff.other.changes.length > 0) out.push(`| (outside the steps) | ${summaryCell(diff.other.summary)} |`);
  out.push('');
  for (const s of diff.steps)
    out.push(
      `**${s.status === 'changed' ? 'Changed' : s.status === 'added' ? 'Added' : 'Removed'} step ${code(s.step)}**`,
      '',
      ...changeTable(s, max),
    );
  if (diff.other.changes.length > 0) out.push('**Outside the steps**', '', ...changeTable(diff.other, max));
  return `${out.join('\n').trimEnd()}\n`;
}
