// Minimal shape check of a parsed graph.json before graphology imports it: enough to give a clear message for the
// wrong file, an old format or a truncated build, not a full schema validation of every node and edge.

import type { SerializedGraph } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../schema/graph.ts";

export type PolicyGraphFile = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type GraphFileCheck = { ok: true; graph: PolicyGraphFile } | { ok: false; error: string };

const FORMAT = "policygraph";
const VERSION = 1;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object") return "an object";
  return String(value);
}

export function validateGraphFile(json: unknown): GraphFileCheck {
  const fail = (message: string): GraphFileCheck => ({ ok: false, error: `graph.load: ${message}` });

  if (!isRecord(json)) return fail(`expected a JSON object, got ${describe(json)}`);
  const attributes = json.attributes;
  if (!isRecord(attributes)) return fail("missing graph attributes (is this a policygraph graph.json?)");
  if (attributes.format !== FORMAT) {
    return fail(`attributes.format is ${describe(attributes.format)}, expected "${FORMAT}"`);
  }
  if (attributes.version !== VERSION) {
    return fail(`attributes.version is ${describe(attributes.version)}, expected ${VERSION} (rebuild the graph)`);
  }
  // The document list is what every view of the graph starts from, so a file without it is not usable either.
  if (!Array.isArray(attributes.documents)) return fail("attributes.documents is not an array");
  if (!Array.isArray(json.nodes)) return fail("nodes is not an array");
  if (!Array.isArray(json.edges)) return fail("edges is not an array");

  return { ok: true, graph: json as unknown as PolicyGraphFile };
}
