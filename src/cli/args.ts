import { editDistance } from '../core/nearest.js';
import { inferFormat } from '../core/source.js';
import { parseArgs } from 'node:util';

/** A mistake in how the CLI was called: exit code 2, the message and where the help is. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Every option of every command, as parseArgs reads it. Which command takes which is in {@link COMMAND_SPECS}. */
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

type OptionName = keyof typeof OPTIONS;

const INPUT_FILE = 'a file path, or - for standard input';

/** What the value of a string option is, for the message when it is missing (`--format`: the command's formats). */
const VALUE_OF: Partial<Record<OptionName, string>> = {
  dag: INPUT_FILE,
  config: INPUT_FILE,
  template: INPUT_FILE,
  output: 'a file path, or - for standard output',
  report: 'a file path',
  'sagemaker-pipeline': 'a pipeline name, or auto',
  'aws-region': 'an AWS region such as us-east-1',
  root: 'a directory',
};

/** One line of a command's Options: the option, its value's placeholder, what it does (`\n` continues it). */
interface OptionDoc {
  name: OptionName;
  value?: string;
  help: string;
}

/** A command's arguments and help, from which the parser's checks, `--help` and the README synopsis all come. */
interface CommandSpec {
  /** After `exec-doc `: the command with every option it takes; `\n` where the line is wrapped. */
  synopsis: string;
  /** What it does, for the overview (`\n` continues it). */
  summary: string;
  /** What it does, for its own help. */
  about: string;
  /** Its positional arguments, in order. */
  positionals: readonly string[];
  options: readonly OptionDoc[];
  /** The values of --format it takes, the first the default. */
  formats?: readonly string[];
  /** The arguments that name input files (option names or positional names): at most one of them may be `-`. */
  inputs: readonly string[];
  exit: string;
}

const FORMAT_DOC: OptionDoc = {
  name: 'format',
  value: 'json|yaml',
  help: 'the output format (default: yaml when --output ends in .yaml or .yml,\nelse json; an explicit --format wins over the extension)',
};
const OUTPUT_DOC: OptionDoc = {
  name: 'output',
  value: 'FILE|-',
  help: 'where to write the document (default: standard output)',
};
const DAG_DOC: OptionDoc = { name: 'dag', value: 'FILE', help: 'the pipeline DAG (JSON or YAML)' };
const CONFIG_DOC: OptionDoc = { name: 'config', value: 'FILE', help: 'the saved cursus config (JSON)' };

/** The commands, in the order the help lists them. */
const COMMAND_SPECS: Record<string, CommandSpec> = {
  generate: {
    synopsis:
      'generate --dag FILE --config FILE [--template FILE] [-o FILE|-] [--format json|yaml] [--lenient]\n[--report FILE] [--sagemaker-pipeline NAME|auto [--aws-region REGION]] [-q]',
    summary:
      'Fill the execution document for a pipeline DAG and a saved cursus config.\nWithout --template, a template with the execution step names is built from the DAG.',
    about:
      'Fill the execution document for a pipeline DAG and a saved cursus config. Without --template, a template with the\nexecution step names is built from the DAG.',
    positionals: [],
    options: [
      DAG_DOC,
      CONFIG_DOC,
      { name: 'template', value: 'FILE', help: 'the execution-document template to fill' },
      OUTPUT_DOC,
      FORMAT_DOC,
      { name: 'lenient', help: 'reproduce the reference: strict-only errors become warnings' },
      { name: 'report', value: 'FILE', help: 'also write the report (steps, problems) as JSON' },
      {
        name: 'sagemaker-pipeline',
        value: 'NAME|auto',
        help: 'cross-check against the deployed SageMaker pipeline',
      },
      { name: 'aws-region', value: 'REGION', help: 'the region of that pipeline' },
      { name: 'quiet', help: 'no summary line' },
    ],
    formats: ['json', 'yaml'],
    inputs: ['dag', 'config', 'template'],
    exit: '0 written, 1 generation errors (nothing written), 2 usage errors.',
  },
  template: {
    synopsis: 'template --dag FILE --config FILE [-o FILE|-] [--format json|yaml] [--lenient]',
    summary: 'Print the template that generate uses when none is given.',
    about: 'Print the template that generate uses when none is given.',
    positionals: [],
    options: [
      DAG_DOC,
      CONFIG_DOC,
      OUTPUT_DOC,
      FORMAT_DOC,
      { name: 'lenient', help: 'strict-only errors become warnings' },
    ],
    formats: ['json', 'yaml'],
    inputs: ['dag', 'config'],
    exit: '0 written, 1 errors in the inputs, 2 usage errors.',
  },
  validate: {
    synopsis: 'validate FILE [-q]',
    summary: 'Check the structure of an execution document.',
    about: 'Check the structure of an execution document (FILE, or - for standard input).',
    positionals: ['FILE'],
    options: [{ name: 'quiet', help: 'no summary line' }],
    inputs: ['FILE'],
    exit: '0 valid, 1 invalid, 2 usage errors.',
  },
  merge: {
    synopsis: 'merge BASE NEXT [-o FILE|-] [--format json|yaml]',
    summary: "Merge two execution documents; NEXT's steps win.",
    about:
      "Merge two execution documents as the reference does: NEXT's steps win, a step in both has its STEP_CONFIG\nupdated key by key, new steps are appended; NEXT's other keys are not merged (a warning says so). One of\nBASE and NEXT may be - for standard input.",
    positionals: ['BASE', 'NEXT'],
    options: [OUTPUT_DOC, FORMAT_DOC],
    formats: ['json', 'yaml'],
    inputs: ['BASE', 'NEXT'],
    exit: '0 written, 1 errors in the inputs, 2 usage errors.',
  },
  diff: {
    synopsis: 'diff BASE HEAD [--format text|json|markdown]',
    summary: 'What changed between two execution documents, per step.',
    about:
      'What changed between two execution documents, per step. One of BASE and HEAD may be - for standard input.',
    positionals: ['BASE', 'HEAD'],
    options: [{ name: 'format', value: 'text|json|markdown', help: 'the output format (default: text)' }],
    formats: ['text', 'json', 'markdown'],
    inputs: ['BASE', 'HEAD'],
    exit: '0 the documents are equal, 1 they differ, 2 errors (bad input or usage), as diff and git diff do.',
  },
  graph: {
    synopsis: 'graph --dag FILE [--config FILE [--template FILE] [--lenient]]',
    summary: 'The DAG as a Mermaid flowchart; with --config, nodes styled by outcome.',
    about:
      'The DAG as a Mermaid flowchart. With --config (and --template) the document is generated and each node is styled\nby its outcome; when generation fails, the chart marks the failing nodes and the exit code is 1. With --dag alone,\nthe DAG is drawn as it is. No chart is printed when an input cannot be read.',
    positionals: [],
    options: [
      DAG_DOC,
      CONFIG_DOC,
      { name: 'template', value: 'FILE', help: 'the execution-document template' },
      { name: 'lenient', help: 'strict-only errors become warnings' },
    ],
    inputs: ['dag', 'config', 'template'],
    exit: '0 drawn, 1 errors in the inputs (the chart marks the failing nodes), 2 usage errors.',
  },
  mcp: {
    synopsis: 'mcp [--root DIR]',
    summary:
      'Serve these commands as MCP tools over stdio, for coding assistants; only files under DIR\n(default: the current directory) are read or written.',
    about:
      'Serve generate, template, validate, merge, diff and graph as MCP tools over stdio, for coding assistants (see the\nREADME for the client configuration). Tools take file paths under DIR or inline JSON/YAML text.',
    positionals: [],
    options: [
      {
        name: 'root',
        value: 'DIR',
        help: 'the only directory whose files the tools read or write\n(default: the current directory)',
      },
    ],
    inputs: [],
    exit: '0 when the client closes the connection, 2 usage errors.',
  },
};

/** The command names, in help order. */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMAND_SPECS);

/** Where a description starts in the Options of a command's help. */
const HELP_COLUMN = 28;

const shortOf = (name: OptionName): string | undefined => {
  const spec = OPTIONS[name];
  return 'short' in spec ? spec.short : undefined;
};

/** `-o, --output` (help) / `-o/--output` (messages) / `--dag`: the option as the user sees it. */
function flag(name: OptionName, long = false): string {
  const short = shortOf(name);
  if (short === undefined) return `--${name}`;
  return long ? `-${short}, --${name}` : `-${short}/--${name}`;
}

function optionLine(o: OptionDoc): string {
  const flags = `${shortOf(o.name) ? '  ' : '      '}${flag(o.name, true)}${o.value ? ` ${o.value}` : ''}`;
  const pad = ' '.repeat(HELP_COLUMN);
  const [first, ...rest] = o.help.split('\n');
  const head = flags.length + 2 <= HELP_COLUMN ? flags.padEnd(HELP_COLUMN) : `${flags}\n${pad}`;
  return [`${head}${first}`, ...rest.map((l) => `${pad}${l}`)].join('\n');
}

/** `exec-doc <synopsis>`, wrapped lines aligned under the first argument, each line after `indent`. */
function synopsisOf(command: string, indent: string, first = indent): string {
  const [head, ...rest] = COMMAND_SPECS[command]!.synopsis.split('\n');
  const under = ' '.repeat(`exec-doc ${command} `.length);
  return [`${first}exec-doc ${head}`, ...rest.map((l) => `${indent}${under}${l}`)].join('\n');
}

/**
 * Every command with every option it takes, one command a line (wrapped ones aligned), then the help lines: the
 * README's CLI section shows exactly this (test/unit/cli/synopsis.test.ts).
 */
export const SYNOPSIS = [
  ...COMMAND_NAMES.map((c) => synopsisOf(c, '')),
  'exec-doc <command> --help',
  'exec-doc --version',
].join('\n');

/** The exit codes of every command, as the overview and the README state them. */
export const EXIT_CODES = `Exit codes: 0 success; 1 errors in the inputs or a failed write (nothing is written); 2 usage errors and
refused outputs; diff: 0 equal, 1 different, 2 errors; 141 when the reader of standard output goes away.`;

const indent = (text: string, by: string): string =>
  text
    .split('\n')
    .map((l) => (l === '' ? l : `${by}${l}`))
    .join('\n');

export const USAGE = `Usage: exec-doc <command> [options]

${indent(SYNOPSIS, '  ')}

Commands:
${COMMAND_NAMES.map((c) => {
  const [first, ...rest] = COMMAND_SPECS[c]!.summary.split('\n');
  return [`  ${c.padEnd(10)}${first}`, ...rest.map((l) => `${' '.repeat(12)}${l}`)].join('\n');
}).join('\n')}

An input file of - is standard input (at most one per command); an output of - is standard output. The output
format follows the --output file's extension (.yaml or .yml: yaml, else json) unless --format is given.

${EXIT_CODES}
Errors are printed as file:line:column: severity [code] message.
exec-doc <command> --help prints the options of one command.`;

/** The help of each command (`exec-doc <command> --help`). */
export const COMMAND_HELP: Record<string, string> = Object.fromEntries(
  COMMAND_NAMES.map((c) => {
    const spec = COMMAND_SPECS[c]!;
    const help = `${synopsisOf(c, '       ', 'Usage: ')}

${spec.about}

Options:
${spec.options.map(optionLine).join('\n')}

Exit codes: ${spec.exit}`;
    return [c, help];
  }),
);

/** The line after a usage error: where the options are. */
export function helpHint(command: string): string {
  return `Run 'exec-doc ${COMMAND_SPECS[command] ? `${command} ` : ''}--help' for the options.`;
}

export type Format = 'json' | 'yaml';

export interface ParsedArgs {
  command: string;
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  /** The options given, in order, repeats included (for {@link checkCommandArgs}). */
  given?: readonly string[];
}

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

/** The options `command` takes (all of them when it is not a command), `--help` and `--version` included. */
function optionsOf(command: string): OptionName[] {
  const spec = COMMAND_SPECS[command];
  const names = spec ? spec.options.map((o) => o.name) : (Object.keys(OPTIONS) as OptionName[]);
  return [...names, 'help', 'version'];
}

/** The usage error for an option no command knows, naming the nearest valid one. */
function unknownOption(raw: string, command: string): UsageError {
  const known = optionsOf(command);
  const bare = raw.replace(/^-+/, '');
  const guess = nearest(bare, known) ?? known.find((n) => shortOf(n)?.toLowerCase() === bare.toLowerCase());
  return new UsageError(`unknown option '${raw}'${guess ? `; did you mean '--${guess}'?` : ''}`);
}

const isOption = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);

/** "json or yaml", "text, json or markdown". */
const orList = (words: readonly string[]): string =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

function valueOf(name: OptionName, command: string): string {
  if (name === 'format') return orList(COMMAND_SPECS[command]?.formats ?? ['json', 'yaml']);
  return VALUE_OF[name] ?? 'a value';
}

/** `generate: ` before a message about a command's arguments. */
const about = (command: string): string => (COMMAND_SPECS[command] ? `${command}: ` : '');

/**
 * Reads the command line: the command (the first positional), its positionals and option values. Refuses here, with
 * a message naming the culprit, an unknown option, a missing value and a value given to a flag; what a command takes
 * is checked by {@link checkCommandArgs}, after `--help` had its chance.
 */
export function parseCli(argv: readonly string[]): ParsedArgs {
  // Not strict: the tokens let every refusal say which option, in our words rather than parseArgs' own.
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const positionalValues = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []));
  const command = positionalValues[0] ?? '';
  const values: Record<string, string | boolean | undefined> = {};
  const given: OptionName[] = [];
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (!isOption(t.name)) throw unknownOption(t.rawName, command);
    const name = t.name;
    given.push(name);
    if (OPTIONS[name].type === 'boolean') {
      if (t.value !== undefined) throw new UsageError(`${about(command)}${flag(name)} takes no value`);
      values[name] = true;
      continue;
    }
    // A value that looks like an option was most likely forgotten (`-o --format yaml`); `=` says it is meant.
    if (t.value === undefined || (!t.inlineValue && t.value.length > 1 && t.value.startsWith('-'))) {
      const hint = t.value === undefined ? '' : `; for a value that starts with '-', write --${name}=VALUE`;
      throw new UsageError(`${about(command)}--${name} needs a value (${valueOf(name, command)})${hint}`);
    }
    values[name] = t.value;
  }
  return { command, positionals: positionalValues.slice(1), values, given };
}

/**
 * Refuses what `args.command` does not take: an option of another command (naming the command's own), a
 * single-value option given twice, a positional too many (naming it), and `-` (standard input) for two inputs.
 */
export function checkCommandArgs(args: ParsedArgs): void {
  const { command } = args;
  const spec = COMMAND_SPECS[command];
  if (!spec) return;
  const allowed = optionsOf(command);
  const seen = new Set<string>();
  for (const name of args.given ?? []) {
    if (!isOption(name)) continue;
    if (!allowed.includes(name)) {
      const own = spec.options.map((o) => flag(o.name));
      throw new UsageError(
        `${command}: ${flag(name)} is not an option of ${command}; ${own.length > 0 ? `its options are ${own.join(', ')}` : 'it takes none'}`,
      );
    }
    if (OPTIONS[name].type === 'string' && seen.has(name))
      throw new UsageError(`${command}: ${flag(name)} is given twice; it takes one value`);
    seen.add(name);
  }
  const stray = args.positionals[spec.positionals.length];
  if (stray !== undefined) {
    const takes = spec.positionals.length === 0 ? 'it takes none' : `it takes ${spec.positionals.join(' ')}`;
    throw new UsageError(`${command}: unexpected argument '${stray}' (${takes})`);
  }
  const stdin = spec.inputs.filter((name) => {
    const i = spec.positionals.indexOf(name);
    return (i >= 0 ? args.positionals[i] : args.values[name]) === '-';
  });
  if (stdin.length > 1) {
    const names = stdin.map((n) => (isOption(n) ? `--${n}` : n));
    throw new UsageError(
      `${command}: only one input can be - (standard input); ${orList(names).replace(' or ', ' and ')} are both -`,
    );
  }
}

export function requireString(args: ParsedArgs, name: string): string {
  const v = args.values[name];
  if (v === undefined) throw new UsageError(`${args.command}: --${name} is required`);
  return optionalString(args, name)!;
}

export function optionalString(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v === '') {
    const what = isOption(name) ? ` (${valueOf(name, args.command)})` : '';
    throw new UsageError(`${args.command}: --${name} needs a value${what}`);
  }
  return v;
}

export function formatOption<T extends string>(args: ParsedArgs, allowed: readonly T[], fallback: T): T {
  const v = optionalString(args, 'format') ?? fallback;
  if (!(allowed as readonly string[]).includes(v)) {
    throw new UsageError(`${args.command}: --format must be one of ${allowed.join(', ')}, got "${v}"`);
  }
  return v as T;
}

/**
 * The format of a written document: `--format` when given, else the --output file's extension (`.yaml`/`.yml`
 * yaml, anything else json), as the action does; standard output gets json.
 */
export function outputFormat(args: ParsedArgs): Format {
  const output = optionalString(args, 'output');
  const fallback = output === undefined || output === '-' ? 'json' : inferFormat(output);
  return formatOption(args, ['json', 'yaml'] as const, fallback);
}

export function positionals(args: ParsedArgs, count: number, names: string): string[] {
  if (args.positionals.length !== count) {
    throw new UsageError(`${args.command}: expected ${names}, got ${args.positionals.length} argument(s)`);
  }
  return args.positionals;
}
