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

let stdoutReady = false;
let stderrReady = false;

/**
 * Standard output with its error handler, created on first use: a run that writes nothing to it (`-o file -q`)
 * does not load Node's stream machinery for it (about 2.5 ms of start-up).
 */
function stdoutStream(): NodeJS.WriteStream {
  const out = process.stdout;
  if (!stdoutReady) {
    stdoutReady = true;
    out.on('error', (e) => {
      if (isClosedPipe(e)) process.exit(CLOSED_PIPE_EXIT);
      try {
        stderrStream().write(
          `exec-doc: error [output/write] cannot write to standard output: ${errnoReason(e)}\n`,
        );
      } finally {
        process.exit(1);
      }
    });
  }
  return out;
}

/** Standard error, also created on first use. Nothing can be said once it is gone; the exit status still tells. */
function stderrStream(): NodeJS.WriteStream {
  const err = process.stderr;
  if (!stderrReady) {
    stderrReady = true;
    err.on('error', () => undefined);
  }
  return err;
}

export function processIO(): CliIO {
  let stdoutUsed = false;
  return {
    // Touched only when an input is `-`: creating process.stdin opens a handle on it.
    get stdin() {
      return process.stdin;
    },
    stdout: {
      write(s: string): unknown {
        stdoutUsed = true;
        try {
          return stdoutStream().write(s);
        } catch (e) {
          if (isClosedPipe(e)) process.exit(CLOSED_PIPE_EXIT);
          throw new StreamWriteError(`cannot write to standard output: ${errnoReason(e)}`);
        }
      },
      flush(): Promise<void> {
        if (!stdoutUsed) return Promise.resolve();
        return new Promise((resolve) => stdoutStream().write('', () => resolve()));
      },
    },
    stderr: {
      write(s: string): unknown {
        try {
          return stderrStream().write(s);
        } catch {
          return false;
        }
      },
    },
  };
}
