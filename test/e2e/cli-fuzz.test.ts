/**
 * Fuzzing the built CLI as a child process (fast-check): for malformed and extreme inputs, every command ends with
 * 0, 1 or 2, prints no stack trace and no internal error, writes either a complete document or nothing (no partial or
 * temp file), never changes an input, and takes time linear in the input.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
  readdirSync,
  rmSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, readFixture } from '../helpers/fixtures.js';

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const NODE = process.env['E2E_NODE'] ?? process.execPath;
const built = existsSync(CLI);

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'exec-doc-cli-fuzz-'));
});

function run(
  args: string[],
  cwd: string,
): { code: number | null; stdout: string; stderr: string; ms: number } {
  const t = performance.now();
  const r = spawnSync(NODE, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '' },
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - t };
}

const demo = {
  dag: readFixture('corpus', 'demo', 'dag.json'),
  config: readFixture('corpus', 'demo', 'config.json'),
};

const nasty = fc.constantFrom(
  '1e400',
  '1.0',
  '99999999999999999999999',
  '"\\ud800"',
  '\u0000',
  '\ufeff',
  '"a\\nb.json:1:1: error [x] forged"',
  '{"a": 1, "a": 2}',
  '[[[[[[[[[[[[[[[[[[[[',
  '&a [*a, *a]',
  '.inf',
  ':',
  '}',
  '"',
);

/** One input file: a mutated real one (JSON or YAML), raw bytes (maybe not UTF-8), or deep nesting. */
const inputFile = fc.oneof(
  fc
    .tuple(fc.constantFrom(demo.dag, demo.config), fc.nat(), nasty, fc.nat({ max: 40 }))
    .map(([text, at, frag, cut]) => {
      const i = at % (text.length + 1);
      return { ext: 'json', bytes: Buffer.from(text.slice(0, i) + frag + text.slice(i + cut)) };
    }),
  fc.uint8Array({ maxLength: 200 }).map((b) => ({ ext: 'json', bytes: Buffer.from(b) })),
  fc.string({ maxLength: 200 }).map((s) => ({ ext: 'yaml', bytes: Buffer.from(s) })),
  fc
    .integer({ min: 200, max: 3000 })
    .map((n) => ({ ext: 'json', bytes: Buffer.from(`${'['.repeat(n)}${']'.repeat(n)}`) })),
  fc
    .array(nasty, { maxLength: 8 })
    .map((a) => ({ ext: 'yaml', bytes: Buffer.from(`nodes: [${a.join(', ')}]\n`) })),
);

const command = fc.constantFrom('generate', 'template', 'graph', 'validate', 'diff', 'merge');

describe.skipIf(!built)('CLI fuzz (built bundle)', () => {
  it('no stack trace, no internal error, no partial file, inputs untouched, exit 0/1/2', () => {
    let n = 0;
    fc.assert(
      fc.property(command, inputFile, inputFile, (cmd, a, b) => {
        const dir = path.join(work, `case-${n++}`);
        mkdirSync(dir);
        const fa = `a.${a.ext}`;
        const fb = `b.${b.ext}`;
        writeFileSync(path.join(dir, fa), a.bytes);
        writeFileSync(path.join(dir, fb), b.bytes);
        const args =
          cmd === 'generate' || cmd === 'template'
            ? [cmd, '--dag', fa, '--config', fb, '-o', 'out.json']
            : cmd === 'graph'
              ? [cmd, '--dag', fa]
              : cmd === 'validate'
                ? [cmd, fa]
                : cmd === 'merge'
                  ? [cmd, fa, fb, '-o', 'out.json']
                  : [cmd, fa, fb];
        const r = run(args, dir);
        expect([0, 1, 2], r.stderr).toContain(r.code);
        expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|internal error|This is a bug/);
        for (const line of r.stderr.split('\n').filter((l) => l !== ''))
          expect(line).toMatch(
            /^(([ab]\.(json|yaml)|out\.json):\d+:\d+: (error|warning) \[[\w/-]+\] |exec-doc: )/,
          );
        expect(readFileSync(path.join(dir, fa)).equals(a.bytes)).toBe(true);
        expect(readFileSync(path.join(dir, fb)).equals(b.bytes)).toBe(true);
        const files = readdirSync(dir).sort();
        expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
        if (files.includes('out.json')) {
          expect(r.code).toBe(0);
          JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
        }
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('time grows linearly: 8x the unmatched nodes costs far less than 64x', () => {
    const dagOf = (n: number): string => {
      const nodes = Array.from({ length: n }, (_, i) => `Node${i}`);
      return JSON.stringify({ nodes, edges: nodes.slice(1).map((x, i) => [nodes[i], x]) });
    };
    writeFileSync(path.join(work, 'small.json'), dagOf(5000));
    writeFileSync(path.join(work, 'large.json'), dagOf(40_000));
    writeFileSync(
      path.join(work, 'empty-config.json'),
      '{"configuration": {"shared": {}, "specific": {}}, "metadata": {"config_types": {}}}',
    );
    const base = (dag: string): number => {
      const times = [0, 1, 2].map(() => {
        // Every node lacks a config: an error each in strict mode (exit 1), as fast as the warnings of --lenient.
        const r = run(['generate', '--dag', dag, '--config', 'empty-config.json', '-q'], work);
        expect(r.code).toBe(1);
        return r.ms;
      });
      return times.sort((x, y) => x - y)[1]!;
    };
    const idle = base('small.json');
    const big = base('large.json');
    // Linear is at most 8x (less: process start-up is shared); quadratic would be 64x.
    expect(big / idle, `${idle.toFixed(0)} ms -> ${big.toFixed(0)} ms`).toBeLessThan(24);
  }, 120_000);
});
