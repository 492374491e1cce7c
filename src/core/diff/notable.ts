/**
 * The changes a reviewer must not miss, found in what the payload families carry (FORMAT §b–§c):
 * - registration (MIMS): the inference image (`source_model_inference_image_arn`, with a framework version downgrade
 *   read from its tag), the model objective and domain, the regions, the model's input and output variables;
 * - Cradle data loading: a data source added or removed, a data source pointed elsewhere (MDS service or region, EDX
 *   manifest, Andes table), the output path, fields dropped from the output schema;
 * - data uploading: the Andes table written to; Redshift: the cluster, database, role and the EDX output;
 * - any step: removed from the document, or its `STEP_TYPE` changed.
 * Pure.
 */
import { isObject } from '../json.js';
import { isNumeric } from '../number.js';
import { clippedJson } from '../serialize.js';
import type { ReviewChange, ReviewDiff } from './review.js';
import { valueText } from './review.js';

export type NotableKind =
  | 'step-removed'
  | 'step-type'
  | 'image'
  | 'framework-downgrade'
  | 'objective'
  | 'region'
  | 'model-variables'
  | 'data-source-added'
  | 'data-source-removed'
  | 'data-source'
  | 'output'
  | 'schema-fields-removed';

export interface Notable {
  kind: NotableKind;
  /** Steps with this very change (several when identical changes were grouped). */
  steps: string[];
  /** Path below `STEP_CONFIG` ('' for a whole step). */
  path: string;
  /** Before and after, as short text, when the change is one value. */
  old?: string;
  new?: string;
  /** Counts or names, e.g. `2 added, 1 removed`, a data source's name. */
  detail?: string;
}

/** The version at the start of an image tag: `1.7-1` → [1, 7, 1]; `2.1.0-cpu-py310` → [2, 1, 0]. */
export function tagVersion(imageUri: string): { repo: string; version: number[]; text: string } | undefined {
  const m = /^(.*):(\d+(?:\.\d+)*)(?:-(\d+))?(?:[-.][^/]*)?$/.exec(imageUri);
  if (!m) return undefined;
  const version = [...m[2]!.split('.').map(Number), ...(m[3] ? [Number(m[3])] : [])];
  return { repo: m[1]!, version, text: `${m[2]}${m[3] ? `-${m[3]}` : ''}` };
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const last = (path: string): string => /(?:^|\.)([A-Za-z_$][\w$]*)$/.exec(path)?.[1] ?? path;

const REGION_KEYS = new Set(['source_model_region', 'model_registration_region']);
const OBJECTIVE_KEYS = new Set(['model_objective', 'model_domain']);
const MODEL_VARIABLES = /^(source_model_inference_(?:input|output)_variable_list)/;
const DATA_SOURCES = /^dataSources\.dataSources\[dataSourceName=("(?:[^"\\]|\\.)*")\]/;
/** Fields that point a data source elsewhere (Cradle MDS/EDX/Andes, Redshift's cluster). */
const SOURCE_FIELDS = new Set([
  'serviceName',
  'orgId',
  'region',
  'edxArn',
  'provider',
  'tableName',
  'clusterId',
  'dbName',
  'roleArn',
  'clusterEndpoint',
]);
/** Where a step writes: Cradle's output path, data uploading's Andes table, Redshift's EDX output. */
const OUTPUT_PATHS = [
  /^outputSpecification\.outputPath$/,
  /^dataSink\.andesDataSinkProperties\.(?:providerName|tableName|tableVersion)$/,
  /^outputSpecification\.edxArn$/,
];

/** An element of an output schema: Cradle's MDS fields (records) or the output specification's (names). */
const SCHEMA_FIELD = /outputSchema\[(?:fieldName=|=)"(?:[^"\\]|\\.)*"\]$/;

/** A value as a review item shows it: a scalar as the diff shows it, a list or object as short compact JSON. */
function shownValue(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (Array.isArray(v) || (isObject(v) && !isNumeric(v))) return clippedJson(v, 60);
  return valueText(v);
}

function notablesOf(step: string, changes: readonly ReviewChange[]): Notable[] {
  const out: Notable[] = [];
  const add = (n: Omit<Notable, 'steps'>): void => {
    if (!out.some((o) => o.kind === n.kind && o.path === n.path)) out.push({ ...n, steps: [step] });
  };
  const variables = new Map<string, { added: number; removed: number }>();
  let schemaRemoved = 0;
  // A STEP_TYPE list (`["PROCESSING_STEP", "MimsModelRegistrationProcessingStep"]`) changes element by element.
  const typeRemoved: string[] = [];
  const typeAdded: string[] = [];
  for (const c of changes) {
    if (!c.path.startsWith('STEP_TYPE[') || c.kind === 'moved') continue;
    if (c.old !== undefined) typeRemoved.push(shownValue(c.old) ?? '');
    if (c.new !== undefined) typeAdded.push(shownValue(c.new) ?? '');
  }
  if (typeRemoved.length + typeAdded.length > 0)
    add({
      kind: 'step-type',
      path: 'STEP_TYPE',
      ...(typeRemoved.length > 0 ? { old: typeRemoved.join(', ') } : {}),
      ...(typeAdded.length > 0 ? { new: typeAdded.join(', ') } : {}),
    });
  for (const c of changes) {
    const key = last(c.path);
    const old = shownValue(c.old);
    const now = shownValue(c.new);
    const values = c.kind === 'changed' ? { ...(old ? { old } : {}), ...(now ? { new: now } : {}) } : {};
    if (c.path === 'STEP_TYPE') add({ kind: 'step-type', path: c.path, ...values });
    if (c.path === 'source_model_inference_image_arn' && c.kind === 'changed') {
      add({ kind: 'image', path: c.path, ...values });
      const a = typeof c.old === 'string' ? tagVersion(c.old) : undefined;
      const b = typeof c.new === 'string' ? tagVersion(c.new) : undefined;
      if (a && b && a.repo === b.repo && compareVersions(b.version, a.version) < 0)
        add({ kind: 'framework-downgrade', path: c.path, old: a.text, new: b.text });
    }
    if (OBJECTIVE_KEYS.has(c.path) && c.kind !== 'moved') add({ kind: 'objective', path: c.path, ...values });
    if (REGION_KEYS.has(c.path) && c.kind !== 'moved') add({ kind: 'region', path: c.path, ...values });
    const variable = MODEL_VARIABLES.exec(c.path)?.[1];
    if (variable && c.kind !== 'moved') {
      const counts = variables.get(variable) ?? { added: 0, removed: 0 };
      if (c.kind === 'added' || c.kind === 'changed') counts.added++;
      if (c.kind === 'removed' || c.kind === 'changed') counts.removed++;
      variables.set(variable, counts);
    }
    const source = DATA_SOURCES.exec(c.path);
    if (source) {
      const name = JSON.parse(source[1]!) as string;
      const whole = c.path === source[0];
      if (whole && c.kind === 'added') add({ kind: 'data-source-added', path: c.path, detail: name });
      else if (whole && c.kind === 'removed')
        add({ kind: 'data-source-removed', path: c.path, detail: name });
      else if (SOURCE_FIELDS.has(key) && c.kind === 'changed')
        add({ kind: 'data-source', path: c.path, detail: name, ...values });
    } else if (/^dataSources\.dataSources$/.test(c.path) && c.kind !== 'moved') {
      add({ kind: 'data-source', path: c.path });
    }
    if (
      /^clusterSpecification\.(?:clusterId|dbName|roleArn|clusterEndpoint)$/.test(c.path) &&
      c.kind === 'changed'
    )
      add({ kind: 'data-source', path: c.path, ...values });
    if (OUTPUT_PATHS.some((r) => r.test(c.path)) && c.kind !== 'moved')
      add({ kind: 'output', path: c.path, ...values });
    if (SCHEMA_FIELD.test(c.path) && c.kind === 'removed') schemaRemoved++;
  }
  for (const [path, { added, removed }] of variables) {
    const parts = [added > 0 ? `${added} added` : '', removed > 0 ? `${removed} removed` : ''].filter(
      Boolean,
    );
    add({ kind: 'model-variables', path, detail: parts.join(', ') });
  }
  if (schemaRemoved > 0)
    add({
      kind: 'schema-fields-removed',
      path: 'outputSpecification.outputSchema',
      detail: `${schemaRemoved} field${schemaRemoved === 1 ? '' : 's'}`,
    });
  return out;
}

/**
 * What must not be missed in a diff, each finding once: identical findings of several steps (a grouped change) are
 * one entry naming every step.
 */
export function notableChanges(review: ReviewDiff): Notable[] {
  const found: Notable[] = [];
  for (const s of review.steps) {
    if (s.status === 'removed') {
      found.push({ kind: 'step-removed', steps: [s.step], path: '' });
      continue;
    }
    if (s.status === 'added') continue;
    for (const n of notablesOf(s.step, s.all)) {
      const same = found.find(
        (f) =>
          f.kind === n.kind &&
          f.path === n.path &&
          f.old === n.old &&
          f.new === n.new &&
          f.detail === n.detail,
      );
      if (same) same.steps.push(s.step);
      else found.push(n);
    }
  }
  const rank: NotableKind[] = [
    'step-removed',
    'framework-downgrade',
    'image',
    'objective',
    'region',
    'data-source-removed',
    'data-source-added',
    'data-source',
    'output',
    'model-variables',
    'schema-fields-removed',
    'step-type',
  ];
  return found.sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind));
}
