import { parseCli, USAGE, UsageError } from './args.js';
import { runGenerate, runMerge, runTemplate, runValidate } from './commands.js';
import type { CliIO } from './output.js';

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
  try {
    const args = parseCli(argv);
    if (args.values['version'] === true) {
      io.stdout.write('exec-doc 0.1.0\n');
      return 0;
    }
    if (args.values['help'] === true || args.command === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.command === '') throw new UsageError('no command given');
    const run = COMMANDS[args.command];
    if (!run) throw new UsageError(`unknown command "${args.command}"`);
    return await run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`exec-doc: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && typeof err.path === 'string') {
      io.stderr.write(`${err.path}:1:1: error [output/write] cannot write: ${err.code}\n`);
      return 1;
    }
    io.stderr.write(`exec-doc: internal error: ${err?.message ?? String(e)}\n`);
    if (env['EXEC_DOC_DEBUG'] === '1' && err?.stack) io.stderr.write(`${err.stack}\n`);
    else io.stderr.write('This is a bug in exec-doc; run with EXEC_DOC_DEBUG=1 for details and report it.\n');
    return 1;
  }
}
