import { describe, it, expect, beforeAll } from 'vitest';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_FILE_BYTES, Root } from '../../../src/cli/mcp/root.js';
import { ArgumentError, readGiven } from '../../../src/cli/mcp/inputs.js';

let top: string;
let dir: string;
let root: Root;

beforeAll(async () => {
  top = realpathSync(mkdtempSync(path.join(tmpdir(), 'exec-doc-root-')));
  dir = path.join(top, 'root');
  mkdirSync(path.join(dir, 'sub'), { recursive: true });
  mkdirSync(path.join(top, 'out'));
  writeFileSync(path.join(dir, 'sub', 'a.json'), '{"a": 1}');
  writeFileSync(path.join(top, 'out', 'secret.json'), '{"secret": true}');
  symlinkSync(path.join(dir, 'sub', 'a.json'), path.join(dir, 'inside-link.json'));
  symlinkSync(path.join(top, 'out', 'secret.json'), path.join(dir, 'outside-link.json'));
  symlinkSync(path.join(top, 'out'), path.join(dir, 'outdir'));
  const r = await Root.open(dir);
  if (typeof r === 'string') throw new Error(r);
  root = r;
});

describe('Root.read', () => {
  it('reads files inside, named as given, also through a symlink that stays inside', async () => {
    expect(await root.read('sub/a.json')).toEqual({ source: { name: 'sub/a.json', text: '{"a": 1}' } });
    expect((await root.read('inside-link.json')).source?.text).toBe('{"a": 1}');
    expect((await root.read(path.join(dir, 'sub', '..', 'sub', 'a.json'))).source?.text).toBe('{"a": 1}');
  });

  it.each([
    ['../out/secret.json', ''],
    ['/etc/passwd', ''],
    ['outside-link.json', ' (through a symbolic link)'],
    ['outdir/secret.json', ' (through a symbolic link)'],
  ])('refuses %s', async (given, how) => {
    const r = await root.read(given);
    expect(r.source).toBeUndefined();
    expect(r.problem).toEqual({
      severity: 'error',
      code: 'input/outside-root',
      message: `path is outside the folder this server may use (${dir})${how}; give a path inside it (exec-doc mcp --root DIR)`,
      file: given,
      line: 1,
      column: 1,
    });
  });

  it('gives the CLI messages for missing files and folders, and refuses huge files', async () => {
    expect((await root.read('nope.json')).problem?.message).toBe(
      `file not found (looked for ${path.join(dir, 'nope.json')})`,
    );
    expect((await root.read('sub')).problem?.message).toBe('is a directory, expected a regular file');
    const big = path.join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1);
    expect((await root.read('big.json')).problem).toMatchObject({
      code: 'input/too-large',
      message: `file is ${MAX_FILE_BYTES + 1} bytes; exec-doc mcp reads files up to ${MAX_FILE_BYTES} bytes`,
    });
  });
});

describe('Root.writable', () => {
  it('allows new files (in new folders) and regular files inside', async () => {
    expect(await root.writable('new/deeper/doc.json', [])).toEqual({
      path: path.join(dir, 'new', 'deeper', 'doc.json'),
    });
    expect(await root.writable('sub/a.json', [])).toEqual({ path: path.join(dir, 'sub', 'a.json') });
    // A symlink inside that points inside: the real file is written, the link is kept.
    expect(await root.writable('inside-link.json', [])).toEqual({ path: path.join(dir, 'sub', 'a.json') });
  });

  it.each([
    ['../out/doc.json', 'output/outside-root'],
    ['outdir/doc.json', 'output/outside-root'],
    ['outdir/new/doc.json', 'output/outside-root'],
    ['outside-link.json', 'output/outside-root'],
    ['sub', 'output/not-a-file'],
  ])('refuses %s (%s)', async (given, code) => {
    expect((await root.writable(given, [])).problem).toMatchObject({ code, file: given });
  });

  it('never writes over an input, however it is named', async () => {
    const input = (await root.realInput('inside-link.json'))!;
    expect(input).toBe(path.join(dir, 'sub', 'a.json'));
    expect((await root.writable('./sub/../sub/a.json', [input])).problem).toMatchObject({
      code: 'output/is-input',
    });
  });
});

describe('Root.open', () => {
  it('names a missing folder or a file', async () => {
    expect(await Root.open(path.join(top, 'missing'))).toBe(
      `${path.join(top, 'missing')}: no such directory`,
    );
    expect(await Root.open(path.join(dir, 'sub', 'a.json'))).toBe(
      `${path.join(dir, 'sub', 'a.json')}: not a directory`,
    );
  });
});

describe('readGiven', () => {
  it('takes inline text as JSON when it starts with { or [, else YAML, named <name>', async () => {
    expect(await readGiven(root, 'dag', { text: '  {"nodes": []}' }, true)).toEqual({
      source: { name: '<dag>', text: '  {"nodes": []}', format: 'json' },
    });
    expect((await readGiven(root, 'dag', { text: 'nodes: []' }, true)).source?.format).toBe('yaml');
  });

  it('wants exactly one of the path and the text', async () => {
    await expect(readGiven(root, 'config', { file: 'a', text: 'b' }, true)).rejects.toThrow(
      new ArgumentError('give either config_file (a path) or config (inline text), not both'),
    );
    await expect(readGiven(root, 'config', {}, true)).rejects.toThrow(
      'config_file (a path) or config (inline text) is required',
    );
    expect(await readGiven(root, 'template', {}, false)).toBeUndefined();
  });
});
