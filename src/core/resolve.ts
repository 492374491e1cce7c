import type { ConfigEntry } from './config/load.js';
import { jobTypeField, KNOWN_STEPS, stepTypeOfClass } from './config/classes.js';
import { isModeled } from './config/model.js';
import { pyTruthy } from './config/lax.js';
import { getOwn, hasOwn } from './json.js';
import { sequenceRatio } from './difflib.js';
import type { ResolutionRule } from './report/report.js';

export interface Resolution {
  entry: ConfigEntry;
  rule: ResolutionRule;
  /** The reference's confidence for a scored match (job-type, semantic, pattern). */
  confidence?: number;
}

const NOT_ALNUM = /[^\p{L}\p{N}]/gu;

/** Python's `canonical_key`: lower-cased, letters and digits only (`XGBoost_Training` → `xgboosttraining`). */
export function canonicalKey(name: string): string {
  return name.toLowerCase().replace(NOT_ALNUM, '');
}

const STEP_BY_KEY = new Map<string, string>();
for (const s of KNOWN_STEPS) if (!STEP_BY_KEY.has(canonicalKey(s))) STEP_BY_KEY.set(canonicalKey(s), s);

/** `resolve_base_step_name`: the longest `_`-prefix of the node that is a known step, by canonical key. */
export function baseStepName(node: string): string | undefined {
  const parts = node.split('_');
  for (let cut = parts.length; cut > 0; cut--) {
    const hit = STEP_BY_KEY.get(canonicalKey(parts.slice(0, cut).join('_')));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

const COMPOUND_ACRONYMS = [
  'LightGBMMT',
  'LightGBM',
  'XGBoost',
  'PyTorch',
  'TensorFlow',
  'SageMaker',
  'MLFlow',
  'AutoML',
];

/** `canonical_to_snake`: `XGBoostTraining` → `xgboost_training`. */
function canonicalToSnake(name: string): string {
  let s = name;
  for (const a of COMPOUND_ACRONYMS) s = s.split(a).join(a[0]! + a.slice(1).toLowerCase());
  return s
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

/** `split_job_type_suffix`: whether the node carries a suffix after a known step name (`undefined` = none). */
function nodeSuffix(node: string): string | undefined {
  const base = baseStepName(node);
  if (base === undefined || canonicalKey(base) === canonicalKey(node)) return undefined;
  const chars = Array.from(node);
  let suffix: string | undefined = node.toLowerCase().startsWith(base.toLowerCase())
    ? chars.slice(base.length + 1).join('')
    : undefined;
  if (!suffix)
    suffix = node.split('_').slice(canonicalToSnake(base).split('_').length).join('_') || undefined;
  return suffix;
}

const JOB_TYPE_KEYWORDS: readonly (readonly [string, readonly string[]])[] = [
  ['training', ['training', 'train']],
  ['calibration', ['calibration', 'calib']],
  ['evaluation', ['evaluation', 'eval', 'test']],
  ['inference', ['inference', 'infer', 'predict']],
];

const SEMANTIC_GROUPS: readonly (readonly string[])[] = [
  ['loading', 'load', 'cradle'],
  ['preprocessing', 'tabular'],
  ['training', 'xgboost', 'pytorch'],
  ['evaluation', 'eval', 'test'],
  ['transformation', 'batch'],
];

/** `STEP_TYPE_PATTERNS`: `re.match(".*x.*", node)` — `x` within the first line of the lower-cased node. */
const STEP_TYPE_PATTERNS: readonly (readonly [string, readonly string[]])[] = [
  ['data_load', ['CradleDataLoading']],
  ['preprocess', ['TabularPreprocessing']],
  ['train', ['XGBoostTraining', 'PyTorchTraining', 'DummyTraining']],
  ['eval', ['XGBoostModelEval']],
  ['model', ['XGBoostModel', 'PyTorchModel']],
  ['calibrat', ['ModelCalibration']],
  ['packag', ['MIMSPackaging']],
  ['payload', ['MIMSPayload']],
  ['regist', ['ModelRegistration']],
  ['transform', ['BatchTransform']],
  ['currency', ['CurrencyConversion']],
  ['risk', ['RiskTableMapping']],
  ['hyperparam', ['HyperparameterPrep']],
];

/** `(getattr(config, "job_type", "") or "").lower()` raised: cursus then resolves the node to nothing. */
class JobTypeNotText extends Error {}

/** `hasattr(config, "job_type")` and its value, on the object cursus built. */
export function jobTypeOf(entry: ConfigEntry): { has: boolean; value?: unknown } {
  if (isModeled(entry.className)) {
    const ref = entry.reference;
    return hasOwn(ref, 'job_type') ? { has: true, value: ref['job_type'] } : { has: false };
  }
  const field = jobTypeField(entry.className);
  if (field === 'absent') return { has: false };
  if (hasOwn(entry.value, 'job_type')) return { has: true, value: getOwn(entry.value, 'job_type') };
  return field === 'required' ? { has: false } : { has: true, value: field.default };
}

interface Candidate {
  entry: ConfigEntry;
  keyLower: string;
  /** Class name lower-cased without "config" and "step" (`config_base_type`). */
  classBase: string;
  stepType: string;
}

type Scored = [ConfigEntry, number, ResolutionRule];

/**
 * DAG node → config, as the reference's `StepConfigResolverAdapter.resolve_config_for_step` does
 * (`step_catalog/adapters/config_resolver.py`; FORMAT §e, Errata 4), rules in order:
 * 1. exact key; 2. the first key equal ignoring case; 3. `base-name`: a node that is a bare step name (no suffix
 * after a known step) matches the one config, other than one keyed by the node, whose class's step type has the
 * node's canonical key (`RedshiftDataLoading` → `RedshiftDataLoading_orders`); then the scored matches, highest
 * confidence first (the first on a tie), however low: 4. `job-type` (the node names a job type the config's
 * job_type shares; 0.7 + 0.3 × name similarity), 5. `semantic` (node and key share a keyword group and the
 * config's step type is the node's base step; 0.7), 6. `pattern` (a name pattern of the node maps to the config's
 * step type; 0.6, + 0.2 when the job types agree).
 */
export class ConfigResolver {
  private readonly exact = new Map<string, ConfigEntry>();
  private readonly folded = new Map<string, ConfigEntry>();
  private readonly candidates: Candidate[];

  constructor(private readonly entries: readonly ConfigEntry[]) {
    for (const e of entries) {
      if (!this.exact.has(e.key)) this.exact.set(e.key, e);
      const k = e.key.toLowerCase();
      if (!this.folded.has(k)) this.folded.set(k, e);
    }
    this.candidates = entries.map((entry) => ({
      entry,
      keyLower: entry.key.toLowerCase(),
      classBase: entry.className.toLowerCase().replaceAll('config', '').replaceAll('step', ''),
      stepType: stepTypeOfClass(entry.className),
    }));
  }

  resolve(node: string): Resolution | undefined {
    const exact = this.exact.get(node);
    if (exact) return { entry: exact, rule: 'exact' };
    const folded = this.folded.get(node.toLowerCase());
    if (folded) return { entry: folded, rule: 'case-insensitive' };
    const base = this.baseName(node);
    if (base) return { entry: base, rule: 'base-name' };
    try {
      const scored = [
        ...this.jobTypeMatches(node),
        ...this.semanticMatches(node),
        ...this.patternMatches(node),
      ];
      let best: Scored | undefined;
      for (const s of scored) if (!best || s[1] > best[1]) best = s;
      return best ? { entry: best[0], rule: best[2], confidence: best[1] } : undefined;
    } catch (e) {
      if (e instanceof JobTypeNotText) return undefined;
      throw e;
    }
  }

  private baseName(node: string): ConfigEntry | undefined {
    if (nodeSuffix(node) !== undefined) return undefined;
    const key = canonicalKey(node);
    const hits = this.candidates.filter(
      (c) => c.entry.key !== node && c.stepType !== '' && canonicalKey(c.stepType) === key,
    );
    return hits.length === 1 ? hits[0]!.entry : undefined;
  }

  private static jobTypeText(entry: ConfigEntry): string | undefined {
    const jt = jobTypeOf(entry);
    if (!jt.has) return undefined;
    const v = jt.value;
    if (!pyTruthy(v)) return '';
    if (typeof v !== 'string') throw new JobTypeNotText();
    return v.toLowerCase();
  }

  private jobTypeMatches(node: string): Scored[] {
    const lower = node.toLowerCase();
    const category = JOB_TYPE_KEYWORDS.find(([, kws]) => kws.some((k) => lower.includes(k)));
    if (!category) return [];
    const keywords = category[1];
    const cut = node.lastIndexOf('_');
    const nodeStepType = cut >= 0 ? node.slice(0, cut).toLowerCase() : '';
    const out: Scored[] = [];
    for (const c of this.candidates) {
      const jt = ConfigResolver.jobTypeText(c.entry);
      if (jt === undefined || !keywords.some((k) => jt.includes(k))) continue;
      if (
        nodeStepType !== '' &&
        c.classBase !== '' &&
        !nodeStepType.includes(c.classBase) &&
        !c.classBase.includes(nodeStepType)
      )
        continue;
      const nameMatch =
        lower.includes(c.classBase) || c.classBase.split('_').some((part) => lower.includes(part))
          ? 0.8
          : sequenceRatio(lower, c.classBase);
      out.push([c.entry, 0.7 + nameMatch * 0.3, 'job-type']);
    }
    return out;
  }

  private semanticMatches(node: string): Scored[] {
    const lower = node.toLowerCase();
    const nodeStep = (baseStepName(node) ?? node).toLowerCase();
    const out: Scored[] = [];
    for (const c of this.candidates) {
      const hit = SEMANTIC_GROUPS.some(
        (g) => g.some((k) => lower.includes(k)) && g.some((k) => c.keyLower.includes(k)),
      );
      if (hit && c.stepType !== '' && c.stepType.toLowerCase() === nodeStep)
        out.push([c.entry, 0.7, 'semantic']);
    }
    return out;
  }

  private patternMatches(node: string): Scored[] {
    const firstLine = node.toLowerCase().split('\n')[0]!;
    const types = STEP_TYPE_PATTERNS.filter(([p]) => firstLine.includes(p)).flatMap(([, t]) => t);
    if (types.length === 0) return [];
    const lower = node.toLowerCase();
    const out: Scored[] = [];
    for (const c of this.candidates) {
      if (!types.includes(c.stepType)) continue;
      let confidence = 0.6;
      const jt = ConfigResolver.jobTypeText(c.entry);
      if (jt !== undefined) {
        const boost = JOB_TYPE_KEYWORDS.some(
          ([, kws]) => kws.some((k) => jt.includes(k)) && kws.some((k) => lower.includes(k)),
        )
          ? 1
          : 0;
        confidence += boost * 0.2;
      }
      out.push([c.entry, Math.min(confidence, 0.9), 'pattern']);
    }
    return out;
  }
}
