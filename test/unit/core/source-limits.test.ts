/**
 * The parser at the limits: numbers kept exactly, literals with no JSON form refused at their position, nesting and
 * YAML aliases bounded, duplicate keys warned about with both positions, positions found in one pass.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseSource, type ParsedSource } from '../../../src/core/source.js';
import { ExactNumber, isExactNumber } from '../../../src/core/number.js';
import { serializeDocument } from '../../../src/core/serialize.js';
import { generate } from '../../../src/core/generate.js';
import { loadDag } from '../../../src/core/dag/load.js';
import { cloneJson, isObject } from '../../../src/core/json.js';
import { dagFile, configFile, cradleConfig } from '../../helpers/build.js';

function parsed(text: string, name = 'x.json'): ParsedSource {
  const r = parseSource({ name, text });
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return r.source!;
}

function value(text: string, name = 'x.json'): Record<string, unknown> {
  return parsed(text, name).value as Record<string, unknown>;
}

function firstError(text: string, name = 'x.json'): Record<string, unknown> {
  const r = parseSource({ name, text });
  expect(r.source).toBeUndefined();
  return r.problems[0] as unknown as Record<string, unknown>;
}

describe('numbers are kept exactly', () => {
  it.each([
    ['1.0', '1.0'],
    ['1e-05', '1e-05'],
    ['1E2', '100.0'],
    ['-0.0', '-0.0'],
    ['12345678901234567890', '12345678901234567890'],
    ['9007199254740993', '9007199254740993'],
    ['1e16', '1e+16'],
    ['0.00001', '1e-05'],
  ])('JSON %s becomes an ExactNumber printed %s', (literal, printed) => {
    const v = value(`{"a": ${literal}}`)['a'];
    expect(v).toBeInstanceOf(ExactNumber);
    expect((v as ExactNumber).text).toBe(printed);
    expect((v as ExactNumber).value).toBe(Number(literal));
  });

  it.each(['0', '-5', '42', '0.5', '3.14', '-2.5', '123456789012345', '0.0001', '1e-3'])(
    'JSON %s stays a plain number (JS and Python print it alike)',
    (literal) => {
      const v = value(`[${literal}]`) as unknown as unknown[];
      if (literal === '1e-3') {
        // Python prints 0.001, as JS does.
        expect(v[0]).toBe(0.001);
        return;
      }
      expect(typeof v[0]).toBe('number');
      expect(v[0]).toBe(Number(literal));
    },
  );

  it.each([
    ['json', '{"a": 0.1000000000000000055511151231257827, "b": 1e-400}', 1, 7, 1, 50],
    ['yaml', 'a: 0.1000000000000000055511151231257827\nb: 1e-400\n', 1, 4, 2, 4],
  ] as const)(
    '%s: a float no double holds is what Python reads (0.1, 0.0), with a warning at its line',
    (format, text, line1, col1, line2, col2) => {
      const r = parseSource({ name: `c.${format}`, text });
      const v = r.source!.value as Record<string, unknown>;
      expect(String(v['a'])).toBe('0.1');
      expect(String(v['b'])).toBe('0.0');
      expect(r.problems.map((p) => [p.severity, p.code, p.line, p.column])).toEqual([
        ['warning', 'input/number-rounded', line1, col1],
        ['warning', 'input/number-rounded', line2, col2],
      ]);
      expect(r.problems[0]!.message).toContain('Python reads it as 0.1');
      expect(r.problems[1]!.message).toContain('too small for a float');
    },
  );

  it('-0 as an integer is 0 (Python has no negative integer zero)', () => {
    expect(Object.is((value('[-0]') as unknown as number[])[0], 0)).toBe(true);
  });

  it('pass-through data is written back with the same number text', () => {
    const text =
      '{"PIPELINE_STEP_CONFIGS": {}, "PIPELINE_ADDITIONAL_PARAMS": {"a": 1.0, "b": 12345678901234567890, "c": 1e-05, "d": [2.5, 7]}}';
    const out = serializeDocument(value(text));
    expect(out).toContain('"a": 1.0,');
    expect(out).toContain('"b": 12345678901234567890,');
    expect(out).toContain('"c": 1e-05,');
  });

  it('a literal with no finite double is an error at its position, not null', () => {
    expect(firstError('{\n  "a": [1,\n    1e400]\n}')).toMatchObject({
      code: 'input/number',
      line: 3,
      column: 5,
    });
    expect(firstError('[-1e999]')).toMatchObject({ code: 'input/number', line: 1, column: 2 });
  });

  it('YAML numbers follow the same rules; .inf and .nan are refused at their line', () => {
    const v = value('a: 1.0\nb: .5\nc: +7\nd: 0x1F\ne: 12345678901234567890\nf: 1e-05\ng: 2.5\n', 'x.yaml');
    expect(v['a']).toEqual(new ExactNumber('1.0', 1));
    expect(v['b']).toBe(0.5);
    expect(v['c']).toBe(7);
    expect(v['d']).toBe(31);
    expect(v['e']).toEqual(new ExactNumber('12345678901234567890', Number(12345678901234567890n)));
    expect(v['f']).toEqual(new ExactNumber('1e-05', 1e-5));
    expect(v['g']).toBe(2.5);
    for (const [text, line] of [
      ['a: 1\nb: .inf\n', 2],
      ['a: 1\nb:\n  - -.Inf\n', 3],
      ['x: .nan\n', 1],
      ['x: 1e400\n', 1],
    ] as const) {
      expect(firstError(text, 'x.yaml'), text).toMatchObject({ code: 'input/number', line });
    }
  });

  it('quoted YAML numbers stay strings', () => {
    expect(value('a: "1.0"\nb: \'1e400\'\n', 'x.yaml')).toEqual({ a: '1.0', b: '1e400' });
  });

  it('an ExactNumber is a leaf of the data: not an object, kept by cloneJson', () => {
    const v = value('{"a": {"b": 1.0}}');
    const b = (v['a'] as Record<string, unknown>)['b'];
    expect(isObject(b)).toBe(false);
    expect(cloneJson(v)).toEqual(v);
    expect((cloneJson(v)['a'] as Record<string, unknown>)['b']).toBeInstanceOf(ExactNumber);
  });

  it('a DAG with a number where a node name goes names the number as written', () => {
    const r = loadDag(value('{"nodes": ["a", 1.0], "edges": []}'), 'dag.json');
    expect(r.problems[0]?.message).toContain('node 1 must be a non-empty string, got 1');
  });

  it('generate passes exact numbers of the template through to the document', () => {
    const { document, report } = generate({
      dag: dagFile(['CradleDataLoading_training']),
      config: configFile({ CradleDataLoading_training: cradleConfig('training') }),
      template: {
        name: 'template.json',
        text:
          '{"PIPELINE_STEP_CONFIGS": {"CradleDataLoading-Training": {"STEP_CONFIG": {}, "STEP_TYPE": ["WORKFLOW_INPUT", "CradleDataLoadingStep"]}},' +
          ' "PIPELINE_ADDITIONAL_PARAMS": {"threshold": 1.0, "seed": 98765432109876543210, "eps": 1e-07}}',
      },
    });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const out = serializeDocument(document);
    expect(out).toContain('"threshold": 1.0');
    expect(out).toContain('"seed": 98765432109876543210');
    expect(out).toContain('"eps": 1e-07');
  });

  it('agrees with JSON.parse on arbitrary JSON, numbers compared by value', () => {
    const toPlain = (v: unknown): unknown =>
      isExactNumber(v)
        ? v.value
        : Array.isArray(v)
          ? v.map(toPlain)
          : isObject(v)
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]))
            : v;
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, pretty) => {
        const text = JSON.stringify(v, null, pretty ? 2 : undefined);
        const r = parseSource({ name: 'x.json', text });
        expect(toPlain(r.source!.value)).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('limits are positioned user errors', () => {
  it('JSON nesting past 256 levels is refused at the bracket that goes too deep', () => {
    const text = `${'['.repeat(300)}${']'.repeat(300)}`;
    expect(firstError(text)).toMatchObject({ code: 'input/too-deep', line: 1, column: 257 });
    const deep = '{"a":'.repeat(100_000);
    expect(firstError(deep)).toMatchObject({ code: 'input/too-deep' });
    expect(value(`${'['.repeat(256)}${']'.repeat(256)}`)).toBeDefined();
  });

  it('YAML nesting past the limit is refused, however deep', () => {
    const flow = `a: ${'['.repeat(300)}${']'.repeat(300)}\n`;
    expect(firstError(flow, 'x.yaml')).toMatchObject({ code: 'input/too-deep', line: 1 });
    const block = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(firstError(`${block} 1\n`, 'x.yaml')).toMatchObject({ code: 'input/too-deep' });
  });

  it('a YAML alias bomb is refused at its alias, quickly, without building it', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const started = performance.now();
    const p = firstError(`${lines.join('\n')}\n`, 'bomb.yaml');
    expect(p).toMatchObject({ code: 'input/yaml-alias', file: 'bomb.yaml' });
    expect(p['line']).toBeGreaterThan(5);
    expect(p['message']).toMatch(/aliases expand to more than/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('YAML aliases within the budget are copies, not shared objects', () => {
    const v = value('base: &b {n: 1}\none: *b\ntwo: *b\n', 'x.yaml');
    expect(v['one']).toEqual({ n: 1 });
    expect(v['one']).not.toBe(v['two']);
  });

  it('YAML that is not JSON data is refused at its position', () => {
    expect(firstError('a: 1\nb: !!binary aGVsbG8=\n', 'x.yaml')).toMatchObject({
      code: 'input/yaml-type',
      line: 2,
    });
    expect(firstError('? [a, b]\n: 1\n', 'x.yaml')).toMatchObject({ code: 'input/yaml-type', line: 1 });
  });
});

describe('duplicate keys', () => {
  it('JSON: a warning at the later key naming the first; the later value is used, as Python does', () => {
    const r = parseSource({ name: 'c.json', text: '{\n  "a": 1,\n  "b": 2,\n  "a": 3\n}' });
    expect(r.problems).toEqual([
      {
        severity: 'warning',
        code: 'input/duplicate-key',
        message: 'duplicate key "a": first at line 2, column 3; the later value is used',
        file: 'c.json',
        line: 4,
        column: 3,
      },
    ]);
    expect(r.source!.value).toEqual({ a: 3, b: 2 });
    expect(Object.keys(r.source!.value as object)).toEqual(['a', 'b']);
  });

  it('many duplicates: at most 100 warnings and a count of the rest, in linear time', () => {
    const keys = Array.from({ length: 5000 }, () => '"k": 1').join(',');
    const r = parseSource({ name: 'c.json', text: `{${keys}}` });
    expect(r.problems).toHaveLength(101);
    expect(r.problems[100]!.message).toBe('4899 more duplicate key(s)');
  });

  it('YAML refuses them with a position', () => {
    expect(firstError('a: 1\nb: 2\na: 3\n', 'x.yaml')).toMatchObject({ code: 'input/syntax', line: 3 });
  });
});

describe('positions', () => {
  it('locates thousands of pointers in one list without rescanning (a minified one-line file)', () => {
    const n = 20_000;
    const text = JSON.stringify({ nodes: Array.from({ length: n }, (_, i) => `n${i}`) });
    const src = parsed(text);
    const last = src.locate(`/nodes/${n - 1}`);
    expect(last).toEqual({ line: 1, column: text.lastIndexOf('"n') + 1 });
    for (let i = 0; i < n; i += 997)
      expect(src.locate(`/nodes/${i}`).column).toBe(text.indexOf(`"n${i}"`) + 1);
  });

  it('columns count code points, after astral characters too', () => {
    const src = parsed('{"😀😀": {\n "😀": [1, 2]}}');
    expect(src.locate('/😀😀')).toEqual({ line: 1, column: 8 });
    expect(src.locate('/😀😀/😀/1')).toEqual({ line: 2, column: 11 });
  });

  it('a pointer into an escaped key, and a missing member pointing at its parent', () => {
    const src = parsed('{"a\\u002fb": {"c": 1}}');
    expect(src.locate('/a~1b/c')).toEqual({ line: 1, column: 20 });
    expect(src.locate('/a~1b/zzz')).toEqual({ line: 1, column: 14 });
  });

  it('YAML pointers into a large mapping are found by key (indexed once)', () => {
    const n = 5000;
    const text = Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n');
    const src = parsed(text, 'x.yaml');
    expect(src.locate(`/k${n - 1}`)).toEqual({ line: n, column: String(n).length + 4 });
  });
});

describe('exact numbers downstream', () => {
  it('the diff tells 1 from 1.0 and shows each as written', async () => {
    const { diffDocuments, renderDiffText } = await import('../../../src/core/diff/index.js');
    const doc = (n: string): unknown =>
      value(`{"PIPELINE_STEP_CONFIGS": {"S": {"STEP_CONFIG": {"threshold": ${n}}}}}`);
    expect(diffDocuments(doc('1.0'), doc('1.0')).equal).toBe(true);
    const d = diffDocuments(doc('1'), doc('1.0'));
    expect(d.equal).toBe(false);
    expect(renderDiffText(d)).toContain('STEP_CONFIG.threshold: 1 → 1.0');
  });
});
