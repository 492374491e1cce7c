import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SourceText } from '../core/source.js';
import type { Problem } from '../core/report/problem.js';

/** Reads a UTF-8 text file for the core. A missing or unreadable file becomes a Problem, not an exception. */
export async function readSourceFile(
  filePath: string,
  displayName = filePath,
): Promise<{ source?: SourceText; problem?: Problem }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a directory, expected a file'
          : code === 'EACCES'
            ? 'permission denied'
            : `cannot read file (${code ?? String(e)})`;
    return {
      problem: { severity: 'error', code: 'input/read', message: why, file: displayName, line: 1, column: 1 },
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return {
      problem: {
        severity: 'error',
        code: 'input/encoding',
        message: 'file is not valid UTF-8',
        file: displayName,
        line: 1,
        column: 1,
      },
    };
  }
  return { source: { name: displayName, text } };
}

/**
 * Writes a file so that readers never see a half-written one: write a temp file beside it, then rename.
 * On failure the temp file is removed and the target is left untouched.
 */
export async function writeFileAtomic(filePath: string, data: string): Promise<void> {
  const dir = path.dirname(filePath);
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(filePath)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, data, { encoding: 'utf8', flag: 'wx' });
    await fs.rename(tmp, filePath);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
