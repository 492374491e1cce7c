/** Values shortened for a message keep their quotes paired, so the report's code spans stay where they belong. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clippedJson } from '../../../src/core/serialize.js';
import { inlineText } from '../../../src/core/diff/markdown.js';
import { codeTexts, render } from '../../helpers/markdown.js';

describe('clippedJson', () => {
  it('leaves short values as compact JSON', () => {
    expect(clippedJson({ a: [1, 'x'] }, 80)).toBe('{"a":[1,"x"]}');
    expect(clippedJson(null, 80)).toBe('null');
  });

  it('cuts a long string inside its quotes', () => {
    const v = `s3://bucket/${'A'.repeat(300)}`;
    const out = clippedJson(v, 40);
    expect(out).toBe(JSON.stringify(`${v.slice(0, 37)}…`));
  });

  it('closes a string the cut lands in, and never cuts an escape in two', () => {
    expect(clippedJson({ path: 'x'.repeat(100) }, 20)).toBe(`{"path":"${'x'.repeat(9)}"…`);
    // 9 backslashes fit: the odd one (half of an escape) is dropped.
    expect(clippedJson(['\\'.repeat(40)], 13)).toBe(`["${'\\'.repeat(8)}"…`);
  });

  it('a message with a shortened value renders the value, and only it, as code', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.dictionary(fc.string(), fc.string())), (v) => {
        const shown = clippedJson(v, 30);
        const html = render(`- writes x = ${inlineText(`${shown} where the validated config gives "abc"`)}`);
        expect(html).toContain(' where the validated config gives <code>abc</code>');
        expect(codeTexts(html).at(-1)).toBe('abc');
      }),
      { numRuns: 200 },
    );
  });
});
