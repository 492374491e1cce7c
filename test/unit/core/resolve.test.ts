/**
 * DAG node → config as `StepConfigResolverAdapter.resolve_config_for_step` does it
 * (step_catalog/adapters/config_resolver.py at cursus 6a2e2022); confidences are the reference's formulas.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { ConfigResolver, baseStepName, canonicalKey } from '../../../src/core/resolve.js';
import { loadConfig } from '../../../src/core/config/load.js';
import { stepTypeOfClass } from '../../../src/core/config/classes.js';
import { sequenceRatio } from '../../../src/core/difflib.js';
import { fixturePath } from '../../helpers/fixtures.js';

/** A resolver over configs given as key → [class, job_type?]; job_type undefined = not saved. */
function resolver(configs: Record<string, [string, unknown?]>): ConfigResolver {
  const specific = Object.fromEntries(
    Object.entries(configs).map(([k, [cls, jt]]) => [
      k,
      jt === undefined ? { __model_type__: cls } : { __model_type__: cls, job_type: jt },
    ]),
  );
  const config_types = Object.fromEntries(Object.entries(configs).map(([k, [cls]]) => [k, cls]));
  const { entries, problems } = loadConfig(
    { configuration: { shared: {}, specific }, metadata: { config_types } },
    'c.json',
  );
  expect(problems).toEqual([]);
  return new ConfigResolver(entries);
}

const pick = (r: ConfigResolver, node: string): [string, string, number?] | undefined => {
  const x = r.resolve(node);
  return x && [x.entry.key, x.rule, x.confidence];
};

describe('direct rules', () => {
  const r = resolver({
    TabularPreprocessing_training: ['TabularPreprocessingConfig', 'training'],
    tabularpreprocessing_TRAINING: ['TabularPreprocessingConfig', 'training'],
    XGBoostTraining: ['XGBoostTrainingConfig'],
    PercentileModelCalibration_calibration: ['PercentileModelCalibrationConfig', 'calibration'],
    ModelCalibration_a: ['ModelCalibrationConfig', 'calibration'],
    ModelCalibration_b: ['ModelCalibrationConfig', 'calibration'],
  });

  it('exact key, then the first key equal ignoring case (file order)', () => {
    expect(pick(r, 'tabularpreprocessing_TRAINING')).toEqual([
      'tabularpreprocessing_TRAINING',
      'exact',
      undefined,
    ]);
    expect(pick(r, 'TABULARPREPROCESSING_training')).toEqual([
      'TabularPreprocessing_training',
      'case-insensitive',
      undefined,
    ]);
  });

  it('base name: a bare step name takes the one config of that step type', () => {
    expect(pick(r, 'PercentileModelCalibration')).toEqual([
      'PercentileModelCalibration_calibration',
      'base-name',
      undefined,
    ]);
    expect(pick(r, 'percentile_model_calibration')?.slice(0, 2)).toEqual([
      'PercentileModelCalibration_calibration',
      'base-name',
    ]);
  });

  it('base name: two configs of the step type are ambiguous and go to the scored rules', () => {
    // Both ModelCalibration configs: job-type rule (node has "calib"), 0.7 + 0.3 × 0.8 (class base in node).
    expect(pick(r, 'ModelCalibration')).toEqual(['ModelCalibration_a', 'job-type', 0.7 + 0.8 * 0.3]);
  });
});

describe('scored rules: highest confidence, first on a tie, however low', () => {
  it('job type: the node names a job type the config has', () => {
    const r = resolver({ Foo: ['TabularPreprocessingConfig', 'training'], Bar: ['XGBoostTrainingConfig'] });
    // "tabularpreprocessing" is not in "prep_train"; difflib ratio of the names.
    expect(pick(r, 'prep_train')).toEqual([
      'Foo',
      'job-type',
      0.7 + 0.3 * sequenceRatio('prep_train', 'tabularpreprocessing'),
    ]);
  });

  it('job type: the node prefix and the config class must not contradict each other', () => {
    const r = resolver({ Cradle_x: ['CradleDataLoadingConfig', 'calibration'] });
    expect(pick(r, 'ModelCalibration_calibration')).toBeUndefined();
  });

  it('semantic: a shared keyword group and the same step type', () => {
    const r = resolver({ TabularPreprocessing_training: ['TabularPreprocessingConfig', 'training'] });
    expect(pick(r, 'TabularPreprocessing_x')).toEqual(['TabularPreprocessing_training', 'semantic', 0.7]);
  });

  it('pattern: a name pattern of the node (first line only) maps to the config step type', () => {
    const r = resolver({ CradleDataLoading_training: ['CradleDataLoadingConfig', 'training'] });
    expect(pick(r, 'my_data_load_x')).toEqual(['CradleDataLoading_training', 'pattern', 0.6]);
    expect(pick(r, 'my_data_load_train')?.[2]).toBeCloseTo(0.8, 12);
    expect(pick(r, 'x\nmy_data_load')).toBeUndefined();
  });

  it('a job_type that is set but not text makes the reference resolve nothing', () => {
    const r = resolver({ T: ['TabularPreprocessingConfig', 5], X: ['XGBoostTrainingConfig'] });
    expect(pick(r, 'train_it')).toBeUndefined();
    expect(pick(r, 'X')?.[1]).toBe('exact');
  });

  it('nothing matches: unresolved', () => {
    expect(pick(resolver({ A: ['XGBoostTrainingConfig'] }), 'Unrelated')).toBeUndefined();
  });
});

describe('names as the step catalog sees them', () => {
  it('canonical keys, base step names and step types of classes', () => {
    expect(canonicalKey('XGBoost_Training-2')).toBe('xgboosttraining2');
    expect(baseStepName('CradleDataLoading_munged_x')).toBe('CradleDataLoading');
    expect(baseStepName('cradle_data_loading')).toBe('CradleDataLoading');
    expect(baseStepName('NotAStep')).toBeUndefined();
    expect(stepTypeOfClass('PackageConfig')).toBe('Package');
    expect(stepTypeOfClass('XGBoostModelStepConfig')).toBe('XGBoostModel');
    // Not a registry config class: the legacy rule.
    expect(stepTypeOfClass('BasePipelineConfig')).toBe('BasePipeline');
    expect(stepTypeOfClass('CradleDataLoadStepConfig')).toBe('CradleDataLoading');
  });
});

describe("difflib's SequenceMatcher ratio", () => {
  it('equals Python on 300 pairs (names the resolver compares, random strings, autojunk above 200 characters)', () => {
    const { cases } = JSON.parse(readFileSync(fixturePath('difflib', 'ratio.json'), 'utf8')) as {
      cases: [string, string, number][];
    };
    expect(cases.length).toBe(300);
    for (const [a, b, ratio] of cases) expect(sequenceRatio(a, b), `${a} / ${b}`).toBe(ratio);
  });
});
