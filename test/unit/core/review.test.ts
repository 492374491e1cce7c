/** The review view of a diff (paths below STEP_CONFIG, shared changes, diff lines) and the notable findings. */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../src/core/diff/diff.js';
import { changeLines, relativePath, reviewDiff, wrap } from '../../../src/core/diff/review.js';
import { notableChanges, tagVersion } from '../../../src/core/diff/notable.js';
import { numberFromLiteral } from '../../../src/core/number.js';

const doc = (steps: Record<string, unknown>): Record<string, unknown> => ({ PIPELINE_STEP_CONFIGS: steps });
const step = (config: Record<string, unknown>, type: unknown = 'X'): Record<string, unknown> => ({
  STEP_TYPE: type,
  STEP_CONFIG: config,
});
const IMAGE = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost';

describe('reviewDiff', () => {
  it('paths are relative to STEP_CONFIG; STEP_TYPE keeps its name', () => {
    expect(relativePath('STEP_CONFIG.a.b')).toBe('a.b');
    expect(relativePath('STEP_CONFIG["x y"]')).toBe('["x y"]');
    expect(relativePath('STEP_TYPE')).toBe('STEP_TYPE');
    const r = reviewDiff(diffDocuments(doc({ S: step({ a: 1 }, 'X') }), doc({ S: step({ a: 2 }, 'Y') })));
    expect(r.steps[0]!.all.map((c) => c.path)).toEqual(['STEP_TYPE', 'a']);
  });

  it('groups a change made identically in several steps, keeping each step’s own changes', () => {
    const before = doc({
      A: step({ c: 'MEDIUM', p: 'a' }),
      B: step({ c: 'MEDIUM', p: 'b' }),
      C: step({ c: 'SMALL' }),
    });
    const after = doc({
      A: step({ c: 'LARGE', p: 'a2' }),
      B: step({ c: 'LARGE', p: 'b' }),
      C: step({ c: 'LARGE' }),
    });
    const r = reviewDiff(diffDocuments(before, after));
    expect(r.shared).toEqual([
      { steps: ['A', 'B'], changes: [expect.objectContaining({ path: 'c', old: 'MEDIUM', new: 'LARGE' })] },
    ]);
    expect(r.steps.map((s) => [s.step, s.changes.map((c) => c.path)])).toEqual([
      ['A', ['p']],
      ['B', []],
      ['C', ['c']],
    ]);
  });

  it('exact numbers: 1.0 → 1 is a change, shown as the document prints them', () => {
    const r = reviewDiff(
      diffDocuments(doc({ S: step({ n: numberFromLiteral('1.0') }) }), doc({ S: step({ n: 1 }) })),
    );
    expect(changeLines(r.steps[0]!.all[0]!)).toEqual(['- n: 1.0', '+ n: 1']);
  });
});

describe('changeLines', () => {
  it('scalars as `- path: old` / `+ path: new`; strings plain unless they could be read as another value', () => {
    const r = reviewDiff(
      diffDocuments(
        doc({ S: step({ a: 'x', b: '1', c: true, d: ' pad' }) }),
        doc({ S: step({ a: 'y', b: 1, c: 'true', d: 'pad' }) }),
      ),
    );
    expect(r.steps[0]!.all.flatMap((c) => changeLines(c))).toEqual([
      '- a: x',
      '+ a: y',
      '- b: "1"',
      '+ b: 1',
      '- c: true',
      '+ c: "true"',
      '- d: " pad"',
      '+ d: pad',
    ]);
  });

  it('a multi-line text: git-style hunks with two lines of context', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i}`);
    const changed = [...lines];
    changed[10] = 'line ten';
    const [c] = reviewDiff(
      diffDocuments(
        doc({ S: step({ sql: lines.join('\n') }) }),
        doc({ S: step({ sql: changed.join('\n') }) }),
      ),
    ).steps[0]!.all;
    expect(changeLines(c!)).toEqual([
      '@@ -9,5 +9,5 @@ sql',
      '  line 8',
      '  line 9',
      '- line 10',
      '+ line ten',
      '  line 11',
      '  line 12',
    ]);
    expect(changeLines(c!, { brief: true })).toEqual(['! sql: 2 lines changed (+1 −1)']);
    expect(changeLines(c!, { maxLines: 3 })).toEqual(['@@ -9,5 +9,5 @@ sql', '  line 8', '  … 5 more lines']);
  });

  it('a text that starts and ends with a line break: no blank context line at either end of a hunk', () => {
    // As cursus writes SQL: a line break first, one at the end, the last line indented.
    const sql = (where: string): string => `\n  SELECT a\n  FROM t\n  ${where}\n        `;
    const [c] = reviewDiff(
      diffDocuments(doc({ S: step({ sql: sql('WHERE x') }) }), doc({ S: step({ sql: sql('WHERE y') }) })),
    ).steps[0]!.all;
    expect(changeLines(c!)).toEqual([
      '@@ -2,3 +2,3 @@ sql',
      '    SELECT a',
      '    FROM t',
      '-   WHERE x',
      '+   WHERE y',
    ]);
    // A blank line between two changes is kept: it is inside the hunk.
    const [d] = reviewDiff(
      diffDocuments(doc({ S: step({ sql: 'a\n\nb\n' }) }), doc({ S: step({ sql: 'A\n\nB\n' }) })),
    ).steps[0]!.all;
    expect(changeLines(d!)).toEqual(['@@ -1,3 +1,3 @@ sql', '- a', '+ A', '  ', '- b', '+ B']);
  });

  it('a long one-line value (JSON in a string): only the changed part with a few tokens around it', () => {
    const json = (v: number): string =>
      JSON.stringify(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`key${i}`, i === 20 ? v : i])));
    const [c] = reviewDiff(
      diffDocuments(doc({ S: step({ args: json(20) }) }), doc({ S: step({ args: json(99) }) })),
    ).steps[0]!.all;
    const out = changeLines(c!);
    expect(out[0]).toBe('@@ args (one line) @@');
    const side = (sign: string): string =>
      out
        .filter((l) => l.startsWith(sign))
        .map((l) => l.slice(2))
        .join('');
    expect(side('- ')).toMatch(/^….*"key20":20,.*…$/);
    expect(side('+ ')).toMatch(/^….*"key20":99,.*…$/);
    expect(out.join('\n')).not.toContain('"key0"');
    for (const l of out) expect(l.length).toBeLessThanOrEqual(102);
  });

  it('wrap splits at spaces, or anywhere for a word longer than the line, and marks the continuations', () => {
    expect(wrap('aaa bbb ccc', 8)).toEqual(['aaa bbb ', '↪ ccc']);
    expect(wrap('x'.repeat(10), 4)).toEqual(['xxxx', '↪ xxxx', '↪ xx']);
    // Never a piece of indentation only.
    expect(wrap(`    ${'y'.repeat(10)}`, 8)).toEqual(['    yyyy', '↪ yyyyyy']);
  });
});

describe('notableChanges', () => {
  it('reads a framework version downgrade from the image tag, and names the image change', () => {
    expect(tagVersion(`${IMAGE}:1.7-1`)).toEqual({ repo: IMAGE, version: [1, 7, 1], text: '1.7-1' });
    expect(tagVersion('x/pytorch-inference:2.1.0-cpu-py310')?.version).toEqual([2, 1, 0]);
    const n = notableChanges(
      reviewDiff(
        diffDocuments(
          doc({ R: step({ source_model_inference_image_arn: `${IMAGE}:1.7-1` }) }),
          doc({ R: step({ source_model_inference_image_arn: `${IMAGE}:1.5-1` }) }),
        ),
      ),
    );
    expect(n.map((x) => [x.kind, x.old, x.new])).toEqual([
      ['framework-downgrade', '1.7-1', '1.5-1'],
      ['image', `${IMAGE}:1.7-1`, `${IMAGE}:1.5-1`],
    ]);
    // An upgrade is an image change, not a downgrade.
    const up = notableChanges(
      reviewDiff(
        diffDocuments(
          doc({ R: step({ source_model_inference_image_arn: `${IMAGE}:1.5-1` }) }),
          doc({ R: step({ source_model_inference_image_arn: `${IMAGE}:1.7-1` }) }),
        ),
      ),
    );
    expect(up.map((x) => x.kind)).toEqual(['image']);
  });

  it('a STEP_TYPE list that changes an element is a STEP_TYPE change, with the elements from → to', () => {
    const type = (last: string): string[] => ['PROCESSING_STEP', last];
    const n = notableChanges(
      reviewDiff(
        diffDocuments(
          doc({ R: step({}, type('MimsModelRegistrationProcessingStep')), S: step({}, ['A']) }),
          doc({ R: step({}, type('SomethingElse')), S: step({}, ['A', 'B']) }),
        ),
      ),
    );
    expect(n.map((x) => [x.kind, x.steps, x.old, x.new])).toEqual([
      ['step-type', ['R'], 'MimsModelRegistrationProcessingStep', 'SomethingElse'],
      ['step-type', ['S'], undefined, 'B'],
    ]);
  });

  it('a value that becomes a list or an object is shown from → to, as short JSON', () => {
    const n = notableChanges(
      reviewDiff(
        diffDocuments(
          doc({ R: step({ model_domain: 'AtoZ', model_objective: { a: 'x'.repeat(100) } }) }),
          doc({ R: step({ model_domain: ['x'], model_objective: 'Fraud' }) }),
        ),
      ),
    );
    expect(n.map((x) => [x.kind, x.path, x.old, x.new])).toEqual([
      ['objective', 'model_domain', 'AtoZ', '["x"]'],
      ['objective', 'model_objective', `{"a":"${'x'.repeat(52)}"…`, 'Fraud'],
    ]);
  });

  it('data sources added and removed, an output path, a region, model variables, a removed step', () => {
    const cradle = (sources: string[], path: string): Record<string, unknown> =>
      step({
        dataSources: { dataSources: sources.map((s) => ({ dataSourceName: s, dataSourceType: 'MDS' })) },
        outputSpecification: { outputPath: path },
      });
    const before = doc({
      C: cradle(['RAW', 'TAGS'], 's3://b/one'),
      R: step({
        model_registration_region: 'NA',
        source_model_inference_input_variable_list: [
          ['a', 'N'],
          ['b', 'N'],
        ],
      }),
      Gone: step({}),
    });
    const after = doc({
      C: cradle(['RAW', 'EXTRA'], 's3://b/two'),
      R: step({
        model_registration_region: 'EU',
        source_model_inference_input_variable_list: [
          ['a', 'N'],
          ['c', 'N'],
        ],
      }),
    });
    const n = notableChanges(reviewDiff(diffDocuments(before, after)));
    expect(n.map((x) => [x.kind, x.steps, x.detail ?? x.new])).toEqual([
      ['step-removed', ['Gone'], undefined],
      ['region', ['R'], 'EU'],
      ['data-source-removed', ['C'], 'TAGS'],
      ['data-source-added', ['C'], 'EXTRA'],
      ['output', ['C'], 's3://b/two'],
      ['model-variables', ['R'], '1 added, 1 removed'],
    ]);
  });

  it('the same finding in several steps is one entry naming them all', () => {
    const s = (p: string): Record<string, unknown> => step({ outputSpecification: { outputPath: p } });
    const n = notableChanges(
      reviewDiff(diffDocuments(doc({ A: s('x'), B: s('x') }), doc({ A: s('y'), B: s('y') }))),
    );
    expect(n).toEqual([expect.objectContaining({ kind: 'output', steps: ['A', 'B'], old: 'x', new: 'y' })]);
  });
});
