import { jobTypeTargets } from './job-type-plan.js';
import type { JsonObject } from '../json.js';
import { FieldReader, record, str } from './fields.js';
import type { BuildResult, FillTarget, ResolvedNode, StepHelper } from './types.js';

/** FORMAT §b.1: a DataUploadingConfig, or a class name containing "datauploading"/"data_uploading". */
function matches(className: string): boolean {
  const c = className.toLowerCase();
  return c.includes('datauploading') || c.includes('data_uploading');
}

/** The config's `job_config` (FORMAT §b.5); every key always present. */
export function buildDataUploadingConfig(config: JsonObject): {
  config: JsonObject;
  highlights: Record<string, string>;
} {
  const c = new FieldReader(config);
  const result = record([
    ['schema', c.raw('schema_sdl') ?? null],
    ['inputFormat', c.raw('input_format') ?? null],
    ['cradleAccount', c.raw('cradle_account') ?? null],
    ['hasHeader', c.raw('has_header') ?? null],
    ['clusterType', c.raw('cluster_type') ?? null],
    [
      'dataSink',
      record([
        ['dataSinkType', 'ANDES'],
        [
          'andesDataSinkProperties',
          record([
            ['providerName', c.raw('provider_name') ?? null],
            ['tableName', c.raw('table_name') ?? null],
            ['tableVersion', c.raw('table_version') ?? null],
          ]),
        ],
      ]),
    ],
  ]);
  return {
    config: result,
    highlights: {
      'andes table': `${str(c.raw('provider_name'))}/${str(c.raw('table_name'))} v${str(c.raw('table_version'))}`,
      input: `${str(c.raw('input_format'))} from ${str(c.raw('input_s3_location'))}`,
      cluster: `${str(c.raw('cluster_type'))} on ${str(c.raw('cradle_account'))}`,
    },
  };
}

export const dataUploadingHelper: StepHelper = {
  family: 'data-uploading',
  title: 'Data uploading',
  configKind: 'data-uploading',
  matches,
  plan(nodes: readonly ResolvedNode[]) {
    return jobTypeTargets(nodes, ['WORKFLOW_INPUT', 'DataUploadingStep']);
  },
  build(target: FillTarget): BuildResult {
    return { ...buildDataUploadingConfig(target.entry.value), problems: [] };
  },
};
