// The layout control: a start/stop button with the iteration count. ForceAtlas2 runs in the graph worker (started
// on first use, so it costs nothing at load); each frame's positions come back as a typed array and are written
// into the graph in one batch, which sigma redraws on its next frame.

import type { PolicyGraph } from "../graph/load.ts";
import { formatNumber, h } from "./dom.ts";
import { LayoutController } from "./layout-controller.ts";
import type { GraphWorkerClient } from "./worker-client.ts";
import type { LayoutInput } from "../../workers/protocol.ts";

export interface LayoutPanel {
  element: HTMLElement;
  toggle(): void;
  start(): Promise<void>;
  stop(): void;
  isRunning(): boolean;
  /** A node dragged by hand: held in place while the layout runs, released when `done`. */
  pin(node: string, x: number, y: number, done: boolean): void;
  kill(): void;
}

/**
 * The graph as the worker's typed arrays, nodes numbered in graph order. Nodes without any relation are left out:
 * ForceAtlas2 would only push them about (the build already placed them around the rest), and in a corpus graph
 * they are often most of the nodes.
 */
export function layoutInput(graph: PolicyGraph): {
  input: LayoutInput;
  indexOf: Map<string, number>;
  order: string[];
} {
  const indexOf = new Map<string, number>();
  const order: string[] = [];
  graph.forEachNode((node) => {
    if (graph.degree(node) === 0) return;
    indexOf.set(node, order.length);
    order.push(node);
  });
  const positions = new Float32Array(order.length * 2);
  order.forEach((node, i) => {
    const { x, y } = graph.getNodeAttributes(node);
    positions[i * 2] = x ?? 0;
    positions[i * 2 + 1] = y ?? 0;
  });
  const edges = new Uint32Array(graph.size * 2);
  let e = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    edges[e++] = indexOf.get(source) as number;
    edges[e++] = indexOf.get(target) as number;
  });
  return { input: { nodeCount: order.length, edges, positions }, indexOf, order };
}

/** `worker` starts the page's graph worker on first use (the path finder shares it); the panel never ends it. */
export function createLayoutPanel(
  graph: PolicyGraph,
  worker: () => GraphWorkerClient,
  applyPositions: (positions: Float32Array, order: readonly string[]) => void,
  onRunning: (running: boolean) => void = () => undefined,
): LayoutPanel {
  let controller: LayoutController | null = null;
  let indexOf = new Map<string, number>();
  let order: readonly string[] = [];
  let starting = false;

  const button = h("button", {
    className: "tool",
    text: "Run layout",
    attrs: {
      type: "button",
      "aria-pressed": "false",
      title: "Start or stop the ForceAtlas2 layout (L)",
      "aria-keyshortcuts": "L",
    },
    on: { click: () => panel.toggle() },
  });
  const status = h("span", { className: "layout-status", attrs: { role: "status", "aria-live": "off" } });

  const show = (running: boolean, iterations: number, converged: boolean) => {
    button.textContent = running ? "Stop layout" : "Run layout";
    button.setAttribute("aria-pressed", String(running));
    status.textContent = iterations ? `${formatNumber(iterations)} iterations${converged ? ", settled" : ""}` : "";
  };

  const panel: LayoutPanel = {
    element: h("div", { className: "layout-control" }, [button, status]),
    toggle() {
      if (panel.isRunning()) panel.stop();
      else void panel.start();
    },
    async start() {
      if (starting || panel.isRunning()) return;
      starting = true;
      try {
        // Each step in its own task, so that starting the layout of a large graph does not hold the page either.
        const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
        const client = worker();
        await nextTask();
        const built = layoutInput(graph);
        await nextTask();
        indexOf = built.indexOf;
        order = built.order;
        controller?.kill();
        controller = new LayoutController(client.api, {
          onFrame(frame) {
            show(true, frame.iterations, frame.converged);
            applyPositions(frame.positions, order);
          },
          onStateChange: ({ running, iterations, converged }) => {
            show(running, iterations, converged);
            onRunning(running);
          },
        });
        await controller.init(built.input);
        controller.start();
      } finally {
        starting = false;
      }
    },
    stop() {
      controller?.stop();
    },
    isRunning: () => controller?.isRunning() ?? false,
    pin(node, x, y, done) {
      const index = indexOf.get(node);
      if (!controller || index === undefined || !controller.isRunning()) return;
      if (done) void controller.unpin(index);
      else void controller.pin(index, x, y);
    },
    kill() {
      controller?.kill();
      controller = null;
    },
  };
  return panel;
}
