// The first layout of a graph: positions seeded from each node's key, then a short synchronous ForceAtlas2 run, so
// that the build can store x, y in graph.json and the explorer paints a settled picture at once, the same every time.

import Graph from "graphology";
import type { Attributes } from "graphology-types";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { hashKey, mulberry32 } from "./random.ts";

export interface Position {
  x: number;
  y: number;
}

export type Positions = Record<string, Position>;

export interface InitialLayoutOptions {
  /** ForceAtlas2 iterations; by default they shrink as the connected part grows (see `layoutIterations`). */
  iterations?: number;
  /** Overrides of `inferSettings(graph)` (Barnes–Hut above 2,000 nodes, strong gravity) and `BARNES_HUT_THETA`. */
  settings?: ForceAtlas2Settings;
  /** Decimals kept in x and y, so that graph.json is byte-stable. */
  decimals?: number;
}

/**
 * Work one layout may spend, in node pairs that ForceAtlas2's repulsion visits: n²/2 per iteration without
 * Barnes–Hut, about `BARNES_HUT_PAIRS_PER_NODE` × n with it (above 2,000 nodes, at graphology's theta; ours,
 * `BARNES_HUT_THETA`, visits fewer). At some 40 pairs a microsecond this is at most 1.5 s: a 6,300-node connected
 * part (the whole-corpus graph) gets 20 iterations, a 1,500-node one 53 and a graph of a few hundred nodes
 * `MAX_ITERATIONS`.
 */
export const LAYOUT_PAIR_BUDGET = 60_000_000;
export const BARNES_HUT_PAIRS_PER_NODE = 500;
export const MIN_ITERATIONS = 20;
export const MAX_ITERATIONS = 500;
export const DEFAULT_DECIMALS = 2;
/** Seeds fill a disc whose area grows with the node count: `SEED_SPREAD * sqrt(order)` across. */
export const SEED_SPREAD = 10;
/** Gap between the laid-out part and the ring of isolated nodes, as a share of the part's radius. */
const RING_GAP = 0.1;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/**
 * Barnes–Hut accuracy: Gephi's ForceAtlas2 default, coarser than graphology's 0.5. On the 6,300 connected nodes of
 * a 6,437-document corpus it halves the time of each iteration (1.1 s → 0.6 s for the layout) for a first picture
 * that the explorer refines anyway.
 */
export const BARNES_HUT_THETA = 1.2;

/** How many ForceAtlas2 iterations a connected part of `order` nodes gets by default. */
export function layoutIterations(order: number): number {
  const barnesHut = forceAtlas2.inferSettings(order).barnesHutOptimize;
  const pairs = barnesHut ? order * BARNES_HUT_PAIRS_PER_NODE : (order * order) / 2;
  return Math.max(MIN_ITERATIONS, Math.min(MAX_ITERATIONS, Math.round(LAYOUT_PAIR_BUDGET / Math.max(1, pairs))));
}

const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * A position for every node: its own x, y where it has both, else a point in a disc drawn from a PRNG seeded
 * with the hash of its key. A node keeps its seed whatever else is in the graph, up to the disc's scale.
 */
export function seedPositions(graph: Graph): Positions {
  const radius = seedRadius(graph.order);
  const out: Positions = {};
  graph.forEachNode((key, attributes: Attributes) => {
    out[key] =
      isFiniteNumber(attributes.x) && isFiniteNumber(attributes.y)
        ? { x: attributes.x, y: attributes.y }
        : seedOf(key, radius);
  });
  return out;
}

/** The radius of the seed disc of a graph of `order` nodes. */
export const seedRadius = (order: number): number => (SEED_SPREAD * Math.sqrt(Math.max(1, order))) / 2;

/** The seed of a node without a position: a point in the disc of `radius`, drawn from the hash of its key. */
export function seedOf(key: string, radius: number): Position {
  const random = mulberry32(hashKey(key));
  const r = radius * Math.sqrt(random());
  const angle = 2 * Math.PI * random();
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

const round = (v: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(v * f) / f + 0; // + 0 turns -0 into 0
};

/**
 * What the first layout reads of a graph: its nodes in order, with their mentions and seeds, and its edges in order
 * as three numbers each (source index, target index, 1 when undirected). A worker thread gets it as plain arrays.
 */
export interface LayoutShape {
  keys: readonly string[];
  mentions: ArrayLike<number>;
  seed: (k: number) => Position;
  edges: ArrayLike<number>;
}

/**
 * Seeds, then runs ForceAtlas2 synchronously over the nodes that have edges; nodes without any edge (most of a large
 * corpus graph: names mentioned but never related) would only be pushed about by repulsion, so they are set on a
 * golden-angle spiral around the rest instead, the most mentioned nearest. Returns rounded positions and leaves
 * `graph` untouched. Deterministic: the same graph (same node and edge order) gives the same positions.
 */
export function computeInitialLayout(graph: Graph, options: InitialLayoutOptions = {}): Positions {
  const seeds = seedPositions(graph);
  const { keys, mentions, edges } = shapeOfGraph(graph);
  const xy = layoutShape({ keys, mentions, seed: (k) => seeds[keys[k]], edges }, options);
  const out: Positions = {};
  keys.forEach((key, k) => (out[key] = { x: xy[2 * k], y: xy[2 * k + 1] }));
  return out;
}

/** A graph's nodes in order, their mentions (0 where not a finite number) and its edges in order, as a LayoutShape. */
export function shapeOfGraph(graph: Graph): { keys: string[]; mentions: number[]; edges: number[] } {
  const keys = graph.nodes();
  const index = new Map(keys.map((key, k) => [key, k]));
  const edges: number[] = [];
  graph.forEachEdge((_edge, _attributes, source, target, _s, _t, undirected) =>
    edges.push(index.get(source)!, index.get(target)!, undirected ? 1 : 0),
  );
  const mentions = keys.map((key) => {
    const m: unknown = graph.getNodeAttribute(key, "mentions");
    return isFiniteNumber(m) ? m : 0;
  });
  return { keys, mentions, edges };
}

/**
 * `computeInitialLayout` of a graph given by its shape: positions as `[x0, y0, x1, y1, …]` in the shape's node
 * order. Only the nodes with edges become a graphology graph, for ForceAtlas2; the rest are placed by index.
 */
export function layoutShape(shape: LayoutShape, options: InitialLayoutOptions = {}): Float64Array {
  const decimals = options.decimals ?? DEFAULT_DECIMALS;
  const { keys, edges } = shape;
  const degree = new Int32Array(keys.length);
  for (let e = 0; e < edges.length; e += 3) {
    if (edges[e] === edges[e + 1]) continue; // a self-loop moves nothing
    degree[edges[e]]++;
    degree[edges[e + 1]]++;
  }
  // A bare copy (positions only, unweighted edges) that ForceAtlas2 can read and the caller's graph never sees.
  const copy = new Graph({ type: "mixed", multi: true, allowSelfLoops: true });
  const isolated: Array<{ k: number; mentions: number }> = [];
  keys.forEach((key, k) => {
    if (degree[k] > 0) copy.addNode(key, shape.seed(k));
    else isolated.push({ k, mentions: isFiniteNumber(shape.mentions[k]) ? shape.mentions[k] : 0 });
  });
  for (let e = 0; e < edges.length; e += 3) {
    const [source, target] = [keys[edges[e]], keys[edges[e + 1]]];
    if (source === target) continue;
    if (edges[e + 2]) copy.addUndirectedEdge(source, target);
    else copy.addDirectedEdge(source, target);
  }

  const xy = new Float64Array(keys.length * 2);
  let cx = 0;
  let cy = 0;
  let radius = 0;
  if (copy.order) {
    const positions = forceAtlas2(copy, {
      iterations: options.iterations ?? layoutIterations(copy.order),
      settings: { ...forceAtlas2.inferSettings(copy), barnesHutTheta: BARNES_HUT_THETA, ...options.settings },
      getEdgeWeight: null,
    });
    keys.forEach((key, k) => {
      if (!degree[k]) return;
      const p = positions[key];
      xy[2 * k] = round(p.x, decimals);
      xy[2 * k + 1] = round(p.y, decimals);
      cx += p.x / copy.order;
      cy += p.y / copy.order;
    });
    keys.forEach((_key, k) => {
      if (degree[k]) radius = Math.max(radius, Math.hypot(xy[2 * k] - cx, xy[2 * k + 1] - cy));
    });
  }

  // The ring: equal area per node, starting just outside the laid-out part.
  isolated.sort((a, b) => b.mentions - a.mentions || (keys[a.k] < keys[b.k] ? -1 : keys[a.k] > keys[b.k] ? 1 : 0));
  const inner = radius * (1 + RING_GAP);
  const area = (Math.PI * SEED_SPREAD ** 2) / 4;
  isolated.forEach(({ k }, j) => {
    const r = Math.sqrt(inner ** 2 + ((j + 0.5) * area) / Math.PI);
    const angle = j * GOLDEN_ANGLE;
    xy[2 * k] = round(cx + r * Math.cos(angle), decimals);
    xy[2 * k + 1] = round(cy + r * Math.sin(angle), decimals);
  });
  return xy;
}
