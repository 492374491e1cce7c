import { capitalize } from './title-case.js';

export { capitalize } from './title-case.js';

/**
 * Execution-step name of a Cradle, DataUploading or Redshift node (FORMAT §b.2): strip a trailing
 * `_<job_type lower-cased>` (case-sensitive test) and append `-<job_type capitalized>`. The job type comes from
 * the config, not the node name. No job type (None or empty) → the node name unchanged.
 * `CradleDataLoading_training` + `training` → `CradleDataLoading-Training`;
 * `RedshiftDataLoading_mo_orders` + `mo_orders` → `RedshiftDataLoading-Mo_orders`.
 * Callers check that a non-empty job type is a string (cursus fails on anything else).
 */
export function jobTypeStepName(node: string, jobType: string | null | undefined): string {
  if (typeof jobType !== 'string' || jobType === '') return node;
  const suffix = `_${jobType.toLowerCase()}`;
  const base = node.endsWith(suffix) ? node.slice(0, node.length - suffix.length) : node;
  return `${base}-${capitalize(jobType)}`;
}
