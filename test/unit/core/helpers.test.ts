import { describe, it, expect } from 'vitest';
import { generate } from '../../../src/core/index.js';
import { nodeOutcomes } from '../../../src/core/graph/index.js';
import {
  PACKAGE,
  PAYLOAD,
  configFile,
  cradleConfig,
  dagFile,
  registrationConfig,
  templateFile,
} from '../../helpers/build.js';

type Doc = {
  PIPELINE_STEP_CONFIGS: Record<string, { STEP_CONFIG?: Record<string, unknown>; STEP_TYPE?: unknown }>;
};
const stepConfig = (doc: unknown, step: string): Record<string, unknown> =>
  (doc as Doc).PIPELINE_STEP_CONFIGS[step]!.STEP_CONFIG!;

describe('Cradle helper (FORMAT §b.3)', () => {
  it('fills defaults and derives the output path from the base fields', () => {
    const { document, report } = generate({
      dag: dagFile(['CradleDataLoading_training']),
      config: configFile({ CradleDataLoading_training: cradleConfig('training') }),
    });
    expect(report.problems).toEqual([]);
    expect(JSON.stringify(stepConfig(document, 'CradleDataLoading-Training'))).toBe(
      JSON.stringify({
        dataSources: {
          dataSources: [
            {
              dataSourceName: 'RAW_MDS',
              dataSourceType: 'MDS',
              mdsDataSourceProperties: {
                serviceName: 'Svc',
                orgId: '0',
                region: 'NA',
                useHourlyEdxDataSet: false,
                outputSchema: [{ fieldName: 'objectId', fieldType: 'STRING' }],
              },
            },
          ],
          startDate: '2025-01-01T00:00:00',
          endDate: '2025-02-01T00:00:00',
        },
        transformSpecification: {
          transformSQL: 'SELECT * FROM RAW_MDS',
          jobSplitOptions: { splitJob: false, daysPerSplit: 7, mergeSql: '' },
        },
        outputSpecification: {
          outputSchema: ['objectId'],
          outputPath: 's3://team-bucket/MODS/alice-Svc-xgboost-NA_2.0.0/data-load/training',
          outputFormat: 'PARQUET',
          outputSaveMode: 'ERRORIFEXISTS',
          outputFileCount: 0,
          keepDotInOutputSchema: false,
          includeHeaderInS3Output: true,
        },
        cradleJobSpecification: {
          clusterType: 'STANDARD',
          cradleAccount: 'Acct',
          extraSparkJobArguments: '',
          jobRetryCount: 1,
        },
      }),
    );
  });

  it('emits EDX (ARN from components or verbatim) and ANDES sources, upper-cases enums, omits null schema overrides', () => {
    const cfg = cradleConfig('calibration');
    const spec = cfg['data_sources_spec'] as { data_sources: { value: unknown[] } };
    spec.data_sources.value = [
      {
        __model_type__: 'DataSourceConfig',
        data_source_name: 'TAGS',
        data_source_type: 'edx',
        edx_data_source_properties: {
          __model_type__: 'EdxDataSourceConfig',
          edx_provider: 'prov',
          edx_subject: 'subj',
          edx_dataset: 'ds',
          edx_manifest_key: '["k"]',
        },
      },
      {
        __model_type__: 'DataSourceConfig',
        data_source_name: 'E2',
        data_source_type: 'EDX',
        edx_data_source_properties: {
          __model_type__: 'EdxDataSourceConfig',
          edx_arn: 'arn:amazon:edx:iad::manifest/a/b/c/["d"]',
          schema_overrides: [{ field_name: 'f', field_type: 'STRING' }],
        },
      },
      {
        __model_type__: 'DataSourceConfig',
        data_source_name: 'D_CUSTOMERS',
        data_source_type: 'ANDES',
        andes_data_source_properties: {
          __model_type__: 'AndesDataSourceConfig',
          provider: ' booker ',
          table_name: 'D_CUSTOMERS',
        },
      },
    ];
    (cfg['cradle_job_spec'] as Record<string, unknown>)['cluster_type'] = 'large';
    const { document, report } = generate({
      dag: dagFile(['CradleDataLoading_calibration']),
      config: configFile({ CradleDataLoading_calibration: cfg }),
    });
    expect(report.problems).toEqual([]);
    const c = stepConfig(document, 'CradleDataLoading-Calibration') as {
      dataSources: { dataSources: unknown[] };
      cradleJobSpecification: { clusterType: string };
    };
    expect(c.dataSources.dataSources).toEqual([
      {
        dataSourceName: 'TAGS',
        dataSourceType: 'EDX',
        edxDataSourceProperties: { edxArn: 'arn:amazon:edx:iad::manifest/prov/subj/ds/["k"]' },
      },
      {
        dataSourceName: 'E2',
        dataSourceType: 'EDX',
        edxDataSourceProperties: {
          edxArn: 'arn:amazon:edx:iad::manifest/a/b/c/["d"]',
          schemaOverrides: [{ fieldName: 'f', fieldType: 'STRING' }],
        },
      },
      {
        dataSourceName: 'D_CUSTOMERS',
        dataSourceType: 'ANDES',
        andesDataSourceProperties: { provider: 'booker', tableName: 'D_CUSTOMERS', andes3Enabled: true },
      },
    ]);
    expect(c.cradleJobSpecification.clusterType).toBe('LARGE');
  });

  it('rejects a bad MDS region, a malformed date and split_job without merge_sql, pointing at each line', () => {
    const cfg = cradleConfig('training');
    const spec = cfg['data_sources_spec'] as Record<string, unknown> & {
      data_sources: { value: Record<string, Record<string, unknown>>[] };
    };
    spec.data_sources.value[0]!['mds_data_source_properties']!['region'] = 'XX';
    spec['start_date'] = '2025-01-01 00:00:00';
    (cfg['transform_spec'] as Record<string, unknown>)['job_split_options'] = {
      __model_type__: 'JobSplitOptionsConfig',
      split_job: true,
    };
    const config = configFile({ CradleDataLoading_training: cfg });
    const { document, report } = generate({ dag: dagFile(['CradleDataLoading_training']), config });
    expect(document).toBeUndefined();
    const errors = report.problems.filter((p) => p.severity === 'error');
    const lines = config.text.split('\n');
    const at = (needle: string): number => lines.findIndex((l) => l.includes(needle)) + 1;
    expect(errors.find((p) => p.message.includes('region'))).toMatchObject({
      file: 'config.json',
      line: at('"XX"'),
    });
    expect(errors.find((p) => p.message.includes('start_date'))).toMatchObject({
      line: at('2025-01-01 00:00:00'),
    });
    expect(errors.find((p) => p.message.includes('merge_sql'))).toBeDefined();
    for (const e of errors) expect(e.step).toBe('CradleDataLoading-Training');
  });

  it('rejects an impossible calendar date', () => {
    const cfg = cradleConfig('training');
    (cfg['data_sources_spec'] as Record<string, unknown>)['end_date'] = '2025-02-30T00:00:00';
    const { report } = generate({
      dag: dagFile(['CradleDataLoading_training']),
      config: configFile({ CradleDataLoading_training: cfg }),
    });
    expect(report.ok).toBe(false);
    expect(report.problems[0]!.message).toContain('not a real date');
  });

  it('with --lenient, a schema problem is a warning and the step is filled as the reference does', () => {
    const cfg = cradleConfig('training');
    const spec = cfg['data_sources_spec'] as {
      data_sources: { value: Record<string, Record<string, unknown>>[] };
    };
    spec.data_sources.value[0]!['mds_data_source_properties']!['region'] = 'XX';
    const { document, report } = generate({
      dag: dagFile(['CradleDataLoading_training']),
      config: configFile({ CradleDataLoading_training: cfg }),
      lenient: true,
    });
    expect(report.ok).toBe(true);
    expect(report.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(JSON.stringify(stepConfig(document, 'CradleDataLoading-Training'))).toContain('"region":"XX"');
  });
});

describe('registration helper (FORMAT §c)', () => {
  const specific = {
    Package: PACKAGE,
    Payload: PAYLOAD,
    Registration: registrationConfig(),
  };

  it('builds the MIMS payload with load testing info, in the reference key order', () => {
    const { document, report } = generate({ dag: dagFile(['Registration']), config: configFile(specific) });
    expect(report.problems).toEqual([]);
    const c = stepConfig(document, 'Registration-NA');
    expect(Object.keys(c)).toEqual([
      'source_model_inference_image_arn',
      'model_domain',
      'model_objective',
      'source_model_inference_content_types',
      'source_model_inference_response_types',
      'source_model_inference_input_variable_list',
      'source_model_inference_output_variable_list',
      'source_model_region',
      'model_owner',
      'model_registration_region',
      'source_model_environment_variable_map',
      'load_testing_info_map',
    ]);
    expect(c['source_model_inference_image_arn']).toBe(
      '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1',
    );
    expect(c['load_testing_info_map']).toEqual({
      sample_payload_s3_bucket: 'team-bucket',
      expected_tps: 5,
      max_latency_in_millisecond: 300,
      max_acceptable_error_rate: 0.2,
      instance_type_list: ['ml.m5.4xlarge'],
    });
    expect(c['source_model_inference_output_variable_list']).toEqual({ 'legacy-score': 'NUMERIC' });
  });

  it('leaves out load_testing_info_map when there is no payload or no package config', () => {
    const { document } = generate({
      dag: dagFile(['Registration']),
      config: configFile({ Payload: PAYLOAD, Registration: registrationConfig() }),
    });
    expect(stepConfig(document, 'Registration-NA')).not.toHaveProperty('load_testing_info_map');
  });

  it('uses the EU image account and region for region EU', () => {
    const { document } = generate({
      dag: dagFile(['Registration']),
      config: configFile(
        { Registration: registrationConfig() },
        {
          ...(JSON.parse(configFile({}).text) as { configuration: { shared: object } }).configuration.shared,
          region: 'EU',
        },
      ),
    });
    const c = stepConfig(document, 'Registration-EU');
    expect(c['source_model_inference_image_arn']).toBe(
      '141502667606.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-xgboost:1.7-1',
    );
    expect(c['source_model_region']).toBe('eu-west-1');
  });

  it('an unknown framework version is an error naming the supported versions; --lenient writes the placeholder', () => {
    const config = configFile(
      { Registration: registrationConfig() },
      { ...JSON.parse(configFile({}).text).configuration.shared, framework_version: '9.9-9' },
    );
    const strict = generate({ dag: dagFile(['Registration']), config });
    expect(strict.document).toBeUndefined();
    const err = strict.report.problems.find((p) => p.code === 'registration/image-uri')!;
    expect(err.message).toContain('Supported xgboost version(s): 1, 0.90-1');
    expect(err.line).toBe(config.text.split('\n').findIndex((l) => l.includes('9.9-9')) + 1);
    const lenient = generate({ dag: dagFile(['Registration']), config, lenient: true });
    expect(stepConfig(lenient.document, 'Registration-NA')['source_model_inference_image_arn']).toBe(
      'image-uri-placeholder',
    );
  });

  it('appends STEP_CONFIG and adds the reference STEP_TYPE to a bare template entry', () => {
    const { document } = generate({
      dag: dagFile(['Registration']),
      config: configFile(specific),
      template: templateFile({ 'Registration-NA': {} }),
    });
    const entry = (document as Doc).PIPELINE_STEP_CONFIGS['Registration-NA']!;
    expect(Object.keys(entry)).toEqual(['STEP_CONFIG', 'STEP_TYPE']);
    expect(entry.STEP_TYPE).toEqual(['PROCESSING_STEP', 'ModelRegistration']);
  });

  it('keeps STEP_TYPE first when the template entry has only STEP_TYPE', () => {
    const { document } = generate({
      dag: dagFile(['Registration']),
      config: configFile(specific),
      template: templateFile({
        'Registration-NA': { STEP_TYPE: ['PROCESSING_STEP', 'MimsModelRegistrationProcessingStep'] },
      }),
    });
    expect(Object.keys((document as Doc).PIPELINE_STEP_CONFIGS['Registration-NA']!)).toEqual([
      'STEP_TYPE',
      'STEP_CONFIG',
    ]);
  });

  it("fills one registration step per region from each node's own config (beyond the reference)", () => {
    const { document, report } = generate({
      dag: dagFile(['Registration_NA', 'Registration_EU']),
      config: configFile({
        Registration_EU: registrationConfig({ region: 'EU', model_objective: 'ObjEU' }),
        Registration_NA: registrationConfig({ model_objective: 'ObjNA' }),
      }),
    });
    expect(report.problems).toEqual([]);
    // The auto-built template names them as MODS does: Registration-{region} (RegistrationStepBuilder).
    expect(Object.keys((document as Doc).PIPELINE_STEP_CONFIGS)).toEqual([
      'Registration-NA',
      'Registration-EU',
    ]);
    expect(stepConfig(document, 'Registration-NA')['model_objective']).toBe('ObjNA');
    expect(stepConfig(document, 'Registration-EU')['model_objective']).toBe('ObjEU');
    expect(stepConfig(document, 'Registration-EU')['source_model_region']).toBe('eu-west-1');
  });

  it('a registration node whose step is missing from the template is an error (a warning with --lenient)', () => {
    const input = {
      dag: dagFile(['Registration']),
      config: configFile(specific),
      template: templateFile({ Other: {} }),
    };
    const strict = generate(input);
    expect(strict.report.problems[0]).toMatchObject({
      code: 'template/missing-step',
      severity: 'error',
      file: 'template.json',
    });
    const lenient = generate({ ...input, lenient: true });
    expect(lenient.report.ok).toBe(true);
    // The warning names the missing step and its node; the steps are the document's, no row for a step it lacks.
    expect(lenient.report.problems[0]).toMatchObject({
      code: 'template/missing-step',
      severity: 'warning',
      step: 'Registration-NA',
      node: 'Registration',
    });
    expect(lenient.report.steps.map((s) => s.step)).toEqual(['Other']);
    expect(lenient.report.steps).toHaveLength(lenient.report.totalSteps);
    expect(nodeOutcomes(lenient.report)).toEqual(['error']);
  });

  it('a missing step that is a near miss of a template step names that step', () => {
    const { report } = generate({
      dag: dagFile(['Registration']),
      config: configFile(specific),
      template: templateFile({ 'Registration-NB': {}, Other: {} }),
    });
    const message = report.problems[0]?.message ?? '';
    expect(message).toMatch(
      /^Model registration node "Registration" needs a payload, but the template has no step "Registration-NA"/,
    );
    expect(message).toMatch(
      /; add it to the template or fix the node\/config name \(the template has "Registration-NB"\)$/,
    );
  });

  it('a template step of the kind a node looked for under another name says so (region XX, step Registration-NA)', () => {
    const { report } = generate({
      dag: dagFile(['Registration']),
      config: configFile({ ...specific, Registration: registrationConfig({ region: 'XX' }) }),
      template: templateFile({ 'Registration-NA': { STEP_CONFIG: {}, STEP_TYPE: ['PROCESSING_STEP'] } }),
    });
    expect(report.problems.map((p) => [p.code, p.step])).toEqual([
      ['template/missing-step', 'Registration-XX'],
    ]);
    expect(report.problems[0]!.message).toContain(
      '(tried the names the reference tries for region "XX", each of its search patterns with "-XX" appended: "ModelRegistration-XX-XX", "Registration_XX-XX", "Registration-XX", "model_registration-XX", "register_model-XX", "Registration-NA-XX")',
    );
    expect(report.steps).toEqual([
      {
        step: 'Registration-NA',
        family: 'registration',
        status: 'skipped',
        reason:
          'DAG node "Registration" looked for "Registration-XX" instead, which the template does not have',
        lookedFor: ['Registration-XX'],
        highlights: { 'step type': '["PROCESSING_STEP"]' },
      },
    ]);
  });
});

describe('DataUploading and Redshift helpers (FORMAT §b.5, §b.6)', () => {
  const du = {
    __model_type__: 'DataUploadingConfig',
    job_type: 'training',
    schema_sdl: 'schema',
    cradle_account: 'Acct',
    provider_name: 'prov',
    table_name: 'tbl',
    table_version: 3,
    cluster_type: 'large',
  };
  const rs = {
    __model_type__: 'RedshiftDataLoadingConfig',
    job_type: 'mo_orders',
    cluster_id: 'c1',
    db_name: 'db',
    role_arn: 'arn:aws:iam::1:role/x',
    cluster_endpoint: 'c1.example',
    query: 'select 1',
  };

  it('builds the DataUploading job config with every key, cluster type not normalised', () => {
    const { document, report } = generate({
      dag: dagFile(['DataUploading_training']),
      config: configFile({ DataUploading_training: du }),
    });
    expect(report.problems).toEqual([]);
    expect(JSON.stringify(stepConfig(document, 'DataUploading-Training'))).toBe(
      JSON.stringify({
        schema: 'schema',
        inputFormat: 'CSV',
        cradleAccount: 'Acct',
        hasHeader: true,
        clusterType: 'large',
        dataSink: {
          dataSinkType: 'ANDES',
          andesDataSinkProperties: { providerName: 'prov', tableName: 'tbl', tableVersion: 3 },
        },
      }),
    );
  });

  it('builds the Redshift step config and names the step -Mo_orders', () => {
    const { document } = generate({
      dag: dagFile(['RedshiftDataLoading_mo_orders']),
      config: configFile({ RedshiftDataLoading_mo_orders: rs }),
    });
    expect(JSON.stringify(stepConfig(document, 'RedshiftDataLoading-Mo_orders'))).toBe(
      JSON.stringify({
        clusterSpecification: {
          clusterId: 'c1',
          dbName: 'db',
          roleArn: 'arn:aws:iam::1:role/x',
          clusterEndpoint: 'c1.example',
          port: 5439,
        },
        querySpecification: { query: 'select 1', connectorType: 'redshift_connector', isUsingAndes3: true },
        outputSpecification: {},
      }),
    );
  });

  it('Redshift output specification variants, and STEP_TYPE added before the config', () => {
    const edx = { ...rs, output_data_source_type: 'EDX', edx_arn: 'arn:amazon:edx:x', drop_header: true };
    const { document } = generate({
      dag: dagFile(['RedshiftDataLoading_mo_orders']),
      config: configFile({ RedshiftDataLoading_mo_orders: edx }),
      template: templateFile({ 'RedshiftDataLoading-Mo_orders': {} }),
    });
    const entry = (document as Doc).PIPELINE_STEP_CONFIGS['RedshiftDataLoading-Mo_orders']!;
    expect(Object.keys(entry)).toEqual(['STEP_TYPE', 'STEP_CONFIG']);
    expect(entry.STEP_TYPE).toEqual(['WORKFLOW_INPUT', 'RedshiftDataLoadingStep']);
    expect(entry.STEP_CONFIG!['outputSpecification']).toEqual({
      dataSourceType: 'EDX',
      edxArn: 'arn:amazon:edx:x',
      dropHeader: true,
    });
    const drop = generate({
      dag: dagFile(['R']),
      config: configFile({ R: { ...rs, job_type: null, drop_header: true } }),
    });
    expect(stepConfig(drop.document, 'R')['outputSpecification']).toEqual({ dropHeader: true });
  });
});

describe('resolution (FORMAT §e)', () => {
  it('falls back to a case-insensitive key and reports the rule', () => {
    const { report } = generate({
      dag: dagFile(['cradledataloading_TRAINING']),
      config: configFile({ CradleDataLoading_training: cradleConfig('training') }),
    });
    expect(report.steps[0]).toMatchObject({
      resolution: 'case-insensitive',
      configKey: 'CradleDataLoading_training',
      step: 'cradledataloading_TRAINING-Training',
    });
  });

  it('a node with no config is a strict error (cursus cannot compile it), a warning with --lenient; a typo gets a suggestion', () => {
    const input = {
      dag: dagFile(['Registration', 'Registraton', 'SomethingElse']),
      config: configFile({ Registration: registrationConfig() }),
    };
    const strict = generate(input);
    expect(strict.report.ok).toBe(false);
    expect(strict.report.problems.map((p) => [p.code, p.severity, p.line, p.message])).toEqual([
      [
        'resolve/no-config',
        'error',
        4,
        'DAG node "Registraton" matches no config key in config.json (did you mean "Registration"?): cursus cannot compile a DAG node without a config, and the reference leaves it out of the document',
      ],
      [
        'resolve/no-config',
        'error',
        5,
        'DAG node "SomethingElse" matches no config key in config.json: cursus cannot compile a DAG node without a config, and the reference leaves it out of the document',
      ],
    ]);
    expect(strict.document).toBeUndefined();
    // The reference only warns and leaves the node out.
    const lenient = generate({ ...input, lenient: true });
    expect(lenient.report.ok).toBe(true);
    expect(lenient.report.problems.map((p) => [p.code, p.severity])).toEqual([
      ['resolve/no-config', 'warning'],
      ['resolve/no-config', 'warning'],
    ]);
  });

  it('when no node matches, one error says so and the nodes only warn', () => {
    const { report } = generate({
      dag: dagFile(['CradleDataLoading_testing', 'SomethingElse']),
      config: configFile({ Registration: registrationConfig() }),
    });
    expect(report.problems.map((p) => [p.code, p.severity, p.line])).toEqual([
      ['resolve/no-config', 'warning', 3],
      ['resolve/no-config', 'warning', 4],
      // No node at all matches a config: the wrong config for this DAG, most likely.
      ['resolve/nothing', 'error', 2],
    ]);
  });

  it('a DAG none of whose nodes is in the config fails in strict mode and warns with --lenient', () => {
    const input = { dag: dagFile(['a', 'b']), config: configFile({ Registration: registrationConfig() }) };
    const strict = generate(input);
    expect(strict.report.ok).toBe(false);
    expect(strict.report.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
      'no node of the DAG matches a config of config.json (2 node(s), 1 config(s)): is this the config of this DAG?',
    ]);
    const lenient = generate({ ...input, lenient: true });
    expect(lenient.report.ok).toBe(true);
    expect(lenient.report.problems.map((p) => [p.code, p.severity])).toContainEqual([
      'resolve/nothing',
      'warning',
    ]);
  });

  it('a node whose block is saved but not named in config_types is told why it matches nothing', () => {
    const config = JSON.parse(configFile({ Registration: registrationConfig() }).text) as {
      metadata: { config_types: Record<string, string> };
    };
    delete config.metadata.config_types['Registration'];
    const { report } = generate({
      dag: dagFile(['Registration']),
      config: { name: 'config.json', text: JSON.stringify(config) },
      lenient: true,
    });
    expect(report.problems.map((p) => p.message)).toContainEqual(
      'DAG node "Registration" matches no config key in config.json ("configuration.specific" has "Registration", but "metadata.config_types" does not name its class, so cursus does not load it): cursus cannot compile a DAG node without a config, and the reference leaves it out of the document',
    );
  });

  it('a DAG with no nodes fails in strict mode (the reference returns the template unchanged)', () => {
    const input = {
      dag: dagFile([]),
      config: configFile({ Registration: registrationConfig() }),
      template: templateFile({ 'Registration-NA': { STEP_TYPE: ['PROCESSING_STEP'], STEP_CONFIG: {} } }),
    };
    const strict = generate(input);
    expect(strict.document).toBeUndefined();
    expect(strict.report.problems.map((p) => [p.code, p.severity, p.file, p.line])).toEqual([
      ['dag/empty', 'error', 'dag.json', 2],
    ]);
    expect(generate({ ...input, template: undefined }).report.ok).toBe(false);
    const lenient = generate({ ...input, lenient: true });
    expect(lenient.report.ok).toBe(true);
    expect(lenient.report.problems.map((p) => [p.code, p.severity])).toEqual([['dag/empty', 'warning']]);
  });

  it('a template whose other steps or additional params are not objects fails strict mode, where validate would', () => {
    const input = {
      dag: dagFile(['Registration']),
      config: configFile({ Registration: registrationConfig() }),
      template: templateFile(
        { 'Registration-NA': { STEP_TYPE: ['PROCESSING_STEP'], STEP_CONFIG: {} }, XGBoostTraining: 5 },
        { PIPELINE_ADDITIONAL_PARAMS: 'x' },
      ),
    };
    const strict = generate(input);
    expect(strict.document).toBeUndefined();
    expect(strict.report.problems.map((p) => [p.code, p.severity, p.file, p.jsonPath])).toEqual([
      ['template/shape', 'error', 'template.json', '/PIPELINE_STEP_CONFIGS/XGBoostTraining'],
      ['template/shape', 'error', 'template.json', '/PIPELINE_ADDITIONAL_PARAMS'],
    ]);
    expect(strict.report.problems[0]!.message).toContain(
      '"PIPELINE_STEP_CONFIGS.XGBoostTraining" must be object, got integer 5',
    );
    // --lenient writes what the reference writes: the steps passed through, with warnings.
    const lenient = generate({ ...input, lenient: true });
    expect(lenient.report.ok).toBe(true);
    expect((lenient.document as Doc).PIPELINE_STEP_CONFIGS['XGBoostTraining']).toBe(5);
    expect(lenient.report.problems.map((p) => p.severity)).toEqual(['warning', 'warning']);
  });

  it('a config file that yields no config is one error, not one per DAG node', () => {
    const { report } = generate({
      dag: dagFile(['CradleDataLoading_training', 'Registration', 'Package']),
      config: { name: 'config.json', text: '[]' },
    });
    expect(report.problems.map((p) => [p.code, p.severity])).toEqual([['config/shape', 'error']]);
  });
});
