/**
 * A small JSON scanner that knows where things are. `JSON.parse` is used for values (it is fast);
 * this scanner runs only on the error path: to find where a syntax error is, and to turn a JSON
 * pointer into a line and column. Error messages from `JSON.parse` differ between Node versions, so
 * syntax positions come from here.
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
  ) {
    super(message);
  }
}

/** 1-based line/column of a UTF-16 offset. Columns count code points, as editors do. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > lineStart) continue; // low surrogate: same code point
    column++;
  }
  return { line, column };
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}

  ws(): void {
    while (this.pos < this.text.length && WS.has(this.text.charCodeAt(this.pos))) this.pos++;
  }

  fail(message: string, at = this.pos): never {
    throw new JsonSyntaxError(message, at);
  }

  describe(): string {
    if (this.pos >= this.text.length) return 'end of file';
    return JSON.stringify(this.text[this.pos]);
  }

  expect(ch: string): void {
    if (this.text[this.pos] !== ch) this.fail(`expected '${ch}' but found ${this.describe()}`);
    this.pos++;
  }

  /** Skips one value; returns its start offset. */
  value(): number {
    this.ws();
    const start = this.pos;
    const ch = this.text[this.pos];
    if (ch === '{') this.object(undefined);
    else if (ch === '[') this.array(undefined);
    else if (ch === '"') this.string();
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) this.number();
    else if (this.text.startsWith('true', this.pos)) this.pos += 4;
    else if (this.text.startsWith('false', this.pos)) this.pos += 5;
    else if (this.text.startsWith('null', this.pos)) this.pos += 4;
    else this.fail(`expected a JSON value but found ${this.describe()}`);
    return start;
  }

  string(): string {
    const start = this.pos;
    this.expect('"');
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x22) {
        this.pos++;
        return JSON.parse(t.slice(start, this.pos)) as string;
      }
      if (c === 0x5c) {
        const e = t[this.pos + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(t.slice(this.pos + 2, this.pos + 6)))
            this.fail('invalid \\u escape in string');
          this.pos += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) this.pos += 2;
        else this.fail(`invalid escape '\\${e ?? ''}' in string`);
        continue;
      }
      if (c < 0x20) this.fail('control character (e.g. a raw newline or tab) inside a string; escape it');
      this.pos++;
    }
    return this.fail('unterminated string', start);
  }

  number(): void {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!m || m[0] === '-' || m[0] === '') this.fail('invalid number');
    this.pos += m[0].length;
  }

  /** Skips an object; when `want` is given, stops at the value of that key and returns its offset. */
  object(want: string | undefined): number | undefined {
    this.expect('{');
    this.ws();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return undefined;
    }
    for (;;) {
      this.ws();
      if (this.text[this.pos] !== '"')
        this.fail(`expected a double-quoted property name but found ${this.describe()}`);
      const key = this.string();
      this.ws();
      this.expect(':');
      this.ws();
      if (want !== undefined && key === want) return this.pos;
      this.value();
      this.ws();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      if (this.text[this.pos] === '}') {
        this.pos++;
        return undefined;
      }
      this.fail(`expected ',' or '}' after a property value but found ${this.describe()}`);
    }
  }

  array(wantIndex: number | undefined): number | undefined {
    this.expect('[');
    this.ws();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return undefined;
    }
    for (let i = 0; ; i++) {
      this.ws();
      if (wantIndex !== undefined && i === wantIndex) return this.pos;
      this.value();
      this.ws();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      if (this.text[this.pos] === ']') {
        this.pos++;
        return undefined;
      }
      this.fail(`expected ',' or ']' after an array element but found ${this.describe()}`);
    }
  }
}

/** Finds the first syntax error of a JSON text; `undefined` when the text is valid. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const c = new Cursor(text);
  try {
    c.ws();
    if (c.pos >= text.length) return new JsonSyntaxError('file is empty: expected a JSON value', 0);
    c.value();
    c.ws();
    if (c.pos < text.length) c.fail(`unexpected ${c.describe()} after the end of the JSON value`);
    return undefined;
  } catch (e) {
    if (e instanceof JsonSyntaxError) return e;
    throw e;
  }
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

/**
 * Offset of the value a JSON pointer names in a valid JSON text. When a segment is missing, the
 * offset of the deepest existing parent is returned, so a "missing field" problem points at the object
 * that lacks it.
 */
export function locateJsonPointer(text: string, pointer: string): number {
  const c = new Cursor(text);
  c.ws();
  let at = c.pos;
  for (const seg of decodePointer(pointer)) {
    c.pos = at;
    const ch = text[at];
    let next: number | undefined;
    try {
      if (ch === '{') next = c.object(seg);
      else if (ch === '[' && /^\d+$/.test(seg)) next = c.array(Number(seg));
    } catch {
      next = undefined;
    }
    if (next === undefined) return at;
    at = next;
  }
  return at;
}
