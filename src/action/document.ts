/** Reads a pipeline's input files, runs the pure core and writes the document atomically (only when there is no error). */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  generate,
  loadYaml,
  needsYaml,
  serializeDocument,
  type JsonObject,
  type OutputFormat,
  type Problem,
  type Report,
  type SourceText,
} from '../core/index.js';
import { readSourceFile } from '../io/files.js';
import { redact } from './log.js';
import { writeOutputFile, type OutputGuard } from '../io/output-file.js';
import type { ActionInputs, FileInput } from './inputs/inputs.js';
import type { PipelineSpec } from './inputs/manifest.js';

export interface GenerationSettings {
  format: OutputFormat;
  lenient: boolean;
  /** Deployed pipeline to cross-check: a name, `auto`, or absent. */
  sagemakerPipeline?: string;
  awsRegion?: string;
  /** Deadline of the cross-check's DescribePipeline call. */
  sagemakerTimeoutMs?: number;
}

/** An input file as it was read: its workspace-relative path and the git blob id of its bytes. */
export interface InputFingerprint {
  role: 'dag' | 'config' | 'template';
  /** Workspace-relative, forward slashes (as in problems and annotations). */
  path: string;
  /** `git hash-object` of the bytes read: equal to the base's blob id exactly when the file is unchanged. */
  blobId: string;
}

export interface DocumentOutcome {
  report: Report;
  /** Absolute path of the written document; absent when generation failed. */
  written?: string;
  /** The document itself, when asked for (to compare it with the base's). */
  document?: JsonObject;
  /** The blob ids of the input files, with the document. */
  inputs?: InputFingerprint[];
}

/** The document file of a pipeline in the output directory (many pipelines). */
export function documentPath(outputDir: string, name: string, format: OutputFormat): string {
  return path.join(outputDir, `${name}.${format}`);
}

/** A report for a run that never reached the core (an input file could not be read). */
export function failedReport(problems: Problem[]): Report {
  return { ok: false, steps: [], problems, totalSteps: 0, filledSteps: 0, nodes: [], edges: [] };
}

/** The id git gives a blob with these bytes (SHA-1 object format, as GitHub uses). */
export function gitBlobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

async function read(f: FileInput | undefined): Promise<{ source?: SourceText; problem?: Problem }> {
  // Named as the user sees it in the repository, so problems and annotations point at the right file.
  return f ? readSourceFile(f.absolute, f.display) : {};
}

export interface ProduceOptions {
  /** Where to write the document. */
  output: string;
  /** Keep the document, and the blob ids of the inputs, in the outcome (for the diff). */
  keepDocument?: boolean;
  /** What the document may not replace and where it must stay (see outputGuard). */
  guard?: OutputGuard;
  /**
   * On failure, warn when a file is already at `output` (a document of an earlier run, or anything else): it is left
   * exactly as it is — this run deletes nothing it did not create — and the warning says it is not this run's.
   */
  reportStale?: boolean;
}

/**
 * What no document of this run may replace — every input of every pipeline and the manifest, by identity (a symlink
 * or `..` alias of an input is still that input) — and the roots it must resolve inside: the workspace and RUNNER_TEMP.
 */
export function outputGuard(inputs: ActionInputs, specs: readonly PipelineSpec[]): OutputGuard {
  const files = specs.flatMap((s) => [s.dag, s.config, ...(s.template ? [s.template] : [])]);
  if (inputs.manifest?.kind === 'file') files.push(inputs.manifest.file);
  return {
    roots: inputs.outputRoots,
    inputs: files.map((f) => ({ path: f.absolute, label: f.display })),
  };
}

export async function produceDocument(
  spec: PipelineSpec,
  settings: GenerationSettings,
  options: ProduceOptions,
): Promise<DocumentOutcome> {
  const outcome = await generateAndWrite(spec, settings, options);
  if (!outcome.written && options.reportStale) {
    const existing = await fs.lstat(options.output).catch(() => undefined);
    if (existing) {
      outcome.report.problems.push({
        severity: 'warning',
        code: 'output/stale',
        message:
          `${options.output} is from before this run and is not this run's document: this pipeline produced none, ` +
          `and exec-doc never deletes a file it did not write in this run, so it was left untouched.`,
        file: spec.dag.display,
      });
    }
  }
  return outcome;
}

async function generateAndWrite(
  spec: PipelineSpec,
  settings: GenerationSettings,
  options: ProduceOptions,
): Promise<DocumentOutcome> {
  // The core parses and writes YAML only once it is loaded (a lazy chunk most runs never need).
  if (needsYaml(spec.dag.absolute, spec.config.absolute, spec.template?.absolute, settings.format))
    await loadYaml();
  const [dag, config, template] = await Promise.all([read(spec.dag), read(spec.config), read(spec.template)]);
  const readProblems = [dag.problem, config.problem, template.problem].filter(
    (p): p is Problem => p !== undefined,
  );
  if (readProblems.length > 0 || !dag.source || !config.source) return { report: failedReport(readProblems) };

  // Valid UTF-8 (readSourceFile checks it, and keeps a BOM) encodes back to exactly the bytes read.
  const fingerprint = (role: InputFingerprint['role'], f: FileInput, s: SourceText): InputFingerprint => ({
    role,
    path: f.display,
    blobId: gitBlobId(Buffer.from(s.text, 'utf8')),
  });
  // Only a diff needs them (hashing every input costs about 2 ms per MB).
  let inputs: InputFingerprint[] | undefined;
  if (options.keepDocument) {
    inputs = [fingerprint('dag', spec.dag, dag.source), fingerprint('config', spec.config, config.source)];
    if (spec.template && template.source)
      inputs.push(fingerprint('template', spec.template, template.source));
  }

  const input = {
    dag: dag.source,
    config: config.source,
    template: template.source,
    lenient: settings.lenient,
  };
  // The SageMaker SDK is loaded only for the cross-check (a lazy chunk of about 3 MB).
  const { document, report } = settings.sagemakerPipeline
    ? await (
        await import('../adapters/sagemaker-check.js')
      ).generateWithSageMakerCheck(input, {
        pipeline: settings.sagemakerPipeline,
        ...(settings.awsRegion ? { region: settings.awsRegion } : {}),
        ...(settings.sagemakerTimeoutMs ? { timeoutMs: settings.sagemakerTimeoutMs } : {}),
      })
    : generate(input);
  if (!report.ok || !document) return { report };
  const text = serializeDocument(document, settings.format);
  // The document is uploaded as an artifact anyone with read access can download: a token or secret input that a
  // config carries (by mistake, or planted) is written as *** and said, never published.
  const safe = redact(text);
  const withWarning =
    safe === text
      ? report
      : {
          ...report,
          problems: [
            ...report.problems,
            {
              severity: 'warning' as const,
              code: 'output/secret',
              message:
                'the document contains the value of the github-token or of a secret input; it is written with *** in ' +
                'its place. Remove the secret from the config.',
              file: spec.config.display,
            },
          ],
        };
  await writeOutputFile(options.output, safe, options.guard);
  return {
    report: withWarning,
    written: options.output,
    ...(options.keepDocument ? { document, inputs } : {}),
  };
}
