/**
 * Generation with the SageMaker cross-check (issue #5), shared by the action and the CLI: read the
 * deployed pipeline's definition, use its step names as the template when none is given, generate,
 * then check that filled steps exist in the pipeline and payload steps of the pipeline are filled.
 */
import { generate, parseSource, type GenerateInput, type GenerateResult } from '../core/index.js';
import { escapeSegment } from '../core/config/unwrap.js';
import { pipelineIdentity } from '../core/config/identity.js';
import { crossCheck, parsePipelineDefinition, templateFromDefinition } from '../core/crosscheck.js';
import type { Problem } from '../core/report/problem.js';
import { describePipeline } from './sagemaker.js';

export interface SageMakerCheckOptions {
  /** Pipeline name, or `auto` for the config's derived `pipeline_name`. */
  pipeline: string;
  /** AWS region; default: the config's derived `aws_region`. */
  region?: string;
  /** Deadline of the DescribePipeline call; default DEFAULT_TIMEOUT_MS of sagemaker.ts. */
  timeoutMs?: number;
}

function failed(problems: Problem[]): GenerateResult {
  return {
    report: { ok: false, steps: [], problems, totalSteps: 0, filledSteps: 0, nodes: [], edges: [] },
  };
}

/** A mismatch on a step of the user's template points at that step's line in the template. */
function atTemplateStep(p: Problem, input: GenerateInput): Problem {
  if (!input.template || !p.step) return p;
  const parsed = parseSource(input.template);
  if (!parsed.source) return p;
  const jsonPath = `/PIPELINE_STEP_CONFIGS/${escapeSegment(p.step)}`;
  const at = parsed.source.locate(jsonPath);
  return at.line > 1 ? { ...p, file: input.template.name, jsonPath, line: at.line, column: at.column } : p;
}

export async function generateWithSageMakerCheck(
  input: GenerateInput,
  options: SageMakerCheckOptions,
): Promise<GenerateResult & { pipelineName?: string; region?: string }> {
  const identity = pipelineIdentity(input.config);
  const pipelineName = options.pipeline === 'auto' ? identity.pipelineName : options.pipeline;
  const region = options.region ?? identity.awsRegion;
  if (!pipelineName || !region) return failed(identity.problems);

  const described = await describePipeline({
    pipelineName,
    region,
    file: input.config.name,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  if (!described.ok) return failed([described.problem]);
  const definition = parsePipelineDefinition(described.definition);
  if ('error' in definition) {
    return failed([
      {
        severity: 'error',
        code: 'sagemaker/invalid-definition',
        message: `the definition of pipeline '${pipelineName}' (${region}) cannot be read: ${definition.error}`,
        file: input.config.name,
      },
    ]);
  }
  const template = input.template ?? {
    name: `pipeline ${pipelineName} (${region})`,
    text: JSON.stringify(templateFromDefinition(definition.steps), null, 2),
  };
  const result = generate({ ...input, template });
  const problems = crossCheck({
    documentSteps: result.report.steps.filter((s) => s.status === 'filled').map((s) => s.step),
    payloadSteps: result.report.steps.filter((s) => s.family !== undefined).map((s) => s.step),
    definitionSteps: definition.steps.map((s) => s.name),
    pipelineName,
    region,
    file: input.config.name,
  });
  if (problems.length === 0) return { ...result, pipelineName, region };
  const report = {
    ...result.report,
    problems: [...result.report.problems, ...problems.map((p) => atTemplateStep(p, input))],
  };
  report.ok = !report.problems.some((p) => p.severity === 'error');
  return {
    report,
    ...(report.ok && result.document ? { document: result.document } : {}),
    pipelineName,
    region,
  };
}
