import * as z from 'zod';
import { generate } from '../../core/index.js';
import { nodeOutcomes, renderMermaid } from '../../core/graph/index.js';
import { generateInputs, readGenerateInputs, reportText } from './generate.js';
import { counts } from './report.js';
import { common, messages, problemsResult, toolResult } from './result.js';
import { defineTool, READ_ONLY } from './tool.js';

export const graphTool = defineTool({
  name: 'graph',
  title: 'Draw the pipeline DAG',
  description:
    'The pipeline DAG as a Mermaid flowchart (what `exec-doc graph` prints), each node styled by how its step ' +
    'came out of generation: filled, unchanged or error. The chart is returned even when generation fails (the ' +
    'failing nodes show as errors; the result is then a tool error listing the problems).',
  input: z.strictObject(generateInputs),
  output: z.object({
    ...common,
    mermaid: z.string().optional().describe('The flowchart, Mermaid source.'),
    nodes: z
      .array(
        z.object({
          name: z.string(),
          outcome: z.enum(['filled', 'changed', 'unchanged', 'error']),
          step: z.string().optional().describe('The execution-document step of the node, if any.'),
        }),
      )
      .describe('Each DAG node in order with its outcome.'),
  }),
  annotations: READ_ONLY,
  async run(args, ctx) {
    const read = await readGenerateInputs(ctx, args);
    if (!read.input) return problemsResult(read.problems, { nodes: [] });
    const { report } = generate(read.input);
    const mermaid = renderMermaid(report);
    const outcomes = nodeOutcomes(report);
    const nodes = report.nodes.map((n, i) => ({
      name: n.name,
      outcome: outcomes[i]!,
      ...(n.step !== undefined ? { step: n.step } : {}),
    }));
    const lines = messages(report.problems);
    const tally = (['filled', 'unchanged', 'error'] as const)
      .map((o) => `${outcomes.filter((x) => x === o).length} ${o}`)
      .join(', ');
    const summary = [
      ...(report.ok
        ? []
        : [
            ...lines,
            `exec-doc: ${counts(report).errors} error(s) in the inputs; their nodes are drawn as errors`,
          ]),
      `DAG: ${report.nodes.length} node(s), ${report.edges.length} edge(s): ${tally}`,
      ...reportText(report),
      ...(report.ok && lines.length > 0 ? ['warnings:', ...lines.map((l) => `  ${l}`)] : []),
      'The Mermaid flowchart follows.',
    ];
    return toolResult(
      report.ok,
      summary.join('\n'),
      { ok: report.ok, mermaid, nodes, messages: lines, problems: report.problems },
      mermaid,
    );
  },
});
