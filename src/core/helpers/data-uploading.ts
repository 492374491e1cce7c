import { jobTypeTargets } from './job-type-plan.js';
import type { JsonObject } from '../json.js';
import { FieldReader, configOf, record, str } from './fields.js';
import type { BuildContext, BuildResult, FillTarget, ResolvedNode, StepHelper } from './types.js';

/** FORMAT §b.1: a DataUploadingConfig, or a class name containing "datauploading"/"data_uploading". */
function matches(className: string): boolean {
  const c = className.toLowerCase();
  return c.includes('datauploading') || c.includes('data_uploading');
}

/**
 * The config's `job_config` (FORMAT §b.5; `DataUploadingConfig.job_config`), every key always present. A field the
 * object lacks (a required field of a config cursus could not validate) takes the value of the helper's fallback
 * `_build_config_dict` (`data_uploading_helper.py`: `getattr(config, field, default)`): `""`, `"CSV"`, `true`,
 * `"MEDIUM"`, table version `1`.
 */
export function buildDataUploadingConfig(config: JsonObject): {
  config: JsonObject;
  highlights: Record<string, string>;
} {
  const c = new FieldReader(config);
  const result = record([
    ['schema', c.or('schema_sdl', '')],
    ['inputFormat', c.or('input_format', 'CSV')],
    ['cradleAccount', c.or('cradle_account', '')],
    ['hasHeader', c.or('has_header', true)],
    ['clusterType', c.or('cluster_type', 'MEDIUM')],
    [
      'dataSink',
      record([
        ['dataSinkType', 'ANDES'],
        [
          'andesDataSinkProperties',
          record([
            ['providerName', c.or('provider_name', '')],
            ['tableName', c.or('table_name', '')],
            ['tableVersion', c.or('table_version', 1)],
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
  build(target: FillTarget, ctx: BuildContext): BuildResult {
    return { ...buildDataUploadingConfig(configOf(target.entry, ctx)), problems: [] };
  },
};
