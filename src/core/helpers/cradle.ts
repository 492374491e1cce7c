import { cradleOutputPath, edxManifest, pipelineS3Loc } from '../config/derived.js';
import { jobTypeTargets } from './job-type-plan.js';
import { isObject, getOwn, type JsonObject } from '../json.js';
import { BuildError, FieldReader, compact, str } from './fields.js';
import type { BuildResult, FillTarget, ResolvedNode, StepHelper } from './types.js';

/** FORMAT §b.1: a CradleDataLoadingConfig, or any class whose name has "cradle", "data" and "load". */
function matches(className: string): boolean {
  const c = className.toLowerCase();
  return (
    c === 'cradledataloadingconfig' || (c.includes('cradle') && c.includes('data') && c.includes('load'))
  );
}

function fieldList(items: unknown[], path: readonly string[]): JsonObject[] {
  return items.map((f, i) => {
    if (!isObject(f))
      throw new BuildError(
        `"${[...path, String(i)].join('.')}" must be an object with field_name and field_type`,
        [...path, String(i)],
      );
    return compact([
      ['fieldName', getOwn(f, 'field_name')],
      ['fieldType', getOwn(f, 'field_type')],
    ]);
  });
}

function dataSource(src: FieldReader): JsonObject {
  const type = src.raw('data_source_type');
  let props: [string, unknown] | undefined;
  if (type === 'MDS') {
    const m = src.object('mds_data_source_properties');
    const orgId = m.raw('org_id');
    props = [
      'mdsDataSourceProperties',
      compact([
        ['serviceName', m.raw('service_name')],
        // The only number→string conversion of the Coral request (FORMAT §b.3).
        ['orgId', orgId === null || orgId === undefined ? orgId : String(orgId)],
        ['region', m.raw('region')],
        ['useHourlyEdxDataSet', m.raw('use_hourly_edx_data_set')],
        ['outputSchema', fieldList(m.list('output_schema'), [...m.path, 'output_schema'])],
      ]),
    ];
  } else if (type === 'EDX') {
    const e = src.object('edx_data_source_properties');
    const overrides = e.raw('schema_overrides');
    props = [
      'edxDataSourceProperties',
      compact([
        ['edxArn', edxManifest(e.value)],
        [
          'schemaOverrides',
          overrides === null || overrides === undefined
            ? undefined
            : fieldList(e.list('schema_overrides'), [...e.path, 'schema_overrides']),
        ],
      ]),
    ];
  } else if (type === 'ANDES') {
    const a = src.object('andes_data_source_properties');
    props = [
      'andesDataSourceProperties',
      compact([
        ['provider', a.raw('provider')],
        ['tableName', a.raw('table_name')],
        ['andes3Enabled', a.raw('andes3_enabled')],
      ]),
    ];
  } else {
    throw new BuildError(`"data_source_type" must be MDS, EDX or ANDES, got ${JSON.stringify(type)}`, [
      ...src.path,
      'data_source_type',
    ]);
  }
  return compact([['dataSourceName', src.raw('data_source_name')], ['dataSourceType', type], props]);
}

/** The camelCase Cradle request of FORMAT §b.3, in the Coral models' key order. */
export function buildCradleConfig(config: JsonObject): {
  config: JsonObject;
  highlights: Record<string, string>;
} {
  const c = new FieldReader(config);
  const spec = c.object('data_sources_spec');
  const sources = spec.objects('data_sources').map(dataSource);
  const transform = c.object('transform_spec');
  const split = transform.object('job_split_options');
  const out = c.object('output_spec');
  const job = c.object('cradle_job_spec');
  const jobType = c.raw('job_type');
  const outputPath = cradleOutputPath(pipelineS3Loc(config), jobType);
  const mergeSql = split.raw('merge_sql');
  const extra = job.raw('extra_spark_job_arguments');
  const result = compact([
    [
      'dataSources',
      compact([
        ['dataSources', sources],
        ['startDate', spec.raw('start_date')],
        ['endDate', spec.raw('end_date')],
      ]),
    ],
    [
      'transformSpecification',
      compact([
        ['transformSQL', transform.raw('transform_sql')],
        [
          'jobSplitOptions',
          compact([
            ['splitJob', split.raw('split_job')],
            ['daysPerSplit', split.raw('days_per_split')],
            ['mergeSql', mergeSql ?? ''],
          ]),
        ],
      ]),
    ],
    [
      'outputSpecification',
      compact([
        ['outputSchema', out.list('output_schema')],
        ['outputPath', outputPath],
        ['outputFormat', out.raw('output_format')],
        ['outputSaveMode', out.raw('output_save_mode')],
        ['outputFileCount', out.raw('output_file_count')],
        ['keepDotInOutputSchema', out.raw('keep_dot_in_output_schema')],
        ['includeHeaderInS3Output', out.raw('include_header_in_s3_output')],
      ]),
    ],
    [
      'cradleJobSpecification',
      compact([
        ['clusterType', job.raw('cluster_type')],
        ['cradleAccount', job.raw('cradle_account')],
        ['extraSparkJobArguments', extra ?? ''],
        ['jobRetryCount', job.raw('job_retry_count')],
      ]),
    ],
  ]);
  const highlights: Record<string, string> = {
    'data sources': sources
      .map((s) => `${str(getOwn(s, 'dataSourceName'))} (${str(getOwn(s, 'dataSourceType'))})`)
      .join(', '),
    period: `${str(spec.raw('start_date'))} → ${str(spec.raw('end_date'))}`,
    'output path': outputPath,
    cluster: `${str(job.raw('cluster_type'))} on ${str(job.raw('cradle_account'))}`,
  };
  return { config: result, highlights };
}

export const cradleHelper: StepHelper = {
  family: 'cradle',
  title: 'Cradle data loading',
  configKind: 'cradle',
  matches,
  plan(nodes: readonly ResolvedNode[]) {
    return jobTypeTargets(nodes, ['WORKFLOW_INPUT', 'CradleDataLoadingStep']);
  },
  build(target: FillTarget): BuildResult {
    return { ...buildCradleConfig(target.entry.value), problems: [] };
  },
};
