import type { Problem } from '../core/index.js';
import { diffDocuments, renderDiffJson, renderDiffMarkdown, renderDiffText } from '../core/diff/index.js';
import { readSourceFile } from '../io/files.js';
import { formatOption, positionals, UsageError, type ParsedArgs } from './args.js';
import { checkedDocument } from './documents.js';
import { printProblems, type CliIO } from './output.js';

/** Options of other commands that would be silently ignored here. */
const NOT_FOR_DIFF = [
  'dag',
  'config',
  'template',
  'output',
  'lenient',
  'report',
  'sagemaker-pipeline',
  'aws-region',
];

/**
 * Reads an execution document for comparison. Structural problems (not an object, no PIPELINE_STEP_CONFIGS...)
 * stop the diff; the placeholder image URI is reported but does not: a diff should show it, not refuse it.
 */
async function readForDiff(path: string): Promise<{ doc?: unknown; problems: Problem[] }> {
  const read = await readSourceFile(path);
  if (!read.source) return { problems: read.problem ? [read.problem] : [] };
  return checkedDocument(read.source, { placeholder: 'warning' });
}

/**
 * `exec-doc diff BASE HEAD [--format text|json|markdown]`: exits 0 when the documents are equal, 1 when they differ
 * (as `diff` and `git diff --exit-code` do), 2 for a bad input or usage.
 */
export async function runDiff(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = formatOption(args, ['text', 'json', 'markdown'] as const, 'text');
  for (const name of NOT_FOR_DIFF) {
    if (args.values[name] !== undefined) throw new UsageError(`diff: --${name} cannot be used here`);
  }
  const [basePath, headPath] = positionals(args, 2, 'two execution documents (BASE HEAD)');
  const [base, head] = await Promise.all([readForDiff(basePath!), readForDiff(headPath!)]);
  printProblems(io, [...base.problems, ...head.problems]);
  if (base.doc === undefined || head.doc === undefined) return 2;
  const diff = diffDocuments(base.doc, head.doc);
  const render =
    format === 'json' ? renderDiffJson : format === 'markdown' ? renderDiffMarkdown : renderDiffText;
  io.stdout.write(render(diff));
  return diff.equal ? 0 : 1;
}
