// The path finder's options: visible defaults, validation with messages, edge classes and date bounds.

import { describe, expect, it } from "vitest";
import {
  DEFAULT_PATH_SETTINGS,
  edgeClass,
  excludedClasses,
  noChainClasses,
  normalizePathSettings,
  periodEndMs,
  periodStartMs,
} from "../../src/graph/path-options.ts";
import { ENTITY_KINDS, RELATION_KINDS } from "../../src/schema/graph.ts";

describe("path settings", () => {
  it("leave out detours through a country by default, and nothing else", () => {
    expect(DEFAULT_PATH_SETTINGS).toEqual({
      excludeKinds: ["country-detours"],
      avoid: [],
      dateFrom: null,
      dateTo: null,
      weighted: false,
      k: 5,
    });
  });

  it("keep the defaults for options left out, and allow every kind with excludeKinds: []", () => {
    expect(normalizePathSettings({ weighted: true }).settings).toEqual({ ...DEFAULT_PATH_SETTINGS, weighted: true });
    expect(normalizePathSettings({ excludeKinds: [] }).settings.excludeKinds).toEqual([]);
    expect(normalizePathSettings(undefined)).toEqual({ settings: DEFAULT_PATH_SETTINGS, errors: [] });
  });

  it("read kinds in either case, once each, in schema order", () => {
    const { settings, errors } = normalizePathSettings({
      excludeKinds: ["funds", "MEMBER_OF:Country", "ATTENDED", "FUNDS", "Country-Detours"],
    });
    expect(errors).toEqual([]);
    expect(settings.excludeKinds).toEqual(["country-detours", "ATTENDED", "MEMBER_OF:country", "FUNDS"]);
  });

  it.each<{ input: unknown; error: RegExp }>([
    { input: "fast", error: /^paths\.options: expected an object, got "fast"$/ },
    { input: { speed: 1 }, error: /^paths\.options: unknown option "speed"$/ },
    { input: { excludeKinds: "FUNDS" }, error: /^paths\.options: excludeKinds must be an array/ },
    { input: { excludeKinds: ["PAYS"] }, error: /^paths\.options: unknown relation kind "PAYS"/ },
    { input: { excludeKinds: ["FUNDS:planet"] }, error: /unknown relation kind "FUNDS:planet"/ },
    { input: { avoid: [3] }, error: /^paths\.options: avoid holds 3, not a node key$/ },
    { input: { avoid: ["person:nobody"] }, error: /^paths\.options: no entity with key "person:nobody" to avoid$/ },
    { input: { dateFrom: "March" }, error: /^paths\.options: dateFrom "March" is not an ISO date/ },
    { input: { dateFrom: "2022", dateTo: "2021-05" }, error: /dateFrom 2022 is after dateTo 2021-05; swapped them/ },
    { input: { weighted: "yes" }, error: /^paths\.options: weighted must be true or false, got "yes"$/ },
    { input: { k: 0 }, error: /^paths\.options: k must be a whole number from 1 to 20, got 0$/ },
    { input: { k: 2.5 }, error: /k must be a whole number/ },
  ])("report $input with a message", ({ input, error }) => {
    const { errors } = normalizePathSettings(input, DEFAULT_PATH_SETTINGS, (key) => key.startsWith("person:a"));
    expect(errors.some((message) => error.test(message))).toBe(true);
  });

  it("keep the base value of a bad option and take the good ones", () => {
    const { settings } = normalizePathSettings({ k: -1, weighted: true, avoid: ["person:ana", ""] });
    expect(settings).toEqual({ ...DEFAULT_PATH_SETTINGS, weighted: true, avoid: ["person:ana"] });
  });

  it("swap a window given backwards", () => {
    const { settings } = normalizePathSettings({ dateFrom: "2022", dateTo: "2021-05" });
    expect([settings.dateFrom, settings.dateTo]).toEqual(["2021-05", "2022"]);
  });
});

describe("edge classes", () => {
  it("give every relation and target kind its own byte", () => {
    const seen = new Set<number>();
    for (const relation of RELATION_KINDS)
      for (const target of ENTITY_KINDS) {
        const value = edgeClass(relation, target);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThan(256);
        seen.add(value);
      }
    expect(seen.size).toBe(RELATION_KINDS.length * ENTITY_KINDS.length);
  });

  it("cover a whole relation kind, or only its edges into one entity kind", () => {
    expect(excludedClasses(["MEMBER_OF:country"])).toEqual([edgeClass("MEMBER_OF", "country")]);
    const all = excludedClasses(["MEMBER_OF"]);
    for (const target of ENTITY_KINDS) expect(all).toContain(edgeClass("MEMBER_OF", target));
    expect(all).not.toContain(edgeClass("FUNDS", "country"));
  });

  it("turn the country-detours rule into membership of a country that may not come twice in a row", () => {
    expect(excludedClasses(["country-detours"])).toEqual([]);
    expect(noChainClasses(["country-detours", "FUNDS"])).toEqual([edgeClass("MEMBER_OF", "country")]);
    expect(noChainClasses(["MEMBER_OF:country"])).toEqual([]);
  });
});

describe("date bounds", () => {
  it.each([
    ["2021", Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1) - 1],
    ["2021-02", Date.UTC(2021, 1, 1), Date.UTC(2021, 2, 1) - 1],
    ["2020-02-29", Date.UTC(2020, 1, 29), Date.UTC(2020, 2, 1) - 1],
    ["2021-12", Date.UTC(2021, 11, 1), Date.UTC(2022, 0, 1) - 1],
  ])("cover the whole of %s", (iso, start, end) => {
    expect(periodStartMs(iso)).toBe(start);
    expect(periodEndMs(iso)).toBe(end);
  });
});
