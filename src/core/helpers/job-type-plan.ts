import { getOwn } from '../json.js';
import { jobTypeStepName } from '../step-name.js';
import type { FillTarget, ResolvedNode } from './types.js';

/**
 * The plan shared by the Cradle, DataUploading and Redshift families (FORMAT §b.2): one target per
 * node, named from the node and its config's `job_type`.
 */
export function jobTypeTargets(
  nodes: readonly ResolvedNode[],
  templateStepType: unknown,
  missingStepType?: FillTarget['missingStepType'],
): { targets: FillTarget[]; problems: [] } {
  const targets = nodes.map((n): FillTarget => {
    const name = jobTypeStepName(n.node, getOwn(n.entry.value, 'job_type'));
    return {
      node: n.node,
      rule: n.rule,
      entry: n.entry,
      candidates: [name],
      preferred: name,
      templateStepType,
      ...(missingStepType ? { missingStepType } : {}),
    };
  });
  return { targets, problems: [] };
}
