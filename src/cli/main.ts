import { checkCommandArgs, COMMAND_HELP, helpHint, nearest, parseCli, USAGE, UsageError } from './args.js';
import { runGenerate, runMerge, runTemplate, runValidate } from './commands.js';
import { OutputError } from '../io/output-file.js';
import { oneLineText } from '../core/index.js';
import { StreamWriteError, type CliIO } from './output.js';

type Command = (args: ReturnType<typeof parseCli>, io: CliIO) => Promise<number>;

/** `diff`, `graph` and `mcp` (with the MCP SDK) are loaded only when used, so `generate` starts without them. */
const COMMANDS: Record<string, Command> = {
  generate: runGenerate,
  template: runTemplate,
  validate: runValidate,
  merge: runMerge,
  diff: async (args, io) => (await import('./diff.js')).runDiff(args, io),
  graph: async (args, io) => (await import('./graph.js')).runGraph(args, io),
  mcp: async (args, io) => (await import('./mcp/server.js')).runMcp(args, io, process.env),
};

function unknownCommand(name: string, prefix = ''): UsageError {
  const guess = nearest(name, Object.keys(COMMANDS));
  return new UsageError(`${prefix}unknown command "${name}"${guess ? `; did you mean "${guess}"?` : ''}`);
}

/** The help of one command; an unknown one is a usage error. */
function commandHelp(name: string, prefix = ''): string {
  const help = COMMAND_HELP[name];
  if (help === undefined) throw unknownCommand(name, prefix);
  return help;
}

/**
 * The CLI: returns the exit code (0 ok, 1 errors in the inputs, 2 usage) instead of exiting, so it
 * can be tested in-process. The one place errors become text: user mistakes never show a stack trace;
 * a bug shows one only with EXEC_DOC_DEBUG=1.
 */
export async function main(
  argv: readonly string[],
  io: CliIO,
  env: Record<string, string | undefined> = {},
): Promise<number> {
  // Known before parsing, so even a parse error can point to the help of the command it was for.
  let command = argv.find((a) => !a.startsWith('-')) ?? '';
  try {
    const args = parseCli(argv);
    command = args.command;
    if (args.values['version'] === true) {
      io.stdout.write('exec-doc 0.1.0\n');
      return 0;
    }
    if (args.command === 'help') {
      const [topic, stray] = args.positionals;
      if (stray !== undefined)
        throw new UsageError(`help: unexpected argument '${stray}' (it takes COMMAND)`);
      io.stdout.write(`${topic === undefined ? USAGE : commandHelp(topic, 'help: ')}\n`);
      return 0;
    }
    if (args.values['help'] === true) {
      io.stdout.write(`${args.command === '' ? USAGE : commandHelp(args.command)}\n`);
      return 0;
    }
    if (args.command === '') throw new UsageError('no command given');
    const run = COMMANDS[args.command];
    if (!run) throw unknownCommand(args.command);
    checkCommandArgs(args);
    return await run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      // The mistake and where the help is: the whole help would bury the one line that matters.
      io.stderr.write(`exec-doc: ${oneLineText(e.message)}\n${helpHint(command)}\n`);
      // A diff's errors are 2 whatever their kind: 1 means "the documents differ".
      return 2;
    }
    if (e instanceof OutputError) {
      io.stderr.write(`exec-doc: error [${e.code}] ${oneLineText(e.message)}\n`);
      return e.code === 'output/target' || command === 'diff' ? 2 : 1;
    }
    if (e instanceof StreamWriteError) {
      io.stderr.write(`exec-doc: error [output/write] ${oneLineText(e.message)}\n`);
      return command === 'diff' ? 2 : 1;
    }
    const err = e as Error | undefined;
    io.stderr.write(`exec-doc: internal error: ${oneLineText(err?.message ?? String(e))}\n`);
    if (env['EXEC_DOC_DEBUG'] === '1' && err?.stack) io.stderr.write(`${err.stack}\n`);
    else io.stderr.write('This is a bug in exec-doc; run with EXEC_DOC_DEBUG=1 for details and report it.\n');
    return command === 'diff' ? 2 : 1;
  }
}
