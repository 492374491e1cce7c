/**
 * The rules of issue 10, each on a minimal input like the issue's, against the exact document (bytes) the
 * reference's code writes. Expected documents are written out by hand from reading TianpeiLuke/cursus 6a2e2022
 * (file and function cited with each); they are what `json.dumps(doc, indent=2)` prints.
 */
import { describe, it, expect } from 'vitest';
import { generate, serializeDocument } from '../../../src/core/index.js';
import type { Problem } from '../../../src/core/index.js';
import { MINIMAL_SHARED as SHARED } from '../../helpers/build.js';

/** The shared block, plus the base fields BasePipelineConfig requires (author, bucket, role, ...). */

interface Run {
  text?: string;
  problems: Problem[];
}

function run(
  specific: Record<string, Record<string, unknown>>,
  nodes: string[],
  steps: Record<string, unknown>,
  opts: { lenient?: boolean; shared?: Record<string, unknown> } = {},
): Run {
  const config_types = Object.fromEntries(
    Object.entries(specific).map(([k, v]) => [k, String(v['__model_type__'])]),
  );
  const { document, report } = generate({
    dag: { name: 'dag.json', text: JSON.stringify({ nodes, edges: [] }) },
    config: {
      name: 'config.json',
      text: JSON.stringify({
        configuration: { shared: opts.shared ?? SHARED, specific },
        metadata: { config_types },
      }),
    },
    template: { name: 'template.json', text: JSON.stringify({ PIPELINE_STEP_CONFIGS: steps }) },
    lenient: opts.lenient ?? false,
  });
  return { text: document ? serializeDocument(document) : undefined, problems: report.problems };
}

const both = (...args: Parameters<typeof run>): [Run, Run] => [
  run(args[0], args[1], args[2], { ...args[3], lenient: false }),
  run(args[0], args[1], args[2], { ...args[3], lenient: true }),
];
const codes = (r: Run): string[] => r.problems.map((p) => `${p.severity} ${p.code}`);

const DU = {
  __model_type__: 'DataUploadingConfig',
  provider_name: 'prov',
  table_name: 'tbl',
  cradle_account: 'acct',
};
const RS = {
  __model_type__: 'RedshiftDataLoadingConfig',
  cluster_id: 'c1',
  db_name: 'db',
  role_arn: 'arn',
  cluster_endpoint: 'host',
  query: 'select 1',
};
const REG = {
  __model_type__: 'RegistrationConfig',
  framework: 'xgboost',
  inference_entry_point: 'inference.py',
  model_domain: 'Dom',
  model_objective: 'Obj',
  model_owner: 'team',
};

describe('pydantic lax coercion before any helper reads a config (Errata 1)', () => {
  it('DataUploading: table_version "3" → 3, has_header "false" → false; strict accepts them too', () => {
    // DataUploadingConfig.job_config (config_data_uploading_step.py) of the validated object:
    // table_version: int, has_header: bool; pydantic-core str_as_int / str_as_bool.
    const [strict, lenient] = both(
      { DataUploading: { ...DU, table_version: '3', schema_sdl: 'sdl', has_header: 'false' } },
      ['DataUploading'],
      { DataUploading: { STEP_CONFIG: {} } },
    );
    const expected = `{
  "PIPELINE_STEP_CONFIGS": {
    "DataUploading": {
      "STEP_CONFIG": {
        "schema": "sdl",
        "inputFormat": "CSV",
        "cradleAccount": "acct",
        "hasHeader": false,
        "clusterType": "MEDIUM",
        "dataSink": {
          "dataSinkType": "ANDES",
          "andesDataSinkProperties": {
            "providerName": "prov",
            "tableName": "tbl",
            "tableVersion": 3
          }
        }
      }
    }
  }
}
`;
    expect(lenient.text).toBe(expected);
    expect(strict.text).toBe(expected);
    expect(strict.problems).toEqual([]);
  });

  it('Redshift: port "5440" → 5440, drop_header "true" → {"dropHeader": true}, is_using_andes3 "no" → false', () => {
    // RedshiftDataLoadingConfig.step_config_json (config_redshift_data_loading_step.py): `elif self.drop_header:
    // config["outputSpecification"] = {"dropHeader": True}`; STEP_TYPE added when missing
    // (generator.py _fill_redshift_configurations, helper.get_step_type()).
    const [strict, lenient] = both(
      { R: { ...RS, port: '5440', drop_header: 'true', is_using_andes3: 'no' } },
      ['R'],
      { R: { STEP_CONFIG: {} } },
    );
    const expected = `{
  "PIPELINE_STEP_CONFIGS": {
    "R": {
      "STEP_CONFIG": {
        "clusterSpecification": {
          "clusterId": "c1",
          "dbName": "db",
          "roleArn": "arn",
          "clusterEndpoint": "host",
          "port": 5440
        },
        "querySpecification": {
          "query": "select 1",
          "connectorType": "redshift_connector",
          "isUsingAndes3": false
        },
        "outputSpecification": {
          "dropHeader": true
        }
      },
      "STEP_TYPE": [
        "WORKFLOW_INPUT",
        "RedshiftDataLoadingStep"
      ]
    }
  }
}
`;
    expect(lenient.text).toBe(expected);
    expect(strict.text).toBe(expected);
    expect(strict.problems).toEqual([]);
  });

  it('Payload: expected_tps "25" → 25 and a float field given 0 prints 0.0 (Python float repr)', () => {
    // registration_helper.py _create_execution_doc_config: load_testing_info_map from the payload object;
    // PayloadConfig.max_acceptable_error_rate: float, so json.dumps writes 0.0.
    const [strict, lenient] = both(
      {
        Package: { __model_type__: 'PackageConfig' },
        Payload: {
          __model_type__: 'PayloadConfig',
          expected_tps: '25',
          max_latency_in_millisecond: 100,
          max_acceptable_error_rate: 0,
        },
        Registration: REG,
      },
      ['Registration'],
      {
        'Registration-NA': {
          STEP_TYPE: ['PROCESSING_STEP', 'MimsModelRegistrationProcessingStep'],
          STEP_CONFIG: {},
        },
      },
    );
    const expected = `{
  "PIPELINE_STEP_CONFIGS": {
    "Registration-NA": {
      "STEP_TYPE": [
        "PROCESSING_STEP",
        "MimsModelRegistrationProcessingStep"
      ],
      "STEP_CONFIG": {
        "source_model_inference_image_arn": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
        "model_domain": "Dom",
        "model_objective": "Obj",
        "source_model_inference_content_types": [
          "text/csv"
        ],
        "source_model_inference_response_types": [
          "application/json"
        ],
        "source_model_inference_input_variable_list": {},
        "source_model_inference_output_variable_list": {
          "legacy-score": "NUMERIC"
        },
        "source_model_region": "us-east-1",
        "model_owner": "team",
        "model_registration_region": "NA",
        "source_model_environment_variable_map": {
          "SAGEMAKER_CONTAINER_LOG_LEVEL": "20",
          "SAGEMAKER_PROGRAM": "inference.py",
          "SAGEMAKER_REGION": "us-east-1",
          "SAGEMAKER_SUBMIT_DIRECTORY": "/opt/ml/model/code"
        },
        "load_testing_info_map": {
          "sample_payload_s3_bucket": "bkt",
          "expected_tps": 25,
          "max_latency_in_millisecond": 100,
          "max_acceptable_error_rate": 0.0,
          "instance_type_list": [
            "ml.m5.4xlarge"
          ]
        }
      }
    }
  }
}
`;
    expect(lenient.text).toBe(expected);
    expect(strict.text).toBe(expected);
  });

  it('a config cursus cannot validate is read as saved: --lenient writes "5440"; strict says why and fails', () => {
    // type_aware_config_serializer.py _deserialize_model: model_validate fails (no project_root_folder) →
    // model_construct(**init_kwargs), no conversion.
    const { project_root_folder: _unused, ...shared } = SHARED;
    void _unused;
    const [strict, lenient] = both(
      { R: { ...RS, port: '5440' } },
      ['R'],
      { R: { STEP_CONFIG: {} } },
      { shared },
    );
    expect(lenient.text).toContain('"port": "5440"');
    expect(codes(lenient)).toEqual(['warning config/unvalidated']);
    expect(strict.text).toBeUndefined();
    expect(strict.problems[0]!.message).toMatch(
      /cursus cannot validate config "R" .*project_root_folder: Field required.*clusterSpecification\.port = "5440" where the validated config gives 5440/,
    );
  });
});

describe("missing fields take the helpers' fallbacks (Errata 2)", () => {
  it('DataUploading without schema_sdl and table_version: "" and 1, and the rest as saved (has_header stays "false")', () => {
    // data_uploading_helper.py extract_step_config: hasattr(config, "job_config") is False on the unvalidated
    // object, so _build_config_dict: getattr(config, "schema_sdl", ""), getattr(config, "table_version", 1).
    const [strict, lenient] = both({ DataUploading: { ...DU, has_header: 'false' } }, ['DataUploading'], {
      DataUploading: { STEP_CONFIG: {} },
    });
    expect(lenient.text).toBe(`{
  "PIPELINE_STEP_CONFIGS": {
    "DataUploading": {
      "STEP_CONFIG": {
        "schema": "",
        "inputFormat": "CSV",
        "cradleAccount": "acct",
        "hasHeader": "false",
        "clusterType": "MEDIUM",
        "dataSink": {
          "dataSinkType": "ANDES",
          "andesDataSinkProperties": {
            "providerName": "prov",
            "tableName": "tbl",
            "tableVersion": 1
          }
        }
      }
    }
  }
}
`);
    expect(strict.text).toBeUndefined();
    expect(strict.problems.map((p) => p.message)).toEqual([
      'config "DataUploading" (DataUploadingConfig): missing required field "table_version"',
      'config "DataUploading" (DataUploadingConfig): missing required field "schema_sdl"',
    ]);
  });

  it('Redshift without query and cluster_endpoint: ""', () => {
    // redshift_data_loading_helper.py _build_config_dict: getattr(config, "cluster_endpoint", ""), ("query", "").
    const { query: _q, cluster_endpoint: _e, ...rs } = RS;
    void _q;
    void _e;
    const lenient = run(
      { R: rs },
      ['R'],
      { R: { STEP_TYPE: ['WORKFLOW_INPUT', 'RedshiftDataLoadingStep'] } },
      {
        lenient: true,
      },
    );
    expect(lenient.text).toBe(`{
  "PIPELINE_STEP_CONFIGS": {
    "R": {
      "STEP_TYPE": [
        "WORKFLOW_INPUT",
        "RedshiftDataLoadingStep"
      ],
      "STEP_CONFIG": {
        "clusterSpecification": {
          "clusterId": "c1",
          "dbName": "db",
          "roleArn": "arn",
          "clusterEndpoint": "",
          "port": 5439
        },
        "querySpecification": {
          "query": "",
          "connectorType": "redshift_connector",
          "isUsingAndes3": true
        },
        "outputSpecification": {}
      }
    }
  }
}
`);
  });

  it('no inference_entry_point: no source_model_environment_variable_map; strict names the field', () => {
    // registration_helper.py: `if hasattr(registration_cfg, "inference_entry_point"):` adds the map.
    const { inference_entry_point: _i, ...reg } = REG;
    void _i;
    const [strict, lenient] = both({ Registration: reg }, ['Registration'], { 'Registration-NA': {} });
    expect(lenient.text).toBe(`{
  "PIPELINE_STEP_CONFIGS": {
    "Registration-NA": {
      "STEP_CONFIG": {
        "source_model_inference_image_arn": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
        "model_domain": "Dom",
        "model_objective": "Obj",
        "source_model_inference_content_types": [
          "text/csv"
        ],
        "source_model_inference_response_types": [
          "application/json"
        ],
        "source_model_inference_input_variable_list": {},
        "source_model_inference_output_variable_list": {
          "legacy-score": "NUMERIC"
        },
        "source_model_region": "us-east-1",
        "model_owner": "team",
        "model_registration_region": "NA"
      },
      "STEP_TYPE": [
        "PROCESSING_STEP",
        "ModelRegistration"
      ]
    }
  }
}
`);
    expect(strict.problems.map((p) => p.message)).toEqual([
      'config "Registration" (RegistrationConfig): missing required field "inference_entry_point"',
    ]);
  });
});

describe("the resolver's real rules (Errata 4)", () => {
  it('node RedshiftDataLoading takes the only key RedshiftDataLoading_orders and fills RedshiftDataLoading-Orders', () => {
    // config_resolver.py _direct_name_matching, base-step-name match; redshift_data_loading_helper.py
    // get_execution_step_name: f"{base_name}-{job_type.capitalize()}".
    const [strict, lenient] = both(
      { RedshiftDataLoading_orders: { ...RS, job_type: 'orders' } },
      ['RedshiftDataLoading'],
      {
        'RedshiftDataLoading-Orders': {
          STEP_TYPE: ['WORKFLOW_INPUT', 'RedshiftDataLoadingStep'],
          STEP_CONFIG: {},
        },
      },
    );
    expect(lenient.text).toBe(strict.text);
    expect(strict.text).toContain('"query": "select 1"');
    expect(strict.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'resolve/fuzzy',
        message: expect.stringMatching(/"RedshiftDataLoading_orders" .*base-name rule/) as unknown,
      }),
    ]);
  });

  it('node DataUploading takes the only key DataUploading_training and fills DataUploading-Training', () => {
    const r = run(
      { DataUploading_training: { ...DU, job_type: 'training', table_version: 1, schema_sdl: 's' } },
      ['DataUploading'],
      { 'DataUploading-Training': { STEP_CONFIG: {} }, DataUploading: { STEP_CONFIG: {} } },
    );
    expect(r.text).toContain('"DataUploading-Training": {\n      "STEP_CONFIG": {\n        "schema": "s"');
    expect(r.text).toContain('"DataUploading": {\n      "STEP_CONFIG": {}\n    }');
  });
});

describe('relevance by config class, not node name (Errata 5)', () => {
  it('a PayloadConfig node named PayloadForRegistration fills nothing', () => {
    // generator.py _is_execution_doc_relevant asks every helper can_handle_step("", config).
    const [strict, lenient] = both(
      {
        PayloadForRegistration: {
          __model_type__: 'PayloadConfig',
          expected_tps: 2,
          max_latency_in_millisecond: 100,
        },
      },
      ['PayloadForRegistration'],
      { 'PayloadForRegistration-NA': { STEP_CONFIG: { keep: 1 } } },
    );
    const expected = `{
  "PIPELINE_STEP_CONFIGS": {
    "PayloadForRegistration-NA": {
      "STEP_CONFIG": {
        "keep": 1
      }
    }
  }
}
`;
    expect(strict.text).toBe(expected);
    expect(lenient.text).toBe(expected);
  });
});

describe('multi-region registration with the plain template (Errata 8)', () => {
  const regional = {
    Registration_EU: { ...REG, region: 'EU', model_objective: 'ObjEU' },
    Registration_NA: { ...REG, model_objective: 'ObjNA' },
  };
  const template = { 'Registration-NA': { STEP_CONFIG: {} }, 'Registration-EU': { STEP_CONFIG: {} } };

  it('fills Registration-NA and Registration-EU, each from its own config, in both modes', () => {
    const [strict, lenient] = both(regional, ['Registration_NA', 'Registration_EU'], template);
    expect(strict.problems).toEqual([]);
    expect(lenient.text).toBe(strict.text);
    const doc = JSON.parse(strict.text!) as {
      PIPELINE_STEP_CONFIGS: Record<string, { STEP_CONFIG: Record<string, unknown> }>;
    };
    const na = doc.PIPELINE_STEP_CONFIGS['Registration-NA']!.STEP_CONFIG;
    const eu = doc.PIPELINE_STEP_CONFIGS['Registration-EU']!.STEP_CONFIG;
    // The reference fills Registration-NA ("Registration" + "-" + region of the LAST registration config, NA).
    expect([na['model_objective'], na['model_registration_region'], na['source_model_region']]).toEqual([
      'ObjNA',
      'NA',
      'us-east-1',
    ]);
    expect([eu['model_objective'], eu['model_registration_region'], eu['source_model_region']]).toEqual([
      'ObjEU',
      'EU',
      'eu-west-1',
    ]);
    expect(eu['source_model_inference_image_arn']).toBe(
      '141502667606.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-xgboost:1.7-1',
    );
  });

  it("--lenient keeps the reference's payload on the reference's step; strict fills the node's own", () => {
    const two = { RegA: { ...REG, model_objective: 'A' }, RegB: { ...REG, model_objective: 'B' } };
    const [strict, lenient] = both(two, ['RegA', 'RegB'], { 'Registration-NA': { STEP_CONFIG: {} } });
    // The reference: the last registration config (RegB) into Registration-NA.
    expect(lenient.text).toContain('"model_objective": "B"');
    expect(lenient.text).not.toContain('"model_objective": "A"');
    expect(codes(lenient)).toEqual(['warning registration/step-taken']);
    expect(lenient.problems[0]!.message).toBe(
      'registration node "RegA" (config "RegA") has no template step of its own: "Registration-NA" is filled from config "RegB"; add a step "RegA-NA" to the template',
    );
    // Strict: RegA's own config into Registration-NA, and RegB left without a step.
    expect(strict.text).toBeUndefined();
    expect(codes(strict)).toEqual(['error registration/step-taken', 'warning registration/not-reference']);
  });
});

describe('config classes cursus does not ship (Errata 6; issue 11)', () => {
  it('an unknown class refuses the file in both modes, naming the classes that exist', () => {
    for (const lenient of [false, true]) {
      const r = run({ Custom: { __model_type__: 'CustomScoringConfig' } }, ['Custom'], {}, { lenient });
      expect(r.text).toBeUndefined();
      const err = r.problems.find((p) => p.code === 'config/unknown-class')!;
      expect(err).toMatchObject({
        severity: 'error',
        file: 'config.json',
        jsonPath: '/metadata/config_types/Custom',
      });
      expect(err.message).toContain('"CustomScoringConfig", which cursus does not ship');
      expect(err.message).toContain('CradleDataLoadingConfig, CurrencyConversionConfig, DataUploadingConfig');
    }
  });

  it('a misspelled Cradle class is refused with the class it resembles', () => {
    const r = run({ C: { __model_type__: 'CradelDataLoadingConfig' } }, ['C'], {
      'C-Training': { STEP_CONFIG: 'x' },
    });
    expect(r.problems[0]!.message).toContain('Did you mean "CradleDataLoadingConfig"?');
  });

  it('a shipped class that looks like a family but is not one: a warning, an error in strict mode', () => {
    const cfg = { J: { __model_type__: 'CradleJobSpecificationConfig', cradle_account: 'x' } };
    const [strict, lenient] = both(cfg, ['J'], { J: { STEP_CONFIG: { note: 'placeholder' } } });
    expect(codes(lenient)).toEqual(['warning config/lookalike-class']);
    // The step is left as the template has it.
    expect(lenient.text).toContain('"note": "placeholder"');
    expect(codes(strict)).toEqual(['error config/lookalike-class']);
    expect(strict.problems[0]!.message).toContain(
      'looks like Cradle data loading but is not CradleDataLoadingConfig',
    );
  });
});

describe("job_type capitalisation is Python's str.capitalize() (Errata 7)", () => {
  it.each([
    ['ǆob', 'DataUploading-\\u01c5ob'],
    ['ßcore', 'DataUploading-Sscore'],
    ['mO_ORDERS', 'DataUploading-Mo_orders'],
  ])('job_type %s → step %s', (jobType, step) => {
    // The node's `_<job_type lower-cased>` suffix is stripped (cradle_helper.py get_execution_step_name).
    const key = `DataUploading_${jobType.toLowerCase()}`;
    const r = run({ [key]: { ...DU, job_type: jobType, table_version: 1, schema_sdl: 's' } }, [key], {
      [JSON.parse(`"${step}"`) as string]: { STEP_CONFIG: {} },
    });
    expect(r.problems).toEqual([]);
    expect(r.text).toContain(`"${step}": {\n      "STEP_CONFIG": {\n        "schema": "s"`);
  });
});

describe('fields that give malformed URIs (issue 11)', () => {
  it('bucket "" gives s3:///…: an error in strict mode, a warning with --lenient (which writes it)', () => {
    const cradle = {
      __model_type__: 'CradleDataLoadingConfig',
      job_type: 'training',
      data_sources_spec: {
        __model_type__: 'DataSourcesSpecificationConfig',
        start_date: '2025-01-01T00:00:00',
        end_date: '2025-02-01T00:00:00',
        data_sources: [],
      },
      transform_spec: { __model_type__: 'TransformSpecificationConfig', transform_sql: 'x' },
      output_spec: { __model_type__: 'OutputSpecificationConfig', output_schema: ['a'] },
      cradle_job_spec: { __model_type__: 'CradleJobSpecificationConfig', cradle_account: 'acc' },
    };
    const [strict, lenient] = both(
      { CradleDataLoading_training: cradle },
      ['CradleDataLoading_training'],
      { 'CradleDataLoading-Training': { STEP_CONFIG: {} } },
      { shared: { ...SHARED, bucket: '' } },
    );
    expect(strict.text).toBeUndefined();
    expect(strict.problems[0]).toMatchObject({
      severity: 'error',
      code: 'config/bad-uri',
      jsonPath: '/configuration/shared/bucket',
      message: expect.stringContaining(
        '"s3:///MODS/a-svc-xgboost-NA_1/data-load/training": its bucket "" is empty',
      ) as unknown,
    });
    expect(codes(lenient)).toEqual(['warning config/bad-uri']);
    expect(lenient.text).toContain('"outputPath": "s3:///MODS/a-svc-xgboost-NA_1/data-load/training"');
  });

  it('the load-testing bucket of the registration payload is checked the same way', () => {
    const r = run(
      {
        Package: { __model_type__: 'PackageConfig' },
        Payload: { __model_type__: 'PayloadConfig', expected_tps: 1, max_latency_in_millisecond: 100 },
        Registration: REG,
      },
      ['Registration'],
      { 'Registration-NA': {} },
      { shared: { ...SHARED, bucket: 'my bucket' } },
    );
    expect(r.problems.map((p) => [p.code, p.message])).toEqual([
      [
        'config/bad-uri',
        'the load-testing sample bucket of config "Registration" is "my bucket", which has characters an S3 bucket name cannot have: set "bucket" to an S3 bucket name',
      ],
    ]);
  });
});
