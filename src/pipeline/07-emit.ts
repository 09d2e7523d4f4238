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

export function emitGraph(nodes: NodeDraft[], edges: EdgeDraft[], documents: DocumentInfo[], skipped: number): Graph {
  const graph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
  const entityCounts: Partial<Record<EntityKind, number>> = {};
  for (const n of [...nodes].sort((a, b) => cmp(a.id, b.id))) {
    graph.addNode(n.id, n.attrs);
    entityCounts[n.attrs.kind] = (entityCounts[n.attrs.kind] ?? 0) + 1;
  }
  const merged = new Map<string, { draft: EdgeDraft; evidence: Evidence[] }>();
  for (const e of edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || e.source === e.target) continue;
    const key = edgeKey(e);
    const cur = merged.get(key);
    if (!cur) merged.set(key, { draft: e, evidence: [e.evidence] });
    else {
      if (!cur.evidence.some((x) => x.doc === e.evidence.doc && x.start === e.evidence.start))
        cur.evidence.push(e.evidence);
      for (const [k, v] of Object.entries(e.attrs)) cur.draft.attrs[k] ??= v;
    }
  }
  const relationCounts: Partial<Record<RelationKind, number>> = {};
  for (const key of [...merged.keys()].sort(cmp)) {
    const { draft, evidence } = merged.get(key)!;
    evidence.sort((a, b) => cmp(a.doc, b.doc) || a.start - b.start);
    let [s, t] = [draft.source, draft.target];
    const symmetric = SYMMETRIC_RELATIONS.has(draft.kind);
    if (symmetric && s > t) [s, t] = [t, s];
    const attrs: EdgeAttributes = { kind: draft.kind, ...sortedAttrs(draft.attrs), evidence };
    if (symmetric) graph.addUndirectedEdgeWithKey(key, s, t, attrs);
    else graph.addDirectedEdgeWithKey(key, s, t, attrs);
    relationCounts[draft.kind] = (relationCounts[draft.kind] ?? 0) + 1;
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
