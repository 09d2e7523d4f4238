// The explorer with untrusted input in a real Chromium: titles, labels and document text that look like HTML are
// shown as text and run nothing, and a missing or malformed graph.json gets a screen that says what is wrong.

import Graph from "graphology";
import { rm } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentInfo, EdgeAttributes, GraphAttributes, NodeAttributes } from "../../src/schema/graph.ts";
import { launchBrowser, makeTempDir, openPage, startServer } from "./_browser.ts";
import type { RunningServer, WatchedPage } from "./_browser.ts";

const HOSTILE_TITLE = "<img src=x onerror=alert(1)>";
const HOSTILE_TEXT = `USAID said <img src=x onerror=alert(1)> and <script>alert(3)</script> in a statement.`;
const HOSTILE_STORE = JSON.stringify({
  id: "doc:001-html",
  file: "001.html",
  title: HOSTILE_TITLE,
  date: null,
  url: null,
  text: HOSTILE_TEXT,
  mentions: [[0, 5, "agency:usaid"]],
});
const SCREENSHOT = "/tmp/explorer-untrusted.png";

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
  {
    id: "doc:001-html",
    file: "001.html",
    title: HOSTILE_TITLE,
    date: null,
    url: "javascript:alert(2)",
    kind: null,
    chars: HOSTILE_TEXT.length,
    store: "docs/doc-001-html.json",
  },
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
  graph.addNode("agency:usaid", node(`USAID ${HOSTILE_TITLE}`, "agency", ["000.txt", "001.html"]));
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
  graph.addDirectedEdge("agency:usaid", "program:root-causes-strategy", {
    kind: "FUNDS",
    evidence: [{ doc: "001.html", text: HOSTILE_TEXT, start: 0, end: HOSTILE_TEXT.length }],
  });
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

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("the explorer with hostile text in its graph and documents", () => {
  let publicDir: string;
  let server: RunningServer;
  let watched: WatchedPage;

  beforeAll(async () => {
    publicDir = await makeTempDir({ "graph.json": smallGraphJson(), "docs/doc-001-html.json": HOSTILE_STORE });
    server = await startServer({ publicDir });
    watched = await openPage(browser);
    await watched.page.goto(`${server.url}?node=agency%3Ausaid`);
    await watched.page.waitForSelector('#app[data-state="ready"]');
  });

  afterAll(async () => {
    await watched?.page.close();
    await server?.close();
    if (publicDir) await rm(publicDir, { recursive: true, force: true });
  });

  it("shows a label that looks like HTML as text in the details panel", async () => {
    const { page } = watched;
    expect(await page.locator("#details-title").textContent()).toBe(`USAID ${HOSTILE_TITLE}`);
    expect(await page.locator("#details blockquote").allTextContents()).toContain(HOSTILE_TEXT);
  });

  it("shows document text that looks like HTML as text in the reader, and runs nothing", async () => {
    const { page, dialogs, errors } = watched;
    await page.locator("#details .evidence", { hasText: "onerror" }).locator(".doc-link").click();
    await expect.poll(() => page.locator("#reader mark").textContent()).toBe(HOSTILE_TEXT);
    expect(await page.locator("#reader-title").textContent()).toBe(HOSTILE_TITLE);
    expect(await page.locator("#app img, #app script").count()).toBe(0);
    // A javascript: URL from front matter never becomes a link.
    expect(await page.locator("#reader a").count()).toBe(0);
    await page.screenshot({ path: SCREENSHOT });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("lists every document in the document filter, the hostile title as text", async () => {
    const labels = await watched.page.locator(".doc-checklist label").allTextContents();
    expect(labels).toHaveLength(DOCUMENTS.length);
    expect(labels.some((label) => label.includes(HOSTILE_TITLE))).toBe(true);
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
    message: /^graph\.load: \S*\/graph\.json is not valid JSON/,
  },
  {
    when: "graph.json is not a policygraph file",
    files: { "graph.json": JSON.stringify({ attributes: { format: "gexf" }, nodes: [], edges: [] }) },
    message: /^graph\.load: attributes\.format is "gexf", expected "policygraph"/,
  },
  {
    when: "graph.json is missing",
    files: { "README.txt": "graph.json was never built" },
    message: /^graph\.load: \S*\/graph\.json was not found \(HTTP 404\)/,
  },
];

describe.each(ERROR_CASES)("the explorer when $when", ({ files, message }) => {
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

  it("shows an error screen saying what is wrong and how to build graph.json, and rejects policygraph.ready", async () => {
    const { page, errors } = await openPage(browser);
    try {
      await page.goto(server.url);
      await page.waitForSelector('#app[data-state="error"]');
      const alert = page.getByRole("alert");
      expect(await alert.locator(".message").textContent()).toMatch(message);
      expect(await alert.textContent()).toContain("Run npm run build:graph to build graph-data/graph.json");
      expect(await page.locator("#canvas").count()).toBe(0);
      const ready = await page.evaluate(() =>
        window.policygraph!.ready.then(
          () => "resolved",
          (error: Error) => error.message,
        ),
      );
      expect(ready).toMatch(message);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
