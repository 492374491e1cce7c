import { summaryLine } from './diff.js';
import type { Change, ChangeSet, DocumentDiff } from './types.js';
import { NO_CHANGE, clip, headline, isTextChange, lineDiff, oneLine } from './values.js';

/** Longest value shown on one line; longer strings get a line diff, other values are cut. */
const INLINE = 200;

/**
 * Control characters (other than a tab inside a line of text) written as `\u{…}`, so a value cannot move the
 * cursor, recolour the terminal or break a line of the listing. Bidi overrides too: they reorder what is shown.
 */
function printable(s: string, keepTabs = false): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) =>
    keepTabs && c === '\t' ? c : `\\u{${c.codePointAt(0)!.toString(16)}}`,
  );
}

const MARK: Record<Change['kind'], string> = { added: '+', removed: '-', changed: '~', moved: '>' };

function changeLines(c: Change): string[] {
  const where = c.path === '' ? '(whole step)' : printable(c.path);
  const head = `  ${MARK[c.kind]} ${where}`;
  if (c.kind === 'moved') return [`${head}: moved from index ${c.from} to ${c.to}`];
  if (c.kind === 'added') return [`${head}: ${printable(clip(oneLine(c.new), INLINE))}`];
  if (c.kind === 'removed') return [`${head}: was ${printable(clip(oneLine(c.old), INLINE))}`];
  if (isTextChange(c, INLINE)) {
    return [
      `${head}:`,
      ...lineDiff(c.old, c.new).map((l) =>
        l.op === '…' ? '      …' : `      ${l.op} ${printable(l.text, true)}`,
      ),
    ];
  }
  return [`${head}: ${printable(clip(oneLine(c.old), INLINE))} → ${printable(clip(oneLine(c.new), INLINE))}`];
}

function block(title: string, set: ChangeSet): string[] {
  return [title, ...set.changes.flatMap(changeLines)];
}

/**
 * The diff for a terminal: a headline, one summary line per step, then every change (`+` added, `-` removed,
 * `~` changed, `>` moved), long text values as a line diff. Values are JSON; control characters are escaped.
 */
export function renderDiffText(diff: DocumentDiff): string {
  if (diff.equal) return `${NO_CHANGE}\n`;
  const lines = [`Execution document: ${headline(diff)}.`, ''];
  for (const s of diff.steps)
    lines.push(`${MARK[s.status]} ${printable(s.step)}: ${printable(summaryLine(s))}`);
  if (diff.other.changes.length > 0)
    lines.push(`~ (outside the steps): ${printable(summaryLine(diff.other))}`);
  for (const s of diff.steps) lines.push('', ...block(`${printable(s.step)} (${s.status})`, s));
  if (diff.other.changes.length > 0) lines.push('', ...block('(outside the steps)', diff.other));
  return `${lines.join('\n')}\n`;
}
