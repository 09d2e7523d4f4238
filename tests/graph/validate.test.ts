// validateGraphFile: accepts what the build step emits, rejects other files with a `graph.load:` message.

import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { validateGraphFile } from "../../src/graph/validate.ts";

function emptyGraphFile(): Record<string, unknown> {
  const graph = new Graph({ multi: true, type: "mixed" });
  graph.addNode("country:mexico", { label: "Mexico", kind: "country", aliases: [], docs: ["000.txt"], mentions: 1 });
  graph.replaceAttributes({
    format: "policygraph",
    version: 1,
    documents: [],
    stats: { documents: 0, skipped: 0, entities: {}, relations: {} },
  });
  return JSON.parse(JSON.stringify(graph.export())) as Record<string, unknown>;
}

function withAttributes(patch: Record<string, unknown>): Record<string, unknown> {
  const file = emptyGraphFile();
  return { ...file, attributes: { ...(file.attributes as Record<string, unknown>), ...patch } };
}

describe("validateGraphFile", () => {
  it("accepts a graph exported by graphology with policygraph attributes, and returns it unchanged", () => {
    const file = emptyGraphFile();
    const result = validateGraphFile(file);
    expect(result).toEqual({ ok: true, graph: file });
    if (result.ok) expect(Graph.from(result.graph).order).toBe(1);
  });

  it.each([
    { what: "null", json: null, message: /^graph\.load: expected a JSON object, got null$/ },
    { what: "an array", json: [], message: /^graph\.load: expected a JSON object, got an array$/ },
    { what: "a string", json: "graph", message: /^graph\.load: expected a JSON object, got "graph"$/ },
    { what: "an object without attributes", json: { nodes: [], edges: [] }, message: /missing graph attributes/ },
    {
      what: "another format",
      json: withAttributes({ format: "gexf" }),
      message: /^graph\.load: attributes\.format is "gexf", expected "policygraph"$/,
    },
    {
      what: "a missing format",
      json: withAttributes({ format: undefined }),
      message: /^graph\.load: attributes\.format is undefined/,
    },
    {
      what: "another version",
      json: withAttributes({ version: 2 }),
      message: /^graph\.load: attributes\.version is 2, expected 1/,
    },
    {
      what: "the version as a string",
      json: withAttributes({ version: "1" }),
      message: /^graph\.load: attributes\.version is "1", expected 1/,
    },
    {
      what: "no document list",
      json: withAttributes({ documents: undefined }),
      message: /^graph\.load: attributes\.documents is not an array$/,
    },
    {
      what: "no nodes",
      json: { ...emptyGraphFile(), nodes: undefined },
      message: /^graph\.load: nodes is not an array$/,
    },
    { what: "nodes as an object", json: { ...emptyGraphFile(), nodes: {} }, message: /^graph\.load: nodes is not/ },
    {
      what: "no edges",
      json: { ...emptyGraphFile(), edges: undefined },
      message: /^graph\.load: edges is not an array$/,
    },
  ])("rejects $what", ({ json, message }) => {
    const result = validateGraphFile(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
