// Minimal shape check of a parsed graph.json before graphology imports it: enough to give a clear message for the
// wrong file, an old format or a truncated build, not a full schema validation of every node and edge.

import { describeValue } from "../schema/describe-value.ts";
import type { SerializedGraph } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../schema/graph.ts";

export type PolicyGraphFile = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type GraphFileCheck = { ok: true; graph: PolicyGraphFile } | { ok: false; error: string };

const FORMAT = "policygraph";
const VERSION = 1;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function validateGraphFile(json: unknown): GraphFileCheck {
  const fail = (message: string): GraphFileCheck => ({ ok: false, error: `graph.load: ${message}` });

  if (!isRecord(json)) return fail(`expected a JSON object, got ${describeValue(json)}`);
  const attributes = json.attributes;
  if (!isRecord(attributes)) return fail("missing graph attributes (is this a policygraph graph.json?)");
  if (attributes.format !== FORMAT) {
    return fail(`attributes.format is ${describeValue(attributes.format)}, expected "${FORMAT}"`);
  }
  if (attributes.version !== VERSION) {
    return fail(`attributes.version is ${describeValue(attributes.version)}, expected ${VERSION} (rebuild the graph)`);
  }
  // The document list is what every view of the graph starts from, so a file without it is not usable either.
  if (!Array.isArray(attributes.documents)) return fail("attributes.documents is not an array");
  if (!Array.isArray(json.nodes)) return fail("nodes is not an array");
  if (!Array.isArray(json.edges)) return fail("edges is not an array");

  return { ok: true, graph: json as unknown as PolicyGraphFile };
}
