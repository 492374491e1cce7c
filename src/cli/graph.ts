import { generate, loadYaml, needsYaml, parseSource, type SourceText } from '../core/index.js';
import { loadDag } from '../core/dag/load.js';
import { locateProblem } from '../core/source.js';
import { mermaidLabel, renderMermaid } from '../core/graph/index.js';
import { readSourceFile } from '../io/files.js';
import { optionalString, positionals, requireString, UsageError, type ParsedArgs } from './args.js';
import { loadYamlFor } from './documents.js';
import { printProblems, type CliIO } from './output.js';

const NOT_FOR_GRAPH = ['output', 'format', 'report', 'sagemaker-pipeline', 'aws-region'];

/** The DAG alone as a Mermaid flowchart: nodes and edges, no outcome styling (nothing was generated). */
function plainMermaid(nodes: readonly string[], edges: readonly (readonly [string, string])[]): string {
  const ids = new Map(nodes.map((n, i) => [n, `n${i}`]));
  const lines = ['flowchart TD', ...nodes.map((n, i) => `  n${i}["${mermaidLabel(n)}"]`)];
  for (const [from, to] of edges) lines.push(`  ${ids.get(from)} --> ${ids.get(to)}`);
  return `${lines.join('\n')}\n`;
}

async function graphDagOnly(dagPath: string, io: CliIO): Promise<number> {
  const read = await readSourceFile(dagPath);
  if (!read.source) {
    printProblems(io, read.problem ? [read.problem] : []);
    return 1;
  }
  const parsed = parseSource(read.source);
  if (!parsed.source) {
    printProblems(io, parsed.problems);
    return 1;
  }
  const source = parsed.source;
  const { dag, problems } = loadDag(source.value, source.name);
  printProblems(
    io,
    [...parsed.problems, ...problems].map((p) => locateProblem(source, p)),
  );
  if (!dag) return 1;
  io.stdout.write(plainMermaid(dag.nodes, dag.edges));
  return 0;
}

/**
 * `exec-doc graph --dag D [--config C [--template T]] [--lenient]`: the DAG as a Mermaid flowchart on stdout. With a
 * config, the document is generated and nodes are styled by outcome; the chart is printed even when generation fails
 * (the failing nodes show as errors), with exit code 1. With the DAG alone, it is drawn as it is.
 */
export async function runGraph(args: ParsedArgs, io: CliIO): Promise<number> {
  for (const name of NOT_FOR_GRAPH) {
    if (args.values[name] !== undefined) throw new UsageError(`graph: --${name} cannot be used here`);
  }
  positionals(args, 0, 'no positional arguments');
  const dagPath = requireString(args, 'dag');
  const configPath = optionalString(args, 'config');
  const templatePath = optionalString(args, 'template');
  if (needsYaml(dagPath, configPath, templatePath)) await loadYaml();
  if (configPath === undefined) {
    if (templatePath !== undefined) throw new UsageError('graph: --template needs --config');
    if (args.values['lenient'] !== undefined) throw new UsageError('graph: --lenient needs --config');
    return graphDagOnly(dagPath, io);
  }
  const paths = [dagPath, configPath, templatePath];
  const reads = await Promise.all(paths.map((p) => (p === undefined ? undefined : readSourceFile(p))));
  const missing = reads.flatMap((r) => (r?.problem ? [r.problem] : []));
  if (missing.length > 0) {
    printProblems(io, missing);
    return 1;
  }
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
  printProblems(io, report.problems);
  io.stdout.write(renderMermaid(report));
  return report.ok ? 0 : 1;
}
