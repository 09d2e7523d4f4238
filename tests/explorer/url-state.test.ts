// The view in the URL: encodeViewState writes a short query string without defaults, decodeViewState reads back
// anything without throwing, mergeSearch keeps parameters it does not own. Also normalizeFilters, the validator the
// URL and the embedding API share (src/explorer/view-state.ts).

import { DEFAULT_PATH_SETTINGS, normalizePathSettings } from "../../src/graph/path-options.ts";
import { describe, expect, it } from "vitest";
import { decodeViewState, encodeViewState, mergeSearch } from "../../src/explorer/url-state.ts";
import { DEFAULT_FILTERS, DEFAULT_VIEW_STATE, normalizeFilters } from "../../src/explorer/view-state.ts";
import type { Filters, ViewState } from "../../src/explorer/view-state.ts";
import { ENTITY_KINDS, RELATION_KINDS } from "../../src/schema/graph.ts";
import type { EntityKind, RelationKind } from "../../src/schema/graph.ts";
import { mulberry32 } from "../../src/graph/random.ts";

const view = (patch: Partial<ViewState> = {}, filters: Partial<Filters> = {}): ViewState => ({
  ...DEFAULT_VIEW_STATE,
  ...patch,
  filters: { ...DEFAULT_FILTERS, ...filters },
});

describe("encodeViewState", () => {
  it.each([
    { what: "the default view", state: view(), search: "" },
    {
      what: "a selection, ':' kept readable",
      state: view({ selected: "person:ana-lopez" }),
      search: "node=person:ana-lopez",
    },
    {
      what: "node kinds in schema order",
      state: view({}, { nodeKinds: ["agency", "person"] }),
      search: "kinds=person,agency",
    },
    { what: "no node kind at all", state: view({}, { nodeKinds: [] }), search: "kinds=" },
    {
      what: "every node kind, in another order (a default)",
      state: view({}, { nodeKinds: [...ENTITY_KINDS].reverse() }),
      search: "",
    },
    {
      what: "relation kinds",
      state: view({}, { relationKinds: ["MET_WITH", "AGREED"] }),
      search: "rels=MET_WITH,AGREED",
    },
    {
      what: "documents, a space escaped",
      state: view({}, { documents: ["a.txt", "b c.txt"] }),
      search: "docs=a.txt,b%20c.txt",
    },
    { what: "no document at all", state: view({}, { documents: [] }), search: "docs=" },
    {
      what: "a document whose name holds the list separator",
      state: view({}, { documents: ["x,y.txt", "100%.txt"] }),
      search: "docs=x%252Cy.txt,100%2525.txt",
    },
    {
      what: "a date window",
      state: view({}, { dateFrom: "2021", dateTo: "2021-03-01" }),
      search: "from=2021&to=2021-03-01",
    },
    { what: "depth 0", state: view({}, { depth: 0 }), search: "depth=0" },
    { what: "isolated nodes hidden", state: view({}, { hideIsolated: true }), search: "isolated=1" },
    {
      what: "a camera, rounded to 4 decimals, no -0",
      state: view({ camera: { x: 0.123456, y: -1, ratio: 1.5, angle: -0.00001 } }),
      search: "cam=0.1235,-1,1.5,0",
    },
    {
      what: "a passage in the reader",
      state: view({ reader: { doc: "001_52f9.txt", start: 10, end: 20 } }),
      search: "doc=001_52f9.txt@10-20",
    },
    {
      what: "everything, in a fixed order",
      state: view(
        {
          selected: "country:mexico",
          camera: { x: 1, y: 2, ratio: 0.5, angle: 0 },
          reader: { doc: "a", start: 0, end: 5 },
        },
        {
          nodeKinds: ["person"],
          relationKinds: ["LEADS"],
          documents: ["a"],
          dateFrom: "2021",
          dateTo: "2022",
          depth: 2,
          hideIsolated: true,
        },
      ),
      search:
        "node=country:mexico&kinds=person&rels=LEADS&docs=a&from=2021&to=2022&depth=2&isolated=1&cam=1,2,0.5,0&doc=a@0-5",
    },
  ])("writes $what as $search", ({ state, search }) => {
    expect(encodeViewState(state)).toBe(search);
  });
});

describe("decodeViewState: junk is ignored with a warning", () => {
  it.each([
    { search: "", state: view(), warnings: [] },
    { search: "?node=person:x", state: view({ selected: "person:x" }), warnings: [] },
    { search: "graph=other.json&lang=es", state: view(), warnings: [], why: "parameters of others" },
    { search: "node=", state: view(), warnings: [/^url: node= is empty$/] },
    {
      search: "node=a&node=b",
      state: view({ selected: "a" }),
      warnings: [/^url: node= appears 2 times; using the first$/],
    },
    {
      search: "kinds=person,foo,,person",
      state: view({}, { nodeKinds: ["person"] }),
      warnings: [/^url: unknown node kind "foo" in kinds=$/],
    },
    {
      search: "kinds=foo",
      state: view(),
      warnings: [/unknown node kind "foo"/, /^url: no known node kind in kinds=, showing all$/],
    },
    { search: "rels=met_with,Leads", state: view({}, { relationKinds: ["MET_WITH", "LEADS"] }), warnings: [] },
    { search: "docs=,a.txt,,a.txt", state: view({}, { documents: ["a.txt"] }), warnings: [] },
    { search: "from=2021-13", state: view(), warnings: [/^url: from=2021-13 is not an ISO date/] },
    { search: "to=yesterday", state: view(), warnings: [/^url: to=yesterday is not an ISO date/] },
    {
      search: "from=2022&to=2021-06",
      state: view({}, { dateFrom: "2021-06", dateTo: "2022" }),
      warnings: [/^url: from=2022 is after to=2021-06; swapped them$/],
    },
    { search: "from=2021-06&to=2021", state: view({}, { dateFrom: "2021-06", dateTo: "2021" }), warnings: [] },
    { search: "depth=-1", state: view(), warnings: [/^url: depth=-1 is not a whole number/] },
    { search: "depth=1.5", state: view(), warnings: [/depth=1\.5/] },
    { search: "depth=two", state: view(), warnings: [/depth=two/] },
    { search: "isolated=yes", state: view(), warnings: [/^url: isolated=yes is neither 1 nor 0$/] },
    { search: "isolated=0", state: view(), warnings: [] },
    { search: "cam=1,2,3", state: view(), warnings: [/^url: cam=1,2,3 is not x,y,ratio,angle/] },
    { search: "cam=1,2,0,0", state: view(), warnings: [/ratio above 0/] },
    { search: "cam=1,2,Infinity,0", state: view(), warnings: [/cam=/] },
    { search: "cam=a,b,c,d", state: view(), warnings: [/cam=/] },
    { search: "cam=,,,", state: view(), warnings: [/cam=/] },
    {
      search: "cam=-1.5,.25,2e-3,3.1416",
      state: view({ camera: { x: -1.5, y: 0.25, ratio: 0.002, angle: 3.1416 } }),
      warnings: [],
    },
    { search: "doc=file.txt", state: view(), warnings: [/^url: doc=file\.txt is not file@start-end$/] },
    { search: "doc=@1-2", state: view(), warnings: [/doc=/] },
    { search: "doc=a.txt@9-3", state: view(), warnings: [/doc=/] },
    { search: "doc=a@b.txt@1-3", state: view({ reader: { doc: "a@b.txt", start: 1, end: 3 } }), warnings: [] },
    { search: "%%%&&&==&%E0%A4%A", state: view(), warnings: [], why: "malformed escapes" },
  ])("reads $search", ({ search, state, warnings }) => {
    const decoded = decodeViewState(search);
    expect(decoded.state).toEqual(state);
    expect(decoded.warnings).toHaveLength(warnings.length);
    warnings.forEach((pattern, i) => expect(decoded.warnings[i]).toMatch(pattern));
  });

  it("never throws on random junk, and what it returns passes normalizeFilters", () => {
    const random = mulberry32(7);
    const alphabet = "abz019%&=,@-.:+?#/ é€\u0000\ud800kinds=node=cam=docs=depth=from=to=doc=isolated=rels=";
    for (let i = 0; i < 2000; i++) {
      let junk = "";
      const length = Math.floor(random() * 60);
      for (let j = 0; j < length; j++) junk += alphabet[Math.floor(random() * alphabet.length)];
      const { state } = decodeViewState(junk);
      expect(normalizeFilters(state.filters).errors).toEqual([]);
    }
  });
});

describe("encodeViewState then decodeViewState", () => {
  it("gives back the same state, without warnings, for 1000 seeded random states", () => {
    const random = mulberry32(20240117);
    for (let i = 0; i < 1000; i++) {
      const state = randomState(random);
      const search = encodeViewState(state);
      expect(decodeViewState(search), search).toEqual({ state, warnings: [] });
      expect(decodeViewState(`?${search}`).state).toEqual(state);
    }
  });
});

describe("mergeSearch", () => {
  it.each([
    { existing: "", state: view(), search: "" },
    { existing: "?", state: view(), search: "" },
    {
      existing: "?graph=data/g.json",
      state: view({ selected: "person:a" }),
      search: "graph=data/g.json&node=person:a",
    },
    {
      what: "replaces its own parameters, keeps the others as written and in order",
      existing: "graph=g.json&node=old&kinds=person&q=a+b%20c&flag&depth=2",
      state: view({}, { depth: 1 }),
      search: "graph=g.json&q=a+b%20c&flag&depth=1",
    },
    { existing: "node=old&cam=1,1,1,0", state: view(), search: "" },
    { existing: "&&graph=g.json&&", state: view(), search: "graph=g.json" },
  ])("merges the state into $existing as $search", ({ existing, state, search }) => {
    expect(mergeSearch(existing, state)).toBe(search);
  });

  it("gives back the state and keeps a host's parameters, for 200 seeded random states", () => {
    const random = mulberry32(99);
    for (let i = 0; i < 200; i++) {
      const state = randomState(random);
      const merged = mergeSearch("?graph=graphs/other%20one.json&node=stale&embed=1", state);
      expect(decodeViewState(merged)).toEqual({ state, warnings: [] });
      const params = new URLSearchParams(merged);
      expect(params.get("graph")).toBe("graphs/other one.json");
      expect(params.get("embed")).toBe("1");
    }
  });
});

describe("normalizeFilters", () => {
  it("gives the defaults, fresh, for nothing", () => {
    for (const input of [undefined, null, {}]) {
      const { filters, errors } = normalizeFilters(input);
      expect(filters).toEqual(DEFAULT_FILTERS);
      expect(filters.nodeKinds).not.toBe(DEFAULT_FILTERS.nodeKinds);
      expect(errors).toEqual([]);
    }
  });

  it.each([
    { input: { nodeKinds: ["place", "person", "place"] }, patch: { nodeKinds: ["person", "place"] }, errors: [] },
    {
      input: { nodeKinds: ["person", "foo", 3] },
      patch: { nodeKinds: ["person"] },
      errors: [/^filters: unknown node kind "foo"$/, /^filters: unknown node kind 3$/],
    },
    { input: { nodeKinds: "person" }, patch: {}, errors: [/^filters: nodeKinds must be an array of node kinds/] },
    {
      input: { relationKinds: ["MET_WITH", "met_with"] },
      patch: { relationKinds: ["MET_WITH"] },
      errors: [/^filters: unknown relation kind "met_with"$/],
    },
    { input: { documents: ["b", "a", "b"] }, patch: { documents: ["b", "a"] }, errors: [] },
    { input: { documents: null }, patch: {}, errors: [] },
    { input: { documents: "a" }, patch: {}, errors: [/^filters: documents must be an array of file names or null/] },
    { input: { documents: ["a", ""] }, patch: { documents: ["a"] }, errors: [/^filters: documents holds ""/] },
    { input: { dateFrom: "2021-03", dateTo: null }, patch: { dateFrom: "2021-03" }, errors: [] },
    { input: { dateFrom: "March 2021" }, patch: {}, errors: [/^filters: dateFrom "March 2021" is not an ISO date/] },
    { input: { dateTo: "2021-02-30" }, patch: {}, errors: [/^filters: dateTo "2021-02-30" is not an ISO date/] },
    {
      input: { dateFrom: "2023", dateTo: "2021-12-31" },
      patch: { dateFrom: "2021-12-31", dateTo: "2023" },
      errors: [/^filters: dateFrom 2023 is after dateTo 2021-12-31; swapped them$/],
    },
    { input: { depth: 0 }, patch: { depth: 0 }, errors: [] },
    { input: { depth: 2.5 }, patch: {}, errors: [/^filters: depth must be a whole number of hops/] },
    { input: { depth: -1 }, patch: {}, errors: [/depth/] },
    { input: { depth: "2" }, patch: {}, errors: [/depth/] },
    { input: { hideIsolated: 1 }, patch: {}, errors: [/^filters: hideIsolated must be true or false, got 1$/] },
    { input: { colour: "red" }, patch: {}, errors: [/^filters: unknown field "colour"$/] },
    { input: "kinds=person", patch: {}, errors: [/^filters: expected an object, got "kinds=person"$/] },
    { input: [], patch: {}, errors: [/^filters: expected an object, got an array$/] },
  ])("normalizes $input", ({ input, patch, errors }) => {
    const result = normalizeFilters(input);
    expect(result.filters).toEqual({ ...DEFAULT_FILTERS, ...patch });
    expect(result.errors).toHaveLength(errors.length);
    errors.forEach((pattern, i) => expect(result.errors[i]).toMatch(pattern));
  });

  it("keeps the base filters for fields left out or invalid", () => {
    const base: Filters = { ...DEFAULT_FILTERS, nodeKinds: ["person"], depth: 3 };
    const { filters, errors } = normalizeFilters({ depth: "x", hideIsolated: true }, base);
    expect(filters).toEqual({ ...base, hideIsolated: true });
    expect(errors).toHaveLength(1);
  });
});

const NAMES = [
  "person:ana-lopez",
  "country:united-states",
  "meeting:2021-06-08-obrador-harris-in-person",
  "odd key with spaces & = ? # + %",
  "ñandú:é",
  "a,b",
  "@",
];
const FILES = ["000_b59b882c5a5dc31e.txt", "with space.txt", "x,y.txt", "100%.txt", "a@b.txt", "ümlaut/dir.txt", "+"];

function randomState(random: () => number): ViewState {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const maybe = <T>(value: () => T): T | null => (random() < 0.5 ? value() : null);
  const subset = <T>(items: readonly T[]) => items.filter(() => random() < 0.5);
  const decimals = (scale: number) => Math.round((random() - 0.5) * scale * 1e4) / 1e4 + 0;
  const date = () => {
    const year = 1990 + Math.floor(random() * 40);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const precision = Math.floor(random() * 3);
    const pad = (n: number) => String(n).padStart(2, "0");
    return precision === 0
      ? `${year}`
      : precision === 1
        ? `${year}-${pad(month)}`
        : `${year}-${pad(month)}-${pad(day)}`;
  };

  let dateFrom = maybe(date);
  let dateTo = maybe(date);
  if (dateFrom !== null && dateTo !== null) {
    const { filters } = normalizeFilters({ dateFrom, dateTo });
    [dateFrom, dateTo] = [filters.dateFrom, filters.dateTo];
  }
  const start = Math.floor(random() * 5000);
  return {
    selected: maybe(() => pick(NAMES)),
    filters: {
      nodeKinds: random() < 0.5 ? [...ENTITY_KINDS] : (subset(ENTITY_KINDS) as EntityKind[]),
      relationKinds: random() < 0.5 ? [...RELATION_KINDS] : (subset(RELATION_KINDS) as RelationKind[]),
      documents: maybe(() => subset(FILES)),
      dateFrom,
      dateTo,
      depth: maybe(() => Math.floor(random() * 6)),
      hideIsolated: random() < 0.5,
    },
    camera: maybe(() => ({
      x: decimals(2000),
      y: decimals(2000),
      ratio: Math.max(0.0001, Math.abs(decimals(20))),
      angle: decimals(7),
    })),
    reader: maybe(() => ({ doc: pick(FILES), start, end: start + Math.floor(random() * 400) })),
    path: maybe(() => {
      const k = 1 + Math.floor(random() * 8);
      const window = normalizeFilters({ dateFrom: maybe(date), dateTo: maybe(date) }).filters;
      return {
        from: maybe(() => pick(NAMES)),
        to: maybe(() => pick(NAMES)),
        settings: {
          excludeKinds:
            random() < 0.5
              ? [...DEFAULT_PATH_SETTINGS.excludeKinds]
              : normalizePathSettings({
                  excludeKinds: subset([...RELATION_KINDS, "MEMBER_OF:country", "country-detours"]),
                }).settings.excludeKinds,
          avoid: [...new Set(subset(NAMES))].sort(),
          dateFrom: window.dateFrom,
          dateTo: window.dateTo,
          weighted: random() < 0.5,
          k,
        },
        shown: random() < 0.2 ? ("all" as const) : Math.floor(random() * k),
      };
    }),
  };
}
