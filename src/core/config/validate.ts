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
import { getOwn, isObject, setOwn, typeName, type JsonObject } from '../json.js';
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

type CaseRule = { path: string[]; to: 'upper' | 'lower' | 'trim' };

/**
 * String values the Python validators normalise before checking them (and emit normalised).
 * `*` is every element of a list, or every value of an object; a terminal `*` touches object values
 * only (a [name, type] pair list is kept as written).
 */
const CASE_RULES: Partial<Record<ConfigKind, CaseRule[]>> = {
  cradle: [
    { path: ['data_sources_spec', 'data_sources', '*', 'data_source_type'], to: 'upper' },
    {
      path: ['data_sources_spec', 'data_sources', '*', 'andes_data_source_properties', 'provider'],
      to: 'trim',
    },
    {
      path: ['data_sources_spec', 'data_sources', '*', 'andes_data_source_properties', 'table_name'],
      to: 'trim',
    },
    { path: ['output_spec', 'output_format'], to: 'upper' },
    { path: ['output_spec', 'output_save_mode'], to: 'upper' },
    { path: ['cradle_job_spec', 'cluster_type'], to: 'upper' },
  ],
  registration: [
    { path: ['framework'], to: 'lower' },
    { path: ['source_model_inference_input_variable_list', '*'], to: 'upper' },
    { path: ['source_model_inference_output_variable_list', '*'], to: 'upper' },
  ],
};

function convert(v: string, to: CaseRule['to']): string {
  return to === 'upper' ? v.toUpperCase() : to === 'lower' ? v.toLowerCase() : v.trim();
}

function normalize(value: unknown, path: readonly string[], to: CaseRule['to']): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (head === '*') {
    if (Array.isArray(value)) {
      if (rest.length > 0) for (const item of value) normalize(item, rest, to);
    } else if (isObject(value)) {
      for (const k of Object.keys(value)) {
        const v = value[k];
        if (rest.length === 0) {
          if (typeof v === 'string') setOwn(value, k, convert(v, to));
        } else normalize(v, rest, to);
      }
    }
    return;
  }
  if (!isObject(value)) return;
  const v = getOwn(value, head);
  if (rest.length === 0) {
    if (typeof v === 'string') setOwn(value, head, convert(v, to));
    return;
  }
  normalize(v, rest, to);
}

function valueAt(root: unknown, segs: readonly string[]): unknown {
  let cur = root;
  for (const s of segs) {
    if (Array.isArray(cur)) cur = cur[Number(s)];
    else if (isObject(cur)) cur = getOwn(cur, s);
    else return undefined;
  }
  return cur;
}

function dotted(segs: readonly string[]): string {
  return segs.reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc === '' ? s : `${acc}.${s}`), '');
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? typeName(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Turns one ajv error into a sentence a user can act on. */
export function describeAjvError(
  e: ErrorObject,
  data: unknown,
): { path: string[]; message: string } | undefined {
  const segs = decodePointer(e.instancePath);
  const got = valueAt(data, segs);
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
        message: `"${dotted(segs)}" must be one of ${(p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${show(got)}`,
      };
    case 'type':
      return {
        path: segs,
        message: `"${dotted(segs)}" must be ${String(p['type'])}, got ${typeName(got)} ${show(got)}`,
      };
    case 'pattern':
      return {
        path: segs,
        message: `"${dotted(segs)}" must match ${String(p['pattern'])}, got ${show(got)}`,
      };
    default:
      return {
        path: segs,
        message: `"${dotted(segs) || '(config)'}" ${e.message ?? 'is invalid'}${got === undefined ? '' : `, got ${show(got)}`}`,
      };
  }
}

/** Strict calendar check of `YYYY-mm-ddTHH:MM:SS` (Python's strptime rejects 2025-02-30). */
export function isValidDateTime(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, se] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || se > 59 || y < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/**
 * Validates an entry against the base schema and its class schema, filling defaults into the entry's
 * value (FORMAT §a.5). Problems point at the offending value in the config file. Schema errors are
 * strict-only: the reference then builds the config unvalidated (FORMAT §a.3).
 */
export function createValidator(
  configFile: string,
): (entry: ConfigEntry, kind: ConfigKind) => ProblemDraft[] {
  const done = new Set<string>();
  return (entry, kind) => {
    const id = `${entry.key}\u0000${kind}`;
    if (done.has(id)) return [];
    done.add(id);
    const value: JsonObject = entry.value;
    for (const rule of CASE_RULES[kind] ?? []) normalize(value, rule.path, rule.to);
    const problems: ProblemDraft[] = [];
    const seen = new Set<string>();
    for (const validator of [validateBase, CLASS_VALIDATORS[kind]] as Validator[]) {
      if (validator(value)) continue;
      for (const e of validator.errors ?? []) {
        const d = describeAjvError(e, value);
        if (!d || seen.has(d.message)) continue;
        seen.add(d.message);
        problems.push({
          severity: 'error',
          strictOnly: true,
          code: 'config/schema',
          message: `config "${entry.key}" (${entry.className}): ${d.message}`,
          file: configFile,
          jsonPath: filePointer(entry, d.path),
        });
      }
    }
    if (kind === 'cradle') problems.push(...checkCradleDates(entry, configFile));
    return problems;
  };
}

function checkCradleDates(entry: ConfigEntry, file: string): ProblemDraft[] {
  const spec = getOwn(entry.value, 'data_sources_spec');
  if (!isObject(spec)) return [];
  const out: ProblemDraft[] = [];
  for (const field of ['start_date', 'end_date']) {
    const v = getOwn(spec, field);
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(v) && !isValidDateTime(v)) {
      out.push({
        severity: 'error',
        strictOnly: true,
        code: 'config/schema',
        message: `config "${entry.key}" (${entry.className}): "data_sources_spec.${field}" is not a real date and time: ${JSON.stringify(v)}`,
        file,
        jsonPath: filePointer(entry, ['data_sources_spec', field]),
      });
    }
  }
  return out;
}
