import { describe, expect, it } from 'vitest';
import { assignOwners, computeDominators, dominatorPath, parseHeapSnapshot, parseOwnerGroup, retainedByGroup, selectGroup, toGraph } from '../../scripts/bench/heap-snapshot';

const NODE_TYPES = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native', 'synthetic'];
const EDGE_TYPES = ['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak'];

interface TinyNode {
  type: string;
  name: string;
  size: number;
  edges: { type: string; name: string | number; to: number }[];
}

/** A snapshot in V8's layout (one entry a line, as `v8.writeHeapSnapshot` writes it). */
function writeSnapshot(nodes: TinyNode[]): Buffer {
  const strings: string[] = [];
  const str = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const nodeFields = ['type', 'name', 'id', 'self_size', 'edge_count', 'detachedness'];
  const flatNodes = nodes.flatMap((n, i) => [NODE_TYPES.indexOf(n.type), str(n.name), i * 2 + 1, n.size, n.edges.length, 0]);
  const flatEdges = nodes.flatMap((n) =>
    n.edges.flatMap((e) => [EDGE_TYPES.indexOf(e.type), typeof e.name === 'number' ? e.name : str(e.name), e.to * nodeFields.length]),
  );
  const meta = {
    node_fields: nodeFields,
    node_types: [NODE_TYPES, 'string', 'number', 'number', 'number', 'number'],
    edge_fields: ['type', 'name_or_index', 'to_node'],
    edge_types: [EDGE_TYPES, 'string_or_number', 'node'],
  };
  const header = JSON.stringify({ snapshot: { meta, node_count: nodes.length, edge_count: flatEdges.length / 3 } });
  const rows = (flat: number[], width: number) =>
    Array.from({ length: flat.length / width }, (_, i) => flat.slice(i * width, (i + 1) * width).join(',')).join(',\n');
  return Buffer.from(
    `${header.slice(0, -1)},\n"nodes":[${rows(flatNodes, 6)}],\n"edges":[${rows(flatEdges, 3)}],\n"trace_function_infos":[],\n"samples":[],\n` +
      `"strings":[${strings.map((s) => JSON.stringify(s)).join(',\n')}]}`,
  );
}

// root ─▶ Store ─items▶ Array ─[0]▶ "body…"      Store and Cache both hold "shared": only the root
//   └──▶ Cache ─shared▶ "shared" ◀shared─ Store   dominates it. Cache's weak edge keeps nothing.
//                └─weak▶ Array                     "orphan" is reached by a weak edge only.
const tiny: TinyNode[] = [
  { type: 'synthetic', name: '', size: 0, edges: [{ type: 'element', name: 1, to: 1 }, { type: 'element', name: 2, to: 2 }, { type: 'weak', name: 'w', to: 6 }] },
  { type: 'object', name: 'Store', size: 10, edges: [{ type: 'property', name: 'items', to: 3 }, { type: 'property', name: 'shared', to: 5 }] },
  { type: 'object', name: 'Cache', size: 5, edges: [{ type: 'property', name: 'shared', to: 5 }, { type: 'weak', name: 'w', to: 3 }] },
  { type: 'object', name: 'Array', size: 100, edges: [{ type: 'element', name: 0, to: 4 }] },
  { type: 'string', name: 'body "quoted" \\ ünïcode\n', size: 50, edges: [] },
  { type: 'string', name: 'shared', size: 7, edges: [] },
  { type: 'string', name: 'orphan', size: 1000, edges: [] },
];

describe('heap snapshot analysis', () => {
  it('reads nodes, edges and escaped strings in the layout V8 writes', () => {
    const snap = parseHeapSnapshot(writeSnapshot(tiny));
    const g = toGraph(snap);
    expect(g.count).toBe(7);
    expect([...g.selfSize]).toEqual([0, 10, 5, 100, 50, 7, 1000]);
    expect(g.name(4)).toBe('body "quoted" \\ ünïcode\n');
    expect(g.type(1)).toBe('object');
    expect([...g.edgeTo.slice(g.firstEdge[1]!, g.firstEdge[2]!)]).toEqual([3, 5]);
  });

  it('refuses a snapshot whose arrays do not match its header', () => {
    const text = writeSnapshot(tiny).toString().replace('"nodes":[9,', '"nodes":[');
    expect(() => parseHeapSnapshot(Buffer.from(text))).toThrow(/numbers where the header announces/);
  });

  it('finds dominators and retained sizes, ignoring weak edges', () => {
    const snap = parseHeapSnapshot(writeSnapshot(tiny));
    const g = toGraph(snap);
    const d = computeDominators(g, snap.edgeTypes.indexOf('weak'));
    expect(d.retained[0]).toBe(172); // the orphan is not live
    expect(d.retained[1]).toBe(160); // Store, its Array and the body, not the shared string
    expect(d.idom[3]).toBe(1);
    expect(d.idom[5]).toBe(0);
    expect(d.idom[6]).toBe(g.count);
    expect(dominatorPath(g, d, 4)).toEqual(['[1] → object Store', 'items → object Array', '[0] → string body "quoted" \\ ünïcode ']); // whitespace folded to one line
  });

  it('charges each object to its nearest named owner, and shared ones to a retainer’s', () => {
    const snap = parseHeapSnapshot(writeSnapshot(tiny));
    const g = toGraph(snap);
    const { owners } = assignOwners(g, computeDominators(g, snap.edgeTypes.indexOf('weak')));
    const byLabel = Object.fromEntries(owners.map((o) => [o.label, [o.bytes, o.sharedBytes]]));
    expect(byLabel).toEqual({ Store: [167, 7], Cache: [5, 0], '(root)': [0, 0] });
  });

  it('says what a group of owners holds that nothing else does', () => {
    const snap = parseHeapSnapshot(writeSnapshot(tiny));
    const g = toGraph(snap);
    const weak = snap.edgeTypes.indexOf('weak');
    const freed = (spec: string) => retainedByGroup(g, weak, selectGroup(g, parseOwnerGroup(spec)));
    expect(freed('store=class:Store')).toBe(160); // not the string Cache holds too
    expect(freed('both=class:Store|class:Cache')).toBe(172);
    expect(freed('items=edge:items')).toBe(150);
    expect(freed('body=text:quoted')).toBe(50);
    expect(() => parseOwnerGroup('x=klass:Store')).toThrow(/not class:, var:, edge: or text:/);
  });
});
