import { describe, it, expect } from 'vitest';
import * as z from 'zod';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createServer, TOOLS } from '../../../src/cli/mcp/server.js';
import { Root } from '../../../src/cli/mcp/root.js';
import { defineTool, READ_ONLY } from '../../../src/cli/mcp/tool.js';
import type { ExecDocTool } from '../../../src/cli/mcp/tool.js';

/** A tool with a bug: it throws. */
const broken = defineTool({
  name: 'broken',
  title: 'Broken',
  description: 'Throws.',
  input: z.strictObject({}),
  output: z.object({ ok: z.boolean() }),
  annotations: READ_ONLY,
  async run() {
    throw new TypeError("Cannot read properties of undefined (reading 'x')");
  },
});

async function connect(debug: boolean): Promise<{ client: Client; stderr: string[] }> {
  const root = await Root.open(process.cwd());
  if (typeof root === 'string') throw new Error(root);
  const stderr: string[] = [];
  const server = createServer(root, {
    stderr: { write: (s: string) => stderr.push(s) },
    debug,
    tools: [broken as unknown as ExecDocTool, ...TOOLS],
  });
  const [a, b] = InMemoryTransport.createLinkedPair();
  await server.connect(a);
  const client = new Client({ name: 'unit', version: '1.0.0' });
  await client.connect(b);
  return { client, stderr };
}

describe('the MCP server and a bug in a tool', () => {
  it('answers with a tool error that says it is a bug, then keeps serving', async () => {
    const { client, stderr } = await connect(false);
    const r = (await client.callTool({ name: 'broken', arguments: {} })) as CallToolResult;
    expect(r.isError).toBe(true);
    expect(r.content).toEqual([
      {
        type: 'text',
        text:
          "exec-doc: internal error in broken: Cannot read properties of undefined (reading 'x')\n" +
          'This is a bug in exec-doc; run the server with EXEC_DOC_DEBUG=1 for details and report it.',
      },
    ]);
    expect(stderr).toEqual([]);
    const next = (await client.callTool({
      name: 'template',
      arguments: { step_names: ['A'] },
    })) as CallToolResult;
    expect(next.isError).toBeFalsy();
    await client.close();
  });

  it('prints the stack to stderr only with EXEC_DOC_DEBUG', async () => {
    const { client, stderr } = await connect(true);
    await client.callTool({ name: 'broken', arguments: {} });
    expect(stderr.join('')).toMatch(/^TypeError: Cannot read properties[\s\S]*\n\s+at /);
    await client.close();
  });
});
