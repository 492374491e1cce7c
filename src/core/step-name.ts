/** Python's `str.capitalize`: first character upper-cased, all the others lower-cased. */
export function capitalize(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/**
 * Execution-step name of a Cradle, DataUploading or Redshift node (FORMAT §b.2): strip a trailing
 * `_<job_type lower-cased>` (case-sensitive test) and append `-<Job_type capitalized>`. The job type
 * comes from the config, not the node name. No job type → the node name unchanged.
 * `CradleDataLoading_training` + `training` → `CradleDataLoading-Training`;
 * `RedshiftDataLoading_mo_orders` + `mo_orders` → `RedshiftDataLoading-Mo_orders`.
 */
export function jobTypeStepName(node: string, jobType: unknown): string {
  if (typeof jobType !== 'string' || jobType === '') return node;
  const suffix = `_${jobType.toLowerCase()}`;
  const base = node.endsWith(suffix) ? node.slice(0, node.length - suffix.length) : node;
  return `${base}-${capitalize(jobType)}`;
}
