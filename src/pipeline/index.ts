// The build step, in order: 01 load → 02 clean → 03 segment → 04 mentions → 05 resolve → 06 relations → 07 emit.

import type Graph from "graphology";
import type { DocumentInfo, Evidence, NodeAttributes } from "../schema/graph.ts";
import { entityId, slug } from "../schema/ids.ts";
import { loadCorpus } from "./01-load.ts";
import { cleanDocument, type CleanDocument } from "./02-clean.ts";
import { segment, type Sentence } from "./03-segment.ts";
import { collectVocabulary, findMentions, type Mention } from "./04-mentions.ts";
import { resolve } from "./05-resolve.ts";
import { extractRelations, type MeetingDraft } from "./06-relations.ts";
import { emitGraph, type EdgeDraft, type NodeDraft } from "./07-emit.ts";
import { documentDate } from "./dates.ts";
import type { LoadOptions, LoadWarning } from "./model.ts";

export interface BuildOptions extends Partial<LoadOptions> {
  inputs: string[];
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface BuildResult {
  graph: Graph;
  warnings: LoadWarning[];
  documents: number;
}

interface Prepared {
  doc: CleanDocument;
  sentences: Sentence[];
  date: string | null;
}

/** Builds the graph of every document under `inputs`. Throws `LoadError` when there is nothing to build. */
export async function buildGraph(options: BuildOptions): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => {});
  const loadOptions = options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {};
  const loaded = await loadCorpus(options.inputs, loadOptions, (d, t) => progress("read", d, t));
  return buildFromDocuments(loaded.documents, loaded.warnings, progress);
}

export function buildFromDocuments(
  sources: Parameters<typeof cleanDocument>[0][],
  warnings: LoadWarning[],
  progress: (stage: string, done: number, total: number) => void = () => {},
): BuildResult {
  // 02–03: hygiene and sentences.
  const prepared: Prepared[] = sources.map((src) => {
    const doc = cleanDocument(src);
    const sentences = segment(doc.clean);
    const head = sentences
      .slice(0, 12)
      .filter((s) => s.heading)
      .map((s) => [s.start, s.end] as [number, number]);
    return { doc, sentences, date: documentDate(doc.meta.date, doc.clean, head) };
  });
  // 04: mentions, with the corpus vocabulary telling ordinary capitalised words from names.
  const vocab = collectVocabulary(prepared.map((p) => p.doc.clean));
  const docMentions = prepared.map((p, k) => {
    progress("extract", k + 1, prepared.length);
    const mentions: Mention[] = [];
    p.sentences.forEach((s, i) => mentions.push(...findMentions(p.doc.clean, s, i, vocab)));
    return { file: p.doc.file, mentions };
  });
  // 05: one entity per person, organisation, country and place across the corpus.
  const { entities, byDoc } = resolve(docMentions);
  const label = (id: string) => entities.get(id)?.label ?? id;
  const countryOf = (id: string) => {
    const e = entities.get(id);
    const c = e && [...e.countries].sort((a, b) => b[1] - a[1])[0]?.[0];
    return c ? entityId("country", c) : undefined;
  };

  // 06: relations and meetings per document.
  const edges: EdgeDraft[] = [];
  const meetingNodes = new Map<string, NodeDraft>();
  const extraNodes = new Map<string, NodeDraft>();
  const documents: DocumentInfo[] = [];
  for (const p of prepared) {
    const { doc, sentences } = p;
    const mentions = byDoc.get(doc.file) ?? [];
    const rel = extractRelations({
      file: doc.file,
      text: doc.clean,
      date: p.date,
      sentences,
      mentions,
      entityLabel: label,
      countryOf,
    });
    const evidence = (i: number): Evidence => ({
      doc: doc.file,
      text: doc.raw.slice(sentences[i].start, sentences[i].end),
      start: sentences[i].start,
      end: sentences[i].end,
    });
    for (const r of rel.relations)
      edges.push({ kind: r.kind, source: r.source, target: r.target, evidence: evidence(r.sentence), attrs: r.attrs });
    for (const mt of rel.meetings) addMeeting(meetingNodes, mt, doc.file);
    for (const x of rel.extraEntities) {
      const cur = extraNodes.get(x.id);
      if (cur) cur.attrs.mentions++;
      else
        extraNodes.set(x.id, {
          id: x.id,
          attrs: { label: x.label, kind: x.kind, aliases: [collapse(x.surface)], docs: [doc.file], mentions: 1 },
        });
    }
    documents.push({
      id: `doc:${slug(doc.file)}`,
      file: doc.file,
      title: doc.meta.title ?? firstLine(doc.clean, sentences),
      date: p.date,
      url: doc.meta.url,
      kind: doc.meta.kind ?? guessKind(doc.meta.title ?? firstLine(doc.clean, sentences) ?? "", doc.clean),
      chars: doc.raw.length,
    });
  }

  // 07: the graph.
  const nodes: NodeDraft[] = [...meetingNodes.values(), ...extraNodes.values()];
  for (const e of entities.values()) {
    const attrs: NodeAttributes = {
      label: e.label,
      kind: e.kind,
      aliases: [...e.aliases].sort(),
      docs: [...e.docs].sort(),
      mentions: e.mentions,
    };
    const title = top(e.titles);
    const country = top(e.countries);
    if (title && e.kind === "person") attrs.title = title;
    if (country && (e.kind === "person" || e.kind === "agency" || e.kind === "program")) attrs.country = country;
    if (meetingNodes.has(e.id)) continue;
    nodes.push({ id: e.id, attrs });
  }
  // People that are MEMBER_OF a country get it as their `country` when none was stated in a title.
  const graph = emitGraph(nodes, edges, documents, warnings.length);
  graph.forEachEdge((_k, a, s, t) => {
    if (
      a.kind === "MEMBER_OF" &&
      graph.getNodeAttribute(t, "kind") === "country" &&
      !graph.getNodeAttribute(s, "country")
    )
      graph.setNodeAttribute(s, "country", graph.getNodeAttribute(t, "label"));
  });
  return { graph, warnings, documents: documents.length };
}

function addMeeting(into: Map<string, NodeDraft>, mt: MeetingDraft, file: string): void {
  const cur = into.get(mt.id);
  if (cur) {
    cur.attrs.mentions += mt.sentences.length;
    if (!cur.attrs.docs.includes(file)) cur.attrs.docs = [...cur.attrs.docs, file].sort();
    return;
  }
  const attrs: NodeAttributes = {
    label: mt.label,
    kind: "meeting",
    aliases: [],
    docs: [file],
    mentions: mt.sentences.length,
  };
  if (mt.date) attrs.date = mt.date;
  if (mt.place) attrs.place = mt.place;
  if (mt.format) attrs.format = mt.format;
  into.set(mt.id, { id: mt.id, attrs });
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

function top(map: Map<string, number>): string | undefined {
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

function firstLine(text: string, sentences: Sentence[]): string | null {
  const s = sentences.find((x) => x.end - x.start > 3);
  return s ? collapse(text.slice(s.start, s.end)).slice(0, 120) : null;
}

/** Kind of document from its title or shape: readout, fact sheet, letter, joint statement, statement, remarks. */
function guessKind(title: string, text: string): string | null {
  if (/^readout\b/i.test(title)) return "readout";
  if (/fact sheet/i.test(title)) return "fact-sheet";
  if (/joint (statement|declaration)/i.test(title)) return "joint-statement";
  if (/^letter\b/i.test(title) || (/^\s*Dear\b/m.test(text) && /\bSincerely\b/.test(text))) return "letter";
  if (/^(remarks|press briefing)/i.test(title)) return "remarks";
  if (/^statement\b/i.test(title)) return "statement";
  return null;
}
