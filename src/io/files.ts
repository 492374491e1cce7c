/**
 * Reading input files for the core, with bounds: only regular files (a FIFO would block forever, `/dev/zero` would
 * never end), at most MAX_INPUT_BYTES, and valid UTF-8 (an invalid byte is reported at its line and column).
 */
import { constants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import type { SourceText } from '../core/source.js';
import type { Problem } from '../core/report/problem.js';
import { decodeUtf8 } from './utf8.js';

/** The largest input file read: real DAGs and configs are well under 10 MiB. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** What a non-regular file is, for messages (`is a named pipe (FIFO)`). */
export function fileKind(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return st.isFile() ? 'a regular file' : 'not a regular file';
}

/** A short reason for an errno, as users read it. */
export function errnoReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'ENOSPC':
      return 'no space left on the device (ENOSPC)';
    case 'EDQUOT':
      return 'disk quota exceeded (EDQUOT)';
    case 'EFBIG':
      return 'file too large for the file system or the process limit (EFBIG)';
    case 'EROFS':
      return 'read-only file system (EROFS)';
    case 'EIO':
      return 'input/output error (EIO)';
    case 'EISDIR':
      return 'is a directory';
    case 'EMFILE':
    case 'ENFILE':
      return `too many open files (${code})`;
    default:
      return code ? `error ${code}` : e instanceof Error ? e.message : String(e);
  }
}

function limitText(max: number): string {
  const mib = max / (1024 * 1024);
  return Number.isInteger(mib) ? `${max} bytes (${mib} MiB)` : `${max} bytes`;
}

export interface ReadOptions {
  /** Refuse files larger than this (default MAX_INPUT_BYTES). */
  maxBytes?: number;
}

/** Reads at most `max + 1` bytes of an open regular file (a file may grow after its stat). */
async function readBounded(handle: fs.FileHandle, sizeHint: number, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  let chunk = Math.min(Math.max(sizeHint + 1, 64 * 1024), max + 1);
  for (;;) {
    const buf = Buffer.allocUnsafe(Math.min(chunk, max + 1 - total));
    const { bytesRead } = await handle.read(buf, 0, buf.length, null);
    if (bytesRead === 0) break;
    chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
    total += bytesRead;
    if (total > max) break;
    chunk = 1024 * 1024;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/**
 * Reads a UTF-8 text file for the core. Every refusal — missing, unreadable, not a regular file, too large, not
 * UTF-8 — becomes a Problem naming the file, never an exception.
 */
export async function readSourceFile(
  filePath: string,
  displayName = filePath,
  options: ReadOptions = {},
): Promise<{ source?: SourceText; problem?: Problem }> {
  const max = options.maxBytes ?? MAX_INPUT_BYTES;
  const problem = (message: string, code = 'input/read', line = 1, column = 1): { problem: Problem } => ({
    problem: { severity: 'error', code, message, file: displayName, line, column },
  });
  let bytes: Buffer;
  try {
    // stat before open: opening a FIFO would block until a writer comes.
    const st = await fs.stat(filePath);
    if (!st.isFile()) return problem(`is ${fileKind(st)}, expected a regular file`);
    if (st.size > max)
      return problem(`file is ${st.size} bytes, more than the limit of ${limitText(max)} for an input file`);
    // O_NONBLOCK: if the path was swapped for a FIFO since the stat, open does not wait; fstat then refuses it.
    const handle = await fs.open(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const now = await handle.stat();
      if (!now.isFile()) return problem(`is ${fileKind(now)}, expected a regular file`);
      bytes = await readBounded(handle, now.size, max);
    } finally {
      await handle.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return problem('is a directory, expected a file');
    // Which directory a relative path was looked for in is the first thing to check.
    if (code === 'ENOENT') return problem(`file not found (looked for ${path.resolve(filePath)})`);
    return problem(errnoReason(e));
  }
  if (bytes.length > max)
    return problem(`file is more than the limit of ${limitText(max)} for an input file`);
  const decoded = decodeUtf8(bytes);
  if ('invalid' in decoded) {
    const { line, column, note } = decoded.invalid;
    return problem(`file is not valid UTF-8${note}; save it as UTF-8`, 'input/encoding', line, column);
  }
  return { source: { name: displayName, text: decoded.text } };
}
