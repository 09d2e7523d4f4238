// Stage 07: the graph. Entities and relations become a graphology graph with evidence on every edge; nodes and
// edges are added in sorted order and keyed by content, so the same input gives a byte-identical graph.json.

import Graph from "graphology";
import type {
  DocumentInfo,
  EdgeAttributes,
  EntityKind,
  Evidence,
  GraphAttributes,
  NodeAttributes,
  RelationKind,
} from "../schema/graph.ts";
import { SYMMETRIC_RELATIONS } from "../schema/graph.ts";

export interface NodeDraft {
  id: string;
  attrs: NodeAttributes;
}

export interface EdgeDraft {
  kind: RelationKind;
  source: string;
  target: string;
  evidence: Evidence;
  attrs: Record<string, string>;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Edges with the same kind, ends and distinguishing attribute (programme, meeting) are one edge with more evidence. */
function edgeKey(e: EdgeDraft): string {
  let [s, t] = [e.source, e.target];
  if (SYMMETRIC_RELATIONS.has(e.kind) && s > t) [s, t] = [t, s];
  const qualifier = e.attrs.program ?? e.attrs.meeting ?? "";
  return `${e.kind}|${s}|${t}${qualifier ? "|" + qualifier : ""}`;
}

/** The graph's nodes and edges in the order they are added, parallel edges merged: what stage 08 lays out. */
export interface GraphPlan {
  /** Sorted by id. */
  nodes: NodeDraft[];
  /** Sorted by key; a symmetric relation's ends in id order. */
  edges: PlannedEdge[];
}

export interface PlannedEdge {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
  attrs: EdgeAttributes;
}

/** Sorts the nodes and merges the edges between them; an edge to a node not in `nodes`, or a loop, is dropped. */
export function planGraph(nodes: NodeDraft[], edges: EdgeDraft[]): GraphPlan {
  const sorted = [...nodes].sort((a, b) => cmp(a.id, b.id));
  const ids = new Set(sorted.map((n) => n.id));
  const merged = new Map<string, { draft: EdgeDraft; evidence: Evidence[] }>();
  for (const e of edges) {
    if (!ids.has(e.source) || !ids.has(e.target) || e.source === e.target) continue;
    const key = edgeKey(e);
    const cur = merged.get(key);
    if (!cur) merged.set(key, { draft: e, evidence: [e.evidence] });
    else {
      if (!cur.evidence.some((x) => x.doc === e.evidence.doc && x.start === e.evidence.start))
        cur.evidence.push(e.evidence);
      for (const [k, v] of Object.entries(e.attrs)) cur.draft.attrs[k] ??= v;
    }
  }
  const planned = [...merged.keys()].sort(cmp).map((key): PlannedEdge => {
    const { draft, evidence } = merged.get(key)!;
    evidence.sort((a, b) => cmp(a.doc, b.doc) || a.start - b.start);
    let [source, target] = [draft.source, draft.target];
    const undirected = SYMMETRIC_RELATIONS.has(draft.kind);
    if (undirected && source > target) [source, target] = [target, source];
    return { key, source, target, undirected, attrs: { kind: draft.kind, ...sortedAttrs(draft.attrs), evidence } };
  });
  return { nodes: sorted, edges: planned };
}

export function emitGraph(plan: GraphPlan, documents: DocumentInfo[], skipped: number): Graph {
  const graph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
  const entityCounts: Partial<Record<EntityKind, number>> = {};
  for (const n of plan.nodes) {
    graph.addNode(n.id, n.attrs);
    entityCounts[n.attrs.kind] = (entityCounts[n.attrs.kind] ?? 0) + 1;
  }
  const relationCounts: Partial<Record<RelationKind, number>> = {};
  for (const e of plan.edges) {
    if (e.undirected) graph.addUndirectedEdgeWithKey(e.key, e.source, e.target, e.attrs);
    else graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attrs);
    relationCounts[e.attrs.kind] = (relationCounts[e.attrs.kind] ?? 0) + 1;
  }
  const attributes: GraphAttributes = {
    format: "policygraph",
    version: 1,
    documents,
    stats: {
      documents: documents.length,
      skipped,
      entities: sortedAttrs(entityCounts),
      relations: sortedAttrs(relationCounts),
    },
  };
  graph.replaceAttributes(attributes as unknown as Record<string, unknown>);
  return graph;
}

function sortedAttrs<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).sort((a, b) => cmp(a[0], b[0]))) as T;
}
