/**
 * Fuzzing the core with malformed and extreme inputs (fast-check): it never throws, every problem is a located user
 * problem (never a JS error's text), a document is only returned when it serializes, and the work grows linearly with
 * the input (time at two sizes, compared inside one run, with generous bounds).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseSource } from '../../../src/core/source.js';
import { generate } from '../../../src/core/generate.js';
import { serializeDocument } from '../../../src/core/serialize.js';
import { formatProblem, type Problem } from '../../../src/core/report/problem.js';
import { corpusCase } from '../../helpers/fixtures.js';

const demo = corpusCase('demo');

/** Text a JS error would leave in a message: none of it may reach a user. */
const INTERNAL =
  /TypeError|RangeError|ReferenceError|SyntaxError|Maximum call stack|is not a function|undefined is|of undefined|\[object Object\]/;

function expectUserProblems(problems: readonly Problem[], files: readonly string[]): void {
  for (const p of problems) {
    expect(['error', 'warning']).toContain(p.severity);
    expect(files).toContain(p.file);
    expect(p.message).not.toMatch(INTERNAL);
    expect(p.message.length).toBeGreaterThan(0);
    if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
    if (p.column !== undefined) expect(p.column).toBeGreaterThanOrEqual(1);
    // One problem, one line, whatever the inputs hold.
    expect(formatProblem(p)).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
  }
}

/** Nasty fragments to splice into a text. */
const fragment = fc.oneof(
  fc.constantFrom(
    '1e400',
    '-1e999',
    '1.0',
    '12345678901234567890123',
    '0.1000000000000000055511151231257827',
    'NaN',
    'Infinity',
    '.inf',
    '.nan',
    '"\\ud800"',
    '"\\u12"',
    '"\\x"',
    '\u0000',
    '\ufeff',
    '\u2028',
    '"__proto__": {"x": 1},',
    '"constructor": 1,',
    '{"a": 1, "a": 2}',
    '&a [*a]',
    '*nope',
    '!!binary aGk=',
    '? [a]\n: 1',
    '\t',
    '"nodes": ["x\\ny.json:1:1: error [forged] x"],',
    ',',
    ':',
    '}',
    ']',
    '{',
    '[',
    '"',
    '---\n',
  ),
  fc.integer({ min: 1, max: 400 }).map((n) => '['.repeat(n)),
  fc.integer({ min: 1, max: 400 }).map((n) => '{"a":'.repeat(n)),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** A text with a few edits: splices of fragments, deletions and duplications of ranges. */
function mutated(text: string): fc.Arbitrary<string> {
  const edit = fc.tuple(
    fc.nat({ max: text.length }),
    fc.nat({ max: 200 }),
    fc.oneof(fragment, fc.constant(null)),
  );
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => {
    let t = text;
    for (const [at, len, frag] of edits) {
      const i = Math.min(at, t.length);
      t =
        frag === null
          ? t.slice(0, i) + t.slice(i, i + len) + t.slice(i)
          : t.slice(0, i) + frag + t.slice(i + Math.min(len, 3));
    }
    return t;
  });
}

describe('core fuzz', () => {
  it('mutated DAG, config and template (JSON and YAML): no exception, only located user problems', () => {
    fc.assert(
      fc.property(
        mutated(demo.dag.text),
        mutated(demo.config.text),
        mutated(demo.template.text),
        fc.boolean(),
        fc.constantFrom('json', 'yaml') as fc.Arbitrary<'json' | 'yaml'>,
        (dag, config, template, lenient, dagFormat) => {
          const input = {
            dag: { name: `dag.${dagFormat}`, text: dag },
            config: { name: 'config.json', text: config },
            template: { name: 'template.json', text: template },
            lenient,
          };
          const { document, report } = generate(input);
          expectUserProblems(report.problems, ['dag.json', 'dag.yaml', 'config.json', 'template.json']);
          expect(report.ok).toBe(!report.problems.some((p) => p.severity === 'error'));
          if (document) {
            const text = serializeDocument(document);
            expect(parseSource({ name: 'out.json', text }).source).toBeDefined();
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('arbitrary text as JSON or YAML: parseSource never throws and locates its problems', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.array(fragment).map((a) => a.join('')),
        ),
        fc.constantFrom('x.json', 'x.yaml'),
        (text, name) => {
          const r = parseSource({ name, text });
          expectUserProblems(r.problems, [name]);
          if (!r.source) expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
          else serializeDocument(r.source.value);
        },
      ),
      { numRuns: 400 },
    );
  });
});

/** Median wall time of `fn` over a few runs (after one warm-up). */
function time(fn: () => void, runs = 5): number {
  fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ts.push(performance.now() - t);
  }
  return ts.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** A config with no entries: every node is unmatched, and its fixed cost does not hide the per-node cost. */
const tinyConfig = {
  name: 'config.json',
  text: '{"configuration": {"shared": {}, "specific": {}}, "metadata": {"config_types": {}}}',
};

/** Pathological shapes, each a function of a size: problems, nodes, keys and positions grow with n. */
const SHAPES: Record<string, (n: number) => Parameters<typeof generate>[0]> = {
  'unmatched nodes (one warning each, located)': (n) => {
    const nodes = Array.from({ length: n }, (_, i) => `Node${i}`);
    return {
      dag: {
        name: 'dag.json',
        text: JSON.stringify({ nodes, edges: nodes.slice(1).map((x, i) => [nodes[i], x]) }),
      },
      config: tinyConfig,
    };
  },
  'duplicate nodes (one error each)': (n) => ({
    dag: { name: 'dag.json', text: JSON.stringify({ nodes: Array(n).fill('Same'), edges: [] }, null, 1) },
    config: tinyConfig,
  }),
  'edges naming unknown nodes': (n) => ({
    dag: {
      name: 'dag.json',
      text: JSON.stringify({ nodes: ['A'], edges: Array.from({ length: n }, (_, i) => ['A', `X${i}`]) }),
    },
    config: tinyConfig,
  }),
  'duplicate keys in a YAML-free JSON config': (n) => ({
    dag: demo.dag,
    config: {
      name: 'config.json',
      text: `{${Array.from({ length: n }, (_, i) => `"k${i % 50}": ${i}`).join(',')}}`,
    },
  }),
  'unmatched nodes in a YAML DAG': (n) => ({
    dag: {
      name: 'dag.yaml',
      text: `nodes:\n${Array.from({ length: n }, (_, i) => `  - Node${i}\n`).join('')}edges: []\n`,
    },
    config: tinyConfig,
  }),
};

describe('linear time', () => {
  it.each(Object.keys(SHAPES))('%s: 8x the input costs far less than 64x the time', (shape) => {
    const make = SHAPES[shape]!;
    const small = make(1500);
    const large = make(12_000);
    const ts = time(() => generate(small), 3);
    const tl = time(() => generate(large), 3);
    // Linear is 8x; quadratic would be 64x. The bound leaves room for noise and for caches that favour small inputs.
    expect(tl / Math.max(ts, 0.5), `${ts.toFixed(1)} ms -> ${tl.toFixed(1)} ms`).toBeLessThan(24);
  });
});
