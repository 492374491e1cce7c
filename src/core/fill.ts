import { compactJson } from './serialize.js';
import { isDict } from './config/lax.js';
import { getOwn, hasOwn, setOwn, type JsonObject } from './json.js';
import { escapeSegment } from './config/unwrap.js';
import type { ProblemDraft } from './config/load.js';
import { HELPERS } from './helpers/registry.js';
import { closestNames } from './nearest.js';
import { BuildError, buildErrorProblem } from './helpers/fields.js';
import { unvalidatedProblem } from './config/unvalidated.js';
import type {
  BuildContext,
  BuildResult,
  FillTarget,
  PlanContext,
  ResolvedNode,
  StepHelper,
} from './helpers/types.js';
import type { StepFamily, StepReport } from './report/report.js';

export interface FillInput {
  /** The template document; filled in place (the caller passes its own parsed copy). */
  document: JsonObject;
  templateFile: string;
  relevant: readonly ResolvedNode[];
  plan: Omit<PlanContext, 'templateKeys' | 'lenient'>;
  build: Omit<BuildContext, 'view'>;
  /** A step whose payload has errors is filled only in lenient mode (and then like the reference). */
  lenient: boolean;
}

export interface FillOutput {
  steps: StepReport[];
  problems: ProblemDraft[];
}

/**
 * FORMAT §0.5 and §d: for each family in order, place each payload into its execution step.
 * STEP_CONFIG is replaced in place (appended when absent); STEP_TYPE is never modified, only added
 * where the reference adds it; steps are never created; everything else is left as it was.
 */
export function fill(input: FillInput): FillOutput {
  const { document, templateFile, relevant, build, lenient } = input;
  const problems: ProblemDraft[] = [];
  const reports = new Map<string, StepReport>();
  const notFound: { family: StepFamily; node: string; step: string }[] = [];
  const steps = getOwn(document, 'PIPELINE_STEP_CONFIGS') as JsonObject;
  const ctx: PlanContext = { ...input.plan, templateKeys: Object.keys(steps), lenient };

  for (const helper of HELPERS) {
    const handled = relevant.filter((r) => helper.matches(r.entry.className, r.node));
    if (handled.length === 0) continue;
    const plan = helper.plan(handled, ctx);
    problems.push(...plan.problems);
    for (const target of plan.targets) {
      const base = {
        node: target.node,
        family: helper.family,
        configKey: target.entry.key,
        configClass: target.entry.className,
        resolution: target.rule,
      };
      const stepName = target.candidates.find((c) => hasOwn(steps, c));
      if (stepName === undefined) {
        const names = target.candidates.map((c) => JSON.stringify(c)).join(', ');
        const tried =
          target.candidates.length > 1
            ? ` (tried ${target.candidatesAre ? `${target.candidatesAre}: ` : ''}${names})`
            : '';
        // A near miss is most often a typo in the node's name: the template step it was meant to fill.
        const near = closestNames(target.preferred, Object.keys(steps), 2);
        const nearText =
          near.length > 0 ? ` (the template has ${near.map((n) => JSON.stringify(n)).join(' and ')})` : '';
        problems.push({
          severity: 'error',
          strictOnly: true,
          code: 'template/missing-step',
          message: `${helper.title} node "${target.node ?? target.entry.key}" needs a payload, but the template has no step "${target.preferred}"${tried}; add it to the template or fix the node/config name${nearText}`,
          file: templateFile,
          jsonPath: '/PIPELINE_STEP_CONFIGS',
          step: target.preferred,
          ...(target.node !== undefined ? { node: target.node } : {}),
        });
        // No row for a step the document does not have: the problem says it, and so does the template step of
        // the same kind that this node would have filled (below).
        notFound.push({
          family: helper.family,
          node: target.node ?? target.entry.key,
          step: target.preferred,
        });
        continue;
      }
      const stepPtr = `/PIPELINE_STEP_CONFIGS/${escapeSegment(stepName)}`;
      const entry = steps[stepName];
      if (!isDict(entry)) {
        problems.push({
          severity: 'error',
          // The reference assigns Cradle and DataUploading payloads inside its try (a warning, the step
          // skipped); for registration and Redshift it touches the entry first and fails outright.
          strictOnly: helper.family === 'cradle' || helper.family === 'data-uploading',
          code: 'template/step-shape',
          message: `template step "${stepName}" must be an object with STEP_TYPE and STEP_CONFIG`,
          file: templateFile,
          jsonPath: stepPtr,
          step: stepName,
        });
        reports.set(stepName, {
          ...base,
          step: stepName,
          status: 'skipped',
          reason: 'template entry is not an object',
          highlights: {},
        });
        continue;
      }
      const missing = target.missingStepType;
      if (missing?.when === 'before-build' && !hasOwn(entry, 'STEP_TYPE'))
        setOwn(entry, 'STEP_TYPE', missing.value);
      if (missing?.when === 'with-empty-config') {
        if (!hasOwn(entry, 'STEP_CONFIG')) setOwn(entry, 'STEP_CONFIG', {});
        if (!hasOwn(entry, 'STEP_TYPE')) setOwn(entry, 'STEP_TYPE', missing.value);
      }
      const stepProblems: ProblemDraft[] = build.validate(target.entry, helper.configKind);
      let config: JsonObject | undefined;
      let highlights: Record<string, string> = {};
      let failure: BuildError | undefined;
      try {
        const built = helper.build(target, { ...build, view: 'reference' });
        stepProblems.push(...built.problems);
        config = built.config;
        highlights = built.highlights;
      } catch (e) {
        if (!(e instanceof BuildError)) throw e;
        failure = e;
        config = undefined;
      }
      const differs = compareViews(helper, target, build, stepName, config, failure, stepProblems);
      if (differs) stepProblems.push(differs);
      else if (failure)
        stepProblems.push(buildErrorProblem(target.entry, build.configFile, failure, stepName));
      for (const p of stepProblems) problems.push({ ...p, step: p.step ?? stepName });
      const blocking = stepProblems.some((p) => p.severity === 'error' && !(lenient && p.strictOnly));
      if (config && Object.keys(config).length > 0 && (!blocking || lenient)) {
        setOwn(entry, 'STEP_CONFIG', config);
        reports.set(stepName, { ...base, step: stepName, status: 'filled', highlights });
      } else {
        const error = stepProblems.find((p) => p.severity === 'error');
        const reason = !error
          ? 'payload could not be built'
          : error.file === build.configFile || error.file === ''
            ? `its config has an error: ${error.message}`
            : error.message;
        reports.set(stepName, { ...base, step: stepName, status: 'skipped', reason, highlights });
      }
    }
  }

  const dagNodes = new Set(input.plan.dagNodes);
  const out: StepReport[] = [];
  for (const name of Object.keys(steps)) {
    const r = reports.get(name);
    if (r) {
      out.push(r);
      continue;
    }
    const entry = steps[name];
    const stepType = isDict(entry) ? getOwn(entry, 'STEP_TYPE') : undefined;
    const highlights: Record<string, string> =
      stepType === undefined ? {} : { 'step type': compactJson(stepType) };
    const kind = stepKind(name);
    const instead = dagNodes.has(name) ? [] : notFound.filter((m) => kind && stepKind(m.step) === kind);
    if (instead.length > 0) {
      // A step of the kind a node looked for under another name (`Registration-NA` when the region is `XX`).
      out.push({
        step: name,
        family: instead[0]!.family,
        status: 'skipped',
        reason: `${instead
          .map((m) => `DAG node "${m.node}" looked for "${m.step}"`)
          .join(', ')} instead, which the template does not have`,
        lookedFor: instead.map((m) => m.step),
        highlights,
      });
      continue;
    }
    out.push({
      step: name,
      status: 'unchanged',
      reason: dagNodes.has(name)
        ? 'no payload needed for this step'
        : 'not produced by a DAG node that needs a payload',
      highlights,
    });
  }
  return { steps: out, problems };
}

/** The name before the last `-`: `Registration` for `Registration-NA`, `CradleDataLoading` for `…-Training`. */
function stepKind(step: string): string | undefined {
  const i = step.lastIndexOf('-');
  return i > 0 ? step.slice(0, i) : undefined;
}

/**
 * Strict mode's check on configs cursus cannot validate (config/unvalidated.ts): the payload from what the reference
 * reads against the payload of the validated config. Skipped when the schema already reports the config.
 */
function compareViews(
  helper: StepHelper,
  target: FillTarget,
  build: Omit<BuildContext, 'view'>,
  step: string,
  reference: JsonObject | undefined,
  failure: BuildError | undefined,
  problems: readonly ProblemDraft[],
): ProblemDraft | undefined {
  const involved = [target.entry, ...(target.related ?? [])];
  if (!involved.some((e) => e.referenceIssues.length > 0)) return undefined;
  if (problems.some((p) => p.code === 'config/schema')) return undefined;
  let validated: BuildResult;
  try {
    validated = helper.build(target, { ...build, view: 'validated' });
  } catch (e) {
    if (e instanceof BuildError) return undefined;
    throw e;
  }
  return unvalidatedProblem(involved, reference, validated.config, step, build.configFile, failure?.message);
}
