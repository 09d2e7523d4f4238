// Vite serves the explorer; graph-data/ is published as static files so the page can fetch graph.json.
import { defineConfig } from "vitest/config";

/** Test files that must not share the machine with other test files. */
const EXCLUSIVE = ["tests/browser/layout.test.ts"];

export default defineConfig({
  publicDir: "graph-data",
  server: { host: "127.0.0.1", port: 5173 },
  worker: { format: "es" },
  // Pre-bundled up front: found only when the worker first loads, they would make the dev server reload the page.
  optimizeDeps: { include: ["comlink", "graphology-layout-forceatlas2/iterate.js"] },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "tests", include: ["tests/**/*.test.ts"], exclude: [...EXCLUSIVE] } },
      // Tests that measure the main thread (long tasks) run after every other file has finished, on a quiet machine.
      { extends: true, test: { name: "exclusive", include: [...EXCLUSIVE], sequence: { groupOrder: 1 } } },
    ],
  },
});
