/**
 * The budget: for arbitrary documents, diffs, DAGs and problems, every rendered body is within its budget and its
 * markup balanced (fast-check), and the fitter itself degrades in the documented order.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fit, fixed, forms, type Block } from '../../../../src/action/report/budget.js';
import { buildReport, type ReportInput } from '../../../../src/action/report/model.js';
import { renderReport } from '../../../../src/action/report/render.js';
import { diffDocuments } from '../../../../src/core/diff/diff.js';
import { diffDag } from '../../../../src/core/graph/dag-diff.js';
import type { Problem, Report } from '../../../../src/core/index.js';
import { balanced, firstBlock, render } from '../../../helpers/markdown.js';
import { input } from '../../../helpers/report-cases.js';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('fit', () => {
  it('keeps the richest forms that fit, stepping the biggest block of the earliest category first', () => {
    const big = forms(() => 'x'.repeat(500), ['a', () => 'x'.repeat(100)], ['b', () => 'x']);
    const small = forms(() => 'y'.repeat(300), ['a', () => 'y'.repeat(50)]);
    const r = fit([fixed('head'), big, small], [{ category: 'a' }, { category: 'b' }], 500);
    expect(r.body).toBe(`head\n\n${'x'.repeat(100)}\n\n${'y'.repeat(300)}\n`);
    expect(r.degraded).toBe(true);
    expect(fit([fixed('head'), big, small], [{ category: 'a' }], 10_000).degraded).toBe(false);
  });

  it('drops from the end, whole groups at once, and dynamic blocks see the result', () => {
    const group = {};
    const items: Block[] = Array.from({ length: 10 }, (_, i) => ({
      ...forms(() => `item ${i} ${'z'.repeat(50)}`, ['drop', () => '']),
      ...(i >= 8 ? { group } : {}),
    }));
    const count: Block = {
      forms: [],
      dynamic: (state) => `${items.filter((b) => state.dropped(b)).length} left out`,
    };
    const r = fit([...items, count], [{ category: 'drop', order: 'last', grouped: true }], 400);
    expect(bytes(r.body)).toBeLessThanOrEqual(400);
    expect(r.body).toMatch(/item 5 z+\n\n4 left out\n$/);
    // The group (items 8 and 9) went together.
    expect(r.body).not.toContain('item 8');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The property

const name = fc.oneof(
  fc.string({ minLength: 1, maxLength: 24 }),
  fc.constantFrom(
    '<img src=x>',
    '@octocat',
    '```',
    '<!-- exec-doc:report key=x -->',
    'a|b',
    '<details>',
    '\u202e',
  ),
);
const leaf = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 80 }), { maxLength: 40 }).map((l) => l.join('\n')),
);
const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), tie('v'), { maxKeys: 4 }),
  ),
})).v;
const document = fc.dictionary(
  name,
  fc.record({ STEP_TYPE: fc.string({ maxLength: 10 }), STEP_CONFIG: value }),
  {
    maxKeys: 12,
  },
);
const problem: fc.Arbitrary<Problem> = fc.record({
  severity: fc.constantFrom('error' as const, 'warning' as const),
  code: fc.constantFrom('config/schema', 'template/missing-step', 'resolve/no-config'),
  message: fc.string({ maxLength: 120 }),
  file: fc.constantFrom('demo/config.json', 'demo/dag.json', '(auto-template)'),
  line: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: undefined }),
});

function reportOf(steps: string[], nodes: string[], edges: [string, string][], problems: Problem[]): Report {
  const ok = !problems.some((p) => p.severity === 'error');
  return {
    ok,
    steps: steps.map((step, i) => ({
      step,
      status: i % 3 === 2 ? ('unchanged' as const) : ('filled' as const),
      family: 'cradle' as const,
      highlights: { 'output path': `s3://b/${step}` },
    })),
    problems,
    totalSteps: steps.length,
    filledSteps: steps.length,
    nodes: nodes.map((n, i) => ({ name: n, ...(steps[i] !== undefined ? { step: steps[i] } : {}) })),
    edges,
  };
}

const scenario = fc
  .record({
    base: document,
    head: document,
    baseNodes: fc.uniqueArray(name, { maxLength: 45 }),
    headNodes: fc.uniqueArray(name, { maxLength: 45 }),
    problems: fc.array(problem, { maxLength: 8 }),
    pipelines: fc.integer({ min: 1, max: 3 }),
    budget: fc.integer({ min: 4_000, max: 60_000 }),
    target: fc.constantFrom('comment' as const, 'summary' as const),
    pullRequest: fc.boolean(),
  })
  .map((s) => {
    const chain = (ns: string[]): [string, string][] => ns.slice(1).map((b, i) => [ns[i]!, b]);
    const head = reportOf(Object.keys(s.head), s.headNodes, chain(s.headNodes), s.problems);
    const base = reportOf(Object.keys(s.base), s.baseNodes, chain(s.baseNodes), []);
    const comparison = head.ok
      ? {
          status: 'compared' as const,
          diff: diffDocuments({ PIPELINE_STEP_CONFIGS: s.base }, { PIPELINE_STEP_CONFIGS: s.head }),
          dag: diffDag(base, head),
        }
      : { status: 'failing' as const, base: 'generates' as const };
    const pipelines = Array.from({ length: s.pipelines }, (_, i) => ({
      name: `p${i}`,
      files: { dag: 'demo/dag.json', config: 'demo/config.json' },
      report: head,
      ...(s.pullRequest ? { comparison } : {}),
    }));
    const data: ReportInput = { ...input(pipelines), pullRequest: s.pullRequest };
    return { data, budget: s.budget, target: s.target };
  });

describe('every body', () => {
  it('is within its budget, starts with the verdict and has balanced markup', () => {
    fc.assert(
      fc.property(scenario, ({ data, budget, target }) => {
        const body = renderReport(buildReport(data), { target, budget });
        expect(bytes(body)).toBeLessThanOrEqual(budget);
        const html = render(body);
        expect(balanced(html)).toBe(true);
        expect(html.split('<details>').length).toBe(html.split('</details>').length);
        expect(firstBlock(html).tag).toBe('h3');
        // Every fence that opens closes: cmark would otherwise run it to the end of the body.
        const last = html.lastIndexOf('</pre>');
        expect(html.slice(last < 0 ? 0 : last)).not.toContain('<pre>');
      }),
      { numRuns: 120 },
    );
  });
});
