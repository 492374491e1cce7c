/**
 * What the README's MCP section shows must work: its client configurations start the built server (paths
 * filled in), and `generate` loads no MCP code while `mcp` does.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { parse } from 'yaml';
import { ROOT } from '../helpers/fixtures.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const NODE = process.env['E2E_NODE'] ?? process.execPath;
const built = existsSync(CLI);
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The fenced block right after `<!-- marker -->`. */
function block(marker: string): string {
  const start = readme.indexOf(`<!-- ${marker} -->`);
  expect(start, `README has a ${marker} marker`).toBeGreaterThan(-1);
  const m = /```\w*\n([\s\S]*?)```/.exec(readme.slice(start));
  return m![1]!;
}

interface ServerEntry {
  type?: string;
  command: string;
  args: string[];
}

let pipelines: string;
beforeAll(() => {
  pipelines = realpathSync(mkdtempSync(path.join(tmpdir(), 'exec-doc-readme-mcp-')));
  cpSync(path.join(ROOT, 'examples', 'demo'), path.join(pipelines, 'demo'), { recursive: true });
});

async function start(entry: ServerEntry, substitute: (arg: string) => string): Promise<Client> {
  // "node" is whatever node runs the e2e tests; the paths are the README's placeholders filled in.
  expect(entry.command).toBe('node');
  const transport = new StdioClientTransport({
    command: NODE,
    args: entry.args.map(substitute),
    cwd: tmpdir(),
    env: { PATH: process.env['PATH'] ?? '' },
    stderr: 'pipe',
  });
  const client = new Client({ name: 'readme', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

describe.skipIf(!built)('the README MCP section (built bundle)', () => {
  it.each([
    ['mcp-config', 'mcpServers', '/path/to/your/pipelines'],
    ['mcp-config-vscode', 'servers', '${workspaceFolder}'],
  ])('the %s snippet starts the server on the root it names', async (marker, key, rootPlaceholder) => {
    const config = JSON.parse(block(marker)) as Record<string, Record<string, ServerEntry>>;
    const entry = config[key]!['exec-doc']!;
    if (key === 'servers') expect(entry.type).toBe('stdio');
    expect(entry.args).toContain(rootPlaceholder);
    const client = await start(entry, (a) =>
      a.replace('/path/to/exec-doc', ROOT).replace(rootPlaceholder, pipelines),
    );
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toEqual([
        'generate',
        'template',
        'validate',
        'merge',
        'diff',
        'graph',
      ]);
      const r = (await client.callTool({
        name: 'generate',
        arguments: { dag_file: 'demo/dag.json', config_file: 'demo/config.json' },
      })) as CallToolResult;
      expect(r.isError).toBeFalsy();
      expect((r.content[0] as { text: string }).text).toMatch(/^exec-doc: filled 3 of 4 step\(s\)/);
    } finally {
      await client.close();
    }
  });

  it('the tools table lists every tool the server offers, in order', () => {
    const start = readme.indexOf('| tool | takes | returns |');
    expect(start).toBeGreaterThan(-1);
    const rows = readme
      .slice(start)
      .split('\n')
      .slice(2)
      .filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('|')))
      .map((l) => l.split('|')[1]!.trim().replace(/`/g, ''));
    expect(rows).toEqual(['generate', 'template', 'validate', 'merge', 'diff', 'graph']);
  });

  it('the CLI usage in the README shows the mcp command', () => {
    expect(readme).toContain('exec-doc mcp [--root DIR]');
    const help = spawnSync(NODE, [CLI, '--help'], { encoding: 'utf8' });
    expect(help.stdout).toContain('mcp [--root DIR]');
  });
});

describe.skipIf(!built)('the MCP SDK is loaded only by exec-doc mcp', () => {
  /** The bundle files node loads for a command, seen through a module resolve hook. */
  function loaded(args: string[], input?: string): string[] {
    const dir = mkdtempSync(path.join(tmpdir(), 'exec-doc-hooks-'));
    writeFileSync(
      path.join(dir, 'hooks.mjs'),
      'export async function resolve(s, c, next) { const r = await next(s, c); if (r.url.startsWith("file:")) process.stderr.write(`LOADED ${r.url}\\n`); return r; }\n',
    );
    writeFileSync(
      path.join(dir, 'register.mjs'),
      'import { register } from "node:module"; register("./hooks.mjs", import.meta.url);\n',
    );
    const r = spawnSync(NODE, ['--import', path.join(dir, 'register.mjs'), CLI, ...args], {
      cwd: path.join(pipelines, 'demo'),
      encoding: 'utf8',
      ...(input !== undefined ? { input } : {}),
    });
    expect(r.status, r.stderr).toBe(0);
    return [...r.stderr.matchAll(/^LOADED file:\/\/(.+)$/gm)].map((m) => path.basename(m[1]!));
  }

  const sdkChunk = (file: string): boolean =>
    readFileSync(path.join(ROOT, 'dist', 'cli', file), 'utf8').includes('Input validation error');

  it('generate loads the main bundle only; mcp loads the SDK chunk', () => {
    const generate = loaded([
      'generate',
      '--dag',
      'dag.json',
      '--config',
      'config.json',
      '-o',
      'doc.json',
      '-q',
    ]);
    expect(new Set(generate)).toEqual(new Set(['index.js']));
    const mcp = loaded(['mcp'], '');
    expect(mcp.some(sdkChunk)).toBe(true);
  });
});

describe.skipIf(!built)('diff and graph read YAML (the logic they share with the MCP tools)', () => {
  it('graph on a YAML DAG and diff of YAML documents work as with JSON', () => {
    const demo = path.join(pipelines, 'demo');
    const dag = JSON.parse(readFileSync(path.join(demo, 'dag.json'), 'utf8')) as unknown;
    writeFileSync(path.join(demo, 'dag.yaml'), JSON.stringify(dag)); // JSON is YAML
    const run = (args: string[]) => spawnSync(NODE, [CLI, ...args], { cwd: demo, encoding: 'utf8' });
    const fromYaml = run(['graph', '--dag', 'dag.yaml', '--config', 'config.json']);
    const fromJson = run(['graph', '--dag', 'dag.json', '--config', 'config.json']);
    expect(fromYaml.stderr).toBe('');
    expect(fromYaml.status).toBe(0);
    expect(fromYaml.stdout).toBe(fromJson.stdout);
    const doc = run(['generate', '--dag', 'dag.json', '--config', 'config.json', '--format', 'yaml']);
    expect(parse(doc.stdout)).toHaveProperty('PIPELINE_STEP_CONFIGS');
    writeFileSync(path.join(demo, 'doc.yaml'), doc.stdout);
    const diff = run(['diff', 'doc.yaml', 'doc.yaml']);
    expect(diff.stderr).toBe('');
    expect(diff.stdout).toBe('No change to the execution document.\n');
  });
});
