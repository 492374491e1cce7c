import { getOwn, hasOwn, isObject, setOwn, type JsonObject } from '../json.js';
import { isNumeric, numberText, type ExactNumber } from '../number.js';
import { commonSubsequence } from './align.js';
import { compactJson } from '../serialize.js';
import type { Change, ChangeKind, ChangeSet, DocumentDiff, FieldSummary, StepDiff } from './types.js';

/** A leaf value; an ExactNumber (`1.0`, an integer past 2^53) is a number, compared by the text the document prints. */
type Scalar = string | number | ExactNumber | boolean | null;

/** One step of a path; formatted by {@link formatPath} (the forms are documented in types.ts). */
type Segment =
  | { t: 'key'; key: string }
  | { t: 'index'; index: number }
  | { t: 'match'; field: string; value: Scalar }
  | { t: 'value'; value: Scalar };

interface RawChange {
  kind: ChangeKind;
  path: Segment[];
  old?: unknown;
  new?: unknown;
  from?: number;
  to?: number;
}

/** Fields that name a record in a list, tried in this order (FORMAT: Cradle `outputSchema`, `dataSources`). */
const ID_FIELDS = ['fieldName', 'dataSourceName', 'name', 'id', 'key'] as const;

const STEPS = 'PIPELINE_STEP_CONFIGS';

function isScalar(v: unknown): v is Scalar {
  return v === null || typeof v === 'string' || isNumeric(v) || typeof v === 'boolean';
}

/** JSON text with object keys sorted: equal for values that are equal as JSON data (`1` and `1.0` differ). */
function canonical(v: unknown): string {
  if (isNumeric(v)) return numberText(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObject(v)) {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  }
  // compactJson: an exact number as written (`1.0` and `1` differ, as in the reference's documents).
  return compactJson(v);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isNumeric(a) && isNumeric(b)) return numberText(a) === numberText(b);
  if (isScalar(a) || isScalar(b)) return false;
  return canonical(a) === canonical(b);
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const s of path) {
    if (s.t === 'key')
      out += IDENT.test(s.key) ? `${out === '' ? '' : '.'}${s.key}` : `[${JSON.stringify(s.key)}]`;
    else if (s.t === 'index') out += `[${s.index}]`;
    else if (s.t === 'match') out += `[${s.field}=${canonical(s.value)}]`;
    else out += `[=${canonical(s.value)}]`;
  }
  return out;
}

/** How the elements of two lists are matched with each other. */
type ListIdentity = { by: 'field'; field: string } | { by: 'pair' } | { by: 'value' } | { by: 'content' };

function uniqueScalars(values: unknown[]): boolean {
  return (
    values.every((v) => typeof v === 'string' || typeof v === 'number') &&
    new Set(values).size === values.length
  );
}

function listIdentity(a: unknown[], b: unknown[]): ListIdentity {
  const all = [...a, ...b];
  if (all.every(isScalar)) return { by: 'value' };
  if (all.every(isObject)) {
    const field = ID_FIELDS.find((f) =>
      [a, b].every((list) => uniqueScalars(list.map((e) => getOwn(e as JsonObject, f)))),
    );
    if (field) return { by: 'field', field };
  }
  if (
    all.every((e) => Array.isArray(e) && e.length > 0) &&
    [a, b].every((list) => uniqueScalars(list.map((e) => (e as unknown[])[0])))
  ) {
    return { by: 'pair' };
  }
  return { by: 'content' };
}

/** Collects the differences between two JSON values. */
class Differ {
  readonly changes: RawChange[] = [];

  value(a: unknown, b: unknown, path: Segment[]): void {
    if (sameJson(a, b)) return;
    if (isObject(a) && isObject(b) && !isNumeric(a) && !isNumeric(b)) this.object(a, b, path);
    else if (Array.isArray(a) && Array.isArray(b)) this.list(a, b, path);
    else this.changes.push({ kind: 'changed', path, old: a, new: b });
  }

  private object(a: JsonObject, b: JsonObject, path: Segment[]): void {
    for (const k of Object.keys(a)) {
      const p = [...path, { t: 'key' as const, key: k }];
      if (!hasOwn(b, k)) this.changes.push({ kind: 'removed', path: p, old: a[k] });
      else this.value(a[k], b[k], p);
    }
    for (const k of Object.keys(b)) {
      if (!hasOwn(a, k))
        this.changes.push({ kind: 'added', path: [...path, { t: 'key', key: k }], new: b[k] });
    }
  }

  private list(a: unknown[], b: unknown[], path: Segment[]): void {
    const id = listIdentity(a, b);
    if (id.by === 'content' || id.by === 'value') this.byContent(a, b, path, id.by === 'value');
    else this.byKey(a, b, path, id);
  }

  /** Lists whose elements carry a name: match by name, then report moves among the common names. */
  private byKey(
    a: unknown[],
    b: unknown[],
    path: Segment[],
    id: { by: 'field'; field: string } | { by: 'pair' },
  ): void {
    const keyOf = (e: unknown): Scalar =>
      (id.by === 'field' ? getOwn(e as JsonObject, id.field) : (e as unknown[])[0]) as Scalar;
    const seg = (k: Scalar): Segment => ({ t: 'match', field: id.by === 'field' ? id.field : '0', value: k });
    const aKeys = a.map(keyOf);
    const bKeys = b.map(keyOf);
    const aIndex = new Map(aKeys.map((k, i) => [k, i]));
    const bSet = new Set(bKeys);
    a.forEach((e, i) => {
      if (!bSet.has(aKeys[i]!))
        this.changes.push({ kind: 'removed', path: [...path, seg(aKeys[i]!)], old: e });
    });
    const common = bKeys.filter((k) => aIndex.has(k));
    const aCommon = aKeys.filter((k) => bSet.has(k));
    const tag = (k: Scalar): string => JSON.stringify(k);
    const staying = new Set(commonSubsequence(aCommon.map(tag), common.map(tag)).map(([, j]) => common[j]));
    b.forEach((e, j) => {
      const k = bKeys[j]!;
      const p = [...path, seg(k)];
      const i = aIndex.get(k);
      if (i === undefined) {
        this.changes.push({ kind: 'added', path: p, new: e });
        return;
      }
      if (!staying.has(k)) this.changes.push({ kind: 'moved', path: p, from: i, to: j });
      if (id.by === 'pair') {
        if (!sameJson(a[i], e)) this.changes.push({ kind: 'changed', path: p, old: a[i], new: e });
      } else this.value(a[i], e, p);
    });
  }

  /**
   * Lists without names: keep the longest run of equal elements in order, report equal elements found
   * elsewhere as moves, and (unless the elements are scalars, where a different value is another element)
   * compare what is left pairwise, by position within the same gap between kept elements.
   */
  private byContent(a: unknown[], b: unknown[], path: Segment[], scalars: boolean): void {
    const aTags = a.map(canonical);
    const bTags = b.map(canonical);
    const kept = commonSubsequence(aTags, bTags);
    const aKept = new Set(kept.map(([i]) => i));
    const bKept = new Set(kept.map(([, j]) => j));
    const gapOfA = new Map<number, number>();
    const gapOfB = new Map<number, number>();
    let g = 0;
    for (let i = 0; i < a.length; i++) {
      if (aKept.has(i)) g++;
      else gapOfA.set(i, g);
    }
    g = 0;
    for (let j = 0; j < b.length; j++) {
      if (bKept.has(j)) g++;
      else gapOfB.set(j, g);
    }
    const elementSeg = (v: unknown, index: number): Segment =>
      scalars ? { t: 'value', value: v as Scalar } : { t: 'index', index };

    // Elements equal to one elsewhere in the other list moved.
    const freeA = new Map<string, number[]>();
    for (const i of gapOfA.keys()) {
      const list = freeA.get(aTags[i]!);
      if (list) list.push(i);
      else freeA.set(aTags[i]!, [i]);
    }
    const movedA = new Set<number>();
    const movedB = new Set<number>();
    const moves: RawChange[] = [];
    for (const j of gapOfB.keys()) {
      const i = freeA.get(bTags[j]!)?.shift();
      if (i === undefined) continue;
      movedA.add(i);
      movedB.add(j);
      moves.push({ kind: 'moved', path: [...path, elementSeg(b[j], j)], from: i, to: j });
    }

    const restA = [...gapOfA.keys()].filter((i) => !movedA.has(i));
    const restB = [...gapOfB.keys()].filter((j) => !movedB.has(j));
    if (scalars) {
      for (const i of restA)
        this.changes.push({ kind: 'removed', path: [...path, elementSeg(a[i], i)], old: a[i] });
      for (const c of moves) this.changes.push(c);
      for (const j of restB)
        this.changes.push({ kind: 'added', path: [...path, elementSeg(b[j], j)], new: b[j] });
      return;
    }
    const paired = new Map<number, number>();
    const pairedA = new Set<number>();
    const byGap = (rest: number[], gapOf: Map<number, number>): Map<number, number[]> => {
      const out = new Map<number, number[]>();
      for (const x of rest) {
        const list = out.get(gapOf.get(x)!);
        if (list) list.push(x);
        else out.set(gapOf.get(x)!, [x]);
      }
      return out;
    };
    const gapsA = byGap(restA, gapOfA);
    for (const [gap, bs] of byGap(restB, gapOfB)) {
      const as = gapsA.get(gap) ?? [];
      for (let k = 0; k < Math.min(as.length, bs.length); k++) {
        paired.set(bs[k]!, as[k]!);
        pairedA.add(as[k]!);
      }
    }
    for (const i of restA)
      if (!pairedA.has(i))
        this.changes.push({ kind: 'removed', path: [...path, elementSeg(a[i], i)], old: a[i] });
    const moveAt = new Map(moves.map((c) => [c.to!, c]));
    for (let j = 0; j < b.length; j++) {
      const move = moveAt.get(j);
      if (move) this.changes.push(move);
      if (!gapOfB.has(j) || movedB.has(j)) continue;
      const i = paired.get(j);
      const p = [...path, elementSeg(b[j], j)];
      if (i === undefined) this.changes.push({ kind: 'added', path: p, new: b[j] });
      else this.value(a[i], b[j], p);
    }
  }
}

/** The field a change is grouped under: the key holding the innermost list on the path, else the last key. */
function fieldPath(path: readonly Segment[]): Segment[] {
  let lastElement = -1;
  path.forEach((s, i) => {
    if (s.t !== 'key') lastElement = i;
  });
  const end = lastElement >= 0 ? lastElement : path.length;
  return path.slice(0, end);
}

function lastKey(path: readonly Segment[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const s = path[i]!;
    if (s.t === 'key') return s.key;
  }
  return '';
}

/**
 * Names fields by their last key; fields of a step that share it get the shortest run of trailing keys that
 * tells them apart (`outputSpecification.outputSchema`), else their path without `STEP_CONFIG.`.
 */
function shortLabels(groups: readonly Segment[][]): (g: Segment[]) => string {
  const distinct = new Map<string, Segment[]>();
  for (const g of groups) distinct.set(formatPath(g), g);
  const keysOf = (g: Segment[]): string[] => g.flatMap((s) => (s.t === 'key' ? [s.key] : []));
  const labels = new Map<string, string>();
  const all = [...distinct.values()];
  for (const [path, g] of distinct) {
    const keys = keysOf(g);
    const rivals = all.filter((o) => o !== g && lastKey(o) === lastKey(g)).map(keysOf);
    let found: string | undefined;
    for (let k = 1; k <= keys.length && found === undefined; k++) {
      const tail = keys.slice(-k).join('.');
      if (!rivals.some((r) => r.slice(-k).join('.') === tail)) found = tail;
    }
    const first = g[0];
    labels.set(
      path,
      found ?? formatPath(first?.t === 'key' && first.key === 'STEP_CONFIG' && g.length > 1 ? g.slice(1) : g),
    );
  }
  return (g) => labels.get(formatPath(g)) ?? formatPath(g);
}

/** A value short enough to quote in a summary line: strings as they are, other scalars as JSON. */
function shortText(v: unknown): string | undefined {
  const text = typeof v === 'string' ? v : isScalar(v) ? canonical(v) : undefined;
  // eslint-disable-next-line no-control-regex
  return text !== undefined && text.length <= 100 && !/[\u0000-\u001f\u007f-\u009f]/.test(text)
    ? text
    : undefined;
}

const KIND_ORDER: ChangeKind[] = ['added', 'removed', 'moved', 'changed'];

function summarize(field: string, raw: RawChange[], fieldLength: number[]): FieldSummary {
  const only = raw[0];
  if (raw.length === 1 && only && only.path.length === fieldLength[0]) {
    if (only.kind !== 'changed') return { field, what: only.kind };
    const o = shortText(only.old);
    const n = shortText(only.new);
    return o !== undefined && n !== undefined
      ? { field, what: 'changed', old: o, new: n }
      : { field, what: 'changed' };
  }
  const counts = KIND_ORDER.map((k) => [k, raw.filter((c) => c.kind === k).length] as const).filter(
    ([, n]) => n > 0,
  );
  return { field, what: counts.map(([k, n]) => `${n} ${k}`).join(', ') };
}

/** A deep copy of JSON data that keeps exact numbers as they are (they are immutable). */
function copy(v: unknown): unknown {
  if (isNumeric(v)) return v;
  if (Array.isArray(v)) return v.map(copy);
  if (isObject(v)) {
    const out: JsonObject = {};
    for (const k of Object.keys(v)) setOwn(out, k, copy(v[k]));
    return out;
  }
  return v;
}

/**
 * Turns raw changes into output changes grouped by field; `short` names fields by their last key
 * (by path when two share a name), otherwise by their whole path.
 */
function finish(raw: RawChange[], short: boolean): ChangeSet {
  const groups = raw.map((c) => fieldPath(c.path));
  const label = short ? shortLabels(groups) : (g: Segment[]): string => formatPath(g);
  const byField = new Map<string, { raw: RawChange[]; lengths: number[] }>();
  const changes = raw.map((c, n) => {
    const group = groups[n]!;
    const field = label(group);
    if (field !== '') {
      const entry = byField.get(field) ?? { raw: [], lengths: [] };
      entry.raw.push(c);
      entry.lengths.push(group.length);
      byField.set(field, entry);
    }
    const out: Change = { kind: c.kind, path: formatPath(c.path), field };
    // Copies, so the diff never shares objects with the caller's documents.
    if ('old' in c) out.old = copy(c.old);
    if ('new' in c) out.new = copy(c.new);
    if (c.from !== undefined) out.from = c.from;
    if (c.to !== undefined) out.to = c.to;
    return out;
  });
  const fields = [...byField.keys()];
  const summary = fields.map((f) => summarize(f, byField.get(f)!.raw, byField.get(f)!.lengths));
  return { fields, summary, changes };
}

function stepsOf(doc: unknown): JsonObject | undefined {
  if (!isObject(doc)) return undefined;
  const steps = getOwn(doc, STEPS);
  return isObject(steps) ? steps : undefined;
}

/** The document without `PIPELINE_STEP_CONFIGS` when that is an object (it is compared step by step). */
function outside(doc: unknown): unknown {
  if (!isObject(doc) || !stepsOf(doc)) return doc;
  const rest: JsonObject = {};
  for (const k of Object.keys(doc)) if (k !== STEPS) setOwn(rest, k, doc[k]);
  return rest;
}

/**
 * What changed from `base` to `head`, two execution documents (FORMAT: `PIPELINE_STEP_CONFIGS` keyed by step
 * name). Steps are compared by name; lists of records by their id field, lists of scalars by value, so an
 * inserted or moved element is one change. Never throws: inputs that are not documents are compared as JSON.
 */
export function diffDocuments(base: unknown, head: unknown): DocumentDiff {
  const a = stepsOf(base);
  const b = stepsOf(head);
  const steps: StepDiff[] = [];
  if (a && b) {
    for (const name of Object.keys(b)) {
      if (!hasOwn(a, name)) {
        steps.push({
          step: name,
          status: 'added',
          ...finish([{ kind: 'added', path: [], new: b[name] }], true),
        });
        continue;
      }
      const d = new Differ();
      d.value(a[name], b[name], []);
      if (d.changes.length === 0) continue;
      steps.push({ step: name, status: 'changed', ...finish(d.changes, true) });
    }
    for (const name of Object.keys(a)) {
      if (hasOwn(b, name)) continue;
      steps.push({
        step: name,
        status: 'removed',
        ...finish([{ kind: 'removed', path: [], old: a[name] }], true),
      });
    }
  }
  const rest = new Differ();
  if (a && b) rest.value(outside(base), outside(head), []);
  else rest.value(base, head, []);
  const other = finish(rest.changes, false);
  return { equal: steps.length === 0 && other.changes.length === 0, steps, other };
}

/** One line for a step or the rest of the document: `outputPath changed, outputSchema (1 added)`. */
export function summaryLine(set: ChangeSet & { status?: StepDiff['status'] }): string {
  if (set.status === 'added' || set.status === 'removed') return set.status;
  return set.summary
    .map((s) =>
      s.old !== undefined && s.new !== undefined
        ? `${s.field} ${s.old} → ${s.new}`
        : /^\d/.test(s.what)
          ? `${s.field} (${s.what})`
          : `${s.field} ${s.what}`,
    )
    .join(', ');
}

/** Names of the steps that were added, removed or changed. */
export function changedSteps(diff: DocumentDiff): string[] {
  return diff.steps.map((s) => s.step);
}
