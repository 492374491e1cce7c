/** The pipeline DAG as a Mermaid picture, nodes styled by outcome. Pure. */
export {
  renderMermaid,
  renderMermaidBlock,
  mermaidLabel,
  nodeOutcomes,
  FOLD_ABOVE_NODES,
  type MermaidOptions,
  type NodeOutcome,
} from './mermaid.js';
