// The explorer in a real Chromium on the bundled graph: search, details with evidence, filters and their counts,
// the document reader's highlight, URLs that reopen the same view, and the same steps through window.policygraph.
// Expected values are read from graph-data/graph.json, so the tests follow the build rather than hard-code it.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EdgeAttributes, NodeAttributes } from "../../src/schema/graph.ts";
import { REPO_ROOT, launchBrowser, openExplorer as openBrowserExplorer, openPage, startServer } from "./_browser.ts";
import type { RunningServer } from "./_browser.ts";

interface FileNode {
  key: string;
  attributes: NodeAttributes;
}
interface FileEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}
const file = JSON.parse(readFileSync(join(REPO_ROOT, "graph-data/graph.json"), "utf8")) as {
  nodes: FileNode[];
  edges: FileEdge[];
};

const blinken = file.nodes.find((n) => n.attributes.kind === "person" && /blinken/i.test(n.attributes.label));
const blinkenEdges = file.edges.filter((e) => e.source === blinken?.key || e.target === blinken?.key);
/** A sentence about Blinken from the readout of the Mexico City meeting (the one whose evidence names the city). */
const mexicoCitySentence = blinkenEdges
  .flatMap((e) => e.attributes.evidence)
  .find((evidence) => /Mexico City/.test(evidence.text));

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const openExplorer = (path = "") => openBrowserExplorer(browser, server.url + path);

const summaryText = (page: Page) => page.locator("#filter-summary").textContent();

describe("the explorer on the bundled graph", () => {
  it("has a person called Blinken with a sentence from the Mexico City readout (fixture check)", () => {
    expect(blinken).toBeDefined();
    expect(mexicoCitySentence).toBeDefined();
  });

  it("finds 'blinken' by search, opens his details and shows the Mexico City sentence", async () => {
    const { page, errors } = await openExplorer();
    await page.locator("#search").fill("blinken");
    const first = page.locator("#search-results [role=option]").first();
    await expect.poll(() => first.getAttribute("data-node")).toBe(blinken?.key);
    await page.screenshot({ path: "/tmp/explorer-search.png" });
    await page.keyboard.press("Enter");

    await expect.poll(() => page.locator("#details-title").textContent()).toBe(blinken?.attributes.label);
    const quotes = await page.locator("#details blockquote").allTextContents();
    expect(quotes).toContain(mexicoCitySentence?.text);
    expect(new URL(page.url()).searchParams.get("node")).toBe(blinken?.key);
    await page.screenshot({ path: "/tmp/explorer-details.png" });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("clicking a neighbour in the details panel selects it", async () => {
    const { page } = await openExplorer(`?node=${encodeURIComponent(blinken?.key ?? "")}`);
    const neighbour = page.locator("#details .neighbour").first();
    const key = await neighbour.getAttribute("data-node");
    await neighbour.click();
    const label = file.nodes.find((n) => n.key === key)?.attributes.label;
    await expect.poll(() => page.locator("#details-title").textContent()).toBe(label);
    await page.close();
  });

  it("unticking a kind hides it and updates the counts", async () => {
    const { page } = await openExplorer();
    const people = new Set(file.nodes.filter((n) => n.attributes.kind === "person").map((n) => n.key));
    const nodesLeft = file.nodes.length - people.size;
    const edgesLeft = file.edges.filter((e) => !people.has(e.source) && !people.has(e.target)).length;
    expect(await summaryText(page)).toBe(
      `Showing ${file.nodes.length} of ${file.nodes.length} entities and ${file.edges.length} of ${file.edges.length} relations.`,
    );

    await page.locator('input[data-kind="person"]').uncheck();
    await expect
      .poll(() => summaryText(page))
      .toBe(
        `Showing ${nodesLeft} of ${file.nodes.length} entities and ${edgesLeft} of ${file.edges.length} relations.`,
      );
    const personRow = page.locator("label.check", { has: page.locator('input[data-kind="person"]') });
    expect(await personRow.locator(".count").textContent()).toBe(`0 / ${people.size}`);
    expect(new URL(page.url()).searchParams.get("kinds")).not.toBeNull();
    await page.screenshot({ path: "/tmp/explorer-filtered.png" });

    await page.goBack();
    await expect
      .poll(() => summaryText(page))
      .toBe(
        `Showing ${file.nodes.length} of ${file.nodes.length} entities and ${file.edges.length} of ${file.edges.length} relations.`,
      );
    await page.close();
  });

  it("opens the document at an evidence sentence, highlighted and in view, with clickable mentions", async () => {
    const { page } = await openExplorer(`?node=${encodeURIComponent(blinken?.key ?? "")}`);
    const item = page.locator("#details .evidence", { hasText: mexicoCitySentence?.text ?? "" }).first();
    await item.locator(".doc-link").click();
    const mark = page.locator("#reader mark");
    await expect.poll(() => mark.textContent()).toBe(mexicoCitySentence?.text);
    expect(await mark.isVisible()).toBe(true);
    const inView = await mark.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const panel = (element.closest(".side") as HTMLElement).getBoundingClientRect();
      return box.top < panel.bottom && box.bottom > panel.top;
    });
    expect(inView).toBe(true);
    expect(await page.locator("#reader .mention").count()).toBeGreaterThan(0);
    await page.screenshot({ path: "/tmp/explorer-reader.png" });

    const mention = page.locator(`#reader .mention[data-node="${blinken?.key}"]`).first();
    await mention.click();
    await expect.poll(() => page.locator("#details-title").textContent()).toBe(blinken?.attributes.label);
    await page.close();
  });

  it("reopens a copied URL with the same selection, filters and document", async () => {
    const first = await openExplorer();
    await first.page.locator("#search").fill("blinken");
    await first.page.keyboard.press("Enter");
    await expect.poll(() => first.page.locator("#details-title").textContent()).toBe(blinken?.attributes.label);
    await first.page.locator('input[data-kind="agency"]').uncheck();
    await first.page.locator("#details .doc-link").first().click();
    await expect.poll(() => first.page.locator("#reader mark").count()).toBe(1);
    const copied = first.page.url();
    const summary = await summaryText(first.page);
    const marked = await first.page.locator("#reader mark").textContent();
    await first.page.close();

    const second = await openPage(browser);
    await second.page.goto(copied);
    await second.page.waitForFunction(() => document.getElementById("app")?.dataset.state === "ready");
    expect(await second.page.evaluate(() => window.policygraph?.getSelection())).toBe(blinken?.key);
    expect(await summaryText(second.page)).toBe(summary);
    await expect.poll(() => second.page.locator("#reader mark").textContent()).toBe(marked);
    await second.page.close();
  });

  it("does the same through window.policygraph", async () => {
    const { page, errors } = await openExplorer();
    const result = await page.evaluate(async () => {
      const api = window.policygraph!;
      await api.ready;
      const hits = await api.search("blinken");
      const selected = await api.select(hits[0].key);
      const filters = await api.setFilters({ nodeKinds: ["person", "meeting"] });
      let failure = "";
      try {
        await api.select("person:nobody-at-all");
      } catch (error) {
        failure = (error as Error).message;
      }
      return { hits, selected, filters, selection: api.getSelection(), state: api.getState(), failure };
    });
    expect(result.hits[0]).toMatchObject({ key: blinken?.key, label: blinken?.attributes.label, kind: "person" });
    expect(result.selected).toBe(blinken?.key);
    expect(result.selection).toBe(blinken?.key);
    expect(result.filters.nodeKinds).toEqual(["person", "meeting"]);
    expect(result.state?.filters.nodeKinds).toEqual(["person", "meeting"]);
    expect(result.failure).toMatch(/explorer\.select: no entity with key "person:nobody-at-all"/);
    await expect.poll(() => page.locator("#details-title").textContent()).toBe(blinken?.attributes.label);
    const visible = file.nodes.filter((n) => ["person", "meeting"].includes(n.attributes.kind)).length;
    expect(await summaryText(page)).toMatch(new RegExp(`^Showing ${visible} of ${file.nodes.length} entities`));

    const badFilter = await page.evaluate(() =>
      window.policygraph!.setFilters({ nodeKinds: ["dragon"] } as never).then(
        () => "",
        (error: Error) => error.message,
      ),
    );
    expect(badFilter).toMatch(/filters: .*"dragon"/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("answers the same calls over postMessage from a page that embeds it", async () => {
    const watched = await openPage(browser);
    await watched.page.goto(`${server.url}?embed-host`);
    const result = await watched.page.evaluate(async (src) => {
      document.body.replaceChildren();
      const frame = document.createElement("iframe");
      frame.src = src;
      frame.style.width = "900px";
      frame.style.height = "600px";
      document.body.append(frame);
      const ready = new Promise<void>((resolve) =>
        window.addEventListener("message", (event) => {
          if (event.data?.type === "policygraph:event" && event.data.event === "ready") resolve();
        }),
      );
      await ready;
      let next = 0;
      const call = (method: string, ...args: unknown[]) =>
        new Promise<{ result?: unknown; error?: string }>((resolve) => {
          const id = ++next;
          const listen = (event: MessageEvent) => {
            if (event.data?.type === "policygraph:result" && event.data.id === id) {
              window.removeEventListener("message", listen);
              resolve(event.data);
            }
          };
          window.addEventListener("message", listen);
          frame.contentWindow!.postMessage({ type: "policygraph:call", id, method, args }, "*");
        });
      const hits = (await call("search", "lopez obrador")).result as Array<{ key: string; label: string }>;
      await call("select", hits[0].key);
      return {
        first: hits[0],
        selection: (await call("getSelection")).result,
        unknown: (await call("dropTables")).error,
      };
    }, `${server.url}?embedded`);
    expect(result.first.label).toMatch(/L[oó]pez Obrador/);
    expect(result.selection).toBe(result.first.key);
    expect(result.unknown).toMatch(/unknown method "dropTables"/);
    await watched.page.close();
  });

  it("is usable by keyboard: '/' focuses search, arrows pick, Escape clears the selection", async () => {
    const { page } = await openExplorer();
    await page.locator("body").press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    await page.keyboard.type("lopez obrador");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => window.policygraph?.getSelection())).not.toBeNull();
    await page.locator("#canvas").focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => window.policygraph?.getSelection())).toBeNull();
    await page.close();
  });

  it("gives every control an accessible name", async () => {
    const { page } = await openExplorer(`?node=${encodeURIComponent(blinken?.key ?? "")}`);
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll("button, input, select, [role=combobox], [tabindex='0']")]
        .filter((element) => {
          const el = element as HTMLElement;
          if (el.closest("[hidden]")) return false;
          const labelled =
            el.getAttribute("aria-label") ||
            el.getAttribute("aria-labelledby") ||
            el.textContent?.trim() ||
            (el.id && document.querySelector(`label[for="${el.id}"]`)) ||
            el.closest("label");
          return !labelled;
        })
        .map((element) => element.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);
    await page.close();
  });
});
