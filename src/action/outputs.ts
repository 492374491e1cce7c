/**
 * The action's outputs, aggregated over the pipelines of a run. One pipeline keeps the plain step names; with many,
 * steps are `<pipeline>/<step>`.
 */
import * as core from '@actions/core';
import type { JsonObject } from '../core/index.js';
import type { BaseComparison } from './compare.js';
import type { DocumentOutcome } from './document.js';
import type { PipelineSpec } from './inputs/manifest.js';

/** One pipeline through the run. */
export interface PipelineRun {
  spec: PipelineSpec;
  outcome: DocumentOutcome;
  comparison?: BaseComparison;
}

/** A step name as outputs give it: plain for one pipeline, `<pipeline>/<step>` for many. */
function qualified(run: PipelineRun, many: boolean): (step: string) => string {
  return (step) => (many ? `${run.spec.name}/${step}` : step);
}

/** path, result, filled-steps, total-steps, filled-step-names, failed-pipelines. */
export function setGenerationOutputs(runs: readonly PipelineRun[], many: boolean, output: string): void {
  const ok = runs.every((r) => r.outcome.report.ok);
  const written = runs.filter((r) => r.outcome.written);
  core.setOutput('path', many ? (written.length > 0 ? output : '') : (runs[0]?.outcome.written ?? ''));
  core.setOutput('result', ok ? 'success' : 'failure');
  core.setOutput('filled-steps', String(runs.reduce((n, r) => n + r.outcome.report.filledSteps, 0)));
  core.setOutput('total-steps', String(runs.reduce((n, r) => n + r.outcome.report.totalSteps, 0)));
  core.setOutput(
    'filled-step-names',
    JSON.stringify(
      runs.flatMap((r) =>
        r.outcome.report.steps.filter((s) => s.status === 'filled').map((s) => qualified(r, many)(s.step)),
      ),
    ),
  );
  core.setOutput(
    'failed-pipelines',
    JSON.stringify(runs.filter((r) => !r.outcome.report.ok).map((r) => r.spec.name)),
  );
}

function documentSteps(document: JsonObject | undefined): string[] {
  const steps = document?.['PIPELINE_STEP_CONFIGS'];
  return steps && typeof steps === 'object' && !Array.isArray(steps) ? Object.keys(steps) : [];
}

/**
 * The steps a pull request changes, for the outputs: the diff's; every step of a new pipeline; and every step of a
 * pipeline with no diff (base unreadable), so a workflow gating on these outputs errs on the side of review.
 */
function changedStepsOf(run: PipelineRun, pullRequest: boolean): string[] {
  if (!pullRequest || !run.outcome.report.ok) return [];
  const c = run.comparison;
  if (c?.status === 'compared') return c.diff.steps.map((s) => s.step);
  return documentSteps(run.outcome.document);
}

/**
 * Whether a pull request changes what this pipeline runs: its document or its DAG's structure (nodes, edges); also a
 * new pipeline, and one whose base could not be compared (erring on the side of review). A failed head changes
 * nothing that runs: it fails the gate instead.
 */
export function pipelineChanged(run: PipelineRun, pullRequest: boolean): boolean {
  if (!pullRequest || !run.outcome.report.ok) return false;
  const c = run.comparison;
  return !(c?.status === 'compared' && c.diff.equal && c.dag.equal);
}

/** changed-steps and changed: `[]` and `false` outside pull requests. */
export function setChangeOutputs(
  runs: readonly PipelineRun[],
  many: boolean,
  pullRequest: boolean,
  removed: readonly string[] = [],
): void {
  const steps = runs.flatMap((r) => changedStepsOf(r, pullRequest).map(qualified(r, many)));
  // A pipeline the pull request removes from the manifest changes what runs: its document is gone.
  const changed = (pullRequest && removed.length > 0) || runs.some((r) => pipelineChanged(r, pullRequest));
  core.setOutput('changed-steps', JSON.stringify(steps));
  core.setOutput('changed', String(changed));
}
