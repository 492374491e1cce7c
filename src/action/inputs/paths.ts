/** Workspace-relative paths: resolution, containment and the display name used in problems and annotations. */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** True when `target` is `root` itself or lies below it (both absolute and normalized). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  // `..foo` is a name inside root; only `..` itself or `../…` leaves it.
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** The path as annotations need it: relative to the workspace, with forward slashes. */
export function displayPath(workspace: string, absolute: string): string {
  return path.relative(workspace, absolute).split(path.sep).join('/');
}

/**
 * Resolves a user-written path against the workspace. Returns undefined when it leaves every allowed root
 * (`..`, or an absolute path elsewhere).
 */
export function resolveWithin(
  workspace: string,
  input: string,
  roots: readonly string[] = [workspace],
): string | undefined {
  const absolute = path.resolve(workspace, input);
  return roots.some((root) => isInside(path.resolve(root), absolute)) ? absolute : undefined;
}

/**
 * The lexical check cannot see symlinks: a link inside the workspace may point anywhere. This resolves the real path
 * of an existing file and checks it again. Returns false for a file that escapes; true when it is inside or missing.
 */
export async function realPathStaysInside(workspace: string, absolute: string): Promise<boolean> {
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([fs.realpath(absolute), fs.realpath(workspace)]);
  } catch {
    return true;
  }
  return isInside(realRoot, real);
}
