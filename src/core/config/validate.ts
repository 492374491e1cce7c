import { isDict } from './lax.js';
import type { ErrorObject } from 'ajv';
import {
  validateBase,
  validateCradleDataLoading,
  validateRegistration,
  validatePayload,
  validatePackage,
  validateDataUploading,
  validateRedshiftDataLoading,
} from '../../generated/validators.js';
import { getOwn, keysOf, setOwn, typeName, type JsonObject } from '../json.js';
import { isExactNumber } from '../number.js';
import { clippedJson } from '../serialize.js';
import { isExactDateTime, isLowerAlnumJobType } from './models.js';
import { decodePointer } from '../json-scan.js';
import type { ConfigKind } from '../helpers/types.js';
import { filePointer, type ConfigEntry, type ProblemDraft } from './load.js';

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

const CLASS_VALIDATORS: Record<ConfigKind, Validator> = {
  cradle: validateCradleDataLoading,
  registration: validateRegistration,
  payload: validatePayload,
  package: validatePackage,
  'data-uploading': validateDataUploading,
  redshift: validateRedshiftDataLoading,
};

function valueAt(root: unknown, segs: readonly string[]): unknown {
  let cur = root;
  for (const s of segs) {
    if (Array.isArray(cur)) cur = cur[Number(s)];
    else if (isDict(cur)) cur = getOwn(cur, s);
    else return undefined;
  }
  return cur;
}

function dotted(segs: readonly string[]): string {
  return segs.reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc === '' ? s : `${acc}.${s}`), '');
}

function show(v: unknown): string {
  return v === undefined ? typeName(v) : clippedJson(v, 60);
}

/** `got integer 5`, `got string "x"`; `got null` once. */
function got(v: unknown): string {
  return v === null ? 'null' : `${typeName(v)} ${show(v)}`;
}

/** Turns one ajv error into a sentence a user can act on. */
export function describeAjvError(
  e: ErrorObject,
  data: unknown,
): { path: string[]; message: string } | undefined {
  const segs = decodePointer(e.instancePath);
  const value = valueAt(data, segs);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'if':
      return undefined; // the failing `then` branch reports the real problem
    case 'required': {
      const missing = String(p['missingProperty']);
      return { path: segs, message: `missing required field "${dotted([...segs, missing])}"` };
    }
    case 'enum':
      return {
        path: segs,
        message: `"${dotted(segs)}" must be one of ${(p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${show(value)}`,
      };
    case 'type':
      return {
        path: segs,
        message: `"${dotted(segs)}" must be ${String(p['type']).split(',').join(' or ')}, got ${got(value)}`,
      };
    case 'pattern':
      return {
        path: segs,
        message: `"${dotted(segs)}" must match ${String(p['pattern'])}, got ${show(value)}`,
      };
    default:
      return {
        path: segs,
        message: `"${dotted(segs) || '(config)'}" ${e.message ?? 'is invalid'}${value === undefined ? '' : `, got ${show(value)}`}`,
      };
  }
}

/**
 * A copy of a value for ajv: ExactNumber becomes its double (`1.0` → 1, a big integer → its nearest double), so
 * `type: integer`/`number` and bounds see a number. Validation never changes the copy the helpers read.
 */
export function forValidation(v: unknown): unknown {
  if (isExactNumber(v)) return v.value;
  if (Array.isArray(v)) return v.map(forValidation);
  if (isDict(v)) {
    const out: JsonObject = {};
    for (const k of keysOf(v)) setOwn(out, k, forValidation(v[k]));
    return out;
  }
  return v;
}

/**
 * Validates an entry's validated view (model.ts: values converted as pydantic converts them, defaults filled,
 * normalised as the validators normalise) against the base schema and its class schema. The schemas check what
 * the helpers read, no stricter than cursus; the checks JSON Schema cannot say as Python does (Unicode case rules)
 * are in code below. Problems point at the offending value in the config file; they are strict-only: the
 * reference then loads the config unvalidated (FORMAT §a.3).
 */
export function createValidator(
  configFile: string,
): (entry: ConfigEntry, kind: ConfigKind) => ProblemDraft[] {
  const done = new Set<string>();
  return (entry, kind) => {
    const id = `${entry.key}\u0000${kind}`;
    if (done.has(id)) return [];
    done.add(id);
    // What cursus validates, strict mode accepts (test/unit/core/strict-accepts.property.test.ts): the schemas
    // only have something to say about a config pydantic rejects.
    if (entry.referenceIssues.length === 0) return [];
    return schemaProblems(entry, kind, configFile);
  };
}

/** The schema and code checks of a config, whatever pydantic says of it. */
export function schemaProblems(
  entry: ConfigEntry,
  kind: ConfigKind,
  configFile = 'config.json',
): ProblemDraft[] {
  const value = forValidation(entry.validated);
  const problems: ProblemDraft[] = [];
  const seen = new Set<string>();
  const push = (path: readonly string[], message: string): void => {
    if (seen.has(message)) return;
    seen.add(message);
    problems.push({
      severity: 'error',
      strictOnly: true,
      code: 'config/schema',
      message: `config "${entry.key}" (${entry.className}): ${message}`,
      file: configFile,
      jsonPath: filePointer(entry, path),
    });
  };
  for (const validator of [validateBase, CLASS_VALIDATORS[kind]] as Validator[]) {
    if (validator(value)) continue;
    for (const e of validator.errors ?? []) {
      const d = describeAjvError(e, value);
      if (d) push(d.path, d.message);
    }
  }
  for (const c of CODE_CHECKS[kind] ?? []) c(entry.validated, push);
  return problems;
}

type Push = (path: readonly string[], message: string) => void;

/** Checks Python makes with Unicode-aware `str.upper()`/`isalnum()`/`strptime`, which a JSON Schema pattern cannot. */
const CODE_CHECKS: Partial<Record<ConfigKind, ((v: JsonObject, push: Push) => void)[]>> = {
  cradle: [
    (v, push) => {
      const jt = getOwn(v, 'job_type');
      if (typeof jt === 'string' && !isLowerAlnumJobType(jt))
        push(['job_type'], `"job_type" must be lower-case letters, digits and underscores, got ${show(jt)}`);
    },
    (v, push) => {
      const spec = getOwn(v, 'data_sources_spec');
      if (!isDict(spec)) return;
      for (const field of ['start_date', 'end_date']) {
        const d = getOwn(spec, field);
        if (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(d) && !isExactDateTime(d))
          push(
            ['data_sources_spec', field],
            `"data_sources_spec.${field}" is not a real date and time: ${show(d)}`,
          );
      }
    },
  ],
  registration: [
    (v, push) => {
      const list = getOwn(v, 'source_model_inference_input_variable_list');
      if (!Array.isArray(list)) return;
      list.forEach((item, i) => {
        const t: unknown = Array.isArray(item) ? item[1] : undefined;
        if (typeof t === 'string' && !['NUMERIC', 'TEXT'].includes(t.toUpperCase()))
          push(
            ['source_model_inference_input_variable_list', String(i), '1'],
            `"source_model_inference_input_variable_list[${i}][1]" must be NUMERIC or TEXT in any case, got ${show(t)}`,
          );
      });
    },
  ],
  'data-uploading': [
    (v, push) => {
      const c = getOwn(v, 'cluster_type');
      if (typeof c === 'string' && !['SMALL', 'MEDIUM', 'LARGE'].includes(c.toUpperCase()))
        push(['cluster_type'], `"cluster_type" must be SMALL, MEDIUM or LARGE in any case, got ${show(c)}`);
    },
  ],
};
