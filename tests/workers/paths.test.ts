// The path kernel in Node: CSR building, shortest / k shortest / all shortest paths, filters, and why no path exists.

import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { PolicyGraph } from "../../src/graph/load.ts";
import { edgeClass } from "../../src/graph/path-options.ts";
import { buildCsr, csrInputFromGraph, evidenceWeight, isoDateMs, type Csr } from "../../workers/csr.ts";
import {
  allShortestPaths,
  comparePaths,
  explainNoPath,
  kShortestPaths,
  shortestPath,
  type PathOptions,
} from "../../workers/paths.ts";
import { seededRandom } from "./_graphs.ts";
import { allSimplePaths, csrOf, expectValidPath, kind, nodesOf, type EdgeSpec } from "./_csr.ts";

// 0 – 1 – 3 and 0 – 2 – 3, listed so that edge order and node order disagree.
const DIAMOND: EdgeSpec[] = [
  [0, 2],
  [3, 1],
  [2, 3],
  [0, 1],
];

describe("buildCsr", () => {
  it("lists every edge from both ends, rows sorted by neighbour then edge id, self-loops left out", () => {
    const csr = csrOf(3, [
      [2, 0],
      [0, 1],
      [1, 1],
      [0, 2],
    ]);
    expect(Array.from(csr.offsets)).toEqual([0, 3, 4, 6]);
    expect(Array.from(csr.neighbours)).toEqual([1, 2, 2, 0, 0, 0]);
    expect(Array.from(csr.edgeIds)).toEqual([1, 0, 3, 1, 0, 3]);
  });

  it("fills weights with 1 and dates with NaN when absent", () => {
    const csr = buildCsr({
      nodeCount: 2,
      edgeSources: Uint32Array.of(0),
      edgeTargets: Uint32Array.of(1),
      edgeKinds: Uint8Array.of(0),
    });
    expect(Array.from(csr.edgeWeights)).toEqual([1]);
    expect(Array.from(csr.edgeDates)).toEqual([Number.NaN]);
  });

  it.each([
    { name: "an endpoint out of range", edges: [[0, 5]] as EdgeSpec[], error: /^csr\.build: edge 0 joins 0 and 5/ },
    { name: "a zero weight", edges: [[0, 1, "FUNDS", 0]] as EdgeSpec[], error: /^csr\.build: edge 0 has weight 0/ },
    { name: "a NaN weight", edges: [[0, 1, "FUNDS", Number.NaN]] as EdgeSpec[], error: /weights must be finite/ },
  ])("rejects $name", ({ edges, error }) => {
    expect(() => csrOf(2, edges)).toThrow(error);
  });

  it("rejects mismatched lengths", () => {
    const base = { nodeCount: 2, edgeSources: Uint32Array.of(0), edgeTargets: Uint32Array.of(1) };
    expect(() => buildCsr({ ...base, edgeKinds: Uint8Array.of(0, 0) })).toThrow(
      /^csr\.build: edgeKinds has 2 entries for 1 edges/,
    );
  });
});

describe("csrInputFromGraph", () => {
  it("maps keys to indices, kinds to edge classes (relation and target kind), evidence to weights, documents to dates", () => {
    const graph = new Graph({ multi: true, type: "mixed" }) as unknown as PolicyGraph;
    graph.setAttribute("documents", [
      { id: "doc:a", file: "a.txt", title: null, date: "2020-05", url: null, kind: null, chars: 1 },
      { id: "doc:b", file: "b.txt", title: null, date: "2021", url: null, kind: null, chars: 1 },
      { id: "doc:c", file: "c.txt", title: null, date: null, url: null, kind: null, chars: 1 },
    ]);
    for (const key of ["person:a", "agency:b", "program:c"]) {
      graph.addNode(key, { label: key, kind: "person", aliases: [], docs: [], mentions: 1 });
    }
    const cite = (doc: string) => ({ doc, text: "x", start: 0, end: 1 });
    graph.addEdgeWithKey("e1", "person:a", "agency:b", {
      kind: "LEADS",
      evidence: [cite("a.txt"), cite("b.txt"), cite("b.txt")],
    });
    graph.addEdgeWithKey("e2", "agency:b", "program:c", {
      kind: "FUNDS",
      evidence: [cite("c.txt")],
      date: "2019-03-02",
    });
    graph.addEdgeWithKey("e3", "program:c", "person:a", { kind: "PART_OF", evidence: [] });

    const input = csrInputFromGraph(graph);
    expect(input.nodeKeys).toEqual(["person:a", "agency:b", "program:c"]);
    expect(input.edgeKeys).toEqual(["e1", "e2", "e3"]);
    expect(Array.from(input.edgeSources)).toEqual([0, 1, 2]);
    expect(Array.from(input.edgeTargets)).toEqual([1, 2, 0]);
    expect(Array.from(input.edgeKinds)).toEqual([
      edgeClass("LEADS", "person"),
      edgeClass("FUNDS", "person"),
      edgeClass("PART_OF", "person"),
    ]);
    expect(input.edgeWeights[0]).toBeCloseTo(evidenceWeight(3, 2), 6);
    expect(input.edgeWeights[1]).toBeCloseTo(evidenceWeight(1, 1), 6);
    expect(input.edgeWeights[2]).toBe(1);
    expect(Array.from(input.edgeDates)).toEqual([Date.UTC(2021, 0, 1), Date.UTC(2019, 2, 2), Number.NaN]);
    expect(buildCsr(input).edgeCount).toBe(3);
  });

  it.each([
    { evidence: 0, documents: 0, weight: 1 },
    { evidence: 1, documents: 1, weight: 1 / (1 + 2 * Math.log(2)) },
    { evidence: 9, documents: 3, weight: 1 / (1 + Math.log(10) + Math.log(4)) },
  ])("weighs an edge with $evidence evidence in $documents documents at $weight", (row) => {
    expect(evidenceWeight(row.evidence, row.documents)).toBeCloseTo(row.weight, 12);
  });

  it.each([
    { date: "2021", ms: Date.UTC(2021, 0, 1) },
    { date: "2021-03", ms: Date.UTC(2021, 2, 1) },
    { date: "2021-03-09", ms: Date.UTC(2021, 2, 9) },
    { date: "soon", ms: Number.NaN },
    { date: null, ms: Number.NaN },
  ])("reads the ISO date $date as the start of its period", ({ date, ms }) => {
    expect(isoDateMs(date)).toEqual(ms);
  });
});

// 0 –FUNDS– 1 –FUNDS– 2, and the longer way round 0 – 3 – 4 – 2, dated 2019, 2019, 2022 and undated.
const DETOUR: EdgeSpec[] = [
  [0, 1, "FUNDS", 1, "2019-01-01"],
  [1, 2, "FUNDS", 1, "2019-06-01"],
  [0, 3, "MET_WITH", 1, "2022-01-01"],
  [3, 4, "LEADS"],
  [4, 2, "LEADS"],
];

describe("shortestPath", () => {
  const detour = csrOf(5, DETOUR);
  const jan2020 = Date.UTC(2020, 0, 1);

  it.each<{ name: string; csr: Csr; from: number; to: number; options?: PathOptions; nodes: number[] | null }>([
    { name: "the same node as a one-node path", csr: detour, from: 3, to: 3, nodes: [3] },
    { name: "an edge against its direction", csr: csrOf(2, [[1, 0]]), from: 0, to: 1, nodes: [0, 1] },
    { name: "the lowest-index route of two equal ones", csr: csrOf(4, DIAMOND), from: 0, to: 3, nodes: [0, 1, 3] },
    { name: "the same tie the other way", csr: csrOf(4, DIAMOND), from: 3, to: 0, nodes: [3, 1, 0] },
    {
      name: "null across components",
      csr: csrOf(4, [
        [0, 1],
        [2, 3],
      ]),
      from: 0,
      to: 3,
      nodes: null,
    },
    { name: "the fewest hops", csr: detour, from: 0, to: 2, nodes: [0, 1, 2] },
    {
      name: "a detour when a kind is excluded",
      csr: detour,
      from: 0,
      to: 2,
      options: { excludeKinds: new Set([kind("FUNDS")]) },
      nodes: [0, 3, 4, 2],
    },
    {
      name: "a detour around an avoided node",
      csr: detour,
      from: 0,
      to: 2,
      options: { avoid: [1] },
      nodes: [0, 3, 4, 2],
    },
    { name: "endpoints even when avoided", csr: detour, from: 0, to: 2, options: { avoid: [0, 2] }, nodes: [0, 1, 2] },
    {
      name: "only edges inside the date window or undated",
      csr: detour,
      from: 0,
      to: 2,
      options: { dateFrom: jan2020 },
      nodes: [0, 3, 4, 2],
    },
    {
      name: "null when the window cuts every route",
      csr: detour,
      from: 0,
      to: 2,
      options: { dateFrom: Date.UTC(2019, 2, 1), dateTo: Date.UTC(2021, 0, 1) },
      nodes: null,
    },
  ])("finds $name", ({ csr, from, to, options, nodes }) => {
    const path = shortestPath(csr, from, to, options);
    expect(path?.nodes ?? null).toEqual(nodes);
    if (path) expectValidPath(csr, path, from, to);
  });

  it("returns a one-node path with no edges and cost 0 for the same node", () => {
    expect(shortestPath(detour, 4, 4, { weighted: true })).toEqual({ nodes: [4], edges: [], cost: 0 });
  });

  it("takes the light long route when weighted and the heavy short one when not", () => {
    const csr = csrOf(4, [
      [0, 2, "FUNDS", 10],
      [0, 1, "FUNDS", 1],
      [1, 3, "FUNDS", 1],
      [3, 2, "FUNDS", 1],
    ]);
    expect(shortestPath(csr, 0, 2)).toEqual({ nodes: [0, 2], edges: [0], cost: 1 });
    expect(shortestPath(csr, 0, 2, { weighted: true })).toEqual({ nodes: [0, 1, 3, 2], edges: [1, 2, 3], cost: 3 });
  });

  it("picks the lowest edge id among parallel edges, or the lightest when weighted", () => {
    const csr = csrOf(2, [
      [0, 1, "FUNDS", 3],
      [1, 0, "LEADS", 2],
      [0, 1, "AGREED", 2],
    ]);
    expect(shortestPath(csr, 0, 1)?.edges).toEqual([0]);
    expect(shortestPath(csr, 0, 1, { weighted: true })?.edges).toEqual([1]);
  });

  it.each<{ call: () => unknown; error: RegExp }>([
    { call: () => shortestPath(detour, 12, 0), error: /^paths\.find: node index 12 out of range \(nodeCount 5\)$/ },
    { call: () => shortestPath(detour, 0, -1), error: /^paths\.find: node index -1 out of range/ },
    { call: () => shortestPath(detour, 0, 1.5), error: /^paths\.find: node index 1\.5 out of range/ },
    { call: () => shortestPath(detour, 0, 1, { avoid: [9] }), error: /^paths\.find: node index 9 out of range/ },
    { call: () => shortestPath(detour, 0, 1, { excludeKinds: [256] }), error: /^paths\.find: edge class 256 out/ },
    { call: () => shortestPath(detour, 0, 1, { dateFrom: 2, dateTo: 1 }), error: /^paths\.find: dateFrom 2 is after/ },
    { call: () => kShortestPaths(detour, 0, 1, 0), error: /^paths\.kShortest: k must be a positive integer, got 0/ },
    { call: () => kShortestPaths(detour, 0, 7), error: /^paths\.kShortest: node index 7 out of range/ },
    { call: () => allShortestPaths(detour, 0, 1, {}, 0), error: /^paths\.allShortest: limit must be a positive/ },
    { call: () => allShortestPaths(detour, 0, 1, { weighted: true }), error: /^paths\.allShortest: weighted/ },
    { call: () => explainNoPath(detour, 0, 5), error: /^paths\.explain: node index 5 out of range/ },
  ])("rejects bad input: $error", ({ call, error }) => {
    expect(call).toThrow(error);
  });
});

// A 4-cycle 0 – 1 – 2 – 3 – 0 with the chord 1 – 3.
const CHORDED_SQUARE: EdgeSpec[] = [
  [0, 1],
  [1, 2],
  [2, 3],
  [3, 0],
  [1, 3],
];

describe("kShortestPaths", () => {
  it("returns every simple path of a chorded square, by cost then node order, when k exceeds their number", () => {
    const paths = kShortestPaths(csrOf(4, CHORDED_SQUARE), 0, 2, 5);
    expect(nodesOf(paths)).toEqual([
      [0, 1, 2],
      [0, 3, 2],
      [0, 1, 3, 2],
      [0, 3, 1, 2],
    ]);
    expect(paths.map((path) => path.cost)).toEqual([2, 2, 3, 3]);
  });

  it.each([
    { k: 1, expected: [[0, 1, 2]] },
    {
      k: 2,
      expected: [
        [0, 1, 2],
        [0, 3, 2],
      ],
    },
  ])("stops at k = $k", ({ k, expected }) => {
    expect(nodesOf(kShortestPaths(csrOf(4, CHORDED_SQUARE), 0, 2, k))).toEqual(expected);
  });

  it.each([
    { name: "a one-node path for the same node", from: 2, to: 2, expected: [[2]] },
    { name: "nothing across components", from: 0, to: 5, expected: [] },
  ])("returns $name", ({ from, to, expected }) => {
    const csr = csrOf(6, [...CHORDED_SQUARE, [4, 5]]);
    expect(nodesOf(kShortestPaths(csr, from, to))).toEqual(expected);
  });

  it("honours the filters in every spur search", () => {
    const paths = kShortestPaths(csrOf(4, CHORDED_SQUARE), 0, 2, 5, { avoid: [3] });
    expect(nodesOf(paths)).toEqual([[0, 1, 2]]);
  });

  it.each([
    { weighted: false, seed: 3 },
    { weighted: true, seed: 3 },
    { weighted: true, seed: 8 },
  ])("matches brute force on a random 9-node graph (weighted: $weighted, seed $seed)", ({ weighted, seed }) => {
    const random = seededRandom(seed);
    const edges: EdgeSpec[] = Array.from({ length: 16 }, () => [
      Math.floor(random() * 9),
      Math.floor(random() * 9),
      "MET_WITH",
      1 + Math.floor(random() * 4),
    ]);
    const csr = csrOf(9, edges);
    const k = 6;
    const brute = allSimplePaths(csr, 0, 8, weighted);
    const paths = kShortestPaths(csr, 0, 8, k, { weighted });
    expect(paths.length).toBe(Math.min(k, brute.length));
    expect(new Set(paths.map((path) => path.edges.join(","))).size).toBe(paths.length);
    for (const path of paths) expectValidPath(csr, path, 0, 8);
    expect(paths.map((path) => path.cost)).toEqual(brute.slice(0, k).map((path) => path.cost));
    expect([...paths].sort(comparePaths)).toEqual(paths);
  });
});

describe("allShortestPaths", () => {
  it.each<{ name: string; nodeCount: number; edges: EdgeSpec[]; limit?: number; expected: number[][] }>([
    {
      name: "both sides of a diamond",
      nodeCount: 4,
      edges: DIAMOND,
      expected: [
        [0, 1, 3],
        [0, 2, 3],
      ],
    },
    {
      name: "all four routes through two diamonds in a row",
      nodeCount: 7,
      edges: [...DIAMOND, [3, 4], [3, 5], [4, 6], [5, 6]],
      expected: [
        [0, 1, 3, 4, 6],
        [0, 1, 3, 5, 6],
        [0, 2, 3, 4, 6],
        [0, 2, 3, 5, 6],
      ],
    },
    {
      name: "the first `limit` of them",
      nodeCount: 7,
      edges: [...DIAMOND, [3, 4], [3, 5], [4, 6], [5, 6]],
      limit: 3,
      expected: [
        [0, 1, 3, 4, 6],
        [0, 1, 3, 5, 6],
        [0, 2, 3, 4, 6],
      ],
    },
    {
      name: "a parallel edge as its own path",
      nodeCount: 2,
      edges: [
        [0, 1],
        [1, 0],
      ],
      expected: [
        [0, 1],
        [0, 1],
      ],
    },
    { name: "nothing across components", nodeCount: 3, edges: [[0, 1]], expected: [] },
  ])("finds $name", ({ nodeCount, edges, limit, expected }) => {
    const csr = csrOf(nodeCount, edges);
    const to = nodeCount - 1;
    const paths = allShortestPaths(csr, 0, to, {}, limit);
    expect(nodesOf(paths)).toEqual(expected);
    for (const path of paths) expectValidPath(csr, path, 0, to);
  });

  it("gives the parallel edges of one hop as distinct edge lists", () => {
    expect(
      allShortestPaths(
        csrOf(2, [
          [0, 1],
          [1, 0],
        ]),
        0,
        1,
      ).map((path) => path.edges),
    ).toEqual([[0], [1]]);
  });

  it("leaves out routes through avoided nodes and excluded kinds", () => {
    const csr = csrOf(4, [
      [0, 2, "FUNDS"],
      [3, 1],
      [2, 3],
      [0, 1],
    ]);
    expect(nodesOf(allShortestPaths(csr, 0, 3, { avoid: [1] }))).toEqual([[0, 2, 3]]);
    expect(nodesOf(allShortestPaths(csr, 0, 3, { excludeKinds: [kind("FUNDS")] }))).toEqual([[0, 1, 3]]);
  });
});

describe("explainNoPath", () => {
  const detour = csrOf(6, [...DETOUR, [5, 5]]);
  const funds = kind("FUNDS");
  const leads = kind("LEADS");
  const y2020 = Date.UTC(2020, 0, 1);

  it.each<{ name: string; to?: number; options: PathOptions; blockedBy: string | null; sufficient: string[] }>([
    { name: "nothing when a path exists", options: {}, blockedBy: null, sufficient: [] },
    {
      name: "the excluded kinds",
      options: { excludeKinds: [funds, leads] },
      blockedBy: "excludeKinds",
      sufficient: ["excludeKinds"],
    },
    { name: "the avoided nodes", options: { avoid: [1, 4] }, blockedBy: "avoid", sufficient: ["avoid"] },
    { name: "the date window", options: { dateFrom: y2020, dateTo: y2020 }, blockedBy: "dates", sufficient: ["dates"] },
    {
      name: "the first of several, listing them all",
      options: { excludeKinds: [leads], avoid: [1] },
      blockedBy: "excludeKinds",
      sufficient: ["excludeKinds", "avoid"],
    },
    {
      name: "the one filter that suffices, not one that also blocks",
      options: { excludeKinds: [funds], dateTo: Date.UTC(2018, 0, 1) },
      blockedBy: "dates",
      sufficient: ["dates"],
    },
    {
      name: "a combination when no single filter is to blame",
      options: { excludeKinds: [funds, leads], avoid: [1, 4] },
      blockedBy: "combined",
      sufficient: [],
    },
  ])("blames $name", ({ to = 2, options, blockedBy, sufficient }) => {
    expect(explainNoPath(detour, 0, to, options)).toEqual({ blockedBy, sufficient, disconnected: false });
  });

  it("blames no filter when the endpoints are in different components", () => {
    expect(explainNoPath(detour, 0, 5, { excludeKinds: [funds] })).toEqual({
      blockedBy: null,
      sufficient: [],
      disconnected: true,
    });
  });
});

/** Hop distance by a plain one-sided BFS, -1 when unreachable: the reference for the bidirectional search. */
function naiveDistance(csr: Csr, from: number, to: number): number {
  const dist = new Array<number>(csr.nodeCount).fill(-1);
  dist[from] = 0;
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (let i = csr.offsets[u]; i < csr.offsets[u + 1]; i++) {
      const v = csr.neighbours[i];
      if (dist[v] < 0) {
        dist[v] = dist[u] + 1;
        queue.push(v);
      }
    }
  }
  return dist[to];
}

/** Least total weight by an O(n²) Dijkstra without a heap, Infinity when unreachable. */
function naiveWeightedDistance(csr: Csr, from: number, to: number): number {
  const dist = new Array<number>(csr.nodeCount).fill(Infinity);
  const done = new Array<boolean>(csr.nodeCount).fill(false);
  dist[from] = 0;
  for (;;) {
    let u = -1;
    for (let v = 0; v < csr.nodeCount; v++) if (!done[v] && dist[v] < Infinity && (u < 0 || dist[v] < dist[u])) u = v;
    if (u < 0) return dist[to];
    done[u] = true;
    for (let i = csr.offsets[u]; i < csr.offsets[u + 1]; i++) {
      const d = dist[u] + csr.edgeWeights[csr.edgeIds[i]];
      if (d < dist[csr.neighbours[i]]) dist[csr.neighbours[i]] = d;
    }
  }
}

function randomCsr(nodeCount: number, edgeCount: number, seed: number): Csr {
  const random = seededRandom(seed);
  const edges: EdgeSpec[] = Array.from({ length: edgeCount }, () => [
    Math.floor(random() * nodeCount),
    Math.floor(random() * nodeCount),
    "MET_WITH",
    0.25 + random() * 4,
  ]);
  return csrOf(nodeCount, edges);
}

describe("shortestPath on random graphs", () => {
  it("matches a naive BFS's hop count on 200 random pairs of a 2,000-node graph", () => {
    // ~1.1 edges per node: one giant component plus many small ones, so both paths and nulls occur.
    const csr = randomCsr(2000, 2200, 42);
    const random = seededRandom(7);
    let found = 0;
    for (let i = 0; i < 200; i++) {
      const from = Math.floor(random() * csr.nodeCount);
      const to = Math.floor(random() * csr.nodeCount);
      const path = shortestPath(csr, from, to);
      expect(path ? path.cost : -1).toBe(naiveDistance(csr, from, to));
      if (path) {
        expectValidPath(csr, path, from, to);
        found++;
      }
    }
    expect(found).toBeGreaterThan(20);
    expect(found).toBeLessThan(200);
  });

  it("matches a naive Dijkstra's total weight on 50 random pairs of a 300-node graph", () => {
    const csr = randomCsr(300, 600, 5);
    const random = seededRandom(11);
    for (let i = 0; i < 50; i++) {
      const from = Math.floor(random() * csr.nodeCount);
      const to = Math.floor(random() * csr.nodeCount);
      const path = shortestPath(csr, from, to, { weighted: true });
      const expected = naiveWeightedDistance(csr, from, to);
      if (expected === Infinity) expect(path).toBeNull();
      else {
        expect(path!.cost).toBeCloseTo(expected, 9);
        expectValidPath(csr, path!, from, to);
      }
    }
  });
});

describe("the view's edge mask", () => {
  const detour = csrOf(5, DETOUR);
  const hideFunds = Uint8Array.from(DETOUR, (edge) => (edge[2] === "FUNDS" ? 0 : 1));

  it("never uses an edge the view hides", () => {
    expect(shortestPath(detour, 0, 2)?.nodes).toEqual([0, 1, 2]);
    expect(shortestPath(detour, 0, 2, { edgeMask: hideFunds })?.nodes).toEqual([0, 3, 4, 2]);
    expect(shortestPath(detour, 0, 2, { edgeMask: hideFunds, weighted: true })?.nodes).toEqual([0, 3, 4, 2]);
  });

  it("answers each mask by its own content, one after another", () => {
    const hideMeeting = Uint8Array.from(DETOUR, (edge) => (edge[2] === "MET_WITH" ? 0 : 1));
    expect(shortestPath(detour, 3, 1, { edgeMask: hideFunds })).toBeNull();
    expect(shortestPath(detour, 3, 1, { edgeMask: hideMeeting })?.nodes).toEqual([3, 4, 2, 1]);
    expect(shortestPath(detour, 3, 1, { edgeMask: hideFunds })).toBeNull();
  });

  it("is named as the blocker when only the view hides every connection", () => {
    const hideLeads = Uint8Array.from(DETOUR, (edge) => (edge[2] === "LEADS" ? 0 : 1));
    expect(explainNoPath(detour, 0, 2, { edgeMask: hideLeads, excludeKinds: [kind("FUNDS")] })).toEqual({
      blockedBy: "filters",
      sufficient: ["filters", "excludeKinds"],
      disconnected: false,
    });
  });

  it("rejects a mask of the wrong length", () => {
    expect(() => shortestPath(detour, 0, 2, { edgeMask: new Uint8Array(2) })).toThrow(
      /^paths\.find: edgeMask has 2 entries for 5 edges$/,
    );
  });

  it("is left as it was by Yen's algorithm, which blocks edges as it goes", () => {
    const before = Array.from(hideFunds);
    kShortestPaths(detour, 0, 2, 5, { edgeMask: hideFunds });
    kShortestPaths(detour, 0, 2, 5);
    expect(Array.from(hideFunds)).toEqual(before);
    expect(shortestPath(detour, 0, 2)?.nodes).toEqual([0, 1, 2]);
    expect(shortestPath(detour, 0, 2, { edgeMask: hideFunds })?.nodes).toEqual([0, 3, 4, 2]);
  });
});
