/** Derived values of FORMAT §a.4, recomputed from the base fields on load (saved copies are ignored). */

const AWS_REGIONS: Record<string, string> = { NA: 'us-east-1', EU: 'eu-west-1', FE: 'us-west-2' };

/** `NA`→`us-east-1`, `EU`→`eu-west-1`, `FE`→`us-west-2`, anything else → `us-east-1`. */
export function awsRegion(region: unknown): string {
  return (
    (typeof region === 'string' && Object.prototype.hasOwnProperty.call(AWS_REGIONS, region)
      ? AWS_REGIONS[region]
      : undefined) ?? 'us-east-1'
  );
}

/** Python's f-string rendering of a scalar: `None`, `True`, `False`, numbers and strings as-is. */
export function pyStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  return String(v);
}

export interface BaseFields {
  author?: unknown;
  bucket?: unknown;
  region?: unknown;
  service_name?: unknown;
  pipeline_version?: unknown;
  model_class?: unknown;
}

/** `{author}-{service_name}-{model_class}-{region}` */
export function pipelineName(b: BaseFields): string {
  return `${pyStr(b.author)}-${pyStr(b.service_name)}-${pyStr(b.model_class ?? 'xgboost')}-${pyStr(b.region)}`;
}

/** `s3://{bucket}/MODS/{pipeline_name}_{pipeline_version}` */
export function pipelineS3Loc(b: BaseFields): string {
  return `s3://${pyStr(b.bucket)}/MODS/${pipelineName(b)}_${pyStr(b.pipeline_version)}`;
}

/** Cradle `output_spec.output_path`: `{pipeline_s3_loc}/data-load/{job_type}`, or the default bucket when empty. */
export function cradleOutputPath(s3Loc: string, jobType: unknown): string {
  const base = s3Loc === '' ? 's3://default-bucket' : s3Loc;
  return `${base}/data-load/${pyStr(jobType)}`;
}

export interface EdxFields {
  edx_arn?: unknown;
  edx_provider?: unknown;
  edx_subject?: unknown;
  edx_dataset?: unknown;
  edx_manifest_key?: unknown;
}

/** `edx_arn` when given, else `arn:amazon:edx:iad::manifest/{provider}/{subject}/{dataset}/{manifest_key}`. */
export function edxManifest(e: EdxFields): string {
  if (typeof e.edx_arn === 'string' && e.edx_arn !== '') return e.edx_arn;
  return `arn:amazon:edx:iad::manifest/${pyStr(e.edx_provider)}/${pyStr(e.edx_subject)}/${pyStr(e.edx_dataset)}/${pyStr(e.edx_manifest_key)}`;
}
