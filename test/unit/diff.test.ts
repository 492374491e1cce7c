import { describe, it, expect } from 'vitest';
import {
  changedSteps,
  diffDocuments,
  diffToJson,
  renderDiffJson,
  renderDiffMarkdown,
  renderDiffText,
  summaryLine,
  type Change,
  type DocumentDiff,
} from '../../src/core/diff/index.js';
import { commonSubsequence } from '../../src/core/diff/align.js';
import { lineDiff } from '../../src/core/diff/values.js';
import { codeTexts, links, render, tags } from '../helpers/markdown.js';
import { readFixture } from '../helpers/fixtures.js';

/** Steps are navigated freely in these tests, as the JSON they are. */
type Doc = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  PIPELINE_STEP_CONFIGS: Record<string, any>;
  PIPELINE_ADDITIONAL_PARAMS: Record<string, unknown>;
};

const demo = (): Doc => JSON.parse(readFixture('corpus', 'demo', 'expected.json')) as Doc;
const IMAGE_17 = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1';
const IMAGE_15 = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.5-1';

function doc(steps: Record<string, unknown>, params: Record<string, unknown> = {}): Doc {
  return { PIPELINE_STEP_CONFIGS: steps as Doc['PIPELINE_STEP_CONFIGS'], PIPELINE_ADDITIONAL_PARAMS: params };
}

const cradle = (config: Record<string, unknown>): unknown => ({
  STEP_CONFIG: config,
  STEP_TYPE: ['WORKFLOW_INPUT', 'CradleDataLoadingStep'],
});

/** kind + path of every change of one step, the shape most assertions need. */
function changesOf(d: DocumentDiff, step: string): [string, string][] {
  return (d.steps.find((s) => s.step === step)?.changes ?? []).map((c: Change) => [c.kind, c.path]);
}

describe('diffDocuments: equal documents', () => {
  it('reports no change for the same document, and for one with keys in another order', () => {
    const a = demo();
    expect(diffDocuments(a, demo())).toEqual({
      equal: true,
      steps: [],
      other: { fields: [], summary: [], changes: [] },
    });
    const reordered = JSON.parse(
      JSON.stringify({ PIPELINE_ADDITIONAL_PARAMS: {}, PIPELINE_STEP_CONFIGS: a.PIPELINE_STEP_CONFIGS }),
    ) as unknown;
    expect(diffDocuments(a, reordered).equal).toBe(true);
  });

  it('every renderer says so', () => {
    const d = diffDocuments(demo(), demo());
    expect(renderDiffText(d)).toBe('No change to the execution document.\n');
    expect(renderDiffMarkdown(d)).toBe('No change to the execution document.\n');
    expect(JSON.parse(renderDiffJson(d))).toMatchObject({ version: 1, equal: true, steps: [] });
    expect(changedSteps(d)).toEqual([]);
  });
});

describe('diffDocuments: leaves, steps and the rest of the document', () => {
  it('a changed leaf is one change with its path, old and new value', () => {
    const a = demo();
    const b = demo();
    b.PIPELINE_STEP_CONFIGS['CradleDataLoading-Training'].STEP_CONFIG.dataSources.startDate =
      '2022-01-01T00:00:00';
    const d = diffDocuments(a, b);
    expect(d.equal).toBe(false);
    expect(d.steps).toEqual([
      {
        step: 'CradleDataLoading-Training',
        status: 'changed',
        fields: ['startDate'],
        summary: [
          { field: 'startDate', what: 'changed', old: '2025-01-01T00:00:00', new: '2022-01-01T00:00:00' },
        ],
        changes: [
          {
            kind: 'changed',
            path: 'STEP_CONFIG.dataSources.startDate',
            field: 'startDate',
            old: '2025-01-01T00:00:00',
            new: '2022-01-01T00:00:00',
          },
        ],
      },
    ]);
    expect(changedSteps(d)).toEqual(['CradleDataLoading-Training']);
  });

  it('the registration image change reads old → new in the summary', () => {
    const a = demo();
    const b = demo();
    a.PIPELINE_STEP_CONFIGS['Registration-NA'].STEP_CONFIG.source_model_inference_image_arn = IMAGE_15;
    const d = diffDocuments(a, b);
    expect(d.steps.map((s) => `${s.step}: ${summaryLine(s)}`)).toEqual([
      `Registration-NA: source_model_inference_image_arn ${IMAGE_15} → ${IMAGE_17}`,
    ]);
    expect(renderDiffText(d)).toContain(
      `~ STEP_CONFIG.source_model_inference_image_arn: "${IMAGE_15}" → "${IMAGE_17}"`,
    );
  });

  it('added and removed steps are whole-step changes; changed ones in head order, removed ones last', () => {
    const a = doc({ Old: { STEP_TYPE: 'X', STEP_CONFIG: {} }, Kept: { STEP_TYPE: 'K' } });
    const b = doc({ New: { STEP_TYPE: 'Y', STEP_CONFIG: { a: 1 } }, Kept: { STEP_TYPE: 'K2' } });
    const d = diffDocuments(a, b);
    expect(d.steps.map((s) => [s.step, s.status, summaryLine(s)])).toEqual([
      ['New', 'added', 'added'],
      ['Kept', 'changed', 'STEP_TYPE K → K2'],
      ['Old', 'removed', 'removed'],
    ]);
    expect(d.steps[0]!.changes).toEqual([
      { kind: 'added', path: '', field: '', new: { STEP_TYPE: 'Y', STEP_CONFIG: { a: 1 } } },
    ]);
    expect(d.steps[2]!.changes).toEqual([
      { kind: 'removed', path: '', field: '', old: { STEP_TYPE: 'X', STEP_CONFIG: {} } },
    ]);
    expect(changedSteps(d)).toEqual(['New', 'Kept', 'Old']);
  });

  it('PIPELINE_ADDITIONAL_PARAMS and other top-level keys are compared too, with paths from the root', () => {
    const a = doc({}, { region: 'NA', keep: 1 });
    const b = { ...doc({}, { region: 'EU', keep: 1, added: true }), EXTRA: [1] };
    const d = diffDocuments(a, b);
    expect(d.steps).toEqual([]);
    expect(d.other.changes).toEqual([
      {
        kind: 'changed',
        path: 'PIPELINE_ADDITIONAL_PARAMS.region',
        field: 'PIPELINE_ADDITIONAL_PARAMS.region',
        old: 'NA',
        new: 'EU',
      },
      {
        kind: 'added',
        path: 'PIPELINE_ADDITIONAL_PARAMS.added',
        field: 'PIPELINE_ADDITIONAL_PARAMS.added',
        new: true,
      },
      { kind: 'added', path: 'EXTRA', field: 'EXTRA', new: [1] },
    ]);
    expect(summaryLine(d.other)).toBe(
      'PIPELINE_ADDITIONAL_PARAMS.region NA → EU, PIPELINE_ADDITIONAL_PARAMS.added added, EXTRA added',
    );
    expect(renderDiffText(d)).toContain('~ (outside the steps): PIPELINE_ADDITIONAL_PARAMS.region NA → EU');
  });

  it('keys that are not identifiers are quoted; __proto__ is plain data', () => {
    const a = JSON.parse(
      '{"PIPELINE_STEP_CONFIGS":{"S":{"STEP_CONFIG":{"__proto__":{"x":1},"a b":1}}}}',
    ) as unknown;
    const b = JSON.parse(
      '{"PIPELINE_STEP_CONFIGS":{"S":{"STEP_CONFIG":{"__proto__":{"x":2},"a b":2}}}}',
    ) as unknown;
    expect(changesOf(diffDocuments(a, b), 'S')).toEqual([
      ['changed', 'STEP_CONFIG.__proto__.x'],
      ['changed', 'STEP_CONFIG["a b"]'],
    ]);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('does not modify its inputs, and the diff shares no objects with them', () => {
    const a = doc({ S: { STEP_CONFIG: { list: [{ name: 'x', v: { deep: 1 } }] } } });
    const b = doc({
      S: {
        STEP_CONFIG: {
          list: [
            { name: 'x', v: { deep: 2 } },
            { name: 'y', v: {} },
          ],
        },
      },
    });
    const before = JSON.stringify([a, b]);
    const d = diffDocuments(a, b);
    expect(JSON.stringify([a, b])).toBe(before);
    const added = d.steps[0]!.changes.find((c) => c.kind === 'added')!;
    (added.new as { v: { z?: number } }).v.z = 1;
    expect(JSON.stringify(b)).toBe(before.slice(before.indexOf(',{"PIPELINE') + 1, -1));
  });

  it('never throws on inputs that are not documents: they are compared as JSON', () => {
    expect(diffDocuments(1, 2).other.changes).toEqual([
      { kind: 'changed', path: '', field: '', old: 1, new: 2 },
    ]);
    const d = diffDocuments({ PIPELINE_STEP_CONFIGS: [] }, doc({}));
    expect(d.other.changes.map((c) => [c.kind, c.path])).toEqual([
      ['changed', 'PIPELINE_STEP_CONFIGS'],
      ['added', 'PIPELINE_ADDITIONAL_PARAMS'],
    ]);
  });
});

describe('diffDocuments: lists are compared by identity, not position', () => {
  const schema = (...names: string[]): { fieldName: string; fieldType: string }[] =>
    names.map((fieldName) => ({ fieldName, fieldType: 'STRING' }));

  it('a field inserted into an outputSchema of records is one change', () => {
    const a = demo();
    const b = demo();
    const list = b.PIPELINE_STEP_CONFIGS['CradleDataLoading-Training'].STEP_CONFIG.dataSources.dataSources[0]
      .mdsDataSourceProperties.outputSchema as unknown[];
    list.splice(2, 0, { fieldName: 'newField', fieldType: 'STRING' });
    const d = diffDocuments(a, b);
    expect(changesOf(d, 'CradleDataLoading-Training')).toEqual([
      [
        'added',
        'STEP_CONFIG.dataSources.dataSources[dataSourceName="RAW_MDS_NA"].mdsDataSourceProperties.outputSchema[fieldName="newField"]',
      ],
    ]);
    expect(summaryLine(d.steps[0]!)).toBe('outputSchema (1 added)');
  });

  it('a field inserted into a list of strings is one change; a replaced one is added + removed', () => {
    const a = doc({ C: cradle({ outputSpecification: { outputSchema: ['a', 'b', 'x', 'y'] } }) });
    const b = doc({ C: cradle({ outputSpecification: { outputSchema: ['a', 'c', 'x', 'NEW', 'y'] } }) });
    const d = diffDocuments(a, b);
    expect(d.steps[0]!.changes).toEqual([
      {
        kind: 'removed',
        path: 'STEP_CONFIG.outputSpecification.outputSchema[="b"]',
        field: 'outputSchema',
        old: 'b',
      },
      {
        kind: 'added',
        path: 'STEP_CONFIG.outputSpecification.outputSchema[="c"]',
        field: 'outputSchema',
        new: 'c',
      },
      {
        kind: 'added',
        path: 'STEP_CONFIG.outputSpecification.outputSchema[="NEW"]',
        field: 'outputSchema',
        new: 'NEW',
      },
    ]);
    expect(summaryLine(d.steps[0]!)).toBe('outputSchema (2 added, 1 removed)');
  });

  it('a reordered list of records is a move, not a cascade of changed fields', () => {
    const names = Array.from({ length: 20 }, (_, i) => `f${i}`);
    const a = doc({ C: cradle({ outputSchema: schema(...names) }) });
    const moved = [...names.slice(1, 15), names[0]!, ...names.slice(15)];
    const d = diffDocuments(a, doc({ C: cradle({ outputSchema: schema(...moved) }) }));
    expect(d.steps[0]!.changes).toEqual([
      {
        kind: 'moved',
        path: 'STEP_CONFIG.outputSchema[fieldName="f0"]',
        field: 'outputSchema',
        from: 0,
        to: 14,
      },
    ]);
    // A swap is one move too; a full reversal stays a list of moves.
    const swapped = [names[1]!, names[0]!, ...names.slice(2)];
    expect(
      diffDocuments(a, doc({ C: cradle({ outputSchema: schema(...swapped) }) })).steps[0]!.changes,
    ).toHaveLength(1);
    const reversed = diffDocuments(a, doc({ C: cradle({ outputSchema: schema(...[...names].reverse()) }) }));
    expect(new Set(reversed.steps[0]!.changes.map((c) => c.kind))).toEqual(new Set(['moved']));
  });

  it('a moved record whose content also changed shows the move and the changed leaf', () => {
    const a = doc({ C: cradle({ outputSchema: schema('a', 'b', 'c') }) });
    const head = schema('b', 'c', 'a');
    head[2]!.fieldType = 'NUMERIC';
    expect(changesOf(diffDocuments(a, doc({ C: cradle({ outputSchema: head }) })), 'C')).toEqual([
      ['moved', 'STEP_CONFIG.outputSchema[fieldName="a"]'],
      ['changed', 'STEP_CONFIG.outputSchema[fieldName="a"].fieldType'],
    ]);
  });

  it('data sources are matched by dataSourceName', () => {
    const a = demo();
    const b = demo();
    const sources = b.PIPELINE_STEP_CONFIGS['CradleDataLoading-Training'].STEP_CONFIG.dataSources
      .dataSources as Record<string, unknown>[];
    sources.reverse();
    (sources[0]!['edxDataSourceProperties'] as Record<string, unknown>)['edxArn'] = 'arn:other';
    expect(changesOf(diffDocuments(a, b), 'CradleDataLoading-Training')).toEqual([
      [
        'changed',
        'STEP_CONFIG.dataSources.dataSources[dataSourceName="TAGS"].edxDataSourceProperties.edxArn',
      ],
      // Of two swapped elements, one is reported as moved.
      ['moved', 'STEP_CONFIG.dataSources.dataSources[dataSourceName="RAW_MDS_NA"]'],
    ]);
  });

  it('[name, type] pairs are matched by name: a type change is one change, an insertion one addition', () => {
    const a = demo();
    const b = demo();
    const vars = b.PIPELINE_STEP_CONFIGS['Registration-NA'].STEP_CONFIG
      .source_model_inference_input_variable_list as [string, string][];
    const name = vars[3]![0];
    vars[3]![1] = 'TEXT';
    vars.unshift(['brand_new', 'NUMERIC']);
    const d = diffDocuments(a, b);
    const list = 'STEP_CONFIG.source_model_inference_input_variable_list';
    expect(d.steps[0]!.changes).toEqual([
      {
        kind: 'added',
        path: `${list}[0="brand_new"]`,
        field: 'source_model_inference_input_variable_list',
        new: ['brand_new', 'NUMERIC'],
      },
      {
        kind: 'changed',
        path: `${list}[0=${JSON.stringify(name)}]`,
        field: 'source_model_inference_input_variable_list',
        old: [name, 'NUMERIC'],
        new: [name, 'TEXT'],
      },
    ]);
  });

  it('lists of records without an id: an inserted element is still one change', () => {
    const a = doc({ S: { STEP_CONFIG: { rules: [{ w: 1 }, { w: 2 }, { w: 3 }] } } });
    const b = doc({ S: { STEP_CONFIG: { rules: [{ w: 0 }, { w: 1 }, { w: 2 }, { w: 3 }] } } });
    expect(changesOf(diffDocuments(a, b), 'S')).toEqual([['added', 'STEP_CONFIG.rules[0]']]);
    // Changed in place: compared by position within the gap, so the changed leaf is named.
    const c = doc({ S: { STEP_CONFIG: { rules: [{ w: 1 }, { w: 5 }, { w: 3 }] } } });
    expect(diffDocuments(a, c).steps[0]!.changes).toEqual([
      { kind: 'changed', path: 'STEP_CONFIG.rules[1].w', field: 'rules', old: 2, new: 5 },
    ]);
  });

  it('records whose id is missing or repeated fall back to content matching', () => {
    const a = doc({ S: { STEP_CONFIG: { l: [{ name: 'x' }, { name: 'x', v: 1 }] } } });
    const b = doc({ S: { STEP_CONFIG: { l: [{ name: 'x' }, { name: 'x', v: 2 }] } } });
    expect(changesOf(diffDocuments(a, b), 'S')).toEqual([['changed', 'STEP_CONFIG.l[1].v']]);
  });

  it('STEP_TYPE lists are compared by value', () => {
    const a = doc({ S: { STEP_TYPE: ['PROCESSING_STEP', 'A'] } });
    const b = doc({ S: { STEP_TYPE: ['PROCESSING_STEP', 'B'] } });
    expect(summaryLine(diffDocuments(a, b).steps[0]!)).toBe('STEP_TYPE (1 added, 1 removed)');
  });

  it('fields of one step that share a name are told apart by their parent key', () => {
    const a = doc({
      C: cradle({ ds: { outputSchema: schema('a') }, outputSpecification: { outputSchema: ['a'] } }),
    });
    const b = doc({
      C: cradle({
        ds: { outputSchema: schema('a', 'b') },
        outputSpecification: { outputSchema: ['a', 'b'] },
      }),
    });
    const d = diffDocuments(a, b);
    expect(d.steps[0]!.fields).toEqual(['ds.outputSchema', 'outputSpecification.outputSchema']);
  });

  it('large reordered lists stay fast (greedy alignment past the table limit)', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `f${i}`);
    const shuffled = [...names.slice(2500), ...names.slice(0, 2500)];
    const t0 = performance.now();
    const d = diffDocuments(
      doc({ C: cradle({ outputSchema: schema(...names) }) }),
      doc({ C: cradle({ outputSchema: schema(...shuffled) }) }),
    );
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(d.steps[0]!.changes.every((c) => c.kind === 'moved')).toBe(true);
    expect(d.steps[0]!.changes).toHaveLength(2500);
  });
});

describe('commonSubsequence and lineDiff', () => {
  it('finds a longest common subsequence', () => {
    expect(commonSubsequence(['a', 'b', 'c', 'd'], ['b', 'x', 'c', 'd', 'a'])).toEqual([
      [1, 0],
      [2, 2],
      [3, 3],
    ]);
    expect(commonSubsequence([], ['a'])).toEqual([]);
  });

  it('shows changed lines with context and skips the rest', () => {
    const old = ['select', 'a,', 'b,', 'c,', 'd,', 'e', 'from t'].join('\n');
    const neu = ['select', 'a,', 'b,', 'c,', 'd,', 'e', 'from t', 'where x = 1'].join('\n');
    expect(lineDiff(old, neu)).toEqual([
      { op: '…', text: '' },
      { op: ' ', text: 'e' },
      { op: ' ', text: 'from t' },
      { op: '+', text: 'where x = 1' },
    ]);
  });
});

describe('renderDiffText', () => {
  it('the demo with a changed transformSQL and image: a summary and a line diff for the SQL', () => {
    const a = demo();
    const b = demo();
    const cfg = b.PIPELINE_STEP_CONFIGS['CradleDataLoading-Training'].STEP_CONFIG;
    cfg.transformSpecification.transformSQL = (cfg.transformSpecification.transformSQL as string).replace(
      'WHERE row_num = 1',
      'WHERE row_num = 2',
    );
    b.PIPELINE_STEP_CONFIGS['Registration-NA'].STEP_CONFIG.source_model_inference_image_arn = IMAGE_15;
    const text = renderDiffText(diffDocuments(a, b));
    expect(text).toContain('Execution document: 2 steps changed.');
    expect(text).toContain('~ CradleDataLoading-Training: transformSQL changed\n');
    expect(text).toContain(`~ Registration-NA: source_model_inference_image_arn ${IMAGE_17} → ${IMAGE_15}\n`);
    expect(text).toContain('      - WHERE row_num = 1\n      + WHERE row_num = 2\n');
    expect(text.split('\n').filter((l) => /^ {2}[~+\->] /.test(l))).toHaveLength(2);
  });

  it('escapes control characters so a value cannot drive the terminal', () => {
    const d = diffDocuments(
      doc({ 'S\u001b[2J': { STEP_CONFIG: { a: 'x' } } }),
      doc({ 'S\u001b[2J': { STEP_CONFIG: { a: 'y\u009b' } } }),
    );
    const text = renderDiffText(d);
    expect(text.includes('\u001b') || text.includes('\u009b')).toBe(false);
    expect(text).toContain('S\\u{1b}[2J');
  });
});

describe('renderDiffJson', () => {
  it('is a DiffJson: version, counts, per-step line, stable key order', () => {
    const a = doc({ Gone: {}, S: { STEP_CONFIG: { a: 1 } } }, { p: 1 });
    const b = doc({ S: { STEP_CONFIG: { a: 2 } }, New: {} }, { p: 2 });
    const json = JSON.parse(renderDiffJson(diffDocuments(a, b))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['version', 'equal', 'counts', 'steps', 'other']);
    expect(json).toEqual(diffToJson(diffDocuments(a, b)));
    expect(json['counts']).toEqual({ added: 1, removed: 1, changed: 1, other: 1 });
    const steps = json['steps'] as Record<string, unknown>[];
    expect(steps.map((s) => Object.keys(s))).toEqual(
      Array(3).fill(['step', 'status', 'line', 'fields', 'summary', 'changes']),
    );
    expect(steps[0]).toMatchObject({ step: 'S', status: 'changed', line: 'a 1 → 2' });
    expect(json['other']).toMatchObject({ line: 'PIPELINE_ADDITIONAL_PARAMS.p 1 → 2' });
  });
});

describe('renderDiffMarkdown', () => {
  const HOSTILE = '<img src=x onerror=alert(1)>';

  function hostileDiff(): DocumentDiff {
    const a = doc({
      [HOSTILE]: {
        STEP_CONFIG: { owner: '@org/team', note: 'a | pipe', code: '`x`', link: '[a](http://evil)' },
      },
    });
    const b = doc({
      [HOSTILE]: {
        STEP_CONFIG: {
          owner: '@someone',
          note: 'b | pipe *bold* _it_',
          code: '```\nbreak out\n```',
          link: '[b](http://evil)',
        },
      },
    });
    return diffDocuments(a, b);
  }

  it('lets no HTML, mention, link or formatting through: names and values are code', () => {
    const html = render(renderDiffMarkdown(hostileDiff()));
    expect([...tags(html)].sort()).toEqual(['code', 'p', 'pre', 'strong']);
    expect(links(html)).toEqual([]);
    // The step name and every value are shown exactly, inside code.
    const code = codeTexts(html);
    expect(code).toContain(HOSTILE);
    const block = code.find((c) => c.includes('- owner'))!;
    expect(block).toContain('- owner: @org/team\n+ owner: @someone\n');
    expect(block).toContain('+ note: b | pipe *bold* _it_\n');
    // A string that could be read as a list is quoted.
    expect(block).toContain('+ link: "[b](http://evil)"\n');
  });

  it('backticks in a value cannot close the diff fence', () => {
    const md = renderDiffMarkdown(hostileDiff());
    expect(md).toContain('````diff\n');
    const html = render(md);
    expect(html.match(/<pre>/g)).toHaveLength(1);
    expect(codeTexts(html).join('\n')).toContain('+ ```\n+ break out\n+ ```');
  });

  it('a long text change shows only its changed lines with context, never both copies', () => {
    const a = demo();
    const b = demo();
    const cfg = b.PIPELINE_STEP_CONFIGS['CradleDataLoading-Training'].STEP_CONFIG;
    const sql = cfg.transformSpecification.transformSQL as string;
    cfg.transformSpecification.transformSQL = sql.replace('WHERE row_num = 1', 'WHERE row_num = 2');
    const md = renderDiffMarkdown(diffDocuments(a, b));
    expect(md).toMatch(/@@ -\d+,\d+ \+\d+,\d+ @@ transformSpecification\.transformSQL\n/);
    expect(md).toContain('- WHERE row_num = 1\n+ WHERE row_num = 2\n');
    expect(md.length).toBeLessThan(1000);
    expect(md).not.toContain('SELECT\n');
  });

  it('limits the changes per step and says how many more there are', () => {
    const names = Array.from({ length: 30 }, (_, i) => `n${i}`);
    const d = diffDocuments(
      doc({ S: { STEP_CONFIG: { l: [] } } }),
      doc({ S: { STEP_CONFIG: { l: names } } }),
    );
    const md = renderDiffMarkdown(d, { maxChangesPerStep: 10 });
    expect(md.split('\n').filter((l) => l.startsWith('+ l['))).toHaveLength(10);
    expect(md).toContain('… 20 more changes');
  });

  it('identical changes of several steps are shown once, naming the steps', () => {
    const steps = (cluster: string): Record<string, unknown> =>
      Object.fromEntries(
        ['A', 'B', 'C'].map((s) => [
          s,
          { STEP_CONFIG: { cradleJobSpecification: { clusterType: cluster } } },
        ]),
      );
    const md = renderDiffMarkdown(diffDocuments(doc(steps('MEDIUM')), doc(steps('LARGE'))));
    expect(md).toContain('**3 steps**, the same change in each: `A`, `B`, `C`');
    expect(md.match(/clusterType: LARGE/g)).toHaveLength(1);
  });
});
