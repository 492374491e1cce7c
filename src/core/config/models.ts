/**
 * The pydantic models of the config classes the generator reads, field for field (types, defaults, bounds and
 * validators), from TianpeiLuke/cursus 6a2e2022: `core/base/config_base.py` (BasePipelineConfig),
 * `steps/configs/config_processing_step_base.py`, `config_registration_step.py`, `config_payload_step.py`,
 * `config_package_step.py`, `config_data_uploading_step.py`, `config_redshift_data_loading_step.py` and
 * `config_cradle_data_loading_step.py`. Every field counts, read or not: one invalid field anywhere makes cursus
 * load the whole config unvalidated (model.ts).
 */
import { getOwn, keysOf, setOwn, type JsonObject } from '../json.js';
import {
  Invalid,
  instantiate,
  registerModels,
  type FieldSpec,
  type FieldType,
  type ModelSpec,
} from './model.js';
import { pipelineS3Loc } from './derived.js';
import { pyTruthy } from './lax.js';

const str: FieldType = { t: 'str' };
const int: FieldType = { t: 'int' };
const float: FieldType = { t: 'float' };
const bool: FieldType = { t: 'bool' };
const any: FieldType = { t: 'any' };
const opt = (of: FieldType): FieldType => ({ t: 'optional', of });
const list = (of: FieldType): FieldType => ({ t: 'list', of });
const dict = (of: FieldType): FieldType => ({ t: 'dict', of });
const model = (cls: string): FieldType => ({ t: 'model', cls });

const required = (type: FieldType, extra: Omit<FieldSpec, 'type'> = {}): FieldSpec => ({ type, ...extra });
/** A field with a default; object and list defaults are fresh for every config, as pydantic copies them. */
const dflt = (
  type: FieldType,
  value: unknown,
  extra: Omit<FieldSpec, 'type' | 'default'> = {},
): FieldSpec => ({
  type,
  default: value !== null && typeof value === 'object' ? () => cloneDefault(value) : () => value,
  ...extra,
});

/** A fresh copy of a JSON default (lists and dicts of scalars). */
function cloneDefault(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(cloneDefault);
  if (v !== null && typeof v === 'object') {
    const out: JsonObject = {};
    for (const k of keysOf(v)) setOwn(out, k, cloneDefault((v as JsonObject)[k]));
    return out;
  }
  return v;
}

const oneOfUpper =
  (allowed: readonly string[], what: string) =>
  (v: unknown): string => {
    const up = (v as string).toUpperCase();
    if (!allowed.includes(up))
      throw new Invalid(`${what} must be one of ${allowed.join(', ')} (any case), got '${String(v)}'`);
    return up;
  };

/** Cradle `job_type`: `v.replace("_", "").isalnum() and v == v.lower()`, with Python's Unicode classes. */
export function isLowerAlnumJobType(s: string): boolean {
  return /^[\p{L}\p{N}]+$/u.test(s.replace(/_/g, '')) && s === s.toLowerCase();
}

function lowerAlnumJobType(v: unknown): unknown {
  const s = v as string;
  if (!isLowerAlnumJobType(s))
    throw new Invalid(`job_type must be lowercase alphanumeric (with underscores), got '${s}'`);
  return s;
}

/** Python's `datetime.strptime(v, "%Y-%m-%dT%H:%M:%S").strftime(...) == v`. */
export function isExactDateTime(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, se] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  // strftime writes a year below 1000 with fewer digits, so such a date never round-trips.
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || se > 59) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

const exactDateTime = (v: unknown): unknown => {
  if (!isExactDateTime(v as string))
    throw new Invalid(`must be exactly YYYY-mm-DDTHH:MM:SS (e.g. '2025-01-01T00:00:00'), got '${String(v)}'`);
  return v;
};

const BASE: ModelSpec = {
  name: 'BasePipelineConfig',
  fields: {
    author: required(str),
    bucket: required(str),
    role: required(str),
    region: required(str, {
      check: (v) => {
        if (!['NA', 'EU', 'FE'].includes(v as string))
          throw new Invalid(`Invalid custom region code: ${String(v)}. Must be one of NA, EU, FE`);
        return v;
      },
    }),
    service_name: required(str),
    pipeline_version: required(str),
    model_class: dflt(str, 'xgboost'),
    // A date from the clock in cursus; no output uses it.
    current_date: dflt(str, ''),
    framework_version: dflt(str, '2.1.0'),
    py_version: dflt(str, 'py310'),
    image_uri: dflt(opt(str), null),
    subnets: dflt(opt(list(str)), null),
    security_group_ids: dflt(opt(list(str)), null),
    enable_network_isolation: dflt(opt(bool), null),
    source_dir: dflt(opt(str), null),
    enable_caching: dflt(bool, false),
    use_secure_pypi: dflt(bool, false),
    max_runtime_seconds: dflt(int, 172800, { ge: 60, le: 432000 }),
    project_root_folder: required(str),
  },
};

/** ProcessingStepConfigBase.effective_source_dir, as far as its truthiness goes (no file system here). */
function effectiveSourceDir(o: JsonObject): unknown {
  const p = getOwn(o, 'processing_source_dir');
  return p !== null && p !== undefined ? p : getOwn(o, 'source_dir');
}

const PROCESSING: ModelSpec = {
  name: 'ProcessingStepConfigBase',
  base: 'BasePipelineConfig',
  fields: {
    processing_instance_count: dflt(int, 1, { ge: 1, le: 10 }),
    processing_volume_size: dflt(int, 500, { ge: 10, le: 1000 }),
    processing_instance_type_large: dflt(str, 'ml.m5.4xlarge'),
    processing_instance_type_small: dflt(str, 'ml.m5.2xlarge'),
    use_large_processing_instance: dflt(bool, false),
    skip_volume_kms: dflt(opt(bool), null),
    processing_source_dir: dflt(opt(str), null, {
      check: (v) => {
        if (
          typeof v === 'string' &&
          v.startsWith('s3://') &&
          v.replace(/s3:\/\//g, '').replace(/^\/+|\/+$/g, '') === ''
        )
          throw new Invalid(`Invalid S3 path format: ${v}`);
        return v;
      },
    }),
    processing_entry_point: dflt(opt(str), null, { check: relativeEntryPoint }),
    processing_script_arguments: dflt(opt(list(str)), null),
    processing_framework_version: dflt(str, '1.2-1'),
  },
  after: [
    (o) => {
      const entry = getOwn(o, 'processing_entry_point');
      if (entry === null || entry === undefined) return;
      if (!pyTruthy(effectiveSourceDir(o)) && !(entry as string).startsWith('s3://'))
        throw new Invalid(
          'Either processing_source_dir or source_dir must be defined to locate local processing_entry_point.',
        );
    },
  ],
};

function relativeEntryPoint(v: unknown): unknown {
  if (v === null) return v;
  const s = v as string;
  if (s === '') throw new Invalid('processing_entry_point if provided cannot be empty.');
  if (s.startsWith('/') || s.startsWith('s3://'))
    throw new Invalid(`processing_entry_point ('${s}') must be a relative path within source directory.`);
  return s;
}

const VARIABLE_TYPES = ['NUMERIC', 'TEXT'] as const;
const CONTENT_TYPES = ['text/csv', 'application/json'];

function contentTypes(v: unknown): unknown {
  const l = v as string[];
  if (!(l.length === 1 && CONTENT_TYPES.includes(l[0]!)))
    throw new Invalid(`Content/Response types must be one of [['text/csv'], ['application/json']]`);
  return v;
}

const REGISTRATION: ModelSpec = {
  name: 'RegistrationConfig',
  base: 'BasePipelineConfig',
  fields: {
    model_owner: required(str),
    model_domain: required(str),
    model_objective: required(str),
    framework: required(str, {
      check: (v) => {
        const lower = (v as string).toLowerCase();
        if (!['xgboost', 'sklearn', 'pytorch', 'tensorflow'].includes(lower))
          throw new Invalid("Framework must be one of ['xgboost', 'sklearn', 'pytorch', 'tensorflow']");
        return lower;
      },
    }),
    inference_entry_point: required(str),
    // Union[Dict[str, Union[VariableType, str]], List[List[str]]] and validate_input_variable_list.
    source_model_inference_input_variable_list: dflt(
      { t: 'union', of: [dict(str), list(list(str))] },
      {},
      {
        check: (v) => {
          if (Array.isArray(v)) {
            for (const item of v as string[][]) {
              if (item.length !== 2)
                throw new Invalid('Each item must be a list of [variable_name, variable_type]');
              if (!(VARIABLE_TYPES as readonly string[]).includes(item[1]!.toUpperCase()))
                throw new Invalid(`Type must be 'NUMERIC' or 'TEXT', got: ${item[1]!}`);
            }
            return v;
          }
          const out: JsonObject = {};
          for (const k of keysOf(v as object)) {
            const t = (v as Record<string, string>)[k]!;
            const up = t.toUpperCase();
            if (!(VARIABLE_TYPES as readonly string[]).includes(up))
              throw new Invalid(`Value must be 'NUMERIC' or 'TEXT', got: ${t}`);
            setOwn(out, k, up);
          }
          return out;
        },
      },
    ),
    inference_instance_type: dflt(str, 'ml.m5.large', {
      check: (v) => {
        if (!(v as string).startsWith('ml.'))
          throw new Invalid(`Invalid inference instance type: ${String(v)}. Must start with 'ml.'`);
        return v;
      },
    }),
    source_model_inference_content_types: dflt(list(str), ['text/csv'], { check: contentTypes }),
    source_model_inference_response_types: dflt(list(str), ['application/json'], { check: contentTypes }),
    source_model_inference_output_variable_list: dflt(dict({ t: 'upper-enum', values: VARIABLE_TYPES }), {
      'legacy-score': 'NUMERIC',
    }),
  },
  after: [
    (o) => {
      const entry = getOwn(o, 'inference_entry_point');
      if (
        typeof entry === 'string' &&
        entry !== '' &&
        !entry.startsWith('s3://') &&
        !pyTruthy(getOwn(o, 'source_dir'))
      )
        throw new Invalid('source_dir must be provided when inference_entry_point is a relative path');
    },
  ],
};

const PAYLOAD: ModelSpec = {
  name: 'PayloadConfig',
  base: 'ProcessingStepConfigBase',
  fields: {
    expected_tps: required(int, { ge: 1 }),
    max_latency_in_millisecond: required(int, { ge: 100, le: 10000 }),
    processing_entry_point: dflt(str, 'payload.py', { check: relativeEntryPoint }),
    source_model_inference_content_types: dflt(list(str), ['text/csv']),
    source_model_inference_response_types: dflt(list(str), ['application/json']),
    default_numeric_value: dflt(float, 0),
    default_text_value: dflt(str, 'DEFAULT_TEXT'),
    field_defaults: dflt(opt(dict(str)), null),
    custom_payload_path: dflt(opt(str), null),
    max_acceptable_error_rate: dflt(float, 0.2, { ge: 0, le: 1 }),
    load_test_instance_type_list: dflt(list(str), ['ml.m5.4xlarge'], {
      check: (v) => {
        const l = v as string[];
        if (l.length === 0) throw new Invalid('load_test_instance_type_list cannot be empty');
        for (const t of l)
          if (!t.startsWith('ml.')) throw new Invalid(`Instance type '${t}' must start with 'ml.'`);
        return v;
      },
    }),
  },
};

const PACKAGE: ModelSpec = {
  name: 'PackageConfig',
  base: 'ProcessingStepConfigBase',
  fields: {
    processing_entry_point: dflt(str, 'package.py', { check: relativeEntryPoint }),
    inference_scripts_dir: dflt(opt(str), null),
  },
  after: [
    (o) => {
      if (!pyTruthy(getOwn(o, 'processing_entry_point')))
        throw new Invalid('packaging step requires a processing_entry_point');
    },
  ],
};

const DATA_UPLOADING: ModelSpec = {
  name: 'DataUploadingConfig',
  base: 'BasePipelineConfig',
  fields: {
    provider_name: required(str),
    table_name: required(str),
    table_version: required(int),
    cradle_account: required(str),
    schema_sdl: required(str),
    job_type: dflt(opt(str), null),
    input_s3_location: dflt(opt(str), null),
    input_format: dflt(str, 'CSV'),
    has_header: dflt(bool, true),
    cluster_type: dflt(str, 'MEDIUM'),
    instance_type: dflt(str, 'ml.m5.xlarge'),
    instance_count: dflt(int, 1, { ge: 1 }),
    volume_size_in_gb: dflt(int, 30, { ge: 1 }),
  },
  after: [
    (o) => {
      // Checked case-insensitively, kept as written.
      oneOfUpper(['SMALL', 'MEDIUM', 'LARGE'], 'cluster_type')(getOwn(o, 'cluster_type'));
    },
  ],
};

const REDSHIFT: ModelSpec = {
  name: 'RedshiftDataLoadingConfig',
  base: 'BasePipelineConfig',
  fields: {
    cluster_id: required(str),
    db_name: required(str),
    role_arn: required(str),
    cluster_endpoint: required(str),
    query: required(str),
    connector_type: dflt(str, 'redshift_connector'),
    port: dflt(int, 5439),
    is_using_andes3: dflt(bool, true),
    output_data_source_type: dflt(str, 'S3'),
    edx_arn: dflt(opt(str), null),
    drop_header: dflt(bool, false),
    job_type: dflt(opt(str), null),
    max_runtime_in_seconds: dflt(int, 43200),
  },
  after: [
    (o) => {
      if (getOwn(o, 'output_data_source_type') === 'EDX' && !pyTruthy(getOwn(o, 'edx_arn')))
        throw new Invalid("edx_arn is required when output_data_source_type='EDX'");
      const c = getOwn(o, 'connector_type');
      if (c !== 'pg8000' && c !== 'redshift_connector')
        throw new Invalid(`connector_type must be 'pg8000' or 'redshift_connector', got '${String(c)}'`);
    },
  ],
};

const MDS: ModelSpec = {
  name: 'MdsDataSourceConfig',
  fields: {
    service_name: required(str),
    region: required(str, {
      check: (v) => {
        if (!['NA', 'EU', 'FE'].includes(v as string))
          throw new Invalid(`region must be one of NA, EU, FE, got '${String(v)}'`);
        return v;
      },
    }),
    output_schema: required(list(dict(any))),
    org_id: dflt(int, 0),
    use_hourly_edx_data_set: dflt(bool, false),
  },
};

const EDX: ModelSpec = {
  name: 'EdxDataSourceConfig',
  fields: {
    schema_overrides: dflt(opt(list(dict(any))), null),
    edx_arn: dflt(opt(str), null, {
      check: (v) => {
        if (typeof v === 'string' && !v.startsWith('arn:amazon:edx:'))
          throw new Invalid(`edx_arn must start with 'arn:amazon:edx:', got '${v}'`);
        return v;
      },
    }),
    edx_provider: dflt(opt(str), null),
    edx_subject: dflt(opt(str), null),
    edx_dataset: dflt(opt(str), null),
    edx_manifest_key: dflt(opt(str), null, {
      check: (v) => {
        if (typeof v === 'string' && !(v.startsWith('[') && v.endsWith(']')))
          throw new Invalid(`edx_manifest_key must be in format '["xxx",...]', got '${v}'`);
        return v;
      },
    }),
  },
  after: [
    (o) => {
      const components = ['edx_provider', 'edx_subject', 'edx_dataset', 'edx_manifest_key'].map((k) =>
        getOwn(o, k),
      );
      const hasArn = getOwn(o, 'edx_arn') !== null;
      if (hasArn && components.some((c) => c !== null))
        throw new Invalid(
          'Cannot provide both edx_arn and component fields (edx_provider, edx_subject, edx_dataset, edx_manifest_key).',
        );
      if (!hasArn && !components.every((c) => c !== null))
        throw new Invalid('When edx_arn is not provided, all component fields are required.');
    },
  ],
};

const ANDES: ModelSpec = {
  name: 'AndesDataSourceConfig',
  stripWhitespace: true,
  fields: {
    provider: required(str, {
      check: (v) => {
        const s = v as string;
        if (
          s !== 'booker' &&
          !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(s.toLowerCase())
        )
          throw new Invalid("provider must be either 'booker' or a valid 32-digit UUID (8-4-4-4-12 format).");
        return s;
      },
    }),
    table_name: required(str, {
      check: (v) => {
        if ((v as string).trim() === '') throw new Invalid('table_name cannot be empty');
        return v;
      },
    }),
    andes3_enabled: dflt(bool, true),
  },
};

const DATA_SOURCE: ModelSpec = {
  name: 'DataSourceConfig',
  fields: {
    data_source_name: required(str),
    data_source_type: required(str, { check: oneOfUpper(['MDS', 'EDX', 'ANDES'], 'data_source_type') }),
    mds_data_source_properties: dflt(opt(model('MdsDataSourceConfig')), null),
    edx_data_source_properties: dflt(opt(model('EdxDataSourceConfig')), null),
    andes_data_source_properties: dflt(opt(model('AndesDataSourceConfig')), null),
  },
  after: [
    (o) => {
      const t = getOwn(o, 'data_source_type');
      const props = ['mds', 'edx', 'andes'].map((p) => getOwn(o, `${p}_data_source_properties`));
      if (t === 'MDS' && props[0] === null)
        throw new Invalid("mds_data_source_properties must be set when data_source_type=='MDS'");
      if (t === 'EDX' && props[1] === null)
        throw new Invalid("edx_data_source_properties must be set when data_source_type=='EDX'");
      if (t === 'ANDES' && props[2] === null)
        throw new Invalid("andes_data_source_properties must be set when data_source_type=='ANDES'");
      if (props.filter((p) => p !== null).length > 1)
        throw new Invalid(
          'Only one of mds_data_source_properties, edx_data_source_properties, or andes_data_source_properties should be provided',
        );
    },
  ],
};

const DATA_SOURCES_SPEC: ModelSpec = {
  name: 'DataSourcesSpecificationConfig',
  fields: {
    start_date: required(str, { check: exactDateTime }),
    end_date: required(str, { check: exactDateTime }),
    data_sources: required(list(model('DataSourceConfig'))),
  },
};

const JOB_SPLIT: ModelSpec = {
  name: 'JobSplitOptionsConfig',
  fields: {
    merge_sql: dflt(opt(str), null),
    split_job: dflt(bool, false),
    days_per_split: dflt(int, 7, {
      check: (v) => {
        if ((v as number) < 1) throw new Invalid('days_per_split must be ≥ 1');
        return v;
      },
    }),
  },
  after: [
    (o) => {
      if (getOwn(o, 'split_job') === true && !pyTruthy(getOwn(o, 'merge_sql')))
        throw new Invalid('If split_job=True, merge_sql must be provided');
    },
  ],
};

const TRANSFORM: ModelSpec = {
  name: 'TransformSpecificationConfig',
  fields: {
    transform_sql: required(str),
    // default_factory=JobSplitOptionsConfig: an object of that class with its defaults.
    job_split_options: {
      type: model('JobSplitOptionsConfig'),
      default: () => instantiate('JobSplitOptionsConfig', {}, 'reference'),
    },
  },
};

const OUTPUT_SPEC: ModelSpec = {
  name: 'OutputSpecificationConfig',
  fields: {
    output_schema: required(list(str)),
    job_type: dflt(str, 'training', { check: lowerAlnumJobType }),
    pipeline_s3_loc: dflt(opt(str), null),
    output_format: dflt(str, 'PARQUET', {
      check: oneOfUpper(['CSV', 'UNESCAPED_TSV', 'JSON', 'ION', 'PARQUET'], 'output_format'),
    }),
    output_save_mode: dflt(str, 'ERRORIFEXISTS', {
      check: oneOfUpper(['ERRORIFEXISTS', 'OVERWRITE', 'APPEND', 'IGNORE'], 'output_save_mode'),
    }),
    output_file_count: dflt(int, 0, { ge: 0 }),
    keep_dot_in_output_schema: dflt(bool, false),
    include_header_in_s3_output: dflt(bool, true),
  },
};

const CRADLE_JOB_SPEC: ModelSpec = {
  name: 'CradleJobSpecificationConfig',
  fields: {
    cradle_account: required(str),
    cluster_type: dflt(str, 'STANDARD', {
      check: oneOfUpper(['STANDARD', 'SMALL', 'MEDIUM', 'LARGE'], 'cluster_type'),
    }),
    extra_spark_job_arguments: dflt(opt(str), ''),
    job_retry_count: dflt(int, 1, { ge: 0 }),
  },
};

const CRADLE: ModelSpec = {
  name: 'CradleDataLoadingConfig',
  base: 'BasePipelineConfig',
  fields: {
    job_type: required(str, { check: lowerAlnumJobType }),
    data_sources_spec: required(model('DataSourcesSpecificationConfig')),
    transform_spec: required(model('TransformSpecificationConfig')),
    output_spec: required(model('OutputSpecificationConfig')),
    cradle_job_spec: required(model('CradleJobSpecificationConfig')),
    s3_input_override: dflt(opt(str), null),
  },
  after: [
    // initialize_derived_fields: the output spec takes the config's job_type and pipeline_s3_loc.
    (o) => {
      const out = getOwn(o, 'output_spec');
      if (out === null || typeof out !== 'object' || Array.isArray(out)) return;
      setOwn(out as JsonObject, 'job_type', getOwn(o, 'job_type'));
      setOwn(out as JsonObject, 'pipeline_s3_loc', pipelineS3Loc(o));
    },
  ],
};

registerModels([
  BASE,
  PROCESSING,
  REGISTRATION,
  PAYLOAD,
  PACKAGE,
  DATA_UPLOADING,
  REDSHIFT,
  MDS,
  EDX,
  ANDES,
  DATA_SOURCE,
  DATA_SOURCES_SPEC,
  JOB_SPLIT,
  TRANSFORM,
  OUTPUT_SPEC,
  CRADLE_JOB_SPEC,
  CRADLE,
]);
