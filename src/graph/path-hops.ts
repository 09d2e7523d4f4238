// A path as people read it: hop by hop, each with both entities, the relation and which way it points, its date and
// its evidence, best sentence first. Pure over the graph, so the explorer, the embedding API and tests share it.

import type { DocumentInfo, Evidence, RelationKind } from "../schema/graph.ts";
import { SYMMETRIC_RELATIONS } from "../schema/graph.ts";
import type { PolicyGraph } from "./load.ts";
import { partialDateRange } from "./visibility.ts";

export interface PathHop {
  /** The hop's first entity, in path order (not necessarily the relation's source: see `direction`). */
  source: string;
  target: string;
  edge: string;
  kind: RelationKind;
  /** `forward`: the relation points from `source` to `target`; `backward`: the other way; `both`: it is symmetric. */
  direction: "forward" | "backward" | "both";
  /**
   * The relation's own date, else the date of a meeting at either end, else the date of the document of its best
   * evidence; null when none is known.
   */
  date: string | null;
  /** Every evidence item of the relation, the best first (see `rankEvidence`). */
  evidence: Evidence[];
}

export interface PathResult {
  /** Entity keys from the first endpoint to the second. */
  nodes: string[];
  hops: PathHop[];
  /** Hops, or the total edge weight when the search preferred well-evidenced edges. */
  cost: number;
}

/** The date window a question was asked in, as ISO bounds (either may be open). */
export interface DateWindow {
  dateFrom: string | null;
  dateTo: string | null;
}

/** Sentences shorter than this read as fragments (a heading, a dateline), so they rank after real sentences. */
const SHORT_SENTENCE = 40;

function inWindow(date: string | null | undefined, window: DateWindow | undefined): boolean {
  if (!window || (!window.dateFrom && !window.dateTo)) return true;
  const range = date ? partialDateRange(date) : null;
  if (!range) return true;
  const from = window.dateFrom ? partialDateRange(window.dateFrom)!.start : -Infinity;
  const to = window.dateTo ? partialDateRange(window.dateTo)!.end : Infinity;
  return range.end >= from && range.start <= to;
}

/** Whether `text` names an entity by one of its names (case-insensitive, whole words). */
function names(text: string, forms: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return forms.some((form) => {
    const at = form.length > 2 ? lower.indexOf(form.toLowerCase()) : -1;
    return at >= 0 && !/\w/.test(lower[at - 1] ?? "") && !/\w/.test(lower[at + form.length] ?? "");
  });
}

/**
 * Evidence, best first: from a document inside the date window asked for; a sentence that names both ends (when
 * their names are given) before one that refers to them otherwise; a full sentence before a fragment; the most
 * recent document; then the shorter sentence; then document and offset, so the order is always the same.
 */
export function rankEvidence(
  evidence: readonly Evidence[],
  documents: ReadonlyMap<string, DocumentInfo>,
  window?: DateWindow,
  ends?: readonly [readonly string[], readonly string[]],
): Evidence[] {
  const date = (item: Evidence) => documents.get(item.doc)?.date ?? "";
  const score = (item: Evidence) => [
    inWindow(date(item), window) ? 0 : 1,
    ends && !(names(item.text, ends[0]) && names(item.text, ends[1])) ? 1 : 0,
    item.text.length < SHORT_SENTENCE ? 1 : 0,
  ];
  return [...evidence].sort((a, b) => {
    const [wa, na, fa] = score(a);
    const [wb, nb, fb] = score(b);
    return (
      wa - wb ||
      na - nb ||
      fa - fb ||
      (date(b) > date(a) ? 1 : date(b) < date(a) ? -1 : 0) ||
      a.text.length - b.text.length ||
      (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0) ||
      a.start - b.start
    );
  });
}

function meetingDate(graph: PolicyGraph, node: string): string | undefined {
  const attributes = graph.getNodeAttributes(node);
  return attributes.kind === "meeting" ? attributes.date : undefined;
}

/** The hops of a path given as entity keys and the edge keys between them; throws `paths.hops: …` if they do not join. */
export function pathResult(
  graph: PolicyGraph,
  nodes: readonly string[],
  edges: readonly string[],
  cost: number,
  documents: ReadonlyMap<string, DocumentInfo>,
  window?: DateWindow,
): PathResult {
  if (nodes.length !== edges.length + 1) {
    throw new Error(`paths.hops: ${nodes.length} entities cannot be joined by ${edges.length} relations`);
  }
  const hops = edges.map((edge, i): PathHop => {
    const from = nodes[i];
    const to = nodes[i + 1];
    const ends = graph.extremities(edge);
    if (!(ends[0] === from && ends[1] === to) && !(ends[0] === to && ends[1] === from)) {
      throw new Error(`paths.hops: relation ${edge} does not join ${from} and ${to}`);
    }
    const attributes = graph.getEdgeAttributes(edge);
    const forms = (node: string) => {
      const { label, aliases } = graph.getNodeAttributes(node);
      return [label, ...(aliases ?? [])];
    };
    const evidence = rankEvidence(attributes.evidence ?? [], documents, window, [forms(from), forms(to)]);
    const symmetric = SYMMETRIC_RELATIONS.has(attributes.kind) || graph.isUndirected(edge);
    return {
      source: from,
      target: to,
      edge,
      kind: attributes.kind,
      direction: symmetric ? "both" : ends[0] === from ? "forward" : "backward",
      date:
        attributes.date ??
        meetingDate(graph, from) ??
        meetingDate(graph, to) ??
        (evidence[0] ? (documents.get(evidence[0].doc)?.date ?? null) : null),
      evidence,
    };
  });
  return { nodes: [...nodes], hops, cost };
}
