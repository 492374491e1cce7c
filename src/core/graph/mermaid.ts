import type { Report, StepReport } from '../report/report.js';
import type { DagDiff } from './dag-diff.js';

export type NodeOutcome = 'filled' | 'changed' | 'added' | 'removed' | 'unchanged' | 'error';

export interface MermaidOptions {
  /** Execution-document steps this change touches (e.g. `changedSteps(diff)`); matched through each node's step. */
  changedSteps?: readonly string[];
  /** What the change does to the DAG: added nodes are marked, removed nodes and edges drawn dashed. */
  dag?: DagDiff;
  /**
   * Above this many nodes, draw only the nodes that need a look (error, changed, added, removed) and their
   * neighbours (see {@link FOCUS_MAX_NODES}); the picture says how many it shows.
   */
  focusAbove?: number;
}

/** DAGs with more nodes than this are folded into a `<details>` block by {@link renderMermaidBlock}. */
export const FOLD_ABOVE_NODES = 30;
/** The most nodes a focused picture draws (the nodes that need a look first, then their neighbours). */
export const FOCUS_MAX_NODES = 40;

/** Longest label kept, in code points: a label is for reading, and Mermaid limits the diagram's total size. */
const MAX_LABEL = 120;

/** Fill, border and text colours readable on GitHub's light and dark themes. */
const CLASS_DEFS: Record<NodeOutcome, string> = {
  error: 'fill:#ffebe9,stroke:#cf222e,stroke-width:2px,color:#82071e',
  changed: 'fill:#fff8c5,stroke:#bf8700,stroke-width:2px,color:#4d2d00',
  added: 'fill:#ddf4ff,stroke:#0969da,stroke-width:2px,color:#0a3069',
  removed: 'fill:#f6f8fa,stroke:#6e7781,stroke-width:2px,stroke-dasharray:5 3,color:#57606a',
  filled: 'fill:#dafbe1,stroke:#1a7f37,color:#044f1e',
  unchanged: 'fill:#f6f8fa,stroke:#8c959f,color:#24292f',
};

/** The legend of the colours: a swatch and what it means, in the order they are listed. */
export const LEGEND: readonly { outcome: NodeOutcome; swatch: string; meaning: string }[] = [
  { outcome: 'error', swatch: '🟥', meaning: 'error' },
  { outcome: 'changed', swatch: '🟨', meaning: 'payload changes' },
  { outcome: 'added', swatch: '🟦', meaning: 'node added' },
  { outcome: 'removed', swatch: '⬛', meaning: 'removed (dashed)' },
  { outcome: 'filled', swatch: '🟩', meaning: 'payload filled, unchanged' },
  { outcome: 'unchanged', swatch: '⬜', meaning: 'no payload' },
];

const NAMED: Record<string, string> = { '"': 'quot', '<': 'lt', '>': 'gt', '&': 'amp' };

/**
 * A node name as the text of a Mermaid `["..."]` label. Everything but letters, digits and a few harmless
 * punctuation marks becomes a Mermaid entity (`#quot;`, `#lt;`, `#91;`...), which Mermaid shows as the character and
 * never reads as syntax, markdown (backticks), HTML (`<`) or another entity (`#`). Control characters become
 * spaces; long names are cut; a blank name is shown as JSON. The words `style` and `classDef` get their first
 * letter as an entity too: before parsing, Mermaid drops the last `;` of any line matching `style.*:\S*#.*;`,
 * which would break the entity that ends such a label (mermaid.core encodeEntities).
 */
export function mermaidLabel(name: string): string {
  return escapeLabel(name, (c) => /^[\p{L}\p{N} _.,:/+-]$/u.test(c));
}

/**
 * A name as text of a Mermaid markdown string (`` ["`...`"] ``), where Mermaid reads `*`, `_`, list and heading
 * marks as markdown: everything but letters, digits, single spaces between words and punctuation that cannot start
 * markdown where it stands becomes an entity, as in {@link mermaidLabel}.
 */
export function mermaidMarkdownText(name: string): string {
  const word = (x: string | undefined): boolean => x !== undefined && /^[\p{L}\p{N}]$/u.test(x);
  return escapeLabel(name, (c, i, all) => {
    if (word(c)) return true;
    // An underscore inside a word is never emphasis; a space between words is only a space.
    if (c === '_') return word(all[i - 1]) && word(all[i + 1]);
    if (c === ' ') return /\S/u.test(all[i - 1] ?? '') && /\S/u.test(all[i + 1] ?? '');
    // `1.` opens a list, `-` and `+` too, but only at the start of the line.
    if (c === '.') return all.slice(0, i).some((x) => !/^\p{N}$/u.test(x));
    return i > 0 && '-,:/+'.includes(c);
  });
}

function escapeLabel(name: string, keep: (c: string, i: number, all: readonly string[]) => boolean): string {
  const flat = name.replace(/\p{C}+/gu, ' ');
  // Mermaid rejects an empty label.
  const chars = Array.from(flat.trim() === '' ? `(name: ${JSON.stringify(name)})` : flat);
  const text = chars.length > MAX_LABEL ? [...chars.slice(0, MAX_LABEL - 1), '…'] : chars;
  return text
    .map((c, i) => {
      if (keep(c, i, text) || c === '…') return c;
      const named = NAMED[c];
      return named ? `#${named};` : `#${c.codePointAt(0)};`;
    })
    .join('')
    .replace(/style|classDef/g, (w) => `#${w.charCodeAt(0)};${w.slice(1)}`);
}

/**
 * The label of a DAG node (the text between the brackets of `n0[...]`): its execution step's name when it has a
 * step of another name, on a line of its own with the node name in italics below (a Mermaid markdown string, whose
 * line break Mermaid draws); else the node name.
 */
export function nodeLabel(name: string, step?: string): string {
  if (step === undefined || step === name) return `"${mermaidLabel(name)}"`;
  return `"\`${mermaidMarkdownText(step)}\n*${mermaidMarkdownText(name)}*\`"`;
}

/** Each DAG node's execution step: the one the report gives the node, else the first step that names the node. */
function nodeSteps(report: Report): Map<string, string> {
  const steps = new Map<string, string>();
  for (const s of report.steps) if (s.node !== undefined && !steps.has(s.node)) steps.set(s.node, s.step);
  for (const n of report.nodes) if (n.step !== undefined) steps.set(n.name, n.step);
  return steps;
}

/**
 * How each DAG node came out: `error` when its step was skipped, is not in the template, or a problem (error
 * severity) concerns it, else `added` when the DAG diff adds it, else `changed` when its step is in `changedSteps`,
 * else `filled` when its step was filled, else `unchanged` (steps kept from the template, and nodes with no step of
 * their own).
 */
export function nodeOutcomes(report: Report, opts: MermaidOptions = {}): NodeOutcome[] {
  const changed = new Set(opts.changedSteps ?? []);
  const added = new Set(opts.dag?.addedNodes ?? []);
  const errorSteps = new Set(
    report.problems.filter((p) => p.severity === 'error' && p.step !== undefined).map((p) => p.step!),
  );
  // Steps by node and by name, so this stays linear in the size of the DAG.
  const byNode = new Map<string, StepReport[]>();
  const byName = new Map<string, StepReport[]>();
  for (const s of report.steps) {
    if (s.node !== undefined) byNode.set(s.node, [...(byNode.get(s.node) ?? []), s]);
    byName.set(s.step, [...(byName.get(s.step) ?? []), s]);
  }
  // Nodes an error names, and nodes whose step the template lacks (not filled, even where that is only a warning).
  const unresolved = new Set(
    report.problems
      .filter((p) => p.node !== undefined && (p.severity === 'error' || p.code === 'template/missing-step'))
      .map((p) => p.node!),
  );
  return report.nodes.map((node) => {
    const steps = [
      ...new Set([
        ...(byNode.get(node.name) ?? []),
        ...(node.step !== undefined ? (byName.get(node.step) ?? []) : []),
      ]),
    ];
    const names = new Set([...(node.step === undefined ? [] : [node.step]), ...steps.map((s) => s.step)]);
    if (
      unresolved.has(node.name) ||
      steps.some((s) => s.status === 'skipped') ||
      [...names].some((n) => errorSteps.has(n))
    )
      return 'error';
    if (added.has(node.name)) return 'added';
    if (node.step !== undefined && changed.has(node.step)) return 'changed';
    if (steps.some((s) => s.status === 'filled')) return 'filled';
    return 'unchanged';
  });
}

/** A picture of the DAG: the Mermaid source and what it shows. */
export interface MermaidPicture {
  chart: string;
  /** Nodes drawn, and nodes in the DAG (head nodes plus removed ones). */
  shown: number;
  total: number;
  /** Whether only the nodes that need a look and their neighbours are drawn. */
  focused: boolean;
  /** The outcomes of the drawn nodes (for the legend). */
  outcomes: NodeOutcome[];
}

const NEEDS_A_LOOK: ReadonlySet<NodeOutcome> = new Set(['error', 'changed', 'added', 'removed']);

/**
 * The DAG of a report as a Mermaid `flowchart TD`: nodes `n0`, `n1`... in DAG order (removed nodes `r0`...), labelled
 * with their escaped step and node names ({@link nodeLabel}), one `classDef` per outcome (see {@link nodeOutcomes})
 * and a `class` line for each outcome used, then the edges (`==>` added, `-.->` removed). Nothing from the inputs
 * reaches the diagram other than through {@link nodeLabel}. With `focusAbove` and a larger DAG, only the nodes that
 * need a look and their neighbours are drawn; undefined when none needs a look.
 */
export function mermaidPicture(report: Report, opts: MermaidOptions = {}): MermaidPicture | undefined {
  const ids = new Map<string, string>();
  const outcomeOf = new Map<string, NodeOutcome>();
  const outcomes = nodeOutcomes(report, opts);
  report.nodes.forEach((node, i) => {
    if (ids.has(node.name)) return;
    ids.set(node.name, `n${i}`);
    outcomeOf.set(node.name, outcomes[i]!);
  });
  const removed = (opts.dag?.removedNodes ?? []).filter((n) => !ids.has(n));
  removed.forEach((name, i) => {
    ids.set(name, `r${i}`);
    outcomeOf.set(name, 'removed');
  });
  const names = [...ids.keys()];
  const addedEdges = new Set((opts.dag?.addedEdges ?? []).map((e) => JSON.stringify(e)));
  const edges: { from: string; to: string; arrow: string }[] = [
    ...report.edges.map(([from, to]) => ({
      from,
      to,
      arrow: addedEdges.has(JSON.stringify([from, to])) ? '==>' : '-->',
    })),
    ...(opts.dag?.removedEdges ?? []).map(([from, to]) => ({ from, to, arrow: '-.->' })),
  ].filter((e) => ids.has(e.from) && ids.has(e.to));

  let drawn = new Set(names);
  const focused = opts.focusAbove !== undefined && names.length > opts.focusAbove;
  if (focused) {
    const look = names.filter((n) => NEEDS_A_LOOK.has(outcomeOf.get(n)!));
    if (look.length === 0) return undefined;
    const lookSet = new Set(look.slice(0, FOCUS_MAX_NODES));
    const neighbours = new Set<string>();
    for (const e of edges) {
      if (lookSet.has(e.from) && !lookSet.has(e.to)) neighbours.add(e.to);
      if (lookSet.has(e.to) && !lookSet.has(e.from)) neighbours.add(e.from);
    }
    drawn =
      lookSet.size + neighbours.size <= FOCUS_MAX_NODES ? new Set([...lookSet, ...neighbours]) : lookSet;
  }

  const lines = ['flowchart TD'];
  const steps = nodeSteps(report);
  for (const name of names)
    if (drawn.has(name)) lines.push(`  ${ids.get(name)}[${nodeLabel(name, steps.get(name))}]`);
  for (const e of edges)
    if (drawn.has(e.from) && drawn.has(e.to)) lines.push(`  ${ids.get(e.from)} ${e.arrow} ${ids.get(e.to)}`);
  const members = new Map<NodeOutcome, string[]>();
  for (const name of names) {
    if (!drawn.has(name)) continue;
    const outcome = outcomeOf.get(name)!;
    members.set(outcome, [...(members.get(outcome) ?? []), ids.get(name)!]);
  }
  for (const outcome of Object.keys(CLASS_DEFS) as NodeOutcome[]) {
    lines.push(`  classDef ${outcome} ${CLASS_DEFS[outcome]}`);
  }
  for (const outcome of Object.keys(CLASS_DEFS) as NodeOutcome[]) {
    const list = members.get(outcome);
    if (list) lines.push(`  class ${list.join(',')} ${outcome}`);
  }
  return {
    chart: `${lines.join('\n')}\n`,
    shown: drawn.size,
    total: names.length,
    focused,
    outcomes: LEGEND.map((l) => l.outcome).filter((o) => members.has(o)),
  };
}

/** The whole DAG as a Mermaid `flowchart TD` (see {@link mermaidPicture}; `focusAbove` is ignored). */
export function renderMermaid(report: Report, opts: MermaidOptions = {}): string {
  return mermaidPicture(report, { ...opts, focusAbove: undefined })!.chart;
}

/**
 * {@link renderMermaid} as a ```` ```mermaid ```` block for GitHub markdown, folded into
 * `<details><summary>Pipeline DAG (N nodes)</summary>` when the DAG has more than 30 nodes.
 */
export function renderMermaidBlock(report: Report, opts: MermaidOptions = {}): string {
  const block = `\`\`\`mermaid\n${renderMermaid(report, opts)}\`\`\`\n`;
  const n = report.nodes.length;
  if (n <= FOLD_ABOVE_NODES) return block;
  return `<details><summary>Pipeline DAG (${n} nodes)</summary>\n\n${block}\n</details>\n`;
}
