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
  const radius = (SEED_SPREAD * Math.sqrt(Math.max(1, graph.order))) / 2;
  const out: Positions = {};
  graph.forEachNode((key, attributes: Attributes) => {
    if (isFiniteNumber(attributes.x) && isFiniteNumber(attributes.y)) {
      out[key] = { x: attributes.x, y: attributes.y };
      return;
    }
    const random = mulberry32(hashKey(key));
    const r = radius * Math.sqrt(random());
    const angle = 2 * Math.PI * random();
    out[key] = { x: r * Math.cos(angle), y: r * Math.sin(angle) };
  });
  return out;
}

const round = (v: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(v * f) / f + 0; // + 0 turns -0 into 0
};

/**
 * Seeds, then runs ForceAtlas2 synchronously over the nodes that have edges; nodes without any edge (most of a large
 * corpus graph: names mentioned but never related) would only be pushed about by repulsion, so they are set on a
 * golden-angle spiral around the rest instead, the most mentioned nearest. Returns rounded positions and leaves
 * `graph` untouched. Deterministic: the same graph (same node and edge order) gives the same positions.
 */
export function computeInitialLayout(graph: Graph, options: InitialLayoutOptions = {}): Positions {
  const decimals = options.decimals ?? DEFAULT_DECIMALS;
  const seeds = seedPositions(graph);
  const out: Positions = {};
  const isolated: Array<{ key: string; mentions: number }> = [];
  // A bare copy (positions only, unweighted edges) that ForceAtlas2 can read and the caller's graph never sees.
  const copy = new Graph({ type: "mixed", multi: true, allowSelfLoops: true });
  graph.forEachNode((key, attributes: Attributes) => {
    if (graph.degreeWithoutSelfLoops(key) > 0) copy.addNode(key, { x: seeds[key].x, y: seeds[key].y });
    else isolated.push({ key, mentions: isFiniteNumber(attributes.mentions) ? attributes.mentions : 0 });
  });
  graph.forEachEdge((_edge, _attributes, source, target, _s, _t, undirected) => {
    if (source === target) return;
    if (undirected) copy.addUndirectedEdge(source, target);
    else copy.addDirectedEdge(source, target);
  });

  let cx = 0;
  let cy = 0;
  let radius = 0;
  if (copy.order) {
    const positions = forceAtlas2(copy, {
      iterations: options.iterations ?? layoutIterations(copy.order),
      settings: { ...forceAtlas2.inferSettings(copy), barnesHutTheta: BARNES_HUT_THETA, ...options.settings },
      getEdgeWeight: null,
    });
    copy.forEachNode((key) => {
      const p = positions[key];
      out[key] = { x: round(p.x, decimals), y: round(p.y, decimals) };
      cx += p.x / copy.order;
      cy += p.y / copy.order;
    });
    for (const key in out) radius = Math.max(radius, Math.hypot(out[key].x - cx, out[key].y - cy));
  }

  // The ring: equal area per node, starting just outside the laid-out part.
  isolated.sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const inner = radius * (1 + RING_GAP);
  const area = (Math.PI * SEED_SPREAD ** 2) / 4;
  isolated.forEach(({ key }, k) => {
    const r = Math.sqrt(inner ** 2 + ((k + 0.5) * area) / Math.PI);
    const angle = k * GOLDEN_ANGLE;
    out[key] = { x: round(cx + r * Math.cos(angle), decimals), y: round(cy + r * Math.sin(angle), decimals) };
  });
  return out;
}
