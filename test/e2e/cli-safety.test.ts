/**
 * The CLI as a user (or an attacker) drives it, through the built bundle: it writes only regular files it was asked
 * to write and never an input, reads no FIFO or device, stays linear and positioned at the limits, leaves no partial
 * file when interrupted or out of space, and behaves like a Unix tool (closed pipes, --help, exit codes).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
  readdirSync,
  cpSync,
  mkdirSync,
  symlinkSync,
  lstatSync,
  openSync,
  ftruncateSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, fixturePath } from '../helpers/fixtures.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const NODE = process.env['E2E_NODE'] ?? process.execPath;
const built = existsSync(CLI);
const HOOK = fixturePath('hooks', 'interrupt-before-rename.cjs');
const STACK = /\n\s+at .+:\d+:\d+\)?\n/;

interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { env?: Record<string, string>; prefix?: string[] } = {}): Result {
  const [cmd, ...pre] = options.prefix ?? [];
  const r = spawnSync(cmd ?? NODE, [...pre, ...(cmd ? [NODE] : []), CLI, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', ...options.env },
    timeout: 20_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

let work: string;
const at = (...p: string[]): string => path.join(work, ...p);
const GEN = [
  'generate',
  '--dag',
  'demo/dag.json',
  '--config',
  'demo/config.json',
  '--template',
  'demo/template.json',
];

function snapshot(dir = work): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(e.parentPath, e.name);
    const st = lstatSync(full);
    out[path.relative(dir, full)] = st.isFile() ? readFileSync(full, 'utf8') : `<${st.mode.toString(8)}>`;
  }
  return out;
}

/** Every stderr line is a problem line or an exec-doc message, and none is a stack frame. */
function expectCleanStderr(stderr: string): void {
  expect(stderr).not.toMatch(STACK);
  expect(stderr).not.toMatch(/internal error|This is a bug/);
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'exec-doc-cli-safety-'));
  cpSync(fixturePath('corpus', 'demo'), at('demo'), { recursive: true });
});

describe.skipIf(!built)('exec-doc CLI: outputs', () => {
  it('refuses to write over /dev/null, a FIFO, a directory or a symlink, and leaves each as it was', () => {
    execFileSync('mkfifo', [at('pipe.json')]);
    mkdirSync(at('adir.json'));
    writeFileSync(at('real.txt'), 'the link target');
    symlinkSync('real.txt', at('link.json'));
    for (const [target, kind] of [
      ['/dev/null', 'a device'],
      ['pipe.json', 'a named pipe (FIFO)'],
      ['adir.json', 'a directory'],
      ['link.json', 'a symbolic link'],
    ]) {
      const r = run([...GEN, '-o', target!]);
      expect(r.code, target).toBe(2);
      expect(r.stderr).toContain(
        `exec-doc: error [output/target] --output '${target}': is ${kind}; exec-doc replaces only regular files`,
      );
      expect(r.stdout).toBe('');
    }
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(lstatSync(at('pipe.json')).isFIFO()).toBe(true);
    expect(lstatSync(at('link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(at('real.txt'), 'utf8')).toBe('the link target');
  });

  it('refuses an input as --output or --report, however it is named, and both options on one file', () => {
    mkdirSync(at('inputs'));
    cpSync(at('demo'), at('inputs'), { recursive: true });
    symlinkSync('.', at('inputs', 'alias'));
    const before = snapshot(at('inputs'));
    const args = [
      'generate',
      '--dag',
      'inputs/dag.json',
      '--config',
      'inputs/config.json',
      '--template',
      'inputs/template.json',
    ];
    for (const [extra, message] of [
      [['-o', 'inputs/config.json'], "--output 'inputs/config.json': is also an input file (--config)"],
      [
        ['-o', 'inputs/alias/config.json'],
        "--output 'inputs/alias/config.json': is also an input file (--config)",
      ],
      [['-o', './inputs/../inputs/template.json'], 'is also an input file (--template)'],
      [
        ['--report', 'inputs/alias/alias/dag.json'],
        "--report 'inputs/alias/alias/dag.json': is also an input file (--dag)",
      ],
      [['-o', 'same.json', '--report', 'same.json'], "--report 'same.json': is also the file of --output"],
    ] as const) {
      const r = run([...args, ...extra]);
      expect(r.code, extra.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expectCleanStderr(r.stderr);
    }
    expect(snapshot(at('inputs'))).toEqual(before);
    expect(existsSync(at('same.json'))).toBe(false);
    // merge: NEXT is an input too.
    const m = run(['merge', 'demo/expected.json', 'inputs/alias/config.json', '-o', 'inputs/config.json']);
    expect(m.code).toBe(2);
    expect(snapshot(at('inputs'))).toEqual(before);
  });

  it('a write error (here a file-size limit) is a clear error: exit 1, no partial file, the old file kept', () => {
    writeFileSync(at('kept.json'), 'previous');
    const r = run([...GEN, '-o', 'kept.json'], { prefix: ['sh', '-c', 'ulimit -f 8; exec "$@"', 'sh'] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "exec-doc: error [output/write] cannot write --output 'kept.json': file too large for the file system or the process limit (EFBIG)",
    );
    expectCleanStderr(r.stderr);
    expect(readFileSync(at('kept.json'), 'utf8')).toBe('previous');
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  const canMount = ((): boolean => {
    try {
      execFileSync('unshare', ['-m', 'true'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  // A full disk needs a small file system of its own: a tmpfs in a private mount namespace (root only).
  it.skipIf(!canMount)('a full disk (ENOSPC) is a clear error and leaves nothing behind', () => {
    mkdirSync(at('full'));
    const r = run([...GEN, '-o', at('full', 'doc.json')], {
      prefix: [
        'unshare',
        '-m',
        'sh',
        '-c',
        `mount -t tmpfs -o size=16k tmpfs '${at('full')}' && exec "$@"`,
        'sh',
      ],
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no space left on the device (ENOSPC)');
    expectCleanStderr(r.stderr);
    expect(readdirSync(at('full'))).toEqual([]);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'interrupted by %s while writing: no partial or temp file',
    (signal) => {
      const mark = at(`mark-${signal}`);
      writeFileSync(at(`old-${signal}.json`), 'previous');
      const r = run([...GEN, '-o', `old-${signal}.json`], {
        env: { NODE_OPTIONS: `--require ${HOOK}`, EXEC_DOC_TEST_MARK: mark, EXEC_DOC_TEST_SIGNAL: signal },
      });
      // The process ends by the signal (exit status 128 + n in a shell), after removing its temp file.
      expect(r.signal).toBe(signal);
      const temp = readFileSync(mark, 'utf8');
      expect(path.dirname(temp)).toBe(work);
      expect(existsSync(temp)).toBe(false);
      expect(readFileSync(at(`old-${signal}.json`), 'utf8')).toBe('previous');
      expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
  );
});

describe.skipIf(!built)('exec-doc CLI: inputs at the limits', () => {
  it('a FIFO or a device as an input is refused at once (no hang, no memory blow-up)', () => {
    execFileSync('mkfifo', [at('in.fifo.json')]);
    const started = Date.now();
    const r = run(['generate', '--dag', '/dev/zero', '--config', 'in.fifo.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/dev/zero:1:1: error [input/read] is a device, expected a regular file');
    expect(r.stderr).toContain(
      'in.fifo.json:1:1: error [input/read] is a named pipe (FIFO), expected a regular file',
    );
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('an input over 64 MiB is refused before it is read', () => {
    const fd = openSync(at('huge.json'), 'w');
    ftruncateSync(fd, 65 * 1024 * 1024);
    closeSync(fd);
    const r = run(['generate', '--dag', 'demo/dag.json', '--config', 'huge.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'huge.json:1:1: error [input/read] file is 68157440 bytes, more than the limit of 67108864 bytes (64 MiB) for an input file',
    );
  });

  it('deep nesting, a YAML alias bomb, 1e400, .nan and invalid UTF-8 are positioned errors in the right file', () => {
    writeFileSync(at('deep.json'), `{"nodes": ${'['.repeat(5000)}${']'.repeat(5000)}}`);
    const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 9; i++)
      bomb.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    writeFileSync(at('bomb.yaml'), `${bomb.join('\n')}\n`);
    writeFileSync(at('inf.json'), '{\n  "nodes": [],\n  "x": 1e400\n}');
    writeFileSync(at('nan.yaml'), 'nodes: []\nx: .nan\n');
    writeFileSync(at('latin1.json'), Buffer.from('{\n  "nodes": ["caf\xe9"]\n}', 'latin1'));
    for (const [file, code, line, column] of [
      ['deep.json', 'input/too-deep', 1, 266],
      ['bomb.yaml', 'input/yaml-alias', undefined, undefined],
      ['inf.json', 'input/number', 3, 8],
      ['nan.yaml', 'input/number', 2, 4],
      ['latin1.json', 'input/encoding', 2, 17],
    ] as const) {
      const r = run(['generate', '--dag', file, '--config', 'demo/config.json']);
      expect(r.code, file).toBe(1);
      const m = new RegExp(`^${file.replace('.', '\\.')}:(\\d+):(\\d+): error \\[${code}\\] `, 'm').exec(
        r.stderr,
      );
      expect(m, `${file}: ${r.stderr}`).not.toBeNull();
      if (line !== undefined) expect([Number(m![1]), Number(m![2])], file).toEqual([line, column]);
      expectCleanStderr(r.stderr);
    }
  });

  it('duplicate JSON keys are a warning with both positions', () => {
    writeFileSync(at('dupdag.json'), '{\n  "nodes": ["a"],\n  "edges": [],\n  "nodes": ["b"]\n}');
    const r = run(['graph', '--dag', 'dupdag.json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'dupdag.json:4:3: warning [input/duplicate-key] duplicate key "nodes": first at line 2, column 3; the later value is used\n',
    );
    expect(r.stdout).toBe('flowchart TD\n  n0["b"]\n');
  });

  it('a node name with line breaks cannot forge a problem line', () => {
    const forged = 'x\nforged.json:1:1: error [forged] you were hacked\r\u2028::error::also';
    writeFileSync(at('forge.json'), JSON.stringify({ nodes: [forged], edges: [] }));
    const r = run(['generate', '--dag', 'forge.json', '--config', 'demo/config.json', '--lenient']);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^(forge\.json:\d+:\d+: (warning|error) \[|exec-doc: )/);
    expect(r.stderr).toContain('x\\nforged.json:1:1: error [forged] you were hacked\\r\\u2028::error::also');
  });
});

describe.skipIf(!built)('exec-doc CLI: manners', () => {
  it('a closed stdout ends quietly with status 141, as a writer stopped by SIGPIPE', async () => {
    // A document larger than a pipe buffer, so the write is still going when the reader leaves.
    const t = JSON.parse(readFileSync(at('demo', 'template.json'), 'utf8')) as Record<string, unknown>;
    t['PIPELINE_ADDITIONAL_PARAMS'] = { filler: Array.from({ length: 20_000 }, (_, i) => `value ${i}`) };
    writeFileSync(at('big-template.json'), JSON.stringify(t));
    const child = spawn(
      NODE,
      [
        CLI,
        'generate',
        '--dag',
        'demo/dag.json',
        '--config',
        'demo/config.json',
        '--template',
        'big-template.json',
      ],
      {
        cwd: work,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(141);
    expect(stderr).toBe('');
    // The same through a shell pipeline, as users write it.
    const sh = spawnSync(
      'bash',
      [
        '-c',
        `"${NODE}" "${CLI}" generate --dag demo/dag.json --config demo/config.json --template big-template.json | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`,
      ],
      {
        cwd: work,
        encoding: 'utf8',
      },
    );
    expect(sh.stdout.trim()).toBe('141');
    expect(sh.stderr).toBe('');
  });

  it("<command> --help and help <command> print that command's help", () => {
    for (const args of [
      ['generate', '--help'],
      ['help', 'generate'],
      ['generate', '-h'],
    ]) {
      const r = run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: exec-doc generate --dag FILE --config FILE \[--template FILE\] /);
      expect(r.stdout).toContain('--report FILE');
    }
    const d = run(['diff', '--help']);
    expect(d.stdout).toContain('0 the documents are equal, 1 they differ, 2 errors');
    expect(run(['--help']).stdout).toMatch(/^Usage: exec-doc <command> \[options\]/);
  });

  it('an unknown option or command names the nearest valid one', () => {
    const o = run(['generate', '--dga', 'demo/dag.json', '--config', 'demo/config.json']);
    expect(o.code).toBe(2);
    expect(o.stderr).toMatch(
      /^exec-doc: unknown option '--dga'; did you mean '--dag'\?\nRun 'exec-doc generate --help' for the options\.\n$/,
    );
    expect(run(['generate', '--templte', 'x']).stderr).toContain("did you mean '--template'?");
    expect(run(['generate', '--zzzzzzzz']).stderr).toMatch(/^exec-doc: unknown option '--zzzzzzzz'\n/);
    const c = run(['genrate']);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/^exec-doc: unknown command "genrate"; did you mean "generate"\?/);
  });

  it('graph --dag alone draws the DAG without outcomes', async () => {
    const r = run(['graph', '--dag', 'demo/dag.json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const dag = JSON.parse(readFileSync(at('demo', 'dag.json'), 'utf8')) as {
      nodes: string[];
      edges: unknown[];
    };
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart TD');
    expect(lines.filter((l) => /^ {2}n\d+\["/.test(l))).toHaveLength(dag.nodes.length);
    expect(lines.filter((l) => l.includes(' --> '))).toHaveLength(dag.edges.length);
    expect(r.stdout).not.toMatch(/classDef|class /);
    const DOMPurify = (await import('dompurify')).default;
    Object.assign(DOMPurify, { addHook: () => undefined, sanitize: (s: string) => s });
    const { default: mermaid } = await import('mermaid');
    await expect(mermaid.parse(r.stdout)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    expect(run(['graph', '--dag', 'demo/dag.json', '--template', 'demo/template.json']).code).toBe(2);
  });

  it('diff exits 0 when equal, 1 when different, 2 on errors', () => {
    writeFileSync(
      at('changed.json'),
      readFileSync(at('demo', 'expected.json'), 'utf8').replace('"AtoZ"', '"Other"'),
    );
    expect(run(['diff', 'demo/expected.json', 'demo/expected.json']).code).toBe(0);
    expect(run(['diff', 'demo/expected.json', 'changed.json']).code).toBe(1);
    expect(run(['diff', 'demo/expected.json', 'missing.json']).code).toBe(2);
    expect(run(['diff', 'demo/expected.json']).code).toBe(2);
  });
});
