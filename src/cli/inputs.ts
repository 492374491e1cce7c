/**
 * The CLI's input files, `-` being standard input (`exec-doc diff base.json -`, `… | exec-doc validate -`): read with
 * the bounds of a file (at most MAX_INPUT_BYTES, valid UTF-8), every refusal a Problem naming `<stdin>`.
 */
import type { SourceText } from '../core/source.js';
import type { Problem } from '../core/report/problem.js';
import { errnoReason, MAX_INPUT_BYTES, readSourceFile } from '../io/files.js';
import { decodeUtf8 } from '../io/utf8.js';

/** How standard input is named in problems, as compilers do. */
export const STDIN_NAME = '<stdin>';

/** What the CLI reads standard input from (`process.stdin`). */
export type InputStream = AsyncIterable<Uint8Array | string>;

type Read = { source?: SourceText; problem?: Problem };

const problem = (message: string, code = 'input/read', line = 1, column = 1): Read => ({
  problem: { severity: 'error', code, message, file: STDIN_NAME, line, column },
});

const limitText = (max: number): string =>
  Number.isInteger(max / 2 ** 20) ? `${max} bytes (${max / 2 ** 20} MiB)` : `${max} bytes`;

/**
 * Standard input as a source. It has no name to tell its format by: JSON when it starts with `{` or `[` (or is
 * empty), else YAML.
 */
export async function readStdin(stream: InputStream | undefined, max = MAX_INPUT_BYTES): Promise<Read> {
  if (!stream) return problem('standard input is not available here');
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      chunks.push(b);
      total += b.length;
      // Stop reading at once: `exec-doc validate - < /dev/zero` must not fill the memory.
      if (total > max) return problem(`more than the limit of ${limitText(max)} for an input`);
    }
  } catch (e) {
    return problem(errnoReason(e));
  }
  const bytes = Buffer.concat(chunks, total);
  const decoded = decodeUtf8(bytes);
  if ('invalid' in decoded) {
    const { line, column, note } = decoded.invalid;
    return problem(`not valid UTF-8${note}; send it as UTF-8`, 'input/encoding', line, column);
  }
  const { text } = decoded;
  const format = /^\uFEFF?\s*(?:[{[]|$)/.test(text) ? 'json' : 'yaml';
  return { source: { name: STDIN_NAME, text, format } };
}

/** An input file, or standard input for `-`. */
export function readInput(path: string, stdin: InputStream | undefined): Promise<Read> {
  return path === '-' ? readStdin(stdin) : readSourceFile(path);
}
