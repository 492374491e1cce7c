/**
 * Cross-check of an execution document against the deployed SageMaker pipeline's definition
 * (issue #5). Pure: the adapter (`src/adapters/sagemaker.ts`) fetches the definition text, this
 * module only reads it and compares step names.
 */
import { closestNames } from './nearest.js';
import { getOwn, isObject, objectFrom, type JsonObject } from './json.js';
import type { Problem } from './report/problem.js';

/** A step of a SageMaker pipeline definition: its name and SageMaker `Type` (`Processing`, `Training`, ...). */
export interface DefinitionStep {
  name: string;
  /** Absent only when the definition's step has no `Type`. */
  type?: string;
}

/**
 * Reads a SageMaker `PipelineDefinition` (the JSON string `DescribePipeline` returns:
 * `{"Version", "Metadata", "Parameters", "Steps": [{"Name", "Type", "Arguments", "DependsOn"?}]}`)
 * and lists its steps in definition order. Steps nested in a `Condition` step's
 * `Arguments.IfSteps` / `Arguments.ElseSteps` are listed right after it, depth first: they run as
 * steps of the pipeline and can take an execution config like any other.
 *
 * Returns `{ error }` for text that is not JSON, has no `Steps` array, or has a step without a
 * string `Name` — a definition we cannot read is never treated as an empty pipeline.
 */
export function parsePipelineDefinition(json: string): { steps: DefinitionStep[] } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return {
      error: `the pipeline definition is not valid JSON (${e instanceof Error ? e.message : String(e)})`,
    };
  }
  if (!isObject(value)) return { error: 'the pipeline definition is not a JSON object' };
  const top = getOwn(value, 'Steps');
  if (!Array.isArray(top)) return { error: 'the pipeline definition has no "Steps" array' };

  const steps: DefinitionStep[] = [];
  const seen = new Set<string>();
  const walk = (list: unknown[], where: string): string | undefined => {
    for (const [i, raw] of list.entries()) {
      const at = `${where}[${i}]`;
      if (!isObject(raw)) return `${at} is not an object`;
      const name = getOwn(raw, 'Name');
      if (typeof name !== 'string' || name === '') return `${at} has no "Name" string`;
      const type = getOwn(raw, 'Type');
      if (type !== undefined && typeof type !== 'string')
        return `step '${name}' has a "Type" that is not a string`;
      // SageMaker rejects duplicate step names at creation; keep the first if a hand-made one has them.
      if (!seen.has(name)) {
        seen.add(name);
        steps.push(type === undefined ? { name } : { name, type });
      }
      const args = getOwn(raw, 'Arguments');
      if (type !== 'Condition' || !isObject(args)) continue;
      for (const branch of ['IfSteps', 'ElseSteps'] as const) {
        const nested = getOwn(args, branch);
        if (nested === undefined) continue;
        if (!Array.isArray(nested)) return `step '${name}' has Arguments.${branch} that is not an array`;
        const error = walk(nested, `${at}.Arguments.${branch}`);
        if (error) return error;
      }
    }
    return undefined;
  };
  const error = walk(top, 'Steps');
  if (error) return { error: `the pipeline definition cannot be read: ${error}` };
  return { steps };
}

/** What {@link crossCheck} compares. */
export interface CrossCheckInput {
  /** Keys of `PIPELINE_STEP_CONFIGS` the generator filled. */
  documentSteps: readonly string[];
  /** Execution step names the DAG says need a payload (filled or not). */
  payloadSteps: readonly string[];
  /** Step names of the deployed pipeline, from {@link parsePipelineDefinition}. */
  definitionSteps: readonly string[];
  pipelineName: string;
  region: string;
  /** `Problem.file` of every problem returned. */
  file: string;
}

/**
 * Compares the document with the deployed pipeline. Step names match exactly (SageMaker matches
 * execution-document keys to step names as written); suggestions ignore case.
 *
 * - `sagemaker/step-not-in-pipeline`: a filled step the pipeline does not have — its config would be
 *   ignored at run time. Suggests the closest definition steps.
 * - `sagemaker/step-not-filled`: a definition step the DAG says needs a payload but the document
 *   does not fill — the run would start without it. Suggests the closest filled steps that are
 *   not in the pipeline (the likely misnamed entry).
 *
 * Payload steps the pipeline does not have and that were not filled are not reported here: the
 * generator already reports the steps it skipped.
 */
export function crossCheck(input: CrossCheckInput): Problem[] {
  const { pipelineName, region, file } = input;
  const definition = new Set(input.definitionSteps);
  const filled = new Set(input.documentSteps);
  const where = `pipeline '${pipelineName}' (${region})`;
  const problems: Problem[] = [];

  const unknown = [...filled].filter((s) => !definition.has(s));
  for (const step of unknown) {
    const hint = didYouMean(closestNames(step, [...definition]));
    problems.push({
      severity: 'error',
      code: 'sagemaker/step-not-in-pipeline',
      message: `${step} not in ${where}${hint}`,
      file,
      step,
    });
  }

  for (const step of new Set(input.payloadSteps)) {
    if (!definition.has(step) || filled.has(step)) continue;
    const hint = didYouMean(closestNames(step, unknown));
    problems.push({
      severity: 'error',
      code: 'sagemaker/step-not-filled',
      message: `${step} of ${where} needs a payload but the document does not fill it${hint}`,
      file,
      step,
    });
  }
  return problems;
}

function didYouMean(names: string[]): string {
  if (names.length === 0) return '';
  const last = names[names.length - 1];
  const list = names.length === 1 ? last : `${names.slice(0, -1).join(', ')} or ${last}`;
  return `; did you mean ${list}?`;
}

/**
 * The MODS `STEP_TYPE` a template entry gets for a definition step, as real MODS templates spell it
 * (FORMAT §d). Name rules come first, because the builders give these steps generic SageMaker types:
 *
 * | definition step                        | `STEP_TYPE`                                                                                           |
 * |----------------------------------------|-------------------------------------------------------------------------------------------------------|
 * | name starts with `CradleDataLoading`   | `["WORKFLOW_INPUT", "CradleDataLoadingStep"]`                                                         |
 * | name starts with `RedshiftDataLoading` | `["WORKFLOW_INPUT", "RedshiftDataLoadingStep"]`                                                       |
 * | name starts with `Registration`        | `["PROCESSING_STEP", "MimsModelRegistrationProcessingStep"]`                                          |
 * | `Type: "Processing"`                   | `["PROCESSING_STEP"]`                                                                                 |
 * | `Type: "Training"`                     | `"TRAINING_STEP"` (a plain string, as in real templates)                                              |
 * | any other `Type`                       | `[<TYPE upper-cased>_STEP]`: `Lambda` → `["LAMBDA_STEP"]`, `RegisterModel` → `["REGISTERMODEL_STEP"]` |
 * | no `Type`                              | `[]` (as cursus's auto-generated templates, FORMAT §d)                                                |
 *
 * Name prefixes are case-sensitive, like the step names the builders produce.
 */
export function modsStepType(step: DefinitionStep): string | string[] {
  if (step.name.startsWith('CradleDataLoading')) return ['WORKFLOW_INPUT', 'CradleDataLoadingStep'];
  if (step.name.startsWith('RedshiftDataLoading')) return ['WORKFLOW_INPUT', 'RedshiftDataLoadingStep'];
  if (step.name.startsWith('Registration')) return ['PROCESSING_STEP', 'MimsModelRegistrationProcessingStep'];
  if (step.type === undefined) return [];
  if (step.type === 'Processing') return ['PROCESSING_STEP'];
  if (step.type === 'Training') return 'TRAINING_STEP';
  return [`${step.type.toUpperCase()}_STEP`];
}

/**
 * A template for runs without one: every definition step, in definition order, as
 * `{"STEP_CONFIG": {}, "STEP_TYPE": <see {@link modsStepType}>}` (the key order of MODS templates),
 * plus an empty `PIPELINE_ADDITIONAL_PARAMS`. Keyed by the deployed step names, so the Cradle
 * (`…-Training`) and registration (`…-NA`) targets exist — unlike templates built from DAG node
 * names (FORMAT §d).
 */
export function templateFromDefinition(steps: readonly DefinitionStep[]): JsonObject {
  const configs = objectFrom(
    steps.map(
      (step) =>
        [
          step.name,
          objectFrom([
            ['STEP_CONFIG', {}],
            ['STEP_TYPE', modsStepType(step)],
          ]),
        ] as const,
    ),
  );
  return objectFrom([
    ['PIPELINE_STEP_CONFIGS', configs],
    ['PIPELINE_ADDITIONAL_PARAMS', {}],
  ]);
}
