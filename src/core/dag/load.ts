import { isObject, getOwn, hasOwn, typeName } from '../json.js';
import { encodePointer } from '../json-scan.js';
import type { Problem } from '../report/problem.js';

/** A pipeline DAG: node names in declaration order and directed edges. */
export interface Dag {
  nodes: string[];
  edges: [string, string][];
  /** Which accepted layout the file used (FORMAT §f). */
  form: 'flat' | 'serializer' | 'catalog';
  /** JSON pointer of the `nodes` array in the file, to locate problems. */
  nodesPointer: string;
  edgesPointer: string;
}

function err(file: string, jsonPath: string, code: string, message: string): Problem {
  return { severity: 'error', code, message, file, jsonPath };
}

/**
 * Reads every DAG layout FORMAT §f names: flat `{nodes, edges}`, the serializer's
 * `{version?, dag: {nodes, edges}, metadata?, statistics?}` and the pipeline-catalog
 * `{dag: {description, nodes, edges}, metadata}`. Rejects duplicate nodes, edges naming unknown
 * nodes, malformed edges and cycles, naming the offenders.
 */
export function loadDag(value: unknown, file: string): { dag?: Dag; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!isObject(value)) {
    return {
      problems: [
        err(
          file,
          '',
          'dag/shape',
          'a DAG file must hold an object with "nodes" and "edges" (or a "dag" object holding them)',
        ),
      ],
    };
  }
  let body: unknown = value;
  let base = '';
  let form: Dag['form'] = 'flat';
  if (!hasOwn(value, 'nodes') && hasOwn(value, 'dag')) {
    body = getOwn(value, 'dag');
    base = '/dag';
    form =
      hasOwn(value, 'version') || hasOwn(value, 'statistics') || hasOwn(value, 'created_at')
        ? 'serializer'
        : 'catalog';
    const version = getOwn(value, 'version');
    if (version !== undefined) {
      if (typeof version !== 'string' || version.split('.')[0] !== '1') {
        problems.push(
          err(
            file,
            '/version',
            'dag/version',
            `unsupported DAG format version ${JSON.stringify(version)}: expected "1.x.y"`,
          ),
        );
      }
    }
    if (!isObject(body)) {
      return {
        problems: [
          ...problems,
          err(file, '/dag', 'dag/shape', '"dag" must be an object with "nodes" and "edges"'),
        ],
      };
    }
  }
  const b = body as Record<string, unknown>;
  const nodesPointer = `${base}/nodes`;
  const edgesPointer = `${base}/edges`;
  const rawNodes = getOwn(b, 'nodes');
  if (!Array.isArray(rawNodes)) {
    problems.push(
      err(
        file,
        hasOwn(b, 'nodes') ? nodesPointer : base,
        'dag/shape',
        hasOwn(b, 'nodes')
          ? `"nodes" must be a list of node names, got ${typeName(getOwn(b, 'nodes'))}`
          : `the DAG has no "nodes": expected "nodes" (a list of node names) and "edges"${base ? ` in "${base.slice(1)}"` : ''}`,
      ),
    );
    return { problems };
  }
  const nodes: string[] = [];
  const seen = new Map<string, number>();
  rawNodes.forEach((n: unknown, i) => {
    if (typeof n !== 'string' || n === '') {
      problems.push(
        err(
          file,
          `${nodesPointer}/${i}`,
          'dag/node',
          `node ${i} must be a non-empty string, got ${JSON.stringify(n)}`,
        ),
      );
      return;
    }
    const first = seen.get(n);
    if (first !== undefined) {
      problems.push(
        err(
          file,
          `${nodesPointer}/${i}`,
          'dag/duplicate-node',
          `duplicate node "${n}" (first declared at index ${first})`,
        ),
      );
      return;
    }
    seen.set(n, i);
    nodes.push(n);
  });

  const rawEdges = getOwn(b, 'edges') ?? [];
  const edges: [string, string][] = [];
  if (!Array.isArray(rawEdges)) {
    problems.push(err(file, edgesPointer, 'dag/shape', '"edges" must be a list of [source, target] pairs'));
  } else {
    const edgeSeen = new Set<string>();
    rawEdges.forEach((e: unknown, i) => {
      const at = `${edgesPointer}/${i}`;
      if (!Array.isArray(e) || e.length !== 2 || typeof e[0] !== 'string' || typeof e[1] !== 'string') {
        problems.push(
          err(
            file,
            at,
            'dag/edge',
            `edge ${i} must be a [source, target] pair of node names, got ${JSON.stringify(e)}`,
          ),
        );
        return;
      }
      const [s, t] = e as [string, string];
      const unknown = [s, t].filter((x) => !seen.has(x));
      if (unknown.length > 0) {
        problems.push(
          err(
            file,
            at,
            'dag/unknown-node',
            `edge ${s} -> ${t} names ${unknown.map((u) => `"${u}"`).join(' and ')}, not declared in "nodes"`,
          ),
        );
        return;
      }
      const k = JSON.stringify([s, t]);
      if (edgeSeen.has(k)) {
        problems.push({
          ...err(file, at, 'dag/duplicate-edge', `duplicate edge ${s} -> ${t}`),
          severity: 'warning',
        });
        return;
      }
      edgeSeen.add(k);
      edges.push([s, t]);
    });
  }
  const cycle = findCycle(nodes, edges);
  if (cycle) {
    problems.push(err(file, edgesPointer, 'dag/cycle', `the DAG has a cycle: ${cycle.join(' -> ')}`));
  }
  if (problems.some((p) => p.severity === 'error')) return { problems };
  return { dag: { nodes, edges, form, nodesPointer, edgesPointer }, problems };
}

/** One cycle as a closed path (first node repeated at the end), or undefined. Iterative DFS: deep DAGs are fine. */
export function findCycle(
  nodes: readonly string[],
  edges: readonly (readonly [string, string])[],
): string[] | undefined {
  const adj = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const [s, t] of edges) adj.get(s)?.push(t);
  const state = new Map<string, 1 | 2>(); // 1 = on stack, 2 = done
  for (const start of nodes) {
    if (state.has(start)) continue;
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const out = adj.get(top.node) ?? [];
      if (top.next < out.length) {
        const n = out[top.next++]!;
        const st = state.get(n);
        if (st === 1) {
          const from = stack.findIndex((f) => f.node === n);
          return [...stack.slice(from).map((f) => f.node), n];
        }
        if (st === undefined) {
          state.set(n, 1);
          stack.push({ node: n, next: 0 });
        }
      } else {
        state.set(top.node, 2);
        stack.pop();
      }
    }
  }
  return undefined;
}

/**
 * Topological order (Kahn): sources in declaration order first, then each node as soon as all its
 * predecessors are placed. This is the order MODS default templates list their steps in.
 */
export function topologicalOrder(
  nodes: readonly string[],
  edges: readonly (readonly [string, string])[],
): string[] {
  const indeg = new Map<string, number>(nodes.map((n) => [n, 0]));
  const adj = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const [s, t] of edges) {
    adj.get(s)?.push(t);
    indeg.set(t, (indeg.get(t) ?? 0) + 1);
  }
  const queue = nodes.filter((n) => indeg.get(n) === 0);
  const out: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!;
    out.push(n);
    for (const m of adj.get(n) ?? []) {
      const d = (indeg.get(m) ?? 0) - 1;
      indeg.set(m, d);
      if (d === 0) queue.push(m);
    }
  }
  return out.length === nodes.length ? out : [...nodes];
}

export { encodePointer };
