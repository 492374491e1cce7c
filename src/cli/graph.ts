import { generate, type SourceText } from '../core/index.js';
import { renderMermaid } from '../core/graph/index.js';
import { readSourceFile } from '../io/files.js';
import { optionalString, positionals, requireString, UsageError, type ParsedArgs } from './args.js';
import { loadYamlFor } from './documents.js';
import { printProblems, type CliIO } from './output.js';

const NOT_FOR_GRAPH = ['output', 'format', 'report', 'sagemaker-pipeline', 'aws-region'];

/**
 * `exec-doc graph --dag D --config C [--template T] [--lenient]`: the DAG as a Mermaid flowchart on stdout,
 * nodes styled by outcome. The chart is printed even when generation fails (the failing nodes show as errors);
 * the exit code is then 1.
 */
export async function runGraph(args: ParsedArgs, io: CliIO): Promise<number> {
  for (const name of NOT_FOR_GRAPH) {
    if (args.values[name] !== undefined) throw new UsageError(`graph: --${name} cannot be used here`);
  }
  positionals(args, 0, 'no positional arguments');
  const paths = [requireString(args, 'dag'), requireString(args, 'config'), optionalString(args, 'template')];
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
