// Browser-test harness: a vite dev server on a free port (optionally publishing another folder than graph-data/)
// and a headless Chromium driven by playwright-core. A missing Chromium fails the test with how to install it.

import { existsSync } from "node:fs";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { createServer } from "vite";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface ServerOptions {
  /**
   * Folder served at the site root instead of graph-data/. Write its files before starting the server: with the
   * watcher off, vite lists the public files once at startup and does not see files added later.
   */
  publicDir?: string;
}

export interface RunningServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  // A private dependency cache per server: test files run in parallel, and two servers optimizing into the same
  // node_modules/.vite would race and make the page reload mid-test.
  const cacheDir = await mkdtemp(join(tmpdir(), "policygraph-vite-"));
  const server = await createServer({
    configFile: join(REPO_ROOT, "vite.config.ts"),
    root: REPO_ROOT,
    cacheDir,
    logLevel: "warn",
    clearScreen: false,
    ...(options.publicDir === undefined ? {} : { publicDir: options.publicDir }),
    server: { host: "127.0.0.1", port: 0, strictPort: true, watch: null },
  });
  try {
    await server.listen();
  } catch (error) {
    await server.close();
    await rm(cacheDir, { recursive: true, force: true });
    throw error;
  }
  const address = server.httpServer?.address() as AddressInfo | null;
  if (!address || typeof address !== "object") throw new Error("browser.server: vite did not report a port");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    async close() {
      await server.close();
      await rm(cacheDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(
      `browser.launch: Chromium not found at ${executablePath}. ` +
        "Install it (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium executable.",
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  page: Page;
  /** Uncaught exceptions thrown in the page. */
  errors: string[];
  /** Messages of alert/confirm/prompt dialogs the page opened (each is dismissed). */
  dialogs: string[];
}

/** A fresh page that records page errors and dialogs, so a test can assert that none happened. */
export async function openPage(browser: Browser): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, errors, dialogs };
}

/** A fresh watched page on the explorer at `url`, once it says it is ready (the graph shown). */
export async function openExplorer(browser: Browser, url: string): Promise<WatchedPage> {
  const watched = await openPage(browser);
  await watched.page.goto(url);
  await watched.page.waitForFunction(() => document.getElementById("app")?.dataset.state === "ready", null, {
    timeout: 30_000,
  });
  return watched;
}

/** A temporary folder holding `files` (relative path → content); the caller removes it. */
export async function makeTempDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "policygraph-public-"));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  return dir;
}
