import type { ConfigEntry, ProblemDraft } from '../config/load.js';
import type { JsonObject } from '../json.js';
import type { ResolutionRule, StepFamily } from '../report/report.js';

/** A DAG node that resolved to a config. */
export interface ResolvedNode {
  node: string;
  entry: ConfigEntry;
  rule: ResolutionRule;
}

/** One payload to place into the execution document. */
export interface FillTarget {
  /** The DAG node it comes from (for registration: the first registration node, if any). */
  node?: string;
  rule?: ResolutionRule;
  /** The config the payload is built from. */
  entry: ConfigEntry;
  /** Execution-step names tried in order; the first one present in the template is filled. */
  candidates: string[];
  /** What the candidates are, for the message that lists them when none is in the template. */
  candidatesAre?: string;
  /** The name to use in an auto-built template and in "missing step" messages. */
  preferred: string;
  /** STEP_TYPE written into an auto-built template for this step. */
  templateStepType: unknown;
  /** STEP_TYPE added when the template entry has none (FORMAT §d), and when to add it. */
  missingStepType?: { value: unknown; when: 'before-build' | 'with-empty-config' };
  /** Other configs the payload reads (registration: the payload config), for strict mode's comparison. */
  related?: readonly ConfigEntry[];
}

export interface PlanContext {
  /** --lenient: where the reference and an improvement disagree, the reference wins. */
  lenient: boolean;
  /** Every loaded config, in file order. */
  entries: readonly ConfigEntry[];
  /** Every DAG node that resolved to a config, in DAG order. */
  resolved: readonly ResolvedNode[];
  /** Every DAG node name, in order. */
  dagNodes: readonly string[];
  /** Keys of the template's PIPELINE_STEP_CONFIGS (empty when the template is being built). */
  templateKeys: readonly string[];
}

/**
 * Which object of a config a payload is built from: the one the reference's helpers read (`entry.reference`), or
 * the always-validated one (`entry.validated`; compared with the first in strict mode, see fill.ts).
 */
export type ConfigView = 'reference' | 'validated';

export interface BuildContext {
  entries: readonly ConfigEntry[];
  view: ConfigView;
  /** Validates a config against its class schema (filling defaults) and returns the problems. */
  validate(entry: ConfigEntry, kind: ConfigKind): ProblemDraft[];
  /** Name of the config file, for problems. */
  configFile: string;
}

export type ConfigKind = 'cradle' | 'registration' | 'payload' | 'package' | 'data-uploading' | 'redshift';

export interface BuildResult {
  /** The STEP_CONFIG; absent when the payload could not be built. */
  config?: JsonObject;
  highlights: Record<string, string>;
  problems: ProblemDraft[];
}

/** A step family: which configs it handles, where their payloads go and how they are built. */
export interface StepHelper {
  family: StepFamily;
  /** Human name for reports, e.g. "Cradle data loading". */
  title: string;
  /** The schema the target's config is validated against (defaults filled) before build(). */
  configKind: ConfigKind;
  /** FORMAT §b.1 — the only place class-name rules live. */
  matches(className: string, node: string): boolean;
  plan(nodes: readonly ResolvedNode[], ctx: PlanContext): { targets: FillTarget[]; problems: ProblemDraft[] };
  /** Builds the STEP_CONFIG from a validated config; throws BuildError when a value has the wrong shape. */
  build(target: FillTarget, ctx: BuildContext): BuildResult;
}
