/**
 * End to end: the action writes only where it was asked, inside the workspace or RUNNER_TEMP once symlinks are
 * resolved, never over an input or the manifest, never through a symlink, device, FIFO or directory, leaves no partial
 * file when interrupted or out of space, and blames bad inputs on the right file and line.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createJob,
  HAS_ACTION,
  runAction,
  SKIP_REASON,
  type Job,
  type RunOptions,
} from './helpers/action-runner.js';
import { fixturePath } from '../helpers/fixtures.js';

const e2e = it.skipIf(!HAS_ACTION);
const HOOK = fixturePath('hooks', 'interrupt-before-rename.cjs');

/** Every file under `dir` with its content (`<link>`, `<fifo>`, `<dir>` for the others), by relative path. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(e.parentPath, e.name);
    const st = await fs.lstat(full);
    out[path.relative(dir, full)] = st.isFile()
      ? await fs.readFile(full, 'utf8')
      : st.isSymbolicLink()
        ? `<link ${await fs.readlink(full)}>`
        : st.isFIFO()
          ? '<fifo>'
          : '<dir>';
  }
  return out;
}

describe(HAS_ACTION ? 'action e2e: files' : `action e2e: files (skipped: ${SKIP_REASON})`, () => {
  let job: Job;
  let outside: string;
  beforeEach(async () => {
    job = await createJob({ fixtures: ['demo', 'broken'], eventName: 'push' });
    outside = path.join(job.root, 'outside');
    await fs.mkdir(outside);
  });
  afterEach(async () => {
    await job.cleanup();
  });

  const run = (inputs: Record<string, string>, extra: Partial<RunOptions> = {}) =>
    runAction(job, { inputs: { 'upload-artifact': 'false', ...inputs }, eventName: 'push', ...extra });
  const single = { dag: 'demo/dag.json', config: 'demo/config.json', template: 'demo/template.json' };

  e2e(
    'a token planted in a config value is written as *** in the document, with a warning; never published',
    async () => {
      const token = 'ghp_plantedTokenValue0123456789abcdefAB';
      const file = path.join(job.workspace, 'demo', 'config.json');
      const text = await fs.readFile(file, 'utf8');
      const planted = text.replace(/"cradle_account": "[^"]*"/, `"cradle_account": "${token}"`);
      expect(planted).not.toBe(text);
      await fs.writeFile(file, planted);
      const r = await run({ ...single, 'github-token': token });
      expect(r.code, r.stdout).toBe(0);
      const doc = await fs.readFile(r.outputs['path']!, 'utf8');
      expect(doc).not.toContain(token);
      expect(doc).toContain('"cradleAccount": "***"');
      expect(r.find('warning').map((w) => w.properties['title'])).toContain('output/secret');
      for (const out of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)])
        expect(out.split('::add-mask::').slice(1).join('').replace(token, '')).not.toContain(token);
      expect(r.summary).not.toContain(token);
    },
  );

  e2e(
    'an output that is an input through a symlinked directory is refused; the config is intact',
    async () => {
      await fs.symlink('.', path.join(job.workspace, 'alias'));
      const before = await snapshot(job.workspace);
      const r = await run({ ...single, output: 'alias/demo/config.json' });
      expect(r.code).toBe(1);
      expect(r.find('error').map((e) => e.message)).toEqual([
        `Input 'output' '${path.join(job.workspace, 'alias', 'demo', 'config.json')}': is also an input file ` +
          `(demo/config.json); choose another output file.`,
      ]);
      expect(await snapshot(job.workspace)).toEqual(before);
    },
  );

  e2e(
    'an output that leaves the workspace through a symlink is refused, and nothing is created outside',
    async () => {
      await fs.symlink(outside, path.join(job.workspace, 'escape'));
      for (const output of ['escape/doc.json', 'escape/new/dir/doc.json']) {
        const r = await run({ ...single, output });
        expect(r.code, output).toBe(1);
        const [err] = r.find('error');
        expect(err?.message).toMatch(/\(through a symbolic link\), outside .* exec-doc writes only there\.$/);
        expect(err?.message).toContain(
          `resolves to ${path.join(await fs.realpath(outside), output.slice('escape/'.length))}`,
        );
      }
      expect(await fs.readdir(outside)).toEqual([]);
    },
  );

  e2e('an output that is a FIFO, a symlink or a directory is refused with what it is', async () => {
    execFileSync('mkfifo', [path.join(job.workspace, 'fifo.json')]);
    await fs.writeFile(path.join(job.workspace, 'target.json'), 'mine');
    await fs.symlink('target.json', path.join(job.workspace, 'link.json'));
    await fs.mkdir(path.join(job.workspace, 'dir.json'));
    const before = await snapshot(job.workspace);
    for (const [output, kind] of [
      ['fifo.json', 'a named pipe (FIFO)'],
      ['link.json', 'a symbolic link'],
      ['dir.json', 'a directory'],
    ]) {
      const r = await run({ ...single, output: output! });
      expect(r.code, output).toBe(1);
      expect(r.find('error')[0]?.message).toContain(`: is ${kind}; exec-doc replaces only regular files`);
    }
    expect(await snapshot(job.workspace)).toEqual(before);
  });

  e2e(
    'a pipeline whose document would be the manifest is refused, by name and through an alias',
    async () => {
      const manifest = JSON.stringify([
        { name: 'training', dag: 'demo/dag.json', config: 'demo/config.json' },
      ]);
      await fs.mkdir(path.join(job.workspace, 'docs'));
      await fs.writeFile(path.join(job.workspace, 'docs', 'training.json'), manifest);
      await fs.symlink('.', path.join(job.workspace, 'alias'));
      const lexical = await run({ pipelines: 'docs/training.json', output: 'docs' });
      expect(lexical.code).toBe(1);
      expect(lexical.find('error')[0]?.message).toBe(
        `pipelines[0]: its document (${path.join(job.workspace, 'docs', 'training.json')}) would overwrite the ` +
          `manifest docs/training.json; rename the pipeline or set 'output' to another directory.`,
      );
      const aliased = await run({ pipelines: 'docs/training.json', output: 'alias/docs' });
      expect(aliased.code).toBe(1);
      expect(aliased.find('error')[0]?.message).toBe(
        `Pipeline 'training': its document ${path.join(job.workspace, 'alias', 'docs', 'training.json')} is the input ` +
          `file docs/training.json; rename the pipeline or set 'output' to another directory.`,
      );
      expect(await fs.readFile(path.join(job.workspace, 'docs', 'training.json'), 'utf8')).toBe(manifest);
    },
  );

  e2e('with pipelines, an output directory that escapes through a symlink is refused', async () => {
    await fs.symlink(outside, path.join(job.workspace, 'out'));
    const r = await run({
      pipelines: '- {name: training, dag: demo/dag.json, config: demo/config.json}',
      output: 'out',
    });
    expect(r.code).toBe(1);
    expect(r.find('error')[0]?.message).toMatch(/^Input 'output' '.*out': resolves to .*outside/);
    expect(await fs.readdir(outside)).toEqual([]);
  });

  e2e(
    'a failing pipeline deletes nothing: a user file at its document path is kept, with a warning',
    async () => {
      const docs = path.join(job.workspace, 'docs');
      await fs.mkdir(docs);
      await fs.writeFile(path.join(docs, 'README.json'), '{"mine": true}');
      const r = await run({
        pipelines: [
          '- {name: README, dag: broken/dag.json, config: broken/config.json}',
          '- {name: fine, dag: demo/dag.json, config: demo/config.json}',
        ].join('\n'),
        output: 'docs',
      });
      expect(r.code).toBe(1);
      expect(await fs.readFile(path.join(docs, 'README.json'), 'utf8')).toBe('{"mine": true}');
      expect((await fs.readdir(docs)).sort()).toEqual(['README.json', 'fine.json']);
      expect(r.find('warning').find((w) => w.properties.title === 'output/stale')?.message).toContain(
        `${path.join(docs, 'README.json')} is from before this run and is not this run's document`,
      );
    },
  );

  e2e(
    'interrupted by SIGTERM while writing (a cancelled job): no temp file, no document, inputs intact',
    async () => {
      const mark = path.join(job.root, 'mark');
      const before = await snapshot(job.workspace);
      const r = await run(
        { ...single, output: 'out/doc.json' },
        {
          env: {
            NODE_OPTIONS: `--require ${HOOK}`,
            EXEC_DOC_TEST_MARK: mark,
            EXEC_DOC_TEST_SIGNAL: 'SIGTERM',
          },
        },
      );
      expect(r.signal).toBe('SIGTERM');
      const temp = await fs.readFile(mark, 'utf8');
      expect(path.dirname(temp)).toBe(path.join(await fs.realpath(job.workspace), 'out'));
      await expect(fs.access(temp)).rejects.toThrow();
      // Only the (empty) directory the write created remains.
      expect(await snapshot(job.workspace)).toEqual({ ...before, out: '<dir>' });
    },
  );

  const canMount = ((): boolean => {
    try {
      execFileSync('unshare', ['-m', 'true'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  // A full disk needs a small file system of its own: a tmpfs in a private mount namespace (root only).
  it.skipIf(!HAS_ACTION || !canMount)(
    'a full disk fails the pipeline with a clear error (not a bug), and the summary is still written',
    async () => {
      const full = path.join(job.runnerTemp, 'full');
      await fs.mkdir(full);
      const r = await run(
        { ...single, output: path.join(full, 'doc.json') },
        {
          prefix: [
            'unshare',
            '-m',
            'sh',
            '-c',
            `mount -t tmpfs -o size=16k tmpfs '${full}' && exec "$@"`,
            'sh',
          ],
        },
      );
      expect(r.code).toBe(1);
      const io = r.find('error').find((e) => e.properties.title === 'action/io');
      expect(io?.message).toContain('no space left on the device (ENOSPC)');
      expect(r.stdout).not.toContain('failed unexpectedly');
      expect(r.summary).not.toBe('');
      expect(await fs.readdir(full)).toEqual([]);
    },
  );

  e2e('a YAML alias bomb and deep nesting are located errors on the right file', async () => {
    const bomb = ['nodes: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 9; i++)
      bomb.push(
        `k${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    await fs.writeFile(path.join(job.workspace, 'bomb.yaml'), `${bomb.join('\n')}\nedges: []\n`);
    await fs.writeFile(
      path.join(job.workspace, 'deep.json'),
      `{\n"x": ${'['.repeat(1000)}${']'.repeat(1000)}}`,
    );
    const a = await run({ dag: 'bomb.yaml', config: 'demo/config.json' });
    expect(a.code).toBe(1);
    expect(a.find('error')[0]).toMatchObject({
      properties: { title: 'input/yaml-alias', file: 'bomb.yaml' },
    });
    const b = await run({ dag: 'demo/dag.json', config: 'deep.json' });
    expect(b.find('error')[0]).toMatchObject({
      properties: { title: 'input/too-deep', file: 'deep.json', line: '2', col: '261' },
    });
    for (const r of [a, b]) expect(r.stdout).not.toMatch(/failed unexpectedly|internal error/);
  });
});
