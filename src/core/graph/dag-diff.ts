/** What a change does to a pipeline's DAG structure: nodes and edges added and removed. Pure. */

export interface DagShape {
  nodes: readonly { name: string }[];
  edges: readonly (readonly [string, string])[];
}

export interface DagDiff {
  /** True when both DAGs have the same nodes and edges (order ignored). */
  equal: boolean;
  addedNodes: string[];
  removedNodes: string[];
  addedEdges: [string, string][];
  removedEdges: [string, string][];
}

const edgeKey = ([a, b]: readonly [string, string]): string => JSON.stringify([a, b]);

/** The nodes and edges of `head` that `base` lacks, and those of `base` that `head` lacks, in DAG order. */
export function diffDag(base: DagShape, head: DagShape): DagDiff {
  const baseNodes = new Set(base.nodes.map((n) => n.name));
  const headNodes = new Set(head.nodes.map((n) => n.name));
  const baseEdges = new Set(base.edges.map(edgeKey));
  const headEdges = new Set(head.edges.map(edgeKey));
  const addedNodes = [...headNodes].filter((n) => !baseNodes.has(n));
  const removedNodes = [...baseNodes].filter((n) => !headNodes.has(n));
  const addedEdges = head.edges
    .filter((e) => !baseEdges.has(edgeKey(e)))
    .map(([a, b]): [string, string] => [a, b]);
  const removedEdges = base.edges
    .filter((e) => !headEdges.has(edgeKey(e)))
    .map(([a, b]): [string, string] => [a, b]);
  return {
    equal: addedNodes.length + removedNodes.length + addedEdges.length + removedEdges.length === 0,
    addedNodes,
    removedNodes,
    addedEdges,
    removedEdges,
  };
}

/** The diff of a DAG with itself. */
export const SAME_DAG: DagDiff = {
  equal: true,
  addedNodes: [],
  removedNodes: [],
  addedEdges: [],
  removedEdges: [],
};
