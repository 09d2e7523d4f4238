// Runs in Chromium, served by vite for graph-worker.browser.test.ts: drives the real graph worker through the worker
// client and writes what it saw, as JSON, to <body data-result>.

import { createGraphWorker } from "../../src/explorer/worker-client.ts";

export interface GraphWorkerPageResult {
  pong: string;
  barnesHut: boolean;
  isFloat32: boolean;
  positions: number[];
  iterations: number;
  converged: boolean;
  initError: string;
  callAfterTerminate: string;
}

async function run(): Promise<GraphWorkerPageResult> {
  const client = createGraphWorker();
  try {
    const pong = await client.api.ping();
    // Two triangles joined by the edge 0 – 3, starting on a circle.
    const edges = Uint32Array.of(0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3, 0, 3);
    const positions = Float32Array.from({ length: 12 }, (_, i) => 10 * (i % 2 ? Math.sin(i) : Math.cos(i)));
    const settings = await client.api.layoutInit({ nodeCount: 6, edges, positions }, { maxIterations: 500 });
    await client.api.layoutPin(5, 7, -7);
    const frame = await client.api.layoutStep(Infinity);
    await client.api.layoutUnpin(5);
    await client.api.layoutDispose();
    const initError = await client.api
      .layoutInit({ nodeCount: 2, edges: Uint32Array.of(0, 2), positions: new Float32Array(4) })
      .then(
        () => "",
        (error: Error) => error.message,
      );
    client.terminate();
    client.terminate();
    const callAfterTerminate = await Promise.resolve()
      .then(() => client.api.ping())
      .then(
        () => "",
        (error: Error) => error.message,
      );
    return {
      pong,
      barnesHut: settings.barnesHutOptimize,
      isFloat32: frame.positions instanceof Float32Array,
      positions: Array.from(frame.positions),
      iterations: frame.iterations,
      converged: frame.converged,
      initError,
      callAfterTerminate,
    };
  } finally {
    client.terminate();
  }
}

run().then(
  (result) => (document.body.dataset.result = JSON.stringify(result)),
  (error: Error) => (document.body.dataset.result = JSON.stringify({ error: error.message })),
);
