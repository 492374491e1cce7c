import type { SourceText } from '../../src/core/index.js';

/**
 * Base fields every config of a saved file shares (FORMAT §a.1), complete enough for cursus to validate the
 * configs (BasePipelineConfig requires role and project_root_folder; a relative entry point needs source_dir).
 */
export const SHARED = {
  author: 'alice',
  bucket: 'team-bucket',
  framework_version: '1.7-1',
  model_class: 'xgboost',
  pipeline_version: '2.0.0',
  project_root_folder: 'p',
  py_version: 'py3',
  region: 'NA',
  role: 'arn:aws:iam::123456789012:role/r',
  service_name: 'Svc',
  source_dir: 'src',
};

/**
 * The smallest shared block the base config accepts (BasePipelineConfig's required fields plus the versions the
 * image lookup reads), with one-letter values: what the rule tests compare documents against.
 */
export const MINIMAL_SHARED = {
  author: 'a',
  bucket: 'bkt',
  framework_version: '1.7-1',
  pipeline_version: '1',
  project_root_folder: 'p',
  py_version: 'py3',
  region: 'NA',
  role: 'r',
  service_name: 'svc',
  source_dir: 'src',
};

export function cradleConfig(
  jobType: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    __model_type__: 'CradleDataLoadingConfig',
    job_type: jobType,
    data_sources_spec: {
      __model_type__: 'DataSourcesSpecificationConfig',
      start_date: '2025-01-01T00:00:00',
      end_date: '2025-02-01T00:00:00',
      data_sources: {
        __type_info__: 'list',
        value: [
          {
            __model_type__: 'DataSourceConfig',
            data_source_name: 'RAW_MDS',
            data_source_type: 'MDS',
            mds_data_source_properties: {
              __model_type__: 'MdsDataSourceConfig',
              service_name: 'Svc',
              region: 'NA',
              output_schema: [{ field_name: 'objectId', field_type: 'STRING' }],
            },
          },
        ],
      },
    },
    transform_spec: {
      __model_type__: 'TransformSpecificationConfig',
      transform_sql: 'SELECT * FROM RAW_MDS',
    },
    output_spec: { __model_type__: 'OutputSpecificationConfig', output_schema: ['objectId'] },
    cradle_job_spec: { __model_type__: 'CradleJobSpecificationConfig', cradle_account: 'Acct' },
    ...overrides,
  };
}

export function registrationConfig(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    __model_type__: 'RegistrationConfig',
    framework: 'xgboost',
    inference_entry_point: 'inference.py',
    model_domain: 'Dom',
    model_objective: 'Obj',
    model_owner: 'team-1',
    source_model_inference_input_variable_list: [['x', 'NUMERIC']],
    ...overrides,
  };
}

export const PAYLOAD = { __model_type__: 'PayloadConfig', expected_tps: 5, max_latency_in_millisecond: 300 };
export const PACKAGE = { __model_type__: 'PackageConfig' };

/** A saved config file from `specific` blocks; config_types follow the blocks' __model_type__. */
export function configFile(
  specific: Record<string, Record<string, unknown>>,
  shared: Record<string, unknown> = SHARED,
): SourceText {
  const config_types = Object.fromEntries(
    Object.entries(specific).map(([k, v]) => [k, String(v['__model_type__'])]),
  );
  return {
    name: 'config.json',
    text: JSON.stringify({ configuration: { shared, specific }, metadata: { config_types } }, null, 2),
  };
}

export function dagFile(nodes: string[], edges: [string, string][] = []): SourceText {
  return { name: 'dag.json', text: JSON.stringify({ nodes, edges }, null, 2) };
}

export function templateFile(
  steps: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): SourceText {
  return {
    name: 'template.json',
    text: JSON.stringify({ PIPELINE_STEP_CONFIGS: steps, PIPELINE_ADDITIONAL_PARAMS: {}, ...extra }, null, 2),
  };
}
