import { isDict } from '../config/lax.js';
import { getOwn, hasOwn, setOwn, typeName as jsonTypeName, type JsonObject } from '../json.js';
import { isExactNumber } from '../number.js';
import { compactJson } from '../serialize.js';
import { filePointer, type ConfigEntry, type ProblemDraft } from '../config/load.js';
import { instanceInfo } from '../config/model.js';
import type { BuildContext, ConfigView } from './types.js';

/** The object of a config a payload is built from (see ConfigView). */
export function configOf(entry: ConfigEntry, ctx: Pick<BuildContext, 'view'>): JsonObject {
  return ctx.view === 'reference' ? entry.reference : entry.validated;
}

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

/**
 * Attribute reads from a config object, with the field path for error messages. In the reference view a nested
 * block must be an object cursus built (a model); a plain dict has no attributes, and the reference fails there.
 */
export class FieldReader {
  constructor(
    readonly value: JsonObject,
    readonly path: readonly string[] = [],
    readonly view: ConfigView = 'validated',
  ) {}

  raw(field: string): unknown {
    return getOwn(this.value, field);
  }

  /**
   * `config.field`, an attribute read. In the reference view an absent field is a required field the unvalidated
   * model never got, and Python raises AttributeError: the reference then logs and skips the step.
   */
  attr(field: string): unknown {
    if (this.view === 'reference' && !hasOwn(this.value, field)) {
      const at = [...this.path, field];
      throw new BuildError(
        `"${at.join('.')}" is missing; cursus loads the config unvalidated and reading it fails (AttributeError), so the reference leaves the step as in the template`,
        at,
      );
    }
    return getOwn(this.value, field);
  }

  /** `hasattr(config, field)`. */
  has(field: string): boolean {
    return hasOwn(this.value, field);
  }

  /** `getattr(config, field, fallback)`. */
  or(field: string, fallback: unknown): unknown {
    return hasOwn(this.value, field) ? this.value[field] : fallback;
  }

  object(field: string): FieldReader {
    const v = this.raw(field);
    const at = [...this.path, field];
    if (!isDict(v)) throw new BuildError(`"${at.join('.')}" must be an object, got ${typeName(v)}`, at);
    if (this.view === 'reference' && !instanceInfo(v))
      throw new BuildError(
        `"${at.join('.')}" has no "__model_type__" and cursus cannot validate the config, so it stays a plain dict the reference cannot read`,
        at,
      );
    return new FieldReader(v, at, this.view);
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
      if (!isDict(v))
        throw new BuildError(
          `"${[...this.path, field, String(i)].join('.')}" must be an object, got ${typeName(v)}`,
          [...this.path, field, String(i)],
        );
      const at = [...this.path, field, String(i)];
      if (this.view === 'reference' && !instanceInfo(v))
        throw new BuildError(
          `"${at.join('.')}" has no "__model_type__" and cursus cannot validate the config, so it stays a plain dict the reference cannot read`,
          at,
        );
      return new FieldReader(v, at, this.view);
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
    // The reference logs the failure and leaves the step as in the template.
    strictOnly: true,
    file,
    jsonPath: filePointer(entry, e.path),
    step,
  };
}

/** A value as one line of text for reports (exact numbers as the document prints them). */
export function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  return compactJson(v);
}

/** The JSON type of a value, for messages (an ExactNumber is a number). */
function typeName(v: unknown): string {
  return isExactNumber(v) ? 'number' : jsonTypeName(v);
}
