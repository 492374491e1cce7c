import { editDistance } from '../core/nearest.js';
import { parseArgs } from 'node:util';

/** A mistake in how the CLI was called: exit code 2 and the usage text. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage: exec-doc <command> [options]

Commands:
  generate --dag FILE --config FILE [--template FILE] [--output FILE|-] [--format json|yaml] [--lenient]
           [--report FILE] [--sagemaker-pipeline NAME|auto] [--aws-region REGION]
      Fill the execution document for a pipeline DAG and a saved cursus config.
      Without --template, a template with the execution step names is built from the DAG.
  template --dag FILE --config FILE [--output FILE|-] [--format json|yaml]
      Print the template that generate uses when none is given.
  validate FILE
      Check the structure of an execution document.
  merge BASE NEXT [--output FILE|-] [--format json|yaml]
      Merge two execution documents; NEXT wins.
  diff BASE HEAD [--format text|json|markdown]
      What changed between two execution documents, per step.
  graph --dag FILE [--config FILE [--template FILE]]
      The DAG as a Mermaid flowchart; with --config, nodes styled by outcome.
  mcp [--root DIR]
      Serve these commands as MCP tools over stdio, for coding assistants; only files under DIR
      (default: the current directory) are read or written.

Exit codes: 0 success, 1 generation/validation errors, 2 usage errors (diff: 0 equal, 1 different, 2 errors).
Errors are printed as file:line:column: severity [code] message.
exec-doc <command> --help prints the options of one command.`;

const OUTPUT_HELP = '  -o, --output FILE|-   where to write the document (default: standard output)';
const FORMAT_HELP = '      --format json|yaml  the output format (default: json)';

/** The help of each command (`exec-doc <command> --help`). */
export const COMMAND_HELP: Record<string, string> = {
  generate: `Usage: exec-doc generate --dag FILE --config FILE [options]

Fill the execution document for a pipeline DAG and a saved cursus config. Without --template, a template with the
execution step names is built from the DAG.

Options:
      --dag FILE          the pipeline DAG (JSON or YAML)
      --config FILE       the saved cursus config (JSON)
      --template FILE     the execution-document template to fill
${OUTPUT_HELP}
${FORMAT_HELP}
      --lenient           reproduce the reference: strict-only errors become warnings
      --report FILE       also write the report (steps, problems) as JSON
      --sagemaker-pipeline NAME|auto  cross-check against the deployed SageMaker pipeline
      --aws-region REGION the region of that pipeline
  -q, --quiet             no summary line

Exit codes: 0 written, 1 generation errors (nothing written), 2 usage errors.`,
  template: `Usage: exec-doc template --dag FILE --config FILE [options]

Print the template that generate uses when none is given.

Options:
      --dag FILE          the pipeline DAG (JSON or YAML)
      --config FILE       the saved cursus config (JSON)
${OUTPUT_HELP}
${FORMAT_HELP}
      --lenient           strict-only errors become warnings

Exit codes: 0 written, 1 errors in the inputs, 2 usage errors.`,
  validate: `Usage: exec-doc validate FILE

Check the structure of an execution document.

Options:
  -q, --quiet             no summary line

Exit codes: 0 valid, 1 invalid, 2 usage errors.`,
  merge: `Usage: exec-doc merge BASE NEXT [options]

Merge two execution documents; NEXT wins.

Options:
${OUTPUT_HELP}
${FORMAT_HELP}

Exit codes: 0 written, 1 errors in the inputs, 2 usage errors.`,
  diff: `Usage: exec-doc diff BASE HEAD [--format text|json|markdown]

What changed between two execution documents, per step.

Options:
      --format text|json|markdown  the output format (default: text)

Exit codes: 0 the documents are equal, 1 they differ, 2 errors (bad input or usage), as diff and git diff do.`,
  graph: `Usage: exec-doc graph --dag FILE [--config FILE [--template FILE]] [--lenient]

The DAG as a Mermaid flowchart. With --config (and --template) the document is generated and each node is styled
by its outcome; with --dag alone, the DAG is drawn as it is.

Options:
      --dag FILE          the pipeline DAG (JSON or YAML)
      --config FILE       the saved cursus config (JSON)
      --template FILE     the execution-document template
      --lenient           strict-only errors become warnings

Exit codes: 0 drawn, 1 errors in the inputs, 2 usage errors.`,
  mcp: `Usage: exec-doc mcp [--root DIR]

Serve generate, template, validate, merge, diff and graph as MCP tools over stdio, for coding assistants (see the
README for the client configuration). Tools take file paths under DIR or inline JSON/YAML text.

Options:
      --root DIR          the only directory whose files the tools read or write (default: the current directory)

Exit codes: 0 when the client closes the connection, 2 usage errors.`,
};

export type Format = 'json' | 'yaml';

export interface ParsedArgs {
  command: string;
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

const OPTIONS = {
  dag: { type: 'string' },
  config: { type: 'string' },
  template: { type: 'string' },
  output: { type: 'string', short: 'o' },
  format: { type: 'string' },
  lenient: { type: 'boolean' },
  report: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'sagemaker-pipeline': { type: 'string' },
  'aws-region': { type: 'string' },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** The candidate nearest to `word`, when it is near enough to be what was meant. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 100) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = c.startsWith(word) && word.length >= 2 ? 0.5 : editDistance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(1, Math.ceil(best.length / 3)) ? best : undefined;
}

/** The usage error for an option parseArgs does not know, naming the nearest valid one. */
function unknownOption(message: string): UsageError {
  const name = /'(-[^' ]+)/.exec(message)?.[1];
  if (!name) return new UsageError(message);
  const long = Object.keys(OPTIONS);
  const shorts = Object.entries(OPTIONS).flatMap(([k, v]) => ('short' in v ? [[v.short, k] as const] : []));
  const bare = name.replace(/^-+/, '').replace(/=.*$/, '');
  const guess = nearest(bare, long) ?? shorts.find(([s]) => s.toLowerCase() === bare.toLowerCase())?.[1];
  return new UsageError(`unknown option '${name}'${guess ? `; did you mean '--${guess}'?` : ''}`);
}

export function parseCli(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw unknownOption(err.message);
    throw new UsageError(err.message);
  }
  const [command = '', ...positionals] = parsed.positionals;
  return { command, positionals, values: parsed.values as Record<string, string | boolean | undefined> };
}

export function requireString(args: ParsedArgs, name: string): string {
  const v = args.values[name];
  if (typeof v !== 'string' || v === '') throw new UsageError(`${args.command}: --${name} is required`);
  return v;
}

export function optionalString(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v === '') throw new UsageError(`${args.command}: --${name} needs a value`);
  return v;
}

export function formatOption<T extends string>(args: ParsedArgs, allowed: readonly T[], fallback: T): T {
  const v = optionalString(args, 'format') ?? fallback;
  if (!(allowed as readonly string[]).includes(v)) {
    throw new UsageError(`${args.command}: --format must be one of ${allowed.join(', ')}, got "${v}"`);
  }
  return v as T;
}

export function positionals(args: ParsedArgs, count: number, names: string): string[] {
  if (args.positionals.length !== count) {
    throw new UsageError(`${args.command}: expected ${names}, got ${args.positionals.length} argument(s)`);
  }
  return args.positionals;
}
