/** Reading inputs and writing outputs on a real file system (temp directories): what is refused, and what is kept. */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { execFileSync } from 'node:child_process';
import { promises as fs, constants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSourceFile, MAX_INPUT_BYTES } from '../../../src/io/files.js';
import { checkOutputTarget, OutputError, writeOutputFile } from '../../../src/io/output-file.js';
import { firstInvalidUtf8 } from '../../../src/io/utf8.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'exec-doc-io-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const p = (...parts: string[]): string => path.join(dir, ...parts);

async function refusal(promise: Promise<unknown>): Promise<OutputError> {
  const e = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(OutputError);
  return e as OutputError;
}

describe('readSourceFile', () => {
  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    execFileSync('mkfifo', [p('fifo.json')]);
    const r = await readSourceFile(p('fifo.json'), 'fifo.json');
    expect(r.problem).toMatchObject({
      code: 'input/read',
      file: 'fifo.json',
      message: 'is a named pipe (FIFO), expected a regular file',
    });
  });

  it('refuses devices (/dev/zero would never end) and directories', async () => {
    expect((await readSourceFile('/dev/zero')).problem?.message).toBe('is a device, expected a regular file');
    expect((await readSourceFile(dir)).problem?.message).toBe('is a directory, expected a regular file');
  });

  it('refuses a file over the cap before reading it, with the sizes', async () => {
    const big = await fs.open(p('big.json'), 'w');
    await big.truncate(MAX_INPUT_BYTES + 1); // sparse: costs no disk
    await big.close();
    const r = await readSourceFile(p('big.json'), 'big.json');
    expect(r.problem?.message).toBe(
      'file is 67108865 bytes, more than the limit of 67108864 bytes (64 MiB) for an input file',
    );
    await fs.writeFile(p('small.json'), '{"a": 1}'.repeat(100));
    expect((await readSourceFile(p('small.json'), 's', { maxBytes: 100 })).problem?.message).toBe(
      'file is 800 bytes, more than the limit of 100 bytes for an input file',
    );
    expect((await readSourceFile(p('small.json'), 's', { maxBytes: 800 })).source?.text).toHaveLength(800);
  });

  it('reports invalid UTF-8 at its line and column, not 1:1', async () => {
    await fs.writeFile(
      p('bad.json'),
      Buffer.concat([Buffer.from('{\n  "name": "caf'), Buffer.from([0xe9]), Buffer.from('"\n}')]),
    );
    const r = await readSourceFile(p('bad.json'), 'bad.json');
    expect(r.problem).toMatchObject({ code: 'input/encoding', line: 2, column: 15 });
    expect(r.problem?.message).toBe('file is not valid UTF-8 (byte 0xe9); save it as UTF-8');
  });

  it('counts characters, not bytes, before the bad byte', async () => {
    await fs.writeFile(
      p('bad.json'),
      Buffer.concat([Buffer.from('["é😀", "'), Buffer.from([0xc0, 0x80]), Buffer.from('"]')]),
    );
    expect((await readSourceFile(p('bad.json'))).problem).toMatchObject({ line: 1, column: 9 });
  });

  it('finds the first invalid sequence as the WHATWG decoder does', () => {
    const cases: [number[], number][] = [
      [[0x61, 0x62], -1],
      [[0xe2, 0x82, 0xac], -1], // €
      [[0xf0, 0x9f, 0x98, 0x80], -1], // 😀
      [[0x61, 0xc0, 0xaf], 1], // overlong
      [[0xed, 0xa0, 0x80], 0], // surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
      [[0x61, 0xe2, 0x82], 1], // truncated
      [[0x80], 0],
    ];
    for (const [bytes, at] of cases) {
      expect(firstInvalidUtf8(Uint8Array.from(bytes)), bytes.join(',')).toBe(at);
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
      } catch {
        valid = false;
      }
      expect(valid).toBe(at === -1);
    }
  });
});

describe('writeOutputFile', () => {
  it('writes atomically, keeps the mode of the file it replaces, and leaves no temp file', async () => {
    await fs.writeFile(p('doc.json'), 'old', { mode: 0o640 });
    await fs.chmod(p('doc.json'), 0o640);
    await writeOutputFile(p('doc.json'), 'new');
    expect(await fs.readFile(p('doc.json'), 'utf8')).toBe('new');
    expect((await fs.stat(p('doc.json'))).mode & 0o777).toBe(0o640);
    expect(await fs.readdir(dir)).toEqual(['doc.json']);
  });

  it('creates missing directories', async () => {
    await writeOutputFile(p('a', 'b', 'doc.json'), 'x');
    expect(await fs.readFile(p('a', 'b', 'doc.json'), 'utf8')).toBe('x');
  });

  it('refuses a symlink, a directory, a FIFO and a device; each stays as it was', async () => {
    await fs.writeFile(p('target.txt'), 'keep');
    await fs.symlink(p('target.txt'), p('link.json'));
    await fs.mkdir(p('dir.json'));
    execFileSync('mkfifo', [p('fifo.json')]);
    for (const [name, why] of [
      [
        'link.json',
        /is a symbolic link; exec-doc replaces only regular files \(remove the link or name its target\)/,
      ],
      ['dir.json', /is a directory; exec-doc replaces only regular files/],
      ['fifo.json', /is a named pipe \(FIFO\); exec-doc replaces only regular files/],
    ] as const) {
      const e = await refusal(writeOutputFile(p(name), 'x', { label: '--output' }));
      expect(e.code).toBe('output/target');
      expect(e.message).toMatch(why);
      expect(e.message).toContain(`--output '${p(name)}'`);
    }
    expect((await refusal(writeOutputFile('/dev/null', 'x'))).message).toMatch(/is a device/);
    expect((await fs.lstat('/dev/null')).isCharacterDevice()).toBe(true);
    expect(await fs.readFile(p('target.txt'), 'utf8')).toBe('keep');
    expect((await fs.lstat(p('link.json'))).isSymbolicLink()).toBe(true);
    expect((await fs.lstat(p('fifo.json'))).isFIFO()).toBe(true);
  });

  it('refuses an input however it is reached: directly, through a symlinked directory, by a hard link', async () => {
    await fs.mkdir(p('ws'));
    await fs.writeFile(p('ws', 'config.json'), '{"config": true}');
    await fs.symlink('.', p('ws', 'alias'));
    await fs.link(p('ws', 'config.json'), p('ws', 'hard.json'));
    const inputs = [{ path: p('ws', 'config.json'), label: 'config.json' }];
    for (const target of [
      'config.json',
      'alias/config.json',
      'alias/alias/config.json',
      'hard.json',
      '../ws/config.json',
    ]) {
      const e = await refusal(writeOutputFile(path.join(p('ws'), target), 'x', { inputs }));
      expect(e.message, target).toMatch(
        /is also an input file \(config\.json\); choose another output file$/,
      );
    }
    expect(await fs.readFile(p('ws', 'config.json'), 'utf8')).toBe('{"config": true}');
  });

  it('refuses a path that leaves the roots through a symlink, before creating anything outside', async () => {
    await fs.mkdir(p('ws'));
    await fs.mkdir(p('outside'));
    await fs.symlink(p('outside'), p('ws', 'escape'));
    const e = await refusal(writeOutputFile(p('ws', 'escape', 'new', 'doc.json'), 'x', { roots: [p('ws')] }));
    expect(e.message).toContain(
      `resolves to ${path.join(await fs.realpath(p('outside')), 'new', 'doc.json')}`,
    );
    expect(await fs.readdir(p('outside'))).toEqual([]);
    // Inside the roots a symlinked directory is fine: the file goes to its real directory.
    await fs.mkdir(p('ws', 'real'));
    await fs.symlink('real', p('ws', 'docs'));
    expect(await writeOutputFile(p('ws', 'docs', 'doc.json'), 'ok', { roots: [p('ws')] })).toBe(
      path.join(await fs.realpath(p('ws')), 'real', 'doc.json'),
    );
  });

  it('refuses a broken link or a file where a directory should be', async () => {
    await fs.symlink(p('nowhere'), p('dangling'));
    expect((await refusal(writeOutputFile(p('dangling', 'doc.json'), 'x'))).message).toMatch(
      /a broken symbolic link/,
    );
    await fs.writeFile(p('file'), '');
    expect((await refusal(checkOutputTarget(p('file', 'doc.json')))).message).toMatch(
      /is a regular file, not a directory/,
    );
  });

  // Root writes anywhere; the CLI e2e tests cover write errors for root too (a file-size limit).
  it.skipIf(process.getuid?.() === 0)('a failed write leaves the old file and no temp file', async () => {
    await fs.writeFile(p('doc.json'), 'old');
    await fs.chmod(dir, constants.S_IRUSR | constants.S_IXUSR);
    try {
      const e = await refusal(writeOutputFile(p('doc.json'), 'new'));
      expect(e.code).toBe('output/write');
      expect(e.message).toMatch(/permission denied/);
    } finally {
      await fs.chmod(dir, 0o700);
    }
    expect(await fs.readdir(dir)).toEqual(['doc.json']);
    expect(await fs.readFile(p('doc.json'), 'utf8')).toBe('old');
  });
});
