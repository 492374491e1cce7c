/**
 * Where things are in a JSON text: line/column of an offset (LineIndex) and the offset of the value a JSON pointer
 * names (PointerIndex). Both index lazily and once, so locating N problems costs O(text + N), never O(text × N).
 * Values themselves come from json-parse.ts.
 */

export interface TextPosition {
  line: number;
  column: number;
}

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  constructor(
    message: string,
    readonly offset: number,
    /** `input/syntax`, `input/number` (a literal with no finite double) or `input/too-deep`. */
    readonly code = 'input/syntax',
  ) {
    super(message);
  }
}

/** Index of the first element of sorted `xs` that is ≥ `x`. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * 1-based line/column of UTF-16 offsets, in O(log n) each after one O(n) pass. Columns count code points, as
 * editors do: the low half of a surrogate pair adds no column.
 */
export class LineIndex {
  private lineStarts?: number[];
  private lowSurrogates?: number[];
  constructor(private readonly text: string) {}

  private build(): { starts: number[]; lows: number[] } {
    if (!this.lineStarts) {
      const t = this.text;
      const starts = [0];
      for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) starts.push(i + 1);
      const lows: number[] = [];
      if (/[\udc00-\udfff]/.test(t)) {
        for (let i = 0; i < t.length; i++) {
          const c = t.charCodeAt(i);
          if (c >= 0xdc00 && c <= 0xdfff) lows.push(i);
        }
      }
      this.lineStarts = starts;
      this.lowSurrogates = lows;
    }
    return { starts: this.lineStarts, lows: this.lowSurrogates! };
  }

  position(offset: number): TextPosition {
    const { starts, lows } = this.build();
    const end = Math.max(0, Math.min(offset, this.text.length));
    const line = lowerBound(starts, end + 1); // the number of line starts ≤ end
    const lineStart = starts[line - 1]!;
    // A low surrogate right at the line start is a column of its own (a broken pair), as before.
    const skipped = lows.length === 0 ? 0 : lowerBound(lows, end) - lowerBound(lows, lineStart + 1);
    return { line, column: end - lineStart - skipped + 1 };
  }
}

/** 1-based line/column of a UTF-16 offset (one-off use; a LineIndex is faster for many). */
export function positionAt(text: string, offset: number): TextPosition {
  return new LineIndex(text).position(offset);
}

/** Skips JSON values in a text known to be valid (it was parsed already); offsets only, no values built. */
class Skipper {
  pos = 0;
  constructor(readonly text: string) {}

  ws(): number {
    const t = this.text;
    let p = this.pos;
    let c = t.charCodeAt(p);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++p);
    this.pos = p;
    return c;
  }

  /** Skips a string; returns its raw text between the quotes (escapes undecoded). */
  rawString(): string {
    const t = this.text;
    const start = this.pos + 1;
    let p = start;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 34 || Number.isNaN(c)) break;
      p += c === 92 ? 2 : 1;
    }
    this.pos = p + 1;
    return t.slice(start, p);
  }

  string(): string {
    const raw = this.rawString();
    return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
  }

  /** Skips one value, nested ones included, with an explicit stack (no recursion). */
  value(): void {
    let depth = 0;
    do {
      const c = this.ws();
      if (c === 34) this.rawString();
      else if (c === 123 || c === 91) {
        depth++;
        this.pos++;
        continue;
      } else if (c === 125 || c === 93) {
        depth--;
        this.pos++;
      } else if (c === 44 || c === 58) {
        this.pos++;
        continue;
      } else {
        // A number or a literal: up to the next delimiter.
        const t = this.text;
        let p = this.pos + 1;
        for (let d = t.charCodeAt(p); p < t.length; d = t.charCodeAt(++p)) {
          if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9 || d === 58)
            break;
        }
        this.pos = p;
      }
      if (depth === 0) return;
    } while (this.pos < this.text.length);
  }
}

/** The offsets of a container's direct children: by key for an object (the last of duplicates), by index for an array. */
export type Children = Map<string, number> | number[];

/**
 * Offsets of the values JSON pointers name, in a valid JSON text. Each container on a requested path is scanned
 * once for the offsets of its children, so many pointers into one list cost one pass over it.
 */
export class PointerIndex {
  private readonly children: Map<number, Children>;
  private rootOffset?: number;
  /**
   * @param seed children the parser already recorded (the shallow levels, see json-parse.ts), by the container's
   *   offset: a pointer into a large top-level object then costs no pass over the whole file.
   */
  constructor(
    private readonly text: string,
    seed?: Map<number, Children>,
  ) {
    this.children = seed ? new Map(seed) : new Map();
  }

  private root(): number {
    if (this.rootOffset === undefined) {
      const s = new Skipper(this.text);
      s.ws();
      this.rootOffset = s.pos;
    }
    return this.rootOffset;
  }

  private childrenOf(at: number): Children | undefined {
    const cached = this.children.get(at);
    if (cached) return cached;
    const ch = this.text.charCodeAt(at);
    if (ch !== 123 && ch !== 91) return undefined;
    const s = new Skipper(this.text);
    s.pos = at + 1;
    let out: Children;
    if (ch === 123) {
      const byKey = new Map<string, number>();
      while (s.ws() === 34) {
        const key = s.string();
        s.ws();
        s.pos++; // ':'
        s.ws();
        byKey.set(key, s.pos);
        s.value();
        if (s.ws() === 44) s.pos++;
      }
      out = byKey;
    } else {
      const list: number[] = [];
      while (s.ws() !== 93 && s.pos < this.text.length) {
        list.push(s.pos);
        s.value();
        if (s.ws() === 44) s.pos++;
      }
      out = list;
    }
    this.children.set(at, out);
    return out;
  }

  /**
   * Offset of the value `pointer` names. When a segment is missing, the offset of the deepest existing parent, so a
   * "missing field" problem points at the object that lacks it.
   */
  offset(pointer: string): number {
    let at = this.root();
    for (const seg of decodePointer(pointer)) {
      const kids = this.childrenOf(at);
      let next: number | undefined;
      if (kids instanceof Map) next = kids.get(seg);
      else if (kids && /^(0|[1-9]\d*)$/.test(seg)) next = kids[Number(seg)];
      if (next === undefined) return at;
      at = next;
    }
    return at;
  }
}

/** Offset of the value a JSON pointer names in a valid JSON text (one-off use; see PointerIndex). */
export function locateJsonPointer(text: string, pointer: string): number {
  return new PointerIndex(text).offset(pointer);
}

export function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function encodePointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
