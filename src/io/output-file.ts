/**
 * Writing an output file safely. A file is replaced only when it is a regular file this run was asked to write:
 * never an input (however it is reached: a symlinked directory, `..`, a hard link), never a symlink, directory,
 * device or FIFO, and — when roots are given — never outside them once every symlink of the path is resolved. The
 * text goes to a temp file beside the target that is renamed over it, so readers never see half a file, and the temp
 * file is removed on failure or interruption.
 */
import { promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { errnoReason, fileKind } from './files.js';
import { releaseTempFile, trackTempFile } from './temp-files.js';

/** An output that cannot or must not be written; the message names the file and says why. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(
    message: string,
    /** The output as the user named it. */
    readonly file: string,
    /** `output/target` (refused before writing) or `output/write` (the write failed). */
    readonly code: 'output/target' | 'output/write',
  ) {
    super(message);
  }
}

/** What an output must not be, and where it may go. */
export interface OutputGuard {
  /** Files that must never be replaced (the run's inputs), by any path. */
  inputs?: readonly NamedFile[];
  /** The output must resolve (symlinks followed) inside one of these directories. */
  roots?: readonly string[];
  /** How the output is named in messages (e.g. `Input 'output'`, `--report`); the path is added. */
  label?: string;
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

async function lstatOrUndefined(p: string): Promise<Stats | undefined> {
  try {
    return await fs.lstat(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

async function statOrUndefined(p: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(p);
  } catch {
    return undefined;
  }
}

/**
 * The real directory a target's file would be written in: the nearest existing ancestor with its symlinks resolved,
 * plus the missing part (plain names, created later). Refuses a path through a file or a broken link.
 */
async function realParent(dir: string, describe: () => string): Promise<string> {
  const missing: string[] = [];
  let at = path.resolve(dir);
  for (;;) {
    let st: Stats | undefined;
    try {
      st = await lstatOrUndefined(at);
    } catch (e) {
      throw new OutputError(
        `${describe()}: cannot use ${at}: ${errnoReason(e)}`,
        describe(),
        'output/target',
      );
    }
    if (st) {
      let real: string;
      try {
        real = await fs.realpath(at);
      } catch (e) {
        const why =
          (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'a broken symbolic link' : errnoReason(e);
        throw new OutputError(`${describe()}: ${at} is ${why}`, describe(), 'output/target');
      }
      const realSt = await fs.stat(real);
      if (!realSt.isDirectory())
        throw new OutputError(
          `${describe()}: ${at} is ${fileKind(realSt)}, not a directory`,
          describe(),
          'output/target',
        );
      return path.join(real, ...missing.reverse());
    }
    const up = path.dirname(at);
    if (up === at) return path.join(at, ...missing.reverse());
    missing.push(path.basename(at));
    at = up;
  }
}

type NamedFile = { path: string; label: string };

/** The inputs by identity (device and inode), stat'ed once per list however many outputs are checked against it. */
const identities = new WeakMap<readonly NamedFile[], Promise<Map<string, NamedFile>>>();

function inputIdentities(inputs: readonly NamedFile[]): Promise<Map<string, NamedFile>> {
  let known = identities.get(inputs);
  if (!known) {
    known = Promise.all(inputs.map(async (i) => [await statOrUndefined(i.path), i] as const)).then(
      (stats) => {
        const byId = new Map<string, NamedFile>();
        for (const [st, i] of stats)
          if (st && !byId.has(`${st.dev}:${st.ino}`)) byId.set(`${st.dev}:${st.ino}`, i);
        return byId;
      },
    );
    identities.set(inputs, known);
  }
  return known;
}

async function realRoots(roots: readonly string[]): Promise<string[]> {
  return Promise.all(
    roots.map(async (r) => {
      try {
        return await fs.realpath(r);
      } catch {
        return path.resolve(r);
      }
    }),
  );
}

/** The checked target: its real directory, and the mode of the file it replaces (kept on the new file). */
export interface CheckedTarget {
  realPath: string;
  mode?: number;
}

/**
 * Checks that `target` may be written (see the module comment) without touching the file system. Throws an
 * OutputError with code `output/target` that names the target and the reason.
 */
export async function checkOutputTarget(target: string, guard: OutputGuard = {}): Promise<CheckedTarget> {
  const shown = (): string => (guard.label ? `${guard.label} '${target}'` : target);
  const refuse = (why: string): never => {
    throw new OutputError(`${shown()}: ${why}`, target, 'output/target');
  };
  const absolute = path.resolve(target);
  if (target.endsWith('/') || target.endsWith(path.sep)) refuse('names a directory; give a file path');
  const dir = await realParent(path.dirname(absolute), shown);
  const realPath = path.join(dir, path.basename(absolute));
  if (guard.roots && guard.roots.length > 0) {
    const roots = await realRoots(guard.roots);
    if (!roots.some((r) => isInside(r, realPath))) {
      refuse(
        `resolves to ${realPath} (through a symbolic link), outside ${roots.join(' and ')}; exec-doc writes only there`,
      );
    }
  }
  let st: Stats | undefined;
  try {
    st = await lstatOrUndefined(realPath);
  } catch (e) {
    refuse(errnoReason(e));
  }
  if (st && !st.isFile()) {
    refuse(
      `is ${fileKind(st)}; exec-doc replaces only regular files${st.isSymbolicLink() ? ' (remove the link or name its target)' : ''}`,
    );
  }
  if (st && guard.inputs) {
    const input = (await inputIdentities(guard.inputs)).get(`${st.dev}:${st.ino}`);
    if (input) refuse(`is also an input file (${input.label}); choose another output file`);
  }
  return st ? { realPath, mode: st.mode & 0o777 } : { realPath };
}

/**
 * Checks a directory outputs will be written in: once symlinks are resolved it must stay inside the roots and, when
 * it exists, be a directory. Returns its real path; throws an OutputError (`output/target`).
 */
export async function checkOutputDirectory(dir: string, guard: OutputGuard = {}): Promise<string> {
  const shown = (): string => (guard.label ? `${guard.label} '${dir}'` : dir);
  const real = await realParent(dir, shown);
  if (guard.roots && guard.roots.length > 0) {
    const roots = await realRoots(guard.roots);
    if (!roots.some((r) => isInside(r, real))) {
      throw new OutputError(
        `${shown()}: resolves to ${real} (through a symbolic link), outside ${roots.join(' and ')}; exec-doc writes only there`,
        dir,
        'output/target',
      );
    }
  }
  return real;
}

/** True when `file` exists and is the same file (device and inode) as one of `inputs`; returns that input. */
export async function sameFileAs(file: string, inputs: readonly NamedFile[]): Promise<NamedFile | undefined> {
  const st = await statOrUndefined(file);
  if (!st) return undefined;
  return (await inputIdentities(inputs)).get(`${st.dev}:${st.ino}`);
}

function writeError(target: string, e: unknown, label?: string): OutputError {
  if (e instanceof OutputError) return e;
  const shown = label ? `${label} '${target}'` : target;
  return new OutputError(`cannot write ${shown}: ${errnoReason(e)}`, target, 'output/write');
}

/**
 * Writes `data` to `target`: checked (checkOutputTarget), then written to a temp file in the target's real directory
 * and renamed over it. Missing directories are created (inside the roots: their real parent was checked). On any
 * failure the target is untouched, the temp file is gone, and an OutputError says why (ENOSPC included).
 */
let tempCount = 0;

export async function writeOutputFile(
  target: string,
  data: string,
  guard: OutputGuard = {},
): Promise<string> {
  const checked = await checkOutputTarget(target, guard);
  const dir = path.dirname(checked.realPath);
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    throw writeError(target, e, guard.label);
  }
  const tmp = path.join(
    dir,
    // Unique enough: `wx` below refuses a name that exists, and node:crypto would cost the CLI 2 ms of start-up.
    `.${path.basename(checked.realPath)}.${process.pid}.${(++tempCount).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  trackTempFile(tmp);
  try {
    // `wx`: never follows or reuses an existing name.
    await fs.writeFile(tmp, data, { encoding: 'utf8', flag: 'wx', mode: checked.mode ?? 0o666 });
    if (checked.mode !== undefined) await fs.chmod(tmp, checked.mode);
    await fs.rename(tmp, checked.realPath);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw writeError(target, e, guard.label);
  } finally {
    releaseTempFile(tmp);
  }
  return checked.realPath;
}
