/**
 * pydantic v2's lax-mode conversions for the field types the helpers read, on values as Python's `json.load`
 * gives them (pydantic-core `src/input/input_python.rs` and `src/input/shared.rs`: `validate_int`,
 * `validate_float`, `validate_bool`, `validate_str`, `str_as_int`, `str_as_float`, `str_as_bool`).
 * A JSON number is a Python int when it is a safe integer or an ExactNumber of digits, else a float.
 */
import { ExactNumber, isExactNumber, pyFloat, pyInt } from '../number.js';
import { isObject, type JsonObject } from '../json.js';

/** The Python type `json.load` gives a JSON value. */
export type PyKind = 'none' | 'bool' | 'int' | 'float' | 'str' | 'list' | 'dict';

export function pyKind(v: unknown): PyKind {
  if (v === null || v === undefined) return 'none';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isSafeInteger(v) && !Object.is(v, -0) ? 'int' : 'float';
  if (isExactNumber(v)) return /[.eE]/.test(v.text) ? 'float' : 'int';
  if (typeof v === 'string') return 'str';
  if (Array.isArray(v)) return 'list';
  return isDict(v) ? 'dict' : 'none';
}

/** A JSON object (a Python dict): a plain object, never an ExactNumber (a number that is an object in JS). */
export function isDict(v: unknown): v is JsonObject {
  return isObject(v) && !isExactNumber(v);
}

export type Lax<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Lax<T> => ({ ok: true, value });
const fail = (message: string): Lax<never> => ({ ok: false, message });

/** Rust's `str::trim` (Unicode White_Space; unlike JS trim, U+0085 is space and U+FEFF is not). */
export function rustTrim(s: string): string {
  return s
    .replace(/^[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/, '')
    .replace(/[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/, '');
}

/** The exact integer of a Python int value. */
function intOf(v: number | ExactNumber): bigint {
  return typeof v === 'number' ? BigInt(v) : BigInt(v.text);
}

const JSON_INT = /^-?(?:0|[1-9][0-9]*)$/;

/** pydantic-core `strip_leading_zeros`: undefined where the string cannot be an integer. */
function stripLeadingZeros(s: string): string | undefined {
  const first = s[0];
  if (first === undefined) return undefined;
  if (first !== '0') return /[1-9-]/.test(first) ? s : undefined;
  for (let i = 1; i < s.length; i++) {
    const c = s[i]!;
    if (c === '0' || c === '_') continue;
    if (/[1-9-]/.test(c)) return s.slice(i);
    if (c === '.') return s.slice(i - 1);
    return undefined;
  }
  return s.slice(-1);
}

/** pydantic-core `strip_underscores`: `1_000` → `1000`; undefined when there is nothing valid to strip. */
function stripUnderscores(s: string): string | undefined {
  if (s.startsWith('_') || s.endsWith('_') || !s.includes('_') || s.includes('__')) return undefined;
  return s.replace(/_/g, '');
}

/** pydantic-core `clean_int_str`. */
function cleanIntStr(input: string): string | undefined {
  let s = rustTrim(input);
  if (s.startsWith('+')) {
    if (s.startsWith('+-')) return undefined;
    s = s.slice(1);
  }
  let negative = false;
  if (s.startsWith('-')) {
    if (s.startsWith('--') || s.startsWith('-+')) return undefined;
    negative = true;
    s = s.slice(1);
  }
  const stripped = stripLeadingZeros(s);
  if (stripped === undefined) return undefined;
  s = stripped;
  const dot = s.indexOf('.');
  if (dot >= 0) {
    const frac = s.slice(dot + 1);
    if (frac !== '' && /^0+$/.test(frac)) s = s.slice(0, dot);
  }
  const noUnderscores = stripUnderscores(s);
  if (noUnderscores !== undefined) return negative ? `-${noUnderscores}` : noUnderscores;
  if (input.length === s.length) return undefined;
  return negative ? `-${s}` : s;
}

/** `str_as_int`: `"5440"` → 5440, `" 7 "` → 7, `"5.0"` → 5, `"1_000"` → 1000; not `"1e3"` or `"1.5"`. */
function strAsInt(s: string): Lax<bigint> {
  if (JSON_INT.test(s)) return s.length > 4300 ? fail('integer string too long') : ok(BigInt(s));
  const cleaned = cleanIntStr(s);
  if (cleaned !== undefined && JSON_INT.test(cleaned) && cleaned.length <= 4300) return ok(BigInt(cleaned));
  return fail('Input should be a valid integer, unable to parse string as an integer');
}

const I64_LIMIT = 2 ** 63;

/** `float_as_int`: a finite, integral float strictly inside the i64 range. */
function floatAsInt(x: number): Lax<bigint> {
  if (!Number.isFinite(x)) return fail('Input should be a finite number');
  if (x % 1 !== 0) return fail('Input should be a valid integer, got a number with a fractional part');
  if (!(-I64_LIMIT < x && x < I64_LIMIT))
    return fail('Unable to parse input string as an integer, exceeded maximum size');
  return ok(BigInt(x));
}

/** An `int` field: ints as they are, bools as 0/1, integral floats, integer strings. */
export function laxInt(v: unknown): Lax<number | ExactNumber> {
  const kind = pyKind(v);
  if (kind === 'int') return ok(typeof v === 'number' ? pyInt(v) : (v as ExactNumber));
  if (kind === 'bool') return ok(v === true ? 1 : 0);
  if (kind === 'str') {
    const r = strAsInt(v as string);
    return r.ok ? ok(pyInt(r.value)) : r;
  }
  if (kind === 'float') {
    const r = floatAsInt(typeof v === 'number' ? v : (v as ExactNumber).value);
    return r.ok ? ok(pyInt(r.value)) : r;
  }
  return fail('Input should be a valid integer');
}

const RUST_FLOAT = /^[+-]?(?:inf|infinity|nan|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)$/i;

function rustParseFloat(s: string): number | undefined {
  if (!RUST_FLOAT.test(s)) return undefined;
  const lower = s.toLowerCase();
  const sign = lower.startsWith('-') ? -1 : 1;
  const body = lower.replace(/^[+-]/, '');
  if (body === 'inf' || body === 'infinity') return sign * Infinity;
  if (body === 'nan') return NaN;
  return Number(s);
}

/** `str_as_float`: Rust's float syntax after trimming, then once more without `_` separators. */
function strAsFloat(s: string): number | undefined {
  const x = rustParseFloat(rustTrim(s));
  if (x !== undefined) return x;
  const stripped = stripUnderscores(s);
  return stripped === undefined ? undefined : rustParseFloat(stripped);
}

/**
 * A `float` field, printed as Python prints a float (`0` → `0.0`): floats, ints, bools and float strings.
 * A value that is not finite (`"nan"`, `"inf"`, `"1e999"`) is refused: the reference would write `NaN`/
 * `Infinity`, which is not JSON.
 */
export function laxFloat(v: unknown): Lax<number | ExactNumber> {
  const kind = pyKind(v);
  let x: number | undefined;
  if (kind === 'float' || kind === 'int') x = typeof v === 'number' ? v : (v as ExactNumber).value;
  else if (kind === 'bool') x = v === true ? 1 : 0;
  else if (kind === 'str') {
    x = strAsFloat(v as string);
    if (x === undefined) return fail('Input should be a valid number, unable to parse string as a number');
  } else return fail('Input should be a valid number');
  if (!Number.isFinite(x))
    return fail(
      'Input should be a finite number (the reference would write NaN or Infinity, which is not JSON)',
    );
  return ok(pyFloat(x));
}

function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

const FALSE_STRINGS = new Set(['f', 'n', 'no', 'off', 'false']);
const TRUE_STRINGS = new Set(['t', 'y', 'on', 'yes', 'true']);

/** A `bool` field: bools, 0/1, 0.0/1.0, and `str_as_bool`'s words (ASCII case-insensitive, untrimmed). */
export function laxBool(v: unknown): Lax<boolean> {
  const kind = pyKind(v);
  if (kind === 'bool') return ok(v as boolean);
  if (kind === 'str') {
    const s = v as string;
    if (s === '0' || FALSE_STRINGS.has(asciiLower(s))) return ok(false);
    if (s === '1' || TRUE_STRINGS.has(asciiLower(s))) return ok(true);
    return fail('Input should be a valid boolean, unable to interpret input');
  }
  if (kind === 'int' || kind === 'float') {
    const n = kind === 'int' ? intOf(v as number | ExactNumber) : floatAsInt(numberOf(v));
    const i = typeof n === 'bigint' ? n : n.ok ? n.value : undefined;
    if (i === 0n) return ok(false);
    if (i === 1n) return ok(true);
    return fail('Input should be a valid boolean, unable to interpret input');
  }
  return fail('Input should be a valid boolean');
}

function numberOf(v: unknown): number {
  return typeof v === 'number' ? v : (v as ExactNumber).value;
}

/** A `str` field: only strings (pydantic does not turn numbers or bools into strings). */
export function laxStr(v: unknown, stripWhitespace = false): Lax<string> {
  if (typeof v !== 'string') return fail('Input should be a valid string');
  return ok(stripWhitespace ? rustTrim(v) : v);
}

/** Python's truthiness of a JSON value (`if value:`). */
export function pyTruthy(v: unknown): boolean {
  const kind = pyKind(v);
  switch (kind) {
    case 'none':
      return false;
    case 'bool':
      return v as boolean;
    case 'int':
    case 'float':
      return numberOf(v) !== 0;
    case 'str':
      return (v as string).length > 0;
    case 'list':
      return (v as unknown[]).length > 0;
    case 'dict':
      return Object.keys(v as object).length > 0;
  }
}
