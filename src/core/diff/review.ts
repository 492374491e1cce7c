/**
 * The diff as a reviewer reads it: per changed step its leaf changes with paths below `STEP_CONFIG`, identical
 * changes of several steps once, and each change as the lines of a ```` ```diff ```` block (`- path: old`,
 * `+ path: new`; a long or multi-line string as its changed lines with a little context, never two full copies).
 * Pure.
 */
import { isNumeric, numberText } from '../number.js';
import { isObject } from '../json.js';
import { editScript, type EditOp } from './align.js';
import type { Change, DocumentDiff, StepStatusChange } from './types.js';

/** A change with its path relative to the step's `STEP_CONFIG` (other keys of the step keep their name). */
export type ReviewChange = Change;

export interface ReviewStep {
  step: string;
  status: StepStatusChange;
  /** The step's changes that no other step shares (the shared ones are in {@link ReviewDiff.shared}). */
  changes: ReviewChange[];
  /** Every change of the step, shared or not. */
  all: ReviewChange[];
}

/** The same changes, made to several steps. */
export interface SharedChanges {
  steps: string[];
  changes: ReviewChange[];
}

export interface ReviewDiff {
  equal: boolean;
  steps: ReviewStep[];
  /** Changes found identical in two or more changed steps, grouped by the set of steps that have them. */
  shared: SharedChanges[];
  /** Changes outside `PIPELINE_STEP_CONFIGS`, paths from the document root. */
  other: ReviewChange[];
}

/** `STEP_CONFIG.a.b` → `a.b`, `STEP_CONFIG["x y"]` → `["x y"]`; `STEP_TYPE` and the whole step (`""`) unchanged. */
export function relativePath(path: string): string {
  if (path.startsWith('STEP_CONFIG.')) return path.slice('STEP_CONFIG.'.length);
  if (path.startsWith('STEP_CONFIG[')) return path.slice('STEP_CONFIG'.length);
  return path;
}

/** JSON text with exact numbers, for comparing values (key order kept: one generator writes one order). */
function canonical(v: unknown): string {
  if (isNumeric(v)) return numberText(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObject(v))
    return `{${Object.keys(v)
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

function changeKey(c: ReviewChange): string {
  return [
    c.kind,
    c.path,
    'old' in c ? canonical(c.old) : '',
    'new' in c ? canonical(c.new) : '',
    c.from,
    c.to,
  ].join('\u0000');
}

/** Builds the review view of a diff; identical changes of two or more changed steps are grouped. */
export function reviewDiff(diff: DocumentDiff): ReviewDiff {
  const steps = diff.steps.map((s) => ({
    step: s.step,
    status: s.status,
    all: s.changes.map((c) => ({ ...c, path: relativePath(c.path) })),
  }));
  // Which changed steps carry each change.
  const carriers = new Map<string, { change: ReviewChange; steps: string[] }>();
  for (const s of steps) {
    if (s.status !== 'changed') continue;
    for (const c of s.all) {
      const key = changeKey(c);
      const entry = carriers.get(key) ?? { change: c, steps: [] };
      if (entry.steps[entry.steps.length - 1] !== s.step) entry.steps.push(s.step);
      carriers.set(key, entry);
    }
  }
  const sharedKeys = new Set([...carriers].filter(([, e]) => e.steps.length > 1).map(([k]) => k));
  const groups = new Map<string, SharedChanges>();
  for (const key of sharedKeys) {
    const e = carriers.get(key)!;
    const id = JSON.stringify(e.steps);
    const g = groups.get(id) ?? { steps: e.steps, changes: [] };
    g.changes.push(e.change);
    groups.set(id, g);
  }
  return {
    equal: diff.equal,
    steps: steps.map((s) => ({
      ...s,
      changes: s.status === 'changed' ? s.all.filter((c) => !sharedKeys.has(changeKey(c))) : s.all,
    })),
    shared: [...groups.values()],
    other: diff.other.changes,
  };
}

/** Options of {@link changeLines}. */
export interface DiffLinesOptions {
  /** Longest line, in code points, before a value goes on lines of its own or is wrapped (default 100). */
  width?: number;
  /** Lines kept of a changed text; the rest are counted in a last `… N more lines` line (default: all). */
  maxLines?: number;
  /** Lines kept of a value shown whole (added, removed, replaced by another type) (default: 40). */
  maxValueLines?: number;
  /** One line per change: a changed text as a count of its changed lines, a long value as "changed". */
  brief?: boolean;
}

const WIDTH = 100;
const VALUE_LINES = 40;
const CONTEXT_LINES = 2;
const CONTEXT_TOKENS = 6;

/** A string shown as it is (not as JSON) when it cannot be mistaken for another value or hide its edges. */
function isPlain(s: string): boolean {
  return (
    s !== '' &&
    s.trim() === s &&
    !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(s) &&
    !/^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)$/.test(s) &&
    !/^["[{]/.test(s)
  );
}

/** A scalar as text: plain strings as they are, other strings as JSON, numbers as the document prints them. */
export function valueText(v: unknown): string {
  if (typeof v === 'string') return isPlain(v) ? v : JSON.stringify(v);
  if (isNumeric(v)) return numberText(v);
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  return canonical(v);
}

/** An object or a list as indented JSON lines (exact numbers, Unicode kept). */
export function jsonLines(v: unknown, indent = ''): string[] {
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return [`${indent}[]`];
    const items = v.map((x, i) => {
      const lines = jsonLines(x, inner);
      if (i < v.length - 1) lines[lines.length - 1] += ',';
      return lines;
    });
    return ['[', ...items.flat(), `${indent}]`].map((l, i) => (i === 0 ? `${indent}${l}` : l));
  }
  if (isObject(v) && !isNumeric(v)) {
    const keys = Object.keys(v);
    if (keys.length === 0) return [`${indent}{}`];
    const items = keys.map((k, i) => {
      const lines = jsonLines(v[k], inner);
      lines[0] = `${inner}${JSON.stringify(k)}: ${lines[0]!.slice(inner.length)}`;
      if (i < keys.length - 1) lines[lines.length - 1] += ',';
      return lines;
    });
    return [`${indent}{`, ...items.flat(), `${indent}}`];
  }
  return [`${indent}${isNumeric(v) ? numberText(v) : (JSON.stringify(v) ?? 'null')}`];
}

const length = (s: string): number => Array.from(s).length;

/**
 * Splits a line longer than `width` at spaces (or anywhere, when a word is longer): the pieces, in order, each after
 * the first marked as a continuation (`↪ `).
 */
export function wrap(line: string, width: number): string[] {
  if (length(line) <= width) return [line];
  const out: string[] = [];
  let rest = Array.from(line);
  while (rest.length > width) {
    let cut = rest.lastIndexOf(' ', width);
    // A cut inside the indentation would leave a piece of spaces only: cut the word instead.
    if (cut <= 0 || rest.slice(0, cut).every((c) => c === ' ')) cut = width;
    else cut += 1;
    out.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) out.push(rest.join(''));
  // Continuations say so: the text has no line break there.
  return out.map((piece, i) => (i === 0 ? piece : `${CONTINUED}${piece}`));
}

/** The mark that starts the continuation of a wrapped line. */
export const CONTINUED = '↪ ';

type Op = EditOp;

/** Runs of changes with `context` kept tokens around them; indexes into `ops`. */
function hunks(ops: readonly Op[], context: number): [number, number][] {
  const out: [number, number][] = [];
  ops.forEach((o, n) => {
    if (o.op === ' ') return;
    const start = Math.max(0, n - context);
    const end = Math.min(ops.length, n + context + 1);
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  });
  return out;
}

/** A multi-line text change: git-style hunks (`@@ -12,3 +12,4 @@ path`), long lines wrapped. */
function textLines(path: string, oldText: string, newText: string, width: number): string[] {
  const a = oldText.split('\n');
  const b = newText.split('\n');
  const ops = editScript(a, b);
  const out: string[] = [];
  // Line numbers before each op.
  const at: [number, number][] = [];
  let x = 1;
  let y = 1;
  for (const o of ops) {
    at.push([x, y]);
    if (o.op !== '+') x++;
    if (o.op !== '-') y++;
  }
  for (const [from, to] of hunks(ops, CONTEXT_LINES)) {
    // Blank context at either end (after the `\n` that ends an SQL) shows nothing: a hunk starts and ends with text.
    let start = from;
    let end = to;
    while (start < end && ops[start]!.op === ' ' && ops[start]!.text.trim() === '') start++;
    while (end > start && ops[end - 1]!.op === ' ' && ops[end - 1]!.text.trim() === '') end--;
    const slice = ops.slice(start, end);
    const olds = slice.filter((o) => o.op !== '+').length;
    const news = slice.filter((o) => o.op !== '-').length;
    const [l, r] = at[start]!;
    out.push(`@@ -${l},${olds} +${r},${news} @@ ${path}`);
    for (const o of slice) for (const piece of wrap(o.text, width)) out.push(`${o.op} ${piece}`);
  }
  return out;
}

/** Tokens of a one-line text: words with the separator after them, so a long JSON or SQL line diffs by parts. */
function tokens(text: string): string[] {
  return text.match(/[^\s,;{}()[\]]*(?:[\s,;{}()[\]]+|$)/g)?.filter((t) => t !== '') ?? [text];
}

/** A long one-line text change: each run of changed tokens, with a few around it, as `-`/`+` lines. */
function longLineLines(path: string, oldText: string, newText: string, width: number): string[] {
  const ops = editScript(tokens(oldText), tokens(newText));
  const out = [`@@ ${path} (one line) @@`];
  const spans = hunks(ops, CONTEXT_TOKENS);
  spans.forEach(([start, end], n) => {
    const slice = ops.slice(start, end);
    const side = (skip: '-' | '+'): string => {
      const text = slice
        .filter((o) => o.op !== skip)
        .map((o) => o.text)
        .join('');
      return `${start > 0 ? '…' : ''}${text}${end < ops.length ? '…' : ''}`;
    };
    if (n > 0) out.push('  …');
    const before = side('+');
    const after = side('-');
    if (slice.some((o) => o.op === '-')) for (const p of wrap(before, width)) out.push(`- ${p}`);
    if (slice.some((o) => o.op === '+')) for (const p of wrap(after, width)) out.push(`+ ${p}`);
  });
  return out;
}

/** A value on `-`/`+` lines: a scalar on one line (wrapped), an object or list as indented JSON. */
function valueLines(sign: '-' | '+', v: unknown, width: number): string[] {
  const lines =
    typeof v === 'string' && v.includes('\n') ? v.split('\n') : isBulky(v) ? jsonLines(v) : [valueText(v)];
  return lines.flatMap((l) => wrap(l, width).map((p) => `${sign} ${p}`));
}

function isBulky(v: unknown): boolean {
  return Array.isArray(v) || (isObject(v) && !isNumeric(v));
}

/** How many lines a text change adds and removes. */
export function textStats(oldText: string, newText: string): { added: number; removed: number } {
  const ops = editScript(oldText.split('\n'), newText.split('\n'));
  return {
    added: ops.filter((o) => o.op === '+').length,
    removed: ops.filter((o) => o.op === '-').length,
  };
}

/** Whether a change is of a text value better read as changed lines than as two values. */
export function isTextChange(
  c: ReviewChange,
  width = WIDTH,
): c is ReviewChange & { old: string; new: string } {
  if (c.kind !== 'changed' || typeof c.old !== 'string' || typeof c.new !== 'string') return false;
  return c.old.includes('\n') || c.new.includes('\n') || length(c.old) > width || length(c.new) > width;
}

function where(c: ReviewChange): string {
  return c.path === '' ? '(the whole step)' : c.path;
}

function cap(lines: string[], max: number | undefined): string[] {
  if (max === undefined || lines.length <= max) return lines;
  const keep = Math.max(1, max - 1);
  return [...lines.slice(0, keep), `  … ${lines.length - keep} more lines`];
}

/** The lines of one change in a ```` ```diff ```` block (see {@link DiffLinesOptions}). */
export function changeLines(c: ReviewChange, opts: DiffLinesOptions = {}): string[] {
  const width = opts.width ?? WIDTH;
  const path = where(c);
  if (c.kind === 'moved') return [`! ${path}: moved from position ${c.from} to ${c.to}`];
  if (opts.brief) return [briefLine(c, width)];
  const inline = (sign: '-' | '+', v: unknown): string | undefined => {
    if (isBulky(v) || (typeof v === 'string' && v.includes('\n'))) return undefined;
    const line = `${sign} ${path}: ${valueText(v)}`;
    return length(line) <= width + 2 ? line : undefined;
  };
  if (c.kind === 'added' || c.kind === 'removed') {
    const sign = c.kind === 'added' ? '+' : '-';
    const v = c.kind === 'added' ? c.new : c.old;
    const one = inline(sign, v);
    if (one) return [one];
    return cap(
      [`@@ ${path} (${c.kind}) @@`, ...valueLines(sign, v, width)],
      opts.maxValueLines ?? VALUE_LINES,
    );
  }
  const a = inline('-', c.old);
  const b = inline('+', c.new);
  if (a && b) return [a, b];
  if (isTextChange(c, width)) {
    const multi = c.old.includes('\n') || c.new.includes('\n');
    return cap(
      multi ? textLines(path, c.old, c.new, width) : longLineLines(path, c.old, c.new, width),
      opts.maxLines,
    );
  }
  return cap(
    [`@@ ${path} @@`, ...valueLines('-', c.old, width), ...valueLines('+', c.new, width)],
    opts.maxValueLines ?? VALUE_LINES,
  );
}

/** The one-line form of a change. */
function briefLine(c: ReviewChange, width: number): string {
  const path = where(c);
  if (isTextChange(c, width)) {
    const { added, removed } = textStats(c.old, c.new);
    const multi = c.old.includes('\n') || c.new.includes('\n');
    return multi
      ? `! ${path}: ${added + removed} lines changed (+${added} −${removed})`
      : `! ${path}: the long value changed`;
  }
  const short = (v: unknown): string | undefined => {
    if (isBulky(v)) return undefined;
    const t = valueText(v);
    return length(t) <= 40 ? t : undefined;
  };
  if (c.kind === 'added') return `+ ${path}${short(c.new) !== undefined ? `: ${short(c.new)}` : ''}`;
  if (c.kind === 'removed') return `- ${path}${short(c.old) !== undefined ? `: ${short(c.old)}` : ''}`;
  const o = short(c.old);
  const n = short(c.new);
  return o !== undefined && n !== undefined ? `! ${path}: ${o} → ${n}` : `! ${path}: changed`;
}

/** The fields a set of changes touches, in order, each once (`outputSchema`, `transformSQL`). */
export function changedFields(changes: readonly ReviewChange[]): string[] {
  return [...new Set(changes.map((c) => (c.field === '' ? '(the whole step)' : c.field)))];
}
