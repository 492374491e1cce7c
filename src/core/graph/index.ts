/** The pipeline DAG as a Mermaid picture, nodes styled by outcome; what a change does to the DAG. Pure. */
export {
  renderMermaid,
  renderMermaidBlock,
  mermaidPicture,
  mermaidLabel,
  mermaidMarkdownText,
  nodeLabel,
  nodeOutcomes,
  FOLD_ABOVE_NODES,
  FOCUS_MAX_NODES,
  LEGEND,
  type MermaidOptions,
  type MermaidPicture,
  type NodeOutcome,
} from './mermaid.js';
export { diffDag, SAME_DAG, type DagDiff, type DagShape } from './dag-diff.js';
