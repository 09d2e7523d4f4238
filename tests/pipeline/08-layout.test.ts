// Stage 08 (layout): every node of the built graph carries x, y for the explorer's first paint, the same on a
// second build; a worker thread that gets only the graph's topology lays it out the same.

import { describe, expect, it } from "vitest";
import type { NodeAttributes } from "../../src/schema/graph.ts";
import { computeInitialLayout } from "../../src/graph/seed-layout.ts";
import { emitGraph, planGraph } from "../../src/pipeline/07-emit.ts";
import { layoutPositions, topologyOf, topologyOfGraph } from "../../src/pipeline/08-layout.ts";
import { buildFixture } from "../_pipeline.ts";

const DOCS = {
  "a.txt":
    "President Jane Roe met today with Prime Minister John Doe in Lisbon, Portugal. The two leaders agreed to " +
    "expand the Atlantic Clean Water Partnership.",
  "b.txt": "Foreign Minister Ana Silva of Portugal spoke by phone with Secretary of State Mark Poe.",
};

describe("the stored layout in the build", () => {
  it("gives every node finite, distinct x and y, identical on a second build", () => {
    const graph = buildFixture(DOCS);
    const positions = graph.mapNodes((_key, a) => [(a as NodeAttributes).x, (a as NodeAttributes).y]);
    expect(graph.order).toBeGreaterThan(4);
    for (const [x, y] of positions) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(new Set(positions.map(String)).size).toBe(graph.order);
    expect(JSON.stringify(buildFixture(DOCS).export())).toBe(JSON.stringify(graph.export()));
  });
});

describe("the layout from the graph's topology alone (what a worker thread receives)", () => {
  it("gives the positions computeInitialLayout gives the built graph, node for node", () => {
    const graph = buildFixture(DOCS).copy();
    graph.updateEachNodeAttributes((_key, { x: _x, y: _y, ...rest }) => rest); // as stage 07 leaves it
    const expected = computeInitialLayout(graph);
    const topology = topologyOfGraph(graph);
    const xy = layoutPositions(structuredClone(topology));
    expect(topology.keys).toEqual(graph.nodes());
    expect(topology.edges.length).toBe(graph.size * 3);
    topology.keys.forEach((key, k) => expect([xy[2 * k], xy[2 * k + 1]]).toEqual([expected[key].x, expected[key].y]));
  });

  it("reads a plan as the graph emitted from it: same nodes, edges and directions in the same order", () => {
    const plan = planGraph(
      [
        { id: "person:b", attrs: { label: "B", kind: "person", aliases: [], docs: [], mentions: 2 } },
        { id: "person:a", attrs: { label: "A", kind: "person", aliases: [], docs: [], mentions: 1 } },
        { id: "agency:c", attrs: { label: "C", kind: "agency", aliases: [], docs: [], mentions: 5 } },
      ],
      [
        { kind: "MET_WITH", source: "person:b", target: "person:a", evidence: EVIDENCE, attrs: {} },
        { kind: "MEMBER_OF", source: "person:a", target: "agency:c", evidence: EVIDENCE, attrs: {} },
        { kind: "MEMBER_OF", source: "person:a", target: "agency:gone", evidence: EVIDENCE, attrs: {} },
      ],
    );
    const graph = emitGraph(plan, [], 0);
    expect(topologyOf(plan)).toEqual(topologyOfGraph(graph));
    expect(Array.from(topologyOf(plan).edges)).toEqual([1, 0, 0, 1, 2, 1]); // a → c, then a — b
  });
});

const EVIDENCE = { doc: "a.txt", text: "x", start: 0, end: 1 };
