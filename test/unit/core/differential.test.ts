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

describe('keys that look like integers keep their place (Python dicts keep insertion order)', () => {
  // The reference json.load()s the files into dicts and json.dumps() them in insertion order; a JavaScript object
  // lists "0", "1", "10" first. Here in a template's PIPELINE_ADDITIONAL_PARAMS (passed through by
  // generator.py fill_execution_document) and in the registration output variables (registration_helper.py
  // _create_execution_doc_config copies the validated dict). The texts are written out: an object literal here
  // would already be reordered.
  const config =
    '{\n  "configuration": {\n    "shared": {\n      "author": "a",\n      "bucket": "bkt",\n      "framework_version": "1.7-1",\n      "pipeline_version": "1",\n      "project_root_folder": "p",\n      "py_version": "py3",\n      "region": "NA",\n      "role": "r",\n      "service_name": "svc",\n      "source_dir": "src"\n    },\n    "specific": {\n      "Registration": {\n        "__model_type__": "RegistrationConfig",\n        "framework": "xgboost",\n        "inference_entry_point": "inference.py",\n        "model_domain": "Dom",\n        "model_objective": "Obj",\n        "model_owner": "team-1",\n        "source_model_inference_input_variable_list": [\n          [\n            "x",\n            "NUMERIC"\n          ]\n        ],\n        "source_model_inference_output_variable_list": {\n          "zz": "TEXT",\n          "10": "NUMERIC",\n          "2": "TEXT"\n        }\n      }\n    }\n  },\n  "metadata": {\n    "config_types": {\n      "Registration": "RegistrationConfig"\n    }\n  }\n}';
  const template =
    '{"PIPELINE_STEP_CONFIGS": {"Registration-NA": {"STEP_CONFIG": {}, "STEP_TYPE": ["PROCESSING_STEP", "MimsModelRegistrationProcessingStep"]}}, "PIPELINE_ADDITIONAL_PARAMS": {"b": 1, "1": 2, "0": 3}}';
  it('both modes write the reference bytes', () => {
    for (const lenient of [false, true]) {
      const { document } = generate({
        dag: dagFile(['Registration']),
        config: { name: 'config.json', text: config },
        template: { name: 'template.json', text: template },
        lenient,
      });
      expect(document && serializeDocument(document)).toBe(
        '{\n  "PIPELINE_STEP_CONFIGS": {\n    "Registration-NA": {\n      "STEP_CONFIG": {\n        "source_model_inference_image_arn": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",\n        "model_domain": "Dom",\n        "model_objective": "Obj",\n        "source_model_inference_content_types": [\n          "text/csv"\n        ],\n        "source_model_inference_response_types": [\n          "application/json"\n        ],\n        "source_model_inference_input_variable_list": [\n          [\n            "x",\n            "NUMERIC"\n          ]\n        ],\n        "source_model_inference_output_variable_list": {\n          "zz": "TEXT",\n          "10": "NUMERIC",\n          "2": "TEXT"\n        },\n        "source_model_region": "us-east-1",\n        "model_owner": "team-1",\n        "model_registration_region": "NA",\n        "source_model_environment_variable_map": {\n          "SAGEMAKER_CONTAINER_LOG_LEVEL": "20",\n          "SAGEMAKER_PROGRAM": "inference.py",\n          "SAGEMAKER_REGION": "us-east-1",\n          "SAGEMAKER_SUBMIT_DIRECTORY": "/opt/ml/model/code"\n        }\n      },\n      "STEP_TYPE": [\n        "PROCESSING_STEP",\n        "MimsModelRegistrationProcessingStep"\n      ]\n    }\n  },\n  "PIPELINE_ADDITIONAL_PARAMS": {\n    "b": 1,\n    "1": 2,\n    "0": 3\n  }\n}\n',
      );
    }
  });
});
