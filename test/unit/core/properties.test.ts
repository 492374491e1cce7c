import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { generate } from '../../../src/core/index.js';
import { corpusCase } from '../../helpers/fixtures.js';

const demo = corpusCase('demo');
const CONFIG_KEYS = [
  'CradleDataLoading_training',
  'CradleDataLoading_calibration',
  'Registration',
  'Payload',
  'Package',
  'XGBoostTraining',
  'TabularPreprocessing_training',
];
const STEP_NAMES = [
  'CradleDataLoading-Training',
  'CradleDataLoading-Calibration',
  'Registration-NA',
  'XGBoostTraining',
];

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const key = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'STEP_CONFIG'),
);
const stepEntry = fc.oneof(
  fc.record(
    { STEP_CONFIG: fc.dictionary(key, jsonValue, { maxKeys: 3 }), STEP_TYPE: jsonValue },
    { requiredKeys: [] },
  ),
  jsonValue,
);
const template = fc.record({
  steps: fc.dictionary(fc.oneof(fc.constantFrom(...STEP_NAMES), key), stepEntry, { maxKeys: 8 }),
  extra: fc.dictionary(
    key.filter((k) => k !== 'PIPELINE_STEP_CONFIGS'),
    jsonValue,
    { maxKeys: 4 },
  ),
});

/** Everything a template holds that is not a STEP_CONFIG the generator filled must come back unchanged. */
function expectNothingLost(
  original: Record<string, unknown>,
  out: Record<string, unknown>,
  filled: Set<string>,
): void {
  expect(Object.keys(out).slice(0, Object.keys(original).length)).toEqual(Object.keys(original));
  for (const k of Object.keys(original)) {
    if (k !== 'PIPELINE_STEP_CONFIGS') expect(JSON.stringify(out[k])).toBe(JSON.stringify(original[k]));
  }
  const before = original['PIPELINE_STEP_CONFIGS'] as Record<string, unknown>;
  const after = out['PIPELINE_STEP_CONFIGS'] as Record<string, unknown>;
  expect(Object.keys(after)).toEqual(Object.keys(before));
  for (const step of Object.keys(before)) {
    const b = before[step];
    const a = after[step];
    if (!filled.has(step)) {
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      continue;
    }
    // A filled step keeps every key it had, STEP_TYPE untouched, in the same order.
    const bo = b as Record<string, unknown>;
    const ao = a as Record<string, unknown>;
    expect(Object.keys(ao).slice(0, Object.keys(bo).length)).toEqual(Object.keys(bo));
    for (const k of Object.keys(bo))
      if (k !== 'STEP_CONFIG') expect(JSON.stringify(ao[k])).toBe(JSON.stringify(bo[k]));
  }
}

describe('properties', () => {
  it('for arbitrary templates, no template step or unrelated field is lost (strict and lenient)', () => {
    fc.assert(
      fc.property(template, fc.boolean(), ({ steps, extra }, lenient) => {
        const original: Record<string, unknown> = {};
        Object.defineProperty(original, 'PIPELINE_STEP_CONFIGS', {
          value: steps,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        for (const k of Object.keys(extra))
          Object.defineProperty(original, k, {
            value: extra[k],
            enumerable: true,
            writable: true,
            configurable: true,
          });
        const text = JSON.stringify(original);
        const { document, report } = generate({
          dag: demo.dag,
          config: demo.config,
          template: { name: 't.json', text },
          lenient,
        });
        if (!document) {
          expect(report.ok).toBe(false);
          return;
        }
        const filled = new Set(report.steps.filter((s) => s.status === 'filled').map((s) => s.step));
        expectNothingLost(JSON.parse(text) as Record<string, unknown>, document, filled);
      }),
      { numRuns: 300 },
    );
  });

  it('for arbitrary DAGs over the config keys, generation never throws and every problem is located', () => {
    const nodes = fc.uniqueArray(fc.oneof(fc.constantFrom(...CONFIG_KEYS), key), { maxLength: 10 });
    fc.assert(
      fc.property(
        nodes,
        fc.array(fc.tuple(fc.nat(12), fc.nat(12)), { maxLength: 15 }),
        fc.boolean(),
        (ns, es, lenient) => {
          const edges = es.filter(([a, b]) => a < ns.length && b < ns.length).map(([a, b]) => [ns[a], ns[b]]);
          const dag = { name: 'dag.json', text: JSON.stringify({ nodes: ns, edges }) };
          const r = generate({ dag, config: demo.config, template: demo.template, lenient });
          expect(r.report.ok).toBe(r.document !== undefined);
          for (const p of r.report.problems) {
            expect(p.file).not.toBe('');
            if (p.file !== '(auto-template)') expect(p.line).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('arbitrary JSON in any input never throws; a failure always comes with an error problem', () => {
    const anyText = fc.oneof(fc.json({ maxDepth: 4 }), fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(anyText, anyText, fc.option(anyText, { nil: undefined }), (d, c, t) => {
        const r = generate({
          dag: { name: 'dag.json', text: d },
          config: { name: 'config.json', text: c },
          ...(t === undefined ? {} : { template: { name: 'template.json', text: t } }),
        });
        if (!r.document) expect(r.report.problems.some((p) => p.severity === 'error')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary mutations of the demo config never throw', () => {
    const base = JSON.parse(demo.config.text) as {
      configuration: { specific: Record<string, Record<string, unknown>> };
    };
    const fields = Object.entries(base.configuration.specific).flatMap(([k, v]) =>
      Object.keys(v).map((f) => [k, f] as const),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...fields), jsonValue), { maxLength: 4 }),
        fc.boolean(),
        (edits, lenient) => {
          const cfg = structuredClone(base);
          for (const [[k, f], v] of edits) cfg.configuration.specific[k]![f] = v;
          const r = generate({
            dag: demo.dag,
            config: { name: 'config.json', text: JSON.stringify(cfg) },
            template: demo.template,
            lenient,
          });
          expect(r.report.ok).toBe(r.document !== undefined);
        },
      ),
      { numRuns: 200 },
    );
  });
});
