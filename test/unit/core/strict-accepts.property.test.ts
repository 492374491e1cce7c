/**
 * Property: strict mode accepts what cursus accepts. For configs mutated at random, whenever pydantic (our model of
 * it) validates a config, the strict checks (schemas and code checks) report nothing for it.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { loadConfig } from '../../../src/core/config/load.js';
import { schemaProblems } from '../../../src/core/config/validate.js';
import type { ConfigKind } from '../../../src/core/helpers/types.js';
import type { JsonObject } from '../../../src/core/json.js';

const SHARED = {
  author: 'a',
  bucket: 'bkt',
  pipeline_version: '1',
  project_root_folder: 'p',
  region: 'NA',
  role: 'r',
  service_name: 'svc',
  source_dir: 'src',
};

const value = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'x',
    'NA',
    'eu',
    'EU',
    'numeric',
    'Numeric',
    'numerıc',
    'TEXT',
    'large',
    'ſmall',
    'MEDIUM',
    'xgboost',
    'XGBoost',
    'ml.m5.large',
    'm5',
    'text/csv',
    'application/json',
    'redshift_connector',
    'pg8000',
    'EDX',
    'S3',
    'true',
    'no',
    '5',
    ' 7 ',
    '1e3',
    '0.5',
    'booker',
    'training',
    'ǆob',
    'Training',
    'mo_orders',
    's3://x',
    '2025-01-01T00:00:00',
    '0999-01-01T00:00:00',
    '2025-02-30T00:00:00',
    'arn:amazon:edx:x',
    '["k"]',
  ),
  fc.integer({ min: -2, max: 20000 }),
  fc.double({ min: -1, max: 2, noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    ['text/csv'],
    ['application/json'],
    [],
    ['ml.m5.4xlarge'],
    ['x'],
    [['a', 'numeric']],
    [['a']],
    [['a', 'date']],
  ),
  fc.constantFrom({ a: 'NUMERIC' }, { a: 'text' }, { a: 'date' }, {}, { a: 1 }),
);

const BASES: Record<ConfigKind, [string, JsonObject]> = {
  registration: [
    'RegistrationConfig',
    {
      framework: 'xgboost',
      inference_entry_point: 'i.py',
      model_domain: 'd',
      model_objective: 'o',
      model_owner: 'w',
    },
  ],
  payload: ['PayloadConfig', { expected_tps: 5, max_latency_in_millisecond: 300 }],
  package: ['PackageConfig', {}],
  'data-uploading': [
    'DataUploadingConfig',
    { provider_name: 'p', table_name: 't', table_version: 1, cradle_account: 'c', schema_sdl: 's' },
  ],
  redshift: [
    'RedshiftDataLoadingConfig',
    { cluster_id: 'c', db_name: 'd', role_arn: 'r', cluster_endpoint: 'e', query: 'q' },
  ],
  cradle: ['CradleDataLoadingConfig', {}],
};

const FIELDS: Record<Exclude<ConfigKind, 'cradle'>, string[]> = {
  registration: [
    'framework',
    'inference_entry_point',
    'model_domain',
    'inference_instance_type',
    'source_model_inference_content_types',
    'source_model_inference_response_types',
    'source_model_inference_input_variable_list',
    'source_model_inference_output_variable_list',
    'region',
    'bucket',
    'framework_version',
  ],
  payload: [
    'expected_tps',
    'max_latency_in_millisecond',
    'max_acceptable_error_rate',
    'load_test_instance_type_list',
  ],
  package: ['processing_instance_type_small', 'use_large_processing_instance'],
  'data-uploading': ['table_version', 'has_header', 'cluster_type', 'input_format', 'job_type', 'schema_sdl'],
  redshift: [
    'port',
    'connector_type',
    'is_using_andes3',
    'output_data_source_type',
    'edx_arn',
    'drop_header',
    'job_type',
  ],
};

describe('strict mode accepts every config cursus validates', () => {
  it.each(Object.keys(FIELDS) as Exclude<ConfigKind, 'cradle'>[])('%s', (kind) => {
    const [cls, base] = BASES[kind];
    const mutation = fc.dictionary(fc.constantFrom(...FIELDS[kind]), value, { maxKeys: 3 });
    fc.assert(
      fc.property(mutation, (m) => {
        const { entries } = loadConfig(
          {
            configuration: { shared: SHARED, specific: { X: { __model_type__: cls, ...base, ...m } } },
            metadata: { config_types: { X: cls } },
          },
          'c.json',
        );
        const entry = entries[0]!;
        if (entry.referenceIssues.length > 0) return;
        // The schemas themselves (createValidator skips a config pydantic accepts): nothing to say either.
        expect(schemaProblems(entry, kind)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

/** A Cradle config with one source of each type; `at` paths name nested fields to mutate. */
function cradle(m: Record<string, unknown>): JsonObject {
  const at = (path: string, dflt: unknown): unknown => (path in m ? m[path] : dflt);
  return {
    __model_type__: 'CradleDataLoadingConfig',
    job_type: at('job_type', 'training'),
    data_sources_spec: {
      __model_type__: 'DataSourcesSpecificationConfig',
      start_date: at('start_date', '2025-01-01T00:00:00'),
      end_date: '2025-02-01T00:00:00',
      data_sources: {
        __type_info__: 'list',
        value: [
          {
            __model_type__: 'DataSourceConfig',
            data_source_name: 'M',
            data_source_type: at('data_source_type', 'MDS'),
            mds_data_source_properties: {
              __model_type__: 'MdsDataSourceConfig',
              service_name: 's',
              region: at('mds_region', 'NA'),
              org_id: at('org_id', 0),
              output_schema: [{ field_name: 'a', field_type: 'STRING' }],
            },
          },
          {
            __model_type__: 'DataSourceConfig',
            data_source_name: 'A',
            data_source_type: 'ANDES',
            andes_data_source_properties: {
              __model_type__: 'AndesDataSourceConfig',
              provider: at('provider', 'booker'),
              table_name: at('table_name', 't'),
            },
          },
        ],
      },
    },
    transform_spec: { __model_type__: 'TransformSpecificationConfig', transform_sql: 'x' },
    output_spec: {
      __model_type__: 'OutputSpecificationConfig',
      output_schema: ['a'],
      output_format: at('output_format', 'PARQUET'),
      output_file_count: at('output_file_count', 0),
    },
    cradle_job_spec: {
      __model_type__: 'CradleJobSpecificationConfig',
      cradle_account: 'c',
      cluster_type: at('cluster_type', 'STANDARD'),
      job_retry_count: at('job_retry_count', 1),
    },
  };
}

describe('strict mode accepts every Cradle config cursus validates, nested objects included', () => {
  it('cradle', () => {
    const paths = [
      'job_type',
      'start_date',
      'data_source_type',
      'mds_region',
      'org_id',
      'provider',
      'table_name',
      'output_format',
      'output_file_count',
      'cluster_type',
      'job_retry_count',
    ];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...paths), value, { maxKeys: 3 }), (m) => {
        const { entries } = loadConfig(
          {
            configuration: { shared: SHARED, specific: { C: cradle(m) } },
            metadata: { config_types: { C: 'CradleDataLoadingConfig' } },
          },
          'c.json',
        );
        const entry = entries[0]!;
        if (entry.referenceIssues.length > 0) return;
        expect(schemaProblems(entry, 'cradle')).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
