import { writeFileAtomic } from '../io/files.js';
import { formatProblem, type Problem } from '../core/index.js';

export interface CliIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

/** Writes the result to a file (atomically) or to stdout for `-`/absent. */
export async function emit(io: CliIO, target: string | undefined, text: string): Promise<void> {
  if (target === undefined || target === '-') io.stdout.write(text);
  else await writeFileAtomic(target, text);
}

export function printProblems(io: CliIO, problems: readonly Problem[]): void {
  for (const p of problems) io.stderr.write(`${formatProblem(p)}\n`);
}
