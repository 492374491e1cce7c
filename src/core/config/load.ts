import { compactJson } from '../serialize.js';
import { getOwn, hasOwn, keysOf, setOwn, type JsonObject } from '../json.js';
import type { Problem } from '../report/problem.js';
import { unwrap, escapeSegment, isTypeWrapper } from './unwrap.js';
import { isKnownClass, isSubclassOf, nearestClasses } from './classes.js';
import { STEP_REGISTRY } from './class-data.js';
import { deepIssues, instanceInfo, instantiate, isModeled, type Issue } from './model.js';
import { pyTruthy, isDict } from './lax.js';
import './models.js';

/** One config instance of the saved file: `shared ∪ specific[key]`, unwrapped (FORMAT §a.1–a.3). */
export interface ConfigEntry {
  /** The `metadata.config_types` key, e.g. `CradleDataLoading_training`. */
  key: string;
  /**
   * The class of the object cursus builds, e.g. `CradleDataLoadingConfig`: the block's `__model_type__` when cursus
   * knows that class, else the `config_types` class. Relevance and helpers go by this name.
   */
  className: string;
  /** The `metadata.config_types` class. */
  declaredClass: string;
  /** Effective fields (specific wins over shared), wrappers removed, as saved. */
  readonly value: JsonObject;
  /**
   * The object the reference's helpers read (model.ts): validated and converted when pydantic accepts the config,
   * else the saved values with defaults (cursus's unvalidated fallback).
   */
  readonly reference: JsonObject;
  /** The always-validated view: conversions, defaults and validators applied wherever they succeed. */
  readonly validated: JsonObject;
  /**
   * Why pydantic rejects the config or an object nested in it (cursus then keeps that object unvalidated), with
   * field paths; empty when every object validates.
   */
  readonly referenceIssues: readonly Issue[];
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
  if (!isDict(value)) {
    bad('', 'a saved config file must hold an object with "configuration" and "metadata"');
    return { entries: [], problems };
  }
  const configuration = getOwn(value, 'configuration');
  if (!isDict(configuration)) {
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
  if (!isDict(shared))
    bad('/configuration/shared', '"configuration.shared" must be an object of field values');
  if (!isDict(specific))
    bad('/configuration/specific', '"configuration.specific" must be an object keyed by config name');
  const metadata = getOwn(value, 'metadata');
  const types = isDict(metadata) ? getOwn(metadata, 'config_types') : undefined;
  if (!isDict(types)) {
    problems.push({
      severity: 'error',
      strictOnly: true,
      code: 'config/no-config-types',
      message:
        '"metadata.config_types" is missing: no config can be loaded, so no step can be filled (the file must be written by cursus merge_and_save_configs)',
      file,
      jsonPath: isDict(metadata) ? '/metadata' : '',
    });
    return { entries: [], problems };
  }
  if (!isDict(shared) || !isDict(specific)) return { entries: [], problems };

  const entries: ConfigEntry[] = [];
  for (const key of Object.keys(types)) {
    const declared = types[key];
    const typePtr = `/metadata/config_types/${escapeSegment(key)}`;
    if (typeof declared !== 'string' || declared === '') {
      bad(typePtr, `config class of "${key}" must be a class name string, got ${compactJson(declared)}`);
      continue;
    }
    if (!isKnownClass(declared)) {
      bad(typePtr, unknownClassMessage(key, declared), 'config/unknown-class');
      continue;
    }
    const block = getOwn(specific, key);
    const blockPtr = `/configuration/specific/${escapeSegment(key)}`;
    if (block !== undefined && !isDict(block)) {
      bad(blockPtr, `"${key}" must be an object of field values`);
      continue;
    }
    // _deserialize_model: a known __model_type__ names the class; an unknown one falls back to config_types.
    const modelType = block ? getOwn(block, '__model_type__') : undefined;
    const typed = pyTruthy(modelType);
    const className = typeof modelType === 'string' && isKnownClass(modelType) ? modelType : declared;
    if (typeof modelType === 'string' && modelType !== '' && !isKnownClass(modelType)) {
      const near = nearestClasses(modelType);
      problems.push({
        severity: 'warning',
        code: 'config/unknown-model-type',
        message: `config "${key}" is saved with "__model_type__" "${modelType}", a class cursus does not ship, so cursus reads it as ${declared} (its class in "metadata.config_types")${near.length > 0 ? `; did you mean ${near.map((c) => `"${c}"`).join(' or ')}?` : ''}`,
        file,
        jsonPath: `${blockPtr}/__model_type__`,
      });
    }
    if (!isSubclassOf(className, declared)) {
      bad(
        `${blockPtr}/__model_type__`,
        `config "${key}" is saved as a ${className} but "metadata.config_types" says ${declared}: cursus refuses to load the file; make them agree`,
        'config/class-mismatch',
      );
      continue;
    }
    const pointer = block ? blockPtr : typePtr;
    let merged: JsonObject | undefined;
    let reference: JsonObject | undefined;
    let validated: JsonObject | undefined;
    let issues: Issue[] | undefined;
    const entry: ConfigEntry = {
      key,
      className,
      declaredClass: declared,
      raw: { shared, specific: block },
      pointer,
      // Unwrapped on first use: most configs of a file (training, preprocessing...) are never read.
      get value(): JsonObject {
        merged ??= mergeBlocks(shared, block);
        return merged;
      },
      get reference(): JsonObject {
        reference ??= instantiate(className, entry.value, 'reference');
        return reference;
      },
      get validated(): JsonObject {
        // A config cursus validates, nested objects included, means what cursus reads.
        validated ??=
          entry.referenceIssues.length === 0
            ? entry.reference
            : instantiate(className, entry.value, 'validated');
        return validated;
      },
      get referenceIssues(): readonly Issue[] {
        issues ??= deepIssues(entry.reference);
        return issues;
      },
    };
    // Without __model_type__ cursus calls the class itself, which validates: a failure refuses the whole file.
    if (!typed && isModeled(className)) {
      const own = instanceInfo(entry.reference)?.issues ?? [];
      if (own.length > 0) {
        const first = own[0]!;
        bad(
          pointer,
          `config "${key}" (${className}) has no "__model_type__", so cursus validates it when loading, and it fails (${first.path.join('.') || 'config'}: ${first.message}): cursus refuses to load the file`,
          'config/invalid-untyped',
        );
        continue;
      }
    }
    entries.push(entry);
  }
  return { entries, problems };
}

const STEP_CONFIG_CLASSES = STEP_REGISTRY.map(([, cls]) => cls).filter((c) => isKnownClass(c));

function unknownClassMessage(key: string, cls: string): string {
  const near = nearestClasses(cls);
  const hint = near.length > 0 ? ` Did you mean ${near.map((c) => `"${c}"`).join(' or ')}?` : '';
  return `config "${key}" has the class "${cls}", which cursus does not ship: cursus refuses to load the file.${hint} The step config classes cursus ships: ${STEP_CONFIG_CLASSES.join(', ')}`;
}

/**
 * `{**shared, **specific}` as Python builds it, wrappers removed. The specific block's
 * `__model_type__` makes the whole merged object a model, so `_`-prefixed keys are dropped from both.
 */
function mergeBlocks(shared: JsonObject, block: JsonObject | undefined): JsonObject {
  const merged: JsonObject = {};
  const isModel = block === undefined || hasOwn(block, '__model_type__');
  for (const src of block ? [shared, block] : [shared]) {
    for (const field of keysOf(src)) {
      if (field === '__model_type__' || (isModel && field.startsWith('_'))) continue;
      // unwrap() returns unchanged objects as they are and validation fills defaults into them: a
      // specific block belongs to one config, but shared values are copied so configs never share one.
      const v = unwrap(src[field]);
      setOwn(merged, field, src === shared ? cloneValue(v) : v);
    }
  }
  return merged;
}

/** Deep copy of JSON data; an ExactNumber is a value (kept as it is), not an object to copy. */
function cloneValue<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => cloneValue(v)) as T;
  if (isDict(value)) {
    const out: JsonObject = {};
    for (const k of keysOf(value)) setOwn(out, k, cloneValue(value[k]));
    return out as T;
  }
  return value;
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
    else if (isDict(cur) && hasOwn(cur, seg)) next = cur[seg];
    else return ptr;
    ptr += `/${escapeSegment(seg)}`;
    cur = next;
  }
  return ptr;
}
