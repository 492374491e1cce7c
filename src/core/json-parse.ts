/**
 * A one-pass JSON parser that keeps what `JSON.parse` throws away: the exact text of numbers (as ExactNumber, see
 * number.ts, wherever a JS number would print differently), the positions of duplicate keys, and a bound on nesting.
 * Errors carry the offset they happened at. Keys — `__proto__` included — are plain own data properties.
 *
 * It is written for speed (one pass, char codes, no regular expressions on the hot path): strings without escapes
 * are sliced from the text, integers of up to 15 digits are read without a second look.
 */
import { setOwn } from './json.js';
import { ExactNumber, numberFromLiteral } from './number.js';
import { JsonSyntaxError, type Children } from './json-scan.js';

/** Real configs nest about ten levels; this is far above that and far below what recursion anywhere can handle. */
export const MAX_NESTING_DEPTH = 256;

/** A key that appears twice in one object: the later value wins (as in Python's `json.load` and `JSON.parse`). */
export interface DuplicateKey {
  key: string;
  /** Offsets of the two key literals (opening quote), first and later. */
  first: number;
  second: number;
}

/** A float literal that no double holds exactly (see numberFromLiteral): where it is and what Python prints for it. */
export interface RoundedNumber {
  literal: string;
  shown: string;
  /** Offset of the literal. */
  at: number;
}

export interface JsonParseResult {
  value: unknown;
  duplicates: DuplicateKey[];
  rounded: RoundedNumber[];
  /**
   * The children's offsets of every container down to {@link SHALLOW_DEPTH}, by the container's offset (seed of a
   * PointerIndex): locating a problem deep in a config then scans only that config's part of the text.
   */
  shallow: Map<number, Children>;
}

/** Containers this deep or shallower have their children's offsets recorded while parsing (root = 1). */
export const SHALLOW_DEPTH = 3;

function describeAt(text: string, pos: number): string {
  if (pos >= text.length) return 'end of file';
  const cp = text.codePointAt(pos) ?? 0;
  return JSON.stringify(String.fromCodePoint(cp));
}

class Parser {
  pos = 0;
  readonly duplicates: DuplicateKey[] = [];
  readonly rounded: RoundedNumber[] = [];
  readonly shallow = new Map<number, Children>();
  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  fail(message: string, at: number = this.pos, code = 'input/syntax'): never {
    throw new JsonSyntaxError(message, at, code);
  }

  found(): string {
    return describeAt(this.text, this.pos);
  }

  /** Skips whitespace; returns the char code at the new position (NaN at the end). */
  ws(): number {
    const t = this.text;
    let p = this.pos;
    let c = t.charCodeAt(p);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++p);
    this.pos = p;
    return c;
  }

  value(depth: number): unknown {
    const c = this.ws();
    if (c === 34) return this.string();
    if (c === 123) return this.object(depth + 1);
    if (c === 91) return this.array(depth + 1);
    if (c === 45 || (c >= 48 && c <= 57)) return this.number();
    if (c === 116) return this.word('true', true);
    if (c === 102) return this.word('false', false);
    if (c === 110) return this.word('null', null);
    if (c === 78 || c === 73) this.nonFinite(this.pos);
    return this.fail(`expected a JSON value but found ${this.found()}`);
  }

  /** `NaN`, `Infinity` and `-Infinity` at `at`: what Python's json writes for such floats, and not JSON. */
  nonFinite(at: number): void {
    const word = ['NaN', 'Infinity', '-Infinity'].find((w) => this.text.startsWith(w, at));
    if (word)
      this.fail(
        `${word} is not a JSON number (Python's json module writes it for a float that is not finite); write a number or null`,
        at,
      );
  }

  word<T>(w: string, v: T): T {
    if (!this.text.startsWith(w, this.pos)) this.fail(`expected a JSON value but found ${this.found()}`);
    this.pos += w.length;
    return v;
  }

  string(): string {
    const t = this.text;
    const start = this.pos + 1;
    let p = start;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 34) {
        this.pos = p + 1;
        return t.slice(start, p);
      }
      // A backslash, a control character or the end (NaN): the careful path.
      if (c === 92 || !(c >= 32)) break;
      p++;
    }
    return this.escapedString(start - 1, p);
  }

  /** A string with escapes from `open` (its quote); `p` is the first character the fast path did not accept. */
  private escapedString(open: number, p: number): string {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 34) {
        this.pos = p + 1;
        return JSON.parse(t.slice(open, p + 1)) as string;
      }
      if (c === 92) {
        const e = t.charCodeAt(p + 1);
        if (e === 117) {
          for (let k = p + 2; k < p + 6; k++) {
            const h = t.charCodeAt(k);
            const hex = (h >= 48 && h <= 57) || (h >= 65 && h <= 70) || (h >= 97 && h <= 102);
            if (!hex) this.fail('invalid \\u escape in string: expected four hexadecimal digits', p);
          }
          p += 6;
        } else if (
          e === 34 ||
          e === 92 ||
          e === 47 ||
          e === 98 ||
          e === 102 ||
          e === 110 ||
          e === 114 ||
          e === 116
        ) {
          p += 2;
        } else {
          this.fail(`invalid escape '\\${t[p + 1] ?? ''}' in string`, p);
        }
        continue;
      }
      if (Number.isNaN(c)) this.fail('unterminated string', open);
      if (c < 32) this.fail('control character (e.g. a raw newline or tab) inside a string; escape it', p);
      p++;
    }
  }

  number(): number | ExactNumber {
    const t = this.text;
    const start = this.pos;
    let p = start;
    let c = t.charCodeAt(p);
    if (c === 45) c = t.charCodeAt(++p);
    if (c === 48) {
      c = t.charCodeAt(++p);
      if (c >= 48 && c <= 57) this.fail('invalid number: a leading zero is not allowed', start);
    } else if (c >= 49 && c <= 57) {
      do c = t.charCodeAt(++p);
      while (c >= 48 && c <= 57);
    } else {
      this.nonFinite(start);
      this.fail(`invalid number: expected a digit after '-' but found ${describeAt(t, p)}`, p);
    }
    let integer = true;
    if (c === 46) {
      integer = false;
      c = t.charCodeAt(++p);
      if (!(c >= 48 && c <= 57)) this.fail('invalid number: expected a digit after the decimal point', p);
      do c = t.charCodeAt(++p);
      while (c >= 48 && c <= 57);
    }
    if (c === 101 || c === 69) {
      integer = false;
      c = t.charCodeAt(++p);
      if (c === 43 || c === 45) c = t.charCodeAt(++p);
      if (!(c >= 48 && c <= 57)) this.fail('invalid number: expected a digit in the exponent', p);
      do c = t.charCodeAt(++p);
      while (c >= 48 && c <= 57);
    }
    this.pos = p;
    const literal = t.slice(start, p);
    const x = +literal;
    // Up to 15 digits an integer is exact; `|| 0` turns -0 into 0 (Python's int has no -0).
    if (integer && p - start <= 15) return x || 0;
    // A float JS prints as written is one Python prints alike, inside Python's fixed-notation range.
    if (!integer && x !== 0) {
      const a = x < 0 ? -x : x;
      if (a >= 1e-4 && a < 1e16 && String(x) === literal) return x;
    }
    const n = numberFromLiteral(literal, (shown) => this.rounded.push({ literal, shown, at: start }));
    if (n === undefined)
      this.fail(
        `the number ${literal} is out of range: no finite double has that value`,
        start,
        'input/number',
      );
    return n;
  }

  private tooDeep(): never {
    return this.fail(
      `nesting is deeper than ${this.maxDepth} levels: split or flatten this data`,
      this.pos,
      'input/too-deep',
    );
  }

  object(depth: number): Record<string, unknown> {
    if (depth > this.maxDepth) this.tooDeep();
    const open = this.pos;
    this.pos++;
    const obj: Record<string, unknown> = {};
    // Where each key was first seen: built only once this object has a duplicate (a rare path).
    let firstAt: Map<string, number> | undefined;
    const kids = depth <= SHALLOW_DEPTH ? new Map<string, number>() : undefined;
    if (kids) this.shallow.set(open, kids);
    let c = this.ws();
    if (c === 125) {
      this.pos++;
      return obj;
    }
    for (;;) {
      if (c !== 34) this.fail(`expected a double-quoted property name but found ${this.found()}`);
      const keyAt = this.pos;
      const key = this.string();
      if (this.ws() !== 58) this.fail(`expected ':' after a property name but found ${this.found()}`);
      this.pos++;
      if (kids) {
        this.ws();
        kids.set(key, this.pos);
      }
      const v = this.value(depth);
      if (firstAt !== undefined) {
        const first = firstAt.get(key);
        if (first === undefined) firstAt.set(key, keyAt);
        else this.duplicates.push({ key, first, second: keyAt });
      } else if (Object.prototype.hasOwnProperty.call(obj, key)) {
        firstAt = this.keyOffsets(open, keyAt);
        this.duplicates.push({ key, first: firstAt.get(key) ?? keyAt, second: keyAt });
      }
      setOwn(obj, key, v);
      c = this.ws();
      if (c === 44) {
        this.pos++;
        c = this.ws();
        continue;
      }
      if (c === 125) {
        this.pos++;
        return obj;
      }
      this.fail(`expected ',' or '}' after a property value but found ${this.found()}`);
    }
  }

  /** The offset of the first occurrence of each key of the object opened at `open`, up to `end` (already valid). */
  private keyOffsets(open: number, end: number): Map<string, number> {
    const again = new Parser(this.text, this.maxDepth);
    again.pos = open + 1;
    const out = new Map<string, number>();
    while (again.ws() === 34 && again.pos < end) {
      const at = again.pos;
      const key = again.string();
      if (!out.has(key)) out.set(key, at);
      again.ws();
      again.pos++; // ':'
      again.value(0);
      again.ws();
      again.pos++; // ','
    }
    return out;
  }

  array(depth: number): unknown[] {
    if (depth > this.maxDepth) this.tooDeep();
    const open = this.pos;
    this.pos++;
    const arr: unknown[] = [];
    const kids = depth <= SHALLOW_DEPTH ? ([] as number[]) : undefined;
    if (kids) this.shallow.set(open, kids);
    let c = this.ws();
    if (c === 93) {
      this.pos++;
      return arr;
    }
    for (;;) {
      if (kids) {
        this.ws();
        kids.push(this.pos);
      }
      arr.push(this.value(depth));
      c = this.ws();
      if (c === 44) {
        this.pos++;
        continue;
      }
      if (c === 93) {
        this.pos++;
        return arr;
      }
      this.fail(`expected ',' or ']' after an array element but found ${this.found()}`);
    }
  }
}

/**
 * Parses a JSON text. Throws a JsonSyntaxError (with the offset and a code: `input/syntax`, `input/number` for a
 * literal no double can hold such as `1e400`, `input/too-deep`) on the first problem.
 */
export function parseJson(text: string, maxDepth = MAX_NESTING_DEPTH): JsonParseResult {
  const p = new Parser(text, maxDepth);
  if (Number.isNaN(p.ws())) p.fail('file is empty: expected a JSON value', 0);
  const value = p.value(0);
  p.ws();
  if (p.pos < text.length) p.fail(`unexpected ${p.found()} after the end of the JSON value`);
  return { value, duplicates: p.duplicates, rounded: p.rounded, shallow: p.shallow };
}

/** The first problem of a JSON text, or undefined when it parses. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    parseJson(text);
    return undefined;
  } catch (e) {
    if (e instanceof JsonSyntaxError) return e;
    throw e;
  }
}

export { JsonSyntaxError };
