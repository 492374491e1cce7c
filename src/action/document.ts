/** Reads the three inputs, runs the pure core and writes the document atomically (only when there is no error). */
import {
  generate,
  loadYaml,
  needsYaml,
  serializeDocument,
  type Problem,
  type Report,
  type SourceText,
} from '../core/index.js';
import { readSourceFile, writeFileAtomic } from '../io/files.js';
import type { ActionInputs, FileInput } from './inputs.js';

export interface DocumentOutcome {
  report: Report;
  /** Absolute path of the written document; absent when generation failed. */
  written?: string;
}

/** A report for a run that never reached the core (an input file could not be read). */
export function failedReport(problems: Problem[]): Report {
  return { ok: false, steps: [], problems, totalSteps: 0, filledSteps: 0, nodes: [], edges: [] };
}

async function read(f: FileInput | undefined): Promise<{ source?: SourceText; problem?: Problem }> {
  // Named as the user sees it in the repository, so problems and annotations point at the right file.
  return f ? readSourceFile(f.absolute, f.display) : {};
}

export async function produceDocument(inputs: ActionInputs): Promise<DocumentOutcome> {
  // The core parses and writes YAML only once it is loaded (a lazy chunk most runs never need).
  if (needsYaml(inputs.dag.absolute, inputs.config.absolute, inputs.template?.absolute, inputs.format))
    await loadYaml();
  const [dag, config, template] = await Promise.all([
    read(inputs.dag),
    read(inputs.config),
    read(inputs.template),
  ]);
  const readProblems = [dag.problem, config.problem, template.problem].filter(
    (p): p is Problem => p !== undefined,
  );
  if (readProblems.length > 0 || !dag.source || !config.source) return { report: failedReport(readProblems) };

  const input = {
    dag: dag.source,
    config: config.source,
    template: template.source,
    lenient: inputs.lenient,
  };
  // The SageMaker SDK is loaded only for the cross-check (a lazy chunk of about 3 MB).
  const { document, report } = inputs.sagemakerPipeline
    ? await (
        await import('../adapters/sagemaker-check.js')
      ).generateWithSageMakerCheck(input, {
        pipeline: inputs.sagemakerPipeline,
        ...(inputs.awsRegion ? { region: inputs.awsRegion } : {}),
      })
    : generate(input);
  if (!report.ok || !document) return { report };
  await writeFileAtomic(inputs.output, serializeDocument(document, inputs.format));
  return { report, written: inputs.output };
}
