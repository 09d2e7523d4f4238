// The graph worker's handlers: each protocol group over its pure kernel, plus what crossing the boundary needs
// (holding the current state, transferring result buffers). Importable in Node; graph.worker.ts only exposes it.

import { transfer } from "comlink";
import { createLayout } from "./layout.ts";
import type { LayoutState } from "./layout.ts";
import type { GraphWorkerApi, LayoutApi, WorkerCoreApi } from "./protocol.ts";

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

/** One object answering every group of the protocol; later groups (paths, queries) are spread in the same way. */
export function createGraphWorkerHandlers(): GraphWorkerApi {
  return { ...createCoreHandlers(), ...createLayoutHandlers() };
}
