// Stage 08: the stored layout. Every node gets x, y from a seeded ForceAtlas2 run, so that the explorer's first
// paint needs no layout of its own; the positions are rounded and deterministic, like the rest of graph.json.

import type Graph from "graphology";
import { computeInitialLayout, type InitialLayoutOptions } from "../graph/seed-layout.ts";

/** Writes `x` and `y` into every node of `graph`; returns the milliseconds it took. */
export function layoutGraph(graph: Graph, options: InitialLayoutOptions = {}): number {
  const t0 = performance.now();
  const positions = computeInitialLayout(graph, options);
  graph.updateEachNodeAttributes((key, attributes) => ({ ...attributes, ...positions[key] }));
  return performance.now() - t0;
}
