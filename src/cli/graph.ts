import { generate, loadYaml, needsYaml, parseSource, type SourceText } from '../core/index.js';
import { loadDag } from '../core/dag/load.js';
import { locateProblem } from '../core/source.js';
import { mermaidLabel, renderMermaid } from '../core/graph/index.js';
import type { Report } from '../core/report/report.js';
import { optionalString, requireString, UsageError, type ParsedArgs } from './args.js';
import { loadYamlFor } from './documents.js';
import { readInput, type InputStream } from './inputs.js';
import { printProblems, type CliIO } from './output.js';

/** The DAG alone as a Mermaid flowchart: nodes and edges, no outcome styling (nothing was generated). */
function plainMermaid(nodes: readonly string[], edges: readonly (readonly [string, string])[]): string {
  const ids = new Map(nodes.map((n, i) => [n, `n${i}`]));
  const lines = ['flowchart TD', ...nodes.map((n, i) => `  n${i}["${mermaidLabel(n)}"]`)];
  for (const [from, to] of edges) lines.push(`  ${ids.get(from)} --> ${ids.get(to)}`);
  return `${lines.join('\n')}\n`;
}

function errorCount(problems: Report['problems']): number {
  return problems.filter((p) => p.severity === 'error').length;
}

/** Prints the problems and `exec-doc: N error(s) in the inputs; no chart drawn`; returns the exit code 1. */
function noChart(io: CliIO, problems: Report['problems']): number {
  printProblems(io, problems);
  io.stderr.write(`exec-doc: ${errorCount(problems)} error(s) in the inputs; no chart drawn\n`);
  return 1;
}

/** Mermaid's defaults (`maxEdges`, `maxTextSize`): a chart past either is refused by every renderer using them. */
const MERMAID_MAX_EDGES = 500;
const MERMAID_MAX_TEXT = 50_000;

/** Writes the chart; says so on stderr when Mermaid's default limits will refuse to draw it. */
function writeChart(io: CliIO, chart: string, edges: number): void {
  io.stdout.write(chart);
  const over = [
    ...(edges >= MERMAID_MAX_EDGES ? [`${edges} edges (Mermaid draws fewer than ${MERMAID_MAX_EDGES})`] : []),
    ...(chart.length > MERMAID_MAX_TEXT
      ? [`${chart.length} characters (Mermaid reads at most ${MERMAID_MAX_TEXT})`]
      : []),
  ];
  if (over.length > 0)
    io.stderr.write(
      `exec-doc: warning: the chart has ${over.join(' and ')}: a renderer with Mermaid's default settings refuses to draw it (raise maxEdges/maxTextSize where you render it)\n`,
    );
}

async function graphDagOnly(dagPath: string, io: CliIO, stdin: InputStream | undefined): Promise<number> {
  const read = await readInput(dagPath, stdin);
  if (!read.source) return noChart(io, read.problem ? [read.problem] : []);
  await loadYamlFor(read.source);
  const parsed = parseSource(read.source);
  if (!parsed.source) return noChart(io, parsed.problems);
  const source = parsed.source;
  const { dag, problems } = loadDag(source.value, source.name);
  const located = [...parsed.problems, ...problems].map((p) => locateProblem(source, p));
  if (!dag) return noChart(io, located);
  printProblems(io, located);
  writeChart(io, plainMermaid(dag.nodes, dag.edges), dag.edges.length);
  return 0;
}

/**
 * `exec-doc graph --dag D [--config C [--template T]] [--lenient]`: the DAG as a Mermaid flowchart on stdout. With a
 * config, the document is generated and nodes are styled by outcome; when generation fails the chart is still
 * printed, the failing nodes marked as errors, with the problems on stderr as generate prints them and exit code 1.
 * When an input cannot be read or the DAG cannot be drawn (no node came out), nothing is printed on stdout. With
 * the DAG alone, it is drawn as it is.
 */
export async function runGraph(args: ParsedArgs, io: CliIO): Promise<number> {
  const dagPath = requireString(args, 'dag');
  const configPath = optionalString(args, 'config');
  const templatePath = optionalString(args, 'template');
  if (needsYaml(dagPath, configPath, templatePath)) await loadYaml();
  if (configPath === undefined) {
    if (templatePath !== undefined) throw new UsageError('graph: --template needs --config');
    if (args.values['lenient'] !== undefined) throw new UsageError('graph: --lenient needs --config');
    return graphDagOnly(dagPath, io, io.stdin);
  }
  const paths = [dagPath, configPath, templatePath];
  const reads = await Promise.all(paths.map((p) => (p === undefined ? undefined : readInput(p, io.stdin))));
  const missing = reads.flatMap((r) => (r?.problem ? [r.problem] : []));
  if (missing.length > 0) return noChart(io, missing);
  const [dag, config, template] = reads.map((r) => r?.source) as [
    SourceText,
    SourceText,
    SourceText | undefined,
  ];
  await loadYamlFor(dag, config, template);
  const { report } = generate({
    dag,
    config,
    ...(template ? { template } : {}),
    lenient: args.values['lenient'] === true,
  });
  // No node: generation stopped before the DAG met the config (an input unreadable, a template not an object).
  if (!report.ok && report.nodes.length === 0) return noChart(io, report.problems);
  printProblems(io, report.problems);
  writeChart(io, renderMermaid(report), report.edges.length);
  if (report.ok) return 0;
  io.stderr.write(
    `exec-doc: generation failed with ${errorCount(report.problems)} error(s); the failing nodes are marked in the chart\n`,
  );
  return 1;
}
