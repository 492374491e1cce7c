import path from 'node:path';
import { checkOutputTarget, OutputError, writeOutputFile } from '../io/output-file.js';
import { formatProblem, type Problem } from '../core/index.js';
import type { InputStream } from './inputs.js';

export interface CliIO {
  /** `flush` resolves once everything written so far has been handed to the reader (a pipe may be slower). */
  stdout: { write(s: string): unknown; flush?(): Promise<void> };
  stderr: { write(s: string): unknown };
  /** What an input of `-` reads; without it, `-` is refused as unavailable. */
  stdin?: InputStream;
}

/** Standard output could not be written (a full disk behind `> file`, an I/O error); not a bug, not a closed pipe. */
export class StreamWriteError extends Error {
  override readonly name = 'StreamWriteError';
}

/** A file a command reads, named as the option that gave it (`--config`), so a refusal can say which. */
export interface NamedInput {
  path: string;
  label: string;
}

/** The files a command will write, and the inputs none of them may replace. */
export interface OutputPlan {
  outputs: { option: string; path: string | undefined }[];
  inputs: NamedInput[];
}

const toStdout = (p: string | undefined): boolean => p === undefined || p === '-';

/**
 * Refuses, before any work, an output that is an input, a device, FIFO, directory or symlink, or that two options
 * both name. Throws an OutputError (`output/target`).
 */
export async function checkOutputs(plan: OutputPlan): Promise<void> {
  const files = plan.outputs.filter((o): o is { option: string; path: string } => !toStdout(o.path));
  const seen = new Map<string, string>();
  for (const o of files) {
    const checked = await checkOutputTarget(o.path, { inputs: plan.inputs, label: `--${o.option}` });
    const other = seen.get(checked.realPath);
    if (other !== undefined)
      throw new OutputError(
        `--${o.option} '${o.path}': is also the file of ${other}`,
        o.path,
        'output/target',
      );
    seen.set(checked.realPath, `--${o.option}`);
  }
}

/** Writes the result to a file (checked, atomically) or to stdout for `-`/absent. */
export async function emit(
  io: CliIO,
  target: string | undefined,
  text: string,
  guard: { option: string; inputs: NamedInput[] },
): Promise<void> {
  if (toStdout(target)) {
    io.stdout.write(text);
    // A reader that leaves early ends the process here, before a summary claims the document went out.
    await io.stdout.flush?.();
  } else await writeOutputFile(target!, text, { inputs: guard.inputs, label: `--${guard.option}` });
}

/** The inputs of a command, labelled by option, for emit/checkOutputs. */
export function namedInputs(entries: [string, string | undefined][]): NamedInput[] {
  // `-` is standard input, not a file an output could replace.
  return entries.flatMap(([label, p]) =>
    p === undefined || p === '-' ? [] : [{ path: path.resolve(p), label }],
  );
}

export function printProblems(io: CliIO, problems: readonly Problem[]): void {
  for (const p of problems) io.stderr.write(`${formatProblem(p)}\n`);
}
