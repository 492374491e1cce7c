/**
 * The report of many pipelines: one body for the job summary and the PR comment. Pipelines that need a reviewer's eye
 * (failed, changed, new, or without a diff) get a section each; the others get one line each. When the full body does
 * not fit the size limit, those sections are shortened to a line or two; the comment's byte cut stays the last
 * resort. Pure.
 */
import type { Report } from '../../core/index.js';
import { summaryLine } from '../../core/diff/diff.js';
import type { BaseComparison } from '../compare.js';
import { clip, escapeMarkdown as esc } from './markdown.js';
import { graphSection, links, plural, problemsSection, stepsTable } from './render.js';
import { baseLine, comparisonMarkdown, type BaseInfo } from './render-diff.js';

export interface PipelineView {
  name: string;
  report: Report;
  /** Absent outside pull requests, and for pipelines whose head failed. */
  comparison?: BaseComparison;
  /** Steps marked as changed in the DAG picture. */
  changedSteps: readonly string[];
}

export interface ManyView {
  pipelines: readonly PipelineView[];
  commentKey: string;
  artifactUrl?: string;
  artifactNote?: string;
  runUrl?: string;
  /** On pull requests: the base compared with, or why there is no diff at all. */
  base?: BaseInfo;
  baseNote?: string;
  /** Whether this is a pull request (there is something to compare with). */
  comparing: boolean;
}

type Kind = 'failed' | 'changed' | 'new' | 'unavailable' | 'unchanged';

/** Full sections first, in the order a reviewer needs them. */
const ORDER: readonly Kind[] = ['failed', 'changed', 'new', 'unavailable'];
const ICON: Record<Kind, string> = {
  failed: '❌',
  changed: '✏️',
  new: '🆕',
  unavailable: '⚠️',
  unchanged: '✅',
};
/** Problems listed in a shortened section of a failed pipeline. */
const SHORT_PROBLEMS = 5;
/** Changed steps listed in a shortened section (a line each), and named in a minimal one. */
const SHORT_STEPS = 10;
const MINIMAL_STEPS = 5;

/** How much of a section is shown: everything, a line per change, or the title and one line. */
type Detail = 'full' | 'short' | 'minimal';

function kindOf(p: PipelineView): Kind {
  if (!p.report.ok) return 'failed';
  const c = p.comparison;
  if (!c) return 'unchanged';
  if (c.status === 'compared') return c.diff.equal ? 'unchanged' : 'changed';
  return c.status;
}

const code = (name: string): string => `<code>${esc(name)}</code>`;

function filled(r: Report): string {
  return `${r.filledSteps} of ${plural(r.totalSteps, 'step')} filled`;
}

function errorCount(r: Report): number {
  return r.problems.filter((p) => p.severity === 'error').length;
}

function title(p: PipelineView, kind: Kind): string {
  const r = p.report;
  const what = (() => {
    switch (kind) {
      case 'failed':
        return `generation failed: ${plural(errorCount(r), 'error')}`;
      case 'changed': {
        const c = p.comparison;
        const n = c?.status === 'compared' ? c.diff.steps.length : 0;
        const other = c?.status === 'compared' ? c.diff.other.changes.length : 0;
        const parts = [
          n > 0 ? `${plural(n, 'step')} changed` : '',
          other > 0 ? 'changes outside the steps' : '',
        ];
        return `${parts.filter(Boolean).join(', ')}; ${filled(r)}`;
      }
      case 'new':
        return `new pipeline, ${filled(r)}`;
      case 'unavailable':
        return `${filled(r)}, no diff`;
      case 'unchanged':
        return filled(r);
    }
  })();
  return `#### ${ICON[kind]} ${code(p.name)}: ${what}`;
}

function foldedSteps(r: Report): string[] {
  const table = stepsTable(r.steps);
  if (table.length === 0) return [];
  return [`<details><summary>Steps: ${filled(r)}</summary>`, '', ...table, '', '</details>'];
}

function fullSection(p: PipelineView, kind: Kind): string[][] {
  const r = p.report;
  const graph = graphSection(r, p.changedSteps);
  if (kind === 'failed') return [[title(p, kind)], problemsSection(r.problems), stepsTable(r.steps), graph];
  const comparison = p.comparison ? [comparisonMarkdown(p.comparison)] : [];
  return [[title(p, kind)], comparison, foldedSteps(r), graph];
}

/** `a, b, c and 4 more` */
function someOf(items: readonly string[], max: number): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/**
 * A section cut down for a body that must fit a size limit: `short` keeps a line per changed step (or the first
 * errors), `minimal` only the title and one line.
 */
function cutSection(p: PipelineView, kind: Kind, detail: Exclude<Detail, 'full'>): string[][] {
  const r = p.report;
  const c = p.comparison;
  if (kind === 'failed') {
    const errors = r.problems.filter((x) => x.severity === 'error');
    const max = detail === 'short' ? SHORT_PROBLEMS : 1;
    const lines = problemsSection(errors.slice(0, max));
    if (errors.length > max) lines.push(`- …and ${errors.length - max} more (see the annotations)`);
    return [[title(p, kind)], lines];
  }
  if (c?.status === 'compared') {
    if (detail === 'minimal')
      return [
        [title(p, kind)],
        [
          `Changed: ${someOf(
            c.diff.steps.map((s) => code(s.step)),
            MINIMAL_STEPS,
          )}.`,
        ],
      ];
    const steps = c.diff.steps.map((s) => `- ${code(s.step)}: ${esc(clip(summaryLine(s), 300))}`);
    const lines = steps.slice(0, SHORT_STEPS);
    if (steps.length > SHORT_STEPS) lines.push(`- …and ${steps.length - SHORT_STEPS} more changed steps`);
    if (c.diff.other.changes.length > 0)
      lines.push(`- outside the steps: ${esc(clip(summaryLine(c.diff.other), 300))}`);
    return [[title(p, kind)], lines];
  }
  if (detail === 'minimal' && c?.status === 'new') return [[title(p, kind)]];
  return [[title(p, kind)], c ? [comparisonMarkdown(c)] : []];
}

function headline(view: ManyView): string[] {
  const n = view.pipelines.length;
  const failed = view.pipelines.filter((p) => !p.report.ok).length;
  const head =
    failed > 0
      ? `### ❌ Execution documents: ${failed} of ${plural(n, 'pipeline')} failed`
      : `### ✅ Execution documents: ${plural(n, 'pipeline')} generated`;
  return [head, `<sub>${esc(view.commentKey)}</sub>`];
}

function overview(view: ManyView, counts: Record<Kind, number>): string[] {
  const steps = view.pipelines.reduce((s, p) => s + p.report.filledSteps, 0);
  const total = view.pipelines.reduce((s, p) => s + p.report.totalSteps, 0);
  const line = [`${steps} of ${plural(total, 'step')} filled.`];
  if (view.comparing) {
    const parts = (
      [
        ['changed', 'changed'],
        ['new', 'new'],
        ['unchanged', 'unchanged'],
        ['unavailable', 'without a diff'],
        ['failed', 'failed'],
      ] as const
    )
      .filter(([k]) => counts[k] > 0)
      .map(([k, word]) => `${counts[k]} ${word}`);
    line.push(`Against the base: ${parts.join(', ')}.`);
  }
  const out = [line.join(' ')];
  if (view.baseNote) out.push('', `⚠️ No diff against the base: ${esc(view.baseNote)}`);
  if (view.base) out.push('', baseLine(view.base));
  return out;
}

function unchangedList(view: ManyView, pipelines: readonly PipelineView[]): string[] {
  if (pipelines.length === 0) return [];
  const heading = view.comparing
    ? `**No change** (${pipelines.length})`
    : `**Generated** (${pipelines.length})`;
  return [
    heading,
    '',
    ...pipelines.map((p) => {
      const warnings = p.report.problems.filter((x) => x.severity === 'warning').length;
      return `- ✅ ${code(p.name)}: ${filled(p.report)}${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''}`;
    }),
  ];
}

function join(sections: string[][]): string {
  return `${sections
    .filter((s) => s.length > 0 && s.some((line) => line !== ''))
    .map((s) => s.join('\n'))
    .join('\n\n')}\n`;
}

/**
 * The body for `maxBytes` (UTF-8): every section in full when that fits, else the sections shortened to a line per
 * change, else to a line each (failed pipelines keep their first errors), with a line saying where the full report
 * is. A body that does not fit even then is the caller's to cut.
 */
export function renderMany(view: ManyView, maxBytes: number, fullReportHint: string): string {
  const counts: Record<Kind, number> = { failed: 0, changed: 0, new: 0, unavailable: 0, unchanged: 0 };
  const kinds = view.pipelines.map(kindOf);
  kinds.forEach((k) => counts[k]++);
  const byKind = (k: Kind): PipelineView[] => view.pipelines.filter((_, i) => kinds[i] === k);

  const render = (detail: Detail): string =>
    join([
      headline(view),
      overview(view, counts),
      ...ORDER.flatMap((k) =>
        byKind(k).flatMap((p) => (detail === 'full' ? fullSection(p, k) : cutSection(p, k, detail))),
      ),
      unchangedList(view, byKind('unchanged')),
      detail === 'full' ? [] : [`ℹ️ Shortened to fit: ${fullReportHint}`],
      [links(view)],
    ]);
  let body = '';
  for (const detail of ['full', 'short', 'minimal'] as const) {
    body = render(detail);
    if (Buffer.byteLength(body, 'utf8') <= maxBytes) break;
  }
  return body;
}
