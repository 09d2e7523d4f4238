// Fetches graph.json and turns it into a graphology graph, with errors that say what is wrong ("graph.load: …").
// Shared by the explorer and any page that embeds a graph; no DOM beyond fetch.

import Graph from "graphology";
import { validateGraphFile } from "./validate.ts";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../schema/graph.ts";

export type PolicyGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type GraphLoad = { ok: true; graph: PolicyGraph } | { ok: false; error: string };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Parses and imports an already fetched graph.json text. */
export function parseGraph(text: string, url: string): GraphLoad {
  const fail = (why: string): GraphLoad => ({ ok: false, error: `graph.load: ${why}` });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`${url} is not valid JSON (${message(error)})`);
  }
  const checked = validateGraphFile(json);
  if (!checked.ok) return checked;
  try {
    return { ok: true, graph: Graph.from(checked.graph) as PolicyGraph };
  } catch (error) {
    return fail(`graphology could not import ${url}: ${message(error)}`);
  }
}

/** The graph to load: `?graph=` when it stays on this origin, else the default. */
export function resolveGraphUrl(search: string, base: string, fallback: string): string {
  const requested = new URLSearchParams(search).get("graph");
  const fallbackUrl = new URL(fallback, base).href;
  if (!requested) return fallbackUrl;
  try {
    const url = new URL(requested, base);
    return url.origin === new URL(base).origin ? url.href : fallbackUrl;
  } catch {
    return fallbackUrl;
  }
}

/**
 * Starts downloading graph.json. The page calls it before loading the explorer's modules, so the download and the
 * module graph load side by side.
 */
export function fetchGraph(url: string): Promise<Response> {
  // Asking for JSON keeps vite's dev server from answering a missing file with index.html (its SPA fallback only
  // applies to requests that accept text/html or */*), so a missing graph.json is a plain 404.
  return fetch(url, { headers: { Accept: "application/json" }, cache: "no-cache" });
}

export async function loadGraph(url: string, started: Promise<Response> = fetchGraph(url)): Promise<GraphLoad> {
  const fail = (why: string): GraphLoad => ({ ok: false, error: `graph.load: ${why}` });

  let response: Response;
  try {
    response = await started;
  } catch (error) {
    return fail(`could not fetch ${url}: ${message(error)}`);
  }
  if (response.status === 404) return fail(`${url} was not found (HTTP 404)`);
  if (!response.ok) return fail(`fetching ${url} failed with HTTP ${response.status} ${response.statusText}`.trim());
  if ((response.headers.get("content-type") ?? "").includes("text/html")) {
    return fail(`${url} answered with an HTML page instead of JSON, so graph.json is probably missing`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return fail(`reading ${url} failed: ${message(error)}`);
  }
  return parseGraph(text, url);
}
