import { jobTypeTargets } from './job-type-plan.js';
import type { JsonObject } from '../json.js';
import { FieldReader, record, str } from './fields.js';
import type { BuildResult, FillTarget, ResolvedNode, StepHelper } from './types.js';

/** FORMAT §b.1: a RedshiftDataLoadingConfig, or any class name containing "redshift". */
function matches(className: string): boolean {
  return className.toLowerCase().includes('redshift');
}

const STEP_TYPE = ['WORKFLOW_INPUT', 'RedshiftDataLoadingStep'];

/** The config's `step_config_json` (FORMAT §b.6). */
export function buildRedshiftConfig(config: JsonObject): {
  config: JsonObject;
  highlights: Record<string, string>;
} {
  const c = new FieldReader(config);
  const dropHeader = c.raw('drop_header');
  const output =
    c.raw('output_data_source_type') === 'EDX'
      ? record([
          ['dataSourceType', 'EDX'],
          ['edxArn', c.raw('edx_arn') ?? null],
          ['dropHeader', dropHeader ?? null],
        ])
      : dropHeader === true
        ? record([['dropHeader', true]])
        : {};
  const result = record([
    [
      'clusterSpecification',
      record([
        ['clusterId', c.raw('cluster_id') ?? null],
        ['dbName', c.raw('db_name') ?? null],
        ['roleArn', c.raw('role_arn') ?? null],
        ['clusterEndpoint', c.raw('cluster_endpoint') ?? null],
        ['port', c.raw('port') ?? null],
      ]),
    ],
    [
      'querySpecification',
      record([
        ['query', c.raw('query') ?? null],
        ['connectorType', c.raw('connector_type') ?? null],
        ['isUsingAndes3', c.raw('is_using_andes3') ?? null],
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
      output: str(c.raw('output_data_source_type')),
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
  build(target: FillTarget): BuildResult {
    return { ...buildRedshiftConfig(target.entry.value), problems: [] };
  },
};
