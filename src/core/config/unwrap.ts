import { isObject, setOwn, type JsonObject } from '../json.js';

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** `{"__type_info__": ..., "value": v}` (FORMAT §a.3). */
export function isTypeWrapper(v: unknown): v is JsonObject & { value: unknown } {
  return isObject(v) && hasOwn(v, '__type_info__') && hasOwn(v, 'value');
}

/**
 * Undoes the saved-config type wrappers of FORMAT §a.3, recursively:
 * `{"__model_type__": X, ...}` → the fields without `_`-prefixed keys;
 * `{"__type_info__": "list"|"tuple"|"set"|"frozenset"|"dict"|"datetime"|"enum"|"path", "value": v}` → v.
 * Circular-reference and serialization-error markers become empty models. Returns new objects; the
 * parsed file is not modified.
 */
export function unwrap(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrap);
  if (!isObject(value)) return value;
  if (isTypeWrapper(value)) return unwrap(value.value);
  const isModel = hasOwn(value, '__model_type__');
  const out: JsonObject = {};
  for (const key of Object.keys(value)) {
    if (isModel && key.startsWith('_')) continue;
    setOwn(out, key, unwrap(value[key]));
  }
  return out;
}

export function escapeSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
