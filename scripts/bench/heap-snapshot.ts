/**
 * Reads a V8 heap snapshot (`v8.writeHeapSnapshot`, `--heapsnapshot-signal`) without JSON.parse
 * (an archive-size snapshot is larger than V8's longest string) and says what holds the heap:
 * the dominator tree (Cooper, Harvey and Kennedy's iterative algorithm, as Chrome's DevTools),
 * retained sizes, and each object's self size charged to its nearest named owner.
 */

export interface HeapSnapshot {
  nodeFields: string[];
  nodeTypes: string[];
  edgeFields: string[];
  edgeTypes: string[];
  /** `nodeFields.length` numbers per node. */
  nodes: Float64Array;
  /** `edgeFields.length` numbers per edge; `to_node` is an index into `nodes`. */
  edges: Uint32Array;
  strings: string[];
}

interface Meta {
  node_fields: string[];
  node_types: [string[], ...unknown[]];
  edge_fields: string[];
  edge_types: [string[], ...unknown[]];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function findArrayStart(buf: Buffer, name: string, from: number): number {
  const at = buf.indexOf(`"${name}":[`, from, 'latin1');
  if (at < 0) throw new Error(`not a heap snapshot: no "${name}" array`);
  return at + name.length + 4;
}

/** Reads whole numbers up to the array's `]`; returns the index after it. */
function readNumbers(buf: Buffer, start: number, into: Float64Array | Uint32Array): number {
  let count = 0;
  let value = 0;
  let inNumber = false;
  for (let i = start; i < buf.length; i++) {
    const c = buf[i]!;
    if (c >= 0x30 && c <= 0x39) {
      value = value * 10 + (c - 0x30);
      inNumber = true;
    } else {
      if (inNumber) {
        if (count >= into.length) throw new Error(`more numbers than the header announces (${into.length})`);
        into[count++] = value;
        value = 0;
        inNumber = false;
      }
      if (c === 0x5d) {
        if (count !== into.length) throw new Error(`${count} numbers where the header announces ${into.length}`);
        return i + 1;
      }
    }
  }
  throw new Error('snapshot ends inside a number array');
}

function readStrings(buf: Buffer, start: number): string[] {
  const strings: string[] = [];
  let i = start;
  while (i < buf.length) {
    const c = buf[i]!;
    if (c === 0x5d) return strings;
    if (c !== QUOTE) {
      i++;
      continue;
    }
    let end = i + 1;
    let escaped = false;
    while (end < buf.length) {
      const d = buf[end]!;
      if (escaped) escaped = false;
      else if (d === BACKSLASH) escaped = true;
      else if (d === QUOTE) break;
      end++;
    }
    // Only escaped strings need JSON's rules; most are plain.
    const raw = buf.toString('utf8', i + 1, end);
    strings.push(raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw);
    i = end + 1;
  }
  throw new Error('snapshot ends inside the strings array');
}

export function parseHeapSnapshot(buf: Buffer): HeapSnapshot {
  const nodesAt = findArrayStart(buf, 'nodes', 0);
  const headerEnd = buf.lastIndexOf(',', buf.indexOf('"nodes":[', 0, 'latin1'), 'latin1');
  const header = JSON.parse(`${buf.toString('utf8', 0, headerEnd)}}`) as {
    snapshot: { meta: Meta; node_count: number; edge_count: number };
  };
  const { meta, node_count: nodeCount, edge_count: edgeCount } = header.snapshot;
  const nodes = new Float64Array(nodeCount * meta.node_fields.length);
  const edges = new Uint32Array(edgeCount * meta.edge_fields.length);
  const afterNodes = readNumbers(buf, nodesAt, nodes);
  const afterEdges = readNumbers(buf, findArrayStart(buf, 'edges', afterNodes), edges);
  const strings = readStrings(buf, findArrayStart(buf, 'strings', afterEdges));
  return {
    nodeFields: meta.node_fields,
    nodeTypes: meta.node_types[0],
    edgeFields: meta.edge_fields,
    edgeTypes: meta.edge_types[0],
    nodes,
    edges,
    strings,
  };
}

/** The snapshot as a graph of node ordinals (0 is the root), with names resolved. */
export interface HeapGraph {
  count: number;
  type: (node: number) => string;
  name: (node: number) => string;
  selfSize: Float64Array;
  /** Outgoing edges of node n: `firstEdge[n]` to `firstEdge[n + 1]`, ordinals in `edgeTo`. */
  firstEdge: Uint32Array;
  edgeTo: Uint32Array;
  edgeType: Uint8Array;
  edgeName: (edge: number) => string;
}

export function toGraph(snap: HeapSnapshot): HeapGraph {
  const nf = snap.nodeFields.length;
  const ef = snap.edgeFields.length;
  const [typeAt, nameAt, sizeAt, edgeCountAt] = ['type', 'name', 'self_size', 'edge_count'].map((f) => snap.nodeFields.indexOf(f));
  const [eTypeAt, eNameAt, eToAt] = ['type', 'name_or_index', 'to_node'].map((f) => snap.edgeFields.indexOf(f));
  const count = snap.nodes.length / nf;
  const edgeTotal = snap.edges.length / ef;
  const selfSize = new Float64Array(count);
  const firstEdge = new Uint32Array(count + 1);
  for (let n = 0, e = 0; n < count; n++) {
    selfSize[n] = snap.nodes[n * nf + sizeAt!]!;
    firstEdge[n] = e;
    e += snap.nodes[n * nf + edgeCountAt!]!;
    firstEdge[n + 1] = e;
  }
  const edgeTo = new Uint32Array(edgeTotal);
  const edgeType = new Uint8Array(edgeTotal);
  for (let e = 0; e < edgeTotal; e++) {
    edgeTo[e] = snap.edges[e * ef + eToAt!]! / nf;
    edgeType[e] = snap.edges[e * ef + eTypeAt!]!;
  }
  const stringEdges = new Set(['context', 'property', 'internal', 'shortcut', 'weak']);
  return {
    count,
    type: (n) => snap.nodeTypes[snap.nodes[n * nf + typeAt!]!]!,
    name: (n) => snap.strings[snap.nodes[n * nf + nameAt!]!]!,
    selfSize,
    firstEdge,
    edgeTo,
    edgeType,
    edgeName: (e) => {
      const raw = snap.edges[e * ef + eNameAt!]!;
      return stringEdges.has(snap.edgeTypes[edgeType[e]!]!) ? snap.strings[raw]! : `[${raw}]`;
    },
  };
}

export interface Dominators {
  /** Immediate dominator of each node reachable from the root (the root's is itself); unreachable: count. */
  idom: Uint32Array;
  retained: Float64Array;
  /** Reachable nodes, each after everything it dominates. */
  postOrder: Uint32Array;
  /** Non-weak retainers of node n: `preds[firstPred[n]]` to `preds[firstPred[n + 1] - 1]`. */
  firstPred: Uint32Array;
  preds: Uint32Array;
}

/** Weak edges keep nothing alive, so they are no path to a node. */
export function computeDominators(g: HeapGraph, weakType: number): Dominators {
  const { count, firstEdge, edgeTo, edgeType } = g;
  const order = new Uint32Array(count).fill(count); // post-order number per node
  const postOrder = new Uint32Array(count);
  let reached = 0;
  const stack = new Uint32Array(count);
  const nextEdge = new Uint32Array(count);
  const seen = new Uint8Array(count);
  let top = 0;
  stack[top++] = 0;
  seen[0] = 1;
  nextEdge[0] = firstEdge[0]!;
  while (top > 0) {
    const n = stack[top - 1]!;
    if (nextEdge[n]! < firstEdge[n + 1]!) {
      const e = nextEdge[n]!++;
      const to = edgeTo[e]!;
      if (edgeType[e] !== weakType && !seen[to]) {
        seen[to] = 1;
        nextEdge[to] = firstEdge[to]!;
        stack[top++] = to;
      }
    } else {
      top--;
      order[n] = reached;
      postOrder[reached++] = n;
    }
  }
  // Predecessors (non-weak), in CSR form.
  const predCount = new Uint32Array(count + 1);
  for (let n = 0; n < count; n++) {
    if (!seen[n]) continue;
    for (let e = firstEdge[n]!; e < firstEdge[n + 1]!; e++) if (edgeType[e] !== weakType) predCount[edgeTo[e]! + 1]!++;
  }
  for (let n = 0; n < count; n++) predCount[n + 1]! += predCount[n]!;
  const preds = new Uint32Array(predCount[count]!);
  const fill = predCount.slice(0, count);
  for (let n = 0; n < count; n++) {
    if (!seen[n]) continue;
    for (let e = firstEdge[n]!; e < firstEdge[n + 1]!; e++) if (edgeType[e] !== weakType) preds[fill[edgeTo[e]!]!++] = n;
  }
  // Dominators by post-order number.
  const undefinedDom = count;
  const dom = new Uint32Array(reached).fill(undefinedDom);
  const rootPo = order[0]!;
  dom[rootPo] = rootPo;
  let changed = true;
  while (changed) {
    changed = false;
    for (let po = reached - 1; po >= 0; po--) {
      if (po === rootPo) continue;
      const n = postOrder[po]!;
      let best = undefinedDom;
      for (let p = predCount[n]!; p < predCount[n + 1]!; p++) {
        let a = order[preds[p]!]!;
        if (dom[a] === undefinedDom) continue;
        if (best === undefinedDom) {
          best = a;
          continue;
        }
        let b = best;
        while (a !== b) {
          while (a < b) a = dom[a]!;
          while (b < a) b = dom[b]!;
        }
        best = a;
      }
      if (dom[po] !== best) {
        dom[po] = best;
        changed = true;
      }
    }
  }
  const idom = new Uint32Array(count).fill(count);
  const retained = new Float64Array(count);
  for (let po = 0; po < reached; po++) {
    const n = postOrder[po]!;
    idom[n] = postOrder[dom[po]!]!;
    retained[n]! += g.selfSize[n]!;
    if (n !== 0) retained[idom[n]!]! += retained[n]!;
  }
  return { idom, retained, postOrder: postOrder.slice(0, reached), firstPred: predCount, preds };
}

/** Constructor names too common to say whose an object is. */
const GENERIC = new Set(['Object', 'Array', 'Map', 'Set', 'Function', 'system / Context', 'WeakMap', 'Promise', 'Error']);

/** A node's label, if it names an owner: a class instance, or a variable of a closure's scope. */
export function labelOf(g: HeapGraph, node: number, parent: number): string | undefined {
  const type = g.type(node);
  const name = g.name(node);
  if ((type === 'object' || type === 'native') && name && !GENERIC.has(name) && !name.startsWith('system /')) return name;
  // A variable of a module's or function's scope, or a class's static field.
  for (let e = g.firstEdge[parent]!; e < g.firstEdge[parent + 1]!; e++) {
    if (g.edgeTo[e] !== node) continue;
    const edge = g.edgeName(e);
    if (g.name(parent) === 'system / Context' && edge !== 'previous' && edge !== 'scope_info') return `var ${edge}`;
  }
  return undefined;
}

export interface Owner {
  label: string;
  /** Self size of every object charged to it (those it dominates that have no nearer owner). */
  bytes: number;
  /**
   * Of those, the bytes of objects only the root dominates (held from several places, such as
   * strings shared by many objects), charged to the owner of one of their retainers instead.
   */
  sharedBytes: number;
  objects: number;
  /** The owner with the most bytes under this label, and its retained size. */
  example: number;
  exampleRetained: number;
}

export interface OwnerAssignment {
  owners: Owner[];
  /** The owner node each reachable node's bytes are charged to, and the node it was reached through. */
  chargedTo: Uint32Array;
  via: Uint32Array;
  labels: Map<number, string>;
}

/**
 * Every reachable object's self size, charged to the nearest labelled node on its dominator chain;
 * an object only the root dominates is charged to the owner of its first retainer that has one.
 */
export function assignOwners(g: HeapGraph, d: Dominators): OwnerAssignment {
  const none = g.count;
  const chargedTo = new Uint32Array(g.count).fill(none);
  const via = new Uint32Array(g.count).fill(none);
  const owner = new Uint32Array(g.count).fill(none);
  const labels = new Map<number, string>([[0, '(root)']]);
  const byLabel = new Map<string, Owner>();
  const charge = (n: number, to: number, shared: boolean, through: number) => {
    chargedTo[n] = to;
    via[n] = through;
    const key = labels.get(to)!;
    let entry = byLabel.get(key);
    if (!entry) byLabel.set(key, (entry = { label: key, bytes: 0, sharedBytes: 0, objects: 0, example: to, exampleRetained: 0 }));
    entry.bytes += g.selfSize[n]!;
    if (shared) entry.sharedBytes += g.selfSize[n]!;
    entry.objects++;
    if (d.retained[to]! > entry.exampleRetained) {
      entry.example = to;
      entry.exampleRetained = d.retained[to]!;
    }
  };
  for (let i = d.postOrder.length - 1; i >= 0; i--) {
    const n = d.postOrder[i]!;
    const parent = d.idom[n]!;
    const label = n === 0 ? undefined : labelOf(g, n, parent);
    if (label !== undefined) {
      owner[n] = n;
      labels.set(n, label);
    } else owner[n] = n === 0 ? 0 : owner[parent]!;
  }
  for (const n of d.postOrder) {
    if (owner[n] !== 0 || n === 0) {
      charge(n, owner[n]!, false, n);
      continue;
    }
    let to = 0;
    let through = n;
    for (let p = d.firstPred[n]!; p < d.firstPred[n + 1]! && to === 0; p++) {
      const candidate = owner[d.preds[p]!]!;
      if (candidate !== none) {
        to = candidate;
        through = d.preds[p]!;
      }
    }
    charge(n, to, to !== 0, through);
  }
  return { owners: [...byLabel.values()].sort((a, b) => b.bytes - a.bytes), chargedTo, via, labels };
}

/** The dominator chain from the root down to `node`, each step with the edge that leads to it. */
export function dominatorPath(g: HeapGraph, d: Dominators, node: number): string[] {
  const steps: string[] = [];
  let n = node;
  while (n !== 0 && d.idom[n] !== g.count) {
    const parent = d.idom[n]!;
    let edge = '…';
    for (let e = g.firstEdge[parent]!; e < g.firstEdge[parent + 1]!; e++) if (g.edgeTo[e] === n) edge = g.edgeName(e);
    steps.unshift(`${edge} → ${describe(g, n)}`);
    n = parent;
  }
  return steps;
}

export function describe(g: HeapGraph, n: number): string {
  const name = g.name(n).replace(/\s+/g, ' ');
  return `${g.type(n)} ${name.length > 60 ? `${name.slice(0, 57)}…` : name}`;
}

/** Self size by kind: class name for objects, the type for everything else (strings, code, arrays). */
export function summariseByKind(g: HeapGraph, d: Dominators): { kind: string; bytes: number; count: number }[] {
  const kinds = new Map<string, { kind: string; bytes: number; count: number }>();
  for (const n of d.postOrder) {
    const type = g.type(n);
    const kind = type === 'object' || type === 'native' ? g.name(n) : `(${type})`;
    let entry = kinds.get(kind);
    if (!entry) kinds.set(kind, (entry = { kind, bytes: 0, count: 0 }));
    entry.bytes += g.selfSize[n]!;
    entry.count++;
  }
  return [...kinds.values()].sort((a, b) => b.bytes - a.bytes);
}

/**
 * What an owner's charged bytes are: grouped by the step just below the owner on the dominator
 * chain (the field or variable that holds them) and by the kind of object.
 */
export function breakdownOwner(g: HeapGraph, d: Dominators, a: OwnerAssignment, label: string): { step: string; bytes: number; objects: number }[] {
  const groups = new Map<string, { step: string; bytes: number; objects: number }>();
  for (const n of d.postOrder) {
    const to = a.chargedTo[n]!;
    if (a.labels.get(to) !== label) continue;
    let below = a.via[n]!;
    while (below !== to && d.idom[below] !== to && below !== 0) below = d.idom[below]!;
    const step = below === to ? '(itself)' : dominatorPath(g, d, below).at(-1)!;
    const type = g.type(n);
    const key = `${step} :: ${type === 'object' ? g.name(n) : `(${type})`}${a.via[n] !== n ? ' shared' : ''}`;
    let entry = groups.get(key);
    if (!entry) groups.set(key, (entry = { step: key, bytes: 0, objects: 0 }));
    entry.bytes += g.selfSize[n]!;
    entry.objects++;
  }
  return [...groups.values()].sort((x, y) => y.bytes - x.bytes);
}

/** A named set of owners: class names, scope variables, what edges of a name lead to, strings holding a text. */
export interface OwnerGroup {
  label: string;
  classes: string[];
  vars: string[];
  edges: string[];
  texts: string[];
}

/**
 * `label=class:DataStore|var:modelPromise|edge:staticPaths|text:astro:data-layer` (a text is looked
 * for in a string's first 200 characters; `var:` is an edge from a scope, `edge:` from anything).
 */
export function parseOwnerGroup(spec: string): OwnerGroup {
  const at = spec.indexOf('=');
  if (at < 1) throw new Error(`--group ${spec}: expected label=class:Name|var:name|text:…`);
  const group: OwnerGroup = { label: spec.slice(0, at), classes: [], vars: [], edges: [], texts: [] };
  for (const part of spec.slice(at + 1).split('|')) {
    const colon = part.indexOf(':');
    const kind = part.slice(0, colon);
    const value = part.slice(colon + 1);
    if (kind === 'class') group.classes.push(value);
    else if (kind === 'var') group.vars.push(value);
    else if (kind === 'edge') group.edges.push(value);
    else if (kind === 'text') group.texts.push(value);
    else throw new Error(`--group ${spec}: "${part}" is not class:, var:, edge: or text:`);
  }
  return group;
}

/** The nodes a group names. */
export function selectGroup(g: HeapGraph, group: OwnerGroup): Uint8Array {
  const mask = new Uint8Array(g.count);
  const classes = new Set(group.classes);
  const vars = new Set(group.vars);
  const edges = new Set(group.edges);
  for (let n = 0; n < g.count; n++) {
    const type = g.type(n);
    if ((type === 'object' || type === 'native') && classes.has(g.name(n))) mask[n] = 1;
    if (type === 'string' && group.texts.length > 0) {
      const head = g.name(n).slice(0, 200);
      if (group.texts.some((text) => head.includes(text))) mask[n] = 1;
    }
    if (vars.size > 0 && g.name(n) === 'system / Context') {
      for (let e = g.firstEdge[n]!; e < g.firstEdge[n + 1]!; e++) if (vars.has(g.edgeName(e))) mask[g.edgeTo[e]!] = 1;
    }
    if (edges.size > 0) {
      for (let e = g.firstEdge[n]!; e < g.firstEdge[n + 1]!; e++) if (edges.has(g.edgeName(e))) mask[g.edgeTo[e]!] = 1;
    }
  }
  return mask;
}

/** Bytes reachable (by non-weak edges) from the root. */
export function reachableBytes(g: HeapGraph, weakType: number, blocked?: Uint8Array): number {
  const seen = new Uint8Array(g.count);
  const queue = new Uint32Array(g.count);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  seen[0] = 1;
  let bytes = 0;
  while (head < tail) {
    const n = queue[head++]!;
    bytes += g.selfSize[n]!;
    for (let e = g.firstEdge[n]!; e < g.firstEdge[n + 1]!; e++) {
      const to = g.edgeTo[e]!;
      if (g.edgeType[e] === weakType || seen[to] || blocked?.[to]) continue;
      seen[to] = 1;
      queue[tail++] = to;
    }
  }
  return bytes;
}

/** What would be freed if the group's nodes were gone: their own bytes and all only they hold. */
export function retainedByGroup(g: HeapGraph, weakType: number, mask: Uint8Array): number {
  return reachableBytes(g, weakType) - reachableBytes(g, weakType, mask);
}
