// The document worker's bundle (worker-bundle.ts): built once, reused while none of its inputs changes, built anew
// when one does; it runs as an ES module with its packages inside.

import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cachedWorkerBundle } from "../../src/pipeline/worker-bundle.ts";

let dir: string;
beforeEach(() => {
  // Inside the project, where its packages resolve, as they do for the real worker.
  const caches = path.join(process.cwd(), "node_modules", ".cache");
  fs.mkdirSync(caches, { recursive: true });
  dir = fs.mkdtempSync(path.join(caches, "policygraph-bundle-test-"));
  fs.writeFileSync(path.join(dir, "word.ts"), 'export const word: string = "tide";\n');
  // A package too (graphology, as the real worker imports), so that the bundle is shown to carry it.
  fs.writeFileSync(
    path.join(dir, "entry.ts"),
    'import Graph from "graphology";\nimport { word } from "./word.ts";\n' +
      "const g = new Graph();\ng.addNode(word);\nexport const nodes = g.nodes();\n",
  );
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const entry = () => pathToFileURL(path.join(dir, "entry.ts"));
const cache = () => path.join(dir, "cache");

describe("the worker bundle cache", () => {
  it("builds a bundle that runs, and gives the same file again while no input has changed", async () => {
    const first = cachedWorkerBundle(entry(), cache());
    expect(first).not.toBeNull();
    const written = fs.statSync(first!).mtimeMs;
    const again = cachedWorkerBundle(entry(), cache());
    expect(again?.href).toBe(first!.href);
    expect(fs.statSync(again!).mtimeMs).toBe(written);
    const loaded = (await import(first!.href)) as { nodes: string[] };
    expect(loaded.nodes).toEqual(["tide"]);
  });

  it("builds anew when an input changes", async () => {
    const first = cachedWorkerBundle(entry(), cache());
    fs.writeFileSync(path.join(dir, "word.ts"), 'export const word: string = "glacier";\n');
    const second = cachedWorkerBundle(entry(), cache());
    expect(second?.href).not.toBe(first?.href);
    expect(((await import(second!.href)) as { nodes: string[] }).nodes).toEqual(["glacier"]);
  });

  it("does not give one entry's bundle for another", () => {
    const first = cachedWorkerBundle(entry(), cache());
    expect(first).not.toBeNull();
    fs.writeFileSync(path.join(dir, "other.ts"), "export const other = 1;\n");
    const other = cachedWorkerBundle(pathToFileURL(path.join(dir, "other.ts")), cache());
    expect(other?.href).not.toBe(first?.href);
  });
});
