/**
 * Numbers as the reference prints them. The reference is Python: `json.load` keeps `1` an int and `1.0` a float,
 * integers have any number of digits, and `json.dumps` prints a float with `repr()` (`1.0`, `1e-05`, `1e+16`). A JS
 * number cannot carry that difference, so a value whose printed form a JS number would change is an ExactNumber:
 * the text to print and the nearest double. Plain JS numbers stay plain wherever Python and JS print them alike,
 * which is most of the time (integers below 2^53, non-integral floats of moderate size).
 */

/** The texts of the exact numbers met while {@link withPlaceholders} runs, in the order JSON.stringify met them. */
let placeholders: string[] | undefined;

/**
 * Runs `write` (a synchronous JSON.stringify) with every ExactNumber turned into the string `"\u0000<i>"`, `i` the
 * index of its text in the returned list.
 */
export function withPlaceholders(write: () => string): { json: string; texts: string[] } {
  const texts: string[] = [];
  placeholders = texts;
  try {
    return { json: write(), texts };
  } finally {
    placeholders = undefined;
  }
}

/** A number with the exact JSON text the document must carry. `value` is the nearest double (for checks, compares). */
export class ExactNumber {
  constructor(
    /** A JSON number literal, printed as is: `1.0`, `1e-05`, `12345678901234567890`. */
    readonly text: string,
    readonly value: number,
  ) {}
  /**
   * Code that only needs the value (JSON.stringify of a report, a diff's display) sees the double. While
   * serialize.ts writes a document, it sees a placeholder it swaps for the text (see {@link withPlaceholders}).
   */
  toJSON(): number | string {
    return placeholders ? `\u0000${placeholders.push(this.text) - 1}` : this.value;
  }
  toString(): string {
    return this.text;
  }
}

export function isExactNumber(v: unknown): v is ExactNumber {
  return v instanceof ExactNumber;
}

/** A number, plain or exact. */
export function isNumeric(v: unknown): v is number | ExactNumber {
  return typeof v === 'number' || v instanceof ExactNumber;
}

/** The double of a number, plain or exact; undefined for anything else. */
export function numericValue(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  return v instanceof ExactNumber ? v.value : undefined;
}

/** The shortest round-trip digits of a finite double and where its decimal point goes (`digits × 10^(decpt − len)`). */
function shortestDigits(x: number): { negative: boolean; digits: string; decpt: number } {
  const [mantissa = '', exponent = '0'] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  return { negative: x < 0 || Object.is(x, -0), digits, decpt: Number(exponent) + 1 };
}

/**
 * Python's `repr(float)`: the shortest round-trip digits, in fixed notation with at least one fractional digit when
 * the decimal exponent is in [-4, 16), else `d.ddde±XX` (two exponent digits at least). Non-finite values are
 * Python's `inf`/`nan` spellings, which `json.dumps` writes as `Infinity`/`NaN` — not JSON; callers refuse them.
 */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  const { negative, digits, decpt } = shortestDigits(x);
  const sign = negative ? '-' : '';
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
    if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
    return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  }
  const e = decpt - 1;
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** How JS prints a number in JSON (`JSON.stringify`). */
function jsText(x: number): string {
  return JSON.stringify(x);
}

/**
 * A Python float with this value, as the document holds it: a plain number when JS prints it as Python does
 * (`0.25`), else an ExactNumber (`0.0`, `1e-05`). Throws a RangeError for a non-finite value (not JSON).
 */
export function pyFloat(x: number): number | ExactNumber {
  if (!Number.isFinite(x)) throw new RangeError(`${x} is not a JSON number`);
  const text = pythonFloatRepr(x);
  return text === jsText(x) ? x : new ExactNumber(text, x);
}

/**
 * A Python int with this value: a plain number when it is a safe integer, else an ExactNumber of its digits
 * (`BigInt` keeps every digit of an integer literal).
 */
export function pyInt(x: number | bigint): number | ExactNumber {
  if (typeof x === 'number') {
    if (!Number.isSafeInteger(x)) throw new RangeError(`${x} is not a safe integer; pass a bigint`);
    return Object.is(x, -0) ? 0 : x;
  }
  const n = Number(x);
  return Number.isSafeInteger(n) ? n : new ExactNumber(x.toString(), n);
}

/** Canonical decimal of a JSON number literal: sign, significant digits without leading/trailing zeros, decpt. */
function literalDecimal(text: string): { negative: boolean; digits: string; decpt: number } | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return undefined;
  const [, sign = '', int = '', frac = '', exp = '0'] = m;
  let digits = int + frac;
  let decpt = int.length + Number(exp);
  const lead = /^0*/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(lead);
  decpt -= lead;
  digits = digits.replace(/0+$/, '');
  if (digits === '') return { negative: sign === '-', digits: '0', decpt: 1 };
  return { negative: sign === '-', digits, decpt };
}

/**
 * A number as read from a JSON (or YAML) literal, as the reference would carry it: Python's int or float of the
 * literal. Returns a plain number when JS prints it the same, an ExactNumber otherwise: `1.0` stays `1.0`, `1E2`
 * becomes Python's `100.0`, an integer past 2^53 keeps its digits. A float literal whose value no double holds
 * (more digits than a double has, or too small: `1e-400`) becomes the double Python's `float()` makes of it, as in the
 * reference, and `onRounded` is told what Python prints for it, so that the change is never silent. Returns
 * undefined for a literal that has no finite double (`1e400`): the caller reports it at its position.
 */
export function numberFromLiteral(
  text: string,
  onRounded?: (shown: string) => void,
): number | ExactNumber | undefined {
  const isFloat = /[.eE]/.test(text);
  if (!isFloat) {
    const n = Number(text);
    if (Number.isSafeInteger(n)) return Object.is(n, -0) ? 0 : n;
    const big = BigInt(text);
    return new ExactNumber(big.toString(), Number(big));
  }
  const x = Number(text);
  if (!Number.isFinite(x)) return undefined;
  // The common case, cheaply: a literal that is already the shortest form of its double, non-integral and of a size
  // where Python and JS print alike (`0.25`, `12.5`).
  if (!Number.isInteger(x) && String(x) === text && Math.abs(x) >= 1e-4 && Math.abs(x) < 1e16) return x;
  const lit = literalDecimal(text);
  const dbl = shortestDigits(x);
  const zero = x === 0;
  const exact =
    lit !== undefined && (zero ? lit.digits === '0' : lit.digits === dbl.digits && lit.decpt === dbl.decpt);
  if (!exact) onRounded?.(pythonFloatRepr(x));
  return pyFloat(x);
}

/** Why a float literal became another number: too many digits, or too small for a double. */
export function roundingReason(literal: string, shown: string): string {
  return /^-?0\.0$/.test(shown)
    ? `the number ${literal} is too small for a float: Python reads it as ${shown}, and so the document has ${shown}`
    : `the number ${literal} has more digits than a float holds: Python reads it as ${shown}, and so the document has ${shown}`;
}

/** The JSON text of a number, plain or exact, as the document prints it. */
export function numberText(v: number | ExactNumber): string {
  return typeof v === 'number' ? jsText(v) : v.text;
}

/** Equal as the document prints them (`1` and `1.0` differ, as they do in the reference's output). */
export function sameNumber(a: number | ExactNumber, b: number | ExactNumber): boolean {
  return numberText(a) === numberText(b);
}
