import { bucketProblem, cradleOutputPath, edxManifest, pyStr } from '../config/derived.js';
import { filePointer, type ProblemDraft } from '../config/load.js';
import { instanceInfo } from '../config/model.js';
import { jobTypeTargets } from './job-type-plan.js';
import { pyTruthy, isDict } from '../config/lax.js';
import { getOwn, hasOwn, type JsonObject } from '../json.js';
import { BuildError, FieldReader, compact, configOf, str } from './fields.js';
import type { BuildContext, BuildResult, ConfigView, FillTarget, ResolvedNode, StepHelper } from './types.js';

/** FORMAT §b.1: a CradleDataLoadingConfig, or any class whose name has "cradle", "data" and "load". */
function matches(className: string): boolean {
  const c = className.toLowerCase();
  return (
    c === 'cradledataloadingconfig' || (c.includes('cradle') && c.includes('data') && c.includes('load'))
  );
}

/** `Field(field_name=f["field_name"], field_type=f["field_type"])` for each column dict. */
function fieldList(items: unknown[], path: readonly string[]): JsonObject[] {
  return items.map((f, i) => {
    const at = [...path, String(i)];
    if (!isDict(f) || !hasOwn(f, 'field_name') || !hasOwn(f, 'field_type'))
      throw new BuildError(`"${at.join('.')}" must be an object with field_name and field_type`, at);
    return compact([
      ['fieldName', getOwn(f, 'field_name')],
      ['fieldType', getOwn(f, 'field_type')],
    ]);
  });
}

/** One Coral DataSource; undefined for a type that is none of MDS/EDX/ANDES (the reference leaves it out). */
function dataSource(src: FieldReader): JsonObject | undefined {
  const type = src.attr('data_source_type');
  let props: [string, unknown];
  if (type === 'MDS') {
    const m = src.object('mds_data_source_properties');
    const orgId = m.attr('org_id');
    props = [
      'mdsDataSourceProperties',
      compact([
        ['serviceName', m.attr('service_name')],
        // The only number→string conversion of the Coral request (FORMAT §b.3).
        ['orgId', orgId === null || orgId === undefined ? orgId : pyStr(orgId)],
        ['region', m.attr('region')],
        ['useHourlyEdxDataSet', m.attr('use_hourly_edx_data_set')],
        ['outputSchema', fieldList(m.list('output_schema'), [...m.path, 'output_schema'])],
      ]),
    ];
  } else if (type === 'EDX') {
    const e = src.object('edx_data_source_properties');
    const overrides = e.attr('schema_overrides');
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
        ['provider', a.attr('provider')],
        ['tableName', a.attr('table_name')],
        ['andes3Enabled', a.attr('andes3_enabled')],
      ]),
    ];
  } else {
    return undefined;
  }
  return compact([['dataSourceName', src.attr('data_source_name')], ['dataSourceType', type], props]);
}

/**
 * The camelCase Cradle request of FORMAT §b.3, in the Coral models' key order, from the object cursus built
 * (`cradle_helper.py` `_build_request`). The output path is the output spec's own `output_path`: the config's
 * `pipeline_s3_loc` and `job_type` when cursus validated the config (its validator copies them in), else the
 * values saved in the output spec.
 */
export function buildCradleConfig(
  config: JsonObject,
  view: ConfigView = 'validated',
): {
  config: JsonObject;
  highlights: Record<string, string>;
} {
  const c = new FieldReader(config, [], view);
  for (const f of ['data_sources_spec', 'transform_spec', 'output_spec', 'cradle_job_spec'])
    if (c.raw(f) === null || c.raw(f) === undefined)
      throw new BuildError(`CradleDataLoadingConfig missing required attribute: ${f}`, [f]);
  const spec = c.object('data_sources_spec');
  // A source whose type is none of MDS, EDX, ANDES is left out, as the reference's if/elif chain does.
  const sources = spec.objects('data_sources').flatMap((s): JsonObject[] => {
    const d = dataSource(s);
    return d ? [d] : [];
  });
  const transform = c.object('transform_spec');
  const split = transform.object('job_split_options');
  const out = c.object('output_spec');
  const job = c.object('cradle_job_spec');
  const outputPath = cradleOutputPath(out.attr('pipeline_s3_loc'), out.attr('job_type'));
  const mergeSql = split.attr('merge_sql');
  const extra = job.attr('extra_spark_job_arguments');
  const result = compact([
    [
      'dataSources',
      compact([
        ['dataSources', sources],
        ['startDate', spec.attr('start_date')],
        ['endDate', spec.attr('end_date')],
      ]),
    ],
    [
      'transformSpecification',
      compact([
        ['transformSQL', transform.attr('transform_sql')],
        [
          'jobSplitOptions',
          compact([
            ['splitJob', split.attr('split_job')],
            ['daysPerSplit', split.attr('days_per_split')],
            // `merge_sql or ""`
            ['mergeSql', pyTruthy(mergeSql) ? mergeSql : ''],
          ]),
        ],
      ]),
    ],
    [
      'outputSpecification',
      compact([
        ['outputSchema', out.list('output_schema')],
        ['outputPath', outputPath],
        ['outputFormat', out.attr('output_format')],
        ['outputSaveMode', out.attr('output_save_mode')],
        ['outputFileCount', out.attr('output_file_count')],
        ['keepDotInOutputSchema', out.attr('keep_dot_in_output_schema')],
        ['includeHeaderInS3Output', out.attr('include_header_in_s3_output')],
      ]),
    ],
    [
      'cradleJobSpecification',
      compact([
        ['clusterType', job.attr('cluster_type')],
        ['cradleAccount', job.attr('cradle_account')],
        ['extraSparkJobArguments', pyTruthy(extra) ? extra : ''],
        ['jobRetryCount', job.attr('job_retry_count')],
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
  build(target: FillTarget, ctx: BuildContext): BuildResult {
    const config = configOf(target.entry, ctx);
    const built = buildCradleConfig(config, ctx.view);
    return { ...built, problems: outputPathProblems(target, config, built.highlights['output path']!, ctx) };
  },
};

/** An output path whose bucket is not a bucket (`bucket: ""` gives `s3:///MODS/...`): strict-only. */
function outputPathProblems(
  t: FillTarget,
  config: JsonObject,
  outputPath: string,
  ctx: BuildContext,
): ProblemDraft[] {
  const bucket = /^s3:\/\/([^/]*)/.exec(outputPath)?.[1];
  const why = bucketProblem(bucket ?? '');
  if (why === undefined) return [];
  // A validated config derives the path from `bucket`; an unvalidated one keeps output_spec.pipeline_s3_loc.
  const fromBase = instanceInfo(config)?.valid ?? true;
  const field = fromBase ? ['bucket'] : ['output_spec', 'pipeline_s3_loc'];
  return [
    {
      severity: 'error',
      strictOnly: true,
      code: 'config/bad-uri',
      message: `the Cradle output path of config "${t.entry.key}" is "${outputPath}": its bucket ${JSON.stringify(bucket ?? '')} ${why}; set "${field.join('.')}" to a real S3 location`,
      file: ctx.configFile,
      jsonPath: filePointer(t.entry, field),
    },
  ];
}
