import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closestNames } from '../../src/core/nearest.js';
import {
  crossCheck,
  modsStepType,
  parsePipelineDefinition,
  templateFromDefinition,
  type DefinitionStep,
} from '../../src/core/crosscheck.js';

const atozText = readFileSync(new URL('../fixtures/sagemaker/atoz-definition.json', import.meta.url), 'utf8');

function stepsOf(json: string): DefinitionStep[] {
  const parsed = parsePipelineDefinition(json);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.steps;
}

describe('parsePipelineDefinition', () => {
  it('lists top-level steps and, right after a Condition step, its IfSteps then ElseSteps', () => {
    expect(stepsOf(atozText)).toEqual([
      { name: 'CradleDataLoading-Training', type: 'Processing' },
      { name: 'CradleDataLoading-Calibration', type: 'Processing' },
      { name: 'TabularPreprocessing-Training', type: 'Processing' },
      { name: 'TabularPreprocessing-Calibration', type: 'Processing' },
      { name: 'XGBoostTraining', type: 'Training' },
      { name: 'XGBoostModelEval-Calibration', type: 'Processing' },
      { name: 'CheckModelQuality', type: 'Condition' },
      { name: 'ModelCalibration-Calibration', type: 'Processing' },
      { name: 'Package', type: 'Processing' },
      { name: 'Payload', type: 'Processing' },
      { name: 'Registration-NA', type: 'Processing' },
      { name: 'ModelQualityTooLow', type: 'Fail' },
      { name: 'NotifyTeam', type: 'Lambda' },
    ]);
  });

  it('walks Conditions nested in Conditions, and keeps a step without Type', () => {
    const def = {
      Version: '2020-12-01',
      Steps: [
        {
          Name: 'Outer',
          Type: 'Condition',
          Arguments: {
            IfSteps: [
              {
                Name: 'Inner',
                Type: 'Condition',
                Arguments: { ElseSteps: [{ Name: 'Deep', Type: 'EMR', Arguments: {} }] },
              },
            ],
          },
        },
        { Name: 'Untyped' },
      ],
    };
    expect(stepsOf(JSON.stringify(def))).toEqual([
      { name: 'Outer', type: 'Condition' },
      { name: 'Inner', type: 'Condition' },
      { name: 'Deep', type: 'EMR' },
      { name: 'Untyped' },
    ]);
  });

  it('does not look for IfSteps in steps that are not Conditions', () => {
    const def = {
      Steps: [
        { Name: 'L', Type: 'Lambda', Arguments: { IfSteps: [{ Name: 'NotAStep', Type: 'Processing' }] } },
      ],
    };
    expect(stepsOf(JSON.stringify(def))).toEqual([{ name: 'L', type: 'Lambda' }]);
  });

  it('keeps step names that are also Object.prototype keys as plain names', () => {
    const text =
      '{"Steps": [{"Name": "__proto__", "Type": "Processing"}, {"Name": "constructor", "Type": "Training"}]}';
    expect(stepsOf(text).map((s) => s.name)).toEqual(['__proto__', 'constructor']);
  });

  it.each([
    ['not JSON', '{"Steps": [', /not valid JSON/],
    ['an array', '[]', /not a JSON object/],
    ['no Steps', '{"Version": "2020-12-01"}', /no "Steps" array/],
    ['Steps not an array', '{"Steps": {}}', /no "Steps" array/],
    ['a step without Name', '{"Steps": [{"Type": "Processing"}]}', /Steps\[0\] has no "Name" string/],
    ['a non-object step', '{"Steps": [3]}', /Steps\[0\] is not an object/],
    [
      'a non-string Type',
      '{"Steps": [{"Name": "A", "Type": 1}]}',
      /step 'A' has a "Type" that is not a string/,
    ],
    [
      'bad nested branch',
      '{"Steps": [{"Name": "C", "Type": "Condition", "Arguments": {"IfSteps": {}}}]}',
      /Arguments.IfSteps that is not an array/,
    ],
    [
      'bad nested step',
      '{"Steps": [{"Name": "C", "Type": "Condition", "Arguments": {"ElseSteps": [{"Type": "Fail"}]}}]}',
      /Steps\[0\]\.Arguments\.ElseSteps\[0\] has no "Name" string/,
    ],
  ])('rejects %s', (_label, text, pattern) => {
    const parsed = parsePipelineDefinition(text);
    expect(parsed).toHaveProperty('error');
    expect('error' in parsed && parsed.error).toMatch(pattern);
  });
});

describe('closestNames', () => {
  const names = [
    'Registration-EU',
    'Registration-FE',
    'CradleDataLoading-Training',
    'XGBoostTraining',
    'Package',
    'Payload',
  ];

  it('suggests near names, nearest first, ignoring case', () => {
    expect(closestNames('Registration-NA', ['Registration-EU', 'XGBoostTraining'])).toEqual([
      'Registration-EU',
    ]);
    expect(closestNames('xgboosttraining', names)).toEqual(['XGBoostTraining']);
    expect(closestNames('Registration-EX', names)).toEqual(['Registration-EU', 'Registration-FE']);
  });

  it('counts an adjacent transposition as one edit', () => {
    // Plain Levenshtein puts both at 2 and the tie would list Aakcagf first.
    expect(closestNames('Pakcage', ['Aakcagf', 'Package'])).toEqual(['Package', 'Aakcagf']);
  });

  it('returns at most the limit, ties by name', () => {
    const many = ['Step-A', 'Step-B', 'Step-C', 'Step-D'];
    expect(closestNames('Step-X', many)).toEqual(['Step-A', 'Step-B', 'Step-C']);
    expect(closestNames('Step-X', many, 1)).toEqual(['Step-A']);
  });

  it('suggests nothing when nothing is close, and never the name itself', () => {
    expect(
      closestNames('Registration-NA', ['XGBoostTraining', 'CradleDataLoading-Training', 'Package']),
    ).toEqual([]);
    expect(closestNames('Package', ['Package'])).toEqual([]);
    expect(closestNames('AB', ['XY', 'ABCDEFGHIJ'])).toEqual([]);
  });
});

describe('crossCheck', () => {
  const definitionSteps = stepsOf(atozText).map((s) => s.name);
  const base = { definitionSteps, pipelineName: 'p', region: 'us-east-1', file: 'config.json' };
  const filled = ['CradleDataLoading-Training', 'CradleDataLoading-Calibration', 'Registration-NA'];

  it('passes a document that fills exactly the payload steps the pipeline has', () => {
    expect(crossCheck({ ...base, documentSteps: filled, payloadSteps: filled })).toEqual([]);
  });

  it('reports a filled step the pipeline lacks, with the suggestion from the issue', () => {
    const problems = crossCheck({
      ...base,
      definitionSteps: ['Registration-EU', 'XGBoostTraining'],
      documentSteps: ['Registration-NA'],
      payloadSteps: [],
    });
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'sagemaker/step-not-in-pipeline',
        message: "Registration-NA not in pipeline 'p' (us-east-1); did you mean Registration-EU?",
        file: 'config.json',
        step: 'Registration-NA',
      },
    ]);
  });

  it('reports a payload step of the pipeline the document does not fill, pointing at the misnamed entry', () => {
    const problems = crossCheck({
      ...base,
      documentSteps: ['CradleDataLoading-Training', 'CradleDataLoading-Calibration', 'Registration-na'],
      payloadSteps: filled,
    });
    expect(problems.map((p) => [p.code, p.step, p.message])).toEqual([
      [
        'sagemaker/step-not-in-pipeline',
        'Registration-na',
        "Registration-na not in pipeline 'p' (us-east-1); did you mean Registration-NA?",
      ],
      [
        'sagemaker/step-not-filled',
        'Registration-NA',
        "Registration-NA of pipeline 'p' (us-east-1) needs a payload but the document does not fill it; did you mean Registration-na?",
      ],
    ]);
    expect(problems.every((p) => p.severity === 'error' && p.file === 'config.json')).toBe(true);
  });

  it('gives no suggestion when nothing is close', () => {
    const [problem] = crossCheck({ ...base, documentSteps: ['TotallyDifferentStep'], payloadSteps: [] });
    expect(problem?.message).toBe("TotallyDifferentStep not in pipeline 'p' (us-east-1)");
  });

  it('matches names exactly, so a case difference is a mismatch', () => {
    const problems = crossCheck({ ...base, documentSteps: ['xgboosttraining'], payloadSteps: [] });
    expect(problems.map((p) => p.message)).toEqual([
      "xgboosttraining not in pipeline 'p' (us-east-1); did you mean XGBoostTraining?",
    ]);
  });

  it('leaves unfilled payload steps the pipeline does not have to the generator, and ignores duplicates', () => {
    const problems = crossCheck({
      ...base,
      documentSteps: ['Registration-NA', 'Registration-NA'],
      payloadSteps: ['Registration-NA', 'Registration-EU', 'Registration-EU'],
    });
    expect(problems).toEqual([]);
  });

  it('finds a step nested in a Condition branch', () => {
    expect(
      crossCheck({ ...base, documentSteps: ['Payload', 'ModelQualityTooLow'], payloadSteps: ['Payload'] }),
    ).toEqual([]);
  });
});

describe('templateFromDefinition', () => {
  it('builds a MODS template keyed by the deployed step names, in definition order', () => {
    const template = templateFromDefinition(stepsOf(atozText));
    expect(Object.keys(template)).toEqual(['PIPELINE_STEP_CONFIGS', 'PIPELINE_ADDITIONAL_PARAMS']);
    expect(template.PIPELINE_ADDITIONAL_PARAMS).toEqual({});
    const configs = template.PIPELINE_STEP_CONFIGS as Record<
      string,
      { STEP_CONFIG: unknown; STEP_TYPE: unknown }
    >;
    expect(Object.entries(configs).map(([name, entry]) => [name, entry.STEP_TYPE])).toEqual([
      ['CradleDataLoading-Training', ['WORKFLOW_INPUT', 'CradleDataLoadingStep']],
      ['CradleDataLoading-Calibration', ['WORKFLOW_INPUT', 'CradleDataLoadingStep']],
      ['TabularPreprocessing-Training', ['PROCESSING_STEP']],
      ['TabularPreprocessing-Calibration', ['PROCESSING_STEP']],
      ['XGBoostTraining', 'TRAINING_STEP'],
      ['XGBoostModelEval-Calibration', ['PROCESSING_STEP']],
      ['CheckModelQuality', ['CONDITION_STEP']],
      ['ModelCalibration-Calibration', ['PROCESSING_STEP']],
      ['Package', ['PROCESSING_STEP']],
      ['Payload', ['PROCESSING_STEP']],
      ['Registration-NA', ['PROCESSING_STEP', 'MimsModelRegistrationProcessingStep']],
      ['ModelQualityTooLow', ['FAIL_STEP']],
      ['NotifyTeam', ['LAMBDA_STEP']],
    ]);
    // Same entry layout as real MODS templates: STEP_CONFIG first.
    for (const entry of Object.values(configs)) {
      expect(Object.keys(entry)).toEqual(['STEP_CONFIG', 'STEP_TYPE']);
      expect(entry.STEP_CONFIG).toEqual({});
    }
  });

  it('matches the entry shapes of the real demo template for the steps it has', () => {
    // From the corpus demo template.json (STEP_CONFIG emptied): the shapes the generator fills.
    const template = templateFromDefinition([
      { name: 'CradleDataLoading-Training', type: 'Processing' },
      { name: 'XGBoostTraining', type: 'Training' },
      { name: 'Registration-NA', type: 'Processing' },
    ]);
    expect(JSON.stringify(template)).toBe(
      JSON.stringify({
        PIPELINE_STEP_CONFIGS: {
          'CradleDataLoading-Training': {
            STEP_CONFIG: {},
            STEP_TYPE: ['WORKFLOW_INPUT', 'CradleDataLoadingStep'],
          },
          XGBoostTraining: { STEP_CONFIG: {}, STEP_TYPE: 'TRAINING_STEP' },
          'Registration-NA': {
            STEP_CONFIG: {},
            STEP_TYPE: ['PROCESSING_STEP', 'MimsModelRegistrationProcessingStep'],
          },
        },
        PIPELINE_ADDITIONAL_PARAMS: {},
      }),
    );
  });

  it('keeps a __proto__ step name as a data key', () => {
    const template = templateFromDefinition([{ name: '__proto__', type: 'Processing' }]);
    const configs = template.PIPELINE_STEP_CONFIGS as object;
    expect(Object.keys(configs)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(configs)).toBe(Object.prototype);
  });
});

describe('modsStepType', () => {
  it.each<[DefinitionStep, string | string[]]>([
    [
      { name: 'RedshiftDataLoading-Mo_orders', type: 'Processing' },
      ['WORKFLOW_INPUT', 'RedshiftDataLoadingStep'],
    ],
    [{ name: 'CradleDataLoading-Training', type: 'Lambda' }, ['WORKFLOW_INPUT', 'CradleDataLoadingStep']],
    [
      { name: 'Registration-EU', type: 'RegisterModel' },
      ['PROCESSING_STEP', 'MimsModelRegistrationProcessingStep'],
    ],
    [{ name: 'ModelRegistration-NA', type: 'RegisterModel' }, ['REGISTERMODEL_STEP']],
    [{ name: 'registration-na', type: 'Processing' }, ['PROCESSING_STEP']],
    [{ name: 'Tune', type: 'Tuning' }, ['TUNING_STEP']],
    [{ name: 'Cluster', type: 'EMR' }, ['EMR_STEP']],
    [{ name: 'NoType' }, []],
  ])('%j → %j', (step, expected) => {
    expect(modsStepType(step)).toEqual(expected);
  });
});
