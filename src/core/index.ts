/**
 * The pure core: parsed inputs in, execution document plus report out. No I/O, no environment.
 * (Implementation in progress; the signature is stable.)
 */
import type { SourceText } from './source.js';
import type { Report } from './report/report.js';

export type JsonObject = { [key: string]: unknown };

export interface GenerateInput {
  dag: SourceText;
  config: SourceText;
  /** Without a template, one is built from the DAG with the execution step names (see template.ts). */
  template?: SourceText;
  /** Reproduce the reference's behaviour: strict-mode errors become warnings and the step is skipped. */
  lenient?: boolean;
}

export interface GenerateResult {
  /** Present only when the report has no error. */
  document?: JsonObject;
  report: Report;
}

export { type SourceText } from './source.js';
export type { Report, StepReport, StepFamily, StepStatus, ResolutionRule } from './report/report.js';
export type { Problem, Severity } from './report/problem.js';
export { formatProblem } from './report/problem.js';
