import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ExactNumber,
  numberFromLiteral,
  numberText,
  pyFloat,
  pyInt,
  pythonFloatRepr,
} from '../../../src/core/number.js';
import { serializeDocument } from '../../../src/core/serialize.js';

/** `[x, json.dumps(x)]` as CPython 3.11 printed them (the doubles as `float.hex()` values, so no digit is lost). */
const PYTHON_FLOATS: [number, string][] = [
  [0, '0.0'],
  [-0, '-0.0'],
  [1, '1.0'],
  [1e16, '1e+16'],
  [1e15, '1000000000000000.0'],
  [1e-4, '0.0001'],
  [1e-5, '1e-05'],
  [0.1, '0.1'],
  [1.5, '1.5'],
  [123456789012345680, '1.2345678901234568e+17'],
  [1e21, '1e+21'],
  [5e-324, '5e-324'],
  [1.7976931348623157e308, '1.7976931348623157e+308'],
  [2.5e-7, '2.5e-07'],
  [100, '100.0'],
  [33.333333333333336, '33.333333333333336'],
  [12345.678, '12345.678'],
  [-1e-5, '-1e-05'],
  [9007199254740992, '9007199254740992.0'],
];

/** `[literal, json.dumps(json.loads(literal))]` from CPython 3.11. */
const PYTHON_LITERALS: [string, string][] = [
  ['1', '1'],
  ['-0', '0'],
  ['1E2', '100.0'],
  ['0e10', '0.0'],
  ['-0.0', '-0.0'],
  ['0.10', '0.1'],
  ['1e-5', '1e-05'],
  ['2.50', '2.5'],
  ['12345678901234567890', '12345678901234567890'],
  ['-98765432109876543210', '-98765432109876543210'],
  ['1.5e3', '1500.0'],
  ['7', '7'],
];

describe('Python float repr', () => {
  it.each(PYTHON_FLOATS)('%d prints as Python prints it: %s', (x, python) => {
    expect(pythonFloatRepr(x)).toBe(python);
  });

  it('round-trips every finite double and agrees with JSON.stringify wherever Python and JS notations meet', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const repr = pythonFloatRepr(x);
        expect(Object.is(Number(repr), x)).toBe(true);
        const js = JSON.stringify(x);
        // Non-integral values of moderate size print alike; Python marks integral floats with `.0`.
        if (!Number.isInteger(x) && Math.abs(x) >= 1e-4 && Math.abs(x) < 1e16) expect(repr).toBe(js);
        if (Number.isInteger(x) && Math.abs(x) < 1e16) expect(repr).toBe(`${Object.is(x, -0) ? '-0' : js}.0`);
      }),
    );
  });

  it('pyFloat keeps plain numbers where JS prints them as Python does', () => {
    expect(pyFloat(0.25)).toBe(0.25);
    expect(pyFloat(0)).toEqual(new ExactNumber('0.0', 0));
    expect(() => pyFloat(Infinity)).toThrow(RangeError);
  });

  it('pyInt keeps every digit of a big integer', () => {
    expect(pyInt(5)).toBe(5);
    expect(pyInt(-0)).toBe(0);
    expect(numberText(pyInt(2n ** 64n))).toBe('18446744073709551616');
  });
});

describe('numbers read from literals', () => {
  it.each(PYTHON_LITERALS)('%s is printed back as the reference prints it: %s', (literal, python) => {
    const v = numberFromLiteral(literal);
    expect(v).toBeDefined();
    expect(numberText(v!)).toBe(python);
  });

  it('reads a literal no double holds as Python float() does, and says so', () => {
    // Python: json.dumps(json.loads('[1.000000000000000000001, 0.1000000000000000055511151231257827, 1e-400, -1e-400]'))
    //   == '[1.0, 0.1, 0.0, -0.0]'
    const shown: string[] = [];
    const read = (t: string): string => numberText(numberFromLiteral(t, (s) => shown.push(s))!);
    expect(read('1.000000000000000000001')).toBe('1.0');
    expect(read('0.1000000000000000055511151231257827')).toBe('0.1');
    expect(read('1e-400')).toBe('0.0');
    expect(read('-1e-400')).toBe('-0.0');
    expect(shown).toEqual(['1.0', '0.1', '0.0', '-0.0']);
    // Literals a double holds exactly are not rounding, whatever their spelling.
    for (const t of ['0.0', '0e10', '1E2', '2.50', '1e-05', '123456789012345678901234567890']) read(t);
    expect(shown).toHaveLength(4);
  });

  it('has no value for a literal beyond the largest double (the caller reports it)', () => {
    expect(numberFromLiteral('1e400')).toBeUndefined();
    expect(numberFromLiteral('-1E400')).toBeUndefined();
  });
});

describe('serializeDocument', () => {
  it('writes exact numbers as their text, in the reference layout', () => {
    const doc = { a: new ExactNumber('1.0', 1), b: [pyInt(2n ** 60n), 0.5], c: {}, d: [], e: 'é' };
    expect(serializeDocument(doc)).toBe(
      '{\n  "a": 1.0,\n  "b": [\n    1152921504606846976,\n    0.5\n  ],\n  "c": {},\n  "d": [],\n  "e": "\\u00e9"\n}\n',
    );
  });

  it('cannot be fooled by a string that looks like its placeholder for an exact number', () => {
    const doc = { fake: '\u00000', n: new ExactNumber('2.0', 2), list: [new ExactNumber('1e-05', 1e-5)] };
    expect(serializeDocument(doc)).toBe(
      '{\n  "fake": "\\u00000",\n  "n": 2.0,\n  "list": [\n    1e-05\n  ]\n}\n',
    );
  });

  it('writes exact numbers anywhere in arbitrary data, the rest as JSON.stringify does', () => {
    const exact = fc.oneof(
      fc.integer().map((i) => new ExactNumber(`${i}.0`, i)),
      fc.constant(new ExactNumber('12345678901234567890', 12345678901234567000)),
    );
    const tree = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        exact,
        fc.array(tie('value')),
        fc.dictionary(fc.string(), tie('value')),
      ),
    })).value;
    fc.assert(
      fc.property(tree, (v) => {
        const text = serializeDocument(v);
        // Every exact number appears as its literal; parsing gives back the same values.
        const plain = (x: unknown): unknown =>
          x instanceof ExactNumber
            ? x.value
            : Array.isArray(x)
              ? x.map(plain)
              : x && typeof x === 'object'
                ? Object.fromEntries(Object.entries(x).map(([k, y]) => [k, plain(y)]))
                : x;
        expect(JSON.parse(text)).toEqual(plain(v));
      }),
    );
  });

  it('equals JSON.stringify with two-space indent for plain ASCII data', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        const ascii = JSON.parse(JSON.stringify(v).replace(/[^\x20-\x7e]/g, '')) as unknown;
        expect(serializeDocument(ascii)).toBe(`${JSON.stringify(ascii, null, 2)}\n`);
      }),
    );
  });
});
