import { describe, it, expect } from 'vitest';
import { Readable } from 'node:stream';
import { readStdin } from '../../../src/cli/inputs.js';

/** A stream that yields these chunks and counts how many were taken. */
function stream(chunks: (string | Uint8Array)[]): { s: Readable; taken: () => number } {
  let taken = 0;
  const s = Readable.from(
    (function* () {
      for (const c of chunks) {
        taken++;
        yield c;
      }
    })(),
  );
  return { s, taken: () => taken };
}

describe('standard input as a source', () => {
  it('is named <stdin>; JSON when it starts with { or [ (after a BOM or blanks), else YAML', async () => {
    expect((await readStdin(stream(['{"a"', ': 1}']).s)).source).toEqual({
      name: '<stdin>',
      text: '{"a": 1}',
      format: 'json',
    });
    expect((await readStdin(stream(['\uFEFF\n  [1]']).s)).source?.format).toBe('json');
    expect((await readStdin(stream([]).s)).source?.format).toBe('json');
    expect((await readStdin(stream(['nodes:\n  - a\n']).s)).source?.format).toBe('yaml');
  });

  it('stops reading past the limit, with an error naming <stdin>', async () => {
    const { s, taken } = stream(Array.from({ length: 100 }, () => 'x'.repeat(10)));
    const r = await readStdin(s, 25);
    expect(r.source).toBeUndefined();
    expect(r.problem).toMatchObject({ file: '<stdin>', code: 'input/read', line: 1, column: 1 });
    expect(r.problem?.message).toMatch(/^more than the limit of 25 bytes/);
    expect(taken()).toBeLessThan(10);
  });

  it('invalid UTF-8 is located at its line and column', async () => {
    const r = await readStdin(stream([Buffer.from('{\n  "a": "'), Buffer.from([0xff]), Buffer.from('"}')]).s);
    expect(r.problem).toMatchObject({ file: '<stdin>', code: 'input/encoding', line: 2, column: 9 });
    expect(r.problem?.message).toContain('byte 0xff');
  });

  it('without a standard input, - is refused', async () => {
    expect((await readStdin(undefined)).problem?.message).toBe('standard input is not available here');
  });
});
