import { cloneJson, isObject, getOwn, hasOwn, setOwn, type JsonObject } from '../json.js';
import type { Problem } from '../report/problem.js';
import { unwrap, escapeSegment, isTypeWrapper } from './unwrap.js';

/** One config instance of the saved file: `shared ∪ specific[key]`, unwrapped (FORMAT §a.1–a.3). */
export interface ConfigEntry {
  /** The `metadata.config_types` key, e.g. `CradleDataLoading_training`. */
  key: string;
  /** The config class name, e.g. `CradleDataLoadingConfig`. */
  className: string;
  /** Effective fields (specific wins over shared), wrappers removed. Helpers read this. */
  readonly value: JsonObject;
  /** The saved blocks the value came from, to point problems back at the file (see filePointer). */
  raw: { shared: JsonObject; specific?: JsonObject };
  /** Pointer of the entry itself: its `specific` block, or its `config_types` line. */
  pointer: string;
}

export interface LoadedConfig {
  entries: ConfigEntry[];
  problems: Problem[];
}

export interface ProblemDraft extends Problem {
  /** An error only in strict mode: `--lenient` turns it into a warning and keeps the reference's behaviour. */
  strictOnly?: boolean;
}

/**
 * Loads every config the file declares in `metadata.config_types`, in file order. Shape problems are
 * reported with the JSON pointer of the offending value; nothing here throws on bad input.
 */
export function loadConfig(
  value: unknown,
  file: string,
): { entries: ConfigEntry[]; problems: ProblemDraft[] } {
  const problems: ProblemDraft[] = [];
  const bad = (jsonPath: string, message: string, code = 'config/shape'): void => {
    problems.push({ severity: 'error', code, message, file, jsonPath });
  };
  if (!isObject(value)) {
    bad('', 'a saved config file must hold an object with "configuration" and "metadata"');
    return { entries: [], problems };
  }
  const configuration = getOwn(value, 'configuration');
  if (!isObject(configuration)) {
    bad(
      hasOwn(value, 'configuration') ? '/configuration' : '',
      '"configuration" must be an object with "shared" and "specific"',
    );
    return { entries: [], problems };
  }
  let shared = getOwn(configuration, 'shared');
  let specific = getOwn(configuration, 'specific');
  if (shared === undefined) shared = {};
  if (specific === undefined) specific = {};
  if (!isObject(shared))
    bad('/configuration/shared', '"configuration.shared" must be an object of field values');
  if (!isObject(specific))
    bad('/configuration/specific', '"configuration.specific" must be an object keyed by config name');
  const metadata = getOwn(value, 'metadata');
  const types = isObject(metadata) ? getOwn(metadata, 'config_types') : undefined;
  if (!isObject(types)) {
    problems.push({
      severity: 'error',
      strictOnly: true,
      code: 'config/no-config-types',
      message:
        '"metadata.config_types" is missing: no config can be loaded, so no step can be filled (the file must be written by cursus merge_and_save_configs)',
      file,
      jsonPath: isObject(metadata) ? '/metadata' : '',
    });
    return { entries: [], problems };
  }
  if (!isObject(shared) || !isObject(specific)) return { entries: [], problems };

  const entries: ConfigEntry[] = [];
  for (const key of Object.keys(types)) {
    const className = types[key];
    const typePtr = `/metadata/config_types/${escapeSegment(key)}`;
    if (typeof className !== 'string' || className === '') {
      bad(typePtr, `config class of "${key}" must be a class name string, got ${JSON.stringify(className)}`);
      continue;
    }
    const block = getOwn(specific, key);
    if (block !== undefined && !isObject(block)) {
      bad(`/configuration/specific/${escapeSegment(key)}`, `"${key}" must be an object of field values`);
      continue;
    }
    const pointer = block ? `/configuration/specific/${escapeSegment(key)}` : typePtr;
    let merged: JsonObject | undefined;
    entries.push({
      key,
      className,
      raw: { shared, specific: block },
      pointer,
      // Unwrapped on first use: most configs of a file (training, preprocessing...) are never read.
      get value(): JsonObject {
        merged ??= mergeBlocks(shared, block);
        return merged;
      },
    });
  }
  return { entries, problems };
}

/**
 * `{**shared, **specific}` as Python builds it, wrappers removed. The specific block's
 * `__model_type__` makes the whole merged object a model, so `_`-prefixed keys are dropped from both.
 */
function mergeBlocks(shared: JsonObject, block: JsonObject | undefined): JsonObject {
  const merged: JsonObject = {};
  const isModel = block === undefined || hasOwn(block, '__model_type__');
  for (const src of block ? [shared, block] : [shared]) {
    for (const field of Object.keys(src)) {
      if (field === '__model_type__' || (isModel && field.startsWith('_'))) continue;
      // unwrap() returns unchanged objects as they are and validation fills defaults into them: a
      // specific block belongs to one config, but shared values are copied so configs never share one.
      const v = unwrap(src[field]);
      setOwn(merged, field, src === shared ? cloneJson(v) : v);
    }
  }
  return merged;
}

/**
 * The file pointer for a path inside an entry's loaded value (e.g. an ajv `instancePath`), found by
 * walking the saved blocks and stepping through `__type_info__` wrappers. When part of the path does
 * not exist in the file (a default was filled in), the deepest existing parent is named.
 */
export function filePointer(entry: ConfigEntry, path: readonly string[]): string {
  if (path.length === 0) return entry.pointer;
  const [first, ...rest] = path as [string, ...string[]];
  const { shared, specific } = entry.raw;
  let ptr: string;
  let cur: unknown;
  if (specific && hasOwn(specific, first)) {
    ptr = `${entry.pointer}/${escapeSegment(first)}`;
    cur = specific[first];
  } else if (hasOwn(shared, first)) {
    ptr = `/configuration/shared/${escapeSegment(first)}`;
    cur = shared[first];
  } else return entry.pointer;
  for (const seg of rest) {
    if (isTypeWrapper(cur)) {
      ptr += '/value';
      cur = cur.value;
    }
    let next: unknown;
    if (Array.isArray(cur) && /^\d+$/.test(seg)) next = cur[Number(seg)];
    else if (isObject(cur) && hasOwn(cur, seg)) next = cur[seg];
    else return ptr;
    ptr += `/${escapeSegment(seg)}`;
    cur = next;
  }
  return ptr;
}
