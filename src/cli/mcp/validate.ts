import * as z from 'zod';
import type { JsonObject } from '../../core/json.js';
import { checkedDocument } from '../documents.js';
import { fileArg, readGiven, textArg } from './inputs.js';
import { common, messages, problemsResult, toolResult } from './result.js';
import { defineTool, READ_ONLY } from './tool.js';

export const validateTool = defineTool({
  name: 'validate',
  title: 'Validate an execution document',
  description:
    'Check the structure of an execution document: an object whose PIPELINE_STEP_CONFIGS maps step names to ' +
    '{STEP_TYPE, STEP_CONFIG}; also flags the reference\'s "image-uri-placeholder". Returns valid: true or false ' +
    'with each problem at its file, line and column (what `exec-doc validate` prints). An invalid document is ' +
    'an answer, not a tool error; a file that cannot be read is one.',
  input: z.strictObject({
    document_file: fileArg('the execution document').optional(),
    document: textArg('The execution document', 'document').optional(),
  }),
  output: z.object({
    ...common,
    valid: z.boolean(),
    steps: z.array(z.string()).describe('Step names of a valid document.'),
  }),
  annotations: READ_ONLY,
  async run(args, ctx) {
    const read = await readGiven(
      ctx.root,
      'document',
      { file: args.document_file, text: args.document },
      true,
    );
    if (!read.source) return problemsResult(read.problem ? [read.problem] : [], { valid: false, steps: [] });
    const name = read.source.name;
    const { doc, problems } = await checkedDocument(read.source);
    const lines = messages(problems);
    const steps = doc ? Object.keys(doc['PIPELINE_STEP_CONFIGS'] as JsonObject) : [];
    const verdict = doc
      ? `${name}: valid execution document with ${steps.length} step(s)`
      : `${name}: not a valid execution document`;
    return toolResult(true, [...lines, verdict].join('\n'), {
      ok: true,
      valid: doc !== undefined,
      steps,
      messages: lines,
      problems,
    });
  },
});
