import { summaryLine } from './diff.js';
import type { Change, ChangeSet, DiffJson, DocumentDiff } from './types.js';

function change(c: Change): Change {
  const out: Change = { kind: c.kind, path: c.path, field: c.field };
  if ('old' in c) out.old = c.old;
  if ('new' in c) out.new = c.new;
  if (c.from !== undefined) out.from = c.from;
  if (c.to !== undefined) out.to = c.to;
  return out;
}

function set(s: ChangeSet): ChangeSet {
  return {
    fields: [...s.fields],
    summary: s.summary.map((f) => ({ ...f })),
    changes: s.changes.map(change),
  };
}

/** The diff as a {@link DiffJson} object: keys in a fixed order, whatever order the diff was built in. */
export function diffToJson(diff: DocumentDiff): DiffJson {
  const count = (status: string): number => diff.steps.filter((s) => s.status === status).length;
  return {
    version: 1,
    equal: diff.equal,
    counts: {
      added: count('added'),
      removed: count('removed'),
      changed: count('changed'),
      other: diff.other.changes.length,
    },
    steps: diff.steps.map((s) => ({ step: s.step, status: s.status, line: summaryLine(s), ...set(s) })),
    other: { line: summaryLine(diff.other), ...set(diff.other) },
  };
}

/** `exec-doc diff --format json`: {@link DiffJson}, indented, with a final newline. */
export function renderDiffJson(diff: DocumentDiff): string {
  return `${JSON.stringify(diffToJson(diff), null, 2)}\n`;
}
