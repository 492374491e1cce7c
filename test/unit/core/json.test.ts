import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameJson } from '../../../src/core/json.js';
import { ExactNumber } from '../../../src/core/number.js';
import { compactJson } from '../../../src/core/serialize.js';

const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(0, 1, -1, 'a', '', true, false, null),
    fc.constantFrom(new ExactNumber('1.0', 1), new ExactNumber('1e-05', 1e-5)),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', '__proto__'), tie('v'), { maxKeys: 3 }),
  ),
})).v;

describe('sameJson', () => {
  it('is true exactly when the two values print the same (key order and number text included)', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(compactJson(a) === compactJson(b));
      }),
    );
  });

  it('tells 1 from 1.0 and {a, b} from {b, a}', () => {
    expect(sameJson(1, new ExactNumber('1.0', 1))).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson({ a: 1, x: undefined }, { a: 1 })).toBe(true);
  });
});
