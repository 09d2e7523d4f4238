// "Why are these two connected?": the relations between two entities, the meetings and programs they share, the
// documents that mention both and, in a stored document, the sentences that name both. Pure over the graph.

import type { DocumentInfo, Evidence, RelationKind, StoredDocument } from "../schema/graph.ts";
import type { PolicyGraph } from "./load.ts";

export interface DirectRelation {
  edge: string;
  kind: RelationKind;
  /** `forward`: the relation points from the first entity to the second; `backward`: the other way; `both`: symmetric. */
  direction: "forward" | "backward" | "both";
  evidence: Evidence[];
}

export interface SharedEntity {
  node: string;
  /** The relations joining the shared entity to the first and to the second entity. */
  viaFirst: string[];
  viaSecond: string[];
}

export interface Connections {
  direct: DirectRelation[];
  sharedMeetings: SharedEntity[];
  sharedPrograms: SharedEntity[];
  /** Every other entity related to both (agencies, countries, people, places), most relations first. */
  sharedOthers: SharedEntity[];
  /** Files of the documents that mention both, newest first. */
  documents: string[];
}

function relationsByNeighbour(graph: PolicyGraph, node: string): Map<string, string[]> {
  const byNeighbour = new Map<string, string[]>();
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    const other = source === node ? target : source;
    if (other === node) return;
    const list = byNeighbour.get(other);
    if (list) list.push(edge);
    else byNeighbour.set(other, [edge]);
  });
  return byNeighbour;
}

/** Throws `paths.why: …` for an unknown key. */
export function connectionsBetween(
  graph: PolicyGraph,
  first: string,
  second: string,
  documents: ReadonlyMap<string, DocumentInfo>,
): Connections {
  for (const key of [first, second]) {
    if (!graph.hasNode(key)) throw new Error(`paths.why: no entity with key ${JSON.stringify(key)}`);
  }
  const direct: DirectRelation[] = [];
  const ofFirst = relationsByNeighbour(graph, first);
  const ofSecond = relationsByNeighbour(graph, second);
  for (const edge of (ofFirst.get(second) ?? []).sort()) {
    const attributes = graph.getEdgeAttributes(edge);
    direct.push({
      edge,
      kind: attributes.kind,
      direction: graph.isUndirected(edge) ? "both" : graph.source(edge) === first ? "forward" : "backward",
      evidence: attributes.evidence ?? [],
    });
  }

  const sharedMeetings: SharedEntity[] = [];
  const sharedPrograms: SharedEntity[] = [];
  const sharedOthers: SharedEntity[] = [];
  for (const [node, viaFirst] of ofFirst) {
    const viaSecond = ofSecond.get(node);
    if (!viaSecond || node === second) continue;
    const shared = { node, viaFirst: viaFirst.sort(), viaSecond: viaSecond.sort() };
    const kind = graph.getNodeAttribute(node, "kind");
    if (kind === "meeting") sharedMeetings.push(shared);
    else if (kind === "program") sharedPrograms.push(shared);
    else sharedOthers.push(shared);
  }
  const label = (node: string) => graph.getNodeAttribute(node, "label");
  const byDate = (a: SharedEntity, b: SharedEntity) => {
    const da = graph.getNodeAttribute(a.node, "date") ?? "";
    const db = graph.getNodeAttribute(b.node, "date") ?? "";
    return da < db ? 1 : da > db ? -1 : label(a.node).localeCompare(label(b.node)) || (a.node < b.node ? -1 : 1);
  };
  const byWeight = (a: SharedEntity, b: SharedEntity) =>
    b.viaFirst.length + b.viaSecond.length - (a.viaFirst.length + a.viaSecond.length) ||
    label(a.node).localeCompare(label(b.node)) ||
    (a.node < b.node ? -1 : 1);
  sharedMeetings.sort(byDate);
  sharedPrograms.sort(byWeight);
  sharedOthers.sort(byWeight);

  const secondDocs = new Set(graph.getNodeAttribute(second, "docs") ?? []);
  const date = (file: string) => documents.get(file)?.date ?? "";
  const common = (graph.getNodeAttribute(first, "docs") ?? [])
    .filter((file) => secondDocs.has(file))
    .sort((a, b) => (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return { direct, sharedMeetings, sharedPrograms, sharedOthers, documents: common };
}

/** Sentence ends for stores written before the build kept its sentences: `.`, `!` or `?` and a space, or a line break. */
const SENTENCE_END = /[.!?]["'”’)\]]*\s+|\n\s*\n/g;

function sentenceSpans(stored: StoredDocument): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (stored.sentences && stored.sentences.length % 2 === 0) {
    for (let i = 0; i < stored.sentences.length; i += 2) spans.push([stored.sentences[i], stored.sentences[i + 1]]);
    return spans;
  }
  let start = 0;
  for (const match of stored.text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].trimEnd().length;
    if (end > start) spans.push([start, end]);
    start = match.index + match[0].length;
  }
  if (start < stored.text.length) spans.push([start, stored.text.length]);
  return spans;
}

/** The sentences of a stored document in which both entities are mentioned, verbatim, in document order. */
export function sentencesNamingBoth(stored: StoredDocument, first: string, second: string): Evidence[] {
  const found: Evidence[] = [];
  const mentions = stored.mentions;
  let m = 0;
  for (const [start, end] of sentenceSpans(stored)) {
    while (m < mentions.length && mentions[m][0] < start) m++;
    let hasFirst = false;
    let hasSecond = false;
    for (let i = m; i < mentions.length && mentions[i][1] <= end; i++) {
      if (mentions[i][2] === first) hasFirst = true;
      if (mentions[i][2] === second) hasSecond = true;
    }
    if (hasFirst && hasSecond) found.push({ doc: stored.file, text: stored.text.slice(start, end), start, end });
  }
  return found;
}
