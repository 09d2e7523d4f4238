// The counts page in a real Chromium: counts computed from the graph, untrusted titles shown as text, and an error
// screen that says what is wrong and how to build graph.json.

import Graph from "graphology";
import { rm } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTITY_KINDS, RELATION_KINDS } from "../../src/schema/graph.ts";
import type { DocumentInfo, EdgeAttributes, GraphAttributes, NodeAttributes } from "../../src/schema/graph.ts";
import { launchBrowser, makeTempDir, openPage, startServer } from "./_browser.ts";
import type { RunningServer, WatchedPage } from "./_browser.ts";

const HOSTILE_TITLE = "<img src=x onerror=alert(1)>";
const SCREENSHOT = "/tmp/counts-page.png";

const DOCUMENTS: DocumentInfo[] = [
  {
    id: "doc:000-txt",
    file: "000.txt",
    title: "Fact sheet: the Root Causes Strategy",
    date: "2021-07-29",
    url: null,
    kind: "fact sheet",
    chars: 5120,
  },
  { id: "doc:001-html", file: "001.html", title: HOSTILE_TITLE, date: null, url: null, kind: null, chars: 812 },
  { id: "doc:002-txt", file: "notes/002.txt", title: null, date: "2021-03", url: null, kind: null, chars: 240 },
];

function node(label: string, kind: NodeAttributes["kind"], docs: string[]): NodeAttributes {
  return { label, kind, aliases: [], docs, mentions: docs.length };
}

function edge(kind: EdgeAttributes["kind"], doc: string, text: string): EdgeAttributes {
  return { kind, evidence: [{ doc, text, start: 0, end: text.length }] };
}

/** A small multi, mixed graph in the shape the build step emits: 6 entities, 5 relations, 3 documents. */
function smallGraphJson(): string {
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ multi: true, type: "mixed" });
  graph.addNode("person:joe-biden", node("Joe Biden", "person", ["000.txt"]));
  graph.addNode("person:andres-manuel-lopez-obrador", node("Andrés Manuel López Obrador", "person", ["000.txt"]));
  graph.addNode("agency:usaid", node("USAID", "agency", ["000.txt", "001.html"]));
  graph.addNode("program:root-causes-strategy", node("Root Causes Strategy", "program", ["000.txt"]));
  graph.addNode("country:mexico", node("Mexico", "country", ["000.txt"]));
  graph.addNode("country:guatemala", node("Guatemala", "country", ["001.html"]));
  graph.addUndirectedEdge(
    "person:andres-manuel-lopez-obrador",
    "person:joe-biden",
    edge("MET_WITH", "000.txt", "Biden met López Obrador"),
  );
  graph.addDirectedEdge("agency:usaid", "program:root-causes-strategy", edge("FUNDS", "000.txt", "USAID funds"));
  // A second FUNDS edge between the same pair: the page must count parallel edges of a multigraph.
  graph.addDirectedEdge("agency:usaid", "program:root-causes-strategy", edge("FUNDS", "001.html", "USAID will fund"));
  graph.addUndirectedEdge(
    "country:guatemala",
    "country:mexico",
    edge("PARTNERS_WITH", "001.html", "Mexico and Guatemala"),
  );
  graph.addDirectedEdge(
    "person:andres-manuel-lopez-obrador",
    "country:mexico",
    edge("LEADS", "000.txt", "President López Obrador"),
  );
  graph.replaceAttributes({
    format: "policygraph",
    version: 1,
    documents: DOCUMENTS,
    // Zeros on purpose: the page must count from the graph itself, not echo the build step's stats.
    stats: { documents: 0, skipped: 0, entities: {}, relations: {} },
  });
  return JSON.stringify(graph.export());
}

function expectedRows(kinds: readonly string[], counts: Record<string, number>): string[][] {
  return kinds.map((kind) => [kind, String(counts[kind] ?? 0)]);
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("counts page with a small graph", () => {
  let publicDir: string;
  let server: RunningServer;
  let watched: WatchedPage;

  beforeAll(async () => {
    publicDir = await makeTempDir({ "graph.json": smallGraphJson() });
    server = await startServer({ publicDir });
    watched = await openPage(browser);
    await watched.page.goto(server.url);
    await watched.page.waitForSelector('main[data-state="ready"]');
    await watched.page.waitForLoadState("networkidle");
  });

  afterAll(async () => {
    await watched?.page.close();
    await server?.close();
    if (publicDir) await rm(publicDir, { recursive: true, force: true });
  });

  it("shows the title and the totals of documents, entities and relations", async () => {
    const { page } = watched;
    expect(await page.title()).toBe("policygraph");
    expect(await page.locator("h1").textContent()).toBe("policygraph");
    expect(await page.locator("#total-documents").textContent()).toBe("3");
    expect(await page.locator("#total-entities").textContent()).toBe("6");
    expect(await page.locator("#total-relations").textContent()).toBe("5");
  });

  it("counts entities per kind from the graph's nodes, every schema kind listed", async () => {
    const rows = await watched.page.$$eval("#entities tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("th, td")].map((cell) => cell.textContent)),
    );
    expect(rows).toEqual(expectedRows(ENTITY_KINDS, { person: 2, agency: 1, program: 1, country: 2 }));
    expect(await watched.page.locator("#entities tfoot td").textContent()).toBe("6");
  });

  it("counts relations per kind from the graph's edges, parallel edges included", async () => {
    const rows = await watched.page.$$eval("#relations tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("th, td")].map((cell) => cell.textContent)),
    );
    expect(rows).toEqual(expectedRows(RELATION_KINDS, { MET_WITH: 1, FUNDS: 2, PARTNERS_WITH: 1, LEADS: 1 }));
    expect(await watched.page.locator("#relations tfoot td").textContent()).toBe("5");
  });

  it("gives every table an accessible caption and column headers", async () => {
    const tables = await watched.page.$$eval("table", (list) =>
      list.map((table) => ({
        caption: table.caption?.textContent ?? "",
        headers: [...table.querySelectorAll("thead th")].map((th) => th.getAttribute("scope")),
      })),
    );
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      expect(table.caption).not.toBe("");
      expect(table.headers.every((scope) => scope === "col")).toBe(true);
    }
    expect(await watched.page.getByRole("table", { name: /Entities per kind/ }).count()).toBe(1);
    expect(await watched.page.getByRole("table", { name: /Relations per kind/ }).count()).toBe(1);
  });

  it("lists the documents with title, date and file", async () => {
    const rows = await watched.page.$$eval("#documents tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((cell) => cell.textContent)),
    );
    expect(rows).toEqual([
      ["Fact sheet: the Root Causes Strategy", "2021-07-29", "000.txt"],
      [HOSTILE_TITLE, "unknown", "001.html"],
      ["untitled", "2021-03", "notes/002.txt"],
    ]);
  });

  it("shows the title '<img src=x onerror=alert(1)>' as text: no element, no dialog, no page error", async () => {
    const { page, dialogs, errors } = watched;
    expect(await page.locator("#documents tbody tr").nth(1).locator("td").first().textContent()).toBe(HOSTILE_TITLE);
    expect(await page.locator("main img").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it(`looks tidy (screenshot in ${SCREENSHOT})`, async () => {
    await watched.page.screenshot({ path: SCREENSHOT, fullPage: true });
  });
});

interface ErrorCase {
  when: string;
  /** The published folder: graph.json or its absence. */
  files: Record<string, string>;
  message: RegExp;
}

const ERROR_CASES: ErrorCase[] = [
  {
    when: "graph.json is malformed JSON",
    files: { "graph.json": '{"attributes": {"format": "policygraph", "version": 1,' },
    message: /^graph\.load: \.\/graph\.json is not valid JSON/,
  },
  {
    when: "graph.json is not a policygraph file",
    files: { "graph.json": JSON.stringify({ attributes: { format: "gexf" }, nodes: [], edges: [] }) },
    message: /^graph\.load: attributes\.format is "gexf", expected "policygraph"/,
  },
  {
    when: "graph.json is missing",
    files: { "README.txt": "graph.json was never built" },
    message: /^graph\.load: \.\/graph\.json was not found \(HTTP 404\)/,
  },
];

describe.each(ERROR_CASES)("counts page when $when", ({ files, message }) => {
  let publicDir: string;
  let server: RunningServer;

  beforeAll(async () => {
    publicDir = await makeTempDir(files);
    server = await startServer({ publicDir });
  });

  afterAll(async () => {
    await server?.close();
    if (publicDir) await rm(publicDir, { recursive: true, force: true });
  });

  it("shows an error screen saying what is wrong and how to build graph.json", async () => {
    const { page, errors } = await openPage(browser);
    try {
      await page.goto(server.url);
      await page.waitForSelector('main[data-state="error"]');
      const alert = page.getByRole("alert");
      expect(await alert.locator(".message").textContent()).toMatch(message);
      expect(await alert.textContent()).toContain("Run npm run build:graph to build graph-data/graph.json");
      expect(await page.locator("table").count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
