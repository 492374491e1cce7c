import { isObject, setOwn, type JsonObject } from '../json.js';

/**
 * Where each unwrapped object or array came from in the file, so a problem found on the loaded
 * value (an ajv `instancePath`) can be pointed back at the line that holds it.
 */
export type Origins = WeakMap<object, string>;

/**
 * Undoes the saved-config type wrappers of FORMAT §a.3, recursively:
 * `{"__model_type__": X, ...}` → the fields without `_`-prefixed keys;
 * `{"__type_info__": "list"|"tuple"|"set"|"frozenset"|"dict"|"datetime"|"enum"|"path", "value": v}` → v.
 * Circular-reference and serialization-error markers become empty models.
 */
export function unwrap(value: unknown, pointer: string, origins: Origins): unknown {
  if (Array.isArray(value)) {
    const out = value.map((v: unknown, i) => unwrap(v, `${pointer}/${i}`, origins));
    origins.set(out, pointer);
    return out;
  }
  if (!isObject(value)) return value;
  if (
    Object.prototype.hasOwnProperty.call(value, '__type_info__') &&
    Object.prototype.hasOwnProperty.call(value, 'value')
  ) {
    return unwrap(value['value'], `${pointer}/value`, origins);
  }
  const isModel = Object.prototype.hasOwnProperty.call(value, '__model_type__');
  const out: JsonObject = {};
  for (const key of Object.keys(value)) {
    if (isModel && key.startsWith('_')) continue;
    setOwn(out, key, unwrap(value[key], `${pointer}/${escapeSegment(key)}`, origins));
  }
  origins.set(out, pointer);
  return out;
}

export function escapeSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
