import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BaseFile, BaseSource } from '../../../src/action/github/base.js';
import { compareWithBase, type BaseComparison, type HeadPipeline } from '../../../src/action/compare.js';
import { gitBlobId, produceDocument } from '../../../src/action/document.js';
import type { PipelineSpec } from '../../../src/action/inputs/manifest.js';
import { fixturePath } from '../../helpers/fixtures.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'exec-doc-compare-'));
const file = (name: string) => ({
  input: `demo/${name}`,
  absolute: fixturePath('action', 'demo', name),
  display: `demo/${name}`,
});
const spec: PipelineSpec = {
  name: 'demo',
  dag: file('dag.json'),
  config: file('config.json'),
  template: file('template.json'),
};
const text = (name: string) => readFileSync(fixturePath('action', 'demo', name), 'utf8');

async function head(s: PipelineSpec = spec): Promise<HeadPipeline> {
  const outcome = await produceDocument(
    s,
    { format: 'json', lenient: false },
    {
      output: path.join(out, `${s.name}.json`),
      keepDocument: true,
    },
  );
  return { outcome, files: filesOf(s) };
}

function filesOf(s: PipelineSpec): HeadPipeline['files'] {
  return {
    dag: { path: s.dag.display, absolute: s.dag.absolute },
    config: { path: s.config.display, absolute: s.config.absolute },
    ...(s.template ? { template: { path: s.template.display, absolute: s.template.absolute } } : {}),
  };
}

/** The steps a comparison says changed. */
function comparisonSteps(c: BaseComparison | undefined): string[] {
  return c?.status === 'compared' ? c.diff.steps.map((s) => s.step) : [];
}

/** A base with these files (path → text); records what was read. */
function fakeBase(files: Record<string, string | Error>): BaseSource & { reads: string[][] } {
  const reads: string[][] = [];
  return {
    via: 'git',
    reads,
    async blobIds(paths) {
      return new Map(
        paths.map((p) => {
          const f = files[p];
          return [p, f === undefined ? null : f instanceof Error ? 'unknown-id' : gitBlobId(Buffer.from(f))];
        }),
      );
    },
    async read(paths) {
      reads.push([...paths]);
      return new Map(paths.map((p): [string, BaseFile] => [p, files[p] ?? null]));
    },
  };
}

const demoBase = (): Record<string, string> => ({
  'demo/dag.json': text('dag.json'),
  'demo/config.json': text('config.json'),
  'demo/template.json': text('template.json'),
});
const settings = { lenient: false, ref: 'abc1234' };

describe('compareWithBase', () => {
  it('identical files: no change, without reading or generating anything', async () => {
    const base = fakeBase(demoBase());
    const [c] = await compareWithBase([await head()], base, settings);
    expect(c).toEqual({
      status: 'compared',
      diff: expect.objectContaining({ equal: true }),
      dag: expect.objectContaining({ equal: true }),
    });
    expect(base.reads).toEqual([]);
  });

  it('a changed config: reads only it, generates the base and diffs', async () => {
    const files = demoBase();
    files['demo/config.json'] = files['demo/config.json']!.replace(
      '"framework_version": "1.7-1"',
      '"framework_version": "1.5-1"',
    );
    const base = fakeBase(files);
    const [c] = await compareWithBase([await head()], base, settings);
    expect(base.reads).toEqual([['demo/config.json']]);
    expect(c?.status).toBe('compared');
    expect(comparisonSteps(c)).toEqual(['Registration-NA']);
    expect(c).toMatchObject({ dag: { equal: true } });
  });

  it('a DAG that loses a node and an edge: the document may not change, the DAG diff says so', async () => {
    const files = demoBase();
    // The base had one more node, with an edge into it: the pull request removed both.
    const dag = JSON.parse(files['demo/dag.json']!) as { nodes: string[]; edges: [string, string][] };
    dag.nodes.push('Processing');
    dag.edges.push(['XGBoostTraining', 'Processing']);
    files['demo/dag.json'] = JSON.stringify(dag);
    const [c] = await compareWithBase([await head()], fakeBase(files), settings);
    expect(c).toMatchObject({
      status: 'compared',
      diff: { equal: true },
      dag: {
        equal: false,
        removedNodes: ['Processing'],
        removedEdges: [['XGBoostTraining', 'Processing']],
        addedNodes: [],
      },
    });
  });

  it('no DAG or config at the base: new; no template at the base: generated without one', async () => {
    const files = demoBase();
    delete files['demo/config.json'];
    const [c] = await compareWithBase([await head()], fakeBase(files), settings);
    expect(c).toEqual({ status: 'new', missing: ['demo/config.json'] });
    const h = await head();

    const noTemplate = demoBase();
    delete noTemplate['demo/template.json'];
    const withoutTemplate = fakeBase(noTemplate);
    const [t] = await compareWithBase([h], withoutTemplate, settings);
    // The base document is the one the core builds without a template; nothing needed reading.
    expect(t?.status).toBe('compared');
    expect(withoutTemplate.reads).toEqual([]);
  });

  it('the base is unreadable or does not generate: unavailable, with the reason', async () => {
    const files: Record<string, string | Error> = demoBase();
    files['demo/config.json'] = new Error('cannot read demo/config.json at the base (HTTP 500: boom)');
    const [c] = await compareWithBase([await head()], fakeBase(files), settings);
    expect(c).toEqual({
      status: 'unavailable',
      cause: 'read',
      reason: 'cannot read demo/config.json at the base (HTTP 500: boom)',
    });

    const broken = demoBase();
    broken['demo/dag.json'] = '{"nodes": ["a", "a"], "edges": []}';
    const [b] = await compareWithBase([await head()], fakeBase(broken), settings);
    expect(b).toMatchObject({ status: 'unavailable', cause: 'generate' });
    expect((b as { reason: string }).reason).toMatch(
      /^the document of the base commit abc1234 cannot be generated \(\d+ errors?, the first: demo\/dag\.json:1: /,
    );
    expect(comparisonSteps(b)).toEqual([]);
  });

  it('a listing failure makes every pipeline unavailable, failed heads too', async () => {
    const failing: BaseSource = {
      via: 'api',
      blobIds: () => Promise.reject(new Error('cannot list the base commit abc1234 (HTTP 403)')),
      read: async () => new Map(),
    };
    const failedHead: HeadPipeline = {
      outcome: { report: { ...(await head()).outcome.report, ok: false } },
      files: filesOf(spec),
    };
    const unavailable = {
      status: 'unavailable',
      cause: 'read',
      reason: 'cannot list the base commit abc1234 (HTTP 403)',
    };
    expect(await compareWithBase([await head(), failedHead], failing, settings)).toEqual([
      unavailable,
      unavailable,
    ]);
  });

  it('a failed head: introduced by the pull request when the base generates, else already failing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'exec-doc-failing-'));
    const brokenConfig = path.join(dir, 'config.json');
    writeFileSync(brokenConfig, text('config.json').replace('"region": "NA",', '"region": "XX",'));
    const broken: PipelineSpec = {
      ...spec,
      config: { input: 'demo/config.json', absolute: brokenConfig, display: 'demo/config.json' },
    };
    const failed = await head(broken);
    expect(failed.outcome.report.ok).toBe(false);
    // The head's inputs were not recorded (no document): their blob ids come from the workspace files.
    expect(failed.outcome.inputs).toBeUndefined();

    const good = fakeBase(demoBase());
    expect(await compareWithBase([failed], good, settings)).toEqual([
      { status: 'failing', base: 'generates' },
    ]);
    expect(good.reads).toEqual([['demo/config.json']]);

    const sameAsHead = demoBase();
    sameAsHead['demo/config.json'] = readFileSync(brokenConfig, 'utf8');
    const same = fakeBase(sameAsHead);
    expect(await compareWithBase([failed], same, settings)).toEqual([
      { status: 'failing', base: 'fails', sameInputs: true },
    ]);
    expect(same.reads).toEqual([]);

    const otherBreak = demoBase();
    otherBreak['demo/config.json'] = otherBreak['demo/config.json']!.replace('{', '{,');
    const [c] = await compareWithBase([failed], fakeBase(otherBreak), settings);
    expect(c).toMatchObject({ status: 'failing', base: 'fails' });
    expect((c as { reason: string }).reason).toMatch(
      /cannot be generated \(1 error, the first: demo\/config\.json:1: invalid JSON/,
    );
    // Its errors are not the head's: every head error is the pull request's.
    const headErrors = failed.outcome.report.problems.filter((p) => p.severity === 'error').length;
    expect(c).toMatchObject({ newErrors: headErrors });

    // The same break in a file that differs otherwise (reformatted): the same errors, already failing.
    const sameBreak = demoBase();
    sameBreak['demo/config.json'] = `${readFileSync(brokenConfig, 'utf8')}\n\n`;
    const [d] = await compareWithBase([failed], fakeBase(sameBreak), settings);
    expect(d).toMatchObject({ status: 'failing', base: 'fails' });
    expect(d).not.toHaveProperty('newErrors');
  });
});
