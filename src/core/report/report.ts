import type { Problem } from './problem.js';

/** Step families that need a runtime payload (FORMAT §b.1). */
export type StepFamily = 'cradle' | 'registration' | 'data-uploading' | 'redshift';

/**
 * How a DAG node found its config (FORMAT §e, Errata 4): the key itself, the key ignoring case, the one config of
 * the node's bare step type (`base-name`), or one of the reference's scored guesses.
 */
export type ResolutionRule = 'exact' | 'case-insensitive' | 'base-name' | 'job-type' | 'semantic' | 'pattern';

export type StepStatus = 'filled' | 'unchanged' | 'skipped';

/** One entry of `PIPELINE_STEP_CONFIGS` (or one DAG node that should have had one). */
export interface StepReport {
  /** Execution-document step name, e.g. `CradleDataLoading-Training`. */
  step: string;
  /** The DAG node it comes from, when there is one. */
  node?: string;
  family?: StepFamily;
  status: StepStatus;
  /** Why a step was skipped or left unchanged. */
  reason?: string;
  /**
   * For a template step no node filled while a node of its kind looked for a step the template does not have: the
   * names looked for (`Registration-XX` for the step `Registration-NA`), as the `template/missing-step` problems
   * name them.
   */
  lookedFor?: string[];
  /** Config key (`metadata.config_types` key) the payload was built from. */
  configKey?: string;
  configClass?: string;
  resolution?: ResolutionRule;
  /** A few values a reviewer wants to see (data sources, output path, image URI, model objective...). */
  highlights: Record<string, string>;
}

export interface Report {
  /** True when there is no error; the document is returned only then. */
  ok: boolean;
  steps: StepReport[];
  problems: Problem[];
  totalSteps: number;
  filledSteps: number;
  /** Nodes of the DAG in order, with the config each resolved to (for graphs and diffs). */
  nodes: {
    name: string;
    configKey?: string;
    configClass?: string;
    resolution?: ResolutionRule;
    step?: string;
  }[];
  edges: [string, string][];
}
