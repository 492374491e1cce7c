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
  graph --dag FILE --config FILE [--template FILE]
      The DAG as a Mermaid flowchart, nodes styled by outcome.
  mcp [--root DIR]
      Serve these commands as MCP tools over stdio, for coding assistants; only files under DIR
      (default: the current directory) are read or written.

Exit codes: 0 success, 1 generation/validation errors, 2 usage errors.
Errors are printed as file:line:column: severity [code] message.`;

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

export function parseCli(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
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
