// Starts the graph worker (vite bundles it from the `new URL` below) and wraps it with comlink.

import { releaseProxy, wrap } from "comlink";
import type { Remote } from "comlink";
import type { GraphWorkerApi } from "../../workers/protocol.ts";

export interface GraphWorkerClient {
  /** Every method returns a promise; typed arrays in frames arrive transferred, owned by the caller. */
  api: Remote<GraphWorkerApi>;
  /** Ends the worker and every call still pending; idempotent. */
  terminate(): void;
}

export function createGraphWorker(): GraphWorkerClient {
  const worker = new Worker(new URL("../../workers/graph.worker.ts", import.meta.url), {
    type: "module",
    name: "policygraph-graph",
  });
  const api = wrap<GraphWorkerApi>(worker);
  let terminated = false;
  return {
    api,
    terminate() {
      if (terminated) return;
      terminated = true;
      api[releaseProxy]();
      worker.terminate();
    },
  };
}
