import { cloneJson, getOwn, hasOwn, isObject, setOwn, typeName, type JsonObject } from './json.js';
import { escapeSegment } from './config/unwrap.js';
import type { Problem } from './report/problem.js';
import { IMAGE_URI_PLACEHOLDER } from './helpers/registration.js';

/**
 * Structure of an execution document: an object whose `PIPELINE_STEP_CONFIGS` maps step names to
 * `{STEP_TYPE?: string | string[], STEP_CONFIG?: object}`, optional `PIPELINE_ADDITIONAL_PARAMS`
 * object; other top-level keys are allowed. Also flags the reference's silent placeholder.
 */
export function checkDocument(value: unknown, file: string): Problem[] {
  const problems: Problem[] = [];
  const bad = (jsonPath: string, message: string, code = 'document/shape'): void => {
    problems.push({ severity: 'error', code, message, file, jsonPath });
  };
  if (!isObject(value)) {
    bad('', `an execution document must be a JSON object, got ${typeName(value)}`);
    return problems;
  }
  const steps = getOwn(value, 'PIPELINE_STEP_CONFIGS');
  if (!isObject(steps)) {
    bad(
      hasOwn(value, 'PIPELINE_STEP_CONFIGS') ? '/PIPELINE_STEP_CONFIGS' : '',
      '"PIPELINE_STEP_CONFIGS" must be an object keyed by step name',
    );
    return problems;
  }
  const params = getOwn(value, 'PIPELINE_ADDITIONAL_PARAMS');
  if (params !== undefined && !isObject(params))
    bad('/PIPELINE_ADDITIONAL_PARAMS', '"PIPELINE_ADDITIONAL_PARAMS" must be an object');
  for (const name of Object.keys(steps)) {
    const ptr = `/PIPELINE_STEP_CONFIGS/${escapeSegment(name)}`;
    const step = steps[name];
    if (!isObject(step)) {
      bad(ptr, `step "${name}" must be an object with STEP_TYPE and STEP_CONFIG, got ${typeName(step)}`);
      continue;
    }
    const type = getOwn(step, 'STEP_TYPE');
    if (
      type !== undefined &&
      typeof type !== 'string' &&
      !(Array.isArray(type) && type.every((t) => typeof t === 'string'))
    ) {
      bad(
        `${ptr}/STEP_TYPE`,
        `STEP_TYPE of "${name}" must be a string or a list of strings, got ${typeName(type)}`,
      );
    }
    const config = getOwn(step, 'STEP_CONFIG');
    if (config !== undefined && !isObject(config))
      bad(`${ptr}/STEP_CONFIG`, `STEP_CONFIG of "${name}" must be an object, got ${typeName(config)}`);
    if (isObject(config) && getOwn(config, 'source_model_inference_image_arn') === IMAGE_URI_PLACEHOLDER) {
      bad(
        `${ptr}/STEP_CONFIG/source_model_inference_image_arn`,
        `step "${name}" has no real image URI ("${IMAGE_URI_PLACEHOLDER}")`,
        'document/placeholder',
      );
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
