// The graph worker for real: vite bundles workers/graph.worker.ts from worker-client.ts's `new URL`, Chromium runs it
// as a module worker, and comlink carries every protocol method and a transferred frame across.

import { rm } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, makeTempDir, openPage, startServer } from "../browser/_browser.ts";
import type { RunningServer, WatchedPage } from "../browser/_browser.ts";
import type { GraphWorkerPageResult } from "./_graph-worker-page.ts";

describe("graph worker in Chromium", () => {
  let publicDir: string;
  let server: RunningServer;
  let browser: Browser;
  let watched: WatchedPage;

  beforeAll(async () => {
    // A bare page that runs _graph-worker-page.ts (vite serves and transforms it) instead of the explorer.
    publicDir = await makeTempDir({
      "graph-worker.html":
        '<!doctype html><title>graph worker</title><script type="module" src="/tests/workers/_graph-worker-page.ts"></script>',
    });
    server = await startServer({ publicDir });
    browser = await launchBrowser();
    watched = await openPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(publicDir, { recursive: true, force: true });
  });

  it("answers ping, lays out a graph with a pinned node, reports bad input as layout.init, and terminates", async () => {
    await watched.page.goto(`${server.url}graph-worker.html`);
    await watched.page.waitForSelector("body[data-result]", { state: "attached", timeout: 30_000 });
    const json = await watched.page.evaluate("document.body.dataset.result");
    const result = JSON.parse(String(json)) as GraphWorkerPageResult;
    expect(result).toMatchObject({ pong: "pong", barnesHut: false, isFloat32: true, converged: true });
    expect(result.positions).toHaveLength(12);
    expect(result.positions.slice(10)).toEqual([7, -7]);
    expect(result.iterations).toBeGreaterThan(0);
    expect(result.initError).toMatch(/^layout\.init: edge 0 has target index 2 out of range \(nodeCount 2\)$/);
    expect(result.callAfterTerminate).toMatch(/released/);
    expect(watched.errors).toEqual([]);
  });
});
