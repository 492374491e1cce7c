/** JSON value helpers that treat every key — `__proto__` and `constructor` included — as plain data. */
import { ExactNumber } from './number.js';

export type JsonObject = { [key: string]: unknown };

/** A JSON object: not null, not an array, and not a number (an ExactNumber is a value object, a leaf of the data). */
export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof ExactNumber);
}

/**
 * Insertion order of the objects that hold an array-index key (`"0"`, `"7"`): JavaScript lists such keys first, in
 * ascending order, where Python's dicts (and so the reference's documents) keep insertion order. Only those objects
 * are tracked (rare in practice); every other object's own key order already is its insertion order.
 */
const insertionOrder = new WeakMap<object, string[]>();
let anyTracked = false;

/** Whether `key` is one JavaScript orders before the others: a canonical integer below 2^32 - 1. */
function isArrayIndex(key: string): boolean {
  if (key === '0') return true;
  if (key.length === 0 || key.length > 10 || key.charCodeAt(0) < 49 || key.charCodeAt(0) > 57) return false;
  for (let i = 1; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(key) < 4294967295;
}

/** Records that `key` was just added to `obj` (called before the assignment). */
function noteKey(obj: object, key: string): void {
  let order = insertionOrder.get(obj);
  if (order === undefined) {
    if (!isArrayIndex(key)) return;
    // The first index key: until now the own keys were in insertion order.
    order = Object.keys(obj);
    insertionOrder.set(obj, order);
    anyTracked = true;
  } else {
    const at = order.indexOf(key);
    if (at >= 0) order.splice(at, 1); // deleted and added again: it goes last, as in Python
  }
  order.push(key);
}

/** Whether some object's key order differs from JavaScript's (see keysOf); serializers then take the slow path. */
export function keyOrderTracked(): boolean {
  return anyTracked;
}

/**
 * The own enumerable keys of `obj` in insertion order (Python's dict order), also for objects that hold an
 * array-index key; use it wherever the order of data keys reaches the output.
 */
export function keysOf(obj: object): string[] {
  const order = insertionOrder.get(obj);
  if (order === undefined) return Object.keys(obj);
  const own = Object.keys(obj);
  if (own.length === order.length && order.every((k) => hasOwn(obj as JsonObject, k))) return order.slice();
  const present = order.filter((k) => hasOwn(obj as JsonObject, k));
  const seen = new Set(present);
  // Keys assigned without setOwn: after the tracked ones.
  for (const k of own) if (!seen.has(k)) present.push(k);
  return present;
}

/** `obj[key] = value` without invoking setters: a `__proto__` key stays an own data property. */
export function setOwn(obj: JsonObject, key: string, value: unknown): void {
  if (!hasOwn(obj, key)) noteKey(obj, key);
  // Only `__proto__` is an accessor on Object.prototype; every other key assigns as plain data.
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

export function hasOwn(obj: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** Own property value, never an inherited one (`obj.constructor` on a plain object is a function). */
export function getOwn(obj: JsonObject, key: string): unknown {
  return hasOwn(obj, key) ? obj[key] : undefined;
}

/** A new object with the given entries, in order, as own data properties. */
export function objectFrom(entries: Iterable<readonly [string, unknown]>): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of entries) setOwn(out, k, v);
  return out;
}

/** Deep copy of JSON data, key order kept, keys kept as data. */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => cloneJson(v)) as T;
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const k of keysOf(value)) setOwn(out, k, cloneJson(value[k]));
    return out as T;
  }
  return value;
}

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  // An ExactNumber with a fraction or exponent (`1.0`) is a Python float, whatever its value.
  if (v instanceof ExactNumber) return /[.eE]/.test(v.text) ? 'number' : 'integer';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/**
 * Whether two JSON values would print the same: same keys in the same order, exact numbers by their text (`1` and
 * `1.0` differ, as in the document's bytes). Allocation-free, unlike comparing two serializations.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof ExactNumber || b instanceof ExactNumber)
    return a instanceof ExactNumber && b instanceof ExactNumber && a.text === b.text;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = keysOf(a).filter((k) => (a as JsonObject)[k] !== undefined);
  const kb = keysOf(b).filter((k) => (b as JsonObject)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !sameJson((a as JsonObject)[k], (b as JsonObject)[k])) return false;
  }
  return true;
}
