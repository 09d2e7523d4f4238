// Path-finding kernel over the undirected CSR: shortest, k shortest (Yen), all shortest, and why there is no path.
// Pure and synchronous, so it runs the same in the worker and in Node tests.

import type { Csr } from "./csr.ts";
import { NodeHeap } from "./node-heap.ts";

/** Which edges and nodes a path may use; an empty object allows everything. */
export interface PathOptions {
  /** Edge classes (the CSR's `edgeKinds`, 0–255) a path may not use. */
  excludeKinds?: ReadonlySet<number> | readonly number[];
  /**
   * Edge classes a path may not take two of in a row: it may not pass through a node by two such edges (no detour
   * through a country by two memberships of it), while one of them, at an end or between other relations, is fine.
   * A shortest route under this rule that could only be walked by coming back to a node is not a path: `search`
   * repairs it, so a path found always keeps the rule, though in rare cases it is not the shortest that does.
   */
  noChainKinds?: ReadonlySet<number> | readonly number[];
  /** Nodes a path may not pass through; the endpoints themselves are always allowed. */
  avoid?: ReadonlySet<number> | readonly number[];
  /** Ms since the epoch; a dated edge passes if `dateFrom <= date <= dateTo`, an undated one always passes. */
  dateFrom?: number;
  dateTo?: number;
  /**
   * The edges the current view shows (1) and hides (0), one byte per edge: the explorer's filters. A hidden edge is
   * never used. Absent: every edge is shown. Keep passing the same array while the view does not change: the
   * resolved filter is cached by identity.
   */
  edgeMask?: Uint8Array;
  /** Minimise the sum of `edgeWeights` (Dijkstra) instead of the hop count (bidirectional BFS). */
  weighted?: boolean;
}

export interface Path {
  /** From the first endpoint to the second; one node and no edges when they are the same. */
  nodes: number[];
  /** `edges[i]` joins `nodes[i]` and `nodes[i + 1]`. */
  edges: number[];
  /** Hops, or the sum of edge weights when weighted. */
  cost: number;
}

export type PathBlocker = "filters" | "excludeKinds" | "avoid" | "dates";

export interface NoPathExplanation {
  /**
   * The first filter (in the order filters, excludeKinds, avoid, dates) whose removal alone lets a path through;
   * "combined" when only dropping all of them does; null when a path exists as asked, or none exists even unfiltered.
   */
  blockedBy: PathBlocker | "combined" | null;
  /** Every filter whose removal alone lets a path through. */
  sufficient: PathBlocker[];
  /** No path even with every filter dropped: the endpoints lie in different components. */
  disconnected: boolean;
}

export const DEFAULT_K = 5;

export const DEFAULT_ALL_SHORTEST_LIMIT = 50;

/**
 * The options resolved to masks: 1 = edge usable, 1 = node blocked. Search endpoints are never blocked. `chain`
 * marks the edges of `noChainKinds` (null when there are none).
 */
interface Filter {
  edgeAllowed: Uint8Array;
  nodeBlocked: Uint8Array;
  chain: Uint8Array | null;
}

/**
 * Scratch memory reused by every search on one CSR, so a query costs what it visits rather than O(nodes).
 *
 * Searches run over states, not nodes: state `v` is node v reached by an ordinary edge (or a start), state `v + n`
 * is node v reached by a `chain` edge, which may not be followed by another. Without `chain` edges only the first n
 * states are ever touched. The backward search uses the same states, read from the target: state `v + n` is node v
 * whose path on to the target starts with a `chain` edge. A forward and a backward state at one node join unless
 * both are `+ n`. A state's entry in `parent`, `cost`… is valid only while its `mark` equals the current `stamp`.
 */
interface Workspace {
  stamp: number;
  mark: [Uint32Array, Uint32Array];
  /**
   * `plainBfs`'s marks: `base + 2 × depth + side` for a node its search reached at that depth from the forward (side
   * 0) or backward (side 1) endpoint, where `base` is the search's own first mark. Marks below `base` are stale. They
   * hold what a parent array would (the parent is a neighbour one level up), so a search writes one array, not two.
   */
  depthMark: Int32Array;
  /** One above the highest mark written so far: the next search's `base`. */
  plainTop: number;
  parent: [Int32Array, Int32Array];
  parentEdge: [Int32Array, Int32Array];
  /** Breadth-first queues, one per side: each level is a range of its queue. */
  queue: [Uint32Array, Uint32Array];
  /** Dijkstra's tentative costs and settled marks, one per side (forward from the source, backward from the target). */
  cost: [Float64Array, Float64Array];
  settled: [Uint32Array, Uint32Array];
  heap: [NodeHeap, NodeHeap];
  /** Shared, never written: every edge allowed, no node blocked. */
  allAllowed: Uint8Array;
  noneBlocked: Uint8Array;
  /** The latest edge filter resolved from options, by a key of those options. */
  cachedKey: string | null;
  cachedEdges: Uint8Array | null;
  /** The latest `chain` mask, by the classes it marks. */
  cachedChainKey: string | null;
  cachedChain: Uint8Array | null;
}

const workspaces = new WeakMap<Csr, Workspace>();
const maskIds = new WeakMap<Uint8Array, number>();
let nextMaskId = 1;

function workspace(csr: Csr): Workspace {
  let ws = workspaces.get(csr);
  if (!ws) {
    const n = csr.nodeCount;
    const states = 2 * n;
    const cost: [Float64Array, Float64Array] = [new Float64Array(states), new Float64Array(states)];
    ws = {
      stamp: 0,
      mark: [new Uint32Array(states), new Uint32Array(states)],
      depthMark: new Int32Array(n),
      plainTop: 1,
      parent: [new Int32Array(states), new Int32Array(states)],
      parentEdge: [new Int32Array(states), new Int32Array(states)],
      queue: [new Uint32Array(states), new Uint32Array(states)],
      cost,
      settled: [new Uint32Array(states), new Uint32Array(states)],
      heap: [new NodeHeap(states, cost[0]), new NodeHeap(states, cost[1])],
      allAllowed: new Uint8Array(csr.edgeCount).fill(1),
      noneBlocked: new Uint8Array(n),
      cachedKey: null,
      cachedEdges: null,
      cachedChainKey: null,
      cachedChain: null,
    };
    workspaces.set(csr, ws);
  }
  return ws;
}

/** A fresh stamp: every mark of an earlier search is stale. */
function nextStamp(ws: Workspace): number {
  if (ws.stamp >= 0xffffffff) {
    for (const array of [...ws.mark, ...ws.settled]) array.fill(0);
    ws.stamp = 0;
  }
  return ++ws.stamp;
}

function checkNode(where: string, csr: Csr, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= csr.nodeCount) {
    throw new Error(`${where}: node index ${index} out of range (nodeCount ${csr.nodeCount})`);
  }
}

/**
 * The options as masks. Shared arrays come back unless `owned`: a caller that blocks edges or nodes as it goes
 * (Yen's algorithm) asks for its own copies.
 */
function resolveFilter(where: string, csr: Csr, from: number, to: number, options: PathOptions, owned = false): Filter {
  checkNode(where, csr, from);
  checkNode(where, csr, to);
  const { dateFrom = -Infinity, dateTo = Infinity, edgeMask } = options;
  if (Number.isNaN(dateFrom) || Number.isNaN(dateTo)) throw new Error(`${where}: dateFrom and dateTo must be numbers`);
  if (dateFrom > dateTo) throw new Error(`${where}: dateFrom ${dateFrom} is after dateTo ${dateTo}`);
  if (edgeMask && edgeMask.length !== csr.edgeCount) {
    throw new Error(`${where}: edgeMask has ${edgeMask.length} entries for ${csr.edgeCount} edges`);
  }
  const excluded = edgeClassSet(where, options.excludeKinds);
  const kinds = [...excluded.keys()];
  const ws = workspace(csr);
  let edgeAllowed: Uint8Array;
  if (kinds.length === 0 && dateFrom === -Infinity && dateTo === Infinity && !edgeMask) {
    edgeAllowed = ws.allAllowed;
  } else {
    if (edgeMask && !maskIds.has(edgeMask)) maskIds.set(edgeMask, nextMaskId++);
    const key = `${kinds.sort((a, b) => a - b).join(",")}|${dateFrom}|${dateTo}|${edgeMask ? maskIds.get(edgeMask) : 0}`;
    if (ws.cachedKey !== key || !ws.cachedEdges) {
      const edges = new Uint8Array(csr.edgeCount);
      for (let e = 0; e < csr.edgeCount; e++) {
        const date = csr.edgeDates[e];
        const inWindow = Number.isNaN(date) || (date >= dateFrom && date <= dateTo);
        edges[e] = inWindow && !excluded.has(csr.edgeKinds[e]) && (!edgeMask || edgeMask[e] !== 0) ? 1 : 0;
      }
      ws.cachedKey = key;
      ws.cachedEdges = edges;
    }
    edgeAllowed = ws.cachedEdges;
  }

  let nodeBlocked = ws.noneBlocked;
  const avoid = [...(options.avoid ?? [])];
  if (avoid.length > 0) {
    nodeBlocked = new Uint8Array(csr.nodeCount);
    for (const node of avoid) {
      checkNode(where, csr, node);
      nodeBlocked[node] = 1;
    }
    nodeBlocked[from] = 0;
    nodeBlocked[to] = 0;
  } else if (owned) nodeBlocked = new Uint8Array(csr.nodeCount);

  let chain: Uint8Array | null = null;
  const chained = [...edgeClassSet(where, options.noChainKinds).keys()];
  if (chained.length > 0) {
    const key = chained.sort((a, b) => a - b).join(",");
    if (ws.cachedChainKey !== key || !ws.cachedChain) {
      const classes = new Set(chained);
      ws.cachedChain = Uint8Array.from(csr.edgeKinds, (kind) => (classes.has(kind) ? 1 : 0));
      ws.cachedChainKey = key;
    }
    chain = ws.cachedChain;
  }
  return { edgeAllowed: owned ? edgeAllowed.slice() : edgeAllowed, nodeBlocked, chain };
}

/** A list of edge classes as a set; throws `where: edge class … out of range` for anything but a byte. */
function edgeClassSet(where: string, classes: ReadonlySet<number> | readonly number[] | undefined): Set<number> {
  const set = new Set<number>();
  for (const kind of classes ?? []) {
    if (!Number.isInteger(kind) || kind < 0 || kind > 255) {
      throw new Error(`${where}: edge class ${kind} out of range (0 to 255)`);
    }
    set.add(kind);
  }
  return set;
}

/** The filter with its `chain` edges left out altogether, for when the rule alone finds only a walk. */
function withoutChain(filter: Filter): Filter {
  const chain = filter.chain;
  if (chain === null) return filter;
  return {
    edgeAllowed: filter.edgeAllowed.map((allowed, e) => allowed & (chain[e] ^ 1)),
    nodeBlocked: filter.nodeBlocked,
    chain: null,
  };
}

function isSimple(nodes: readonly number[]): boolean {
  return new Set(nodes).size === nodes.length;
}

/**
 * The node a state was reached from, which its search may not step straight back to (-1: none, or no `chain` rule).
 * Without the rule a search never does anyway; with it, stepping back (along the same edge or a parallel one) is how
 * a walk would shed the rule's state, and no path does it.
 */
function cameFrom(parent: Int32Array, state: number, n: number, chain: Uint8Array | null): number {
  if (chain === null) return -1;
  const from = parent[state];
  return from < 0 ? -1 : nodeOf(from, n);
}

/** The node of a search state. */
function nodeOf(state: number, n: number): number {
  return state < n ? state : state - n;
}

/** The path from a meeting: the forward states' parents back to the start, then the backward ones on to the end. */
function joinPath(ws: Workspace, n: number, forward: number, backward: number, middle: number[] = []): Path {
  const { parent, parentEdge } = ws;
  const nodes: number[] = [];
  const edges: number[] = [];
  let s = forward;
  for (; parent[0][s] !== -1; s = parent[0][s]) {
    nodes.push(nodeOf(s, n));
    edges.push(parentEdge[0][s]);
  }
  nodes.push(nodeOf(s, n));
  nodes.reverse();
  edges.reverse();
  edges.push(...middle);
  if (middle.length > 0) nodes.push(nodeOf(backward, n));
  for (s = backward; parent[1][s] !== -1; s = parent[1][s]) {
    nodes.push(nodeOf(parent[1][s], n));
    edges.push(parentEdge[1][s]);
  }
  return { nodes, edges, cost: edges.length };
}

/**
 * `bidirectionalBfs` without the `chain` rule, where states are nodes. This is the common case (and every spur search
 * of Yen's algorithm then), so it gets the tightest loop: both sides' marks in one array, holding depths instead of
 * parents, and the meeting found by the read that would mark a node. The search and the meeting are the same; among
 * equal halves, `plainPath` takes the one through lower node indices, which is as deterministic as the scan order.
 * On a random 100k-node graph with 5 edges per node a query scans about 800 edges, so most of its time is the
 * memory latency of ~70 rows and ~800 marks: one array write per reached node instead of three keeps it low.
 */
function plainBfs(csr: Csr, from: number, to: number, filter: Filter): Path | null {
  const { offsets, neighbours, edgeIds } = csr;
  const { edgeAllowed, nodeBlocked } = filter;
  const ws = workspace(csr);
  const { depthMark, queue } = ws;
  const base = plainBase(ws, csr.nodeCount);
  const filtered = edgeAllowed !== ws.allAllowed || nodeBlocked !== ws.noneBlocked;
  let head0 = 0;
  let tail0 = 1;
  let head1 = 0;
  let tail1 = 1;
  let depth0 = 0;
  let depth1 = 0;
  queue[0][0] = from;
  queue[1][0] = to;
  depthMark[from] = base;
  depthMark[to] = base + 1;
  while (head0 < tail0 && head1 < tail1) {
    const side = tail0 - head0 <= tail1 - head1 ? 0 : 1;
    const depth = side === 0 ? depth0++ : depth1++;
    const mark = base + 2 * depth + 2 + side;
    const q = queue[side];
    const end = side === 0 ? tail0 : tail1;
    let next = end;
    for (let k = side === 0 ? head0 : head1; k < end; k++) {
      const u = q[k];
      for (let i = offsets[u], stop = offsets[u + 1]; i < stop; i++) {
        const v = neighbours[i];
        const seen = depthMark[v] - base;
        if (seen >= 0 && (seen & 1) === side) continue;
        if (filtered && (edgeAllowed[edgeIds[i]] === 0 || nodeBlocked[v] === 1)) continue;
        // The other side holds v: u's half ends at u, and this edge joins the halves.
        if (seen >= 0) {
          ws.plainTop = base + 2 * Math.max(depth0, depth1) + 2;
          return side === 0 ? plainPath(csr, filter, ws, base, u, v) : plainPath(csr, filter, ws, base, v, u);
        }
        depthMark[v] = mark;
        q[next++] = v;
      }
    }
    if (side === 0) {
      head0 = end;
      tail0 = next;
    } else {
      head1 = end;
      tail1 = next;
    }
  }
  ws.plainTop = base + 2 * Math.max(depth0, depth1) + 2;
  return null;
}

/** The first mark of a new search: above every mark the last one wrote, so none of them reads as this search's. */
function plainBase(ws: Workspace, nodeCount: number): number {
  // Each side adds one level per round, at most nodeCount levels in all: room for a whole search below 2^31.
  if (ws.plainTop > 0x7fffffff - 2 * nodeCount - 4) {
    ws.depthMark.fill(0);
    ws.plainTop = 1;
  }
  return ws.plainTop;
}

/**
 * The path `plainBfs` met, from its marks: each half is walked back from the meeting to its endpoint, one depth at a
 * time, through the lowest-index neighbour one level nearer the endpoint that an allowed edge (the lowest such)
 * joins. Reading parents off the depths instead of storing one per node halves the search's memory writes.
 */
function plainPath(csr: Csr, filter: Filter, ws: Workspace, base: number, forward: number, backward: number): Path {
  const before = walkBack(csr, filter, ws.depthMark, base, forward);
  const after = walkBack(csr, filter, ws.depthMark, base, backward);
  const joining = firstEdge(csr, filter.edgeAllowed, forward, backward);
  return {
    nodes: [...before.nodes.reverse(), ...after.nodes],
    edges: [...before.edges.reverse(), joining, ...after.edges],
    cost: before.edges.length + 1 + after.edges.length,
  };
}

/** From `node` back to its side's endpoint (depth 0), nodes and edges in walking order. */
function walkBack(
  csr: Csr,
  filter: Filter,
  depthMark: Int32Array,
  base: number,
  node: number,
): { nodes: number[]; edges: number[] } {
  const { offsets, neighbours, edgeIds } = csr;
  const nodes = [node];
  const edges: number[] = [];
  for (let u = node, mark = depthMark[node]; mark > base + 1;) {
    const wanted = mark - 2;
    let step = -1;
    for (let i = offsets[u], stop = offsets[u + 1]; i < stop && step < 0; i++) {
      if (depthMark[neighbours[i]] === wanted && filter.edgeAllowed[edgeIds[i]] === 1) step = i;
    }
    if (step < 0) throw new Error(`paths.find: node ${u} has no neighbour one level nearer its endpoint`);
    u = neighbours[step];
    mark = wanted;
    nodes.push(u);
    edges.push(edgeIds[step]);
  }
  return { nodes, edges };
}

/** The lowest allowed edge joining u and v: u's row is sorted by neighbour, so a binary search finds v's entries. */
function firstEdge(csr: Csr, edgeAllowed: Uint8Array, u: number, v: number): number {
  const { offsets, neighbours, edgeIds } = csr;
  let low = offsets[u];
  let high = offsets[u + 1];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (neighbours[mid] < v) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < offsets[u + 1] && neighbours[i] === v; i++)
    if (edgeAllowed[edgeIds[i]] === 1) return edgeIds[i];
  throw new Error(`paths.find: no allowed edge joins ${u} and ${v}`);
}

/**
 * Fewest hops: a breadth-first search from each end, expanding one whole level of the smaller frontier at a time and
 * stopping at the first state the other side has reached (and may join). Ties go to the scan order (frontiers in
 * the order they were reached, rows sorted by neighbour), so the same graph always gives the same path. The forward
 * search starts in state `startFlag` (1: the path so far ended with a `chain` edge). The result may come back to a
 * node only when the filter has `chain` edges; `search` deals with that.
 */
function bidirectionalBfs(csr: Csr, from: number, to: number, filter: Filter, startFlag = 0): Path | null {
  if (from === to) return { nodes: [from], edges: [], cost: 0 };
  if (filter.chain === null) return plainBfs(csr, from, to, filter);
  const n = csr.nodeCount;
  const { offsets, neighbours, edgeIds } = csr;
  const { edgeAllowed, nodeBlocked, chain } = filter;
  const ws = workspace(csr);
  const stamp = nextStamp(ws);
  const { mark, parent, parentEdge, queue } = ws;
  // Without filters the two mask reads per edge are skipped: they are most of the memory traffic on a large graph.
  const filtered = edgeAllowed !== ws.allAllowed || nodeBlocked !== ws.noneBlocked;
  const start = startFlag === 1 && chain !== null ? from + n : from;
  // Each side's current level is queue[side][head..tail).
  const head = [0, 0];
  const tail = [1, 1];
  queue[0][0] = start;
  queue[1][0] = to;
  mark[0][start] = stamp;
  mark[1][to] = stamp;
  parent[0][start] = -1;
  parent[1][to] = -1;

  let meet = -1;
  let joined = -1;
  let meetSide = 0;
  while (meet < 0 && head[0] < tail[0] && head[1] < tail[1]) {
    const side = tail[0] - head[0] <= tail[1] - head[1] ? 0 : 1;
    const mine = mark[side];
    const theirs = mark[1 - side];
    const myParent = parent[side];
    const myParentEdge = parentEdge[side];
    const q = queue[side];
    const end = tail[side];
    let next = end;
    for (let k = head[side]; k < end && meet < 0; k++) {
      const s = q[k];
      const u = s < n ? s : s - n;
      const afterChain = s !== u;
      const back = cameFrom(myParent, s, n, chain);
      for (let i = offsets[u], stop = offsets[u + 1]; i < stop; i++) {
        const v = neighbours[i];
        let t = v;
        let e = -1;
        if (chain !== null) {
          if (v === back) continue;
          e = edgeIds[i];
          if (chain[e] === 1) {
            if (afterChain) continue;
            t = v + n;
          }
        }
        if (mine[t] === stamp) continue;
        if (e < 0) e = edgeIds[i];
        if (filtered && (edgeAllowed[e] === 0 || nodeBlocked[v] === 1)) continue;
        mine[t] = stamp;
        myParent[t] = s;
        myParentEdge[t] = e;
        q[next++] = t;
        if (theirs[v] === stamp) joined = v;
        else if (t === v && chain !== null && theirs[v + n] === stamp) joined = v + n;
        if (joined >= 0) {
          meet = t;
          meetSide = side;
          break;
        }
      }
    }
    head[side] = end;
    tail[side] = next;
  }
  if (meet < 0) return null;
  return meetSide === 0 ? joinPath(ws, n, meet, joined) : joinPath(ws, n, joined, meet);
}

/** The smallest key in a heap, Infinity when it is empty. */
function topKey(heap: NodeHeap, cost: Float64Array): number {
  return heap.size > 0 ? cost[heap.peek()] : Infinity;
}

/**
 * Least total weight, by bidirectional Dijkstra: a search from each end, the side with the smaller next key going
 * first (the forward side on a tie), stopping once the two next keys add up to the best path met so far. Each side
 * only needs to reach about half the path's cost, so far fewer nodes settle than in a one-sided search. Ties: the
 * first best path met wins, and the scan order (heaps break ties to the lower index, rows are sorted) fixes which.
 * States, `startFlag` and walks that come back to a node are as in `bidirectionalBfs`.
 */
function dijkstra(csr: Csr, from: number, to: number, filter: Filter, startFlag = 0): Path | null {
  if (from === to) return { nodes: [from], edges: [], cost: 0 };
  const n = csr.nodeCount;
  const { offsets, neighbours, edgeIds, edgeWeights } = csr;
  const { edgeAllowed, nodeBlocked, chain } = filter;
  const ws = workspace(csr);
  const stamp = nextStamp(ws);
  const { mark, cost, settled, heap, parent, parentEdge } = ws;
  const filtered = edgeAllowed !== ws.allAllowed || nodeBlocked !== ws.noneBlocked;
  const start = startFlag === 1 && chain !== null ? from + n : from;
  heap[0].clear();
  heap[1].clear();
  mark[0][start] = stamp;
  cost[0][start] = 0;
  parent[0][start] = -1;
  heap[0].push(start);
  mark[1][to] = stamp;
  cost[1][to] = 0;
  parent[1][to] = -1;
  heap[1].push(to);

  let best = Infinity;
  let meetForward = -1;
  let meetBackward = -1;
  let meetEdge = -1;
  for (;;) {
    const forwardTop = topKey(heap[0], cost[0]);
    const backwardTop = topKey(heap[1], cost[1]);
    if (forwardTop === Infinity || backwardTop === Infinity || forwardTop + backwardTop >= best) break;
    const side = forwardTop <= backwardTop ? 0 : 1;
    const other = 1 - side;
    const mine = cost[side];
    const theirs = cost[other];
    const reached = mark[side];
    const theirsReached = mark[other];
    const done = settled[side];
    const myParent = parent[side];
    const myParentEdge = parentEdge[side];
    const s = heap[side].pop();
    done[s] = stamp;
    const u = s < n ? s : s - n;
    const afterChain = s !== u;
    const back = cameFrom(myParent, s, n, chain);
    const base = mine[s];
    for (let i = offsets[u], stop = offsets[u + 1]; i < stop; i++) {
      const v = neighbours[i];
      if (v === back) continue;
      const e = edgeIds[i];
      let t = v;
      if (chain !== null && chain[e] === 1) {
        if (afterChain) continue;
        t = v + n;
      }
      if (done[t] === stamp) continue;
      if (filtered && (edgeAllowed[e] === 0 || nodeBlocked[v] === 1)) continue;
      const d = base + edgeWeights[e];
      if (reached[t] !== stamp || d < mine[t]) {
        reached[t] = stamp;
        mine[t] = d;
        myParent[t] = s;
        myParentEdge[t] = e;
        heap[side].push(t);
      }
      // The other side's states at v that may follow (or precede) this edge: v always, v + n after an ordinary one.
      for (let j = 0; j < (t === v && chain !== null ? 2 : 1); j++) {
        const joined = v + j * n;
        if (theirsReached[joined] !== stamp) continue;
        const through = d + theirs[joined];
        if (through < best) {
          best = through;
          meetForward = side === 0 ? s : joined;
          meetBackward = side === 0 ? joined : s;
          meetEdge = e;
        }
      }
    }
  }
  heap[0].clear();
  heap[1].clear();
  if (meetEdge < 0) return null;
  const path = joinPath(ws, n, meetForward, meetBackward, [meetEdge]);
  return { ...path, cost: pathCost(csr, path.edges, true) };
}

function pathCost(csr: Csr, edges: number[], weighted: boolean): number {
  if (!weighted) return edges.length;
  let cost = 0;
  for (const e of edges) cost += csr.edgeWeights[e];
  return cost;
}

/**
 * One shortest path under `filter`. The `chain` rule's shortest route may come back to a node (it left a country by
 * another relation only to return to it), which is no path. Then the search is repaired around the nodes it came
 * back to: once without their `chain` edges, once avoiding them; the cheaper simple result wins. If neither is
 * simple, the `chain` edges are left out altogether. Either way the result is a real path that keeps the rule,
 * though in such rare cases not always the shortest one.
 */
function search(csr: Csr, from: number, to: number, filter: Filter, weighted: boolean, startFlag = 0): Path | null {
  const find = (used: Filter) =>
    weighted ? dijkstra(csr, from, to, used, startFlag) : bidirectionalBfs(csr, from, to, used, startFlag);
  const path = find(filter);
  const chain = filter.chain;
  if (path === null || chain === null || isSimple(path.nodes)) return path;
  const repeated = path.nodes.filter((node, i) => path.nodes.indexOf(node) !== i && node !== from && node !== to);
  const withoutTheirChain: Filter = { ...filter, edgeAllowed: filter.edgeAllowed.slice() };
  const avoiding: Filter = { ...filter, nodeBlocked: filter.nodeBlocked.slice() };
  for (const node of repeated) {
    avoiding.nodeBlocked[node] = 1;
    for (let i = csr.offsets[node]; i < csr.offsets[node + 1]; i++) {
      if (chain[csr.edgeIds[i]] === 1) withoutTheirChain.edgeAllowed[csr.edgeIds[i]] = 0;
    }
  }
  const repaired = [find(withoutTheirChain), repeated.length > 0 ? find(avoiding) : null]
    .filter((found): found is Path => found !== null && isSimple(found.nodes))
    .sort(comparePaths);
  return repaired[0] ?? find(withoutChain(filter));
}

/**
 * Orders paths by cost, then step by step: the next node, then the edge taken to it (parallel edges make distinct
 * paths); a path that ends first comes first. This is the order a search scanning CSR rows ascending meets them.
 */
export function comparePaths(a: Path, b: Path): number {
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.nodes[0] !== b.nodes[0]) return a.nodes[0] - b.nodes[0];
  const steps = Math.min(a.edges.length, b.edges.length);
  for (let i = 0; i < steps; i++) {
    if (a.nodes[i + 1] !== b.nodes[i + 1]) return a.nodes[i + 1] - b.nodes[i + 1];
    if (a.edges[i] !== b.edges[i]) return a.edges[i] - b.edges[i];
  }
  return a.edges.length - b.edges.length;
}

/** One shortest path (fewest hops, or least weight when `weighted`), or null; throws `paths.find: …`. */
export function shortestPath(csr: Csr, from: number, to: number, options: PathOptions = {}): Path | null {
  const filter = resolveFilter("paths.find", csr, from, to, options);
  return search(csr, from, to, filter, options.weighted === true);
}

/**
 * Up to `k` loopless paths in order of `comparePaths` (Yen's algorithm); throws `paths.kShortest: …`.
 * Each spur search is a full shortest-path search, so the cost is about k × path length searches.
 */
export function kShortestPaths(
  csr: Csr,
  from: number,
  to: number,
  k: number = DEFAULT_K,
  options: PathOptions = {},
): Path[] {
  const where = "paths.kShortest";
  if (!Number.isInteger(k) || k < 1) throw new Error(`${where}: k must be a positive integer, got ${k}`);
  const filter = resolveFilter(where, csr, from, to, options, true);
  const weighted = options.weighted === true;
  const first = search(csr, from, to, filter, weighted);
  if (!first) return [];
  const found: Path[] = [first];
  const candidates: Path[] = [];
  const seen = new Set<string>([first.edges.join(",")]);

  while (found.length < k) {
    const previous = found[found.length - 1];
    for (let i = 0; i < previous.edges.length; i++) {
      const spur = previous.nodes[i];
      const rootNodes = previous.nodes.slice(0, i + 1);
      const rootEdges = previous.edges.slice(0, i);
      // Block the next edge of every found path sharing this root, and the root's nodes before the spur.
      const blockedEdges: number[] = [];
      for (const path of found) {
        if (path.edges.length > i && sameStart(path, rootNodes, rootEdges) && filter.edgeAllowed[path.edges[i]]) {
          filter.edgeAllowed[path.edges[i]] = 0;
          blockedEdges.push(path.edges[i]);
        }
      }
      const blockedNodes = rootNodes.slice(0, i).filter((node) => filter.nodeBlocked[node] === 0);
      for (const node of blockedNodes) filter.nodeBlocked[node] = 1;

      // Past a `chain` edge, the spur may not start with another.
      const startFlag = i > 0 && filter.chain !== null ? filter.chain[previous.edges[i - 1]] : 0;
      const spurPath = search(csr, spur, to, filter, weighted, startFlag);

      for (const e of blockedEdges) filter.edgeAllowed[e] = 1;
      for (const node of blockedNodes) filter.nodeBlocked[node] = 0;
      if (!spurPath) continue;
      const edges = rootEdges.concat(spurPath.edges);
      const key = edges.join(",");
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({
        nodes: rootNodes.concat(spurPath.nodes.slice(1)),
        edges,
        cost: pathCost(csr, edges, weighted),
      });
    }
    if (candidates.length === 0) break;
    candidates.sort(comparePaths);
    found.push(candidates.shift()!);
  }
  // Yen yields costs in order, but a later equal-cost candidate may sort before one already taken.
  return found.sort(comparePaths);
}

function sameStart(path: Path, nodes: number[], edges: number[]): boolean {
  for (let i = 0; i < nodes.length; i++) if (path.nodes[i] !== nodes[i]) return false;
  for (let i = 0; i < edges.length; i++) if (path.edges[i] !== edges[i]) return false;
  return true;
}

/**
 * BFS hop distances over states (see `Workspace`) from state `source`, stopping after depth `maxDepth`; -1 = not
 * reached.
 */
function bfsDistances(csr: Csr, source: number, filter: Filter, maxDepth: number): Int32Array {
  const n = csr.nodeCount;
  const { offsets, neighbours, edgeIds } = csr;
  const { edgeAllowed, nodeBlocked, chain } = filter;
  const dist = new Int32Array(2 * n).fill(-1);
  dist[source] = 0;
  const queue = new Uint32Array(2 * n);
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  while (head < tail) {
    const s = queue[head++];
    if (dist[s] >= maxDepth) continue;
    const u = nodeOf(s, n);
    for (let i = offsets[u]; i < offsets[u + 1]; i++) {
      const t = nextState(s, u, neighbours[i], edgeIds[i], n, chain);
      if (t < 0 || edgeAllowed[edgeIds[i]] === 0 || nodeBlocked[neighbours[i]] === 1 || dist[t] >= 0) continue;
      dist[t] = dist[s] + 1;
      queue[tail++] = t;
    }
  }
  return dist;
}

/** The state reached from state `s` (at node `u`) by edge `e` to `v`; -1 when the `chain` rule forbids it. */
function nextState(s: number, u: number, v: number, e: number, n: number, chain: Uint8Array | null): number {
  if (chain === null || chain[e] === 0) return v;
  return s === u ? v + n : -1;
}

/**
 * Every fewest-hop path, parallel edges giving distinct paths, in `comparePaths` order, at most `limit` of them;
 * throws `paths.allShortest: …` (also for `weighted`, which it does not support).
 */
export function allShortestPaths(
  csr: Csr,
  from: number,
  to: number,
  options: PathOptions = {},
  limit: number = DEFAULT_ALL_SHORTEST_LIMIT,
): Path[] {
  const where = "paths.allShortest";
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`${where}: limit must be a positive integer, got ${limit}`);
  if (options.weighted) throw new Error(`${where}: weighted paths are not supported; use kShortestPaths`);
  let filter = resolveFilter(where, csr, from, to, options);
  let first = bidirectionalBfs(csr, from, to, filter);
  if (first !== null && filter.chain !== null && !isSimple(first.nodes)) {
    filter = withoutChain(filter);
    first = bidirectionalBfs(csr, from, to, filter);
  }
  if (!first) return [];
  const length = first.cost;
  const n = csr.nodeCount;
  const toDist = bfsDistances(csr, to, filter, length);
  // Hops left from a forward state to the target: through a backward state at its node that may follow it.
  const remaining = (t: number): number => {
    const v = nodeOf(t, n);
    const plain = toDist[v];
    const afterChain = t === v && filter.chain !== null ? toDist[v + n] : -1;
    if (plain < 0) return afterChain;
    return afterChain < 0 ? plain : Math.min(plain, afterChain);
  };

  // Depth-first from the source, rows in ascending order, never coming back to a node, going on only where the hops
  // so far plus the fewest left (over states, which may undercount a path that cannot come back) fit the length.
  const { offsets, neighbours, edgeIds } = csr;
  const paths: Path[] = [];
  const nodes = [from];
  const edges: number[] = [];
  const onPath = new Uint8Array(n);
  onPath[from] = 1;
  const walk = (s: number): void => {
    const u = nodeOf(s, n);
    if (u === to) {
      if (edges.length === length) paths.push({ nodes: nodes.slice(), edges: edges.slice(), cost: length });
      return;
    }
    for (let i = offsets[u]; i < offsets[u + 1] && paths.length < limit; i++) {
      const v = neighbours[i];
      const t = nextState(s, u, v, edgeIds[i], n, filter.chain);
      if (t < 0 || onPath[v] === 1 || filter.edgeAllowed[edgeIds[i]] === 0 || filter.nodeBlocked[v] === 1) continue;
      const left = remaining(t);
      if (left < 0 || edges.length + 1 + left > length) continue;
      nodes.push(v);
      edges.push(edgeIds[i]);
      onPath[v] = 1;
      walk(t);
      onPath[v] = 0;
      nodes.pop();
      edges.pop();
    }
  };
  walk(from);
  return paths;
}

/** Why `shortestPath` found nothing: retries with each filter dropped in turn; throws `paths.explain: …`. */
export function explainNoPath(csr: Csr, from: number, to: number, options: PathOptions = {}): NoPathExplanation {
  const where = "paths.explain";
  const connected = (relaxed: PathOptions): boolean =>
    search(csr, from, to, resolveFilter(where, csr, from, to, relaxed), false) !== null;
  if (connected(options)) return { blockedBy: null, sufficient: [], disconnected: false };

  const hasKinds = [...(options.excludeKinds ?? []), ...(options.noChainKinds ?? [])].length > 0;
  const hasAvoid = [...(options.avoid ?? [])].some((node) => node !== from && node !== to);
  const hasDates = options.dateFrom !== undefined || options.dateTo !== undefined;
  const relaxations: Array<[PathBlocker, boolean, PathOptions]> = [
    ["filters", options.edgeMask !== undefined, { ...options, edgeMask: undefined }],
    ["excludeKinds", hasKinds, { ...options, excludeKinds: [], noChainKinds: [] }],
    ["avoid", hasAvoid, { ...options, avoid: [] }],
    ["dates", hasDates, { ...options, dateFrom: undefined, dateTo: undefined }],
  ];
  const sufficient = relaxations.filter(([, set, relaxed]) => set && connected(relaxed)).map(([name]) => name);
  if (sufficient.length > 0) return { blockedBy: sufficient[0], sufficient, disconnected: false };
  const disconnected = !connected({});
  return { blockedBy: disconnected ? null : "combined", sufficient, disconnected };
}
