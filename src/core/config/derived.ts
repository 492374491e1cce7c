/** Derived values of FORMAT §a.4, recomputed from the base fields on load (saved copies are ignored). */
import { keysOf } from '../json.js';
import { isExactNumber, pythonFloatRepr } from '../number.js';
import { pyTruthy } from './lax.js';

const AWS_REGIONS: Record<string, string> = { NA: 'us-east-1', EU: 'eu-west-1', FE: 'us-west-2' };

/** `NA`→`us-east-1`, `EU`→`eu-west-1`, `FE`→`us-west-2`, anything else → `us-east-1`. */
export function awsRegion(region: unknown): string {
  return (
    (typeof region === 'string' && Object.prototype.hasOwnProperty.call(AWS_REGIONS, region)
      ? AWS_REGIONS[region]
      : undefined) ?? 'us-east-1'
  );
}

/** Python's `repr()` of a str: single quotes unless the text has `'` and no `"`; escapes as Python writes them. */
export function pyReprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    // Python prints what Unicode calls printable; control and separator characters are escaped.
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u.test(ch) || (/\p{Zs}/u.test(ch) && ch !== ' '))
      out +=
        cp <= 0xff
          ? `\\x${cp.toString(16).padStart(2, '0')}`
          : cp <= 0xffff
            ? `\\u${cp.toString(16).padStart(4, '0')}`
            : `\\U${cp.toString(16).padStart(8, '0')}`;
    else out += ch;
  }
  return out + quote;
}

/** Python's `repr()` of a JSON value (how a value inside a list or dict prints in an f-string). */
export function pyRepr(v: unknown): string {
  if (typeof v === 'string') return pyReprStr(v);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  if (v !== null && typeof v === 'object' && !isExactNumber(v))
    return `{${keysOf(v)
      .map((k): [string, unknown] => [k, (v as Record<string, unknown>)[k]])
      .map(([k, x]) => `${pyReprStr(k)}: ${pyRepr(x)}`)
      .join(', ')}}`;
  return pyStr(v);
}

/** Python's f-string rendering of a value: `None`, `True`, `False`, ints, floats as `repr`, containers as `repr`. */
export function pyStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'string') return v;
  if (isExactNumber(v)) return /[.eE]/.test(v.text) ? pythonFloatRepr(v.value) : v.text;
  if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : pythonFloatRepr(v);
  return pyRepr(v);
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

/**
 * Cradle `OutputSpecificationConfig.output_path`: `{pipeline_s3_loc}/data-load/{job_type}`, or the default bucket
 * when `pipeline_s3_loc` is empty or None.
 */
export function cradleOutputPath(s3Loc: unknown, jobType: unknown): string {
  const base = pyTruthy(s3Loc) ? pyStr(s3Loc) : 's3://default-bucket';
  return `${base}/data-load/${pyStr(jobType)}`;
}

export interface EdxFields {
  edx_arn?: unknown;
  edx_provider?: unknown;
  edx_subject?: unknown;
  edx_dataset?: unknown;
  edx_manifest_key?: unknown;
}

/** `edx_arn` when not None, else `arn:amazon:edx:iad::manifest/{provider}/{subject}/{dataset}/{manifest_key}`. */
export function edxManifest(e: EdxFields): unknown {
  if (e.edx_arn !== null && e.edx_arn !== undefined) return e.edx_arn;
  return `arn:amazon:edx:iad::manifest/${pyStr(e.edx_provider)}/${pyStr(e.edx_subject)}/${pyStr(e.edx_dataset)}/${pyStr(e.edx_manifest_key)}`;
}

/**
 * Why a value cannot be the bucket of an S3 URI, or undefined when it can: empty, or characters outside letters,
 * digits, `.`, `-` and `_` (`s3:///MODS/...`, `s3://my bucket/...`), or not starting and ending with a letter or
 * digit. Legacy bucket names with capitals and underscores pass.
 */
export function bucketProblem(bucket: unknown): string | undefined {
  if (typeof bucket !== 'string') return `is not text (${pyStr(bucket)})`;
  if (bucket === '') return 'is empty';
  if (!/^[A-Za-z0-9._-]+$/.test(bucket)) return 'has characters an S3 bucket name cannot have';
  if (!/^[A-Za-z0-9](?:.*[A-Za-z0-9])?$/.test(bucket)) return 'must start and end with a letter or digit';
  return undefined;
}
