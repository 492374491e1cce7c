import { parseSource, type SourceText } from '../source.js';
import { getOwn, isObject } from '../json.js';
import { awsRegion, pipelineName } from './derived.js';
import type { Problem } from '../report/problem.js';

/**
 * The deployed pipeline a config describes (FORMAT §a.4): its derived `pipeline_name`
 * (`{author}-{service_name}-{model_class}-{region}`) and `aws_region`, from the shared base fields.
 */
export function pipelineIdentity(config: SourceText): {
  pipelineName?: string;
  awsRegion?: string;
  problems: Problem[];
} {
  const parsed = parseSource(config);
  if (!parsed.source) return { problems: parsed.problems };
  const root = parsed.source.value;
  const configuration = isObject(root) ? getOwn(root, 'configuration') : undefined;
  const shared = isObject(configuration) ? getOwn(configuration, 'shared') : undefined;
  const specific = isObject(configuration) ? getOwn(configuration, 'specific') : undefined;
  // Base fields are shared; a file with one config may keep them in its only specific block.
  const blocks = [shared, ...(isObject(specific) ? Object.values(specific) : [])].filter(isObject);
  const base = blocks.find((b) =>
    ['author', 'service_name', 'region'].every((k) => typeof getOwn(b, k) === 'string'),
  );
  if (!base) {
    const { line, column } = parsed.source.locate('/configuration/shared');
    return {
      problems: [
        {
          severity: 'error',
          code: 'sagemaker/no-pipeline-name',
          message:
            'cannot derive the pipeline name: the config has no author, service_name and region; pass the pipeline name instead of "auto"',
          file: config.name,
          jsonPath: '/configuration/shared',
          line,
          column,
        },
      ],
    };
  }
  return { pipelineName: pipelineName(base), awsRegion: awsRegion(getOwn(base, 'region')), problems: [] };
}
