import type * as z from 'zod';
import type { CallToolResult, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { Root } from './root.js';

/** What a tool runs with: the folder it may read and write. */
export interface ToolContext {
  root: Root;
}

/** One MCP tool: its schemas (JSON Schemas for the client, checked by the SDK) and what it does. */
export interface ExecDocTool<I extends z.ZodObject = z.ZodObject> {
  name: string;
  title: string;
  description: string;
  input: I;
  output: z.ZodObject;
  annotations: ToolAnnotations;
  run(args: z.output<I>, ctx: ToolContext): Promise<CallToolResult>;
}

/** Identity with type inference for a tool's arguments. */
export function defineTool<I extends z.ZodObject>(tool: ExecDocTool<I>): ExecDocTool<I> {
  return tool;
}

/** Writes files only when asked to (`output_file`), never outside the root; reads nothing else. */
export const WRITES_ON_REQUEST: ToolAnnotations = {
  readOnlyHint: false,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: false,
};

export const READ_ONLY: ToolAnnotations = { readOnlyHint: true, openWorldHint: false };
