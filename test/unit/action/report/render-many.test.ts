import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../src/core/index.js';
import { diffDocuments } from '../../../../src/core/diff/index.js';
import { NO_DIFF, type BaseComparison } from '../../../../src/action/compare.js';
import { renderMany, type ManyView, type PipelineView } from '../../../../src/action/report/render-many.js';
import { renderReport } from '../../../../src/action/report/render.js';
import { diffSection } from '../../../../src/action/report/render-diff.js';

function report(partial: Partial<Report> = {}): Report {
  return {
    ok: true,
    steps: [{ step: 'Registration-NA', family: 'registration', status: 'filled', highlights: {} }],
    problems: [],
    totalSteps: 2,
    filledSteps: 1,
    nodes: [{ name: 'Registration', step: 'Registration-NA' }, { name: 'Train' }],
    edges: [['Train', 'Registration']],
    ...partial,
  };
}

const doc = (image: string) => ({
  PIPELINE_STEP_CONFIGS: { 'Registration-NA': { STEP_CONFIG: { image }, STEP_TYPE: ['PROCESSING_STEP'] } },
});
const changed: BaseComparison = { status: 'compared', diff: diffDocuments(doc('x:1.7-1'), doc('x:1.5-1')) };

const failed = report({
  ok: false,
  steps: [],
  nodes: [],
  edges: [],
  filledSteps: 0,
  totalSteps: 0,
  problems: [
    {
      severity: 'error',
      code: 'input/syntax',
      message: 'invalid JSON',
      file: 'b/config.json',
      line: 6,
      column: 33,
    },
  ],
});

function view(pipelines: PipelineView[], extra: Partial<ManyView> = {}): ManyView {
  return {
    pipelines,
    commentKey: 'pipelines.yaml',
    runUrl: 'https://github.com/o/r/actions/runs/1',
    base: { ref: 'abc1234', via: 'api' },
    comparing: true,
    ...extra,
  };
}

describe('renderMany', () => {
  const pipelines: PipelineView[] = [
    { name: 'same', report: report(), comparison: { status: 'compared', diff: NO_DIFF }, changedSteps: [] },
    { name: 'atoz', report: report(), comparison: changed, changedSteps: ['Registration-NA'] },
    { name: 'broken', report: failed, changedSteps: [] },
    {
      name: 'added',
      report: report(),
      comparison: { status: 'new', missing: ['a/dag.json'] },
      changedSteps: ['Registration-NA'],
    },
  ];

  it('gives failed, changed and new pipelines a section each, in that order, and the others a line', () => {
    const md = renderMany(view(pipelines), 60_000, 'see the summary.');
    const at = (s: string) => md.indexOf(s);
    expect(
      md.startsWith('### ❌ Execution documents: 1 of 4 pipelines failed\n<sub>pipelines.yaml</sub>\n\n'),
    ).toBe(true);
    expect(md).toContain('3 of 6 steps filled. Against the base: 1 changed, 1 new, 1 unchanged, 1 failed.');
    expect(md).toContain(
      "<sub>Compared with the pull request's base commit abc1234 (read from the GitHub API).</sub>",
    );
    expect(at('#### ❌ <code>broken</code>: generation failed: 1 error')).toBeGreaterThan(0);
    expect(at('#### ✏️ <code>atoz</code>: 1 step changed; 1 of 2 steps filled')).toBeGreaterThan(
      at('#### ❌ <code>broken</code>'),
    );
    expect(at('#### 🆕 <code>added</code>: new pipeline, 1 of 2 steps filled')).toBeGreaterThan(
      at('#### ✏️'),
    );
    expect(at('**No change** (1)\n\n- ✅ <code>same</code>: 1 of 2 steps filled')).toBeGreaterThan(
      at('#### 🆕'),
    );
    expect(md).toContain(
      '| <code>Registration-NA</code> | <code>image</code> <code>x:1.7-1</code> → <code>x:1.5-1</code> |',
    );
    expect(md).toContain('<details><summary>Steps: 1 of 2 steps filled</summary>');
    // A picture for the changed and the new pipeline; the changed node is marked.
    expect(md.split('```mermaid')).toHaveLength(3);
    expect(md).toContain('  class n0 changed');
    expect(md).not.toContain('Shortened');
    expect(md.trimEnd().endsWith('🔗 [Workflow run](https://github.com/o/r/actions/runs/1)')).toBe(true);
  });

  it('shortens sections to fit: a line per change, then a line per pipeline', () => {
    const full = renderMany(view(pipelines), 60_000, 'see the summary.');
    const short = renderMany(view(pipelines), Buffer.byteLength(full) - 1, 'see the summary.');
    expect(Buffer.byteLength(short)).toBeLessThan(Buffer.byteLength(full));
    expect(short).not.toContain('```mermaid');
    expect(short).toContain(
      '#### ✏️ <code>atoz</code>: 1 step changed; 1 of 2 steps filled\n\n- <code>Registration-NA</code>: image x:1.7-1 → x:1.5-1',
    );
    expect(short).toContain('- ❌ **error** input/syntax in b/config.json:6:33: invalid JSON');
    expect(short).toContain('ℹ️ Shortened to fit: see the summary.');

    const minimal = renderMany(view(pipelines), Buffer.byteLength(short) - 1, 'see the summary.');
    expect(minimal).toContain(
      '#### ✏️ <code>atoz</code>: 1 step changed; 1 of 2 steps filled\n\nChanged: <code>Registration-NA</code>.',
    );
    expect(minimal).toContain('#### 🆕 <code>added</code>: new pipeline, 1 of 2 steps filled\n\n');
    expect(minimal).not.toContain('New pipeline**');
  });

  it('outside pull requests, lists generated pipelines without talking about a base', () => {
    const md = renderMany(
      view(
        pipelines.map((p) => ({ ...p, comparison: undefined, changedSteps: [] })),
        { comparing: false, base: undefined },
      ),
      60_000,
      '',
    );
    expect(md).toContain('3 of 6 steps filled.\n');
    expect(md).not.toContain('Against the base');
    expect(md).toContain('**Generated** (3)');
  });

  it('says once why nothing could be compared', () => {
    const md = renderMany(
      view(
        pipelines.map((p) => ({ ...p, comparison: undefined })),
        { base: undefined, baseNote: 'no token', comparing: false },
      ),
      60_000,
      '',
    );
    expect(md.split('No diff against the base')).toHaveLength(2);
    expect(md).toContain('⚠️ No diff against the base: no token');
  });
});

describe('diffSection (one pipeline)', () => {
  it('shows the diff, a new pipeline, or why there is no diff; renderReport puts it right after the headline', () => {
    expect(
      diffSection({
        base: { ref: 'abc1234', via: 'git' },
        comparison: { status: 'compared', diff: NO_DIFF },
      }),
    ).toEqual([
      '#### Changes in this pull request',
      '',
      'No change to the execution document.',
      '',
      "<sub>Compared with the pull request's base commit abc1234 (read from the local git checkout).</sub>",
    ]);
    expect(diffSection({ comparison: { status: 'new', missing: ['p/dag_v2.json'] } })[2]).toBe(
      '🆕 **New pipeline**: <code>p/dag\\_v2.json</code> is not in the base commit.',
    );
    expect(diffSection({ note: 'the event payload has no pull_request.base.sha' })[2]).toBe(
      '⚠️ No diff against the base: the event payload has no pull\\_request.base.sha',
    );
    expect(diffSection(undefined)).toEqual([]);

    const md = renderReport({
      report: report(),
      commentKey: 'k',
      diff: diffSection({ comparison: changed }),
      changedSteps: ['Registration-NA'],
    });
    expect(md.indexOf('#### Changes in this pull request')).toBe(
      md.indexOf('<sub>k</sub>') + '<sub>k</sub>\n\n'.length,
    );
    expect(md.indexOf('```mermaid')).toBeGreaterThan(md.indexOf('| Step | Family |'));
    // No diff for a failed document: its problems come first.
    expect(
      renderReport({ report: failed, commentKey: 'k', diff: diffSection({ comparison: changed }) }),
    ).not.toContain('Changes in');
  });
});
