// The path finder on the bundled graph, as the explorer runs it (graph.json → CSR → kernel → hops): the issue's own
// question, how Vice President Harris is connected to Sembrando Vida, and that every hop of every path it lists
// carries evidence found verbatim at its offsets in the bundled documents.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseGraph } from "../../src/graph/load.ts";
import type { PolicyGraph } from "../../src/graph/load.ts";
import { DEFAULT_PATH_SETTINGS, excludedClasses, noChainClasses } from "../../src/graph/path-options.ts";
import { pathResult } from "../../src/graph/path-hops.ts";
import type { DocumentInfo } from "../../src/schema/graph.ts";
import { buildCsr, csrInputFromGraph } from "../../workers/csr.ts";
import { kShortestPaths } from "../../workers/paths.ts";

const ROOT = join(import.meta.dirname, "../..");
const loaded = parseGraph(readFileSync(join(ROOT, "graph-data/graph.json"), "utf8"), "graph-data/graph.json");
if (!loaded.ok) throw new Error(loaded.error);
const graph: PolicyGraph = loaded.graph;
const documents = new Map<string, DocumentInfo>(graph.getAttribute("documents").map((d) => [d.file, d]));
const input = csrInputFromGraph(graph);
const csr = buildCsr(input);
const index = new Map(input.nodeKeys.map((key, i) => [key, i]));
const corpus = (file: string) => readFileSync(join(ROOT, "graph-data/corpus", file), "utf8");

const find = (kind: string, label: RegExp) =>
  graph.findNode((_key, attributes) => attributes.kind === kind && label.test(attributes.label));

function paths(from: string, to: string, excludeKinds = DEFAULT_PATH_SETTINGS.excludeKinds) {
  const options = { excludeKinds: excludedClasses(excludeKinds), noChainKinds: noChainClasses(excludeKinds) };
  return kShortestPaths(csr, index.get(from)!, index.get(to)!, 5, options).map((path) =>
    pathResult(
      graph,
      path.nodes.map((i) => input.nodeKeys[i]),
      path.edges.map((e) => input.edgeKeys[e]),
      path.cost,
      documents,
    ),
  );
}

describe("paths on the bundled graph", () => {
  const harris = find("person", /harris/i);
  const sembrando = find("program", /sembrando vida/i);

  it("has Vice President Harris and Sembrando Vida (fixture check)", () => {
    expect(harris).toBeDefined();
    expect(sembrando).toBeDefined();
  });

  it("connects Harris to Sembrando Vida when every relation kind is allowed, every hop with verbatim evidence", () => {
    const found = paths(harris!, sembrando!, []);
    expect(found.length).toBeGreaterThan(0);
    const [shortest] = found;
    expect(shortest.nodes[0]).toBe(harris);
    expect(shortest.nodes.at(-1)).toBe(sembrando);
    for (const path of found) {
      for (const hop of path.hops) {
        expect(hop.evidence.length, `${hop.edge} has evidence`).toBeGreaterThan(0);
        for (const item of hop.evidence) expect(corpus(item.doc).slice(item.start, item.end)).toBe(item.text);
      }
    }
  });

  it("with the visible defaults, connects them too, never through a country by two memberships of it", () => {
    const found = paths(harris!, sembrando!);
    expect(found.length).toBeGreaterThan(0);
    const intoCountry = (hop: { kind: string; edge: string }) =>
      hop.kind === "MEMBER_OF" && graph.getNodeAttribute(graph.target(hop.edge), "kind") === "country";
    for (const path of found) {
      path.hops.forEach((hop, i) => expect(i > 0 && intoCountry(hop) && intoCountry(path.hops[i - 1])).toBe(false));
    }
  });

  it("lists alternatives best first, each a simple path", () => {
    const found = paths(harris!, sembrando!, []);
    for (let i = 1; i < found.length; i++) expect(found[i].cost).toBeGreaterThanOrEqual(found[i - 1].cost);
    for (const path of found) expect(new Set(path.nodes).size).toBe(path.nodes.length);
  });
});
