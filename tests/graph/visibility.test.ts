// computeVisibility: which nodes and edges kinds, documents, a date window, the selection's depth and hideIsolated
// leave visible; dateBounds: the span the timeline offers; partialDateRange: what a partial ISO date covers.

import { readFileSync } from "node:fs";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "../../src/explorer/view-state.ts";
import type { Filters } from "../../src/explorer/view-state.ts";
import {
  computeVisibility,
  createVisibilityIndex,
  dateBounds,
  graphCounts,
  partialDateRange,
} from "../../src/graph/visibility.ts";
import type {
  DocumentInfo,
  EdgeAttributes,
  EntityKind,
  GraphAttributes,
  NodeAttributes,
  RelationKind,
} from "../../src/schema/graph.ts";

type PolicyGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

interface Spec {
  documents: Array<[file: string, date: string | null]>;
  nodes: Array<[key: string, docs: string[], date?: string]>;
  /** [key, kind, source, target, evidence documents, own date]; MET_WITH and PARTNERS_WITH are undirected. */
  edges: Array<[key: string, kind: RelationKind, source: string, target: string, docs: string[], date?: string]>;
}

function graphOf(spec: Spec): PolicyGraph {
  const graph: PolicyGraph = new Graph({ multi: true, type: "mixed" });
  const documents: DocumentInfo[] = spec.documents.map(([file, date]) => ({
    id: `doc:${file}`,
    file,
    title: null,
    date,
    url: null,
    kind: null,
    chars: 100,
  }));
  graph.replaceAttributes({
    format: "policygraph",
    version: 1,
    documents,
    stats: { documents: documents.length, skipped: 0, entities: {}, relations: {} },
  });
  for (const [key, docs, date] of spec.nodes) {
    const kind = key.split(":")[0] as EntityKind;
    graph.addNode(key, { label: key, kind, aliases: [], docs, mentions: 1, ...(date ? { date } : {}) });
  }
  for (const [key, kind, source, target, docs, date] of spec.edges) {
    const attributes: EdgeAttributes = {
      kind,
      evidence: docs.map((doc) => ({ doc, text: "…", start: 0, end: 1 })),
      ...(date ? { date } : {}),
    };
    if (kind === "MET_WITH" || kind === "PARTNERS_WITH")
      graph.addUndirectedEdgeWithKey(key, source, target, attributes);
    else graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  return graph;
}

// Documents a (2021-03-01), b (2022), c (undated), d (2021-06). A dated meeting m1 and an undated one m2; a country
// with no relation; a place with no document at all; e6 and e7 carry their own dates.
const SMALL = graphOf({
  documents: [
    ["a.txt", "2021-03-01"],
    ["b.txt", "2022"],
    ["c.txt", null],
    ["d.txt", "2021-06"],
  ],
  nodes: [
    ["person:ana", ["a.txt"]],
    ["person:ben", ["b.txt"]],
    ["person:cy", ["c.txt"]],
    ["agency:x", ["a.txt", "b.txt"]],
    ["meeting:m1", ["a.txt"], "2021-03"],
    ["meeting:m2", ["b.txt"]],
    ["country:lonely", ["d.txt"]],
    ["place:nodocs", []],
  ],
  edges: [
    ["e1", "MEMBER_OF", "person:ana", "agency:x", ["a.txt"]],
    ["e2", "MEMBER_OF", "person:ben", "agency:x", ["b.txt"]],
    ["e3", "ATTENDED", "person:ana", "meeting:m1", ["a.txt"]],
    ["e4", "MET_WITH", "person:ana", "person:ben", ["a.txt", "b.txt"]],
    ["e5", "LEADS", "person:cy", "agency:x", ["c.txt"]],
    ["e6", "ATTENDED", "person:ben", "meeting:m2", ["b.txt"], "2021-12-01"],
    ["e7", "COMMITTED", "person:cy", "place:nodocs", ["b.txt"], "2020"],
  ],
});

const ALL_NODES = SMALL.nodes();
const ALL_EDGES = SMALL.edges();

const visible = (graph: PolicyGraph, patch: Partial<Filters>, selected: string | null = null) => {
  const result = computeVisibility(graph, { ...DEFAULT_FILTERS, ...patch }, selected);
  return { nodes: [...result.nodes].sort(), edges: [...result.edges].sort() };
};

describe("computeVisibility: kinds and documents", () => {
  it.each([
    { when: "nothing is filtered", patch: {}, nodes: ALL_NODES, edges: ALL_EDGES },
    {
      when: "only people are shown: edges to hidden nodes go too",
      patch: { nodeKinds: ["person"] as EntityKind[] },
      nodes: ["person:ana", "person:ben", "person:cy"],
      edges: ["e4"],
    },
    {
      when: "only MET_WITH relations are shown: nodes stay",
      patch: { relationKinds: ["MET_WITH"] as RelationKind[] },
      nodes: ALL_NODES,
      edges: ["e4"],
    },
    {
      when: "no kind is allowed",
      patch: { nodeKinds: [] },
      nodes: [],
      edges: [],
    },
    {
      when: "only document a is included: an edge needs an included document and both ends",
      patch: { documents: ["a.txt"] },
      nodes: ["agency:x", "meeting:m1", "person:ana"],
      edges: ["e1", "e3"],
    },
    {
      when: "documents b and c are included",
      patch: { documents: ["b.txt", "c.txt"] },
      nodes: ["agency:x", "meeting:m2", "person:ben", "person:cy"],
      edges: ["e2", "e5", "e6"],
    },
    { when: "no document is included", patch: { documents: [] }, nodes: [], edges: [] },
    { when: "only an unknown document is included", patch: { documents: ["zzz.txt"] }, nodes: [], edges: [] },
  ])("when $when", ({ patch, nodes, edges }) => {
    expect(visible(SMALL, patch)).toEqual({ nodes: [...nodes].sort(), edges: [...edges].sort() });
  });
});

describe("computeVisibility: the date window", () => {
  it.each([
    {
      when: "from 2022: undated documents and nodes without documents pass, a meeting goes by its own date",
      patch: { dateFrom: "2022" },
      nodes: ["agency:x", "meeting:m2", "person:ben", "person:cy", "place:nodocs"],
      // e6 is dated 2021-12-01 itself and e7 2020, though their evidence is from 2022.
      edges: ["e2", "e5"],
    },
    {
      when: "to 2021-03: a month bound covers the whole month",
      patch: { dateTo: "2021-03" },
      nodes: ["agency:x", "meeting:m1", "person:ana", "person:cy", "place:nodocs"],
      edges: ["e1", "e3", "e5", "e7"],
    },
    {
      when: "2021 to 2021: days and months of the year are within it",
      patch: { dateFrom: "2021", dateTo: "2021" },
      nodes: ["agency:x", "country:lonely", "meeting:m1", "person:ana", "person:cy", "place:nodocs"],
      edges: ["e1", "e3", "e5"],
    },
    {
      when: "2021-03-02 to 2021-05: the month 2021-03 overlaps it, the day 2021-03-01 does not",
      patch: { dateFrom: "2021-03-02", dateTo: "2021-05" },
      nodes: ["meeting:m1", "person:cy", "place:nodocs"],
      edges: [],
    },
    {
      when: "2021-12 to 2022-06: the year 2022 overlaps it, and so does e6's own day",
      patch: { dateFrom: "2021-12", dateTo: "2022-06" },
      nodes: ["agency:x", "meeting:m2", "person:ben", "person:cy", "place:nodocs"],
      edges: ["e2", "e5", "e6"],
    },
    {
      when: "2020 only: e7 by its own date, though its evidence is from 2022",
      patch: { dateFrom: "2020", dateTo: "2020" },
      nodes: ["person:cy", "place:nodocs"],
      edges: ["e7"],
    },
    {
      when: "documents and dates together: a node needs one document that is both included and in the window",
      patch: { documents: ["a.txt"], dateFrom: "2022" },
      nodes: [],
      edges: [],
    },
  ])("when $when", ({ patch, nodes, edges }) => {
    expect(visible(SMALL, patch)).toEqual({ nodes: [...nodes].sort(), edges: [...edges].sort() });
  });
});

describe("computeVisibility: hideIsolated", () => {
  it.each([
    {
      when: "nothing else is filtered: the country without relations and the place without documents' edge",
      patch: { hideIsolated: true, relationKinds: ["MEMBER_OF", "ATTENDED", "MET_WITH", "LEADS"] as RelationKind[] },
      selected: null,
      nodes: ["agency:x", "meeting:m1", "meeting:m2", "person:ana", "person:ben", "person:cy"],
    },
    {
      when: "the isolated node is selected: it stays",
      patch: { hideIsolated: true },
      selected: "country:lonely",
      nodes: ALL_NODES,
    },
    {
      when: "only people are shown: cy lost its only visible edge",
      patch: { hideIsolated: true, nodeKinds: ["person"] as EntityKind[] },
      selected: null,
      nodes: ["person:ana", "person:ben"],
    },
    {
      when: "the selection is of a hidden kind: it is not brought back",
      patch: { hideIsolated: true, nodeKinds: ["person"] as EntityKind[] },
      selected: "agency:x",
      nodes: ["person:ana", "person:ben"],
    },
    {
      when: "the selected node has no visible edge but passes the filters: it stays",
      patch: { hideIsolated: true, nodeKinds: ["person"] as EntityKind[] },
      selected: "person:cy",
      nodes: ["person:ana", "person:ben", "person:cy"],
    },
  ])("when $when", ({ patch, selected, nodes }) => {
    expect(visible(SMALL, patch, selected).nodes).toEqual([...nodes].sort());
  });

  it("keeps every visible edge (an edge's ends are never isolated)", () => {
    expect(visible(SMALL, { hideIsolated: true }).edges).toEqual(ALL_EDGES);
  });
});

// n0 → n1 ← n2 — n3 → n4, plus a chord n0 → n2: from n1, n2 is one hop against the edge's direction, n3 is two
// hops over an undirected edge.
const CHAIN = graphOf({
  documents: [],
  nodes: [
    ["person:n0", []],
    ["person:n1", []],
    ["person:n2", []],
    ["agency:n3", []],
    ["person:n4", []],
  ],
  edges: [
    ["e01", "MEMBER_OF", "person:n0", "person:n1", []],
    ["e21", "MEMBER_OF", "person:n2", "person:n1", []],
    ["e02", "LEADS", "person:n0", "person:n2", []],
    ["e23", "PARTNERS_WITH", "person:n2", "agency:n3", []],
    ["e34", "FUNDS", "agency:n3", "person:n4", []],
  ],
});

describe("computeVisibility: depth around the selection", () => {
  it.each([
    { selected: "person:n1", depth: 0, nodes: ["person:n1"], edges: [] },
    {
      selected: "person:n1",
      depth: 1,
      nodes: ["person:n0", "person:n1", "person:n2"],
      // The chord joins two nodes one hop away, so both its ends are visible.
      edges: ["e01", "e02", "e21"],
    },
    {
      selected: "person:n1",
      depth: 2,
      nodes: ["agency:n3", "person:n0", "person:n1", "person:n2"],
      edges: ["e01", "e02", "e21", "e23"],
    },
    { selected: "person:n1", depth: 3, nodes: CHAIN.nodes(), edges: CHAIN.edges() },
    { selected: "person:n4", depth: 1, nodes: ["agency:n3", "person:n4"], edges: ["e34"] },
    {
      selected: "person:n4",
      depth: 2,
      nodes: ["agency:n3", "person:n2", "person:n4"],
      edges: ["e23", "e34"],
    },
  ])("from $selected to depth $depth, whatever the edges' direction", ({ selected, depth, nodes, edges }) => {
    expect(visible(CHAIN, { depth }, selected)).toEqual({ nodes: [...nodes].sort(), edges: [...edges].sort() });
  });

  it.each([
    {
      when: "hops go only over visible edges",
      patch: { depth: 5, relationKinds: ["MEMBER_OF", "LEADS", "FUNDS"] as RelationKind[] },
      selected: "person:n1",
      nodes: ["person:n0", "person:n1", "person:n2"],
    },
    {
      when: "hops go only through visible nodes",
      patch: { depth: 5, nodeKinds: ["person"] as EntityKind[] },
      selected: "person:n4",
      nodes: ["person:n4"],
    },
    { when: "nothing is selected, depth is off", patch: { depth: 1 }, selected: null, nodes: CHAIN.nodes() },
    {
      when: "the selection is not in the graph, depth is off",
      patch: { depth: 1 },
      selected: "person:gone",
      nodes: CHAIN.nodes(),
    },
    {
      when: "the selection is filtered out, its neighbourhood is empty",
      patch: { depth: 1, nodeKinds: ["agency"] as EntityKind[] },
      selected: "person:n1",
      nodes: [],
    },
    { when: "depth is null, the selection does not restrict", patch: {}, selected: "person:n1", nodes: CHAIN.nodes() },
  ])("when $when", ({ patch, selected, nodes }) => {
    expect(visible(CHAIN, patch, selected).nodes).toEqual([...nodes].sort());
  });
});

describe("computeVisibility: counts and the index", () => {
  it("counts what is visible per kind, with every kind present", () => {
    const { counts } = computeVisibility(SMALL, { ...DEFAULT_FILTERS, documents: ["a.txt"] }, null);
    expect(counts).toEqual({
      nodes: { person: 1, agency: 1, program: 0, country: 0, place: 0, meeting: 1 },
      edges: {
        ATTENDED: 1,
        MET_WITH: 0,
        MEMBER_OF: 1,
        COMMITTED: 0,
        FUNDS: 0,
        LEADS: 0,
        PARTNERS_WITH: 0,
        PART_OF: 0,
        LOCATED_IN: 0,
        AGREED: 0,
      },
      totalNodes: 3,
      totalEdges: 2,
    });
  });

  it("gives the same answers from a reused index as from the graph, call after call", () => {
    const index = createVisibilityIndex(SMALL);
    const cases: Array<[Partial<Filters>, string | null]> = [
      [{ documents: ["a.txt"] }, null],
      [{ dateFrom: "2022" }, null],
      [{ hideIsolated: true, nodeKinds: ["person"] }, "person:cy"],
      [{ depth: 1 }, "agency:x"],
      [{}, null],
    ];
    for (const [patch, selected] of cases) {
      const filters = { ...DEFAULT_FILTERS, ...patch };
      expect(computeVisibility(index, filters, selected)).toEqual(computeVisibility(SMALL, filters, selected));
    }
  });

  it("refuses an index built before nodes were added", () => {
    const graph = graphOf({ documents: [], nodes: [["person:a", []]], edges: [] });
    const index = createVisibilityIndex(graph);
    graph.addNode("person:b", { label: "B", kind: "person", aliases: [], docs: [], mentions: 1 });
    expect(() => computeVisibility(index, DEFAULT_FILTERS, null)).toThrow(/^graph\.visibility: the graph changed/);
  });
});

describe("partialDateRange", () => {
  it.each([
    { iso: "2021", range: { start: 20210000, end: 20219999 } },
    { iso: "2021-03", range: { start: 20210300, end: 20210399 } },
    { iso: "2021-03-01", range: { start: 20210301, end: 20210301 } },
    { iso: "2024-02-29", range: { start: 20240229, end: 20240229 } },
    { iso: "2000-02-29", range: { start: 20000229, end: 20000229 } },
  ])("reads $iso", ({ iso, range }) => {
    expect(partialDateRange(iso)).toEqual(range);
  });

  it.each([
    "",
    "21",
    "2021-3",
    "2021-13",
    "2021-00",
    "2021-04-31",
    "2023-02-29",
    "1900-02-29",
    "0000",
    "2021-03-01T10",
  ])("rejects %j", (iso) => {
    expect(partialDateRange(iso)).toBeNull();
  });
});

describe("dateBounds", () => {
  it.each([
    {
      when: "documents and meetings are dated: the earliest start and the latest end, as written",
      graph: SMALL,
      bounds: { min: "2021-03", max: "2022" },
    },
    {
      when: "nothing is dated",
      graph: CHAIN,
      bounds: null,
    },
    {
      when: "dates are malformed, or on other kinds than meetings",
      graph: graphOf({
        documents: [["a.txt", "2021-13"]],
        nodes: [
          ["meeting:m", [], "soon"],
          ["person:p", [], "2020"],
        ],
        edges: [],
      }),
      bounds: null,
    },
    {
      when: "a meeting is dated later than every document",
      graph: graphOf({ documents: [["a.txt", "2021-10-06"]], nodes: [["meeting:m", [], "2024-01"]], edges: [] }),
      bounds: { min: "2021-10-06", max: "2024-01" },
    },
  ])("when $when", ({ graph, bounds }) => {
    expect(dateBounds(graph)).toEqual(bounds);
  });

  it("spans the bundled graph's letter of 2021 to the meeting planned for January 2024", () => {
    const file = new URL("../../graph-data/graph.json", import.meta.url);
    const graph = Graph.from(JSON.parse(readFileSync(file, "utf8"))) as PolicyGraph;
    expect(dateBounds(graph)).toEqual({ min: "2021-06-08", max: "2024-01" });
  });
});

describe("graphCounts", () => {
  it("counts the whole graph per kind, the same as computeVisibility with no filter", () => {
    expect(graphCounts(SMALL)).toEqual(computeVisibility(SMALL, DEFAULT_FILTERS, null).counts);
  });
});
