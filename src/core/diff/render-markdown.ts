/**
 * `exec-doc diff --format markdown`: the diff as a reviewer reads it on GitHub — a headline, then per changed step
 * (identical changes of several steps once) a ```` ```diff ```` block of its leaf changes, long text as its changed
 * lines. Every value is in code (exact, inert), names in code spans. Pure.
 */
import { codeSpan, fence } from './markdown.js';
import { changedFields, changeLines, reviewDiff, type ReviewChange } from './review.js';
import type { DocumentDiff } from './types.js';
import { NO_CHANGE, headline } from './values.js';

export interface MarkdownDiffOptions {
  /** Changes shown per step before the rest is only counted (default 100). */
  maxChangesPerStep?: number;
}

function block(title: string, changes: readonly ReviewChange[], max: number): string[] {
  const shown = changes.slice(0, max);
  const lines = shown.flatMap((c) => changeLines(c));
  if (changes.length > shown.length)
    lines.push(
      `  … ${changes.length - shown.length} more changes (exec-doc diff --format json lists them all)`,
    );
  return lines.length > 0 ? [title, '', ...fence(lines, 'diff'), ''] : [title, ''];
}

const names = (items: readonly string[]): string => items.map((s) => codeSpan(s)).join(', ');

/** The diff as GitHub markdown (see the module comment); "No change" when the documents are equal. */
export function renderDiffMarkdown(diff: DocumentDiff, opts: MarkdownDiffOptions = {}): string {
  if (diff.equal) return `${NO_CHANGE}\n`;
  const max = Math.max(1, opts.maxChangesPerStep ?? 100);
  const review = reviewDiff(diff);
  const out = [`**Execution document:** ${headline(diff)}.`, ''];
  const shared = new Set(review.shared.flatMap((g) => g.steps));
  for (const g of review.shared)
    out.push(
      ...block(`**${g.steps.length} steps**, the same change in each: ${names(g.steps)}`, g.changes, max),
    );
  for (const s of review.steps) {
    if (s.status === 'changed' && s.changes.length === 0) continue;
    const what =
      s.status === 'changed'
        ? ` — ${names(changedFields(s.changes))}${shared.has(s.step) ? ', and the shared change above' : ''}`
        : ` (${s.status})`;
    out.push(...block(`**${codeSpan(s.step)}**${what}`, s.changes, max));
  }
  if (review.other.length > 0) out.push(...block('**Outside the steps**', review.other, max));
  return `${out.join('\n').trimEnd()}\n`;
}
