import { jobTypeTargets } from './job-type-plan.js';
import type { JsonObject } from '../json.js';
import { pyTruthy } from '../config/lax.js';
import { FieldReader, configOf, record, str } from './fields.js';
import type { BuildContext, BuildResult, FillTarget, ResolvedNode, StepHelper } from './types.js';

/** FORMAT §b.1: a RedshiftDataLoadingConfig, or any class name containing "redshift". */
function matches(className: string): boolean {
  return className.toLowerCase().includes('redshift');
}

const STEP_TYPE = ['WORKFLOW_INPUT', 'RedshiftDataLoadingStep'];

/**
 * The config's `step_config_json` (FORMAT §b.6; `RedshiftDataLoadingConfig.step_config_json`). A field the object
 * lacks takes the fallback of the helper's `_build_config_dict` (`redshift_data_loading_helper.py`): `""`, port
 * 5439, `redshift_connector`, `true`. The output is EDX only for exactly `"EDX"`; otherwise `{"dropHeader": true}`
 * whenever `drop_header` is truthy in Python's sense, else `{}`.
 */
export function buildRedshiftConfig(config: JsonObject): {
  config: JsonObject;
  highlights: Record<string, string>;
} {
  const c = new FieldReader(config);
  const outputType = c.or('output_data_source_type', 'S3');
  const dropHeader = c.or('drop_header', false);
  const output =
    outputType === 'EDX'
      ? record([
          ['dataSourceType', 'EDX'],
          ['edxArn', c.or('edx_arn', '')],
          ['dropHeader', dropHeader],
        ])
      : pyTruthy(dropHeader)
        ? record([['dropHeader', true]])
        : {};
  const result = record([
    [
      'clusterSpecification',
      record([
        ['clusterId', c.or('cluster_id', '')],
        ['dbName', c.or('db_name', '')],
        ['roleArn', c.or('role_arn', '')],
        ['clusterEndpoint', c.or('cluster_endpoint', '')],
        ['port', c.or('port', 5439)],
      ]),
    ],
    [
      'querySpecification',
      record([
        ['query', c.or('query', '')],
        ['connectorType', c.or('connector_type', 'redshift_connector')],
        ['isUsingAndes3', c.or('is_using_andes3', true)],
      ]),
    ],
    ['outputSpecification', output],
  ]);
  const query = str(c.raw('query')).replace(/\s+/g, ' ').trim();
  return {
    config: result,
    highlights: {
      cluster: `${str(c.raw('cluster_id'))}/${str(c.raw('db_name'))}`,
      query: query.length > 80 ? `${query.slice(0, 77)}...` : query,
      output: str(outputType),
    },
  };
}

export const redshiftHelper: StepHelper = {
  family: 'redshift',
  title: 'Redshift data loading',
  configKind: 'redshift',
  matches,
  // The reference adds STEP_TYPE before extracting, so it stays even when extraction fails (FORMAT §b.6).
  plan(nodes: readonly ResolvedNode[]) {
    return jobTypeTargets(nodes, STEP_TYPE, { value: STEP_TYPE, when: 'before-build' });
  },
  build(target: FillTarget, ctx: BuildContext): BuildResult {
    return { ...buildRedshiftConfig(configOf(target.entry, ctx)), problems: [] };
  },
};
