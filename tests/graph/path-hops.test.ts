// Paths as people read them, and "why are these two connected": hop direction and dates, evidence ranking, shared
// meetings and programs, and the sentences of a stored document that name both entities.

import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { connectionsBetween, sentencesNamingBoth } from "../../src/graph/connections.ts";
import type { PolicyGraph } from "../../src/graph/load.ts";
import { pathResult, rankEvidence } from "../../src/graph/path-hops.ts";
import type { DocumentInfo, EntityKind, Evidence, StoredDocument } from "../../src/schema/graph.ts";

const doc = (file: string, date: string | null): DocumentInfo => ({
  id: `doc:${file}`,
  file,
  title: file,
  date,
  url: null,
  kind: null,
  chars: 1000,
});
const DOCUMENTS = new Map(
  [doc("old.txt", "2019-05-01"), doc("new.txt", "2022-02-01"), doc("undated.txt", null)].map((d) => [d.file, d]),
);

const cite = (file: string, text: string, start = 0): Evidence => ({
  doc: file,
  text,
  start,
  end: start + text.length,
});

/**
 * Ana (person) attended the Harbour Summit (meeting, 2021-04-02) and leads the Coast Agency; the agency funds the
 * Green Valleys Fund (program); Ben attended the summit too and met with Ana.
 */
function fixture(): PolicyGraph {
  const graph = new Graph({ multi: true, type: "mixed" }) as unknown as PolicyGraph;
  graph.setAttribute("documents", [...DOCUMENTS.values()]);
  const node = (key: string, kind: EntityKind, extra: object = {}) =>
    graph.addNode(key, {
      label: key.split(":")[1],
      kind,
      aliases: [],
      docs: ["new.txt", "old.txt"],
      mentions: 1,
      ...extra,
    });
  node("person:ana", "person");
  node("person:ben", "person", { docs: ["new.txt"] });
  node("meeting:summit", "meeting", { date: "2021-04-02" });
  node("agency:coast", "agency");
  node("program:green", "program");
  graph.addDirectedEdgeWithKey("a1", "person:ana", "meeting:summit", {
    kind: "ATTENDED",
    evidence: [cite("undated.txt", "Ana attended the Harbour Summit.")],
  });
  graph.addDirectedEdgeWithKey("a2", "person:ben", "meeting:summit", {
    kind: "ATTENDED",
    evidence: [cite("new.txt", "Ben attended the Harbour Summit.")],
  });
  graph.addDirectedEdgeWithKey("l1", "person:ana", "agency:coast", {
    kind: "LEADS",
    evidence: [
      cite("old.txt", "Ana, who has led the Coast Agency since its founding, spoke first."),
      cite("new.txt", "Ana leads the Coast Agency."),
      cite("new.txt", "Ana leads the Coast Agency as its director-general.", 100),
    ],
  });
  graph.addDirectedEdgeWithKey("f1", "agency:coast", "program:green", {
    kind: "FUNDS",
    date: "2020-01",
    evidence: [cite("old.txt", "The Coast Agency funds the Green Valleys Fund with new grants this year.")],
  });
  graph.addUndirectedEdgeWithKey("m1", "person:ana", "person:ben", {
    kind: "MET_WITH",
    evidence: [cite("new.txt", "Ana met with Ben to discuss the Green Valleys Fund and its grants.")],
  });
  return graph;
}

describe("a path's hops", () => {
  const graph = fixture();

  it("read in path order, saying which way each relation points", () => {
    const result = pathResult(
      graph,
      ["program:green", "agency:coast", "person:ana", "person:ben"],
      ["f1", "l1", "m1"],
      3,
      DOCUMENTS,
    );
    expect(result.hops.map(({ source, target, kind, direction }) => [source, target, kind, direction])).toEqual([
      ["program:green", "agency:coast", "FUNDS", "backward"],
      ["agency:coast", "person:ana", "LEADS", "backward"],
      ["person:ana", "person:ben", "MET_WITH", "both"],
    ]);
  });

  it("take the relation's date, else a meeting's at either end, else the best sentence's document date", () => {
    const hops = pathResult(graph, ["agency:coast", "person:ana", "meeting:summit"], ["l1", "a1"], 2, DOCUMENTS).hops;
    expect(hops.map((hop) => hop.date)).toEqual(["2022-02-01", "2021-04-02"]);
    expect(pathResult(graph, ["agency:coast", "program:green"], ["f1"], 1, DOCUMENTS).hops[0].date).toBe("2020-01");
  });

  it("are rejected when a relation does not join its two entities", () => {
    expect(() => pathResult(graph, ["person:ben", "agency:coast"], ["l1"], 1, DOCUMENTS)).toThrow(
      /^paths\.hops: relation l1 does not join person:ben and agency:coast$/,
    );
    expect(() => pathResult(graph, ["person:ben"], ["l1"], 1, DOCUMENTS)).toThrow(/^paths\.hops: 1 entities/);
  });
});

describe("evidence ranking", () => {
  const evidence = fixture().getEdgeAttribute("l1", "evidence");

  it("puts full sentences before fragments, and the newest document's first", () => {
    expect(rankEvidence(evidence, DOCUMENTS).map((item) => item.text)).toEqual([
      "Ana leads the Coast Agency as its director-general.",
      "Ana, who has led the Coast Agency since its founding, spoke first.",
      "Ana leads the Coast Agency.",
    ]);
  });

  it("prefers a sentence from inside the date window asked for", () => {
    const [best] = rankEvidence(evidence, DOCUMENTS, { dateFrom: "2018", dateTo: "2020" });
    expect(best.doc).toBe("old.txt");
  });
});

describe("why two entities are connected", () => {
  const graph = fixture();

  it("lists their direct relations, shared meetings and others, and the documents naming both", () => {
    const why = connectionsBetween(graph, "person:ana", "person:ben", DOCUMENTS);
    expect(why.direct.map((relation) => [relation.edge, relation.direction])).toEqual([["m1", "both"]]);
    expect(why.sharedMeetings.map((shared) => [shared.node, shared.viaFirst, shared.viaSecond])).toEqual([
      ["meeting:summit", ["a1"], ["a2"]],
    ]);
    expect(why.sharedPrograms).toEqual([]);
    expect(why.documents).toEqual(["new.txt"]);
  });

  it("finds a program shared through different relations", () => {
    const why = connectionsBetween(graph, "agency:coast", "person:ben", DOCUMENTS);
    expect(why.direct).toEqual([]);
    expect(why.sharedOthers.map((shared) => shared.node)).toEqual(["person:ana"]);
  });

  it("rejects an unknown key with where it comes from", () => {
    expect(() => connectionsBetween(graph, "person:ana", "person:zed", DOCUMENTS)).toThrow(
      /^paths\.why: no entity with key "person:zed"$/,
    );
  });
});

describe("sentences naming both", () => {
  const text = "Ana met Ben in May. Ben spoke alone. Later, Ana and the Coast Agency thanked Ben.";
  const at = (word: string, from = 0) => text.indexOf(word, from);
  const stored: StoredDocument = {
    id: "doc:new",
    file: "new.txt",
    title: null,
    date: null,
    url: null,
    text,
    mentions: [
      [at("Ana"), at("Ana") + 3, "person:ana"],
      [at("Ben"), at("Ben") + 3, "person:ben"],
      [at("Ben", 10), at("Ben", 10) + 3, "person:ben"],
      [at("Ana", 30), at("Ana", 30) + 3, "person:ana"],
      [at("Ben", 60), at("Ben", 60) + 3, "person:ben"],
    ],
    sentences: [0, 19, 20, 36, 37, text.length],
  };

  it("are the stored sentences holding a mention of each, verbatim at their offsets", () => {
    const found = sentencesNamingBoth(stored, "person:ana", "person:ben");
    expect(found.map((item) => item.text)).toEqual([
      "Ana met Ben in May.",
      "Later, Ana and the Coast Agency thanked Ben.",
    ]);
    for (const item of found) expect(text.slice(item.start, item.end)).toBe(item.text);
  });

  it("are found by punctuation in a store written before sentences were kept", () => {
    const older = { ...stored, sentences: undefined };
    expect(sentencesNamingBoth(older, "person:ana", "person:ben").map((item) => item.text)).toEqual([
      "Ana met Ben in May.",
      "Later, Ana and the Coast Agency thanked Ben.",
    ]);
  });
});

describe("evidence ranking with the names of both ends", () => {
  it("puts a sentence that names both ends first, even when it is older", () => {
    const evidence = [
      cite("new.txt", "The two leaders also welcomed the new harbour agreement and its funds."),
      cite("old.txt", "Ana met with Ben in the capital to discuss the harbour agreement."),
    ];
    const ranked = rankEvidence(evidence, DOCUMENTS, undefined, [["Ana"], ["Ben", "Benjamin"]]);
    expect(ranked.map((item) => item.doc)).toEqual(["old.txt", "new.txt"]);
  });

  it("matches whole words only, in any case", () => {
    const evidence = [
      cite("new.txt", "Banana growers and the Benchmark Fund met in the capital this week."),
      cite("old.txt", "ANA and BEN met in the capital this week to sign the harbour agreement."),
    ];
    const ranked = rankEvidence(evidence, DOCUMENTS, undefined, [["Ana"], ["Ben"]]);
    expect(ranked[0].doc).toBe("old.txt");
  });
});
