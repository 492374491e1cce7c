import * as z from 'zod';
import { buildAutoTemplate, loadYaml, serializeDocument, type Problem } from '../../core/index.js';
import { setOwn, type JsonObject } from '../../core/json.js';
import { loadYamlFor } from '../documents.js';
import { ArgumentError, fileArg, formatArg, outputArg, readAllGiven, textArg } from './inputs.js';
import { checkOutput, deliver } from './output.js';
import { common, formatSchema, messages, problemsResult } from './result.js';
import { defineTool, WRITES_ON_REQUEST } from './tool.js';

/**
 * The reference's `create_execution_document_template(step_names)` (its `execdoc.template` tool): each
 * name gets `{"STEP_TYPE": ["PROCESSING_STEP"], "STEP_CONFIG": {}}` (FORMAT §d).
 */
function templateForNames(names: readonly string[]): JsonObject {
  const steps: JsonObject = {};
  for (const name of names) setOwn(steps, name, { STEP_TYPE: ['PROCESSING_STEP'], STEP_CONFIG: {} });
  return { PIPELINE_STEP_CONFIGS: steps };
}

export const templateTool = defineTool({
  name: 'template',
  title: 'Build an execution-document template',
  description:
    'Build an execution-document template. From a DAG and a saved config: the template `generate` uses when ' +
    'none is given (execution step names such as CradleDataLoading-Training and Registration-NA, MODS STEP_TYPE ' +
    'values, in topological order) — what `exec-doc template` prints. From step_names: the reference ' +
    "execdoc.template result, each step {STEP_TYPE: ['PROCESSING_STEP'], STEP_CONFIG: {}}.",
  input: z.strictObject({
    dag_file: fileArg('the pipeline DAG').optional(),
    dag: textArg('The pipeline DAG', 'dag').optional(),
    config_file: fileArg('the saved cursus configuration').optional(),
    config: textArg('The saved cursus configuration', 'config').optional(),
    step_names: z
      .array(z.string())
      .optional()
      .describe('Step names, instead of a DAG and config (the reference execdoc.template).'),
    format: formatArg,
    output_file: outputArg.optional(),
  }),
  output: z.object({
    ...common,
    format: formatSchema,
    document: z.string().optional().describe('The template text, when it was not written to output_file.'),
    written: z.string().optional(),
    steps: z.array(z.string()).describe('The template step names, in order.'),
  }),
  annotations: WRITES_ON_REQUEST,
  async run(args, ctx) {
    const base = { format: args.format, steps: [] as string[] };
    const fromDag = [args.dag_file, args.dag, args.config_file, args.config].some((a) => a !== undefined);
    if (args.step_names !== undefined && fromDag)
      throw new ArgumentError('give either step_names or a DAG and config, not both');
    const out = await checkOutput(ctx.root, args.output_file, [args.dag_file, args.config_file]);
    let document: JsonObject | undefined;
    let problems: Problem[] = [];
    if (args.step_names !== undefined) {
      if (out.problem) return problemsResult([out.problem], base);
      document = templateForNames(args.step_names);
    } else {
      const read = await readAllGiven(ctx.root, [
        { name: 'dag', given: { file: args.dag_file, text: args.dag }, required: true },
        { name: 'config', given: { file: args.config_file, text: args.config }, required: true },
      ]);
      const [dag, config] = read.sources;
      const early = [...read.problems, ...(out.problem ? [out.problem] : [])];
      if (early.length > 0 || !dag || !config) return problemsResult(early, base);
      await loadYamlFor(dag, config);
      const built = buildAutoTemplate({ dag, config });
      problems = built.problems;
      if (!built.document) return problemsResult(problems, base);
      document = built.document;
    }
    if (args.format === 'yaml') await loadYaml();
    const text = serializeDocument(document, args.format);
    const steps = Object.keys(document['PIPELINE_STEP_CONFIGS'] as JsonObject);
    const lines = messages(problems);
    const summary = [
      `template with ${steps.length} step(s)${steps.length > 0 ? `: ${steps.join(', ')}` : ''}`,
      ...(lines.length > 0 ? ['warnings:', ...lines.map((l) => `  ${l}`)] : []),
    ];
    return deliver({
      path: out.path,
      given: args.output_file,
      text,
      what: 'template',
      format: args.format,
      summary,
      structured: { ok: true, format: args.format, steps, messages: lines, problems },
    });
  },
});
