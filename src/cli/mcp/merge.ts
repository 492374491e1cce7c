import * as z from 'zod';
import { loadYaml, serializeDocument } from '../../core/index.js';
import { hasOwn, type JsonObject } from '../../core/json.js';
import { checkedMerge } from '../documents.js';
import { fileArg, formatArg, outputArg, readAllGiven, textArg } from './inputs.js';
import { checkOutput, deliver } from './output.js';
import { common, formatSchema, messages, problemsResult } from './result.js';
import { defineTool, WRITES_ON_REQUEST } from './tool.js';

function stepNames(doc: JsonObject): string[] {
  return Object.keys(doc['PIPELINE_STEP_CONFIGS'] as JsonObject);
}

export const mergeTool = defineTool({
  name: 'merge',
  title: 'Merge two execution documents',
  description:
    "Merge two execution documents like the reference's merge_execution_documents (its execdoc.merge tool): " +
    'additional wins; for a step in both, STEP_CONFIG is merged key by key and other keys are replaced; new ' +
    'steps are appended. Returns the merged document text (what `exec-doc merge BASE NEXT` prints). ' +
    'Inputs that are not valid execution documents are tool errors naming file, line and column.',
  input: z.strictObject({
    base_file: fileArg('the base execution document').optional(),
    base: textArg('The base execution document', 'base').optional(),
    additional_file: fileArg('the execution document whose values win').optional(),
    additional: textArg('The execution document whose values win', 'additional').optional(),
    format: formatArg,
    output_file: outputArg.optional(),
  }),
  output: z.object({
    ...common,
    format: formatSchema,
    document: z
      .string()
      .optional()
      .describe('The merged document text, when it was not written to output_file.'),
    written: z.string().optional(),
    steps: z.array(z.string()).describe('Step names of the merged document, in order.'),
    updated: z.array(z.string()).describe('Steps of additional that were already in base.'),
    added: z.array(z.string()).describe('Steps of additional appended to base.'),
  }),
  annotations: WRITES_ON_REQUEST,
  async run(args, ctx) {
    const base = { format: args.format, steps: [], updated: [], added: [] };
    const [read, out] = await Promise.all([
      readAllGiven(ctx.root, [
        { name: 'base', given: { file: args.base_file, text: args.base }, required: true },
        { name: 'additional', given: { file: args.additional_file, text: args.additional }, required: true },
      ]),
      checkOutput(ctx.root, args.output_file, [args.base_file, args.additional_file]),
    ]);
    const early = [...read.problems, ...(out.problem ? [out.problem] : [])];
    const [a, b] = read.sources;
    if (early.length > 0 || !a || !b) return problemsResult(early, base);
    const { merged, first, second, problems } = await checkedMerge(a, b);
    if (!merged || !first || !second) return problemsResult(problems, base);
    if (args.format === 'yaml') await loadYaml();
    const baseSteps = first['PIPELINE_STEP_CONFIGS'] as JsonObject;
    const incoming = stepNames(second);
    const updated = incoming.filter((s) => hasOwn(baseSteps, s));
    const added = incoming.filter((s) => !hasOwn(baseSteps, s));
    const steps = stepNames(merged);
    const lines = messages(problems);
    const summary = [
      `merged ${a.name} and ${b.name}: ${steps.length} step(s), ${updated.length} updated, ${added.length} added` +
        (added.length > 0 ? ` (${added.join(', ')})` : ''),
      ...(lines.length > 0 ? ['warnings:', ...lines.map((l) => `  ${l}`)] : []),
    ];
    return deliver({
      path: out.path,
      given: args.output_file,
      text: serializeDocument(merged, args.format),
      what: 'merged document',
      format: args.format,
      summary,
      structured: { ok: true, format: args.format, steps, updated, added, messages: lines, problems },
    });
  },
});
