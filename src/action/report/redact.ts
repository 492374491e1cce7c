/**
 * Secrets out of the report's data before it is rendered: the runner masks a secret only where it appears exactly,
 * so it must be replaced before escaping can change its spelling (`ghp_x` → `ghp\_x`). Pure: the secrets are passed
 * in (log.ts's knownSecrets()).
 */
import { REDACTED } from '../log.js';

/** `text` with every secret replaced by `***`, longest first (one secret may contain another). */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length))
    if (s !== '') out = out.split(s).join(REDACTED);
  return out;
}

/**
 * A copy of `value` with the secrets redacted from every string in it, object keys included. Only plain objects and
 * arrays are walked; anything else (an ExactNumber, a number) is kept as it is.
 */
export function redactData<T>(value: T, secrets: readonly string[]): T {
  const list = secrets.filter((s) => s !== '');
  if (list.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactText(v, list);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) return v;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        Object.defineProperty(out, redactText(k, list), {
          value: walk(x),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
