import type { Problem } from '../core/index.js';
import { diffDocuments, renderDiffJson, renderDiffMarkdown, renderDiffText } from '../core/diff/index.js';
import { formatOption, positionals, type ParsedArgs } from './args.js';
import { checkedDocument } from './documents.js';
import { readInput, type InputStream } from './inputs.js';
import { printProblems, type CliIO } from './output.js';

/**
 * Reads an execution document for comparison. Structural problems (not an object, no PIPELINE_STEP_CONFIGS...)
 * stop the diff; the placeholder image URI is reported but does not: a diff should show it, not refuse it.
 */
async function readForDiff(
  path: string,
  stdin: InputStream | undefined,
): Promise<{ doc?: unknown; problems: Problem[] }> {
  const read = await readInput(path, stdin);
  if (!read.source) return { problems: read.problem ? [read.problem] : [] };
  return checkedDocument(read.source, { placeholder: 'warning' });
}

/**
 * `exec-doc diff BASE HEAD [--format text|json|markdown]` (one of them may be `-`, standard input): exits 0 when the documents are equal, 1 when they differ
 * (as `diff` and `git diff --exit-code` do), 2 for a bad input or usage.
 */
export async function runDiff(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = formatOption(args, ['text', 'json', 'markdown'] as const, 'text');
  const [basePath, headPath] = positionals(args, 2, 'two execution documents (BASE HEAD)');
  const [base, head] = await Promise.all([
    readForDiff(basePath!, io.stdin),
    readForDiff(headPath!, io.stdin),
  ]);
  printProblems(io, [...base.problems, ...head.problems]);
  if (base.doc === undefined || head.doc === undefined) return 2;
  const diff = diffDocuments(base.doc, head.doc);
  const render =
    format === 'json' ? renderDiffJson : format === 'markdown' ? renderDiffMarkdown : renderDiffText;
  io.stdout.write(render(diff));
  return diff.equal ? 0 : 1;
}
