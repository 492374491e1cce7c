import { describe, it, expect } from 'vitest';
import { loadDag, topologicalOrder, findCycle } from '../../../src/core/dag/load.js';

describe('loadDag', () => {
  it('reads the flat, serializer and catalog forms', () => {
    const flat = loadDag({ nodes: ['a', 'b'], edges: [['a', 'b']] }, 'd.json');
    const ser = loadDag(
      { version: '1.0.0', created_at: 'x', dag: { nodes: ['a', 'b'], edges: [['a', 'b']] }, statistics: {} },
      'd.json',
    );
    const cat = loadDag(
      { dag: { description: 'x', nodes: ['a', 'b'], edges: [['a', 'b']] }, metadata: { name: 'n' } },
      'd.json',
    );
    expect(flat.dag).toMatchObject({ form: 'flat', nodes: ['a', 'b'], edges: [['a', 'b']] });
    expect(ser.dag).toMatchObject({ form: 'serializer', nodesPointer: '/dag/nodes' });
    expect(cat.dag).toMatchObject({ form: 'catalog' });
  });

  it('defaults missing edges to none', () => {
    expect(loadDag({ nodes: ['a'] }, 'd.json').dag?.edges).toEqual([]);
  });

  it('says that "nodes" is missing, or what it is instead of a list', () => {
    expect(loadDag({}, 'd.json').problems.map((p) => [p.jsonPath, p.message])).toEqual([
      ['', 'the DAG has no "nodes": expected "nodes" (a list of node names) and "edges"'],
    ]);
    expect(loadDag({ nodes: 5 }, 'd.json').problems.map((p) => [p.jsonPath, p.message])).toEqual([
      ['/nodes', '"nodes" must be a list of node names, got integer'],
    ]);
  });

  it('rejects an unsupported serializer version', () => {
    const r = loadDag({ version: '2.0.0', dag: { nodes: ['a'], edges: [] } }, 'd.json');
    expect(r.problems[0]).toMatchObject({ code: 'dag/version', jsonPath: '/version' });
  });

  it('names a duplicate node and where it is', () => {
    const r = loadDag({ nodes: ['a', 'b', 'a'], edges: [] }, 'd.json');
    expect(r.dag).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ code: 'dag/duplicate-node', jsonPath: '/nodes/2' });
    expect(r.problems[0]!.message).toContain('"a"');
  });

  it('names the unknown node of an edge', () => {
    const r = loadDag({ nodes: ['a'], edges: [['a', 'ghost']] }, 'd.json');
    expect(r.problems[0]).toMatchObject({ code: 'dag/unknown-node', jsonPath: '/edges/0' });
    expect(r.problems[0]!.message).toContain('"ghost"');
  });

  it('reports a cycle as a path', () => {
    const r = loadDag(
      {
        nodes: ['a', 'b', 'c'],
        edges: [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'b'],
        ],
      },
      'd.json',
    );
    expect(r.problems[0]).toMatchObject({ code: 'dag/cycle' });
    expect(r.problems[0]!.message).toContain('b -> c -> b');
  });

  it('rejects malformed edges and non-string nodes', () => {
    const r = loadDag({ nodes: ['a', 3], edges: [['a']] }, 'd.json');
    expect(r.problems.map((p) => p.code)).toEqual(['dag/node', 'dag/edge']);
  });

  it('rejects a file that is not an object', () => {
    expect(loadDag([1, 2], 'd.json').problems[0]).toMatchObject({ code: 'dag/shape' });
    expect(loadDag({ nodes: 'a' }, 'd.json').problems[0]).toMatchObject({
      code: 'dag/shape',
      jsonPath: '/nodes',
    });
  });
});

describe('graph order', () => {
  it('puts sources first in declaration order', () => {
    const nodes = ['c1', 'p1', 'train', 'c2', 'p2', 'reg'];
    const edges: [string, string][] = [
      ['c1', 'p1'],
      ['p1', 'train'],
      ['c2', 'p2'],
      ['train', 'reg'],
      ['p2', 'reg'],
    ];
    expect(topologicalOrder(nodes, edges)).toEqual(['c1', 'c2', 'p1', 'p2', 'train', 'reg']);
  });
  it('finds no cycle in a deep chain without recursion limits', () => {
    const nodes = Array.from({ length: 50_000 }, (_, i) => `n${i}`);
    const edges = nodes.slice(1).map((n, i) => [nodes[i]!, n] as [string, string]);
    expect(findCycle(nodes, edges)).toBeUndefined();
  });
});
