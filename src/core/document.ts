import type { ErrorObject } from 'ajv';
import { validateExecutionDocument } from '../generated/validators.js';
import { cloneJson, getOwn, hasOwn, isObject, sameJson, setOwn, type JsonObject } from './json.js';
import { encodePointer } from './json-scan.js';
import { describeAjvError } from './config/validate.js';
import { escapeSegment } from './config/unwrap.js';
import type { Problem } from './report/problem.js';
import { IMAGE_URI_PLACEHOLDER } from './helpers/registration.js';

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * Structure of an execution document, checked against `schemas/execution-document.schema.json`: an
 * object whose `PIPELINE_STEP_CONFIGS` maps step names to `{STEP_TYPE?: string | string[],
 * STEP_CONFIG?: object}`, an optional `PIPELINE_ADDITIONAL_PARAMS` object, other top-level keys
 * allowed. Also flags the reference's silent image placeholder.
 */
export function checkDocument(value: unknown, file: string): Problem[] {
  const problems: Problem[] = [];
  const validate = validateExecutionDocument as Validator;
  if (!validate(value)) {
    const seen = new Set<string>();
    for (const e of validate.errors ?? []) {
      const d = describeAjvError(e, value);
      if (!d || seen.has(d.message)) continue;
      seen.add(d.message);
      problems.push({
        severity: 'error',
        code: 'document/shape',
        message: d.message,
        file,
        jsonPath: encodePointer(d.path),
      });
    }
    return problems;
  }
  const steps = getOwn(value as JsonObject, 'PIPELINE_STEP_CONFIGS') as JsonObject;
  for (const name of Object.keys(steps)) {
    const stepPtr = `/PIPELINE_STEP_CONFIGS/${escapeSegment(name)}`;
    // Shapes the schema allows (a template may leave them to the generator) but no runnable document has.
    if (name.trim() === '')
      problems.push({
        severity: 'warning',
        code: 'document/step-name',
        message: `a step is named ${JSON.stringify(name)}: no pipeline step has an empty name`,
        file,
        jsonPath: stepPtr,
      });
    const step = steps[name] as JsonObject;
    if (!hasOwn(step, 'STEP_TYPE') && !hasOwn(step, 'STEP_CONFIG'))
      problems.push({
        severity: 'warning',
        code: 'document/empty-step',
        message: `step "${name}" has neither STEP_TYPE nor STEP_CONFIG`,
        file,
        jsonPath: stepPtr,
        step: name,
      });
    const config = getOwn(step, 'STEP_CONFIG');
    if (isObject(config) && getOwn(config, 'source_model_inference_image_arn') === IMAGE_URI_PLACEHOLDER) {
      problems.push({
        severity: 'error',
        code: 'document/placeholder',
        message: `step "${name}" has no real image URI ("${IMAGE_URI_PLACEHOLDER}")`,
        file,
        jsonPath: `${stepPtr}/STEP_CONFIG/source_model_inference_image_arn`,
      });
    }
  }
  return problems;
}

/**
 * Merges two execution documents, the second winning, as the reference's `merge_execution_documents`:
 * for a step in both, STEP_CONFIG is updated key by key and other keys are replaced; new steps are
 * appended. Neither input is modified. Both must pass checkDocument first.
 */
export function mergeDocuments(base: JsonObject, extra: JsonObject): JsonObject {
  const merged = cloneJson(base);
  const steps = getOwn(merged, 'PIPELINE_STEP_CONFIGS') as JsonObject;
  const add = getOwn(extra, 'PIPELINE_STEP_CONFIGS') as JsonObject;
  for (const name of Object.keys(add)) {
    const incoming = cloneJson(add[name]) as JsonObject;
    const existing = getOwn(steps, name);
    if (!isObject(existing)) {
      setOwn(steps, name, incoming);
      continue;
    }
    for (const key of Object.keys(incoming)) {
      const cur = getOwn(existing, key);
      const next = incoming[key];
      if (key === 'STEP_CONFIG' && isObject(cur) && isObject(next)) {
        for (const k of Object.keys(next)) setOwn(cur, k, next[k]);
      } else setOwn(existing, key, next);
    }
  }
  return merged;
}

/**
 * What a merge leaves out or leaves broken, for the user to see: the second document's top-level keys other than
 * `PIPELINE_STEP_CONFIGS` (the reference merges steps only, so the first document's are kept), and a placeholder
 * image URI still in the merged document (a placeholder the second document replaces is no problem). Problems name
 * the file they point into: `first` or `second`.
 */
export function mergeProblems(
  first: JsonObject,
  second: JsonObject,
  merged: JsonObject,
  names: { first: string; second: string },
): Problem[] {
  const problems: Problem[] = [];
  for (const key of Object.keys(second)) {
    if (key === 'PIPELINE_STEP_CONFIGS' || (hasOwn(first, key) && sameJson(first[key], second[key])))
      continue;
    problems.push({
      severity: 'warning',
      code: 'merge/not-merged',
      message: `"${key}" of ${names.second} is not merged: like the reference's merge_execution_documents, only steps are merged, so the result has ${hasOwn(first, key) ? `the "${key}" of ${names.first}` : `no "${key}"`}`,
      file: names.second,
      jsonPath: `/${escapeSegment(key)}`,
    });
  }
  for (const p of checkDocument(merged, names.first))
    if (p.code === 'document/placeholder')
      problems.push({
        ...p,
        message: `the merged document: ${p.message}, and ${names.second} does not replace it`,
      });
  return problems;
}
