import * as z from 'zod';
import type { Problem } from '../../core/index.js';
import type { SourceText } from '../../core/source.js';
import type { Root } from './root.js';

/**
 * How a tool is given a file: `<name>_file`, a path under the server's root, or `<name>`, the file's
 * text inline (JSON or YAML). Text, not a JSON object: numbers must reach the generator as written
 * (`1.0` stays `1.0`), and a JSON-RPC argument object would already have lost that.
 */

/** Largest inline text, in characters (the demo config is 148 KB); larger inputs go by path. */
export const MAX_INLINE_CHARS = 1_000_000;

/** A mistake in the arguments themselves (not in a file): a tool error with this message. */
export class ArgumentError extends Error {
  override readonly name = 'ArgumentError';
}

export function fileArg(what: string) {
  return z
    .string()
    .min(1)
    .describe(`Path to ${what} (JSON or YAML), relative to the server's root folder. Or give it inline.`);
}

export function textArg(what: string, name: string) {
  return z
    .string()
    .max(
      MAX_INLINE_CHARS,
      `inline text is limited to ${MAX_INLINE_CHARS} characters; give ${name}_file instead`,
    )
    .describe(
      `${what} as inline JSON or YAML text (JSON when it starts with { or [). Use instead of ${name}_file.`,
    );
}

export const formatArg = z
  .enum(['json', 'yaml'])
  .default('json')
  .describe('Format of the document returned (or written): json (default, the reference layout) or yaml.');

export const outputArg = z
  .string()
  .min(1)
  .describe(
    'Write the document to this path (relative to the root; written atomically) instead of returning its text. Never overwrites an input.',
  );

/** Inline text is JSON when it looks like a JSON object or array, YAML otherwise. */
function inlineFormat(text: string): 'json' | 'yaml' {
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/** One input, from a file under the root or inline text (named `<name>` in problems). */
export interface Given {
  file?: string | undefined;
  text?: string | undefined;
}

/**
 * Reads one input. Both or (when required) neither given is an {@link ArgumentError}; a file that
 * cannot be read (missing, outside the root...) is a problem.
 */
export async function readGiven(
  root: Root,
  name: string,
  given: Given,
  required: true,
): Promise<{ source?: SourceText; problem?: Problem }>;
export async function readGiven(
  root: Root,
  name: string,
  given: Given,
  required: false,
): Promise<{ source?: SourceText; problem?: Problem } | undefined>;
export async function readGiven(
  root: Root,
  name: string,
  given: Given,
  required: boolean,
): Promise<{ source?: SourceText; problem?: Problem } | undefined> {
  if (given.file !== undefined && given.text !== undefined)
    throw new ArgumentError(`give either ${name}_file (a path) or ${name} (inline text), not both`);
  if (given.text !== undefined)
    return { source: { name: `<${name}>`, text: given.text, format: inlineFormat(given.text) } };
  if (given.file !== undefined) return root.read(given.file);
  if (required) throw new ArgumentError(`${name}_file (a path) or ${name} (inline text) is required`);
  return undefined;
}

/** Reads several inputs at once; every unreadable one is reported, as the CLI does. */
export async function readAllGiven(
  root: Root,
  inputs: { name: string; given: Given; required: boolean }[],
): Promise<{ sources: (SourceText | undefined)[]; problems: Problem[] }> {
  const results = await Promise.all(
    inputs.map((i) =>
      i.required ? readGiven(root, i.name, i.given, true) : readGiven(root, i.name, i.given, false),
    ),
  );
  const problems = results.flatMap((r) => (r?.problem ? [r.problem] : []));
  return { sources: results.map((r) => r?.source), problems };
}
