// The plain breadth-first search (no `chain` rule): depth marks instead of parents, walked back to a path, and marks
// that one search leaves behind never read as the next one's.

import { describe, expect, it } from "vitest";
import { buildCsr, type Csr } from "../../workers/csr.ts";
import { kShortestPaths, shortestPath, type PathOptions } from "../../workers/paths.ts";
import { seededRandom } from "./_graphs.ts";
import { csrOf, expectValidPath, kind } from "./_csr.ts";

/** Hop distance by a textbook one-sided BFS over the edges `allowed` keeps and the nodes `blocked` leaves open. */
function referenceDistance(
  csr: Csr,
  from: number,
  to: number,
  allowed: (edge: number) => boolean,
  blocked: (node: number) => boolean,
): number {
  const dist = new Array<number>(csr.nodeCount).fill(-1);
  dist[from] = 0;
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (let i = csr.offsets[u]; i < csr.offsets[u + 1]; i++) {
      const v = csr.neighbours[i];
      if (dist[v] >= 0 || !allowed(csr.edgeIds[i]) || (blocked(v) && v !== to)) continue;
      dist[v] = dist[u] + 1;
      queue.push(v);
    }
  }
  return dist[to];
}

/** `nodeCount` nodes, `edgeCount` random edges (parallel ones and self-loops included) of kinds 0–3. */
function randomKindedCsr(nodeCount: number, edgeCount: number, seed: number): Csr {
  const random = seededRandom(seed);
  const pick = (count: number) => Math.floor(random() * count);
  return buildCsr({
    nodeCount,
    edgeSources: Uint32Array.from({ length: edgeCount }, () => pick(nodeCount)),
    edgeTargets: Uint32Array.from({ length: edgeCount }, () => pick(nodeCount)),
    edgeKinds: Uint8Array.from({ length: edgeCount }, () => pick(4)),
  });
}

describe("the plain breadth-first search", () => {
  it("walks back through the allowed one of two parallel edges when the lower is excluded", () => {
    const csr = csrOf(3, [
      [0, 1, "FUNDS"],
      [1, 0, "LEADS"],
      [1, 2, "FUNDS"],
      [2, 1, "LEADS"],
    ]);
    expect(shortestPath(csr, 0, 2)).toEqual({ nodes: [0, 1, 2], edges: [0, 2], cost: 2 });
    expect(shortestPath(csr, 0, 2, { excludeKinds: [kind("FUNDS")] })).toEqual({
      nodes: [0, 1, 2],
      edges: [1, 3],
      cost: 2,
    });
  });

  it("takes the lower-index middle node of two equal halves, from either end", () => {
    // 0 and 5 are joined through 3 or through 2 (two hops each way); the walk back prefers 2.
    const csr = csrOf(6, [
      [0, 3],
      [3, 5],
      [0, 2],
      [2, 5],
    ]);
    expect(shortestPath(csr, 0, 5)?.nodes).toEqual([0, 2, 5]);
    expect(shortestPath(csr, 5, 0)?.nodes).toEqual([5, 2, 0]);
  });

  it("follows a chain of 5,000 hops", () => {
    const edges: Array<[number, number]> = Array.from({ length: 5000 }, (_, i) => [i, i + 1]);
    const csr = csrOf(5001, edges);
    const path = shortestPath(csr, 0, 5000);
    expect(path?.cost).toBe(5000);
    expectValidPath(csr, path!, 0, 5000);
  });

  it("matches a textbook BFS on 400 random queries under random kinds and avoided nodes, one search after another", () => {
    // Parallel edges, self-loops and several components; every query reuses the marks the one before it left.
    const csr = randomKindedCsr(1500, 2400, 3);
    const random = seededRandom(19);
    let found = 0;
    for (let q = 0; q < 400; q++) {
      const from = Math.floor(random() * csr.nodeCount);
      const to = Math.floor(random() * csr.nodeCount);
      const excluded = [0, 1, 2, 3].filter(() => random() < 0.25);
      const avoid = Array.from({ length: Math.floor(random() * 20) }, () => Math.floor(random() * csr.nodeCount));
      const options: PathOptions = { excludeKinds: excluded, avoid };
      const path = shortestPath(csr, from, to, options);
      const expected = referenceDistance(
        csr,
        from,
        to,
        (e) => !excluded.includes(csr.edgeKinds[e]),
        (v) => avoid.includes(v) && v !== from,
      );
      expect(path ? path.cost : -1).toBe(expected);
      if (!path) continue;
      found++;
      expectValidPath(csr, path, from, to);
      for (const e of path.edges) expect(excluded).not.toContain(csr.edgeKinds[e]);
      for (const v of path.nodes.slice(1, -1)) expect(avoid).not.toContain(v);
    }
    expect(found).toBeGreaterThan(50);
    expect(found).toBeLessThan(400);
  });

  it("gives Yen's spur searches, which block edges and nodes as they go, paths of non-decreasing length", () => {
    const csr = randomKindedCsr(400, 1200, 8);
    const random = seededRandom(23);
    for (let q = 0; q < 30; q++) {
      const from = Math.floor(random() * csr.nodeCount);
      const to = Math.floor(random() * csr.nodeCount);
      const paths = kShortestPaths(csr, from, to, 5);
      const costs = paths.map((path) => path.cost);
      expect(costs).toEqual([...costs].sort((a, b) => a - b));
      for (const path of paths) expectValidPath(csr, path, from, to);
      expect(new Set(paths.map((path) => path.edges.join(","))).size).toBe(paths.length);
    }
  });
});
