/**
 * How cursus turns a saved config into a Python object (FORMAT Errata 1–2; `TypeAwareConfigSerializer.
 * _deserialize_model` in `core/config_fields/type_aware_config_serializer.py`), on JSON values:
 *
 * - every nested `{"__model_type__": X, ...}` becomes its own object first, validated on its own;
 * - the object is validated with pydantic in lax mode (`model_validate(..., strict=False)`): values are converted
 *   to the declared field types, defaults filled, validators run;
 * - when validation fails anywhere, cursus falls back to `model_construct`: the values exactly as saved, defaults
 *   for absent fields with one, no conversion, no validator — and a required field that is absent is no attribute.
 *
 * `instantiate(cls, data, 'reference')` reproduces that (what the reference's helpers read);
 * `instantiate(cls, data, 'validated')` is the always-validated view: conversions and validators applied wherever
 * they succeed, whatever fails elsewhere (what a config means; used for the image URI and for strict mode).
 */
import { getOwn, hasOwn, keysOf, setOwn, type JsonObject } from '../json.js';
import { numericValue, type ExactNumber } from '../number.js';
import { isKnownClass, isSubclassOf } from './classes.js';
import { laxBool, laxFloat, laxInt, laxStr, type Lax, isDict } from './lax.js';

/** A field annotation, as far as the generator needs it. */
export type FieldType =
  | { t: 'str' }
  | { t: 'int' }
  | { t: 'float' }
  | { t: 'bool' }
  | { t: 'any' }
  /** `str`-based enum whose `_missing_` upper-cases (registration `VariableType`): emitted as its value. */
  | { t: 'upper-enum'; values: readonly string[] }
  | { t: 'optional'; of: FieldType }
  | { t: 'list'; of: FieldType }
  | { t: 'dict'; of: FieldType }
  | { t: 'union'; of: readonly FieldType[] }
  | { t: 'model'; cls: string };

export interface FieldSpec {
  type: FieldType;
  /** A fresh default value; a field without one is required. */
  default?: () => unknown;
  ge?: number;
  le?: number;
  /** An `after` field validator: the new value, or `throw new Invalid(...)`. */
  check?: (value: unknown) => unknown;
}

/** A pydantic model class: its own fields (after its bases'), config and `after` model validators. */
export interface ModelSpec {
  name: string;
  base?: string;
  fields: Readonly<Record<string, FieldSpec>>;
  /** `str_strip_whitespace=True` */
  stripWhitespace?: boolean;
  /** `@model_validator(mode="after")`: may change the object; `throw new Invalid(...)` to fail. */
  after?: readonly ((obj: JsonObject) => void)[];
}

/** A validation failure, as pydantic reports it: where (field path) and why. */
export interface Issue {
  path: string[];
  message: string;
}

export class Invalid extends Error {
  override readonly name = 'Invalid';
}

export type Mode = 'reference' | 'validated';

/** What an object built by `instantiate` is: its class, and whether pydantic validated it. */
export interface InstanceInfo {
  cls: string;
  valid: boolean;
  issues: Issue[];
  /** The issues of this object and of every object nested in it, with full field paths. */
  deep: Issue[];
}

/** Objects built inside a value, with where they are (to gather their issues). */
type Nested = { path: string[]; info: InstanceInfo }[];

const INSTANCES = new WeakMap<object, InstanceInfo>();

/** The class and validity of a (nested) model object; undefined for a plain dict. */
export function instanceInfo(v: unknown): InstanceInfo | undefined {
  return isDict(v) ? INSTANCES.get(v) : undefined;
}

/** Every pydantic failure in an object and the objects nested in it, with full field paths. */
export function deepIssues(root: unknown): Issue[] {
  return isDict(root) ? (INSTANCES.get(root)?.deep ?? []) : [];
}

const SPECS = new Map<string, ModelSpec>();

export function registerModels(specs: readonly ModelSpec[]): void {
  for (const s of specs) SPECS.set(s.name, s);
  FIELDS.clear();
  AFTER.clear();
}

export function isModeled(cls: string): boolean {
  return SPECS.has(cls);
}

const FIELDS = new Map<string, ReadonlyMap<string, FieldSpec>>();
const AFTER = new Map<string, readonly ((obj: JsonObject) => void)[]>();
const NO_FIELDS: ReadonlyMap<string, FieldSpec> = new Map();

/** Every field of a class, its bases' first (pydantic's field order; a redefinition keeps its place). */
export function fieldsOf(cls: string): ReadonlyMap<string, FieldSpec> {
  const spec = SPECS.get(cls);
  if (!spec) return NO_FIELDS;
  let out = FIELDS.get(cls);
  if (!out) {
    const all = new Map(spec.base ? fieldsOf(spec.base) : []);
    for (const [k, f] of Object.entries(spec.fields)) all.set(k, f);
    FIELDS.set(cls, (out = all));
  }
  return out;
}

function afterValidators(cls: string): readonly ((obj: JsonObject) => void)[] {
  const spec = SPECS.get(cls);
  if (!spec) return [];
  let out = AFTER.get(cls);
  if (!out) AFTER.set(cls, (out = [...(spec.base ? afterValidators(spec.base) : []), ...(spec.after ?? [])]));
  return out;
}

function stripsWhitespace(cls: string): boolean {
  const spec = SPECS.get(cls);
  return spec?.stripWhitespace ?? false;
}

function isDunderModel(v: unknown): v is JsonObject {
  return isDict(v) && hasOwn(v, '__model_type__');
}

/** Fields of a saved model block: no `__model_type__`, no `_`-prefixed keys (`filtered_data`). */
function modelFields(data: JsonObject): [string, unknown][] {
  return keysOf(data)
    .filter((k) => k !== '__model_type__' && !k.startsWith('_'))
    .map((k) => [k, data[k]]);
}

/**
 * `deserialize(value, expected_type=annotation)` of a value inside a model: nested `__model_type__` blocks
 * become objects of their class (an unknown class falls back to the annotation when it is a bare model class,
 * else stays a dict); lists and dicts are walked without an expected type.
 */
function deserialize(
  v: unknown,
  annotation: FieldType | undefined,
  mode: Mode,
  path: readonly string[],
  nested: Nested,
): unknown {
  // Scalars are most of a config: returned at once, without building their paths.
  const child = (x: unknown, key: string): unknown =>
    x !== null && typeof x === 'object' ? deserialize(x, undefined, mode, [...path, key], nested) : x;
  if (Array.isArray(v)) {
    // Parts without a model inside are kept as they are (no copy): nothing here changes them.
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      const d = child(x, String(i));
      if (d !== x) (out ??= v.slice())[i] = d;
    }
    return out ?? v;
  }
  if (!isDict(v)) return v;
  if (isDunderModel(v)) {
    const name = getOwn(v, '__model_type__');
    if (typeof name === 'string' && name !== '') {
      const cls = isKnownClass(name) ? name : annotation?.t === 'model' ? annotation.cls : undefined;
      if (cls) {
        const obj = instantiate(cls, v, mode);
        nested.push({ path: [...path], info: INSTANCES.get(obj)! });
        return obj;
      }
      const out: JsonObject = {};
      for (const [k, x] of modelFields(v)) setOwn(out, k, child(x, k));
      return out;
    }
  }
  const keys = keysOf(v);
  const parts = keys.map((k) => child(v[k], k));
  if (parts.every((d, i) => d === v[keys[i]!])) return v;
  const out: JsonObject = {};
  keys.forEach((k, i) => setOwn(out, k, parts[i]));
  return out;
}

interface Ctx {
  mode: Mode;
  issues: Issue[];
  strip: boolean;
}

function lax<T>(r: Lax<T>, raw: unknown, path: string[], ctx: Ctx): unknown {
  if (r.ok) return r.value;
  ctx.issues.push({ path, message: r.message });
  return raw;
}

const MISS = Symbol('not a plain match');

/** The value itself when it already is of the scalar type (most values): no conversion, no path built. */
function plainMatch(v: unknown, type: FieldType, strip: boolean): unknown {
  switch (type.t) {
    case 'any':
      return v;
    case 'str':
      return typeof v === 'string' && !strip ? v : MISS;
    case 'bool':
      return typeof v === 'boolean' ? v : MISS;
    case 'int':
      return typeof v === 'number' && Number.isSafeInteger(v) && !Object.is(v, -0) ? v : MISS;
    default:
      return MISS;
  }
}

/** Validates one value against a type: the converted value, or the value as given (with an issue). */
function validateValue(v: unknown, type: FieldType, path: string[], ctx: Ctx): unknown {
  switch (type.t) {
    case 'any':
      return v;
    case 'str':
      return lax(laxStr(v, ctx.strip), v, path, ctx);
    case 'int':
      return lax(laxInt(v), v, path, ctx);
    case 'float':
      return lax(laxFloat(v), v, path, ctx);
    case 'bool':
      return lax(laxBool(v), v, path, ctx);
    case 'upper-enum': {
      const up = typeof v === 'string' ? v.toUpperCase() : undefined;
      if (up !== undefined && type.values.includes(up)) return up;
      ctx.issues.push({ path, message: `Input should be ${type.values.map((x) => `'${x}'`).join(' or ')}` });
      return v;
    }
    case 'optional':
      return v === null ? null : validateValue(v, type.of, path, ctx);
    case 'list':
      if (!Array.isArray(v)) {
        ctx.issues.push({ path, message: 'Input should be a valid list' });
        return v;
      }
      {
        // A list whose items already have the item type is kept as it is.
        let out: unknown[] | undefined;
        for (let i = 0; i < v.length; i++) {
          const x: unknown = v[i];
          const plain = plainMatch(x, type.of, ctx.strip);
          const r = plain !== MISS ? plain : validateValue(x, type.of, [...path, String(i)], ctx);
          if (r !== x) (out ??= v.slice())[i] = r;
        }
        return out ?? v;
      }
    case 'dict': {
      if (!isDict(v) || instanceInfo(v)) {
        ctx.issues.push({ path, message: 'Input should be a valid dictionary' });
        return v;
      }
      // A dict whose values already have the value type is kept as it is.
      const keys = keysOf(v);
      const parts = keys.map((k) => {
        const plain = plainMatch(v[k], type.of, ctx.strip);
        return plain !== MISS ? plain : validateValue(v[k], type.of, [...path, k], ctx);
      });
      if (parts.every((x, i) => x === v[keys[i]!])) return v;
      const out: JsonObject = {};
      keys.forEach((k, i) => setOwn(out, k, parts[i]));
      return out;
    }
    case 'union': {
      let last: Issue[] = [];
      for (const member of type.of) {
        const scratch: Ctx = { ...ctx, issues: [] };
        const r = validateValue(v, member, path, scratch);
        if (scratch.issues.length === 0) return r;
        last = scratch.issues;
      }
      ctx.issues.push(...last);
      return v;
    }
    case 'model': {
      const info = instanceInfo(v);
      if (info) {
        if (isSubclassOf(info.cls, type.cls)) return v;
        ctx.issues.push({ path, message: `Input should be a valid ${type.cls}, got a ${info.cls}` });
        return v;
      }
      if (!isDict(v)) {
        ctx.issues.push({ path, message: `Input should be a valid dictionary or instance of ${type.cls}` });
        return v;
      }
      // A nested dict without __model_type__ is validated as part of this object.
      const inner = validateModel(type.cls, v, ctx.mode);
      for (const i of inner.issues) ctx.issues.push({ path: [...path, ...i.path], message: i.message });
      INSTANCES.set(inner.value, {
        cls: type.cls,
        valid: inner.issues.length === 0,
        issues: inner.issues,
        deep: inner.issues,
      });
      return inner.value;
    }
  }
}

function checkBounds(v: unknown, f: FieldSpec, path: string[], issues: Issue[]): void {
  const n = numericValue(v as number | ExactNumber);
  if (n === undefined) return;
  if (f.ge !== undefined && !(n >= f.ge))
    issues.push({ path, message: `Input should be greater than or equal to ${f.ge}` });
  if (f.le !== undefined && !(n <= f.le))
    issues.push({ path, message: `Input should be less than or equal to ${f.le}` });
}

/** Field-by-field validation of already deserialized values, then the model validators. */
function validateModel(cls: string, data: JsonObject, mode: Mode): { value: JsonObject; issues: Issue[] } {
  const issues: Issue[] = [];
  const value: JsonObject = {};
  const strip = stripsWhitespace(cls);
  for (const [name, f] of fieldsOf(cls)) {
    if (!hasOwn(data, name)) {
      if (f.default) setOwn(value, name, f.default());
      else issues.push({ path: [name], message: 'Field required' });
      continue;
    }
    const plain =
      f.check || f.ge !== undefined || f.le !== undefined ? MISS : plainMatch(data[name], f.type, strip);
    if (plain !== MISS) {
      setOwn(value, name, plain);
      continue;
    }
    const fieldIssues: Issue[] = [];
    let v = validateValue(data[name], f.type, [name], { mode, issues: fieldIssues, strip });
    if (fieldIssues.length === 0) checkBounds(v, f, [name], fieldIssues);
    if (fieldIssues.length === 0 && f.check) {
      try {
        v = f.check(v);
      } catch (e) {
        if (!(e instanceof Invalid)) throw e;
        fieldIssues.push({ path: [name], message: e.message });
      }
    }
    issues.push(...fieldIssues);
    setOwn(value, name, v);
  }
  // Model validators run only on a valid object; the validated view runs them anyway, as far as they go.
  if (issues.length === 0 || mode === 'validated') {
    for (const after of afterValidators(cls)) {
      try {
        after(value);
      } catch (e) {
        // In the validated view a validator may meet a value of the wrong type: it simply does not apply.
        if (!(e instanceof Invalid) && issues.length === 0 && mode === 'reference') throw e;
        issues.push({ path: [], message: e instanceof Error ? e.message : String(e) });
      }
    }
  }
  return { value, issues };
}

/** `model_construct(**kwargs)`: the given fields as they are, in field order, defaults for the others. */
function construct(cls: string, data: JsonObject): JsonObject {
  const value: JsonObject = {};
  for (const [name, f] of fieldsOf(cls)) {
    if (hasOwn(data, name)) setOwn(value, name, data[name]);
    else if (f.default) setOwn(value, name, f.default());
  }
  return value;
}

/**
 * A config object of class `cls` from its saved block (wrappers already removed), as the reference builds it
 * (`mode: 'reference'`) or as its validated meaning (`mode: 'validated'`). Keys that are not fields of the class
 * are dropped. A class without a model here (no helper reads it) keeps its block as it is.
 */
export function instantiate(cls: string, data: JsonObject, mode: Mode): JsonObject {
  const fields = fieldsOf(cls);
  const nested: Nested = [];
  const deepOf = (own: Issue[]): Issue[] => [
    ...own,
    ...nested.flatMap((n) => n.info.deep.map((i) => ({ path: [...n.path, ...i.path], message: i.message }))),
  ];
  if (fields.size === 0) {
    const opaque: JsonObject = {};
    for (const [k, x] of modelFields(data)) setOwn(opaque, k, deserialize(x, undefined, mode, [k], nested));
    INSTANCES.set(opaque, { cls, valid: true, issues: [], deep: deepOf([]) });
    return opaque;
  }
  const kwargs: JsonObject = {};
  for (const [k, x] of modelFields(data)) {
    const f = fields.get(k);
    if (f) setOwn(kwargs, k, deserialize(x, f.type, mode, [k], nested));
  }
  const { value, issues } = validateModel(cls, kwargs, mode);
  const valid = issues.length === 0;
  const out = mode === 'validated' || valid ? value : construct(cls, kwargs);
  // Issues of nested dicts validated here are among `issues` already (inline models, validateValue).
  INSTANCES.set(out, { cls, valid, issues, deep: deepOf(issues) });
  return out;
}
