// What the layout worker receives: connected nodes only, numbered in graph order, edges as index pairs.

import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { PolicyGraph } from "../../src/graph/load.ts";
import { layoutInput } from "../../src/explorer/layout-panel.ts";
import type { NodeAttributes } from "../../src/schema/graph.ts";

function node(x: number, y: number): NodeAttributes {
  return { label: "n", kind: "person", aliases: [], docs: [], mentions: 1, x, y };
}

describe("layoutInput", () => {
  const graph = new Graph({ multi: true, type: "mixed" }) as unknown as PolicyGraph;
  graph.addNode("a", node(1, 2));
  graph.addNode("lonely", node(9, 9));
  graph.addNode("b", node(3, 4));
  graph.addNode("c", node(5, 6));
  graph.addDirectedEdge("a", "b", { kind: "LEADS", evidence: [] });
  graph.addUndirectedEdge("c", "b", { kind: "MET_WITH", evidence: [] });
  const { input, order, indexOf } = layoutInput(graph);

  it("leaves out nodes without relations and keeps graph order for the rest", () => {
    expect(order).toEqual(["a", "b", "c"]);
    expect(indexOf.has("lonely")).toBe(false);
    expect(input.nodeCount).toBe(3);
  });

  it("hands over positions as x, y pairs and edges as index pairs", () => {
    expect([...input.positions]).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...input.edges]).toEqual([0, 1, 2, 1]);
  });
});
