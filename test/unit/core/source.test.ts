import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { parseSource } from '../../../src/core/source.js';
import { locateJsonPointer, PointerIndex, positionAt } from '../../../src/core/json-scan.js';
import { findJsonSyntaxError, parseJson } from '../../../src/core/json-parse.js';

describe('parseSource', () => {
  it('a YAML file of several documents is one error, in words, at the second document', () => {
    const r = parseSource({ name: 'dag.yaml', text: 'nodes: [a]\n---\nnodes: [b]\n' });
    expect(r.problems.map((p) => [p.code, p.line, p.message])).toEqual([
      [
        'input/syntax',
        2,
        'the file holds more than one YAML document (a "---" line starts another); expected one',
      ],
    ]);
  });

  it('reports a JSON syntax error at its line and column', () => {
    const r = parseSource({ name: 'c.json', text: '{\n  "a": 1,\n  "b": }\n' });
    expect(r.source).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      file: 'c.json',
      line: 3,
      column: 8,
      severity: 'error',
      code: 'input/syntax',
    });
  });

  it('names NaN and Infinity, which Python writes and JSON has not, at their position', () => {
    for (const word of ['NaN', 'Infinity', '-Infinity']) {
      const r = parseSource({ name: 'c.json', text: `{\n  "rate": ${word}\n}` });
      expect(r.problems[0]).toMatchObject({ code: 'input/syntax', line: 2, column: 11 });
      expect(r.problems[0]!.message).toBe(
        `invalid JSON: ${word} is not a JSON number (Python's json module writes it for a float that is not finite); write a number or null`,
      );
    }
    // A word that only starts like one is still a plain syntax error.
    expect(parseSource({ name: 'c.json', text: '[Nope]' }).problems[0]!.message).toBe(
      'invalid JSON: expected a JSON value but found "N"',
    );
  });

  it('reports a trailing comma where it is', () => {
    const r = parseSource({ name: 'c.json', text: '{"a": [1, 2,]}' });
    expect(r.problems[0]).toMatchObject({ line: 1, column: 13 });
  });

  it('reports an unterminated string at its start', () => {
    const r = parseSource({ name: 'c.json', text: '{\n "a": "abc\n' });
    expect(r.problems[0]).toMatchObject({ line: 2, column: 11 });
    expect(r.problems[0]!.message).toMatch(/control character|unterminated/);
  });

  it('rejects a byte order mark with a clear message at 1:1', () => {
    const r = parseSource({ name: 'd.json', text: '\uFEFF{"nodes": []}' });
    expect(r.problems[0]).toMatchObject({ code: 'input/bom', line: 1, column: 1 });
    expect(r.problems[0]!.message).toMatch(/byte order mark/);
  });

  it('rejects empty and whitespace-only files', () => {
    for (const text of ['', '  \n\t\n']) {
      const r = parseSource({ name: 'e.json', text });
      expect(r.problems[0]).toMatchObject({ code: 'input/empty', line: 1, column: 1 });
    }
  });

  it('reports a YAML error with its line', () => {
    const r = parseSource({ name: 'd.yaml', text: 'nodes:\n  - a\n  - [b\nedges: []\n' });
    expect(r.source).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ file: 'd.yaml', code: 'input/syntax' });
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('keeps __proto__ and constructor keys as plain data (JSON and YAML)', () => {
    const j = parseSource({ name: 'x.json', text: '{"__proto__": {"polluted": true}, "constructor": 1}' });
    const y = parseSource({ name: 'x.yaml', text: '__proto__:\n  polluted: true\nconstructor: 1\n' });
    for (const r of [j, y]) {
      const v = r.source!.value as Record<string, unknown>;
      expect(Object.keys(v)).toEqual(['__proto__', 'constructor']);
      expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }
  });

  it('locates a JSON pointer in JSON and YAML sources', () => {
    const j = parseSource({ name: 'x.json', text: '{\n  "a": {\n    "b/c": [10, 20]\n  }\n}' }).source!;
    expect(j.locate('/a/b~1c/1')).toEqual({ line: 3, column: 17 });
    const y = parseSource({ name: 'x.yaml', text: 'a:\n  b: [10, 20]\n  c: x\n' }).source!;
    expect(y.locate('/a/c')).toEqual({ line: 3, column: 6 });
  });
});

describe('json-scan', () => {
  it('points a missing member at its deepest existing parent', () => {
    const text = '{"a": {"b": 1}}';
    expect(locateJsonPointer(text, '/a/zzz')).toBe(text.indexOf('{"b"'));
  });
  it('counts astral characters as one column', () => {
    expect(positionAt('"😀x', 3)).toEqual({ line: 1, column: 3 });
  });
  it('accepts valid JSON and finds garbage after it', () => {
    expect(findJsonSyntaxError('{"a": [1, -2.5e3, true, null, "\\u00e9"]}')).toBeUndefined();
    expect(findJsonSyntaxError('{} x')?.offset).toBe(3);
  });
});

describe('pointer positions recorded while parsing', () => {
  it('give the same offsets as scanning the text, at every depth', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.integer({ min: 0, max: 4 }), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const { shallow } = parseJson(text);
        const seeded = new PointerIndex(text, shallow);
        const scanned = new PointerIndex(text);
        const pointers: string[] = [];
        const walk = (v: unknown, at: string): void => {
          pointers.push(at);
          if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}/${i}`));
          else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v))
              walk(x, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
        };
        walk(value, '');
        for (const p of pointers) expect(seeded.offset(p)).toBe(scanned.offset(p));
      }),
    );
  });
});
