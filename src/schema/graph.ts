// The shape of graph.json: entity and relation kinds, their attributes, and the document list.
// Shared by the build step, the explorer and the worker; imports nothing.

export const ENTITY_KINDS = ["person", "agency", "program", "country", "place", "meeting"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const RELATION_KINDS = [
  "ATTENDED",
  "MET_WITH",
  "MEMBER_OF",
  "COMMITTED",
  "FUNDS",
  "LEADS",
  "PARTNERS_WITH",
  "PART_OF",
  "LOCATED_IN",
  "AGREED",
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Relations that hold both ways; stored once, as undirected edges with the smaller id first. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationKind> = new Set(["MET_WITH", "PARTNERS_WITH"]);

/** A verbatim span of a document: `text === documentText.slice(start, end)` (UTF-16 offsets). */
export interface Evidence {
  doc: string;
  text: string;
  start: number;
  end: number;
}

export interface DocumentInfo {
  /** Content-derived id, stable across rebuilds: `doc:<slug of file name>`. */
  id: string;
  /** Path relative to its input folder, with forward slashes. */
  file: string;
  title: string | null;
  /** ISO date, as precise as known: `2021`, `2021-03`, `2021-03-01`. */
  date: string | null;
  url: string | null;
  kind: string | null;
  chars: number;
  /** Where the document's text and mentions are, relative to graph.json: `docs/<id>.json` (the reader loads it). */
  store?: string;
}

/** A mention in a stored document: `[start, end, node key]`, UTF-16 offsets into its `text`. */
export type StoredMention = [start: number, end: number, node: string];

/** One file of the document store (`docs/<id>.json` next to graph.json), which the explorer's reader loads. */
export interface StoredDocument {
  id: string;
  file: string;
  title: string | null;
  date: string | null;
  url: string | null;
  /** The document as decoded: `text.slice(start, end)` is the `text` of every evidence item of this document. */
  text: string;
  /** Sorted by start; never overlapping (a name inside a longer name gives way to it). */
  mentions: StoredMention[];
  /** The sentences the build found, as flat `[start, end, start, end, …]` offsets in order; absent in older stores. */
  sentences?: number[];
}

export interface NodeAttributes {
  label: string;
  kind: EntityKind;
  aliases: string[];
  docs: string[];
  mentions: number;
  title?: string;
  country?: string;
  date?: string;
  place?: string;
  format?: string;
  x?: number;
  y?: number;
}

export interface EdgeAttributes {
  kind: RelationKind;
  evidence: Evidence[];
  what?: string;
  amount?: string;
  currency?: string;
  date?: string;
  program?: string;
  title?: string;
  meeting?: string;
  role?: string;
}

export interface GraphStats {
  documents: number;
  skipped: number;
  entities: Partial<Record<EntityKind, number>>;
  relations: Partial<Record<RelationKind, number>>;
}

export interface GraphAttributes {
  format: "policygraph";
  version: 1;
  documents: DocumentInfo[];
  stats: GraphStats;
}
