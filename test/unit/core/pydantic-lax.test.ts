/**
 * pydantic v2 lax mode on Python values (pydantic-core `src/input/input_python.rs` validate_int / validate_float /
 * validate_bool / validate_str and `src/input/shared.rs` str_as_int, clean_int_str, str_as_float, str_as_bool):
 * each expectation below follows from that code.
 */
import { describe, it, expect } from 'vitest';
import {
  laxBool,
  laxFloat,
  laxInt,
  laxStr,
  pyKind,
  pyTruthy,
  rustTrim,
} from '../../../src/core/config/lax.js';
import { ExactNumber, numberText } from '../../../src/core/number.js';

const text = (r: ReturnType<typeof laxInt>): string | undefined => (r.ok ? numberText(r.value) : undefined);

describe('int fields', () => {
  it.each<[unknown, string]>([
    [5, '5'],
    [true, '1'],
    [false, '0'],
    ['5440', '5440'],
    [' 7 ', '7'],
    ['\u00857\u3000', '7'],
    ['+5', '5'],
    ['-05', '-5'],
    ['00', '0'],
    ['5.0', '5'],
    ['5.000', '5'],
    ['1_000', '1000'],
    ['0_1', '1'],
    ['12345678901234567890', '12345678901234567890'],
    [new ExactNumber('5.0', 5), '5'],
    [new ExactNumber('12345678901234567890', 12345678901234567000), '12345678901234567890'],
    [new ExactNumber('1e2', 100), '100'],
  ])('%j → %s', (input, out) => {
    expect(text(laxInt(input))).toBe(out);
  });

  it.each<[unknown]>([
    ['1e3'],
    ['1.5'],
    ['5.'],
    ['_1'],
    ['1__0'],
    ['1_'],
    ['+-1'],
    ['--1'],
    [''],
    ['0x10'],
    ['\ufeff5'],
    ['٣'],
    [5.5],
    [1e20],
    [null],
    [[]],
    [{}],
  ])('%j is not an int', (input) => {
    expect(laxInt(input).ok).toBe(false);
  });
});

describe('float fields print as Python floats', () => {
  it.each<[unknown, string]>([
    [0, '0.0'],
    [1, '1.0'],
    [0.25, '0.25'],
    [true, '1.0'],
    ['0.25', '0.25'],
    [' 1e-5 ', '1e-05'],
    ['1_0.5', '10.5'],
    ['.5', '0.5'],
    ['5.', '5.0'],
    ['-0', '-0.0'],
    ['1E2', '100.0'],
    [new ExactNumber('1e-05', 1e-5), '1e-05'],
    [new ExactNumber('12345678901234567890', 12345678901234567000), '1.2345678901234567e+19'],
    // An over-precise literal is the nearest double in Python already (json.load), printed by repr.
    [new ExactNumber('0.1000000000000000000001', 0.1), '0.1'],
  ])('%j → %s', (input, out) => {
    expect(text(laxFloat(input))).toBe(out);
  });

  it.each<[unknown]>([
    ['nan'],
    ['inf'],
    ['-Infinity'],
    ['1e999'],
    ['abc'],
    ['.'],
    ['1e'],
    ['0x1'],
    [null],
    [[1]],
  ])('%j is refused (not a number, or not finite: the reference would write NaN/Infinity)', (input) => {
    expect(laxFloat(input).ok).toBe(false);
  });
});

describe('bool fields', () => {
  it.each<[unknown, boolean]>([
    [true, true],
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['yes', true],
    ['on', true],
    ['t', true],
    ['Y', true],
    ['1', true],
    [1, true],
    [new ExactNumber('1.0', 1), true],
    ['false', false],
    ['no', false],
    ['OFF', false],
    ['f', false],
    ['n', false],
    ['0', false],
    [0, false],
    [0.0, false],
  ])('%j → %s', (input, out) => {
    expect(laxBool(input)).toEqual({ ok: true, value: out });
  });

  it.each<[unknown]>([[' true'], ['yes '], ['ja'], [''], [2], [0.5], [null], [[]]])(
    '%j is not a bool',
    (input) => {
      expect(laxBool(input).ok).toBe(false);
    },
  );
});

describe('str fields take only strings', () => {
  it('never turns numbers or bools into text; strips Rust whitespace when the model asks', () => {
    expect(laxStr('x')).toEqual({ ok: true, value: 'x' });
    for (const v of [5, 1.5, true, null, new ExactNumber('1.0', 1)]) expect(laxStr(v).ok).toBe(false);
    expect(laxStr('\u0085 booker \u3000', true)).toEqual({ ok: true, value: 'booker' });
    expect(rustTrim('\ufeffx')).toBe('\ufeffx');
  });
});

describe('Python types and truthiness of JSON values', () => {
  it('a safe integer or an ExactNumber of digits is an int; anything else numeric is a float', () => {
    expect(
      [1, 1.5, 2 ** 60, new ExactNumber('1.0', 1), new ExactNumber('99999999999999999999', 1e20)].map(pyKind),
    ).toEqual(['int', 'float', 'float', 'float', 'int']);
  });

  it('is Python truthiness', () => {
    expect([null, false, 0, '', [], {}, new ExactNumber('0.0', 0)].map(pyTruthy)).toEqual(
      Array(7).fill(false),
    );
    expect([true, 1, 'false', [0], { a: 1 }, new ExactNumber('1e-05', 1e-5)].map(pyTruthy)).toEqual(
      Array(6).fill(true),
    );
  });
});
