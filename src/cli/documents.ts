import { checkDocument, mergeDocuments, mergeProblems } from '../core/document.js';
import {
  hasErrors,
  loadYaml,
  needsYaml,
  oneLineText,
  parseSource,
  type Problem,
  type Report,
} from '../core/index.js';
import type { JsonObject } from '../core/json.js';
import { locateProblem, type ParsedSource, type SourceText } from '../core/source.js';

/**
 * What the CLI's commands and the MCP tools do alike once the inputs are read, whoever read them (files
 * named on the command line, files under the MCP root, inline text).
 */

/** Loads YAML support when any of these sources is YAML (by its format, else by its name). */
export async function loadYamlFor(...sources: (SourceText | undefined)[]): Promise<void> {
  if (needsYaml(...sources.map((s) => s?.format ?? s?.name))) await loadYaml();
}

/**
 * Parses an execution document and checks its structure, problems located in its text. Structural
 * problems stop the caller; the reference's placeholder image URI is an error unless `placeholder` is
 * `'warning'` (a diff should show it, not refuse it).
 */
export async function checkedDocument(
  source: SourceText,
  opts: { placeholder?: 'error' | 'warning' } = {},
): Promise<{ doc?: JsonObject; problems: Problem[]; source?: ParsedSource }> {
  await loadYamlFor(source);
  const parsed = parseSource(source);
  const src = parsed.source;
  if (!src) return { problems: parsed.problems };
  const problems = checkDocument(src.value, src.name).map((p): Problem => {
    const { line, column } = src.locate(p.jsonPath ?? '');
    const demoted = p.code === 'document/placeholder' && opts.placeholder === 'warning';
    return { ...p, line, column, ...(demoted ? { severity: 'warning' as const } : {}) };
  });
  // The parser's warnings (duplicate keys) first, in file order.
  const all = [...parsed.problems, ...problems];
  return hasErrors(all) ? { problems: all } : { doc: src.value as JsonObject, problems: all, source: src };
}

/** `exec-doc: filled 3 of 4 step(s): A, B, C` — what `generate` says when it succeeds. */
export function filledLine(report: Report): string {
  const names = report.steps.filter((s) => s.status === 'filled').map((s) => s.step);
  // Step names are outside text: one line, whatever they contain.
  return `exec-doc: filled ${report.filledSteps} of ${report.totalSteps} step(s)${names.length > 0 ? `: ${oneLineText(names.join(', '))}` : ''}`;
}

/** `exec-doc: generation failed with N error(s); no document written` — what `generate` says when it fails. */
export function failedLine(report: Pick<Report, 'problems'>): string {
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  return `exec-doc: generation failed with ${errors} error(s); no document written`;
}

/**
 * `merge`'s inputs and result, checked as one: the inputs' placeholders are warnings (the second document may
 * replace them), what the merge leaves out or leaves broken is reported at its place (core mergeProblems).
 */
export async function checkedMerge(
  first: SourceText,
  second: SourceText,
): Promise<{ merged?: JsonObject; first?: JsonObject; second?: JsonObject; problems: Problem[] }> {
  const [a, b] = await Promise.all([
    checkedDocument(first, { placeholder: 'warning' }),
    checkedDocument(second, { placeholder: 'warning' }),
  ]);
  // A placeholder the merge keeps is reported once, on the merged document.
  const inputs = [...a.problems, ...b.problems].filter((p) => p.code !== 'document/placeholder');
  if (!a.doc || !b.doc || !a.source || !b.source) return { problems: [...a.problems, ...b.problems] };
  const merged = mergeDocuments(a.doc, b.doc);
  const sources = new Map([
    [first.name, a.source],
    [second.name, b.source],
  ]);
  const review = mergeProblems(a.doc, b.doc, merged, { first: first.name, second: second.name }).map((p) => {
    const src = sources.get(p.file);
    return src ? locateProblem(src, p) : p;
  });
  const problems = [...inputs, ...review];
  return hasErrors(problems) ? { problems } : { merged, first: a.doc, second: b.doc, problems };
}
