// The path finder in a real Chromium on the bundled graph: "path from here / to here", hops with their sentences
// and documents, the canvas highlight in the URL's state, options and the no-detour-through-a-country default, the URL and
// back button, window.policygraph.findPath, the no-path message, and "why are these two connected?".
// Pairs and expected hop counts come from graph-data/graph.json through the same kernel, not hard-coded.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGraph } from "../../src/graph/load.ts";
import { DEFAULT_PATH_SETTINGS, excludedClasses, noChainClasses } from "../../src/graph/path-options.ts";
import type { ExcludedKind } from "../../src/graph/path-options.ts";
import { buildCsr, csrInputFromGraph } from "../../workers/csr.ts";
import { kShortestPaths, shortestPath } from "../../workers/paths.ts";
import { REPO_ROOT, launchBrowser, openExplorer as openBrowserExplorer, startServer } from "./_browser.ts";
import type { RunningServer } from "./_browser.ts";

const loaded = parseGraph(readFileSync(join(REPO_ROOT, "graph-data/graph.json"), "utf8"), "graph.json");
if (!loaded.ok) throw new Error(loaded.error);
const graph = loaded.graph;
const input = csrInputFromGraph(graph);
const csr = buildCsr(input);
const indexOf = new Map(input.nodeKeys.map((key, i) => [key, i]));
/** The kernel's options for what the panel shows as excluded kinds. */
const kernelOptions = (excludeKinds: readonly ExcludedKind[] = DEFAULT_PATH_SETTINGS.excludeKinds) => ({
  excludeKinds: excludedClasses(excludeKinds),
  noChainKinds: noChainClasses(excludeKinds),
});
const hopsBetween = (a: string, b: string, excludeKinds = DEFAULT_PATH_SETTINGS.excludeKinds) =>
  shortestPath(csr, indexOf.get(a)!, indexOf.get(b)!, kernelOptions(excludeKinds))?.edges.length ?? null;
const label = (key: string) => graph.getNodeAttribute(key, "label");
const ofKind = (kind: string) => graph.filterNodes((_key, attributes) => attributes.kind === kind).sort();

const alternatives = (a: string, b: string) =>
  kShortestPaths(csr, indexOf.get(a)!, indexOf.get(b)!, 3, { ...kernelOptions(), weighted: true }).length;
/** The first person and program (by key) at least two hops apart under the default options, with alternatives. */
const [from, to] = (() => {
  for (const person of ofKind("person"))
    for (const program of ofKind("program"))
      if ((hopsBetween(person, program) ?? 0) >= 2 && alternatives(person, program) >= 2) return [person, program];
  return [undefined, undefined];
})();
const expectedHops = from && to ? hopsBetween(from, to) : null;
/** A person who is a member of a country, and that country. */
const membership = graph.findEdge(
  (_edge, attributes, _source, target) =>
    attributes.kind === "MEMBER_OF" && graph.getNodeAttribute(target, "kind") === "country",
);
const metWith = graph.findEdge((_edge, attributes) => attributes.kind === "MET_WITH");
/** Two members of one country whom only the detour through it joins in two hops. */
const [compatriot, otherCompatriot] = (() => {
  const people = ofKind("person");
  for (const a of people)
    for (const b of people)
      if (a < b && hopsBetween(a, b, []) === 2 && (hopsBetween(a, b) ?? Infinity) > 2) return [a, b];
  return [undefined, undefined];
})();

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

const pathState = (page: Page) => page.locator("#app").getAttribute("data-path");
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe("the path finder", () => {
  it("has a person and a program two or more hops apart, a country membership and a meeting of two (fixture check)", () => {
    expect(from && to && expectedHops).toBeTruthy();
    expect(membership).toBeDefined();
    expect(metWith).toBeDefined();
    expect(compatriot && otherCompatriot).toBeTruthy();
  });

  it("opens with P, the From box focused", async () => {
    const { page } = await openExplorer();
    await page.locator("#canvas").focus();
    await page.keyboard.press("p");
    await expect.poll(() => page.locator("#tab-path").getAttribute("aria-selected")).toBe("true");
    expect(await page.evaluate("document.activeElement?.id")).toBe("path-from");
    await page.close();
  });

  it("starts from the details panel, lists each hop with its sentence, and writes the path into the URL", async () => {
    const { page, errors } = await openExplorer(`?node=${encodeURIComponent(from!)}`);
    await page.click("#path-from-here");
    await expect.poll(() => page.locator("#tab-path").getAttribute("aria-selected")).toBe("true");
    await page.locator("#path-to").fill(label(to!));
    await expect.poll(() => page.locator("#path-to-results [role=option]").first().getAttribute("data-node")).toBe(to);
    await page.keyboard.press("Enter");
    await expect.poll(() => pathState(page)).toBe("found");

    const hops = page.locator(".hops > .hop");
    expect(await hops.count()).toBe(expectedHops);
    for (let i = 0; i < expectedHops!; i++) {
      const edge = (await hops.nth(i).getAttribute("data-edge"))!;
      const quote = await hops.nth(i).locator("blockquote").textContent();
      expect(graph.getEdgeAttribute(edge, "evidence").map((item) => item.text)).toContain(quote);
    }
    expect(await hops.first().locator("[data-node]").first().getAttribute("data-node")).toBe(from);
    expect(await hops.last().locator("[data-node]").last().getAttribute("data-node")).toBe(to);
    expect(param(page, "path")).toBe(`${from},${to}`);
    await page.screenshot({ path: "/tmp/explorer-path.png" });

    // A hop's document link opens the reader on that very sentence.
    const quote = await hops.first().locator("blockquote").textContent();
    await hops.first().locator(".doc-link").click();
    await expect.poll(() => page.locator("#reader .evidence-highlight").textContent()).toBe(quote);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reopens the path, its options and the alternative shown from the URL; back returns to the one before", async () => {
    const { page, errors } = await openExplorer(`?path=${from},${to}&k=3&weighted=1&alt=1`);
    await expect.poll(() => pathState(page)).toBe("found");
    expect(await page.locator("#path-weighted").isChecked()).toBe(true);
    expect(await page.locator("#path-k").inputValue()).toBe("3");
    const choices = page.locator(".path-choices .path-choice");
    expect(await choices.count()).toBe(alternatives(from!, to!));
    expect(await choices.nth(1).getAttribute("aria-pressed")).toBe("true");
    const shownEdges = () => page.locator(".hops > .hop").evaluateAll((items) => items.map((i) => i.dataset.edge));
    const second = await shownEdges();
    await choices.nth(0).click();
    await expect.poll(() => param(page, "alt")).toBeNull();
    expect(await shownEdges()).not.toEqual(second);
    await page.goBack();
    await expect.poll(() => param(page, "alt")).toBe("1");
    await expect.poll(() => choices.nth(1).getAttribute("aria-pressed")).toBe("true");
    expect(await shownEdges()).toEqual(second);
    const state = await page.evaluate("window.policygraph.getState().path");
    expect(state).toMatchObject({ from, to, settings: { k: 3, weighted: true } });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("skips detours through a country by default, as a ticked option that can be cleared, and keeps one membership", async () => {
    const { page } = await openExplorer(`?path=${compatriot},${otherCompatriot}`);
    await expect.poll(() => pathState(page)).not.toBe("finding");
    expect(await page.locator("#path-skip-country").isChecked()).toBe(true);
    const kinds = async () =>
      page.locator(".hops > .hop").evaluateAll((items) => items.map((item) => item.getAttribute("data-kind")));
    expect(await kinds()).not.toEqual(["MEMBER_OF", "MEMBER_OF"]);

    await page.locator(".path-options summary").click();
    await page.locator("#path-skip-country").uncheck();
    await expect.poll(kinds).toEqual(["MEMBER_OF", "MEMBER_OF"]);
    expect(param(page, "exclude")).toBe("");

    // One membership is no detour: a person and their country are joined by it under the default.
    await page.goto(`${server.url}?path=${graph.source(membership!)},${graph.target(membership!)}`);
    // A fresh page load: the graph, its layout and the path are read again, as openExplorer waits for.
    await page.waitForFunction(() => document.getElementById("app")?.dataset.state === "ready", null, {
      timeout: 30_000,
    });
    await expect.poll(() => pathState(page), { timeout: 10_000 }).toBe("found");
    await expect.poll(kinds).toEqual(["MEMBER_OF"]);
    expect(await page.locator("#path-skip-country").isChecked()).toBe(true);
    await page.close();
  });

  it("answers window.policygraph.findPath with hops and evidence, and rejects bad options with a message", async () => {
    const { page, errors } = await openExplorer();
    const result = (await page.evaluate(
      `window.policygraph.findPath(${JSON.stringify(from)}, ${JSON.stringify(to)}, { k: 2 })`,
    )) as {
      found: boolean;
      hops: Array<{ source: string; target: string; kind: string; evidence: Array<{ text: string }> }>;
      alternatives: unknown[];
      options: { k: number; excludeKinds: string[] };
    };
    expect(result.found).toBe(true);
    expect(result.hops).toHaveLength(expectedHops!);
    expect(result.hops[0].source).toBe(from);
    expect(result.hops.at(-1)!.target).toBe(to);
    for (const hop of result.hops) expect(hop.evidence.length).toBeGreaterThan(0);
    expect(result.options).toMatchObject({ k: 2, excludeKinds: ["country-detours"] });
    expect(result.alternatives.length).toBeLessThanOrEqual(2);
    await expect.poll(() => page.locator(".hops > .hop").count()).toBe(expectedHops);

    const bad = await page.evaluate(
      `window.policygraph.findPath(${JSON.stringify(from)}, ${JSON.stringify(to)}, { excludeKinds: ["PAYS"] }).then(() => "resolved", (e) => e.message)`,
    );
    expect(bad).toMatch(/^policygraph\.findPath: paths\.options: unknown relation kind "PAYS"/);
    const unknown = await page.evaluate(
      `window.policygraph.findPath("person:nobody", ${JSON.stringify(to)}).catch((e) => e.message)`,
    );
    expect(unknown).toMatch(/^policygraph\.findPath: from "person:nobody" is no entity key/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says there is no connection within the current filters, names the filter that blocks one, and clears it", async () => {
    const { page } = await openExplorer();
    await page.evaluate(`window.policygraph.setFilters({ relationKinds: ["LOCATED_IN"] })`);
    const result = (await page.evaluate(
      `window.policygraph.findPath(${JSON.stringify(from)}, ${JSON.stringify(to)})`,
    )) as {
      found: boolean;
      message: string;
    };
    expect(result.found).toBe(false);
    expect(result.message).toMatch(
      /^No connection within the current filters: the explorer's filters \(relation kinds\)/,
    );
    await expect.poll(() => page.locator(".no-path").textContent()).toBe(result.message);

    // One click removes the blocker: the filters are cleared and the path comes back.
    expect(await page.locator("#path-remedy").textContent()).toBe("Clear the filters");
    await page.click("#path-remedy");
    await expect.poll(() => pathState(page)).toBe("found");
    expect(param(page, "rels")).toBeNull();
    expect(await page.locator(".hops > .hop").count()).toBe(expectedHops);
    await page.close();
  });

  it("explains why two people are connected: their direct relation and the sentences naming both", async () => {
    const [a, b] = graph.extremities(metWith!);
    const { page, errors } = await openExplorer(`?path=${a},${b}`);
    await expect.poll(() => pathState(page)).toBe("found");
    await page.click("#path-why-button");
    await expect.poll(() => page.locator("#why-sentences").count()).toBe(1);
    const direct = await page.locator(".path-why .relations blockquote").allTextContents();
    const evidence = graph.getEdgeAttribute(metWith!, "evidence").map((item) => item.text);
    expect(direct.length).toBeGreaterThan(0);
    for (const quote of direct) expect(evidence).toContain(quote);
    const naming = await page.locator("#why-sentences ~ ul blockquote").allTextContents();
    expect(naming.length).toBeGreaterThan(0);
    await page.screenshot({ path: "/tmp/explorer-why.png" });
    expect(errors).toEqual([]);
    await page.close();
  });
});
