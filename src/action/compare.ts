/**
 * What a pull request changes in each pipeline: the document generated from the base commit's files (same core, same
 * `lenient` setting) against the head's, and the base's DAG against the head's. A pipeline whose input files all have
 * the base's blob ids is unchanged without generating anything; a pipeline whose DAG or config is not in the base is
 * new. When the head fails, the base is generated too, to tell a failure this pull request introduces from one that
 * was already there. The base is best effort: when it cannot be read, the pipeline says why and the gate is not
 * affected.
 */
import { promises as fs } from 'node:fs';
import { generate, type Report, type SourceText } from '../core/index.js';
import { diffDocuments } from '../core/diff/diff.js';
import type { DocumentDiff } from '../core/diff/types.js';
import { diffDag, SAME_DAG, type DagDiff } from '../core/graph/dag-diff.js';
import { readSourceFile } from '../io/files.js';
import type { BaseFile, BaseSource } from './github/base.js';
import { gitBlobId, type DocumentOutcome, type InputFingerprint } from './document.js';

type Role = InputFingerprint['role'];

export type BaseComparison =
  /** Both generate: the documents and the DAGs compared (`diff.equal && dag.equal` when nothing changes). */
  | { status: 'compared'; diff: DocumentDiff; dag: DagDiff }
  /** The base commit has no such DAG or config: the pipeline is new. */
  | { status: 'new'; missing: string[] }
  /**
   * No diff, and why: the base files could not be read (`read`: API or git failure, worth a warning), or the base's
   * own files do not generate while the head's do (`generate`: not the pull request's problem).
   */
  | { status: 'unavailable'; cause: 'read' | 'generate'; reason: string }
  /**
   * The head does not generate. `base: 'generates'`: this pull request introduces the failure; `'fails'`: the base
   * fails too (`sameInputs` when its files are the head's, byte for byte), with its first error.
   */
  | {
      status: 'failing';
      base: 'generates' | 'fails';
      sameInputs?: boolean;
      reason?: string;
      /** With `base: 'fails'`: how many of the head's errors the base does not have (its own errors are others). */
      newErrors?: number;
    };

/** The diff of two equal documents, without computing it. */
export const NO_DIFF: DocumentDiff = {
  equal: true,
  steps: [],
  other: { fields: [], summary: [], changes: [] },
};

/** A pipeline to compare: its head outcome and where its input files are. */
export interface HeadPipeline {
  outcome: DocumentOutcome;
  /** The input files by role: workspace-relative path (as in the repository) and absolute path. */
  files: Partial<Record<Role, { path: string; absolute: string }>>;
}

export interface CompareSettings {
  lenient: boolean;
  /** Short id of the base commit, for messages. */
  ref: string;
}

/** `2 errors, the first: config.json:6: invalid JSON ...` */
/**
 * The head's errors the base does not have, compared by code, file, place in the file and message (not by line:
 * an edit above moves a line without changing the error).
 */
function newErrors(base: Report, head: Report): number {
  const key = (p: Report['problems'][number]): string =>
    JSON.stringify([p.code, p.file, p.jsonPath ?? '', p.step ?? '', p.node ?? '', p.message]);
  const before = new Set(base.problems.filter((p) => p.severity === 'error').map(key));
  return head.problems.filter((p) => p.severity === 'error' && !before.has(key(p))).length;
}

function firstError(report: Report): string {
  const errors = report.problems.filter((p) => p.severity === 'error');
  const p = errors[0];
  if (!p) return 'no document';
  const where = `${p.file}${p.line !== undefined ? `:${p.line}` : ''}`;
  return `${errors.length} error${errors.length === 1 ? '' : 's'}, the first: ${where}: ${p.message}`;
}

/**
 * The fingerprints of a pipeline's inputs: those the head's generation recorded, else (a failed head) the blob ids
 * of the workspace files as they are now; an unreadable file gets no id, so it is read from the base.
 */
async function fingerprints(p: HeadPipeline): Promise<InputFingerprint[]> {
  if (p.outcome.inputs) return p.outcome.inputs;
  const out: InputFingerprint[] = [];
  for (const role of ['dag', 'config', 'template'] as const) {
    const f = p.files[role];
    if (!f) continue;
    let blobId = '';
    try {
      blobId = gitBlobId(await fs.readFile(f.absolute));
    } catch {
      // Read from the base instead.
    }
    out.push({ role, path: f.path, blobId });
  }
  return out;
}

/**
 * Compares every pipeline with the base. Generation runs one pipeline at a time: it is CPU work, which concurrency
 * would not speed up; file reads are batched.
 */
export async function compareWithBase(
  pipelines: readonly HeadPipeline[],
  source: BaseSource,
  settings: CompareSettings,
): Promise<(BaseComparison | undefined)[]> {
  const results: (BaseComparison | undefined)[] = pipelines.map(() => undefined);
  const candidates = await Promise.all(
    pipelines.map(async (p, i) => ({ ...p, i, inputs: await fingerprints(p) })),
  );
  const usable = candidates.filter(
    (p) => p.inputs.some((f) => f.role === 'dag') && p.inputs.some((f) => f.role === 'config'),
  );
  if (usable.length === 0) return results;
  const ok = (p: (typeof usable)[number]): boolean => p.outcome.report.ok && p.outcome.document !== undefined;

  const allPaths = [...new Set(usable.flatMap((p) => p.inputs.map((f) => f.path)))];
  let ids: Map<string, string | null | undefined>;
  try {
    ids = await source.blobIds(allPaths);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    for (const p of usable) results[p.i] = { status: 'unavailable', cause: 'read', reason };
    return results;
  }

  // Decide per pipeline from the ids alone; collect the files to read.
  const toRead = new Set<string>();
  const pending: typeof usable = [];
  for (const p of usable) {
    if (p.inputs.every((f) => f.blobId !== '' && ids.get(f.path) === f.blobId)) {
      results[p.i] = ok(p)
        ? { status: 'compared', diff: NO_DIFF, dag: SAME_DAG }
        : { status: 'failing', base: 'fails', sameInputs: true };
      continue;
    }
    const missing = p.inputs
      .filter((f) => f.role !== 'template' && ids.get(f.path) === null)
      .map((f) => f.path);
    if (missing.length > 0) {
      results[p.i] = { status: 'new', missing };
      continue;
    }
    for (const f of p.inputs) {
      const id = ids.get(f.path);
      if (id !== null && (f.blobId === '' || id !== f.blobId)) toRead.add(f.path);
    }
    pending.push(p);
  }
  const files = toRead.size > 0 ? await source.read([...toRead]) : new Map<string, BaseFile>();

  for (const p of pending) {
    const texts: Partial<Record<Role, SourceText>> = {};
    let failure: string | undefined;
    const missing: string[] = [];
    for (const f of p.inputs) {
      const id = ids.get(f.path);
      let text: BaseFile;
      if (f.blobId !== '' && id === f.blobId) {
        // Unchanged: the workspace file is the base's.
        const read = await readSourceFile(p.files[f.role]!.absolute, f.path);
        text = read.source ? read.source.text : new Error(read.problem?.message ?? `cannot read ${f.path}`);
      } else if (id === null) {
        text = null;
      } else {
        // (`null` is an answer: the base has no such file.)
        text = files.has(f.path) ? files.get(f.path)! : new Error(`${f.path} was not read`);
      }
      if (text instanceof Error) {
        failure ??= text.message;
      } else if (text === null) {
        // A template added by the pull request: the base document is the one built without a template.
        if (f.role !== 'template') missing.push(f.path);
      } else {
        texts[f.role] = { name: f.path, text };
      }
    }
    if (failure !== undefined) {
      results[p.i] = { status: 'unavailable', cause: 'read', reason: failure };
      continue;
    }
    if (missing.length > 0 || !texts.dag || !texts.config) {
      results[p.i] = { status: 'new', missing };
      continue;
    }
    const base = generate({
      dag: texts.dag,
      config: texts.config,
      ...(texts.template ? { template: texts.template } : {}),
      lenient: settings.lenient,
    });
    const baseFails = `the document of the base commit ${settings.ref} cannot be generated (${firstError(base.report)})`;
    if (!ok(p)) {
      const fresh = base.document ? 0 : newErrors(base.report, p.outcome.report);
      results[p.i] = base.document
        ? { status: 'failing', base: 'generates' }
        : { status: 'failing', base: 'fails', reason: baseFails, ...(fresh > 0 ? { newErrors: fresh } : {}) };
      continue;
    }
    results[p.i] = base.document
      ? {
          status: 'compared',
          diff: diffDocuments(base.document, p.outcome.document),
          dag: diffDag(base.report, p.outcome.report),
        }
      : { status: 'unavailable', cause: 'generate', reason: baseFails };
  }
  return results;
}
