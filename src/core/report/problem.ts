/** A user-facing problem found while reading inputs or generating the document. */
export type Severity = 'error' | 'warning';

/** Where a problem points: a file named by the adapter, a JSON pointer into it and, once located, line/column (1-based). */
export interface Problem {
  severity: Severity;
  /** Stable machine-readable code, e.g. `config/schema`, `dag/cycle`, `template/missing-step`. */
  code: string;
  message: string;
  file: string;
  /** RFC 6901 JSON pointer into the file, `''` for the whole document. */
  jsonPath?: string;
  line?: number;
  column?: number;
  /** Execution-document step the problem concerns, when there is one. */
  step?: string;
  /** DAG node the problem concerns, when there is one (e.g. a node that matches no config). */
  node?: string;
}

/** Thrown only by the core's own input parsing; everything else is returned as Problems. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.message).join('; '));
  }
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Line breaks (CR, LF, NEL, U+2028/9), other control characters, and bidi controls that reorder what is shown. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from the inputs (a node name, a key, a file name) made safe for one line of a log: every line break and
 * control character becomes a visible escape (`\n`, `\u0085`), so no outside text can start a line of its own
 * and pass for a problem the tool reported.
 */
export function oneLineText(text: string): string {
  return text.replace(UNSAFE, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `file:line:column: severity [code] message` — the format editors and CI log parsers understand; one line always. */
export function formatProblem(p: Problem): string {
  const where = `${oneLineText(p.file)}:${p.line ?? 1}:${p.column ?? 1}`;
  const path = p.jsonPath ? ` (at ${oneLineText(p.jsonPath)})` : '';
  return `${where}: ${p.severity} [${oneLineText(p.code)}] ${oneLineText(p.message)}${path}`;
}
