/**
 * Disagreements found by running the real reference (TianpeiLuke/cursus 6a2e2022, `ExecutionDocumentGenerator`
 * with stubbed `sagemaker` and Coral modules) side by side with `exec-doc --lenient`. Each expected document is
 * the reference's `json.dumps(doc, indent=2)` output for the stated input, byte for byte (plus the trailing
 * newline exec-doc always writes).
 */
import { describe, it, expect } from 'vitest';
import { generate, serializeDocument } from '../../../src/core/index.js';
import { MINIMAL_SHARED, cradleConfig, configFile, dagFile } from '../../helpers/build.js';

function run(cradle: Record<string, unknown>, lenient: boolean): { text?: string; codes: string[] } {
  const { document, report } = generate({
    dag: dagFile(['CradleDataLoading_training']),
    config: configFile({ CradleDataLoading_training: cradle }, MINIMAL_SHARED),
    template: {
      name: 'template.json',
      text: JSON.stringify({
        PIPELINE_STEP_CONFIGS: {
          'CradleDataLoading-Training': {
            STEP_CONFIG: { x: 1 },
            STEP_TYPE: ['WORKFLOW_INPUT', 'CradleDataLoadingStep'],
          },
        },
        PIPELINE_ADDITIONAL_PARAMS: {},
      }),
    },
    lenient,
  });
  return {
    text: document ? serializeDocument(document) : undefined,
    codes: report.problems.map((p) => `${p.severity} ${p.code}`),
  };
}

// What the reference wrote for every case below: the template, untouched.
const UNCHANGED = `{
  "PIPELINE_STEP_CONFIGS": {
    "CradleDataLoading-Training": {
      "STEP_CONFIG": {
        "x": 1
      },
      "STEP_TYPE": [
        "WORKFLOW_INPUT",
        "CradleDataLoadingStep"
      ]
    }
  },
  "PIPELINE_ADDITIONAL_PARAMS": {}
}
`;

describe('a Cradle config missing a required nested field', () => {
  // The config fails validation, so cursus builds it unvalidated (type_aware_config_serializer: model_construct),
  // where an absent required field is no attribute at all. cradle_helper.py `_build_request` reads it as one
  // (`transform_spec_cfg.transform_sql`), the AttributeError becomes "Failed to extract cradle config" in
  // generator.py `_fill_cradle_configurations`, and the step is left as in the template. exec-doc --lenient used to
  // fill the step without the field (no transformSQL key).
  const base = cradleConfig('training');
  const cases: [string, Record<string, unknown>][] = [
    ['transform_spec.transform_sql', { transform_spec: { __model_type__: 'TransformSpecificationConfig' } }],
    [
      'cradle_job_spec.cradle_account',
      { cradle_job_spec: { __model_type__: 'CradleJobSpecificationConfig', cluster_type: 'SMALL' } },
    ],
    [
      'data_sources_spec.start_date',
      {
        data_sources_spec: {
          ...(base['data_sources_spec'] as Record<string, unknown>),
          start_date: undefined,
        },
      },
    ],
  ];
  for (const [field, overrides] of cases) {
    it(`${field}: --lenient leaves the step as in the template; strict fails`, () => {
      const cradle = JSON.parse(JSON.stringify(cradleConfig('training', overrides))) as Record<
        string,
        unknown
      >;
      const lenient = run(cradle, true);
      expect(lenient.text).toBe(UNCHANGED);
      expect(lenient.codes).toContain('warning config/unusable');
      const strict = run(cradle, false);
      expect(strict.text).toBeUndefined();
      expect(strict.codes).toContain('error config/schema');
    });
  }
});
