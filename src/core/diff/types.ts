/**
 * The shape of a document diff. `renderDiffJson` prints exactly these objects (plus a version and counts, see
 * {@link DiffJson}), so this file is the JSON format's documentation.
 *
 * Paths are readable JSON paths relative to the step (`STEP_CONFIG.outputSpecification.outputPath`) or, for
 * changes outside `PIPELINE_STEP_CONFIGS`, to the document (`PIPELINE_ADDITIONAL_PARAMS.region`):
 * - `.key` for an object key that is an identifier, `["any key"]` (JSON string) otherwise (`.` is left out at
 *   the start of a path);
 * - `[fieldName="orderId"]` for the element of a list of records whose `fieldName` is `"orderId"` (also
 *   `dataSourceName`, `name`, `id`, `key`: the first field that identifies every element of both lists);
 * - `[0="Abuse.x"]` for the element of a list of `[name, type]` pairs whose first item is `"Abuse.x"`;
 * - `[="IS_FRD"]` for the element of a list of scalars equal to `"IS_FRD"` (value as JSON);
 * - `[3]` for an element matched by position (lists with no identity), the head index (base index for
 *   `removed`).
 * The whole step is the empty path `""`.
 */

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

export interface Change {
  kind: ChangeKind;
  path: string;
  /**
   * The field a reviewer knows the change by: the key holding the innermost list on the path (`outputSchema`
   * for any change to one of its fields), otherwise the last key (`transformSQL`). When two fields of a step
   * share a name, their paths (without `STEP_CONFIG.`) are used instead. `""` for a whole step.
   */
  field: string;
  /** The value before: present for `changed` and `removed`. */
  old?: unknown;
  /** The value after: present for `changed` and `added`. */
  new?: unknown;
  /** For `moved`: the element's index in the base list. */
  from?: number;
  /** For `moved`: the element's index in the head list. */
  to?: number;
}

/** One changed field, in a few words: `outputPath changed`, `outputSchema (1 added, 1 moved)`. */
export interface FieldSummary {
  field: string;
  /** `changed`, `added` or `removed` when the field itself changed, else counts such as `1 added, 2 changed`. */
  what: string;
  /** When the field is one short scalar that changed: its old and new value as text (strings unquoted). */
  old?: string;
  new?: string;
}

/** Changes grouped the same way for a step and for the part of the document outside the steps. */
export interface ChangeSet {
  /** Changed fields (see {@link Change.field}), in order of first change; empty for an added/removed step. */
  fields: string[];
  /** One entry per field of `fields`, same order. */
  summary: FieldSummary[];
  /** Every change, in document order; an added/removed step is one change at path `""`. */
  changes: Change[];
}

export type StepStatusChange = 'added' | 'removed' | 'changed';

export interface StepDiff extends ChangeSet {
  /** The `PIPELINE_STEP_CONFIGS` key. */
  step: string;
  status: StepStatusChange;
}

export interface DocumentDiff {
  /** True when the documents hold the same JSON (key order ignored, list order not). */
  equal: boolean;
  /** Steps that differ: changed and added ones in head order, then removed ones in base order. */
  steps: StepDiff[];
  /**
   * Changes outside `PIPELINE_STEP_CONFIGS` (e.g. `PIPELINE_ADDITIONAL_PARAMS`): paths from the document root,
   * fields named by their whole path.
   */
  other: ChangeSet;
}

/** What `renderDiffJson` prints (`exec-doc diff --format json`). Keys always appear in this order. */
export interface DiffJson {
  version: 1;
  equal: boolean;
  /** Steps added, removed and changed; changes outside the steps. */
  counts: { added: number; removed: number; changed: number; other: number };
  steps: (StepDiff & {
    /** The summary as one line: `outputPath changed, transformSQL changed`; `added`/`removed` for a whole step. */
    line: string;
  })[];
  other: ChangeSet & { line: string };
}
