// Stage 08 (layout): every node of the built graph carries x, y for the explorer's first paint, the same on a
// second build.

import { describe, expect, it } from "vitest";
import type { NodeAttributes } from "../../src/schema/graph.ts";
import { buildFixture } from "../_pipeline.ts";

const DOCS = {
  "a.txt":
    "President Jane Roe met today with Prime Minister John Doe in Lisbon, Portugal. The two leaders agreed to " +
    "expand the Atlantic Clean Water Partnership.",
  "b.txt": "Foreign Minister Ana Silva of Portugal spoke by phone with Secretary of State Mark Poe.",
};

describe("layoutGraph in the build", () => {
  it("gives every node finite, distinct x and y, identical on a second build", () => {
    const graph = buildFixture(DOCS);
    const positions = graph.mapNodes((_key, a) => [(a as NodeAttributes).x, (a as NodeAttributes).y]);
    expect(graph.order).toBeGreaterThan(4);
    for (const [x, y] of positions) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(new Set(positions.map(String)).size).toBe(graph.order);
    expect(JSON.stringify(buildFixture(DOCS).export())).toBe(JSON.stringify(graph.export()));
  });
});
