// Path-finding kernel over the undirected CSR: shortest, k shortest (Yen), all shortest, and why there is no path.
// Pure and synchronous, so it runs the same in the worker and in Node tests.

import type { Csr } from "./csr.ts";

/** Which edges and nodes a path may use; an empty object allows everything. */
export interface PathOptions {
  /** Edge classes (the CSR's `edgeKinds`, 0–255) a path may not use. */
  excludeKinds?: ReadonlySet<number> | readonly number[];
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

/** The options resolved to masks: 1 = edge usable, 1 = node blocked. Search endpoints are never blocked. */
interface Filter {
  edgeAllowed: Uint8Array;
  nodeBlocked: Uint8Array;
}

/**
 * Scratch memory reused by every search on one CSR, so a query costs what it visits rather than O(nodes): a node's
 * entry in `parent`, `cost`… is valid only while its `mark` equals the current `stamp`.
 */
interface Workspace {
  stamp: number;
  mark: [Uint32Array, Uint32Array];
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
}

const workspaces = new WeakMap<Csr, Workspace>();
const maskIds = new WeakMap<Uint8Array, number>();
let nextMaskId = 1;

function workspace(csr: Csr): Workspace {
  let ws = workspaces.get(csr);
  if (!ws) {
    const n = csr.nodeCount;
    const cost: [Float64Array, Float64Array] = [new Float64Array(n), new Float64Array(n)];
    ws = {
      stamp: 0,
      mark: [new Uint32Array(n), new Uint32Array(n)],
      parent: [new Int32Array(n), new Int32Array(n)],
      parentEdge: [new Int32Array(n), new Int32Array(n)],
      queue: [new Uint32Array(n), new Uint32Array(n)],
      cost,
      settled: [new Uint32Array(n), new Uint32Array(n)],
      heap: [new NodeHeap(n, cost[0]), new NodeHeap(n, cost[1])],
      allAllowed: new Uint8Array(csr.edgeCount).fill(1),
      noneBlocked: new Uint8Array(n),
      cachedKey: null,
      cachedEdges: null,
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
  const excluded = new Uint8Array(256);
  const kinds: number[] = [];
  for (const kind of options.excludeKinds ?? []) {
    if (!Number.isInteger(kind) || kind < 0 || kind > 255) {
      throw new Error(`${where}: edge class ${kind} out of range (0 to 255)`);
    }
    if (!excluded[kind]) kinds.push(kind);
    excluded[kind] = 1;
  }

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
        edges[e] = inWindow && excluded[csr.edgeKinds[e]] === 0 && (!edgeMask || edgeMask[e] !== 0) ? 1 : 0;
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
  return { edgeAllowed: owned ? edgeAllowed.slice() : edgeAllowed, nodeBlocked };
}

/**
 * Fewest hops: a breadth-first search from each end, expanding one whole level of the smaller frontier at a time and
 * stopping at the first node the other side has reached. Ties go to the scan order (frontiers in the order they were
 * reached, rows sorted by neighbour), so the same graph always gives the same path.
 */
function bidirectionalBfs(csr: Csr, from: number, to: number, filter: Filter): Path | null {
  if (from === to) return { nodes: [from], edges: [], cost: 0 };
  const { offsets, neighbours, edgeIds } = csr;
  const { edgeAllowed, nodeBlocked } = filter;
  const ws = workspace(csr);
  const stamp = nextStamp(ws);
  const { mark, parent, parentEdge, queue } = ws;
  // Without filters the two mask reads per edge are skipped: they are most of the memory traffic on a large graph.
  const filtered = edgeAllowed !== ws.allAllowed || nodeBlocked !== ws.noneBlocked;
  // Each side's current level is queue[side][head..tail).
  const head = [0, 0];
  const tail = [1, 1];
  queue[0][0] = from;
  queue[1][0] = to;
  mark[0][from] = stamp;
  mark[1][to] = stamp;

  let meet = -1;
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
      const u = q[k];
      for (let i = offsets[u], stop = offsets[u + 1]; i < stop; i++) {
        const v = neighbours[i];
        if (mine[v] === stamp) continue;
        const e = edgeIds[i];
        if (filtered && (edgeAllowed[e] === 0 || nodeBlocked[v] === 1)) continue;
        mine[v] = stamp;
        myParent[v] = u;
        myParentEdge[v] = e;
        q[next++] = v;
        if (theirs[v] === stamp) {
          meet = v;
          break;
        }
      }
    }
    head[side] = end;
    tail[side] = next;
  }
  if (meet < 0) return null;
  const nodes: number[] = [];
  const edges: number[] = [];
  for (let v = meet; v !== from; v = parent[0][v]) {
    nodes.push(v);
    edges.push(parentEdge[0][v]);
  }
  nodes.push(from);
  nodes.reverse();
  edges.reverse();
  for (let v = meet; v !== to; v = parent[1][v]) {
    nodes.push(parent[1][v]);
    edges.push(parentEdge[1][v]);
  }
  return { nodes, edges, cost: edges.length };
}

/** A binary min-heap of node indices keyed by `keys[node]`, ties to the lower index, with decrease-key. */
class NodeHeap {
  private readonly heap: Uint32Array;
  private readonly position: Int32Array;
  size = 0;

  constructor(
    nodeCount: number,
    private readonly keys: Float64Array,
  ) {
    this.heap = new Uint32Array(nodeCount);
    this.position = new Int32Array(nodeCount).fill(-1);
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a];
    const kb = this.keys[b];
    return ka < kb || (ka === kb && a < b);
  }

  private place(node: number, slot: number): void {
    this.heap[slot] = node;
    this.position[node] = slot;
  }

  /** Inserts `node` or moves it up after its key fell. */
  push(node: number): void {
    let slot = this.position[node];
    if (slot < 0) slot = this.size++;
    while (slot > 0) {
      const up = (slot - 1) >> 1;
      if (!this.less(node, this.heap[up])) break;
      this.place(this.heap[up], slot);
      slot = up;
    }
    this.place(node, slot);
  }

  /** The node with the smallest key; the heap must not be empty. */
  peek(): number {
    return this.heap[0];
  }

  /** Empties the heap, leaving every position at -1 for the next search. */
  clear(): void {
    for (let slot = 0; slot < this.size; slot++) this.position[this.heap[slot]] = -1;
    this.size = 0;
  }

  pop(): number {
    const top = this.heap[0];
    this.position[top] = -1;
    const last = this.heap[--this.size];
    if (this.size > 0) {
      let slot = 0;
      for (;;) {
        const left = 2 * slot + 1;
        if (left >= this.size) break;
        const right = left + 1;
        const child = right < this.size && this.less(this.heap[right], this.heap[left]) ? right : left;
        if (!this.less(this.heap[child], last)) break;
        this.place(this.heap[child], slot);
        slot = child;
      }
      this.place(last, slot);
    }
    return top;
  }
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
 */
function dijkstra(csr: Csr, from: number, to: number, filter: Filter): Path | null {
  if (from === to) return { nodes: [from], edges: [], cost: 0 };
  const { offsets, neighbours, edgeIds, edgeWeights } = csr;
  const { edgeAllowed, nodeBlocked } = filter;
  const ws = workspace(csr);
  const stamp = nextStamp(ws);
  const { mark, cost, settled, heap, parent, parentEdge } = ws;
  const filtered = edgeAllowed !== ws.allAllowed || nodeBlocked !== ws.noneBlocked;
  heap[0].clear();
  heap[1].clear();
  mark[0][from] = stamp;
  cost[0][from] = 0;
  heap[0].push(from);
  mark[1][to] = stamp;
  cost[1][to] = 0;
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
    const u = heap[side].pop();
    done[u] = stamp;
    const base = mine[u];
    for (let i = offsets[u], stop = offsets[u + 1]; i < stop; i++) {
      const v = neighbours[i];
      if (done[v] === stamp) continue;
      const e = edgeIds[i];
      if (filtered && (edgeAllowed[e] === 0 || nodeBlocked[v] === 1)) continue;
      const d = base + edgeWeights[e];
      if (reached[v] !== stamp || d < mine[v]) {
        reached[v] = stamp;
        mine[v] = d;
        myParent[v] = u;
        myParentEdge[v] = e;
        heap[side].push(v);
      }
      if (theirsReached[v] === stamp) {
        const through = d + theirs[v];
        if (through < best) {
          best = through;
          meetForward = side === 0 ? u : v;
          meetBackward = side === 0 ? v : u;
          meetEdge = e;
        }
      }
    }
  }
  heap[0].clear();
  heap[1].clear();
  if (meetEdge < 0) return null;
  const nodes: number[] = [];
  const edges: number[] = [];
  for (let v = meetForward; v !== from; v = parent[0][v]) {
    nodes.push(v);
    edges.push(parentEdge[0][v]);
  }
  nodes.push(from);
  nodes.reverse();
  edges.reverse();
  edges.push(meetEdge);
  nodes.push(meetBackward);
  for (let v = meetBackward; v !== to; v = parent[1][v]) {
    nodes.push(parent[1][v]);
    edges.push(parentEdge[1][v]);
  }
  return { nodes, edges, cost: pathCost(csr, edges, true) };
}

function pathCost(csr: Csr, edges: number[], weighted: boolean): number {
  if (!weighted) return edges.length;
  let cost = 0;
  for (const e of edges) cost += csr.edgeWeights[e];
  return cost;
}

function search(csr: Csr, from: number, to: number, filter: Filter, weighted: boolean): Path | null {
  return weighted ? dijkstra(csr, from, to, filter) : bidirectionalBfs(csr, from, to, filter);
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

      const spurPath = search(csr, spur, to, filter, weighted);

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

/** BFS hop distances from `source` over the filter, stopping after depth `maxDepth`; -1 = not reached. */
function bfsDistances(csr: Csr, source: number, filter: Filter, maxDepth: number): Int32Array {
  const { offsets, neighbours, edgeIds } = csr;
  const dist = new Int32Array(csr.nodeCount).fill(-1);
  dist[source] = 0;
  const queue = new Uint32Array(csr.nodeCount);
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  while (head < tail) {
    const u = queue[head++];
    if (dist[u] >= maxDepth) continue;
    for (let i = offsets[u]; i < offsets[u + 1]; i++) {
      const v = neighbours[i];
      if (filter.edgeAllowed[edgeIds[i]] === 0 || filter.nodeBlocked[v] === 1 || dist[v] >= 0) continue;
      dist[v] = dist[u] + 1;
      queue[tail++] = v;
    }
  }
  return dist;
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
  const filter = resolveFilter(where, csr, from, to, options);
  const first = bidirectionalBfs(csr, from, to, filter);
  if (!first) return [];
  const length = first.cost;
  const fromDist = bfsDistances(csr, from, filter, length);
  const toDist = bfsDistances(csr, to, filter, length);

  // Depth-first over the shortest-path DAG (nodes with fromDist + toDist = length), rows in ascending order.
  const { offsets, neighbours, edgeIds } = csr;
  const paths: Path[] = [];
  const nodes = [from];
  const edges: number[] = [];
  const walk = (u: number): void => {
    if (u === to) {
      paths.push({ nodes: nodes.slice(), edges: edges.slice(), cost: length });
      return;
    }
    for (let i = offsets[u]; i < offsets[u + 1] && paths.length < limit; i++) {
      const v = neighbours[i];
      if (filter.edgeAllowed[edgeIds[i]] === 0 || fromDist[v] !== fromDist[u] + 1) continue;
      if (toDist[v] < 0 || fromDist[v] + toDist[v] !== length) continue;
      nodes.push(v);
      edges.push(edgeIds[i]);
      walk(v);
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
    bidirectionalBfs(csr, from, to, resolveFilter(where, csr, from, to, relaxed)) !== null;
  if (connected(options)) return { blockedBy: null, sufficient: [], disconnected: false };

  const hasKinds = [...(options.excludeKinds ?? [])].length > 0;
  const hasAvoid = [...(options.avoid ?? [])].some((node) => node !== from && node !== to);
  const hasDates = options.dateFrom !== undefined || options.dateTo !== undefined;
  const relaxations: Array<[PathBlocker, boolean, PathOptions]> = [
    ["filters", options.edgeMask !== undefined, { ...options, edgeMask: undefined }],
    ["excludeKinds", hasKinds, { ...options, excludeKinds: [] }],
    ["avoid", hasAvoid, { ...options, avoid: [] }],
    ["dates", hasDates, { ...options, dateFrom: undefined, dateTo: undefined }],
  ];
  const sufficient = relaxations.filter(([, set, relaxed]) => set && connected(relaxed)).map(([name]) => name);
  if (sufficient.length > 0) return { blockedBy: sufficient[0], sufficient, disconnected: false };
  const disconnected = !connected({});
  return { blockedBy: disconnected ? null : "combined", sufficient, disconnected };
}
