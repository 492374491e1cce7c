/**
 * The report as markdown: one body for the job summary and the PR comment. Pure; every piece of text that comes from
 * the user's files goes through escapeMarkdown.
 */
import type { Problem, Report, StepReport } from '../../core/index.js';
import { renderMermaidBlock } from '../../core/graph/index.js';
import { clip, escapeMarkdown as esc } from './markdown.js';

export interface ReportView {
  report: Report;
  /** Names the invocation (by default the DAG path), so two reports in one PR are told apart. */
  commentKey: string;
  /** Link to the uploaded document, when there is one. */
  artifactUrl?: string;
  /** Why there is no artifact link (skipped, failed), shown in its place. */
  artifactNote?: string;
  runUrl?: string;
  /** On pull requests: the diff section (render-diff.ts's diffSection), shown right after the headline. */
  diff?: readonly string[];
  /** Steps to mark as changed in the DAG picture. */
  changedSteps?: readonly string[];
}

const MAX_VALUE_CHARS = 160;
const STATUS_ICON: Record<StepReport['status'], string> = { filled: '✅', unchanged: '➖', skipped: '⏭️' };

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function headline({ report, commentKey }: ReportView): string {
  const key = `<sub>${esc(commentKey)}</sub>`;
  if (!report.ok) {
    const errors = report.problems.filter((p) => p.severity === 'error').length;
    return `### ❌ Execution document generation failed: ${plural(errors, 'error')}\n${key}`;
  }
  return `### ✅ Execution document generated: ${report.filledSteps} of ${plural(report.totalSteps, 'step')} filled\n${key}`;
}

function stepRow(s: StepReport): string {
  const status = `${STATUS_ICON[s.status]} ${s.status}${s.reason ? `: ${esc(clip(s.reason, MAX_VALUE_CHARS))}` : ''}`;
  const values = Object.entries(s.highlights)
    .map(([k, v]) => `${esc(k)}: ${esc(clip(v, MAX_VALUE_CHARS))}`)
    .join('<br>');
  return `| ${esc(s.step)} | ${s.family ? esc(s.family) : '—'} | ${status} | ${values} |`;
}

export function stepsTable(steps: readonly StepReport[]): string[] {
  if (steps.length === 0) return [];
  return ['| Step | Family | Status | Key values |', '| --- | --- | --- | --- |', ...steps.map(stepRow)];
}

function problemLine(p: Problem): string {
  const icon = p.severity === 'error' ? '❌' : '⚠️';
  const where = `${p.file}${p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : ''}`;
  const at = p.jsonPath ? ` (at ${esc(p.jsonPath)})` : '';
  const step = p.step ? ` (step ${esc(p.step)})` : '';
  return `- ${icon} **${p.severity}** ${esc(p.code)} in ${esc(where)}: ${esc(p.message)}${at}${step}`;
}

export function problemsSection(problems: readonly Problem[]): string[] {
  if (problems.length === 0) return [];
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const counts = [
    errors.length ? plural(errors.length, 'error') : '',
    warnings.length ? plural(warnings.length, 'warning') : '',
  ]
    .filter(Boolean)
    .join(', ');
  return [`**Problems** (${counts})`, '', ...[...errors, ...warnings].map(problemLine)];
}

export function links(view: Pick<ReportView, 'artifactUrl' | 'artifactNote' | 'runUrl'>): string {
  const parts: string[] = [];
  if (view.artifactUrl) parts.push(`📄 [Execution document](${view.artifactUrl})`);
  else if (view.artifactNote) parts.push(`📄 ${esc(view.artifactNote)}`);
  if (view.runUrl) parts.push(`🔗 [Workflow run](${view.runUrl})`);
  return parts.join(' · ');
}

/** The DAG as a Mermaid block (folded when large); nothing when there is no DAG to draw. */
export function graphSection(report: Report, changedSteps: readonly string[] = []): string[] {
  if (report.nodes.length === 0) return [];
  return [renderMermaidBlock(report, { changedSteps }).trimEnd()];
}

/**
 * The report body: headline, the diff against the base (pull requests), steps table, problems, the DAG, links;
 * sections separated by blank lines. On failure the problems come before the table, so they survive when a long body
 * is cut.
 */
export function renderReport(view: ReportView): string {
  const table = stepsTable(view.report.steps);
  const problems = problemsSection(view.report.problems);
  const middle = view.report.ok ? [table, problems] : [problems, table];
  const diff = view.report.ok ? [...(view.diff ?? [])] : [];
  const sections = [
    [headline(view)],
    diff,
    ...middle,
    graphSection(view.report, view.changedSteps),
    [links(view)],
  ];
  return `${sections
    .filter((s) => s.length > 0 && s.some((line) => line !== ''))
    .map((s) => s.join('\n'))
    .join('\n\n')}\n`;
}
