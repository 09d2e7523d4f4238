// Which graph file the page loads: `?graph=` on the same origin, never another site.

import { describe, expect, it } from "vitest";
import { resolveGraphUrl } from "../../src/graph/load.ts";

const BASE = "http://127.0.0.1:5173/explorer/?node=person:x";

describe("resolveGraphUrl", () => {
  it.each([
    { search: "", expected: "http://127.0.0.1:5173/explorer/graph.json", why: "the default, next to the page" },
    { search: "?graph=big.json", expected: "http://127.0.0.1:5173/explorer/big.json", why: "a relative path" },
    { search: "?graph=/data/g.json", expected: "http://127.0.0.1:5173/data/g.json", why: "a path from the root" },
    {
      search: "?graph=https://evil.example/g.json",
      expected: "http://127.0.0.1:5173/explorer/graph.json",
      why: "another origin falls back to the default",
    },
    {
      search: "?graph=javascript:alert(1)",
      expected: "http://127.0.0.1:5173/explorer/graph.json",
      why: "a script URL falls back to the default",
    },
  ])("gives $expected for '$search' ($why)", ({ search, expected }) => {
    expect(resolveGraphUrl(search, BASE, "./graph.json")).toBe(expected);
  });
});
