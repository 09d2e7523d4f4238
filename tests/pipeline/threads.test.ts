// Worker threads for the per-document stages: a build in two threads gives the graph and document store of a
// build in one, byte for byte; how many threads a build gets by default.

import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/pipeline/index.ts";
import {
  cueDocumentToWire,
  cueTextFromWire,
  cueTransferOf,
  MIN_DOCUMENTS_PER_THREAD,
  textFromWire,
  textToWire,
  threadCount,
  transferOf,
} from "../../src/pipeline/threads.ts";
import { mentionsFromColumns, mentionsToColumns, StringBook, StringCodes } from "../../src/pipeline/mention-columns.ts";
import { resolvedFromColumns, resolveToColumns } from "../../src/pipeline/05-resolve.ts";
import { columnsOfPlaced, placedColumns } from "../../src/pipeline/per-document.ts";
import { mentionFixture } from "../_pipeline.ts";

const CORPUS = fileURLToPath(new URL("../../graph-data/corpus", import.meta.url));

describe("a build in worker threads", () => {
  it("gives the same graph.json and document store with 1 and 2 threads on the bundled corpus", async () => {
    const one = await buildGraph({ inputs: [CORPUS], threads: 1 });
    const two = await buildGraph({ inputs: [CORPUS], threads: 2 });
    expect(one.threads).toBe(1);
    expect(two.threads).toBe(2);
    expect(JSON.stringify(two.graph.export())).toBe(JSON.stringify(one.graph.export()));
    expect(JSON.stringify(two.store)).toBe(JSON.stringify(one.store));
    expect(two.warnings).toEqual(one.warnings);
  });

  it("gives the same graph when the documents do not share out evenly (5 over 3 threads)", async () => {
    const one = await buildGraph({ inputs: [CORPUS], threads: 1 });
    const three = await buildGraph({ inputs: [CORPUS], threads: 3 });
    expect(three.threads).toBe(3);
    expect(JSON.stringify(three.graph.export())).toBe(JSON.stringify(one.graph.export()));
  });
});

describe("threadCount", () => {
  it.each([
    { requested: 1, documents: 5000, threads: 1 },
    { requested: 3, documents: 5000, threads: 3 },
    { requested: 4, documents: 2, threads: 2 },
    { requested: undefined, documents: 5, threads: 1 },
    { requested: undefined, documents: MIN_DOCUMENTS_PER_THREAD * 2 - 1, threads: 1 },
  ])("gives $threads for $requested requested and $documents documents", ({ requested, documents, threads }) => {
    expect(threadCount(requested, documents)).toBe(threads);
  });

  it("rejects a thread count that is not a positive whole number", () => {
    expect(() => threadCount(0, 10)).toThrow(/^pipeline\.threads: the thread count must be a positive integer/);
    expect(() => threadCount(1.5, 10)).toThrow(/^pipeline\.threads:/);
  });
});

describe("mentions as columns", () => {
  it("gives back every mention, field for field, list by list", () => {
    const docs = mentionFixture({
      "a.txt":
        "The Mexican delegation met Prime Minister Kaja Kallas in Tallinn, Estonia, and the U.S.-Chile Tidal Power Dialogue.",
      "b.txt": "",
      "c.txt": "Foreign Minister Penny Wong of Australia spoke with Secretary Jane Roe. Storms hit the Wast.",
    });
    const lists = docs.map((d) => d.mentions);
    expect(lists[0].length).toBeGreaterThan(3);
    expect(lists[2]).toContainEqual(expect.objectContaining({ name: "Wast", articleLead: true }));
    expect(mentionsFromColumns(mentionsToColumns(lists))).toStrictEqual(lists);
  });

  it("sends each distinct string once per sender: a later batch names the strings of earlier ones by code", () => {
    const docs = mentionFixture({
      "a.txt": "Prime Minister Kaja Kallas met Foreign Minister Penny Wong in Tallinn, Estonia.",
      "b.txt": "Prime Minister Kaja Kallas spoke with Foreign Minister Penny Wong about Estonia.",
    });
    const codes = new StringCodes();
    const first = mentionsToColumns([docs[0].mentions], codes);
    const second = mentionsToColumns([docs[1].mentions], codes);
    expect(first.strings).toEqual(expect.arrayContaining(["Kaja Kallas", "Penny Wong", "Estonia"]));
    expect(second.strings).not.toContain("Kaja Kallas");
    const book = new StringBook();
    expect(mentionsFromColumns(first, book)).toStrictEqual([docs[0].mentions]);
    expect(mentionsFromColumns(second, book)).toStrictEqual([docs[1].mentions]);
  });
});

describe("resolved mentions as columns", () => {
  it("index the document's own mentions, in order, each bound to an entity of the corpus", () => {
    const docs = mentionFixture({
      "a.txt": "Prime Minister Kaja Kallas met today with Foreign Minister Penny Wong in Tallinn, Estonia.",
    });
    const { entities, byDoc } = resolveToColumns(docs);
    const columns = byDoc.get("a.txt")!;
    expect(columns.mention.length).toBeGreaterThan(2);
    expect([...columns.mention]).toEqual([...columns.mention].sort((a, b) => a - b));
    const resolved = resolvedFromColumns(docs[0].mentions, columns);
    resolved.forEach((r, k) => {
      const mention = docs[0].mentions[columns.mention[k]];
      expect(r).toMatchObject({ start: mention.start, end: mention.end, surface: mention.surface });
      expect(entities.get(r.entity)?.kind).toBe(r.kind);
    });
    expect(resolved.map((r) => entities.get(r.entity)!.label)).toEqual(
      expect.arrayContaining(["Kaja Kallas", "Penny Wong", "Estonia"]),
    );
  });

  it("cross threads with each entity named by its place in the entity table, and come back the same", () => {
    const docs = mentionFixture({
      "a.txt": "Prime Minister Kaja Kallas met today with Foreign Minister Penny Wong in Tallinn, Estonia.",
    });
    const { entities, byDoc } = resolveToColumns(docs);
    const table = {
      ids: [...entities.keys()],
      kinds: [...entities.values()].map((e) => e.kind),
      labels: [],
      countries: [],
      calledBy: [],
    };
    const columns = byDoc.get("a.txt")!;
    const placed = placedColumns(columns, new Map(table.ids.map((id, k) => [id, k])));
    expect(Array.from(placed.entity, (k) => table.ids[k])).toEqual(columns.entity);
    expect(columnsOfPlaced(placed, table)).toStrictEqual(columns);
  });
});

describe("document text on its way to a worker", () => {
  const meta = { title: "Readout", date: "2021-03-01", url: null, kind: null, extra: {} };

  it.each([
    ["plain ASCII", "President Kallas met Prime Minister Tamm."],
    ["curly quotes, dashes and accents", "“Tallinn’s port” — said Ruiz, in São Paulo, 3 km away."],
    ["a character outside the BMP", "Both leaders 🤝 agreed in Tallinn."],
  ])("crosses as UTF-8 bytes and comes back as the same text: %s", (_case, text) => {
    const wire = textToWire({ file: "a.txt", text, meta });
    expect("utf8" in wire).toBe(true);
    expect(transferOf([{ source: wire }])).toHaveLength(1);
    const back = textFromWire(structuredClone(wire));
    expect(back).toEqual({ file: "a.txt", text, meta });
    expect(back.text.length).toBe(text.length);
  });

  it("sends a text that UTF-8 cannot hold (a lone surrogate) as the string itself", () => {
    const text = "Tallinn \ud800 Tamm";
    const wire = textToWire({ file: "a.txt", text, meta });
    expect("utf8" in wire).toBe(false);
    expect(transferOf([{ source: wire }])).toEqual([]);
    expect(textFromWire(structuredClone(wire)).text).toBe(text);
  });
});

describe("a document of the main thread on its way to a worker for its sentence cues", () => {
  const bounds = Int32Array.from([0, 8, 9, 16]);

  it("crosses as UTF-8 bytes with its sentence bounds, both handed over, and comes back as the same text", () => {
    const text = "Tallinn’s port. São Paulo.";
    const wire = cueDocumentToWire(3, text, bounds, "2021-03-01");
    expect("utf8" in wire.text).toBe(true);
    expect(cueTransferOf([wire])).toHaveLength(2);
    const back = structuredClone(wire);
    expect(cueTextFromWire(back)).toBe(text);
    expect([back.index, Array.from(back.bounds), back.date]).toEqual([3, [0, 8, 9, 16], "2021-03-01"]);
  });

  it("sends a text that UTF-8 cannot hold (a lone surrogate) as the string itself", () => {
    const wire = cueDocumentToWire(0, "Tallinn \ud800 Tamm", bounds, null);
    expect("utf8" in wire.text).toBe(false);
    expect(cueTransferOf([wire])).toHaveLength(1);
    expect(cueTextFromWire(structuredClone(wire))).toBe("Tallinn \ud800 Tamm");
  });
});
