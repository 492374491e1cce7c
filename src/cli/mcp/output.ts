import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Problem } from '../../core/index.js';
import { OutputError, writeOutputFile } from '../../io/output-file.js';
import { problemsResult, toolResult } from './result.js';
import type { Root } from './root.js';

/**
 * `output_file`: checked before any work (inside the root, not over an input or a non-file), then
 * written through a temporary file and a rename, so it is complete or untouched.
 */
export async function checkOutput(
  root: Root,
  given: string | undefined,
  inputFiles: (string | undefined)[],
): Promise<{ path?: string; problem?: Problem }> {
  if (given === undefined) return {};
  const reals = await Promise.all(inputFiles.map((f) => (f === undefined ? undefined : root.realInput(f))));
  return root.writable(
    given,
    reals.filter((r): r is string => r !== undefined),
  );
}

/** Writes `text`; a failure is a problem on `given` (as the CLI reports it), never an exception. */
export async function writeOutput(
  realPath: string,
  given: string,
  text: string,
): Promise<Problem | undefined> {
  try {
    await writeOutputFile(realPath, text);
    return undefined;
  } catch (e) {
    const why =
      e instanceof OutputError
        ? e.message
        : `cannot write: ${(e as NodeJS.ErrnoException).code ?? String(e)}`;
    return {
      severity: 'error',
      code: e instanceof OutputError ? e.code : 'output/write',
      message: why,
      file: given,
      line: 1,
      column: 1,
    };
  }
}

/**
 * The end of generate/template/merge: writes `text` to `output_file` when one was given (the summary
 * then says so and no text is returned), else returns it as the `document` field and a second text
 * block. `structured` holds the tool's other fields; a write failure is a tool error.
 */
export async function deliver(opts: {
  path: string | undefined;
  given: string | undefined;
  text: string;
  what: string;
  format: 'json' | 'yaml';
  summary: string[];
  structured: Record<string, unknown> & { problems: Problem[] };
}): Promise<CallToolResult> {
  const { path, given, text, what, format, summary, structured } = opts;
  const size = `${Buffer.byteLength(text)} bytes, ${format}`;
  if (path !== undefined && given !== undefined) {
    const failed = await writeOutput(path, given, text);
    if (failed) {
      return problemsResult([...structured.problems, failed], structured);
    }
    return toolResult(true, [...summary, `wrote ${given} (${size})`].join('\n'), {
      ...structured,
      written: given,
    });
  }
  const text2 = [...summary, `The ${what} (${size}) follows.`].join('\n');
  return toolResult(true, text2, { ...structured, document: text }, text);
}
