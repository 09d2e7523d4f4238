// Stage 09 (document store): one JSON file per document next to graph.json, whose text every evidence item quotes
// exactly and whose mentions point at nodes of the graph; stale files go, nothing else in the folder is touched.

import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  documentStoreFile,
  documentStorePath,
  storedMentions,
  writeDocumentStore,
  type StoredDocument,
} from "../../src/pipeline/09-store.ts";
import { buildGraph, type BuildResult } from "../../src/pipeline/index.ts";
import type { DocumentInfo, GraphAttributes } from "../../src/schema/graph.ts";
import { allEvidence } from "../_pipeline.ts";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CORPUS = path.join(REPO_ROOT, "graph-data", "corpus");

const temporaryFolders: string[] = [];
afterAll(() => {
  for (const folder of temporaryFolders) fs.rmSync(folder, { recursive: true, force: true });
});
function temporaryFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "policygraph-store-"));
  temporaryFolders.push(folder);
  return folder;
}

describe("documentStoreFile", () => {
  it.each([
    { id: "doc:001-txt", file: "doc-001-txt.json" },
    { id: "doc:2021-03-note-md", file: "doc-2021-03-note-md.json" },
    { id: "doc:доклад-txt", file: "doc-_434_43e_43a_43b_430_434-txt.json" },
    { id: "doc:a-b-txt-2", file: "doc-a-b-txt-2.json" },
  ])("names the store file of '$id' '$file'", ({ id, file }) => {
    expect(documentStoreFile(id)).toBe(file);
    expect(documentStorePath(id)).toBe(`docs/${file}`);
  });

  it("cuts a very long id and keeps two long ids apart by a hash of the whole id", () => {
    const a = documentStoreFile(`doc:${"x".repeat(300)}-a`);
    const b = documentStoreFile(`doc:${"x".repeat(300)}-b`);
    expect(a.length).toBeLessThanOrEqual(200);
    expect(a).toMatch(/^doc-x+-[0-9a-f]{8}\.json$/);
    expect(a).not.toBe(b);
  });
});

describe("storedMentions", () => {
  it("sorts by start, keeps the outer of two overlapping names and drops those off the graph or out of range", () => {
    const nodes = new Set(["program:a-b-dialogue", "country:b", "person:c"]);
    const mentions = storedMentions(
      [
        { start: 30, end: 31, entity: "person:c" },
        { start: 4, end: 7, entity: "country:b" },
        { start: 0, end: 20, entity: "program:a-b-dialogue" },
        { start: 22, end: 25, entity: "person:not-a-node" },
        { start: 40, end: 99, entity: "person:c" },
      ],
      50,
      (key) => nodes.has(key),
    );
    expect(mentions).toEqual([
      [0, 20, "program:a-b-dialogue"],
      [30, 31, "person:c"],
    ]);
  });
});

describe("the document store of the bundled corpus", () => {
  let built: BuildResult;
  beforeAll(async () => {
    built = await buildGraph({ inputs: [CORPUS] });
  });

  const documents = () => (built.graph.getAttributes() as unknown as GraphAttributes).documents;

  it("has one record per document, in the order of attributes.documents, named in its `store` field", () => {
    expect(built.store.map((d) => d.id)).toEqual(documents().map((d) => d.id));
    for (const info of documents() as Array<DocumentInfo & { store?: string }>) {
      expect(info.store).toBe(`docs/${documentStoreFile(info.id)}`);
      const record = built.store.find((d) => d.id === info.id)!;
      expect(record).toMatchObject({ file: info.file, title: info.title, date: info.date, url: info.url });
      expect(record.text.length).toBe(info.chars);
    }
  });

  it("holds each file's decoded text, without a byte-order mark", () => {
    for (const d of built.store)
      expect(d.text).toBe(fs.readFileSync(path.join(CORPUS, d.file), "utf8").replace(/^\ufeff/, ""));
  });

  it("gives every evidence item's text as store.text.slice(start, end)", () => {
    const byFile = new Map(built.store.map((d) => [d.file, d]));
    const evidence = allEvidence(built.graph);
    expect(evidence.length).toBeGreaterThan(0);
    for (const { edge, evidence: x } of evidence)
      expect(byFile.get(x.doc)?.text.slice(x.start, x.end), edge).toBe(x.text);
  });

  it("lists mentions in range, sorted, not overlapping, each on an existing node", () => {
    for (const d of built.store) {
      expect(d.mentions.length, d.file).toBeGreaterThan(0);
      let previousEnd = 0;
      for (const [start, end, node] of d.mentions) {
        expect(start).toBeGreaterThanOrEqual(previousEnd);
        expect(end).toBeGreaterThan(start);
        expect(end).toBeLessThanOrEqual(d.text.length);
        expect(built.graph.hasNode(node), `${d.file} ${node}`).toBe(true);
        previousEnd = end;
      }
    }
  });
});

describe("writeDocumentStore", () => {
  const record = (id: string, file: string): StoredDocument => ({
    id,
    file,
    title: null,
    date: null,
    url: null,
    text: `Text of ${file}.`,
    mentions: [],
  });

  it("writes docs/ next to the graph file, and removes only the store files no longer built", () => {
    const root = temporaryFolder();
    const graphFile = path.join(root, "out", "graph.json");
    const docs = path.join(root, "out", "docs");
    writeDocumentStore(graphFile, [record("doc:a-txt", "a.txt"), record("doc:b-txt", "b.txt")]);
    expect(fs.readdirSync(docs).sort()).toEqual(["doc-a-txt.json", "doc-b-txt.json"]);
    fs.writeFileSync(path.join(docs, "README.md"), "kept");
    fs.writeFileSync(path.join(docs, "index.json"), "{}");
    fs.mkdirSync(path.join(docs, "doc-sub.json"));
    fs.writeFileSync(path.join(root, "out", "doc-a-txt.json"), "outside the store");

    const result = writeDocumentStore(graphFile, [record("doc:b-txt", "b.txt")]);
    expect(result).toEqual({ folder: docs, written: 1 });
    expect(fs.readdirSync(docs).sort()).toEqual(["README.md", "doc-b-txt.json", "doc-sub.json", "index.json"]);
    expect(fs.existsSync(path.join(root, "out", "doc-a-txt.json"))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(docs, "doc-b-txt.json"), "utf8"))).toEqual(
      record("doc:b-txt", "b.txt"),
    );
  });

  it("refuses two documents with one id", () => {
    const root = temporaryFolder();
    expect(() =>
      writeDocumentStore(path.join(root, "graph.json"), [record("doc:a-txt", "a.txt"), record("doc:a-txt", "A.txt")]),
    ).toThrow(/^pipeline\.store: two documents have the id doc:a-txt/);
  });
});

describe("build:graph writes the store", () => {
  it("puts docs/ next to --out, the same bytes on a second build", async () => {
    const root = temporaryFolder();
    const input = path.join(root, "in");
    fs.mkdirSync(input);
    fs.writeFileSync(
      path.join(input, "a b.txt"),
      "Prime Minister Kaja Kallas met today with Foreign Minister Penny Wong.\n",
    );
    fs.writeFileSync(path.join(input, "a-b.txt"), "Foreign Minister Penny Wong visited Tallinn, Estonia.\n");
    const out = path.join(root, "out", "g.json");
    const exec = promisify(execFile);
    const run = () => exec("npx", ["tsx", "src/pipeline/cli.ts", "--input", input, "--out", out], { cwd: REPO_ROOT });
    await run();
    const docs = path.join(root, "out", "docs");
    const read = () =>
      fs
        .readdirSync(docs)
        .sort()
        .map((f) => [f, fs.readFileSync(path.join(docs, f), "utf8")]);
    const first = read();
    expect(first.map(([f]) => f)).toEqual(["doc-a-b-txt-2.json", "doc-a-b-txt.json"]);
    const graph = JSON.parse(fs.readFileSync(out, "utf8")) as { attributes: GraphAttributes };
    expect(graph.attributes.documents.map((d) => (d as DocumentInfo & { store?: string }).store)).toEqual([
      "docs/doc-a-b-txt.json",
      "docs/doc-a-b-txt-2.json",
    ]);
    const kallas = JSON.parse(first[1][1]) as StoredDocument;
    expect(kallas.mentions.map(([s, e, node]) => [kallas.text.slice(s, e), node])).toEqual([
      ["Kaja Kallas", "person:kaja-kallas"],
      ["Penny Wong", "person:penny-wong"],
    ]);
    await run();
    expect(read()).toEqual(first);
  });
});
