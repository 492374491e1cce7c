/**
 * Instance-type parsing for image-URI lookup, as the SageMaker Python SDK does it.
 * Pure: no I/O.
 */

/**
 * `ml.<family>.<size>` or `ml_<family>`. Mirrors the SDK's Python pattern, including Python's Unicode
 * meaning of `\d` (any decimal digit) and `\w` (letters, numbers, underscore), and `$` also matching just
 * before a final newline. Case-sensitive.
 */
const FAMILY_PATTERN = /^ml[._]([a-z\p{Nd}-]+)\.?[\p{L}\p{N}_]*\n?$/u;

/** Graviton instance families (a fixed list in the SDK; m7g, r7g, c7gn are not in it). */
export const GRAVITON_INSTANCE_FAMILIES: readonly string[] = Object.freeze([
  'm6g',
  'm6gd',
  'c6g',
  'c6gd',
  'c6gn',
  'c7g',
  'r6g',
  'r6gd',
]);

/** Frameworks with Graviton images. */
export const GRAVITON_FRAMEWORKS: readonly string[] = Object.freeze([
  'pytorch',
  'sklearn',
  'tensorflow',
  'xgboost',
]);

/** The instance family (`m5` in `ml.m5.large`), or '' when the type is missing or not of that form. */
export function instanceFamily(instanceType: string | null | undefined): string {
  if (typeof instanceType !== 'string') return '';
  const m = FAMILY_PATTERN.exec(instanceType);
  return m?.[1] ?? '';
}

export function isGravitonFamily(family: string): boolean {
  return GRAVITON_INSTANCE_FAMILIES.includes(family);
}

/**
 * The processor an instance type asks for, before checking it is allowed: `local` -> cpu, other
 * `local...` -> gpu, `neuron...` -> neuron; otherwise by family: a family listed in `allowed` as is,
 * inf* -> inf, trn* -> trn, g* / p* -> gpu, anything else -> cpu. Null when the type is malformed.
 */
export function processorForInstanceType(instanceType: string, allowed: readonly string[]): string | null {
  if (instanceType.startsWith('local')) return instanceType === 'local' ? 'cpu' : 'gpu';
  if (instanceType.startsWith('neuron')) return 'neuron';
  const family = instanceFamily(instanceType);
  if (family === '') return null;
  if (allowed.includes(family)) return family;
  if (family.startsWith('inf')) return 'inf';
  if (family.startsWith('trn')) return 'trn';
  if (family.startsWith('g') || family.startsWith('p')) return 'gpu';
  return 'cpu';
}
