/** Where UTF-8 goes wrong: the first byte that does not start or continue a valid sequence, as a decoder sees it. */

/**
 * Offset of the first byte of the first invalid sequence (WHATWG decoding rules, as TextDecoder's `fatal` mode:
 * overlong forms, surrogates and code points past U+10FFFF are invalid), or -1 when the bytes are valid UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = i + k < n ? bytes[i + k]! : -1;
      if (c < lo || c > hi) return i;
      lo = 0x80;
      hi = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in characters, as an editor counts them) of a byte offset in mostly-UTF-8 bytes. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  // Every byte that is not a continuation byte starts a character. A 4-byte sequence is one character here, but two
  // UTF-16 units to the JSON parser; editors count it as one, which is what the user sees.
  for (let i = lineStart; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
  return { line, column };
}

/**
 * The text of UTF-8 bytes (a BOM kept, for the parser to report), or where they stop being UTF-8: the line and column
 * of the first invalid byte and a note naming it (` (byte 0xff)`).
 */
export function decodeUtf8(
  bytes: Uint8Array,
): { text: string } | { invalid: { line: number; column: number; note: string } } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const { line, column } = bytePosition(bytes, Math.max(0, at));
    const note = at >= 0 ? ` (byte 0x${bytes[at]!.toString(16).padStart(2, '0')})` : '';
    return { invalid: { line, column, note } };
  }
}
