// The interim page until the full explorer exists: loads graph.json and shows the documents and the entities and
// relations per kind, counted from the graph itself. Every string from the file goes in as text, never as HTML.

import Graph from "graphology";
import { validateGraphFile } from "../graph/validate.ts";
import { ENTITY_KINDS, RELATION_KINDS } from "../schema/graph.ts";
import type { DocumentInfo, EdgeAttributes, GraphAttributes, NodeAttributes } from "../schema/graph.ts";

export type PolicyGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export type GraphLoad = { ok: true; graph: PolicyGraph } | { ok: false; error: string };

export interface GraphCounts {
  documents: number;
  entities: Array<[kind: string, count: number]>;
  relations: Array<[kind: string, count: number]>;
}

export interface CountsPageOptions {
  /** Where graph.json is served; vite publishes graph-data/ at the site root. */
  url: string;
}

export const DEFAULT_COUNTS_PAGE_OPTIONS: CountsPageOptions = { url: "./graph.json" };

const BUILD_COMMAND = "npm run build:graph";
const BUILD_OUTPUT = "graph-data/graph.json";

export async function loadGraph(url: string): Promise<GraphLoad> {
  const fail = (message: string): GraphLoad => ({ ok: false, error: `graph.load: ${message}` });

  let response: Response;
  try {
    // Asking for JSON keeps vite's dev server from answering a missing file with index.html (its SPA fallback
    // only applies to requests that accept text/html or */*), so a missing graph.json is a plain 404.
    response = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-cache" });
  } catch (error) {
    return fail(`could not fetch ${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (response.status === 404) return fail(`${url} was not found (HTTP 404)`);
  if (!response.ok) return fail(`fetching ${url} failed with HTTP ${response.status} ${response.statusText}`.trim());
  if ((response.headers.get("content-type") ?? "").includes("text/html")) {
    return fail(`${url} answered with an HTML page instead of JSON, so graph.json is probably missing`);
  }

  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    return fail(`${url} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }

  const checked = validateGraphFile(json);
  if (!checked.ok) return checked;
  try {
    return { ok: true, graph: Graph.from(checked.graph) };
  } catch (error) {
    return fail(`graphology could not import ${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Kinds in schema order first, then any kind the schema does not know (sorted), so nothing is hidden. */
function ordered(counts: Map<string, number>, known: readonly string[]): Array<[string, number]> {
  const extra = [...counts.keys()].filter((kind) => !known.includes(kind)).sort();
  return [...known, ...extra].map((kind) => [kind, counts.get(kind) ?? 0]);
}

export function countGraph(graph: PolicyGraph): GraphCounts {
  const entities = new Map<string, number>();
  const relations = new Map<string, number>();
  graph.forEachNode((_key, attributes) => entities.set(attributes.kind, (entities.get(attributes.kind) ?? 0) + 1));
  graph.forEachEdge((_key, attributes) => relations.set(attributes.kind, (relations.get(attributes.kind) ?? 0) + 1));
  return {
    documents: graph.getAttribute("documents").length,
    entities: ordered(entities, ENTITY_KINDS),
    relations: ordered(relations, RELATION_KINDS),
  };
}

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { text?: string; className?: string; id?: string; scope?: string } = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.text !== undefined) element.textContent = props.text;
  if (props.className) element.className = props.className;
  if (props.id) element.id = props.id;
  if (props.scope) element.setAttribute("scope", props.scope);
  element.append(...children);
  return element;
}

const formatNumber = new Intl.NumberFormat("en").format;

function section(id: string, title: string, body: Node[]): HTMLElement {
  const heading = h("h2", { text: title, id: `${id}-heading` });
  const element = h("section", { className: "panel", id }, [heading, ...body]);
  element.setAttribute("aria-labelledby", heading.id);
  return element;
}

function countTable(caption: string, column: string, rows: Array<[string, number]>): HTMLTableElement {
  const total = rows.reduce((sum, [, count]) => sum + count, 0);
  return h("table", { className: "counts" }, [
    h("caption", { text: caption }),
    h("thead", {}, [h("tr", {}, [h("th", { text: column, scope: "col" }), h("th", { text: "Count", scope: "col" })])]),
    h(
      "tbody",
      {},
      rows.map(([kind, count]) =>
        h("tr", { className: count === 0 ? "zero" : "" }, [
          h("th", { text: kind, scope: "row" }),
          h("td", { text: formatNumber(count) }),
        ]),
      ),
    ),
    h("tfoot", {}, [h("tr", {}, [h("th", { text: "Total", scope: "row" }), h("td", { text: formatNumber(total) })])]),
  ]);
}

function documentTable(documents: readonly DocumentInfo[]): HTMLTableElement {
  const missing = (text: string) => h("span", { className: "missing", text });
  return h("table", { className: "documents" }, [
    h("caption", {
      text: `The ${documents.length} ${documents.length === 1 ? "document" : "documents"} the graph was built from.`,
    }),
    h("thead", {}, [
      h("tr", {}, [
        h("th", { text: "Title", scope: "col" }),
        h("th", { text: "Date", scope: "col" }),
        h("th", { text: "File", scope: "col" }),
      ]),
    ]),
    h(
      "tbody",
      {},
      documents.map((doc) =>
        h("tr", {}, [
          h("td", {}, [doc.title ? document.createTextNode(doc.title) : missing("untitled")]),
          h("td", {}, [doc.date ? h("time", { text: doc.date }) : missing("unknown")]),
          h("td", {}, [h("code", { text: doc.file })]),
        ]),
      ),
    ),
  ]);
}

function summary(counts: GraphCounts): HTMLElement {
  const sum = (rows: Array<[string, number]>) => rows.reduce((total, [, count]) => total + count, 0);
  const items: Array<[string, number]> = [
    ["Documents", counts.documents],
    ["Entities", sum(counts.entities)],
    ["Relations", sum(counts.relations)],
  ];
  return h(
    "dl",
    { className: "summary" },
    items.map(([label, value]) =>
      h("div", {}, [
        h("dt", { text: label }),
        h("dd", { text: formatNumber(value), id: `total-${label.toLowerCase()}` }),
      ]),
    ),
  );
}

function header(lede: string): HTMLElement {
  return h("header", {}, [h("h1", { text: "policygraph" }), h("p", { className: "lede", text: lede })]);
}

export function renderCounts(root: HTMLElement, graph: PolicyGraph): void {
  const counts = countGraph(graph);
  root.replaceChildren(
    header(`What ${BUILD_OUTPUT} holds, counted from the graph itself.`),
    summary(counts),
    h("div", { className: "columns" }, [
      section("entities", "Entities", [countTable("Entities per kind (graph nodes).", "Kind", counts.entities)]),
      section("relations", "Relations", [countTable("Relations per kind (graph edges).", "Kind", counts.relations)]),
    ]),
    section("documents", "Documents", [documentTable(graph.getAttribute("documents"))]),
  );
  root.dataset.state = "ready";
  root.setAttribute("aria-busy", "false");
}

export function renderError(root: HTMLElement, error: string): void {
  const hint = h("p", {}, [
    document.createTextNode("Run "),
    h("code", { text: BUILD_COMMAND }),
    document.createTextNode(" to build "),
    h("code", { text: BUILD_OUTPUT }),
    document.createTextNode(", then reload this page."),
  ]);
  const alert = h("section", { className: "panel error", id: "error" }, [
    h("h2", { text: "The graph could not be loaded" }),
    h("p", {}, [h("code", { className: "message", text: error })]),
    hint,
  ]);
  alert.setAttribute("role", "alert");
  root.replaceChildren(header("Nothing to show yet."), alert);
  root.dataset.state = "error";
  root.setAttribute("aria-busy", "false");
}

export async function mountCountsPage(
  root: HTMLElement,
  options: CountsPageOptions = DEFAULT_COUNTS_PAGE_OPTIONS,
): Promise<void> {
  root.dataset.state = "loading";
  root.setAttribute("aria-busy", "true");
  const loaded = await loadGraph(options.url);
  if (!loaded.ok) return renderError(root, loaded.error);
  try {
    renderCounts(root, loaded.graph);
  } catch (error) {
    // The file passed the minimal check but something inside it is not the shape the page expects.
    renderError(
      root,
      `explorer.counts: could not show the graph: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
