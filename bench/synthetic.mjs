// Synthetic pipelines for the benchmark: N DAG nodes alternating Cradle data loading and registration
// nodes, each with its own config cloned from one template config, plus the matching template.

const SHARED = {
  author: 'bench',
  bucket: 'bench-bucket',
  framework_version: '1.7-1',
  model_class: 'xgboost',
  pipeline_version: '1.0.0',
  project_root_folder: 'bench',
  py_version: 'py3',
  region: 'NA',
  role: 'arn:aws:iam::123456789012:role/bench',
  service_name: 'Bench',
  source_dir: 'src',
};

function cradle(jobType) {
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
              service_name: 'Bench',
              region: 'NA',
              org_id: 0,
              output_schema: Array.from({ length: 20 }, (_, i) => ({
                field_name: `field_${i}`,
                field_type: 'STRING',
              })),
            },
          },
          {
            __model_type__: 'DataSourceConfig',
            data_source_name: 'TAGS',
            data_source_type: 'EDX',
            edx_data_source_properties: {
              __model_type__: 'EdxDataSourceConfig',
              edx_provider: 'p',
              edx_subject: 's',
              edx_dataset: 'd',
              edx_manifest_key: '["k"]',
              schema_overrides: [{ field_name: 'order_id', field_type: 'STRING' }],
            },
          },
        ],
      },
    },
    transform_spec: {
      __model_type__: 'TransformSpecificationConfig',
      transform_sql: 'SELECT * FROM RAW_MDS JOIN TAGS ON RAW_MDS.objectId = TAGS.order_id',
      job_split_options: { __model_type__: 'JobSplitOptionsConfig', split_job: false, days_per_split: 7 },
    },
    output_spec: {
      __model_type__: 'OutputSpecificationConfig',
      output_schema: Array.from({ length: 20 }, (_, i) => `field_${i}`),
    },
    cradle_job_spec: {
      __model_type__: 'CradleJobSpecificationConfig',
      cradle_account: 'Bench',
      cluster_type: 'MEDIUM',
    },
  };
}

function registration(i) {
  return {
    __model_type__: 'RegistrationConfig',
    framework: 'xgboost',
    inference_entry_point: 'inference.py',
    model_domain: 'Bench',
    model_objective: `Objective_${i}`,
    model_owner: 'team',
    source_model_inference_input_variable_list: Array.from({ length: 20 }, (_, k) => [
      `field_${k}`,
      'NUMERIC',
    ]),
  };
}

/** Returns the three input texts of a pipeline with `n` nodes. */
export function syntheticPipeline(n) {
  const nodes = [];
  const edges = [];
  const specific = {};
  const types = {};
  const steps = {};
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      const node = `CradleDataLoading_t${i}`;
      nodes.push(node);
      specific[node] = cradle(`t${i}`);
      types[node] = 'CradleDataLoadingConfig';
      steps[`CradleDataLoading-T${i}`] = {
        STEP_CONFIG: {},
        STEP_TYPE: ['WORKFLOW_INPUT', 'CradleDataLoadingStep'],
      };
    } else {
      const node = `Registration_${i}`;
      nodes.push(node);
      edges.push([nodes[i - 1], node]);
      specific[node] = registration(i);
      types[node] = 'RegistrationConfig';
      steps[`${node}-NA`] = {
        STEP_CONFIG: {},
        STEP_TYPE: ['PROCESSING_STEP', 'MimsModelRegistrationProcessingStep'],
      };
    }
  }
  return {
    dag: JSON.stringify({ nodes, edges }, null, 2),
    config: JSON.stringify(
      { configuration: { shared: SHARED, specific }, metadata: { config_types: types } },
      null,
      2,
    ),
    template: JSON.stringify({ PIPELINE_STEP_CONFIGS: steps, PIPELINE_ADDITIONAL_PARAMS: {} }, null, 2),
  };
}
