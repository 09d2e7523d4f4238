// The initial layout stored in graph.json: seeded from node keys, settled by a short ForceAtlas2 run, rounded, and
// the same on every run; connected nodes end up near each other and nodes without edges ring the rest.

import Graph from "graphology";
import { describe, expect, it } from "vitest";
import {
  computeInitialLayout,
  layoutIterations,
  MAX_ITERATIONS,
  MIN_ITERATIONS,
  seedPositions,
  type Positions,
} from "../../src/graph/seed-layout.ts";

/** Two clusters of six joined by one edge, a three-node chain, and four nodes without edges. */
function smallGraph(): Graph {
  const graph = new Graph({ type: "mixed", multi: true });
  const add = (key: string, mentions = 1) => graph.addNode(key, { label: key, mentions });
  for (const cluster of ["a", "b"])
    for (let i = 0; i < 6; i++) {
      add(`${cluster}${i}`);
      for (let j = 0; j < i; j++) graph.addUndirectedEdge(`${cluster}${j}`, `${cluster}${i}`);
    }
  graph.addDirectedEdge("a0", "b0");
  for (const key of ["c0", "c1", "c2"]) add(key);
  graph.addDirectedEdge("c0", "c1");
  graph.addDirectedEdge("c1", "c2");
  add("lonely-1", 1);
  add("lonely-2", 9);
  add("lonely-3", 3);
  add("lonely-4", 3);
  return graph;
}

const distance = (p: Positions, a: string, b: string) => Math.hypot(p[a].x - p[b].x, p[a].y - p[b].y);

describe("seedPositions", () => {
  it("gives a node the same seed whatever order the nodes were added in", () => {
    const forward = new Graph();
    const backward = new Graph();
    const keys = ["person:a", "agency:b", "country:c", "meeting:d"];
    for (const key of keys) forward.addNode(key);
    for (const key of [...keys].reverse()) backward.addNode(key);
    expect(seedPositions(backward)).toEqual(seedPositions(forward));
  });

  it("keeps positions a node already has and seeds the others inside a disc", () => {
    const graph = new Graph();
    graph.addNode("placed", { x: 3, y: -4 });
    for (let i = 0; i < 100; i++) graph.addNode(`n${i}`);
    const seeds = seedPositions(graph);
    expect(seeds.placed).toEqual({ x: 3, y: -4 });
    const radius = (10 * Math.sqrt(graph.order)) / 2;
    for (let i = 0; i < 100; i++) expect(Math.hypot(seeds[`n${i}`].x, seeds[`n${i}`].y)).toBeLessThanOrEqual(radius);
    expect(new Set(Object.values(seeds).map((p) => `${p.x},${p.y}`)).size).toBe(graph.order);
  });
});

describe("computeInitialLayout", () => {
  it("is the same, key for key, on a second run and on a copy of the graph", () => {
    const graph = smallGraph();
    const first = computeInitialLayout(graph);
    expect(computeInitialLayout(graph)).toEqual(first);
    expect(JSON.stringify(computeInitialLayout(graph.copy()))).toBe(JSON.stringify(first));
  });

  it("positions every node at a finite, distinct point rounded to two decimals, and leaves the graph untouched", () => {
    const graph = smallGraph();
    const positions = computeInitialLayout(graph);
    expect(Object.keys(positions).sort()).toEqual(graph.nodes().sort());
    for (const { x, y } of Object.values(positions)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 100) / 100).toBe(x);
      expect(Math.round(y * 100) / 100).toBe(y);
    }
    expect(new Set(Object.values(positions).map((p) => `${p.x},${p.y}`)).size).toBe(graph.order);
    graph.forEachNode((_key, attributes) => expect(attributes).not.toHaveProperty("x"));
  });

  it("puts connected nodes closer together, on average, than all pairs", () => {
    const graph = smallGraph();
    const positions = computeInitialLayout(graph);
    const connected = graph.nodes().filter((key) => graph.degree(key) > 0);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const edges = mean(graph.mapEdges((_e, _a, source, target) => distance(positions, source, target)));
    const pairs = mean(connected.flatMap((a, i) => connected.slice(i + 1).map((b) => distance(positions, a, b))));
    expect(edges).toBeLessThan(pairs / 2);
    const within = mean([distance(positions, "a1", "a2"), distance(positions, "b1", "b2")]);
    const across = mean([distance(positions, "a1", "b2"), distance(positions, "a2", "b1")]);
    expect(within).toBeLessThan(across);
  });

  it("rings nodes without edges around the rest, the most mentioned nearest", () => {
    const graph = smallGraph();
    const positions = computeInitialLayout(graph);
    const connected = graph.nodes().filter((key) => graph.degree(key) > 0);
    const centre = {
      x: connected.reduce((s, k) => s + positions[k].x, 0) / connected.length,
      y: connected.reduce((s, k) => s + positions[k].y, 0) / connected.length,
    };
    const fromCentre = (key: string) => Math.hypot(positions[key].x - centre.x, positions[key].y - centre.y);
    const outer = Math.max(...connected.map(fromCentre));
    const ring = ["lonely-2", "lonely-3", "lonely-4", "lonely-1"].map(fromCentre);
    for (const r of ring) expect(r).toBeGreaterThan(outer);
    expect([...ring].sort((a, b) => a - b)).toEqual(ring);
  });

  it("lays out a graph with no edges, and an empty graph", () => {
    const graph = new Graph();
    for (let i = 0; i < 50; i++) graph.addNode(`n${i}`);
    const positions = computeInitialLayout(graph);
    expect(new Set(Object.values(positions).map((p) => `${p.x},${p.y}`)).size).toBe(50);
    expect(computeInitialLayout(new Graph())).toEqual({});
  });

  it("runs fewer iterations as the graph grows, within bounds", () => {
    expect(layoutIterations(10)).toBe(MAX_ITERATIONS);
    expect(layoutIterations(6300)).toBeLessThan(layoutIterations(1000));
    expect(layoutIterations(1_000_000)).toBe(MIN_ITERATIONS);
  });
});
