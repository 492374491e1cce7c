import { compactJson } from '../serialize.js';
import { getOwn } from '../json.js';
import { jobTypeStepName } from '../step-name.js';
import { pyTruthy } from '../config/lax.js';
import { filePointer, type ProblemDraft } from '../config/load.js';
import type { FillTarget, ResolvedNode } from './types.js';

/**
 * The plan shared by the Cradle, DataUploading and Redshift families (FORMAT §b.2): one target per node, named
 * from the node and its config's `job_type` (as the reference reads it). A `job_type` that is set but not text
 * makes the reference fail outright (`job_type.lower()`), in both modes.
 */
export function jobTypeTargets(
  nodes: readonly ResolvedNode[],
  templateStepType: unknown,
  missingStepType?: FillTarget['missingStepType'],
): { targets: FillTarget[]; problems: ProblemDraft[] } {
  const targets: FillTarget[] = [];
  const problems: ProblemDraft[] = [];
  for (const n of nodes) {
    const jobType = getOwn(n.entry.reference, 'job_type');
    if (pyTruthy(jobType) && typeof jobType !== 'string') {
      problems.push({
        severity: 'error',
        code: 'config/job-type',
        message: `config "${n.entry.key}" (${n.entry.className}) has job_type ${compactJson(jobType)}, which is not text: the reference fails on it (job_type.lower()); write it as a string`,
        file: '',
        jsonPath: filePointer(n.entry, ['job_type']),
        node: n.node,
      });
      continue;
    }
    const name = jobTypeStepName(n.node, typeof jobType === 'string' ? jobType : null);
    targets.push({
      node: n.node,
      rule: n.rule,
      entry: n.entry,
      candidates: [name],
      preferred: name,
      templateStepType,
      ...(missingStepType ? { missingStepType } : {}),
    });
  }
  return { targets, problems };
}
