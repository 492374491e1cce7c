/**
 * The report as data, before any markdown (STYLE §5, "render to a budget"): per pipeline its verdict, the changes as
 * a reviewer reads them, what must not be missed, the problems grouped by cause, the DAG changes; for the run the
 * compared commits, the run and artifact links and the command that reproduces the result. Built once, redacted
 * once, then rendered for the comment and for the job summary. Pure.
 */
import type { Report } from '../../core/index.js';
import { notableChanges, type Notable } from '../../core/diff/notable.js';
import { reviewDiff, type ReviewDiff } from '../../core/diff/review.js';
import type { DagDiff } from '../../core/graph/dag-diff.js';
import type { BaseComparison } from '../compare.js';
import { groupProblems, type GroupedProblems } from './problems.js';
import { redactData } from './redact.js';

export type VerdictKind =
  /** Not a pull request: the document was generated. */
  | 'generated'
  | 'unchanged'
  | 'changed'
  | 'new'
  /** Generated, but there is nothing to compare with (the base is unreadable or does not generate). */
  | 'not-comparable'
  | 'fails-introduced'
  | 'fails-preexisting'
  /** Fails, and the base could not tell whether it did before. */
  | 'fails';

export interface Verdict {
  kind: VerdictKind;
  /** The steps whose document entry changes (all steps of a new pipeline). */
  steps: string[];
  /** Changes outside `PIPELINE_STEP_CONFIGS`. */
  outside: number;
  /** DAG nodes and edges added and removed, when the DAG changes. */
  dag?: DagDiff;
  /** Why there is no comparison, for `not-comparable` and `fails`. */
  reason?: string;
  /** `fails-introduced` although the base fails too: the base's own errors are other ones (`reason` says which). */
  baseFailsOtherwise?: boolean;
  /** Errors as the report lists them: each cause once (see problems.ts)... */
  errors: number;
  /** ...and the errors that follow from them, listed under their cause. */
  knockOns: number;
}

/** A pipeline's input files, workspace-relative (as in the repository). */
export interface PipelineFiles {
  dag: string;
  config: string;
  template?: string;
}

export interface PipelineInput {
  /** The pipeline's name (`pipelines`), or the DAG path for one pipeline. */
  name: string;
  files: PipelineFiles;
  report: Report;
  /** Pull requests only: the comparison with the base, when there is one. */
  comparison?: BaseComparison;
}

export interface PipelineData extends PipelineInput {
  verdict: Verdict;
  /** The document diff as a reviewer reads it, when the document changes. */
  review?: ReviewDiff;
  notable: Notable[];
  problems: GroupedProblems;
}

/** Where things are: every URL the report links to is built from these. */
export interface Provenance {
  /** `https://github.com`, no trailing slash. */
  server: string;
  /** `owner/repo`. */
  repository?: string;
  /** Full commit ids of the compared commits (pull requests) or of the commit built. */
  base?: string;
  head?: string;
  /** How the base files were read. */
  via?: 'git' | 'api';
  run?: string;
  artifact?: string;
  /** Why there is no artifact link. */
  artifactNote?: string;
}

export interface ReportInput {
  /** The `comment-key`: names the invocation. */
  key: string;
  many: boolean;
  pullRequest: boolean;
  pipelines: PipelineInput[];
  provenance: Provenance;
  /** Why no pipeline was compared with the base (no base commit in the event, no token...). */
  baseNote?: string;
  /** Pipelines the base's manifest lists and the head's does not: their documents are no longer generated. */
  removed?: string[];
  lenient: boolean;
  /**
   * How to run the CLI in the reproduce commands, as shell words run from the repository root, e.g. `npx --yes
   * github:acme/exec-doc#v1`; `$ROOT` stands for the root of the reader's checkout.
   */
  cli: string;
}

export interface ReportData extends Omit<ReportInput, 'pipelines'> {
  pipelines: PipelineData[];
}

function documentSteps(report: Report): string[] {
  return report.steps.map((s) => s.step);
}

/** The verdict of one pipeline (see {@link VerdictKind}). */
export function verdictOf(
  p: PipelineInput,
  pullRequest: boolean,
  baseNote?: string,
  problems: GroupedProblems = groupProblems(p.report.problems),
): Verdict {
  const errors = problems.errors.length;
  const knockOns = problems.errors.reduce((n, g) => n + g.knockOns.length, 0);
  const base = { steps: [] as string[], outside: 0, errors, knockOns };
  const c = p.comparison;
  if (!p.report.ok) {
    if (c?.status === 'failing' && c.base === 'fails' && c.newErrors)
      // The base fails too, but with other errors: these are the pull request's.
      return {
        ...base,
        kind: 'fails-introduced',
        baseFailsOtherwise: true,
        reason: `${c.newErrors} error${c.newErrors === 1 ? '' : 's'} of the head ${c.newErrors === 1 ? 'is' : 'are'} not in the base, which fails with others: ${c.reason ?? 'its own errors'}`,
      };
    if (c?.status === 'failing')
      return {
        ...base,
        kind: c.base === 'generates' ? 'fails-introduced' : 'fails-preexisting',
        ...(c.reason ? { reason: c.reason } : {}),
      };
    if (c?.status === 'new') return { ...base, kind: 'fails-introduced', reason: 'the pipeline is new' };
    const reason = c?.status === 'unavailable' ? c.reason : baseNote;
    return { ...base, kind: 'fails', ...(pullRequest && reason ? { reason } : {}) };
  }
  if (!pullRequest) return { ...base, kind: 'generated' };
  if (!c) return { ...base, kind: 'not-comparable', reason: baseNote ?? 'there is no base to compare with' };
  switch (c.status) {
    case 'compared': {
      const steps = c.diff.steps.map((s) => s.step);
      const outside = c.diff.other.changes.length;
      const changed = !c.diff.equal || !c.dag.equal;
      return {
        ...base,
        kind: changed ? 'changed' : 'unchanged',
        steps,
        outside,
        ...(c.dag.equal ? {} : { dag: c.dag }),
      };
    }
    case 'new':
      return { ...base, kind: 'new', steps: documentSteps(p.report) };
    case 'unavailable':
      return { ...base, kind: 'not-comparable', reason: c.reason };
    case 'failing':
      // Only for failed heads; a generated head is never 'failing'.
      return { ...base, kind: 'not-comparable', reason: 'the comparison is inconsistent' };
  }
}

/** Whether a verdict asks for a reviewer's attention (anything but "no change" and a plain generation). */
export function needsAttention(v: Verdict): boolean {
  return v.kind !== 'unchanged' && v.kind !== 'generated';
}

/** Whether a verdict is a failure. */
export function isFailure(v: Verdict): boolean {
  return v.kind === 'fails' || v.kind === 'fails-introduced' || v.kind === 'fails-preexisting';
}

/**
 * The report's data: each pipeline with its verdict, review diff, notable changes and grouped problems. Every string
 * of the input (values, names, paths, messages) has the secrets redacted before anything is derived from it.
 */
export function buildReport(input: ReportInput, secrets: readonly string[] = []): ReportData {
  const clean = redactData(input, secrets);
  return {
    ...clean,
    pipelines: clean.pipelines.map((p) => {
      const c = p.comparison;
      const review = c?.status === 'compared' && !c.diff.equal ? reviewDiff(c.diff) : undefined;
      const problems = groupProblems(p.report.problems);
      return {
        ...p,
        verdict: verdictOf(p, clean.pullRequest, clean.baseNote, problems),
        ...(review ? { review } : {}),
        notable: review ? notableChanges(review) : [],
        problems,
      };
    }),
  };
}
