// The details panel: what the selected entity is, and every relation it takes part in, grouped by kind, each
// with the sentences that support it and the document they come from. Neighbours and documents are one click away.

import type { PolicyGraph } from "../graph/load.ts";
import { RELATION_KINDS } from "../schema/graph.ts";
import type { DocumentInfo, EdgeAttributes, Evidence, NodeAttributes, RelationKind } from "../schema/graph.ts";
import { h, plural } from "./dom.ts";
import type { Child } from "./dom.ts";
import { EDGE_COLORS, NODE_COLORS, NODE_KIND_SINGULAR, RELATION_WORDS } from "./palette.ts";

export interface DetailsActions {
  select(node: string): void;
  openDocument(doc: string, evidence: Evidence | null): void;
  /** Starts a path question from, or to, this entity. */
  pathFrom?(node: string): void;
  pathTo?(node: string): void;
}

export interface DetailsSettings {
  /** Relations listed per kind before a "show all" button, so a hub with thousands of edges stays responsive. */
  relationsPerKind: number;
  /** Evidence sentences shown per relation before "more". */
  evidencePerRelation: number;
}

export const DEFAULT_DETAILS_SETTINGS: DetailsSettings = { relationsPerKind: 25, evidencePerRelation: 2 };

interface Relation {
  edge: string;
  kind: RelationKind;
  other: string;
  outgoing: boolean;
  directed: boolean;
  attributes: EdgeAttributes;
}

const ATTRIBUTE_ROWS: Array<[keyof NodeAttributes, string]> = [
  ["title", "Title"],
  ["country", "Country"],
  ["date", "Date"],
  ["place", "Place"],
  ["format", "Format"],
];

export function kindBadge(kind: NodeAttributes["kind"]): HTMLElement {
  return h("span", { className: "kind-badge" }, [
    h("span", { className: "swatch", attrs: { "aria-hidden": "true", style: `background:${NODE_COLORS[kind]}` } }),
    NODE_KIND_SINGULAR[kind] ?? kind,
  ]);
}

function relationsOf(graph: PolicyGraph, node: string): Map<RelationKind, Relation[]> {
  const groups = new Map<RelationKind, Relation[]>();
  graph.forEachEdge(node, (edge, attributes, source, target) => {
    const list = groups.get(attributes.kind) ?? [];
    list.push({
      edge,
      kind: attributes.kind,
      other: source === node ? target : source,
      outgoing: source === node,
      directed: graph.isDirected(edge),
      attributes,
    });
    groups.set(attributes.kind, list);
  });
  for (const list of groups.values()) {
    // Best-evidenced first, then by name, so the list reads the same on every visit.
    list.sort(
      (a, b) =>
        b.attributes.evidence.length - a.attributes.evidence.length ||
        graph.getNodeAttribute(a.other, "label").localeCompare(graph.getNodeAttribute(b.other, "label")) ||
        a.edge.localeCompare(b.edge),
    );
  }
  return groups;
}

function evidenceItem(evidence: Evidence, documents: Map<string, DocumentInfo>, actions: DetailsActions): HTMLElement {
  const info = documents.get(evidence.doc);
  const source = [info?.title ?? evidence.doc, info?.date].filter(Boolean).join(", ");
  return h("li", { className: "evidence" }, [
    h("blockquote", { text: evidence.text }),
    h(
      "button",
      {
        className: "link doc-link",
        attrs: { type: "button", title: `Open ${evidence.doc} at this sentence` },
        on: { click: () => actions.openDocument(evidence.doc, evidence) },
      },
      [source],
    ),
  ]);
}

function relationItem(
  graph: PolicyGraph,
  relation: Relation,
  documents: Map<string, DocumentInfo>,
  actions: DetailsActions,
  settings: DetailsSettings,
): HTMLElement {
  const words = RELATION_WORDS[relation.kind];
  const verb = !relation.directed || relation.outgoing ? words.forward : words.backward;
  const other = graph.getNodeAttributes(relation.other);
  const facts = [relation.attributes.amount, relation.attributes.what, relation.attributes.date]
    .filter((fact): fact is string => Boolean(fact))
    .join(" · ");
  const evidence = relation.attributes.evidence;
  const shown = evidence.slice(0, settings.evidencePerRelation);
  const list = h(
    "ul",
    { className: "evidence-list" },
    shown.map((item) => evidenceItem(item, documents, actions)),
  );
  const more =
    evidence.length > shown.length
      ? h("button", {
          className: "link more",
          text: `Show ${plural(evidence.length - shown.length, "more sentence")}`,
          attrs: { type: "button" },
          on: {
            click: (event) => {
              list.append(...evidence.slice(shown.length).map((item) => evidenceItem(item, documents, actions)));
              (event.currentTarget as HTMLElement).remove();
            },
          },
        })
      : null;
  return h("li", { className: "relation", attrs: { "data-edge": relation.edge } }, [
    h("div", { className: "relation-head" }, [
      h("span", { className: "verb", text: verb }),
      " ",
      h(
        "button",
        {
          className: "link neighbour",
          attrs: { type: "button", "data-node": relation.other },
          on: { click: () => actions.select(relation.other) },
        },
        [
          h("span", {
            className: "swatch",
            attrs: { "aria-hidden": "true", style: `background:${NODE_COLORS[other.kind]}` },
          }),
          other.label,
        ],
      ),
      h("span", { className: "kind-note", text: ` (${NODE_KIND_SINGULAR[other.kind] ?? other.kind})` }),
    ]),
    facts ? h("p", { className: "facts", text: facts }) : null,
    list,
    more,
  ]);
}

function relationGroup(
  graph: PolicyGraph,
  kind: RelationKind,
  relations: Relation[],
  documents: Map<string, DocumentInfo>,
  actions: DetailsActions,
  settings: DetailsSettings,
): HTMLElement {
  const headingId = `relations-${kind.toLowerCase()}`;
  const list = h("ul", { className: "relations" });
  const render = (from: number, to: number) =>
    list.append(...relations.slice(from, to).map((r) => relationItem(graph, r, documents, actions, settings)));
  render(0, settings.relationsPerKind);
  const rest = relations.length - settings.relationsPerKind;
  return h("section", { className: "relation-group", attrs: { "aria-labelledby": headingId } }, [
    h("h3", { id: headingId }, [
      h("span", {
        className: "swatch line",
        attrs: { "aria-hidden": "true", style: `background:${EDGE_COLORS[kind]}` },
      }),
      `${RELATION_WORDS[kind].name} (${relations.length})`,
    ]),
    list,
    rest > 0
      ? h("button", {
          className: "link more",
          text: `Show all ${relations.length}`,
          attrs: { type: "button" },
          on: {
            click: (event) => {
              render(settings.relationsPerKind, relations.length);
              (event.currentTarget as HTMLElement).remove();
            },
          },
        })
      : null,
  ]);
}

export function renderDetails(
  container: HTMLElement,
  graph: PolicyGraph,
  node: string,
  documents: Map<string, DocumentInfo>,
  actions: DetailsActions,
  settings: DetailsSettings = DEFAULT_DETAILS_SETTINGS,
): void {
  const attributes = graph.getNodeAttributes(node);
  const rows: Child[] = ATTRIBUTE_ROWS.filter(([key]) => attributes[key] !== undefined).map(([key, label]) =>
    h("div", {}, [h("dt", { text: label }), h("dd", { text: String(attributes[key]) })]),
  );
  const aliases = attributes.aliases.filter((alias) => alias !== attributes.label);
  if (aliases.length) rows.push(h("div", {}, [h("dt", { text: "Also" }), h("dd", { text: aliases.join("; ") })]));
  rows.push(
    h("div", {}, [
      h("dt", { text: "Mentions" }),
      h("dd", { text: `${attributes.mentions} in ${plural(attributes.docs.length, "document")}` }),
    ]),
  );

  const groups = relationsOf(graph, node);
  const kinds = RELATION_KINDS.filter((kind) => groups.has(kind));
  const docsList = h(
    "ul",
    { className: "doc-list" },
    attributes.docs.slice(0, 50).map((doc) => {
      const info = documents.get(doc);
      return h("li", {}, [
        h("button", {
          className: "link doc-link",
          text: [info?.title ?? doc, info?.date].filter(Boolean).join(", "),
          attrs: { type: "button", title: doc },
          on: { click: () => actions.openDocument(doc, null) },
        }),
      ]);
    }),
  );

  container.replaceChildren(
    h("header", { className: "details-head" }, [
      h("h2", { id: "details-title", text: attributes.label, attrs: { tabindex: "-1" } }),
      kindBadge(attributes.kind),
    ]),
    ...(actions.pathFrom && actions.pathTo
      ? [
          h("div", { className: "details-tools", attrs: { role: "group", "aria-label": "Paths" } }, [
            h("button", {
              className: "tool",
              text: "Path from here",
              attrs: { type: "button", id: "path-from-here" },
              on: { click: () => actions.pathFrom?.(node) },
            }),
            h("button", {
              className: "tool",
              text: "Path to here",
              attrs: { type: "button", id: "path-to-here" },
              on: { click: () => actions.pathTo?.(node) },
            }),
          ]),
        ]
      : []),
    h("dl", { className: "attributes" }, rows),
    kinds.length
      ? h("div", { className: "relation-groups" }, [
          ...kinds.map((kind) => relationGroup(graph, kind, groups.get(kind) ?? [], documents, actions, settings)),
        ])
      : h("p", { className: "empty", text: "No relations." }),
    h("section", { className: "relation-group", attrs: { "aria-labelledby": "details-docs" } }, [
      h("h3", { id: "details-docs", text: `Documents (${attributes.docs.length})` }),
      docsList,
    ]),
  );
  container.dataset.node = node;
}
