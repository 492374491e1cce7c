import { editDistance } from '../nearest.js';
import { KNOWN_CLASSES, STEP_REGISTRY, type JobTypeField } from './class-data.js';

export type { JobTypeField } from './class-data.js';

const BASES = new Map<string, readonly string[]>(KNOWN_CLASSES.map(([name, bases]) => [name, bases]));
const JOB_TYPE = new Map<string, JobTypeField>(KNOWN_CLASSES.map(([name, , jt]) => [name, jt]));

/** A class cursus can load (a `config_types` class outside this set makes it refuse the file). */
export function isKnownClass(name: string): boolean {
  return BASES.has(name);
}

/** Every class cursus can load, in discovery order. */
export const KNOWN_CLASS_NAMES: readonly string[] = KNOWN_CLASSES.map(([name]) => name);

/** Python's `issubclass(cls, base)` over the known classes. */
export function isSubclassOf(cls: string, base: string): boolean {
  if (cls === base) return true;
  return (BASES.get(cls) ?? []).some((b) => isSubclassOf(b, base));
}

/** How the class declares `job_type` (drives `hasattr(config, "job_type")` in the resolver). */
export function jobTypeField(cls: string): JobTypeField {
  return JOB_TYPE.get(cls) ?? 'absent';
}

/**
 * `StepCatalog.list_available_steps()`: the registry's step names without the abstract `Base` and
 * `Processing`, sorted (no registry name is a job-type variant).
 */
export const KNOWN_STEPS: readonly string[] = STEP_REGISTRY.map(([step]) => step)
  .filter((s) => s !== 'Base' && s !== 'Processing')
  .sort();

const CONFIG_CLASS_OF = new Map(STEP_REGISTRY.map(([step, cls]) => [step, cls]));
const BUILDER_OF = new Map(STEP_REGISTRY.map(([step, , builder]) => [step, builder]));

/**
 * The resolver's `_config_class_to_step_type`: the catalog step whose config class is this one (or whose
 * builder step name plus `Config` is), else the legacy rule (strip `Config`, then `Step`; `CradleDataLoad`
 * → `CradleDataLoading`, `Package`/`PackageStep` → `MIMSPackaging`).
 */
export function stepTypeOfClass(cls: string): string {
  for (const step of KNOWN_STEPS) {
    if (CONFIG_CLASS_OF.get(step) === cls) return step;
    const builder = BUILDER_OF.get(step);
    if (builder && `${builder}Config` === cls) return builder;
  }
  let t = cls;
  if (t.endsWith('Config')) t = t.slice(0, -6);
  if (t.endsWith('Step')) t = t.slice(0, -4);
  if (t === 'CradleDataLoad') return 'CradleDataLoading';
  if (t === 'PackageStep' || t === 'Package') return 'MIMSPackaging';
  return t;
}

/** The known classes nearest to a name (all at the smallest distance, if within a third of its length). */
export function nearestClasses(name: string, limit = 3): string[] {
  const scored = KNOWN_CLASS_NAMES.map((c) => [c, editDistance(name, c)] as const);
  const best = Math.min(...scored.map(([, d]) => d));
  if (best > Math.max(2, Math.floor(name.length / 3))) return [];
  return scored
    .filter(([, d]) => d === best)
    .slice(0, limit)
    .map(([c]) => c);
}
