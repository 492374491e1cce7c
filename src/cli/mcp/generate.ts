import * as z from 'zod';
import { generate, loadYaml, serializeDocument, type Report } from '../../core/index.js';
import { failedLine, filledLine, loadYamlFor } from '../documents.js';
import { fileArg, formatArg, outputArg, readAllGiven, textArg } from './inputs.js';
import { checkOutput, deliver } from './output.js';
import { counts, countsSchema, nodeLines, reportSchema, stepLines } from './report.js';
import { common, formatSchema, messages, problemsResult, toolResult } from './result.js';
import { defineTool, WRITES_ON_REQUEST, type ToolContext } from './tool.js';

/** The inputs of `generate` and `graph`: a DAG, a saved config and an optional template. */
export const generateInputs = {
  dag_file: fileArg('the pipeline DAG').optional(),
  dag: textArg('The pipeline DAG', 'dag').optional(),
  config_file: fileArg('the saved cursus configuration').optional(),
  config: textArg('The saved cursus configuration', 'config').optional(),
  template_file: fileArg('the execution-document template').optional(),
  template: textArg('The execution-document template', 'template').optional(),
  lenient: z
    .boolean()
    .default(false)
    .describe(
      'Reproduce the reference: strict-only errors (e.g. a payload step missing from the template) become warnings.',
    ),
};

type GenerateArgs = z.output<z.ZodObject<typeof generateInputs>>;

/** Reads the three inputs of generate/graph; YAML support is loaded when any is YAML. */
export async function readGenerateInputs(ctx: ToolContext, args: GenerateArgs) {
  const { sources, problems } = await readAllGiven(ctx.root, [
    { name: 'dag', given: { file: args.dag_file, text: args.dag }, required: true },
    { name: 'config', given: { file: args.config_file, text: args.config }, required: true },
    { name: 'template', given: { file: args.template_file, text: args.template }, required: false },
  ]);
  const [dag, config, template] = sources;
  if (problems.length > 0 || !dag || !config) return { problems };
  await loadYamlFor(dag, config, template);
  return { input: { dag, config, ...(template ? { template } : {}), lenient: args.lenient }, problems };
}

/** The lines shared by success and failure: the step table, then nodes worth knowing about. */
export function reportText(report: Report): string[] {
  const steps = stepLines(report);
  const nodes = nodeLines(report);
  return [...(steps.length > 0 ? ['steps:', ...steps] : []), ...(nodes.length > 0 ? ['DAG:', ...nodes] : [])];
}

export const generateTool = defineTool({
  name: 'generate',
  title: 'Generate an execution document',
  description:
    'Fill the execution document (PIPELINE_STEP_CONFIGS) of a SageMaker/MODS pipeline from its DAG and saved ' +
    'cursus config, exactly as the reference generator does; without a template, one with the execution step ' +
    'names is built from the DAG. Returns the document text (byte for byte what `exec-doc generate` prints) and ' +
    'a per-step report: filled / unchanged / skipped with the reason, the DAG node and config key each step came ' +
    'from and how the node matched its config, and every problem with file, line and column. Use it to answer ' +
    '"why is step X empty". Errors in the inputs are tool errors listing the problems.',
  input: z.strictObject({ ...generateInputs, format: formatArg, output_file: outputArg.optional() }),
  output: z.object({
    ...common,
    format: formatSchema,
    document: z.string().optional().describe('The document text, when it was not written to output_file.'),
    written: z.string().optional().describe('output_file, when the document was written there.'),
    autoTemplate: z.boolean().describe('True when no template was given and one was built from the DAG.'),
    counts: countsSchema.optional(),
    report: reportSchema.optional(),
  }),
  annotations: WRITES_ON_REQUEST,
  async run(args, ctx) {
    const autoTemplate = args.template_file === undefined && args.template === undefined;
    const base = { format: args.format, autoTemplate };
    const [read, out] = await Promise.all([
      readGenerateInputs(ctx, args),
      checkOutput(ctx.root, args.output_file, [args.dag_file, args.config_file, args.template_file]),
    ]);
    const early = [...read.problems, ...(out.problem ? [out.problem] : [])];
    if (!read.input || early.length > 0) return problemsResult(early, base);
    if (args.format === 'yaml') await loadYaml();

    const { document, report } = generate(read.input);
    const lines = messages(report.problems);
    const structured = { ok: report.ok, ...base, counts: counts(report), report, messages: lines };
    if (!document) {
      const text = [...lines, failedLine(report), ...reportText(report)].join('\n');
      return toolResult(false, text, { ...structured, problems: report.problems });
    }
    const text = serializeDocument(document, args.format);
    const warnings = lines.length > 0 ? ['warnings:', ...lines.map((l) => `  ${l}`)] : [];
    return deliver({
      path: out.path,
      given: args.output_file,
      text,
      what: 'document',
      format: args.format,
      summary: [filledLine(report), ...reportText(report), ...warnings],
      structured: { ...structured, problems: report.problems },
    });
  },
});
