// The graph worker's handlers: each protocol group over its pure kernel, plus what crossing the boundary needs
// (holding the current state, transferring result buffers). Importable in Node; graph.worker.ts only exposes it.

import { transfer } from "comlink";
import { createLayout } from "./layout.ts";
import type { LayoutState } from "./layout.ts";
import { buildCsr } from "./csr.ts";
import type { Csr } from "./csr.ts";
import { allShortestPaths, explainNoPath, kShortestPaths, shortestPath } from "./paths.ts";
import type { PathOptions } from "./paths.ts";
import type { GraphWorkerApi, LayoutApi, PathsApi, WorkerCoreApi } from "./protocol.ts";

export const PONG = "pong";

export function createCoreHandlers(): WorkerCoreApi {
  return {
    async ping() {
      return PONG;
    },
  };
}

export function createLayoutHandlers(): LayoutApi {
  let layout: LayoutState | null = null;

  function current(where: string): LayoutState {
    if (layout === null) throw new Error(`${where}: no layout, call layoutInit first`);
    return layout;
  }

  return {
    async layoutInit(input, settings) {
      // A failed init leaves no layout rather than the previous graph's.
      layout = null;
      layout = createLayout(input, settings);
      return layout.settings;
    },
    async layoutStep(budgetMs) {
      const frame = current("layout.step").step(budgetMs);
      return transfer(frame, [frame.positions.buffer]);
    },
    async layoutPin(index, x, y) {
      current("layout.pin").pin(index, x, y);
    },
    async layoutUnpin(index) {
      current("layout.unpin").unpin(index);
    },
    async layoutDispose() {
      layout = null;
    },
  };
}

export function createPathsHandlers(): PathsApi {
  let csr: Csr | null = null;
  let view: Uint8Array | null = null;

  return {
    async pathsInit(input) {
      csr = null;
      view = null;
      csr = buildCsr(input);
      return { nodeCount: csr.nodeCount, edgeCount: csr.edgeCount };
    },
    async pathsSetView(edgeMask) {
      if (csr === null) throw new Error("paths.view: no graph, call pathsInit first");
      if (edgeMask !== null && edgeMask.length !== csr.edgeCount) {
        throw new Error(`paths.view: the mask has ${edgeMask.length} entries for ${csr.edgeCount} edges`);
      }
      view = edgeMask;
    },
    async pathsFind({ from, to, options = {}, k = 1, allShortest = 0 }) {
      if (csr === null) throw new Error("paths.find: no graph, call pathsInit first");
      const asked: PathOptions = view ? { ...options, edgeMask: view } : options;
      const shortest = shortestPath(csr, from, to, asked);
      return {
        shortest,
        alternatives: shortest && k > 1 ? kShortestPaths(csr, from, to, k, asked) : [],
        allShortest:
          shortest && allShortest > 0
            ? allShortestPaths(csr, from, to, { ...asked, weighted: false }, allShortest)
            : [],
        explanation: shortest ? null : explainNoPath(csr, from, to, asked),
      };
    },
    async pathsDispose() {
      csr = null;
      view = null;
    },
  };
}

/** One object answering every group of the protocol; later groups (queries) are spread in the same way. */
export function createGraphWorkerHandlers(): GraphWorkerApi {
  return { ...createCoreHandlers(), ...createLayoutHandlers(), ...createPathsHandlers() };
}
