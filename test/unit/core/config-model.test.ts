/**
 * How cursus builds a config object (type_aware_config_serializer.py `_deserialize_model`): validated and converted
 * when pydantic accepts it, else `model_construct` — the values as saved, defaults for the absent fields that have
 * one. Nested `__model_type__` blocks are objects of their own, validated on their own.
 */
import { describe, it, expect } from 'vitest';
import { loadConfig, type ConfigEntry } from '../../../src/core/config/load.js';
import { instanceInfo } from '../../../src/core/config/model.js';
import { createValidator } from '../../../src/core/config/validate.js';
import { buildRedshiftConfig } from '../../../src/core/helpers/redshift.js';
import { fill } from '../../../src/core/fill.js';
import { ExactNumber, serializeDocument } from '../../../src/core/index.js';
import type { JsonObject } from '../../../src/core/json.js';

const SHARED = {
  author: 'a',
  bucket: 'bkt',
  framework_version: '1.7-1',
  pipeline_version: '1',
  project_root_folder: 'p',
  region: 'NA',
  role: 'r',
  service_name: 'svc',
  source_dir: 'src',
};

function entries(specific: Record<string, JsonObject>, shared: JsonObject = SHARED): ConfigEntry[] {
  const config_types = Object.fromEntries(
    Object.entries(specific).map(([k, v]) => [k, String(v['__model_type__'])]),
  );
  const loaded = loadConfig(
    { configuration: { shared, specific }, metadata: { config_types } },
    'config.json',
  );
  expect(loaded.problems).toEqual([]);
  return loaded.entries;
}

const RS = {
  __model_type__: 'RedshiftDataLoadingConfig',
  cluster_id: 'c',
  db_name: 'd',
  role_arn: 'r',
  cluster_endpoint: 'e',
  query: 'q',
};

describe('validated or constructed', () => {
  it('a valid config is converted, filled with defaults, normalised; undeclared keys are dropped', () => {
    const [e] = entries({
      Registration: {
        __model_type__: 'RegistrationConfig',
        framework: 'XGBoost',
        inference_entry_point: 'i.py',
        model_domain: 'd',
        model_objective: 'o',
        model_owner: 'w',
        source_model_inference_output_variable_list: { s: 'numeric' },
        variable_schema: { saved: 'derived, ignored' },
      },
    });
    const ref = e!.reference;
    expect(e!.referenceIssues).toEqual([]);
    expect(ref['framework']).toBe('xgboost');
    expect(ref['source_model_inference_output_variable_list']).toEqual({ s: 'NUMERIC' });
    expect(ref['inference_instance_type']).toBe('ml.m5.large');
    expect(ref).not.toHaveProperty('variable_schema');
    expect(e!.validated).toBe(ref);
  });

  it('an invalid config keeps the saved values and defaults; a missing required field is no attribute', () => {
    const { project_root_folder: _p, ...shared } = SHARED;
    void _p;
    const [e] = entries(
      {
        DU: {
          __model_type__: 'DataUploadingConfig',
          provider_name: 'p',
          table_version: '3',
          has_header: 'no',
        },
      },
      shared,
    );
    expect(e!.referenceIssues.map((i) => i.path.join('.'))).toEqual([
      'project_root_folder',
      'table_name',
      'cradle_account',
      'schema_sdl',
    ]);
    expect(e!.reference).toMatchObject({
      table_version: '3',
      has_header: 'no',
      input_format: 'CSV',
      job_type: null,
    });
    expect(e!.reference).not.toHaveProperty('schema_sdl');
    // The validated view converts whatever it can.
    expect(e!.validated).toMatchObject({ table_version: 3, has_header: false });
  });

  it('a model validator failing (a relative entry point without source_dir) is enough to fall back', () => {
    const { source_dir: _s, ...shared } = SHARED;
    void _s;
    const [e] = entries(
      {
        Payload: { __model_type__: 'PayloadConfig', expected_tps: '25', max_latency_in_millisecond: 100 },
      },
      shared,
    );
    expect(e!.referenceIssues[0]!.message).toContain('processing_source_dir or source_dir');
    expect(e!.reference['expected_tps']).toBe('25');
    expect(e!.validated['expected_tps']).toBe(25);
  });

  it('nested __model_type__ blocks validate on their own; an invalid one stays as saved inside a valid config', () => {
    const cradle = {
      __model_type__: 'CradleDataLoadingConfig',
      job_type: 'training',
      data_sources_spec: {
        __model_type__: 'DataSourcesSpecificationConfig',
        start_date: '2025-01-01T00:00:00',
        end_date: '2025-02-01T00:00:00',
        data_sources: { __type_info__: 'list', value: [] },
      },
      transform_spec: { __model_type__: 'TransformSpecificationConfig', transform_sql: 'x' },
      output_spec: {
        __model_type__: 'OutputSpecificationConfig',
        output_schema: ['a'],
        output_format: 'xml',
      },
      cradle_job_spec: {
        __model_type__: 'CradleJobSpecificationConfig',
        cradle_account: 'acc',
        cluster_type: 'large',
      },
    };
    const [e] = entries({ C: cradle });
    const ref = e!.reference;
    expect(instanceInfo(ref)).toMatchObject({ cls: 'CradleDataLoadingConfig', valid: true });
    const out = ref['output_spec'] as JsonObject;
    expect(instanceInfo(out)).toMatchObject({ valid: false });
    expect(out['output_format']).toBe('xml');
    // The valid parent still copies its job_type and pipeline_s3_loc into it (initialize_derived_fields).
    expect(out['pipeline_s3_loc']).toBe('s3://bkt/MODS/a-svc-xgboost-NA_1');
    expect((ref['cradle_job_spec'] as JsonObject)['cluster_type']).toBe('LARGE');
    expect(e!.referenceIssues.map((i) => i.path.join('.'))).toEqual(['output_spec.output_format']);
  });
});

describe('loading refuses what cursus refuses', () => {
  it('a block saved as another class than config_types says', () => {
    const r = loadConfig(
      {
        configuration: { shared: SHARED, specific: { X: { __model_type__: 'PayloadConfig' } } },
        metadata: { config_types: { X: 'RegistrationConfig' } },
      },
      'c.json',
    );
    expect(r.problems.map((p) => [p.code, p.jsonPath])).toEqual([
      ['config/class-mismatch', '/configuration/specific/X/__model_type__'],
    ]);
  });

  it('an unknown __model_type__ is read as config_types says, as cursus does, with a warning that names the class', () => {
    for (const [saved, hint] of [
      ['RegistrationConfig ', '; did you mean "RegistrationConfig"?'],
      ['registrationconfig', '; did you mean "RegistrationConfig"?'],
      ['Foo', ''],
    ] as const) {
      const r = loadConfig(
        {
          configuration: { shared: SHARED, specific: { X: { __model_type__: saved } } },
          metadata: { config_types: { X: 'RegistrationConfig' } },
        },
        'c.json',
      );
      expect(r.entries.map((e) => e.className)).toEqual(['RegistrationConfig']);
      expect(r.problems.map((p) => [p.severity, p.code, p.jsonPath, p.message])).toEqual([
        [
          'warning',
          'config/unknown-model-type',
          '/configuration/specific/X/__model_type__',
          `config "X" is saved with "__model_type__" "${saved}", a class cursus does not ship, so cursus reads it as RegistrationConfig (its class in "metadata.config_types")${hint}`,
        ],
      ]);
    }
  });

  it('a block without __model_type__ that does not validate (cursus calls the class, which raises)', () => {
    const r = loadConfig(
      {
        configuration: { shared: SHARED, specific: { R: { cluster_id: 'c' } } },
        metadata: { config_types: { R: 'RedshiftDataLoadingConfig' } },
      },
      'c.json',
    );
    expect(r.problems[0]).toMatchObject({ code: 'config/invalid-untyped', severity: 'error' });
    expect(r.problems[0]!.message).toContain('db_name: Field required');
  });

  it('a subclass in __model_type__ is fine: the object is of that class', () => {
    const [e] = loadConfig(
      {
        configuration: {
          shared: SHARED,
          specific: { X: { __model_type__: 'PayloadConfig', expected_tps: 1 } },
        },
        metadata: { config_types: { X: 'ProcessingStepConfigBase' } },
      },
      'c.json',
    ).entries;
    expect([e!.className, e!.declaredClass]).toEqual(['PayloadConfig', 'ProcessingStepConfigBase']);
  });
});

describe('exact numbers (ExactNumber from the parser) through the config path', () => {
  const big = new ExactNumber('12345678901234567890', 12345678901234567000);

  it('an int field keeps every digit; a float literal in an int field becomes the int', () => {
    const [a, b] = entries({
      A: { ...RS, port: big },
      B: { ...RS, port: new ExactNumber('5440.0', 5440) },
    });
    expect(serializeDocument(buildRedshiftConfig(a!.reference).config)).toContain(
      '"port": 12345678901234567890',
    );
    expect(serializeDocument(buildRedshiftConfig(b!.reference).config)).toContain('"port": 5440\n');
  });

  it('a value copied through unchanged (unvalidated config) keeps its ExactNumber', () => {
    const [e] = entries({ R: { ...RS, cluster_id: new ExactNumber('1.0', 1) } });
    expect(e!.referenceIssues.map((i) => i.path.join('.'))).toEqual(['cluster_id']);
    expect(serializeDocument(buildRedshiftConfig(e!.reference).config)).toContain('"clusterId": 1.0,');
  });

  it('validation sees plain numbers (ajv): an exact int is an integer, an exact float a number', () => {
    const [r, p] = entries({
      R: { ...RS, port: big },
      P: {
        __model_type__: 'PayloadConfig',
        expected_tps: 1,
        max_latency_in_millisecond: 100,
        max_acceptable_error_rate: new ExactNumber('1.0', 1),
      },
    });
    const validate = createValidator('config.json');
    expect(validate(r!, 'redshift')).toEqual([]);
    expect(validate(p!, 'payload')).toEqual([]);
  });

  it('fill writes them exactly: a float field keeps 1e-05, an int field its digits', () => {
    const es = entries({
      Package: { __model_type__: 'PackageConfig' },
      Payload: {
        __model_type__: 'PayloadConfig',
        expected_tps: big,
        max_latency_in_millisecond: new ExactNumber('100.0', 100),
        max_acceptable_error_rate: new ExactNumber('1e-05', 1e-5),
      },
      Registration: {
        __model_type__: 'RegistrationConfig',
        framework: 'xgboost',
        inference_entry_point: 'i.py',
        model_domain: 'd',
        model_objective: 'o',
        model_owner: 'w',
      },
    });
    const document: JsonObject = { PIPELINE_STEP_CONFIGS: { 'Registration-NA': { STEP_CONFIG: {} } } };
    const reg = es.find((e) => e.key === 'Registration')!;
    const out = fill({
      document,
      templateFile: 'template.json',
      relevant: [{ node: 'Registration', entry: reg, rule: 'exact' }],
      plan: {
        entries: es,
        resolved: [{ node: 'Registration', entry: reg, rule: 'exact' }],
        dagNodes: ['Registration'],
      },
      build: { entries: es, validate: createValidator('config.json'), configFile: 'config.json' },
      lenient: false,
    });
    expect(out.problems).toEqual([]);
    expect(serializeDocument(document)).toContain(`"load_testing_info_map": {
          "sample_payload_s3_bucket": "bkt",
          "expected_tps": 12345678901234567890,
          "max_latency_in_millisecond": 100,
          "max_acceptable_error_rate": 1e-05,
          "instance_type_list": [`);
  });
});
