/**
 * The charts renderMermaid writes, checked by the real Mermaid parser (the one GitHub's renderer runs).
 *
 * Mermaid parses without a DOM, but its label sanitizer calls DOMPurify, which in Node (no `window`) is a stub
 * without `sanitize`/`addHook`. Rather than pull in a DOM implementation, this file gives Mermaid's own copy of
 * DOMPurify a pass-through `sanitize` that records what it is handed: parsing is then exactly Mermaid's, and the
 * test can also check that no label would have reached the sanitizer with HTML in it. Vitest isolates test
 * files, so the patch stays in this one.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import DOMPurify from 'dompurify';
import type { Mermaid } from 'mermaid';
import { generate, type Report } from '../../src/core/index.js';
import { diffDag, mermaidPicture, renderMermaid, renderMermaidBlock } from '../../src/core/graph/index.js';
import { corpusCase } from '../helpers/fixtures.js';

const sanitized: string[] = [];
let mermaid: Mermaid;

beforeAll(async () => {
  Object.assign(DOMPurify, {
    addHook: () => undefined,
    sanitize: (s: string) => {
      sanitized.push(s);
      return s;
    },
  });
  mermaid = (await import('mermaid')).default;
});

/** What the flowchart parser built: vertices with their classes and label text, and the edges. */
interface FlowDb {
  getVertices(): Map<string, { id: string; text?: string; labelType?: string; classes: string[] }>;
  getEdges(): { start: string; end: string }[];
}

async function parsed(chart: string): Promise<FlowDb> {
  expect(await mermaid.parse(chart)).toMatchObject({ diagramType: 'flowchart-v2' });
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(chart);
  return diagram.db as unknown as FlowDb;
}

/** Mermaid's placeholders → HTML entities (its decodeEntities) → characters, as the browser shows them. */
function shown(text: string): string {
  const html = text.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
  const named: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&' };
  return html.replace(/&(#\d+|\w+);/g, (m, e: string) =>
    e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (named[e] ?? m),
  );
}

function bare(names: string[], edges: [string, string][] = []): Report {
  return {
    ok: true,
    steps: [],
    problems: [],
    totalSteps: 0,
    filledSteps: 0,
    nodes: names.map((name) => ({ name })),
    edges,
  };
}

describe('Mermaid parses what renderMermaid writes', () => {
  it('the demo DAG: every node, class and edge as intended', async () => {
    const c = corpusCase('demo');
    const { report } = generate({ dag: c.dag, config: c.config, template: c.template });
    const db = await parsed(renderMermaid(report, { changedSteps: ['Registration-NA'] }));
    const vertices = [...db.getVertices().values()];
    // A node with a step of another name: the step's name, then the node's in italics (a markdown string).
    expect(vertices.map((v) => [v.id, shown(v.text ?? '')])).toEqual(
      report.nodes.map((n, i) => [
        `n${i}`,
        n.step !== undefined && n.step !== n.name ? `${n.step}\n*${n.name}*` : n.name,
      ]),
    );
    expect(vertices.find((v) => v.id === 'n0')).toMatchObject({
      text: 'CradleDataLoading-Training\n*CradleDataLoading_training*',
      labelType: 'markdown',
    });
    expect(vertices.find((v) => v.id === 'n2')).toMatchObject({
      text: 'XGBoostTraining',
      labelType: 'string',
    });
    expect(Object.fromEntries(vertices.map((v) => [v.id, v.classes]))).toMatchObject({
      n0: ['filled'],
      n5: ['changed'],
      n2: ['unchanged'],
    });
    expect(db.getEdges().map((e) => [e.start, e.end])).toHaveLength(11);
  });

  it('hostile names parse, keep their ids, and show as the exact text', async () => {
    const names = [
      'a"]; click n0 "javascript:alert(1)"',
      '<img src=x onerror=alert(1)>',
      '`**md**` #quot; &amp; %%{init: {}}%%',
      'A --> B; end; style n0 fill:#f00',
      'subgraph x',
      'Ünïcödé 名前 – ok',
      '@org/team | pipe [x](y) :::cls',
      'lifestyle:x<y; classDef c fill:#fff;',
    ];
    sanitized.length = 0;
    const db = await parsed(renderMermaid(bare(names, [[names[0]!, names[1]!]])));
    const vertices = [...db.getVertices().values()];
    expect(vertices.map((v) => v.id)).toEqual(names.map((_, i) => `n${i}`));
    expect(vertices.map((v) => shown(v.text ?? ''))).toEqual(names);
    expect(vertices.every((v) => v.classes.join() === 'unchanged')).toBe(true);
    expect(db.getEdges().map((e) => [e.start, e.end])).toEqual([['n0', 'n1']]);
    // What Mermaid hands its HTML sanitizer holds no markup at all.
    expect(sanitized.length).toBeGreaterThan(0);
    for (const s of sanitized) expect(s).not.toMatch(/[<>"`]/);
  });

  it('hostile step and node names in a two-line label parse, keep their ids, and carry no markdown or HTML', async () => {
    const names = [
      '- list item',
      '1. ordered',
      '# heading',
      '_under_ *star* **bold** `tick`',
      '<b>html</b> &amp; #quot; "q"',
      'a"]; click n0 "javascript:alert(1)"',
      '    indented code',
      'style x:#f00;',
    ];
    const r = bare(names.map((n, i) => `node_${i} ${n}`));
    r.nodes.forEach((n, i) => (n.step = names[i]!));
    sanitized.length = 0;
    const db = await parsed(renderMermaid(r));
    const vertices = [...db.getVertices().values()];
    expect(vertices.map((v) => v.id)).toEqual(names.map((_, i) => `n${i}`));
    expect(vertices.every((v) => v.labelType === 'markdown')).toBe(true);
    // Each line holds only letters, digits, spaces between words and harmless punctuation (or entities): our `*`
    // around the node name is the only markdown; what a name holds shows as the name.
    for (const [i, v] of vertices.entries()) {
      const [step, node] = (v.text ?? '').split('\n');
      expect(node).toMatch(/^\*.*\*$/);
      expect(shown(step!)).toBe(names[i]);
      expect(shown(node!.slice(1, -1))).toBe(`node_${i} ${names[i]}`);
      for (const line of [step!, node!.slice(1, -1)]) {
        expect(line).toMatch(/^[\p{L}\p{N}ﬂ]/u); // no list, heading or code mark can open the line
        expect(line).not.toMatch(/^\d+[.)]/);
        expect(line).not.toMatch(/[*`<>#&]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])| {2}/u);
      }
    }
    for (const s of sanitized) expect(s).not.toMatch(/[<>"`]/);
  });

  it('an empty DAG and a folded block of 40 nodes parse too', async () => {
    await parsed(renderMermaid(bare([])));
    const names = Array.from({ length: 40 }, (_, i) => `step_${i}`);
    const block = renderMermaidBlock(
      bare(
        names,
        names.slice(1).map((n, i) => [names[i]!, n]),
      ),
    );
    const chart = /```mermaid\n([\s\S]*)```/.exec(block)![1]!;
    expect((await parsed(chart)).getEdges()).toHaveLength(39);
  });

  it('a DAG diff: removed nodes and edges dashed, added ones thick, each node in its class', async () => {
    const head = bare(
      ['A', 'B', 'New'],
      [
        ['A', 'B'],
        ['B', 'New'],
      ],
    );
    const dag = diffDag(
      bare(
        ['A', 'B', 'Gone'],
        [
          ['A', 'B'],
          ['A', 'Gone'],
        ],
      ),
      head,
    );
    const chart = renderMermaid(head, { dag });
    expect(chart).toContain('  n1 ==> n2\n');
    expect(chart).toContain('  n0 -.-> r0\n');
    const db = await parsed(chart);
    expect(
      Object.fromEntries([...db.getVertices().values()].map((v) => [shown(v.text ?? ''), v.classes])),
    ).toEqual({
      A: ['unchanged'],
      B: ['unchanged'],
      New: ['added'],
      Gone: ['removed'],
    });
    expect(db.getEdges().map((e) => [e.start, e.end])).toEqual([
      ['n0', 'n1'],
      ['n1', 'n2'],
      ['n0', 'r0'],
    ]);
  });

  it('a focused picture of a large DAG parses and draws the nodes that need a look and their neighbours', async () => {
    const names = Array.from({ length: 60 }, (_, i) => `step_${i}`);
    const r = bare(
      names,
      names.slice(1).map((n, i) => [names[i]!, n]),
    );
    r.nodes[30]!.step = 'S30';
    const pic = mermaidPicture(r, { changedSteps: ['S30'], focusAbove: 30 })!;
    expect(pic).toMatchObject({ shown: 3, total: 60, focused: true, outcomes: ['changed', 'unchanged'] });
    const db = await parsed(pic.chart);
    expect([...db.getVertices().keys()]).toEqual(['n29', 'n30', 'n31']);
    expect(db.getEdges()).toHaveLength(2);
    // Nothing to look at: no picture.
    expect(mermaidPicture(r, { focusAbove: 30 })).toBeUndefined();
  });

  it('a broken chart is rejected, so the checks above can fail', async () => {
    await expect(mermaid.parse('flowchart TD\n  n0["a"b"]\n')).rejects.toThrow(/Parse error/);
  });
});
