import * as z from 'zod';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { formatProblem, type Problem } from '../../core/index.js';

/**
 * What every tool returns: structured content (checked against the tool's output schema by the SDK on
 * both ends) plus text for the model — a short summary first, then the payload (document, diff,
 * chart) as a second block, because most clients show the model only `content`. User mistakes are
 * tool errors (`isError`) whose text is the CLI's own `file:line:column: severity [code] message` lines.
 */

export const problemSchema = z
  .looseObject({
    severity: z.enum(['error', 'warning']),
    code: z.string().describe('Stable code, e.g. config/schema, dag/cycle, template/missing-step.'),
    message: z.string(),
    file: z.string().describe('The file as given (inline inputs are named <dag>, <config>...).'),
    jsonPath: z.string().optional().describe('RFC 6901 pointer into the file.'),
    line: z.number().int().optional(),
    column: z.number().int().optional(),
    step: z.string().optional(),
    node: z.string().optional(),
  })
  .describe('A problem found in the inputs.');

/** Fields every tool's structured content has. */
export const common = {
  ok: z
    .boolean()
    .describe('False when errors in the inputs stopped the tool; the result is then a tool error.'),
  messages: z
    .array(z.string())
    .describe('The problems as the CLI prints them: file:line:column: severity [code] message.'),
  problems: z.array(problemSchema),
};

export const formatSchema = z.enum(['json', 'yaml']);

export function messages(problems: readonly Problem[]): string[] {
  return problems.map(formatProblem);
}

/** A result: `summary` (short) and optionally `payload` as text blocks, `structured` as structured content. */
export function toolResult(
  ok: boolean,
  summary: string,
  structured: Record<string, unknown>,
  payload?: string,
): CallToolResult {
  return {
    content: [
      { type: 'text', text: summary },
      ...(payload === undefined ? [] : [{ type: 'text' as const, text: payload }]),
    ],
    structuredContent: structured,
    ...(ok ? {} : { isError: true }),
  };
}

/** A tool error without structured content: a mistake in the arguments, or a bug. */
export function argumentError(message: string): CallToolResult {
  return { content: [{ type: 'text', text: message }], isError: true };
}

/**
 * A result for problems that stopped the tool before it produced anything: the CLI's lines, then
 * `last` when given. `extra` fills the tool's other required structured fields.
 */
export function problemsResult(
  problems: readonly Problem[],
  extra: Record<string, unknown> = {},
  last?: string,
): CallToolResult {
  const lines = messages(problems);
  const text = [...lines, ...(last ? [last] : [])].join('\n');
  return toolResult(false, text, { ...extra, ok: false, messages: lines, problems: [...problems] });
}
