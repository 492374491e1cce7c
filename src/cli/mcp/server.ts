import path from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { CallToolResult, JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { oneLineText } from '../../core/index.js';
import { optionalString, positionals, UsageError, type ParsedArgs } from '../args.js';
import type { CliIO } from '../output.js';
import { diffTool } from './diff.js';
import { generateTool } from './generate.js';
import { graphTool } from './graph.js';
import { ArgumentError, MAX_INLINE_CHARS } from './inputs.js';
import { mergeTool } from './merge.js';
import { argumentError } from './result.js';
import { Root } from './root.js';
import { templateTool } from './template.js';
import type { ExecDocTool, ToolContext } from './tool.js';
import { validateTool } from './validate.js';

/** Every tool the server offers, in the order they are listed. */
export const TOOLS: readonly ExecDocTool[] = [
  generateTool,
  templateTool,
  validateTool,
  mergeTool,
  diffTool,
  graphTool,
] as unknown as ExecDocTool[];

/**
 * Room for the largest request the tools accept (three inline inputs at the cap, JSON-escaped): the
 * SDK's stdio transport stops reading for good on a message larger than its buffer (10 MB by default).
 */
const MAX_MESSAGE_BYTES = 8 * 3 * MAX_INLINE_CHARS;

const INSTRUCTIONS = `exec-doc: execution documents of SageMaker/MODS pipelines, exactly as the reference cursus generator writes them.
Inputs are files under the server's root folder (X_file arguments, paths relative to the root) or inline JSON/YAML text (X arguments).
generate fills the document from a DAG and a saved config (and a template); its report says for every step whether it was filled, left unchanged or skipped, and why.
template, validate and merge are the reference's execdoc tools; diff compares two documents; graph draws the DAG as Mermaid.
Problems are reported as file:line:column: severity [code] message, like the exec-doc CLI.`;

/** Runs one tool call; an exception is a bug, reported as a tool error instead of reaching the client. */
async function call(
  tool: ExecDocTool,
  args: unknown,
  ctx: ToolContext,
  opts: ServerOptions,
): Promise<CallToolResult> {
  try {
    return await tool.run(args as never, ctx);
  } catch (e) {
    if (e instanceof ArgumentError) return argumentError(`${tool.name}: ${e.message}`);
    const err = e as Error;
    if (opts.debug && err?.stack) opts.stderr.write(`${err.stack}\n`);
    return argumentError(
      `exec-doc: internal error in ${tool.name}: ${err?.message ?? String(e)}\n` +
        'This is a bug in exec-doc; run the server with EXEC_DOC_DEBUG=1 for details and report it.',
    );
  }
}

/** Tool calls still running: a client that sends its requests and closes stdin still gets its answers. */
const inFlight = new Set<Promise<CallToolResult>>();

async function settle(): Promise<void> {
  const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  // The SDK validates arguments before it calls a tool, and sends the result after the tool resolves.
  do {
    await turn();
    await Promise.allSettled([...inFlight]);
  } while (inFlight.size > 0);
  await turn();
}

export interface ServerOptions {
  /** Where a bug's stack trace goes when {@link debug} is set (never stdout: it carries the protocol). */
  stderr: CliIO['stderr'];
  /** EXEC_DOC_DEBUG=1: print stack traces of bugs. */
  debug?: boolean;
  /** The tools to offer; {@link TOOLS} unless a test says otherwise. */
  tools?: readonly ExecDocTool[];
}

/** An MCP server offering the tools on files under `root`. */
export function createServer(root: Root, opts: ServerOptions): McpServer {
  const server = new McpServer({ name: 'exec-doc', version: '0.1.0' }, { instructions: INSTRUCTIONS });
  const ctx: ToolContext = { root };
  for (const tool of opts.tools ?? TOOLS) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input,
        outputSchema: tool.output,
        annotations: tool.annotations,
      },
      (args: unknown) => {
        const running = call(tool, args, ctx, opts);
        inFlight.add(running);
        void running.finally(() => inFlight.delete(running));
        return running;
      },
    );
  }
  return server;
}

/**
 * `exec-doc mcp [--root DIR]`: serves the tools over stdio until the client closes stdin. stdout carries
 * only the protocol; diagnostics go to stderr.
 */
export async function runMcp(
  args: ParsedArgs,
  io: CliIO,
  env: Record<string, string | undefined> = {},
): Promise<number> {
  positionals(args, 0, 'no positional arguments');
  const root = await Root.open(optionalString(args, 'root') ?? process.cwd());
  if (typeof root === 'string') throw new UsageError(`mcp: --root ${root}`);
  // Clients often start servers in `/`: without --root that would open the whole file system.
  if (root.dir === path.parse(root.dir).root)
    io.stderr.write(`exec-doc mcp: serving every file under ${root.dir}; pass --root DIR to limit it\n`);

  const server = createServer(root, { stderr: io.stderr, debug: env['EXEC_DOC_DEBUG'] === '1' });
  const transport = new StdioServerTransport(process.stdin, process.stdout, {
    maxBufferSize: MAX_MESSAGE_BYTES,
  });
  const closed = new Promise<void>((resolve) => {
    process.stdin.once('end', resolve);
    process.stdin.once('close', resolve);
    // The client went away mid-answer: nothing left to serve.
    process.stdout.once('error', () => resolve());
    server.server.onclose = () => resolve();
  });
  server.server.onerror = (e) => {
    // JSON-RPC 2.0 answers a line it cannot read (-32700) or that is no JSON-RPC message (-32600), with id null.
    const code = e instanceof SyntaxError ? -32700 : e.name === 'ZodError' ? -32600 : undefined;
    if (code === undefined) {
      io.stderr.write(`exec-doc mcp: ${oneLineText(e.message)}\n`);
      return;
    }
    const message =
      code === -32700 ? 'Parse error: the line is not JSON' : 'Invalid Request: not a JSON-RPC 2.0 message';
    io.stderr.write(`exec-doc mcp: ${message}; answered with error ${code}\n`);
    const reply = { jsonrpc: '2.0', id: null, error: { code, message } } as unknown as JSONRPCMessage;
    transport.send(reply).catch(() => undefined);
  };
  await server.connect(transport);
  await closed;
  await settle();
  await server.close();
  return 0;
}
