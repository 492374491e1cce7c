import * as z from 'zod';
import {
  diffDocuments,
  diffToJson,
  renderDiffJson,
  renderDiffMarkdown,
  renderDiffText,
} from '../../core/diff/index.js';
import { headline, NO_CHANGE } from '../../core/diff/values.js';
import { checkedDocument } from '../documents.js';
import { fileArg, readAllGiven, textArg } from './inputs.js';
import { common, messages, problemsResult, toolResult } from './result.js';
import { defineTool, READ_ONLY } from './tool.js';

const RENDER = { text: renderDiffText, json: renderDiffJson, markdown: renderDiffMarkdown } as const;

export const diffTool = defineTool({
  name: 'diff',
  title: 'Diff two execution documents',
  description:
    'What changed between two execution documents, step by step: steps added, removed and changed, and for ' +
    'each changed field its old and new value (records in lists matched by their name fields, not position). ' +
    'Use it to answer "what does my branch change in the document" (generate both sides first). Returns the ' +
    'diff rendered as `exec-doc diff --format FORMAT` prints it, and as JSON (the --format json object).',
  input: z.strictObject({
    base_file: fileArg('the execution document before').optional(),
    base: textArg('The execution document before', 'base').optional(),
    head_file: fileArg('the execution document after').optional(),
    head: textArg('The execution document after', 'head').optional(),
    format: z
      .enum(['text', 'json', 'markdown'])
      .default('text')
      .describe(
        'How the rendered diff is written: text (default), json, or markdown (as in the PR comment).',
      ),
  }),
  output: z.object({
    ...common,
    equal: z.boolean().optional().describe('True when the documents hold the same JSON (key order ignored).'),
    format: z.enum(['text', 'json', 'markdown']),
    rendered: z.string().optional().describe('The diff as exec-doc diff prints it in this format.'),
    diff: z
      .looseObject({
        version: z.literal(1),
        equal: z.boolean(),
        counts: z.object({
          added: z.number().int(),
          removed: z.number().int(),
          changed: z.number().int(),
          other: z.number().int(),
        }),
        steps: z.array(z.looseObject({ step: z.string(), status: z.enum(['added', 'removed', 'changed']) })),
        other: z.looseObject({}),
      })
      .optional()
      .describe('The diff as exec-doc diff --format json prints it.'),
  }),
  annotations: READ_ONLY,
  async run(args, ctx) {
    const base = { format: args.format };
    const read = await readAllGiven(ctx.root, [
      { name: 'base', given: { file: args.base_file, text: args.base }, required: true },
      { name: 'head', given: { file: args.head_file, text: args.head }, required: true },
    ]);
    const [a, b] = read.sources;
    if (read.problems.length > 0 || !a || !b) return problemsResult(read.problems, base);
    const [ra, rb] = await Promise.all([
      checkedDocument(a, { placeholder: 'warning' }),
      checkedDocument(b, { placeholder: 'warning' }),
    ]);
    const problems = [...ra.problems, ...rb.problems];
    if (!ra.doc || !rb.doc) return problemsResult(problems, base);
    const diff = diffDocuments(ra.doc, rb.doc);
    const rendered = RENDER[args.format](diff);
    const lines = messages(problems);
    const summary = [
      diff.equal ? NO_CHANGE : `Execution document: ${headline(diff)}.`,
      ...(lines.length > 0 ? ['warnings:', ...lines.map((l) => `  ${l}`)] : []),
    ];
    return toolResult(
      true,
      summary.join('\n'),
      {
        ok: true,
        equal: diff.equal,
        format: args.format,
        rendered,
        diff: diffToJson(diff),
        messages: lines,
        problems,
      },
      rendered,
    );
  },
});
