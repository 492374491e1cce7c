/** Value formatting shared by the diff renderers. */
import { editScript } from './align.js';
import { compactJson } from '../serialize.js';
import type { Change, DocumentDiff } from './types.js';

/** A value as one line of JSON (strings quoted, newlines escaped; exact numbers as written: `1.0`, not `1`). */
export function oneLine(v: unknown): string {
  return compactJson(v);
}

/** Shortens text to `max` code points, marking the cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A multi-line or long string change is better read as a line diff than as two quoted strings. */
export function isTextChange(c: Change, limit: number): c is Change & { old: string; new: string } {
  if (c.kind !== 'changed' || typeof c.old !== 'string' || typeof c.new !== 'string') return false;
  return (
    c.old.includes('\n') ||
    c.new.includes('\n') ||
    oneLine(c.old).length > limit ||
    oneLine(c.new).length > limit
  );
}

export type LineOp = { op: ' ' | '-' | '+'; text: string } | { op: '…'; text: '' };

/** Line diff of two texts with `context` unchanged lines around each change; `…` marks skipped lines. */
export function lineDiff(oldText: string, newText: string, context = 2): LineOp[] {
  const ops = editScript(oldText.split('\n'), newText.split('\n'));
  const near = ops.map(() => false);
  ops.forEach((o, n) => {
    if (o.op === ' ') return;
    for (let k = Math.max(0, n - context); k <= Math.min(ops.length - 1, n + context); k++) near[k] = true;
  });
  const out: LineOp[] = [];
  ops.forEach((o, n) => {
    if (near[n]) out.push(o);
    else if (out[out.length - 1]?.op !== '…') out.push({ op: '…', text: '' });
  });
  return out;
}

/** `2 steps changed, 1 added, 1 removed; 1 change outside the steps` */
export function headline(diff: DocumentDiff): string {
  const count = (s: string): number => diff.steps.filter((d) => d.status === s).length;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts: string[] = [];
  const changed = count('changed');
  const added = count('added');
  const removed = count('removed');
  if (changed > 0) parts.push(`${plural(changed, 'step')} changed`);
  if (added > 0) parts.push(`${parts.length === 0 ? plural(added, 'step') : added} added`);
  if (removed > 0) parts.push(`${parts.length === 0 ? plural(removed, 'step') : removed} removed`);
  const other = diff.other.changes.length;
  const steps = parts.join(', ');
  const outside = other > 0 ? `${plural(other, 'change')} outside the steps` : '';
  return [steps, outside].filter((s) => s !== '').join('; ');
}

export const NO_CHANGE = 'No change to the execution document.';
