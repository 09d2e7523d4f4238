// Pipeline test fixtures: hand-written documents run through the real stages (no mocks), and small readers over
// the graph they give, so that each test can state its input as text and its expectation as plain values.

import type Graph from "graphology";
import { cleanText } from "../src/pipeline/02-clean.ts";
import { segment } from "../src/pipeline/03-segment.ts";
import { findMentions, withoutFieldLabels, type Mention } from "../src/pipeline/04-mentions.ts";
import { collectVocabulary } from "../src/pipeline/vocabulary.ts";
import type { DocMentions } from "../src/pipeline/05-resolve.ts";
import { buildFromDocuments } from "../src/pipeline/index.ts";
import type { SourceDocument } from "../src/pipeline/model.ts";
import type { EdgeAttributes, Evidence, NodeAttributes, RelationKind } from "../src/schema/graph.ts";

/** The date of the 2023-11-17 readout in the bundled corpus; "today" in a fixture means this day. */
export const FIXTURE_DATE = "2023-11-17";

/**
 * Ordinary sentences added to every fixture vocabulary. The mention finder learns from the corpus which
 * capitalised words are ordinary words (seen in lowercase somewhere); a real corpus always has such prose.
 */
export const ORDINARY_PROSE = [
  "The leaders met today to discuss trade, security and migration.",
  "They also reviewed the program, the agency budget and the commitments of both governments.",
  "The president said that the secretary of the council would attend the meeting.",
];

/** A document as stage 01 would give it for a plain-text file without front matter. */
export function sourceDocument(file: string, raw: string, date: string | null = FIXTURE_DATE): SourceDocument {
  return { file, raw, text: raw, meta: { title: null, date, url: null, kind: null, extra: {} } };
}

/** Builds the graph of `docs` (file name → raw text) through stages 02–07. */
export function buildFixture(docs: Record<string, string>, date: string | null = FIXTURE_DATE): Graph {
  const sources = Object.entries(docs).map(([file, raw]) => sourceDocument(file, raw, date));
  return buildFromDocuments(sources, []).graph;
}

/** Stages 02–04 over `docs` (file name → raw text), with the vocabulary of all of them plus ordinary prose. */
/** The vocabulary `mentionFixture` reads `docs` with: their words and `ORDINARY_PROSE`. */
export function fixtureVocabulary(docs: Record<string, string>) {
  return collectVocabulary([...Object.values(docs).map(cleanText), ...ORDINARY_PROSE]);
}

export function mentionFixture(docs: Record<string, string>): DocMentions[] {
  const cleaned = Object.entries(docs).map(([file, raw]) => ({ file, text: cleanText(raw) }));
  const vocab = fixtureVocabulary(docs);
  return cleaned.map(({ file, text }) => ({
    file,
    mentions: withoutFieldLabels(
      text,
      segment(text).flatMap((s, i) => findMentions(text, s, i, vocab)),
    ),
  }));
}

/** A mention as a test states it: the text it covers plus the attributes that matter. */
export type MentionView = Omit<Mention, "start" | "end" | "sentence" | "surface"> & { text: string };

/** The mentions of one piece of text, in order, each with the text it covers. */
export function mentionsIn(text: string): MentionView[] {
  const [doc] = mentionFixture({ "fixture.txt": text });
  return doc.mentions.map(({ start, end, sentence: _sentence, surface: _surface, ...rest }) => ({
    text: text.slice(start, end),
    ...rest,
  }));
}

export interface EdgeView {
  key: string;
  kind: RelationKind;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** Every edge of `graph`, optionally of one kind. */
export function edgesOf(graph: Graph, kind?: RelationKind): EdgeView[] {
  const out: EdgeView[] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    const a = attributes as EdgeAttributes;
    if (!kind || a.kind === kind) out.push({ key, kind: a.kind, source, target, attributes: a });
  });
  return out;
}

/** Edges of `kind` between `a` and `b`, in either direction. */
export function edgesBetween(graph: Graph, kind: RelationKind, a: string, b: string): EdgeView[] {
  return edgesOf(graph, kind).filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
}

/** Ids of the nodes of one kind. */
export function nodesOfKind(graph: Graph, kind: NodeAttributes["kind"]): string[] {
  return graph.filterNodes((_id, a) => (a as NodeAttributes).kind === kind);
}

/** Every evidence item of every edge, with the edge it belongs to. */
export function allEvidence(graph: Graph): Array<{ edge: string; evidence: Evidence }> {
  return edgesOf(graph).flatMap((e) => e.attributes.evidence.map((evidence) => ({ edge: e.key, evidence })));
}
