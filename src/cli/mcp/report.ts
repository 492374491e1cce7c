import * as z from 'zod';
import type { Report, StepReport } from '../../core/index.js';
import { problemSchema } from './result.js';

/**
 * The generator's report as a tool returns it — the same JSON `exec-doc generate --report FILE` writes —
 * and as the lines an assistant reads to answer "why is Registration-EU empty": every step with its
 * outcome, the DAG node and config it came from (and which resolution rule matched), or why it was
 * skipped or left unchanged.
 */

const stepSchema = z.looseObject({
  step: z.string().describe('Execution-document step name, e.g. CradleDataLoading-Training.'),
  node: z.string().optional().describe('The DAG node it comes from.'),
  family: z.enum(['cradle', 'registration', 'data-uploading', 'redshift']).optional(),
  status: z.enum(['filled', 'unchanged', 'skipped']),
  reason: z.string().optional().describe('Why the step was skipped or left unchanged.'),
  configKey: z.string().optional(),
  configClass: z.string().optional(),
  resolution: z.enum(['exact', 'case-insensitive']).optional().describe('How the node found its config.'),
  highlights: z.record(z.string(), z.string()),
});

const nodeSchema = z.looseObject({
  name: z.string(),
  configKey: z.string().optional(),
  configClass: z.string().optional(),
  resolution: z.enum(['exact', 'case-insensitive']).optional(),
  step: z.string().optional(),
});

export const reportSchema = z
  .looseObject({
    ok: z.boolean(),
    steps: z.array(stepSchema),
    problems: z.array(problemSchema),
    totalSteps: z.number().int(),
    filledSteps: z.number().int(),
    nodes: z.array(nodeSchema).describe('DAG nodes in order, with the config each resolved to.'),
    edges: z.array(z.tuple([z.string(), z.string()])),
  })
  .describe('The per-step report, as exec-doc generate --report writes it.');

export const countsSchema = z.object({
  nodes: z.number().int(),
  steps: z.number().int(),
  filled: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
});

export function counts(report: Report): z.infer<typeof countsSchema> {
  const status = (s: StepReport['status']): number => report.steps.filter((x) => x.status === s).length;
  const severity = (s: 'error' | 'warning'): number => report.problems.filter((p) => p.severity === s).length;
  return {
    nodes: report.nodes.length,
    steps: report.totalSteps,
    filled: status('filled'),
    unchanged: status('unchanged'),
    skipped: status('skipped'),
    errors: severity('error'),
    warnings: severity('warning'),
  };
}

function origin(s: StepReport): string {
  if (s.node === undefined) return '';
  const config =
    s.configKey === undefined
      ? ''
      : `, config ${s.configKey}${s.configClass ? ` (${s.configClass})` : ''}${s.resolution ? `, ${s.resolution} match` : ''}`;
  return `from node ${s.node}${config}`;
}

/** `Registration` for `Registration-EU`: execution step names are `<kind>-<job type or region>`. */
function stepKind(step: string): string | undefined {
  const i = step.lastIndexOf('-');
  return i > 0 ? step.slice(0, i) : undefined;
}

/**
 * For a step left unchanged because no DAG node produced it: the filled steps of the same kind and their
 * nodes (`Registration-NA` from node `Registration` when `Registration-EU` stays empty), which is
 * usually the answer to "why is it empty".
 */
function sameKindFilled(report: Report, s: StepReport): string {
  const kind = stepKind(s.step);
  if (s.status !== 'unchanged' || s.node !== undefined || kind === undefined) return '';
  const filled = report.steps.filter((f) => f.status === 'filled' && f.node && stepKind(f.step) === kind);
  if (filled.length === 0) return '';
  return `filled instead: ${filled.map((f) => `${f.step} (from node ${f.node})`).join(', ')}`;
}

/** One line per step (outcome, name, origin or reason) and its highlights indented below. */
export function stepLines(report: Report): string[] {
  const width = Math.max(0, ...report.steps.map((s) => s.step.length));
  const lines: string[] = [];
  for (const s of report.steps) {
    const why = [origin(s), s.status === 'filled' ? '' : (s.reason ?? ''), sameKindFilled(report, s)]
      .filter((x) => x !== '')
      .join('; ');
    lines.push(`  ${s.status.padEnd(9)} ${s.step.padEnd(width)}  ${why}`.trimEnd());
    const hl = Object.entries(s.highlights);
    if (s.status === 'filled' && hl.length > 0)
      lines.push(`  ${' '.repeat(9)} ${' '.repeat(width)}  ${hl.map(([k, v]) => `${k}: ${v}`).join('; ')}`);
  }
  return lines;
}

/** DAG nodes that resolved to no config (they are also problems) and nodes matched ignoring case. */
export function nodeLines(report: Report): string[] {
  const loose = report.nodes.filter((n) => n.resolution === 'case-insensitive');
  const none = report.nodes.filter((n) => n.configKey === undefined);
  return [
    ...(none.length > 0 ? [`  DAG nodes with no config: ${none.map((n) => n.name).join(', ')}`] : []),
    ...loose.map((n) => `  DAG node ${n.name} matched config ${n.configKey} ignoring case`),
  ];
}
