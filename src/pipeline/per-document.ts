// The per-document parts of the build, as pure kernels: 02 clean + 03 segment (+ the document's date, title, kind
// and word counts), 04 mentions, and 06 relations. index.ts runs them in this thread or, through threads.ts, in
// worker threads; either way each document goes through the same functions, so the graph is the same.

import type { EntityKind } from "../schema/graph.ts";
import { slug } from "../schema/ids.ts";
import { cleanDocument } from "./02-clean.ts";
import { inferTitle } from "./titles.ts";
import { segment, type Sentence } from "./03-segment.ts";
import { findMentions, withoutFieldLabels, type Mention } from "./04-mentions.ts";
import type { Vocabulary, WordCounter } from "./vocabulary.ts";
import type { Resolved, ResolvedColumns } from "./05-resolve.ts";
import { extractRelations, type DocRelations, type SentenceCues } from "./06-relations.ts";
import { documentDate } from "./dates.ts";
import type { DocumentText } from "./model.ts";

/** A document after stages 02–03, kept by whoever runs its later stages. */
export interface PreparedDocument {
  file: string;
  /** `text` after hygiene (same length as the raw file): what every later stage reads. */
  clean: string;
  sentences: Sentence[];
  date: string | null;
}

/** What the rest of the build needs of a prepared document. */
export interface DocumentFacts {
  date: string | null;
  title: string | null;
  kind: string | null;
  /** The sentences as flat `[start, end, start, end, …]` offsets, for the document store. */
  sentences: number[];
}

/** Stage 02–03 of one document; adds its words to `words` for the corpus vocabulary. */
export function prepareDocument(
  source: DocumentText,
  words: WordCounter,
): { prepared: PreparedDocument; facts: DocumentFacts } {
  const doc = cleanDocument(source);
  const sentences = segment(doc.clean, doc.text);
  const head = sentences
    .slice(0, 12)
    .filter((s) => s.heading)
    .map((s) => [s.start, s.end] as [number, number]);
  const date = documentDate(doc.meta.date, doc.clean, head);
  words.count(doc.clean);
  const title = doc.meta.title ?? inferTitle(doc.clean, sentences);
  return {
    prepared: { file: doc.file, clean: doc.clean, sentences, date },
    facts: {
      date,
      title,
      kind: doc.meta.kind ?? guessKind(title ?? "", doc.clean),
      sentences: sentences.flatMap((s) => [s.start, s.end]),
    },
  };
}

/** Stage 04 of one document. */
export function documentMentions(doc: PreparedDocument, vocab: Vocabulary): Mention[] {
  const mentions: Mention[] = [];
  doc.sentences.forEach((s, i) => {
    for (const m of findMentions(doc.clean, s, i, vocab)) mentions.push(m);
  });
  return withoutFieldLabels(doc.clean, mentions);
}

/** What stage 06 needs to know of the corpus-wide entities. */
export interface EntityFacts {
  label: (id: string) => string;
  /** The entity id of an entity's most stated country. */
  countryOf: (id: string) => string | undefined;
  /** The word a person is called by after a title ("President Tamm"), where the corpus says. */
  calledBy: (id: string) => string | undefined;
}

/**
 * The same facts as columns, to cross threads: `countries[k]` is the country entity of `ids[k]`, if any, and
 * `calledBy[k]` the word a person is called by.
 */
export interface EntityTable {
  ids: string[];
  kinds: EntityKind[];
  labels: string[];
  countries: Array<string | null>;
  calledBy: Array<string | null>;
}

/** A document's resolved mentions as they cross threads: entities by their place in the EntityTable. */
export interface PlacedColumns {
  mention: Int32Array;
  /** Index in the table's `ids` (and `kinds`) of the entity of each mention. */
  entity: Int32Array;
}

/** `columns` with each entity named by its place in the table (`place` gives it for an entity id). */
export function placedColumns(columns: ResolvedColumns, place: ReadonlyMap<string, number>): PlacedColumns {
  return { mention: columns.mention, entity: Int32Array.from(columns.entity, (id) => place.get(id)!) };
}

/** The ResolvedColumns that `placedColumns` gave as `placed`. */
export function columnsOfPlaced(placed: PlacedColumns, table: EntityTable): ResolvedColumns {
  return {
    mention: placed.mention,
    kind: Array.from(placed.entity, (k) => table.kinds[k]),
    entity: Array.from(placed.entity, (k) => table.ids[k]),
  };
}

export function entityFacts(table: EntityTable): EntityFacts {
  const labels = new Map<string, string>();
  const countries = new Map<string, string>();
  const called = new Map<string, string>();
  table.ids.forEach((id, k) => {
    labels.set(id, table.labels[k]);
    const country = table.countries[k];
    if (country !== null) countries.set(id, country);
    const word = table.calledBy[k];
    if (word !== null) called.set(id, word);
  });
  return {
    label: (id) => labels.get(id) ?? id,
    countryOf: (id) => countries.get(id),
    calledBy: (id) => called.get(id),
  };
}

/** A relation whose evidence is given by offsets; the raw text is sliced by whoever holds it. */
export interface PlacedRelation {
  kind: DocRelations["relations"][number]["kind"];
  source: string;
  target: string;
  start: number;
  end: number;
  attrs: Record<string, string>;
}

/** Stage 06 of one document, with meetings reduced to what the graph keeps. */
export interface DocumentRelations {
  relations: PlacedRelation[];
  meetings: Array<{
    id: string;
    label: string;
    date: string | null;
    place: string | null;
    format: string | null;
    sentences: number;
  }>;
  extraEntities: DocRelations["extraEntities"];
  gatheringDates: DocRelations["gatheringDates"];
}

/** Stage 06 of one document; `cues`, where given, are its sentences' cues found beforehand (`sentenceCues`). */
export function documentRelations(
  doc: PreparedDocument,
  mentions: Resolved[],
  entities: EntityFacts,
  cues?: SentenceCues,
): DocumentRelations {
  const rel = extractRelations({
    file: doc.file,
    text: doc.clean,
    date: doc.date,
    sentences: doc.sentences,
    mentions,
    entityLabel: entities.label,
    countryOf: entities.countryOf,
    calledBy: entities.calledBy,
    cues,
  });
  return {
    relations: rel.relations.map((r) => ({
      kind: r.kind,
      source: r.source,
      target: r.target,
      start: doc.sentences[r.sentence].start,
      end: doc.sentences[r.sentence].end,
      attrs: r.attrs,
    })),
    meetings: rel.meetings.map((m) => ({
      id: m.id,
      label: m.label,
      date: m.date,
      place: m.place,
      format: m.format,
      sentences: m.sentences.length,
    })),
    extraEntities: rel.extraEntities,
    gatheringDates: rel.gatheringDates,
  };
}

/** The id of a document: `doc:<slug of its file>`, with `-2`, `-3` … when an earlier document has it. */
export function documentId(file: string, taken: Set<string>): string {
  const id = `doc:${slug(file)}`;
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
  taken.add(unique);
  return unique;
}

/** Kind of document from its title or shape: readout, fact sheet, letter, joint statement, statement, remarks. */
function guessKind(title: string, text: string): string | null {
  if (/^readout\b/i.test(title)) return "readout";
  if (/fact sheet/i.test(title)) return "fact-sheet";
  if (/joint (statement|declaration)/i.test(title)) return "joint-statement";
  if (/^letter\b/i.test(title) || (text.includes("Dear") && /^\s*Dear\b/m.test(text) && /\bSincerely\b/.test(text)))
    return "letter";
  if (/^(remarks|press briefing)/i.test(title)) return "remarks";
  if (/^statement\b/i.test(title)) return "statement";
  return null;
}
