import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  validateBase,
  validateCradleDataLoading,
  validateDataUploading,
  validateExecutionDocument,
  validatePackage,
  validatePayload,
  validateRedshiftDataLoading,
  validateRegistration,
  type ValidateFunction,
} from '../../src/generated/validators.js';

type Json = Record<string, unknown>;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Validates and returns `instancePath` of every error except the redundant `if` summaries. */
function errorPaths(validate: ValidateFunction, data: unknown): string[] {
  expect(validate(data)).toBe(false);
  return (validate.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => e.instancePath);
}

function expectValid(validate: ValidateFunction, data: unknown): void {
  const ok = validate(data);
  expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
  expect(ok).toBe(true);
}

const mdsSource = (props: Json = {}): Json => ({
  data_source_name: 'RAW_MDS_NA',
  data_source_type: 'MDS',
  mds_data_source_properties: {
    service_name: 'AtoZ',
    region: 'NA',
    output_schema: [{ field_name: 'objectId', field_type: 'STRING' }],
    ...props,
  },
});

const edxSource = (
  props: Json = { edx_provider: 'p', edx_subject: 's', edx_dataset: 'd', edx_manifest_key: '["k"]' },
): Json => ({
  data_source_name: 'TAGS',
  data_source_type: 'EDX',
  edx_data_source_properties: props,
});

const andesSource = (props: Json = {}): Json => ({
  data_source_name: 'D_CUSTOMERS',
  data_source_type: 'ANDES',
  andes_data_source_properties: { provider: 'booker', table_name: 'D_CUSTOMERS', ...props },
});

function cradle(
  over: { jobType?: unknown; startDate?: string; sources?: Json[]; jobSplit?: Json } = {},
): Json {
  return {
    job_type: over.jobType ?? 'training',
    data_sources_spec: {
      start_date: over.startDate ?? '2025-01-01T00:00:00',
      end_date: '2025-04-17T00:00:00',
      data_sources: over.sources ?? [mdsSource(), edxSource(), andesSource()],
    },
    transform_spec: {
      transform_sql: 'SELECT 1',
      ...(over.jobSplit ? { job_split_options: over.jobSplit } : {}),
    },
    output_spec: { output_schema: ['objectId'] },
    cradle_job_spec: { cradle_account: 'Buyer-Abuse-RnD-Dev' },
  };
}

const registration = (over: Json = {}): Json => ({
  model_owner: 'amzn1.abacus.team.X',
  model_domain: 'AtoZ',
  model_objective: 'AtoZ_Claims_SM_Model_NA',
  framework: 'xgboost',
  inference_entry_point: 'xgboost_inference.py',
  ...over,
});

const dataUploading = (over: Json = {}): Json => ({
  provider_name: 'booker',
  table_name: 'scores',
  table_version: 3,
  cradle_account: 'acct',
  schema_sdl: 'id STRING',
  ...over,
});

const redshift = (over: Json = {}): Json => ({
  cluster_id: 'c1',
  db_name: 'db',
  role_arn: 'arn:aws:iam::1:role/r',
  cluster_endpoint: 'c1.example.com',
  query: 'SELECT 1',
  ...over,
});

describe('validateBase', () => {
  it('fills model_class, framework_version and py_version and needs neither role nor project_root_folder', () => {
    const config: Json = {
      author: 'lukexie',
      bucket: 'b',
      region: 'NA',
      service_name: 'AtoZ',
      pipeline_version: '1.3.1',
    };
    expectValid(validateBase, config);
    expect(config).toMatchObject({ model_class: 'xgboost', framework_version: '2.1.0', py_version: 'py310' });
  });

  it('keeps given values and ignores undeclared keys', () => {
    const config: Json = {
      author: 'a',
      bucket: 'b',
      region: 'EU',
      service_name: 's',
      pipeline_version: '1',
      framework_version: '1.7-1',
      py_version: 'py3',
      aws_region: 'saved-and-ignored',
    };
    expectValid(validateBase, config);
    expect(config).toMatchObject({
      framework_version: '1.7-1',
      py_version: 'py3',
      aws_region: 'saved-and-ignored',
    });
  });

  it('rejects an unknown region and names missing fields', () => {
    expect(
      errorPaths(validateBase, {
        author: 'a',
        bucket: 'b',
        region: 'US',
        service_name: 's',
        pipeline_version: '1',
      }),
    ).toEqual(['/region']);
    expect(validateBase({ author: 'a', bucket: 'b', region: 'NA', service_name: 's' })).toBe(false);
    expect(validateBase.errors?.map((e) => e.params)).toEqual([{ missingProperty: 'pipeline_version' }]);
  });
});

describe('validateCradleDataLoading', () => {
  it('accepts a minimal config and fills every nested default', () => {
    const config = cradle();
    expectValid(validateCradleDataLoading, config);
    expect(config).toMatchObject({
      s3_input_override: null,
      transform_spec: { job_split_options: { split_job: false, days_per_split: 7, merge_sql: null } },
      output_spec: {
        output_format: 'PARQUET',
        output_save_mode: 'ERRORIFEXISTS',
        output_file_count: 0,
        keep_dot_in_output_schema: false,
        include_header_in_s3_output: true,
      },
      cradle_job_spec: { cluster_type: 'STANDARD', extra_spark_job_arguments: '', job_retry_count: 1 },
      data_sources_spec: {
        data_sources: [
          {
            mds_data_source_properties: { org_id: 0, use_hourly_edx_data_set: false },
            edx_data_source_properties: null,
            andes_data_source_properties: null,
          },
          {
            edx_data_source_properties: { schema_overrides: null, edx_arn: null },
            mds_data_source_properties: null,
          },
          { andes_data_source_properties: { andes3_enabled: true } },
        ],
      },
    });
  });

  it('fills a partial job_split_options and keeps given values', () => {
    const config = cradle({ jobSplit: { split_job: true, merge_sql: 'SELECT * FROM INPUT' } });
    expectValid(validateCradleDataLoading, config);
    expect(config).toMatchObject({
      transform_spec: {
        job_split_options: { split_job: true, days_per_split: 7, merge_sql: 'SELECT * FROM INPUT' },
      },
    });
  });

  it('gives every call its own copy of object defaults', () => {
    const first = cradle();
    const second = cradle();
    validateCradleDataLoading(first);
    validateCradleDataLoading(second);
    const split = (c: Json): unknown => (c.transform_spec as Json).job_split_options;
    expect(split(first)).not.toBe(split(second));
  });

  it('rejects an MDS region outside NA/EU/FE', () => {
    expect(errorPaths(validateCradleDataLoading, cradle({ sources: [mdsSource({ region: 'XX' })] }))).toEqual(
      ['/data_sources_spec/data_sources/0/mds_data_source_properties/region'],
    );
  });

  it('rejects a date not in YYYY-mm-ddTHH:MM:SS form', () => {
    expect(errorPaths(validateCradleDataLoading, cradle({ startDate: '2025-01-01 00:00:00' }))).toEqual([
      '/data_sources_spec/start_date',
    ]);
  });

  it('requires a non-empty merge_sql when split_job is true', () => {
    const path = '/transform_spec/job_split_options/merge_sql';
    expect(errorPaths(validateCradleDataLoading, cradle({ jobSplit: { split_job: true } }))).toEqual([path]);
    expect(
      errorPaths(validateCradleDataLoading, cradle({ jobSplit: { split_job: true, merge_sql: '' } })),
    ).toEqual([path]);
    expect(
      errorPaths(validateCradleDataLoading, cradle({ jobSplit: { split_job: true, merge_sql: null } })),
    ).toEqual([path]);
    expectValid(validateCradleDataLoading, cradle({ jobSplit: { split_job: false, merge_sql: '' } }));
  });

  it('rejects days_per_split below 1', () => {
    expect(errorPaths(validateCradleDataLoading, cradle({ jobSplit: { days_per_split: 0 } }))).toEqual([
      '/transform_spec/job_split_options/days_per_split',
    ]);
  });

  it('wants job_type as text; its letters and case are checked in code, as Python does (config/validate.ts)', () => {
    expect(errorPaths(validateCradleDataLoading, cradle({ jobType: 7 }))).toEqual(['/job_type']);
    expectValid(validateCradleDataLoading, cradle({ jobType: 'mo_orders_2' }));
    expectValid(validateCradleDataLoading, cradle({ jobType: 'Training!' }));
  });

  it('rejects an unknown data_source_type (the loader upper-cases it first)', () => {
    const s3 = { ...mdsSource(), data_source_type: 'S3' };
    expect(errorPaths(validateCradleDataLoading, cradle({ sources: [s3] }))).toEqual([
      '/data_sources_spec/data_sources/0/data_source_type',
    ]);
    const lower = { ...mdsSource(), data_source_type: 'mds' };
    expect(errorPaths(validateCradleDataLoading, cradle({ sources: [lower] }))).toEqual([
      '/data_sources_spec/data_sources/0/data_source_type',
    ]);
  });

  it('requires exactly the properties matching data_source_type', () => {
    const wrongKind = { ...mdsSource(), data_source_type: 'EDX' };
    expect(errorPaths(validateCradleDataLoading, cradle({ sources: [wrongKind] }))).toEqual([
      '/data_sources_spec/data_sources/0/mds_data_source_properties',
      '/data_sources_spec/data_sources/0/edx_data_source_properties',
    ]);
    const both = { ...mdsSource(), ...andesSource(), data_source_type: 'ANDES' };
    expect(errorPaths(validateCradleDataLoading, cradle({ sources: [both] }))).toEqual([
      '/data_sources_spec/data_sources/0/mds_data_source_properties',
    ]);
    const explicitNull = { ...mdsSource(), edx_data_source_properties: null };
    expectValid(validateCradleDataLoading, cradle({ sources: [explicitNull] }));
  });

  it('takes edx_arn or all four ARN components, never both', () => {
    expectValid(
      validateCradleDataLoading,
      cradle({ sources: [edxSource({ edx_arn: 'arn:amazon:edx:iad::manifest/a/b/c/["k"]' })] }),
    );
    const base = '/data_sources_spec/data_sources/0/edx_data_source_properties';
    expect(
      errorPaths(
        validateCradleDataLoading,
        cradle({ sources: [edxSource({ edx_arn: 'arn:amazon:edx:x', edx_provider: 'p' })] }),
      ),
    ).toEqual([`${base}/edx_provider`]);
    expect(
      errorPaths(
        validateCradleDataLoading,
        cradle({ sources: [edxSource({ edx_provider: 'p', edx_subject: 's', edx_manifest_key: '["k"]' })] }),
      ),
    ).toEqual([`${base}/edx_dataset`]);
    expect(
      errorPaths(validateCradleDataLoading, cradle({ sources: [edxSource({ edx_arn: 'arn:aws:s3:::x' })] })),
    ).toEqual([`${base}/edx_arn`]);
    const badKey = edxSource({
      edx_provider: 'p',
      edx_subject: 's',
      edx_dataset: 'd',
      edx_manifest_key: 'k',
    });
    expect(errorPaths(validateCradleDataLoading, cradle({ sources: [badKey] }))).toEqual([
      `${base}/edx_manifest_key`,
    ]);
  });

  it('checks the Andes provider and table name', () => {
    expectValid(
      validateCradleDataLoading,
      cradle({ sources: [andesSource({ provider: 'A1B2C3D4-0000-4000-8000-00000000000F' })] }),
    );
    const base = '/data_sources_spec/data_sources/0/andes_data_source_properties';
    expect(
      errorPaths(validateCradleDataLoading, cradle({ sources: [andesSource({ provider: 'someone' })] })),
    ).toEqual([`${base}/provider`]);
    expect(
      errorPaths(validateCradleDataLoading, cradle({ sources: [andesSource({ table_name: '  ' })] })),
    ).toEqual([`${base}/table_name`]);
  });

  it('wants upper-case enums, as the loader normalises them', () => {
    const config = cradle();
    (config.output_spec as Json).output_format = 'parquet';
    (config.cradle_job_spec as Json).cluster_type = 'medium';
    expect(errorPaths(validateCradleDataLoading, config)).toEqual([
      '/output_spec/output_format',
      '/cradle_job_spec/cluster_type',
    ]);
  });

  it('words an error from its keyword and params: the schema descriptions are not compiled in', () => {
    validateCradleDataLoading(cradle({ sources: [mdsSource({ region: 'XX' })] }));
    const [first] = validateCradleDataLoading.errors ?? [];
    expect(first).toMatchObject({
      keyword: 'enum',
      instancePath: '/data_sources_spec/data_sources/0/mds_data_source_properties/region',
      params: { allowedValues: ['NA', 'EU', 'FE'] },
    });
    expect(first?.parentSchema).toBeUndefined();
  });
});

describe('validateRegistration', () => {
  it('fills the registration defaults', () => {
    const config = registration();
    expectValid(validateRegistration, config);
    expect(config).toMatchObject({
      inference_instance_type: 'ml.m5.large',
      source_model_inference_content_types: ['text/csv'],
      source_model_inference_response_types: ['application/json'],
      source_model_inference_output_variable_list: { 'legacy-score': 'NUMERIC' },
      source_model_inference_input_variable_list: {},
    });
  });

  it('rejects a framework outside xgboost/sklearn/pytorch/tensorflow (lower-cased by the loader)', () => {
    expect(errorPaths(validateRegistration, registration({ framework: 'jax' }))).toEqual(['/framework']);
    expect(errorPaths(validateRegistration, registration({ framework: 'XGBoost' }))).toEqual(['/framework']);
  });

  it('takes input variables as a dict of NUMERIC/TEXT or as [name, type] pairs of any case', () => {
    expectValid(
      validateRegistration,
      registration({ source_model_inference_input_variable_list: { a: 'NUMERIC', b: 'TEXT' } }),
    );
    expectValid(
      validateRegistration,
      registration({
        source_model_inference_input_variable_list: [
          ['a', 'numeric'],
          ['b', 'Text'],
        ],
      }),
    );
    // A pair's type is checked in code with Python's str.upper() (config/validate.ts), not by a pattern.
    expect(
      errorPaths(
        validateRegistration,
        registration({
          source_model_inference_input_variable_list: [
            ['a', 'NUMERIC', 'x'],
            ['b', 3],
          ],
        }),
      ),
    ).toEqual([
      '/source_model_inference_input_variable_list/0',
      '/source_model_inference_input_variable_list/1/1',
    ]);
    expect(
      errorPaths(
        validateRegistration,
        registration({ source_model_inference_input_variable_list: { a: 'DATE' } }),
      ),
    ).toEqual(['/source_model_inference_input_variable_list/a']);
  });

  it('checks content/response types, output variables and the instance type', () => {
    expect(
      errorPaths(
        validateRegistration,
        registration({ source_model_inference_content_types: ['text/csv', 'application/json'] }),
      ),
    ).toEqual(['/source_model_inference_content_types']);
    expect(
      errorPaths(
        validateRegistration,
        registration({ source_model_inference_response_types: ['text/plain'] }),
      ),
    ).toEqual(['/source_model_inference_response_types/0']);
    expect(
      errorPaths(
        validateRegistration,
        registration({ source_model_inference_output_variable_list: { s: 'INT' } }),
      ),
    ).toEqual(['/source_model_inference_output_variable_list/s']);
    expect(errorPaths(validateRegistration, registration({ inference_instance_type: 'm5.large' }))).toEqual([
      '/inference_instance_type',
    ]);
  });
});

describe('validatePayload', () => {
  it('fills max_acceptable_error_rate and load_test_instance_type_list', () => {
    const config: Json = { expected_tps: 2, max_latency_in_millisecond: 800 };
    expectValid(validatePayload, config);
    expect(config).toMatchObject({
      max_acceptable_error_rate: 0.2,
      load_test_instance_type_list: ['ml.m5.4xlarge'],
    });
  });

  it('checks the load-testing ranges', () => {
    expect(
      errorPaths(validatePayload, {
        expected_tps: 0,
        max_latency_in_millisecond: 50,
        max_acceptable_error_rate: 1.5,
        load_test_instance_type_list: ['m5.large'],
      }),
    ).toEqual([
      '/expected_tps',
      '/max_latency_in_millisecond',
      '/max_acceptable_error_rate',
      '/load_test_instance_type_list/0',
    ]);
    expect(
      errorPaths(validatePayload, {
        expected_tps: 1,
        max_latency_in_millisecond: 100,
        load_test_instance_type_list: [],
      }),
    ).toEqual(['/load_test_instance_type_list']);
  });
});

describe('validatePackage', () => {
  it('fills the processing instance defaults', () => {
    const config: Json = {};
    expectValid(validatePackage, config);
    expect(config).toEqual({
      processing_instance_type_small: 'ml.m5.2xlarge',
      processing_instance_type_large: 'ml.m5.4xlarge',
      use_large_processing_instance: false,
    });
  });
});

describe('validateDataUploading', () => {
  it('fills input_format, has_header, cluster_type and job_type', () => {
    const config = dataUploading();
    expectValid(validateDataUploading, config);
    expect(config).toMatchObject({
      input_format: 'CSV',
      has_header: true,
      cluster_type: 'MEDIUM',
      job_type: null,
    });
  });

  it('keeps cluster_type as written (its values are checked in code with str.upper()) and wants an integer version', () => {
    const config = dataUploading({ cluster_type: 'large' });
    expectValid(validateDataUploading, config);
    expect(config.cluster_type).toBe('large');
    expect(errorPaths(validateDataUploading, dataUploading({ cluster_type: 5 }))).toEqual(['/cluster_type']);
    expect(errorPaths(validateDataUploading, dataUploading({ table_version: '3' }))).toEqual([
      '/table_version',
    ]);
  });
});

describe('validateRedshiftDataLoading', () => {
  it('fills the Redshift defaults', () => {
    const config = redshift();
    expectValid(validateRedshiftDataLoading, config);
    expect(config).toMatchObject({
      connector_type: 'redshift_connector',
      port: 5439,
      is_using_andes3: true,
      output_data_source_type: 'S3',
      drop_header: false,
      edx_arn: null,
      job_type: null,
    });
  });

  it('requires edx_arn for an EDX output only', () => {
    expect(errorPaths(validateRedshiftDataLoading, redshift({ output_data_source_type: 'EDX' }))).toEqual([
      '/edx_arn',
    ]);
    expect(
      errorPaths(validateRedshiftDataLoading, redshift({ output_data_source_type: 'EDX', edx_arn: '' })),
    ).toEqual(['/edx_arn']);
    expectValid(
      validateRedshiftDataLoading,
      redshift({ output_data_source_type: 'EDX', edx_arn: 'arn:amazon:edx:x' }),
    );
    // The reference compares with "EDX" exactly: a lower-case value is a plain S3 output.
    expectValid(validateRedshiftDataLoading, redshift({ output_data_source_type: 'edx' }));
  });

  it('rejects an unknown connector_type', () => {
    expect(errorPaths(validateRedshiftDataLoading, redshift({ connector_type: 'psycopg2' }))).toEqual([
      '/connector_type',
    ]);
  });
});

describe('validateExecutionDocument', () => {
  it('accepts MODS-style and auto-generated templates with extra top-level keys', () => {
    expectValid(validateExecutionDocument, {
      PIPELINE_STEP_CONFIGS: {
        'CradleDataLoading-Training': {
          STEP_CONFIG: {},
          STEP_TYPE: ['WORKFLOW_INPUT', 'CradleDataLoadingStep'],
        },
        XGBoostTraining: { STEP_CONFIG: {}, STEP_TYPE: 'TRAINING_STEP' },
        Package: { STEP_TYPE: [] },
      },
      PIPELINE_ADDITIONAL_PARAMS: {},
      OTHER: [1, 2],
    });
  });

  it('rejects a document without PIPELINE_STEP_CONFIGS or with malformed entries', () => {
    expect(validateExecutionDocument({ PIPELINE_ADDITIONAL_PARAMS: {} })).toBe(false);
    expect(validateExecutionDocument.errors?.map((e) => e.params)).toEqual([
      { missingProperty: 'PIPELINE_STEP_CONFIGS' },
    ]);
    expect(
      errorPaths(validateExecutionDocument, {
        PIPELINE_STEP_CONFIGS: { A: { STEP_TYPE: ['X', 1], STEP_CONFIG: [] }, B: 'x' },
        PIPELINE_ADDITIONAL_PARAMS: [],
      }),
    ).toEqual([
      '/PIPELINE_STEP_CONFIGS/A/STEP_TYPE/1',
      '/PIPELINE_STEP_CONFIGS/A/STEP_CONFIG',
      '/PIPELINE_STEP_CONFIGS/B',
      '/PIPELINE_ADDITIONAL_PARAMS',
    ]);
  });
});

describe('src/generated/validators', () => {
  it('is what scripts/gen-validators.mjs makes from schemas/ (run it after editing a schema)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'exec-doc-validators-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'scripts', 'gen-validators.mjs'), '--out-dir', dir], {
        stdio: 'pipe',
      });
      for (const file of ['validators.js', 'validators.d.ts']) {
        const fresh = readFileSync(path.join(dir, file), 'utf8');
        const committed = readFileSync(path.join(root, 'src', 'generated', file), 'utf8');
        expect(
          committed === fresh,
          `src/generated/${file} is stale: run node scripts/gen-validators.mjs`,
        ).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
