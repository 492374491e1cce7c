import { describe, it, expect } from 'vitest';
import { generate, type Report } from '../../src/core/index.js';
import {
  FOLD_ABOVE_NODES,
  mermaidLabel,
  nodeOutcomes,
  renderMermaid,
  renderMermaidBlock,
} from '../../src/core/graph/index.js';
import { corpusCase, source } from '../helpers/fixtures.js';

function demoReport(edit?: (template: Record<string, Record<string, unknown>>) => void): Report {
  const c = corpusCase('demo');
  const template = JSON.parse(c.template.text) as Record<string, Record<string, unknown>>;
  edit?.(template);
  return generate({
    dag: c.dag,
    config: c.config,
    template: source('template.json', JSON.stringify(template)),
  }).report;
}

/** A report with just nodes and edges, everything else empty. */
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

/** `class a,b name` lines as {name: [ids]}. */
function classes(chart: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of chart.matchAll(/^ {2}class (\S+) (\w+)$/gm)) out[m[2]!] = m[1]!.split(',');
  return out;
}

describe('renderMermaid on the demo', () => {
  const report = demoReport();
  const chart = renderMermaid(report, { changedSteps: ['CradleDataLoading-Calibration'] });

  it('is a top-down flowchart with a generated id and a label per node, in DAG order', () => {
    expect(chart.split('\n')[0]).toBe('flowchart TD');
    // A node with a step of another name shows the step, and its own name in italics on a second line.
    const label = (n: Report['nodes'][number]): string =>
      n.step === undefined || n.step === n.name ? `"${n.name}"` : `"\`${n.step}\n*${n.name}*\`"`;
    const nodes = report.nodes.map((n, i) => `  n${i}[${label(n)}]`).join('\n');
    expect(chart).toContain(`flowchart TD\n${nodes}\n`);
    expect(nodes).toContain('  n0["`CradleDataLoading-Training\n*CradleDataLoading_training*`"]');
    expect(nodes).toContain('  n5["`Registration-NA\n*Registration*`"]');
    expect(nodes).toContain('  n2["XGBoostTraining"]');
  });

  it('draws every edge between the generated ids', () => {
    const ids = new Map(report.nodes.map((n, i) => [n.name, `n${i}`]));
    const edges = chart.split('\n').filter((l) => l.includes(' --> '));
    expect(edges).toEqual(report.edges.map(([a, b]) => `  ${ids.get(a)} --> ${ids.get(b)}`));
    expect(edges).toHaveLength(11);
  });

  it('defines the four classes and puts each node in one: filled, changed (by step), unchanged', () => {
    for (const c of ['filled', 'changed', 'unchanged', 'error'])
      expect(chart).toMatch(new RegExp(`^ {2}classDef ${c} fill:#`, 'm'));
    // n0 CradleDataLoading_training, n7 _calibration (changed), n5 Registration; the rest need no payload.
    expect(classes(chart)).toEqual({
      filled: ['n0', 'n5'],
      changed: ['n7'],
      unchanged: ['n1', 'n2', 'n3', 'n4', 'n6', 'n8', 'n9'],
    });
  });

  it('marks a node whose step is skipped (and has a problem) as error, even with changed steps', () => {
    const broken = demoReport((t) => {
      delete (t['PIPELINE_STEP_CONFIGS'] as Record<string, unknown>)['Registration-NA'];
    });
    expect(broken.ok).toBe(false);
    const out = nodeOutcomes(broken, { changedSteps: ['Registration-NA'] });
    expect(out[5]).toBe('error');
    expect(classes(renderMermaid(broken))['error']).toEqual(['n5']);
  });
});

describe('nodeOutcomes', () => {
  it('error for a node with an error problem on its step; a warning alone changes nothing', () => {
    const r = bare(['A', 'B']);
    r.nodes[0]!.step = 'A-1';
    r.nodes[1]!.step = 'B-1';
    r.steps = [
      { step: 'A-1', node: 'A', status: 'filled', highlights: {} },
      { step: 'B-1', node: 'B', status: 'filled', highlights: {} },
    ];
    r.problems = [
      { severity: 'error', code: 'config/schema', message: 'bad', file: 'config.json', step: 'A-1' },
      { severity: 'warning', code: 'config/unread', message: 'meh', file: 'config.json', step: 'B-1' },
    ];
    expect(nodeOutcomes(r)).toEqual(['error', 'filled']);
  });

  it('error for a node that resolves to no config (the problem names the node)', () => {
    const r = bare(['Registration', 'Other']);
    r.problems = [
      {
        severity: 'error',
        code: 'resolve/no-config',
        message: 'DAG node "Registration" matches no config key in config.json; its step cannot be filled',
        file: 'dag.json',
        jsonPath: '/nodes/0',
        node: 'Registration',
      },
    ];
    expect(nodeOutcomes(r)).toEqual(['error', 'unchanged']);
  });

  it('changed is matched through the node’s step, not its name', () => {
    const r = bare(['A', 'B']);
    r.nodes[0]!.step = 'Step-A';
    expect(nodeOutcomes(r, { changedSteps: ['Step-A', 'B'] })).toEqual(['changed', 'unchanged']);
  });
});

describe('hostile node names', () => {
  const NAMES = [
    'a"]; click n0 "javascript:alert(1)"',
    '<img src=x onerror=alert(1)>',
    '`**md**` #quot; &amp; %%{init: {}}%%',
    'line\nbreak\u202e',
    'end',
    '',
  ];

  it('are escaped to entities: no quote, bracket, angle bracket, backtick or raw # in any label', () => {
    const chart = renderMermaid(bare(NAMES, [[NAMES[0]!, NAMES[1]!]]));
    const labels = Array.from(chart.matchAll(/^ {2}n\d+\["(.*)"\]$/gm), (m) => m[1]!);
    expect(labels).toHaveLength(NAMES.length);
    for (const l of labels) {
      expect(l).not.toMatch(/["<>`[\]{}%\n\u202e]/);
      expect(l.replace(/#(\w+);/g, '')).not.toContain('#');
    }
    expect(labels[1]).toBe('#lt;img src#61;x onerror#61;alert#40;1#41;#gt;');
    expect(labels[4]).toBe('end');
    expect(labels[5]).toBe('#40;name: #quot;#quot;#41;');
    // Ids never come from names.
    expect(chart).toContain('  n0 --> n1');
    expect(
      chart.split('\n').filter((l) => !l.startsWith('  n') || /^ {2}n\d+(\[| --> n\d+$)/.test(l)),
    ).toHaveLength(chart.split('\n').length);
  });

  it('long names are cut', () => {
    expect(Array.from(mermaidLabel('x'.repeat(500)))).toHaveLength(120);
  });
});

describe('renderMermaidBlock', () => {
  const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `node${i}`);

  it('is a mermaid code block, not folded up to 30 nodes', () => {
    const block = renderMermaidBlock(bare(names(FOLD_ABOVE_NODES)));
    expect(block.startsWith('```mermaid\nflowchart TD\n')).toBe(true);
    expect(block.endsWith('\n```\n')).toBe(true);
    expect(block).not.toContain('<details>');
  });

  it('is folded into <details> above 30 nodes, saying how many', () => {
    const block = renderMermaidBlock(bare(names(31)));
    expect(block.startsWith('<details><summary>Pipeline DAG (31 nodes)</summary>\n\n```mermaid\n')).toBe(
      true,
    );
    expect(block.endsWith('```\n\n</details>\n')).toBe(true);
  });
});
