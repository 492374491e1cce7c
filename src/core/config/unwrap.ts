import { isDict } from './lax.js';
import { keysOf, setOwn, type JsonObject } from '../json.js';

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** `{"__type_info__": ..., "value": v}` (FORMAT §a.3). */
export function isTypeWrapper(v: unknown): v is JsonObject & { value: unknown } {
  return isDict(v) && hasOwn(v, '__type_info__') && hasOwn(v, 'value');
}

/**
 * Undoes the saved-config type wrappers of FORMAT §a.3, recursively:
 * `{"__type_info__": "list"|"tuple"|"set"|"frozenset"|"dict"|"datetime"|"enum"|"path", "value": v}` → v;
 * `{"__model_type__": X, ...}` → the fields without `_`-prefixed keys (circular-reference and
 * serialization-error markers thus become empty models). The `__model_type__` key itself stays: no
 * helper reads it and schemas allow extra keys. Objects that need no change are returned as they are
 * (most of a config), so loading a large file does not copy it.
 */
export function unwrap(value: unknown): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const u = unwrap(v);
      if (u !== v) (out ??= value.slice())[i] = u;
    }
    return out ?? value;
  }
  if (!isDict(value)) return value;
  if (isTypeWrapper(value)) return unwrap(value.value);
  const isModel = hasOwn(value, '__model_type__');
  const keys = keysOf(value);
  const unwrapped: unknown[] = new Array<unknown>(keys.length);
  let changed = false;
  keys.forEach((key, i) => {
    if (isModel && key.startsWith('_') && key !== '__model_type__') {
      changed = true;
      return;
    }
    const v = value[key];
    const u = unwrap(v);
    unwrapped[i] = u;
    if (u !== v) changed = true;
  });
  if (!changed) return value;
  const out: JsonObject = {};
  keys.forEach((key, i) => {
    if (!(isModel && key.startsWith('_') && key !== '__model_type__')) setOwn(out, key, unwrapped[i]);
  });
  return out;
}

export function escapeSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
