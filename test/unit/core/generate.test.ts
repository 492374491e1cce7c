import { describe, it, expect } from 'vitest';
import { generate, serializeDocument } from '../../../src/core/index.js';
import { corpusCase, source } from '../../helpers/fixtures.js';

const ordered = (v: unknown): string => JSON.stringify(v);

describe('corpus cases reproduce the reference output exactly', () => {
  it.each(['demo', 'rnr'] as const)('%s: same values, types and key order', (name) => {
    const c = corpusCase(name);
    const { document, report } = generate({ dag: c.dag, config: c.config, template: c.template });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.ok).toBe(true);
    expect(ordered(document)).toBe(ordered(JSON.parse(c.expected)));
  });

  it.each(['demo', 'rnr'] as const)(
    '%s: the serialized document is the reference file byte for byte, in both modes',
    (name) => {
      const c = corpusCase(name);
      for (const lenient of [false, true]) {
        const { document, report } = generate({
          dag: c.dag,
          config: c.config,
          template: c.template,
          lenient,
        });
        expect(report.problems, `lenient=${lenient}`).toEqual([]);
        expect(serializeDocument(document)).toBe(c.expected);
      }
    },
  );

  it('demo: reports which steps were filled, from which config and rule', () => {
    const c = corpusCase('demo');
    const { report } = generate({ dag: c.dag, config: c.config, template: c.template });
    expect(report.steps.map((s) => [s.step, s.status, s.family, s.configKey, s.resolution])).toEqual([
      ['CradleDataLoading-Training', 'filled', 'cradle', 'CradleDataLoading_training', 'exact'],
      ['CradleDataLoading-Calibration', 'filled', 'cradle', 'CradleDataLoading_calibration', 'exact'],
      ['XGBoostTraining', 'unchanged', undefined, undefined, undefined],
      ['Registration-NA', 'filled', 'registration', 'Registration', 'exact'],
    ]);
    expect(report.filledSteps).toBe(3);
    expect(report.totalSteps).toBe(4);
    const reg = report.steps.find((s) => s.step === 'Registration-NA')!;
    expect(reg.highlights['image']).toBe(
      '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1',
    );
  });

  it('rnr: only the registration step is filled; dummy data loading is not a payload step', () => {
    const c = corpusCase('rnr');
    const { report } = generate({ dag: c.dag, config: c.config, template: c.template });
    expect(report.steps.filter((s) => s.status === 'filled').map((s) => s.step)).toEqual(['Registration-NA']);
  });
});

describe('without a template', () => {
  it.each(['demo', 'rnr'] as const)(
    '%s: the built template gives the same filled steps as the real MODS template',
    (name) => {
      const c = corpusCase(name);
      const withTemplate = generate({ dag: c.dag, config: c.config, template: c.template }).document!;
      const auto = generate({ dag: c.dag, config: c.config }).document!;
      expect(ordered(auto)).toBe(ordered(withTemplate));
    },
  );
});

describe('inputs are never modified and nothing from the template is lost', () => {
  it('keeps extra top-level keys, unknown steps and PIPELINE_ADDITIONAL_PARAMS byte-identical', () => {
    const c = corpusCase('demo');
    const t = JSON.parse(c.template.text) as Record<string, Record<string, unknown>>;
    t['PIPELINE_ADDITIONAL_PARAMS'] = { a: [1, { b: null }] };
    t['EXTRA_TOP'] = { keep: true };
    t['PIPELINE_STEP_CONFIGS']!['NotInDag'] = { STEP_TYPE: 'X', STEP_CONFIG: { k: 'v' }, OTHER: 1 };
    const text = JSON.stringify(t);
    const { document } = generate({ dag: c.dag, config: c.config, template: source('template.json', text) });
    const d = document as Record<string, Record<string, unknown>>;
    expect(d['PIPELINE_ADDITIONAL_PARAMS']).toEqual({ a: [1, { b: null }] });
    expect(d['EXTRA_TOP']).toEqual({ keep: true });
    expect(ordered(d['PIPELINE_STEP_CONFIGS']!['NotInDag'])).toBe(
      ordered({ STEP_TYPE: 'X', STEP_CONFIG: { k: 'v' }, OTHER: 1 }),
    );
    expect(Object.keys(d['PIPELINE_STEP_CONFIGS']!)).toEqual([...Object.keys(t['PIPELINE_STEP_CONFIGS']!)]);
  });
});

describe('serializeDocument', () => {
  it('escapes non-ASCII like Python ensure_ascii (surrogate pairs, DEL) and round-trips', () => {
    const doc = { s: 'café — 😀\u007f', n: [1, 0.2, -3e-7], e: {}, a: [] };
    const text = serializeDocument(doc);
    expect(text).toBe(
      '{\n  "s": "caf\\u00e9 \\u2014 \\ud83d\\ude00\\u007f",\n  "n": [\n    1,\n    0.2,\n    -3e-7\n  ],\n  "e": {},\n  "a": []\n}\n',
    );
    expect(JSON.parse(text)).toEqual(doc);
  });
});
