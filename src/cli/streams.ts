/**
 * The process's standard streams for the CLI, with the manners of a Unix tool: when the reader of standard output
 * goes away (`exec-doc generate … | head -1`) the process ends at once, quietly, with status 141 — what a shell
 * reports for a writer stopped by SIGPIPE (Node ignores that signal, so it is done by hand); a closed standard error is
 * ignored; any other write error is a clear message, never a stack trace.
 */
import { errnoReason } from '../io/files.js';
import { StreamWriteError, type CliIO } from './output.js';

/** 128 + SIGPIPE (13). */
export const CLOSED_PIPE_EXIT = 141;

function isClosedPipe(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

export function processIO(): CliIO {
  process.stdout.on('error', (e) => {
    if (isClosedPipe(e)) process.exit(CLOSED_PIPE_EXIT);
    try {
      process.stderr.write(
        `exec-doc: error [output/write] cannot write to standard output: ${errnoReason(e)}\n`,
      );
    } finally {
      process.exit(1);
    }
  });
  // Nothing can be said once standard error is gone; the exit status still tells.
  process.stderr.on('error', () => undefined);
  return {
    // Touched only when an input is `-`: creating process.stdin opens a handle on it.
    get stdin() {
      return process.stdin;
    },
    stdout: {
      write(s: string): unknown {
        try {
          return process.stdout.write(s);
        } catch (e) {
          if (isClosedPipe(e)) process.exit(CLOSED_PIPE_EXIT);
          throw new StreamWriteError(`cannot write to standard output: ${errnoReason(e)}`);
        }
      },
      flush(): Promise<void> {
        return new Promise((resolve) => process.stdout.write('', () => resolve()));
      },
    },
    stderr: {
      write(s: string): unknown {
        try {
          return process.stderr.write(s);
        } catch {
          return false;
        }
      },
    },
  };
}
