// searchIndex: finds entities by any word prefix of their label or aliases, ignoring accents, case and punctuation,
// and ranks exact > prefix > phrase > any order, then weight, label and key.

import { readFileSync } from "node:fs";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import {
  buildSearchIndex,
  buildSearchIndexFromEntries,
  fold,
  searchEntries,
  searchIndex,
} from "../../src/graph/search-index.ts";
import type { SearchEntry } from "../../src/graph/search-index.ts";
import { foldName } from "../../src/schema/ids.ts";
import type { EdgeAttributes, EntityKind, GraphAttributes, NodeAttributes } from "../../src/schema/graph.ts";
import { mulberry32 } from "../../src/graph/random.ts";

const entry = (key: string, label: string, aliases: string[] = [], weight = 1): SearchEntry => ({
  key,
  label,
  aliases,
  kind: key.split(":")[0] as EntityKind,
  weight,
});

const ENTRIES: SearchEntry[] = [
  entry(
    "person:amlo",
    "Andrés Manuel López Obrador",
    ["Andres Manuel Lopez Obrador", "López Obrador", "Lopez Obrador"],
    9,
  ),
  entry("person:obrador-jr", "Obrador Junior", [], 1),
  entry("country:united-states", "United States", ["U.S.", "US", "United States"], 8),
  entry("agency:usaid", "U.S. Agency for International Development", ["USAID"], 3),
  entry("agency:ustda", "U.S. Trade and Development Agency", ["USTDA"], 2),
  entry("country:mexico", "Mexico", ["Mexican", "United Mexican States"], 7),
  entry("place:mexico-city", "Mexico City", [], 4),
  entry("person:ana-nunez", "Ana Núñez-O’Brien", [], 1),
];
const INDEX = buildSearchIndexFromEntries(ENTRIES);
const keys = (text: string, limit?: number) => searchIndex(INDEX, text, limit).map((hit) => hit.key);

describe("fold", () => {
  it.each([
    { text: "Andrés Manuel López Obrador", folded: "andres manuel lopez obrador" },
    { text: "U.S.", folded: "us" },
    { text: "U.S.-Mexico  High-Level Dialogue", folded: "us mexico high level dialogue" },
    { text: "Ana Núñez-O’Brien", folded: "ana nunez obrien" },
    { text: "  São Paulo, Brasil. ", folded: "sao paulo brasil" },
    { text: "ÉCOLE", folded: "ecole" },
    { text: "Biden–Obrador", folded: "biden obrador" },
    { text: "—", folded: "" },
    { text: "department of state", folded: "department of state" },
    { text: "東京 Tōkyō", folded: "東京 tokyo" },
    { text: "𝒜gency 😀 ﬁnance", folded: "agency finance" },
    { text: "İstanbul", folded: "istanbul" },
    { text: "a\ud800b", folded: "a b" },
  ])("folds $text to $folded", ({ text, folded }) => {
    expect(fold(text)).toBe(folded);
  });

  it("agrees with foldName, the regular-expression folding of the schema, on 5000 seeded random strings", () => {
    const random = mulberry32(42);
    const alphabet = [..."aZ09 .'’`-_,;:/()&+%@é\u0301ñÅøßæ東京😀𝒜ﬁ½\t\n\u00a0İ"];
    for (let i = 0; i < 5000; i++) {
      let text = "";
      const length = Math.floor(random() * 24);
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(fold(text), JSON.stringify(text)).toBe(foldName(text));
    }
  });
});

describe("searchIndex: what matches", () => {
  it.each([
    { query: "lopez obrador", expected: "person:amlo", why: "accents do not count" },
    { query: "LÓPEZ", expected: "person:amlo", why: "case and accents do not count" },
    { query: "obrador andres", expected: "person:amlo", why: "words match in any order" },
    { query: "and man lop", expected: "person:amlo", why: "each word may be a prefix" },
    { query: "nunez obrien", expected: "person:ana-nunez", why: "apostrophes and hyphens do not count" },
    { query: "usaid", expected: "agency:usaid", why: "an alias matches" },
    { query: "mexican", expected: "country:mexico", why: "an alias matches" },
  ])("finds $expected for $query ($why)", ({ query, expected }) => {
    expect(keys(query)).toContain(expected);
  });

  it.each([
    { query: "lopez xyz", why: "every query word must match" },
    { query: "brador", why: "words match from their start only" },
    { query: "obrador-junior-manuel", why: "no name holds all three words" },
  ])("finds nothing for $query ($why)", ({ query }) => {
    expect(keys(query)).toEqual([]);
  });

  it.each([{ query: "" }, { query: "   " }, { query: "..." }, { query: "—" }])(
    "returns [] for the blank query $query",
    ({ query }) => {
      expect(searchIndex(INDEX, query)).toEqual([]);
    },
  );

  it("finds the alias U.S. for 'us', and says which name matched", () => {
    expect(searchIndex(INDEX, "us")[0]).toEqual({
      key: "country:united-states",
      label: "United States",
      kind: "country",
      matched: "U.S.",
    });
  });

  it("reports the label when the label matches as well as an alias", () => {
    expect(searchIndex(INDEX, "andres manuel")[0].matched).toBe("Andrés Manuel López Obrador");
    expect(searchIndex(INDEX, "lopez obrador")[0].matched).toBe("López Obrador");
  });

  it("returns each entity once even when several of its names match", () => {
    expect(keys("obrador").filter((key) => key === "person:amlo")).toHaveLength(1);
  });

  it("returns at most `limit` hits, and none for a limit below 1", () => {
    expect(keys("u", 2)).toHaveLength(2);
    expect(keys("u", 0)).toEqual([]);
    expect(keys("u", -3)).toEqual([]);
  });
});

describe("searchIndex: ranking", () => {
  it.each([
    {
      query: "us",
      expected: ["country:united-states", "agency:usaid", "agency:ustda"],
      why: "exact alias 'U.S.' before prefixes, prefixes by weight",
    },
    {
      query: "mexico",
      expected: ["country:mexico", "place:mexico-city"],
      why: "exact before prefix, though both start with the word",
    },
    {
      query: "lopez obrador",
      expected: ["person:amlo"],
      why: "an exact alias",
    },
    {
      query: "obrador",
      expected: ["person:obrador-jr", "person:amlo"],
      why: "a whole-string prefix (weight 1) before a word inside a name (weight 9)",
    },
    {
      query: "united",
      expected: ["country:united-states", "country:mexico"],
      why: "prefix of the label 'United States' before prefix of the alias 'United Mexican States' by weight",
    },
  ])("ranks $query as $expected ($why)", ({ query, expected }) => {
    expect(keys(query)).toEqual(expected);
  });

  it.each([
    {
      query: "manuel lopez",
      expected: ["person:phrase", "person:scattered"],
      why: "the words in order inside 'Juan Manuel Lopez' beat weight",
    },
    {
      query: "lopez manuel",
      expected: ["person:scattered", "person:phrase"],
      why: "in neither name in this order, so weight decides",
    },
  ])("ranks $query as $expected ($why)", ({ query, expected }) => {
    const index = buildSearchIndexFromEntries([
      entry("person:scattered", "Manuel Ruiz Lopez", [], 5),
      entry("person:phrase", "Juan Manuel Lopez", [], 1),
    ]);
    expect(searchIndex(index, query).map((hit) => hit.key)).toEqual(expected);
  });

  it.each([
    {
      why: "weight first",
      query: "ana",
      entries: [entry("person:b", "Ana B", [], 1), entry("person:a", "Ana A", [], 2)],
      expected: ["person:a", "person:b"],
    },
    {
      why: "then the folded label, so an accent does not push a name to the end",
      query: "ana",
      entries: [entry("person:1", "Zoe Ana", [], 1), entry("person:2", "Álvaro Ana", [], 1)],
      expected: ["person:2", "person:1"],
    },
    {
      why: "then the key, for equal labels",
      query: "springfield",
      entries: [entry("place:springfield-il", "Springfield"), entry("place:springfield-ar", "Springfield")],
      expected: ["place:springfield-ar", "place:springfield-il"],
    },
  ])("breaks ties in a tier the same way whatever the input order: $why", ({ query, entries, expected }) => {
    for (const order of [entries, [...entries].reverse()]) {
      expect(searchIndex(buildSearchIndexFromEntries(order), query).map((hit) => hit.key)).toEqual(expected);
    }
  });

  it("keeps the best `limit` of many candidates, in the same order a full sort gives", () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      entry(`person:p${i}`, `Person ${(i * 7919) % 500}`, [], (i * 31) % 17),
    );
    const index = buildSearchIndexFromEntries(many);
    const all = searchIndex(index, "person", 500).map((hit) => hit.key);
    expect(all).toHaveLength(500);
    expect(searchIndex(index, "person", 5).map((hit) => hit.key)).toEqual(all.slice(0, 5));
    expect(searchIndex(index, "pers", 20).map((hit) => hit.key)).toEqual(all.slice(0, 20));
  });

  it("gives the same answers when asked again (its scratch space is reset between queries)", () => {
    const first = keys("u");
    keys("mexico");
    keys("lopez");
    expect(keys("u")).toEqual(first);
  });
});

describe("buildSearchIndex: from a graph", () => {
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ multi: true, type: "mixed" });
  const node = (key: string, label: string, mentions: number, aliases: string[] = []) =>
    graph.addNode(key, { label, kind: key.split(":")[0] as EntityKind, aliases, docs: [], mentions });
  node("person:joe-biden", "Joe Biden", 1);
  node("person:jill-biden", "Jill Biden", 5);
  node("country:mexico", "Mexico", 1);
  graph.addDirectedEdge("person:joe-biden", "country:mexico", { kind: "MEMBER_OF", evidence: [] });
  graph.addUndirectedEdge("person:joe-biden", "person:jill-biden", { kind: "MET_WITH", evidence: [] });

  it.each([
    { weight: "mentions" as const, expected: ["person:jill-biden", "person:joe-biden"] },
    { weight: "degree" as const, expected: ["person:joe-biden", "person:jill-biden"] },
  ])("weighs entities by $weight", ({ weight, expected }) => {
    const index = buildSearchIndex(graph, { weight });
    expect(searchIndex(index, "biden").map((hit) => hit.key)).toEqual(expected);
  });

  it("makes one entry per node with its label, aliases and kind", () => {
    expect(searchEntries(graph)).toEqual([
      { key: "person:joe-biden", label: "Joe Biden", aliases: [], kind: "person", weight: 1 },
      { key: "person:jill-biden", label: "Jill Biden", aliases: [], kind: "person", weight: 5 },
      { key: "country:mexico", label: "Mexico", aliases: [], kind: "country", weight: 1 },
    ]);
  });
});

describe("searchIndex: on the bundled graph", () => {
  const file = new URL("../../graph-data/graph.json", import.meta.url);
  const graph = Graph.from(JSON.parse(readFileSync(file, "utf8"))) as Graph<
    NodeAttributes,
    EdgeAttributes,
    GraphAttributes
  >;
  const index = buildSearchIndex(graph);

  it.each([
    { query: "lopez obrador", key: "person:andres-manuel-lopez-obrador", matched: "Lopez Obrador" },
    { query: "Andrés Manuel", key: "person:andres-manuel-lopez-obrador", matched: "Andrés Manuel López Obrador" },
    { query: "us", key: "country:united-states", matched: "U.S." },
    { query: "ustda", key: "agency:u-s-trade-and-development-agency", matched: "USTDA" },
  ])("finds $key first for $query, matching $matched", ({ query, key, matched }) => {
    expect(searchIndex(index, query)[0]).toMatchObject({ key, matched });
  });
});
