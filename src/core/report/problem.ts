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

/** `file:line:column: severity [code] message` — the format editors and CI log parsers understand. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line ?? 1}:${p.column ?? 1}`;
  const path = p.jsonPath ? ` (at ${p.jsonPath})` : '';
  return `${where}: ${p.severity} [${p.code}] ${p.message}${path}`;
}
