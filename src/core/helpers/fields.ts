import { isObject, getOwn, setOwn, typeName, type JsonObject } from '../json.js';
import { filePointer, type ConfigEntry, type ProblemDraft } from '../config/load.js';

/**
 * Thrown by a builder when a value it needs has the wrong shape. The fill step turns it into a
 * problem on that step (the reference logs and skips the step, FORMAT §0).
 */
export class BuildError extends Error {
  override readonly name = 'BuildError';
  constructor(
    message: string,
    readonly path: readonly string[],
  ) {
    super(message);
  }
}

/** Typed reads from a loaded config, with the field path for error messages. */
export class FieldReader {
  constructor(
    readonly value: JsonObject,
    readonly path: readonly string[] = [],
  ) {}

  raw(field: string): unknown {
    return getOwn(this.value, field);
  }

  object(field: string): FieldReader {
    const v = this.raw(field);
    if (!isObject(v))
      throw new BuildError(`"${[...this.path, field].join('.')}" must be an object, got ${typeName(v)}`, [
        ...this.path,
        field,
      ]);
    return new FieldReader(v, [...this.path, field]);
  }

  list(field: string): unknown[] {
    const v = this.raw(field);
    if (!Array.isArray(v))
      throw new BuildError(`"${[...this.path, field].join('.')}" must be a list, got ${typeName(v)}`, [
        ...this.path,
        field,
      ]);
    return v;
  }

  objects(field: string): FieldReader[] {
    return this.list(field).map((v, i) => {
      if (!isObject(v))
        throw new BuildError(
          `"${[...this.path, field, String(i)].join('.')}" must be an object, got ${typeName(v)}`,
          [...this.path, field, String(i)],
        );
      return new FieldReader(v, [...this.path, field, String(i)]);
    });
  }
}

/** Builds an object from entries, leaving out null/undefined members (Coral's serializer, FORMAT §b.3). */
export function compact(entries: readonly (readonly [string, unknown])[]): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of entries) if (v !== null && v !== undefined) setOwn(out, k, v);
  return out;
}

/** Builds an object keeping every member (null included), as the registration payload does. */
export function record(entries: readonly (readonly [string, unknown])[]): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of entries) if (v !== undefined) setOwn(out, k, v);
  return out;
}

export function buildErrorProblem(
  entry: ConfigEntry,
  file: string,
  e: BuildError,
  step: string,
): ProblemDraft {
  return {
    severity: 'error',
    code: 'config/unusable',
    message: `cannot build the STEP_CONFIG of ${step} from config "${entry.key}": ${e.message}`,
    file,
    jsonPath: filePointer(entry, e.path),
    step,
  };
}

export function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  return JSON.stringify(v);
}
