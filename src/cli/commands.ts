import {
  generate,
  buildAutoTemplate,
  serializeDocument,
  loadYaml,
  needsYaml,
  oneLineText,
  type Problem,
  type GenerateInput,
  type SourceText,
} from '../core/index.js';
import { isAwsRegionName } from '../core/aws-region.js';
import type { JsonObject } from '../core/json.js';
import {
  optionalString,
  outputFormat,
  positionals,
  requireString,
  UsageError,
  type Format,
  type ParsedArgs,
} from './args.js';
import { checkedDocument, checkedMerge, failedLine, filledLine, loadYamlFor } from './documents.js';
import { readInput, STDIN_NAME } from './inputs.js';
import { checkOutputs, emit, namedInputs, printProblems, type CliIO, type NamedInput } from './output.js';

/** Reads the files a command names (`-`: standard input); missing ones become problems, all reported together. */
async function readAll(
  io: CliIO,
  paths: (string | undefined)[],
): Promise<{ sources: (SourceText | undefined)[]; problems: Problem[] }> {
  const results = await Promise.all(paths.map((p) => (p === undefined ? undefined : readInput(p, io.stdin))));
  const problems: Problem[] = [];
  const sources = results.map((r) => {
    if (r?.problem) problems.push(r.problem);
    return r?.source;
  });
  return { sources, problems };
}

/** The input files of generate/template, labelled by option. */
function generateFiles(args: ParsedArgs): NamedInput[] {
  return namedInputs([
    ['--dag', requireString(args, 'dag')],
    ['--config', requireString(args, 'config')],
    ['--template', optionalString(args, 'template')],
  ]);
}

async function generateInput(
  args: ParsedArgs,
  io: CliIO,
  format: Format,
): Promise<{ input?: GenerateInput; problems: Problem[] }> {
  const dag = requireString(args, 'dag');
  const config = requireString(args, 'config');
  const template = optionalString(args, 'template');
  if (needsYaml(dag, config, template, format)) await loadYaml();
  const { sources, problems } = await readAll(io, [dag, config, template]);
  if (problems.length > 0) return { problems };
  const [d, c, t] = sources as [SourceText, SourceText, SourceText | undefined];
  // Standard input is YAML by its content, not its name.
  await loadYamlFor(d, c, t);
  return {
    input: { dag: d, config: c, ...(t ? { template: t } : {}), lenient: args.values['lenient'] === true },
    problems,
  };
}

export async function runGenerate(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = outputFormat(args);
  const output = optionalString(args, 'output');
  const reportPath = optionalString(args, 'report');
  const inputs = generateFiles(args);
  await checkOutputs({
    outputs: [
      { option: 'output', path: output },
      { option: 'report', path: reportPath },
    ],
    inputs,
  });
  const { input, problems } = await generateInput(args, io, format);
  if (!input) {
    printProblems(io, problems);
    io.stderr.write(`${failedLine({ problems })}\n`);
    return 1;
  }
  const pipeline = optionalString(args, 'sagemaker-pipeline');
  const region = optionalString(args, 'aws-region');
  if (region !== undefined && pipeline === undefined)
    throw new UsageError('generate: --aws-region needs --sagemaker-pipeline');
  if (region !== undefined && !isAwsRegionName(region))
    throw new UsageError(`generate: --aws-region must be an AWS region such as us-east-1; got '${region}'`);
  if (pipeline !== undefined && pipeline.trim() === '')
    throw new UsageError('generate: --sagemaker-pipeline is empty (give the pipeline name, or auto)');
  const result = pipeline
    ? await (
        await import('../adapters/sagemaker-check.js')
      ).generateWithSageMakerCheck(input, { pipeline, ...(region ? { region } : {}) })
    : generate(input);
  printProblems(io, result.report.problems);
  if (reportPath)
    await emit(io, reportPath, `${JSON.stringify(result.report, null, 2)}\n`, { option: 'report', inputs });
  if (!result.document) {
    io.stderr.write(`${failedLine(result.report)}\n`);
    return 1;
  }
  await emit(io, output, serializeDocument(result.document, format), { option: 'output', inputs });
  if (args.values['quiet'] !== true) io.stderr.write(`${filledLine(result.report)}\n`);
  return 0;
}

export async function runTemplate(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = outputFormat(args);
  const output = optionalString(args, 'output');
  const inputs = generateFiles(args);
  await checkOutputs({ outputs: [{ option: 'output', path: output }], inputs });
  const { input, problems } = await generateInput(args, io, format);
  if (!input) {
    printProblems(io, problems);
    return 1;
  }
  const result = buildAutoTemplate(input);
  printProblems(io, result.problems);
  if (!result.document) return 1;
  await emit(io, output, serializeDocument(result.document, format), { option: 'output', inputs });
  return 0;
}

async function readDocument(io: CliIO, path: string): Promise<{ doc?: JsonObject; problems: Problem[] }> {
  const { sources, problems } = await readAll(io, [path]);
  if (problems.length > 0) return { problems };
  return checkedDocument(sources[0]!);
}

export async function runValidate(args: ParsedArgs, io: CliIO): Promise<number> {
  const [path] = positionals(args, 1, 'one execution document');
  const { doc, problems } = await readDocument(io, path!);
  printProblems(io, problems);
  if (!doc) return 1;
  const steps = Object.keys(doc['PIPELINE_STEP_CONFIGS'] as JsonObject).length;
  if (args.values['quiet'] !== true)
    io.stderr.write(
      `${oneLineText(path === '-' ? STDIN_NAME : path!)}: valid execution document with ${steps} step(s)\n`,
    );
  return 0;
}

export async function runMerge(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = outputFormat(args);
  const output = optionalString(args, 'output');
  const [a, b] = positionals(args, 2, 'two execution documents (BASE NEXT)');
  const inputs = namedInputs([
    ['BASE', a],
    ['NEXT', b],
  ]);
  await checkOutputs({ outputs: [{ option: 'output', path: output }], inputs });
  if (format === 'yaml') await loadYaml();
  const { sources, problems: unread } = await readAll(io, [a, b]);
  if (unread.length > 0) {
    printProblems(io, unread);
    return 1;
  }
  const { merged, problems } = await checkedMerge(sources[0]!, sources[1]!);
  printProblems(io, problems);
  if (!merged) return 1;
  await emit(io, output, serializeDocument(merged, format), { option: 'output', inputs });
  return 0;
}
