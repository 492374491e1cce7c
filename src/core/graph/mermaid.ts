import type { Report, StepReport } from '../report/report.js';

export type NodeOutcome = 'filled' | 'changed' | 'unchanged' | 'error';

export interface MermaidOptions {
  /** Execution-document steps this change touches (e.g. `changedSteps(diff)`); matched through each node's step. */
  changedSteps?: readonly string[];
}

/** DAGs with more nodes than this are folded into a `<details>` block by {@link renderMermaidBlock}. */
export const FOLD_ABOVE_NODES = 30;

/** Longest label kept, in code points: a label is for reading, and Mermaid limits the diagram's total size. */
const MAX_LABEL = 120;

/** Fill, border and text colours readable on GitHub's light and dark themes. */
const CLASS_DEFS: Record<NodeOutcome, string> = {
  error: 'fill:#ffebe9,stroke:#cf222e,stroke-width:2px,color:#82071e',
  changed: 'fill:#fff8c5,stroke:#bf8700,stroke-width:2px,color:#4d2d00',
  filled: 'fill:#dafbe1,stroke:#1a7f37,color:#044f1e',
  unchanged: 'fill:#f6f8fa,stroke:#8c959f,color:#24292f',
};

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
  const flat = name.replace(/\p{C}+/gu, ' ');
  // Mermaid rejects an empty label.
  const chars = Array.from(flat.trim() === '' ? `(name: ${JSON.stringify(name)})` : flat);
  const text = chars.length > MAX_LABEL ? [...chars.slice(0, MAX_LABEL - 1), '…'] : chars;
  return text
    .map((c) => {
      if (/^[\p{L}\p{N} _.,:/+-]$/u.test(c) || c === '…') return c;
      const named = NAMED[c];
      return named ? `#${named};` : `#${c.codePointAt(0)};`;
    })
    .join('')
    .replace(/style|classDef/g, (w) => `#${w.charCodeAt(0)};${w.slice(1)}`);
}

/**
 * How each DAG node came out: `error` when its step was skipped or a problem (error severity) concerns it,
 * else `changed` when its step is in `changedSteps`, else `filled` when its step was filled, else `unchanged`
 * (steps kept from the template, and nodes with no step of their own).
 */
export function nodeOutcomes(report: Report, opts: MermaidOptions = {}): NodeOutcome[] {
  const changed = new Set(opts.changedSteps ?? []);
  const errorSteps = new Set(
    report.problems.filter((p) => p.severity === 'error' && p.step !== undefined).map((p) => p.step!),
  );
  // Indexed once: a lookup per node keeps this linear in nodes + steps + problems (40k nodes took 18 s).
  const byNode = new Map<string, StepReport[]>();
  const byStep = new Map<string, StepReport[]>();
  const add = (m: Map<string, StepReport[]>, k: string, s: StepReport): void => {
    const list = m.get(k);
    if (list) list.push(s);
    else m.set(k, [s]);
  };
  for (const s of report.steps) {
    if (s.node !== undefined) add(byNode, s.node, s);
    add(byStep, s.step, s);
  }
  const unresolvedNodes = new Set(
    report.problems.filter((p) => p.severity === 'error' && p.node !== undefined).map((p) => p.node!),
  );
  return report.nodes.map((node) => {
    const steps = [
      ...new Set([
        ...(byNode.get(node.name) ?? []),
        ...(node.step === undefined ? [] : (byStep.get(node.step) ?? [])),
      ]),
    ];
    const names = new Set([...(node.step === undefined ? [] : [node.step]), ...steps.map((s) => s.step)]);
    const unresolved = unresolvedNodes.has(node.name);
    if (unresolved || steps.some((s) => s.status === 'skipped') || [...names].some((n) => errorSteps.has(n)))
      return 'error';
    if (node.step !== undefined && changed.has(node.step)) return 'changed';
    if (steps.some((s) => s.status === 'filled')) return 'filled';
    return 'unchanged';
  });
}

/**
 * The DAG of a report as a Mermaid `flowchart TD`: nodes `n0`, `n1`... in DAG order, labelled with their
 * escaped names, one `classDef` per outcome (see {@link nodeOutcomes}) and a `class` line for each outcome used,
 * then the edges. Nothing from the inputs reaches the diagram other than through {@link mermaidLabel}.
 */
export function renderMermaid(report: Report, opts: MermaidOptions = {}): string {
  const ids = new Map<string, string>();
  const lines = ['flowchart TD'];
  report.nodes.forEach((node, i) => {
    if (ids.has(node.name)) return;
    const id = `n${i}`;
    ids.set(node.name, id);
    lines.push(`  ${id}["${mermaidLabel(node.name)}"]`);
  });
  for (const [from, to] of report.edges) {
    const a = ids.get(from);
    const b = ids.get(to);
    if (a !== undefined && b !== undefined) lines.push(`  ${a} --> ${b}`);
  }
  const outcomes = nodeOutcomes(report, opts);
  const members = new Map<NodeOutcome, string[]>();
  report.nodes.forEach((node, i) => {
    const id = ids.get(node.name);
    if (id !== `n${i}`) return;
    const outcome = outcomes[i]!;
    const list = members.get(outcome);
    if (list) list.push(id);
    else members.set(outcome, [id]);
  });
  for (const outcome of Object.keys(CLASS_DEFS) as NodeOutcome[]) {
    lines.push(`  classDef ${outcome} ${CLASS_DEFS[outcome]}`);
  }
  for (const outcome of Object.keys(CLASS_DEFS) as NodeOutcome[]) {
    const list = members.get(outcome);
    if (list) lines.push(`  class ${list.join(',')} ${outcome}`);
  }
  return `${lines.join('\n')}\n`;
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
