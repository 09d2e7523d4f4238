// Stage 08: the stored layout. Every node gets x, y from a seeded ForceAtlas2 run, so that the explorer's first
// paint needs no layout of its own; the positions are rounded and deterministic, like the rest of graph.json.
// The layout reads only the graph's shape (`LayoutTopology`, plain arrays that cross threads), so the build can run
// it in a worker thread while it adds the attributes and writes the document store.

import type Graph from "graphology";
import { layoutShape, seedOf, seedRadius, shapeOfGraph, type InitialLayoutOptions } from "../graph/seed-layout.ts";
import type { GraphPlan } from "./07-emit.ts";

/** What the layout reads of a graph: its nodes in order, their mentions, its edges in order. */
export interface LayoutTopology {
  keys: string[];
  /** Mentions of each node: the ring of unconnected nodes puts the most mentioned nearest. */
  mentions: Float64Array;
  /** Three numbers an edge: source index, target index, 1 when undirected. */
  edges: Int32Array;
}

/** The shape of the graph `plan` becomes. */
export function topologyOf(plan: GraphPlan): LayoutTopology {
  const index = new Map(plan.nodes.map((n, k) => [n.id, k]));
  const edges = new Int32Array(plan.edges.length * 3);
  plan.edges.forEach((e, k) => {
    edges[3 * k] = index.get(e.source)!;
    edges[3 * k + 1] = index.get(e.target)!;
    edges[3 * k + 2] = e.undirected ? 1 : 0;
  });
  return { keys: plan.nodes.map((n) => n.id), mentions: Float64Array.from(plan.nodes, (n) => n.attrs.mentions), edges };
}

/** The topology of a graph already built: the same as `topologyOf` its plan. */
export function topologyOfGraph(graph: Graph): LayoutTopology {
  const { keys, mentions, edges } = shapeOfGraph(graph);
  return { keys, mentions: Float64Array.from(mentions), edges: Int32Array.from(edges) };
}

/** Positions of the topology's nodes, in its order: `[x0, y0, x1, y1, …]`. */
export function layoutPositions(topology: LayoutTopology, options: InitialLayoutOptions = {}): Float64Array {
  const { keys, mentions, edges } = topology;
  const radius = seedRadius(keys.length);
  return layoutShape({ keys, mentions, edges, seed: (k) => seedOf(keys[k], radius) }, options);
}

/** Writes the positions `layoutPositions` gave for `keys` into the graph's nodes as x and y. */
export function applyPositions(graph: Graph, keys: string[], xy: Float64Array): void {
  const at = new Map(keys.map((key, k) => [key, k]));
  graph.updateEachNodeAttributes((key, attributes) => {
    const k = at.get(key);
    if (k === undefined) throw new Error(`pipeline.layout: no position for node ${key}`);
    attributes.x = xy[2 * k]; // in place: a copy of each of tens of thousands of attribute objects bought nothing
    attributes.y = xy[2 * k + 1];
    return attributes;
  });
}
