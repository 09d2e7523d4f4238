// Vite serves the explorer; graph-data/ is published as static files so the page can fetch graph.json.
import { defineConfig } from "vitest/config";

export default defineConfig({
  publicDir: "graph-data",
  server: { host: "127.0.0.1", port: 5173 },
  worker: { format: "es" },
  // Pre-bundled up front: found only when the worker first loads, they would make the dev server reload the page.
  optimizeDeps: { include: ["comlink", "graphology-layout-forceatlas2/iterate.js"] },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
