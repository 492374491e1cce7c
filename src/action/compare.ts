/**
 * What a pull request changes in each pipeline's execution document: the document generated from the base commit's
 * files (same core, same `lenient` setting) against the head's. A pipeline whose input files all have the base's blob
 * ids is unchanged without generating anything; a pipeline whose DAG or config is not in the base is new. The base is
 * best effort: when it cannot be read or generated, the pipeline says why and the gate is not affected.
 */
import { generate, type Report, type SourceText } from '../core/index.js';
import { diffDocuments } from '../core/diff/diff.js';
import type { DocumentDiff } from '../core/diff/types.js';
import { readSourceFile } from '../io/files.js';
import type { BaseFile, BaseSource } from './github/base.js';
import type { DocumentOutcome, InputFingerprint } from './document.js';

export type BaseComparison =
  /** The documents were compared; `diff.equal` when the pull request changes nothing in it. */
  | { status: 'compared'; diff: DocumentDiff }
  /** The base commit has no such DAG or config: the pipeline is new. */
  | { status: 'new'; missing: string[] }
  /**
   * No diff, and why: the base files could not be read (`read`: API or git failure, worth a warning), or the base's
   * own files do not generate (`generate`: not the pull request's problem).
   */
  | { status: 'unavailable'; cause: 'read' | 'generate'; reason: string };

/** The diff of two equal documents, without computing it. */
export const NO_DIFF: DocumentDiff = {
  equal: true,
  steps: [],
  other: { fields: [], summary: [], changes: [] },
};

/** A pipeline to compare: its head outcome (with the document kept) and where its files are in the workspace. */
export interface HeadPipeline {
  outcome: DocumentOutcome;
  /** Absolute paths of the input files by role, to read unchanged ones again from the workspace. */
  absolute: Partial<Record<InputFingerprint['role'], string>>;
}

export interface CompareSettings {
  lenient: boolean;
  /** Short id of the base commit, for messages. */
  ref: string;
}

/** `2 errors, the first: config.json:6: invalid JSON ...` */
function firstError(report: Report): string {
  const errors = report.problems.filter((p) => p.severity === 'error');
  const p = errors[0];
  if (!p) return 'no document';
  const where = `${p.file}${p.line !== undefined ? `:${p.line}` : ''}`;
  return `${errors.length} error${errors.length === 1 ? '' : 's'}, the first: ${where}: ${p.message}`;
}

/**
 * Compares every pipeline with the base. Pipelines whose head failed are not compared (undefined). Generation runs one
 * pipeline at a time: it is CPU work, which concurrency would not speed up; file reads are batched.
 */
export async function compareWithBase(
  pipelines: readonly HeadPipeline[],
  source: BaseSource,
  settings: CompareSettings,
): Promise<(BaseComparison | undefined)[]> {
  const results: (BaseComparison | undefined)[] = pipelines.map(() => undefined);
  const candidates = pipelines
    .map((p, i) => ({ ...p, i }))
    .filter((p) => p.outcome.document !== undefined && p.outcome.inputs !== undefined);
  if (candidates.length === 0) return results;

  const allPaths = [...new Set(candidates.flatMap((p) => p.outcome.inputs!.map((f) => f.path)))];
  let ids: Map<string, string | null | undefined>;
  try {
    ids = await source.blobIds(allPaths);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    for (const p of candidates) results[p.i] = { status: 'unavailable', cause: 'read', reason };
    return results;
  }

  // Decide per pipeline from the ids alone; collect the files to read.
  const toRead = new Set<string>();
  const pending: typeof candidates = [];
  for (const p of candidates) {
    const inputs = p.outcome.inputs!;
    if (inputs.every((f) => ids.get(f.path) === f.blobId)) {
      results[p.i] = { status: 'compared', diff: NO_DIFF };
      continue;
    }
    const missing = inputs
      .filter((f) => f.role !== 'template' && ids.get(f.path) === null)
      .map((f) => f.path);
    if (missing.length > 0) {
      results[p.i] = { status: 'new', missing };
      continue;
    }
    for (const f of inputs) {
      const id = ids.get(f.path);
      if (id !== null && id !== f.blobId) toRead.add(f.path);
    }
    pending.push(p);
  }
  const files = toRead.size > 0 ? await source.read([...toRead]) : new Map<string, BaseFile>();

  for (const p of pending) {
    const texts: Partial<Record<InputFingerprint['role'], SourceText>> = {};
    let failure: string | undefined;
    const missing: string[] = [];
    for (const f of p.outcome.inputs!) {
      const id = ids.get(f.path);
      let text: BaseFile;
      if (id === f.blobId) {
        // Unchanged: the workspace file is the base's.
        const read = await readSourceFile(p.absolute[f.role]!, f.path);
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
    results[p.i] = base.document
      ? { status: 'compared', diff: diffDocuments(base.document, p.outcome.document) }
      : {
          status: 'unavailable',
          cause: 'generate',
          reason: `the document of the base commit ${settings.ref} cannot be generated (${firstError(base.report)})`,
        };
  }
  return results;
}
