import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../core/index.js';
import type { SourceText } from '../../core/source.js';
import { readSourceFile } from '../../io/files.js';

/** Largest file a tool reads (the CLI has no limit; a server shared with an assistant should). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

function problem(file: string, code: string, message: string): Problem {
  return { severity: 'error', code, message, file, line: 1, column: 1 };
}

function within(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * The folder `exec-doc mcp --root DIR` may read and write: every path a tool is given is resolved
 * against it, then through its symlinks (realpath), and refused unless it stays inside. Paths are shown
 * in problems as the caller wrote them, like the CLI does.
 */
export class Root {
  private constructor(readonly dir: string) {}

  /** The root as a real path; a missing folder or a file is a usage mistake, reported by the caller. */
  static async open(dir: string): Promise<Root | string> {
    try {
      const real = await fs.realpath(dir);
      if (!(await fs.stat(real)).isDirectory()) return `${dir}: not a directory`;
      return new Root(real);
    } catch (e) {
      return `${dir}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : String((e as Error).message)}`;
    }
  }

  private outside(given: string, code: string, how = ''): Problem {
    return problem(
      given,
      code,
      `path is outside the folder this server may use (${this.dir})${how}; give a path inside it (exec-doc mcp --root DIR)`,
    );
  }

  /** Reads a UTF-8 file inside the root: missing, unreadable, too large or outside files become problems. */
  async read(
    given: string,
    code = 'input/outside-root',
  ): Promise<{ source?: SourceText; problem?: Problem }> {
    const lexical = path.resolve(this.dir, given);
    if (!within(this.dir, lexical)) return { problem: this.outside(given, code) };
    let real: string;
    try {
      real = await fs.realpath(lexical);
    } catch {
      // Missing (or unreadable) files get the CLI's own messages.
      return readSourceFile(lexical, given);
    }
    if (!within(this.dir, real)) return { problem: this.outside(given, code, ' (through a symbolic link)') };
    const stat = await fs.stat(real).catch(() => undefined);
    if (stat && stat.isFile() && stat.size > MAX_FILE_BYTES) {
      return {
        problem: problem(
          given,
          'input/too-large',
          `file is ${stat.size} bytes; exec-doc mcp reads files up to ${MAX_FILE_BYTES} bytes`,
        ),
      };
    }
    return readSourceFile(real, given);
  }

  /**
   * Where a tool may write `given`: inside the root (its nearest existing folder resolved through
   * symlinks), not over anything but a regular file, and never over one of `inputs` (real paths).
   */
  async writable(given: string, inputs: readonly string[]): Promise<{ path?: string; problem?: Problem }> {
    const lexical = path.resolve(this.dir, given);
    if (!within(this.dir, lexical)) return { problem: this.outside(given, 'output/outside-root') };
    const existing = await fs.lstat(lexical).catch(() => undefined);
    if (existing) {
      const target = await fs.realpath(lexical).catch(() => lexical);
      if (!within(this.dir, target))
        return { problem: this.outside(given, 'output/outside-root', ' (through a symbolic link)') };
      const stat = await fs.stat(target).catch(() => undefined);
      if (!stat?.isFile())
        return {
          problem: problem(given, 'output/not-a-file', 'exists and is not a regular file; not replaced'),
        };
      if (inputs.includes(target))
        return {
          problem: problem(given, 'output/is-input', 'is one of the inputs; inputs are never overwritten'),
        };
      return { path: target };
    }
    let dir = path.dirname(lexical);
    while (!(await fs.lstat(dir).catch(() => undefined))) dir = path.dirname(dir);
    const realDir = await fs.realpath(dir).catch(() => dir);
    if (!within(this.dir, realDir))
      return { problem: this.outside(given, 'output/outside-root', ' (through a symbolic link)') };
    return { path: path.join(realDir, path.relative(dir, lexical)) };
  }

  /** The real path of an input file named by `given`, for {@link writable}'s check; undefined when missing. */
  async realInput(given: string): Promise<string | undefined> {
    return fs.realpath(path.resolve(this.dir, given)).catch(() => undefined);
  }
}
