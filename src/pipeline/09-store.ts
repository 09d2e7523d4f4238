// Stage 09: the document store for the explorer's reader. One JSON file per document under `docs/` next to
// graph.json, holding the decoded text that evidence offsets index into and the mentions that became graph nodes,
// so that the reader can show any document with its names clickable.

import fs from "node:fs";
import path from "node:path";
import { hashKey } from "../graph/random.ts";
import type { DocumentInfo, StoredDocument, StoredMention } from "../schema/graph.ts";

export type { StoredDocument, StoredMention };

/** The folder of the store, relative to the folder of graph.json. */
export const DOCUMENT_STORE_FOLDER = "docs";

/** Longest file name (before ".json") the store writes; longer ids are cut and keep a hash of the whole id. */
const MAX_NAME_CHARS = 180;

/** 32-bit FNV-1a of a string's UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string): string {
  return hashKey(text).toString(16).padStart(8, "0");
}

/**
 * The store file of a document id, relative to the store folder: `doc:2021-03-note-txt` → `doc-2021-03-note-txt.json`.
 * ASCII letters, digits and hyphens are kept; any other character becomes `_` and its code point in hex, so two ids
 * never share a file name and the name is safe in a URL and on any file system.
 */
export function documentStoreFile(docId: string): string {
  let name = docId.replace(/:/g, "-").replace(/[^a-z0-9-]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}`);
  if (name.length > MAX_NAME_CHARS) name = `${name.slice(0, MAX_NAME_CHARS - 9)}-${fnv1a(docId)}`;
  return `${name}.json`;
}

/** The path of a document's store file relative to graph.json's folder, as recorded in `documents[i].store`. */
export function documentStorePath(docId: string): string {
  return `${DOCUMENT_STORE_FOLDER}/${documentStoreFile(docId)}`;
}

/** Mentions as stored: in range, on existing nodes, sorted, the outermost kept where two overlap. */
export function storedMentions(
  mentions: Iterable<{ start: number; end: number; entity: string }>,
  textLength: number,
  hasNode: (key: string) => boolean,
): StoredMention[] {
  const all: StoredMention[] = [];
  for (const m of mentions)
    if (m.start >= 0 && m.end <= textLength && m.start < m.end && hasNode(m.entity))
      all.push([m.start, m.end, m.entity]);
  all.sort((a, b) => a[0] - b[0] || b[1] - a[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
  const out: StoredMention[] = [];
  for (const m of all) if (!out.length || m[0] >= out[out.length - 1][1]) out.push(m);
  return out;
}

/** The record of one document. */
export function storedDocument(
  info: DocumentInfo,
  text: string,
  mentions: StoredMention[],
  sentences: number[],
): StoredDocument {
  return { id: info.id, file: info.file, title: info.title, date: info.date, url: info.url, text, mentions, sentences };
}

/**
 * Writes the store into `<folder of graphFile>/docs/` and removes the store files of documents no longer built.
 * Only `*.json` files directly in that folder whose names a store could have written are ever deleted.
 */
export function writeDocumentStore(
  graphFile: string,
  documents: StoredDocument[],
): { folder: string; written: number } {
  const folder = path.join(path.dirname(path.resolve(graphFile)), DOCUMENT_STORE_FOLDER);
  fs.mkdirSync(folder, { recursive: true });
  const names = new Set<string>();
  for (const d of documents) {
    const name = documentStoreFile(d.id);
    if (names.has(name)) throw new Error(`pipeline.store: two documents have the id ${d.id}; the second is ${d.file}`);
    names.add(name);
    fs.writeFileSync(path.join(folder, name), JSON.stringify(d) + "\n");
  }
  for (const entry of fs.readdirSync(folder, { withFileTypes: true }))
    if (entry.isFile() && /^doc-[a-z0-9_-]+\.json$/.test(entry.name) && !names.has(entry.name))
      fs.rmSync(path.join(folder, entry.name));
  return { folder, written: names.size };
}
