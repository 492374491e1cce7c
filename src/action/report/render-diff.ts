/**
 * The diff against the base as markdown: for one pipeline's report and for each section of many. Loaded only on pull
 * requests, with the diff renderer of the core. Pure.
 */
import type { JsonObject } from '../../core/index.js';
import { renderDiffMarkdown } from '../../core/diff/render-markdown.js';
import type { BaseComparison } from '../compare.js';
import { escapeMarkdown as esc } from './markdown.js';

/** The base a pull request is compared with: its short commit id and how its files were read. */
export interface BaseInfo {
  ref: string;
  via: 'git' | 'api';
}

/** The diff part of a report: a comparison with the base, or why there is none. */
export interface DiffView {
  base?: BaseInfo;
  comparison?: BaseComparison;
  /** Why nothing could be compared (no base commit in the event, no token...). */
  note?: string;
}

/** Where the base was read from, in words. */
export function baseLine(base: BaseInfo): string {
  const via = base.via === 'git' ? 'the local git checkout' : 'the GitHub API';
  return `<sub>Compared with the pull request's base commit ${base.ref} (read from ${via}).</sub>`;
}

/** The outcome of a comparison, as markdown: the diff, "no change", "new pipeline" or why there is no diff. */
export function comparisonMarkdown(c: BaseComparison): string {
  switch (c.status) {
    case 'compared':
      return renderDiffMarkdown(c.diff).trimEnd();
    case 'new': {
      const files = c.missing.map((m) => `<code>${esc(m)}</code>`).join(' and ');
      return `🆕 **New pipeline**: ${files} ${c.missing.length === 1 ? 'is' : 'are'} not in the base commit.`;
    }
    case 'unavailable':
      return `⚠️ **No diff against the base**: ${esc(c.reason)}. The document was still generated and checked.`;
  }
}

/** The diff section: a heading, then the comparison or the note. Empty when there is nothing to say. */
export function diffSection(diff: DiffView | undefined): string[] {
  if (!diff) return [];
  const body = diff.comparison
    ? comparisonMarkdown(diff.comparison)
    : diff.note
      ? `⚠️ No diff against the base: ${esc(diff.note)}`
      : '';
  if (body === '') return [];
  return ['#### Changes in this pull request', '', body, ...(diff.base ? ['', baseLine(diff.base)] : [])];
}

/** The steps a comparison says changed: the diff's, every step of a new pipeline, none otherwise. */
export function comparisonSteps(c: BaseComparison | undefined, head: JsonObject | undefined): string[] {
  if (!c) return [];
  if (c.status === 'compared') return c.diff.steps.map((s) => s.step);
  const steps = head?.['PIPELINE_STEP_CONFIGS'];
  if (c.status === 'new' && steps && typeof steps === 'object') return Object.keys(steps);
  return [];
}
