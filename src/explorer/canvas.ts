// The sigma canvas: rendering settings, hover, click and drag of nodes, and camera moves (fit, focus, zoom, pan).
// It reports what the user did through callbacks and reads how things look from the reducers; it owns no state.

import Sigma from "sigma";
import type { CameraState as SigmaCameraState } from "sigma/types";
import type { PolicyGraph } from "../graph/load.ts";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../schema/graph.ts";
import type { Reducers } from "./reducers.ts";
import type { CameraState } from "./view-state.ts";

export interface CanvasSettings {
  /** Fewer labels on dense graphs: sigma keeps at most `labelDensity` labels per grid cell. */
  labelDensity: number;
  labelGridCellSize: number;
  /** Nodes smaller than this on screen (px) get no label unless forced. */
  labelRenderedSizeThreshold: number;
  /** Camera animation length for focus and fit, in ms. */
  animationMs: number;
  /** Camera ratio when focusing one node (smaller is closer). */
  focusRatio: number;
  /** Room around a framed set of nodes (a path): 1.5 leaves a quarter of the view on each side. */
  fitMargin: number;
  /** Graphs with more edges than this hide edges and labels while the camera moves, to keep the frame rate. */
  hideOnMoveAbove: number;
  /**
   * Graphs with more nodes plus edges than this are repainted in time slices (layout frames, selection, filters),
   * so that no main-thread task runs long: sigma's full refresh processes every item in one go.
   */
  slicedRepaintAbove: number;
  /** Longest main-thread slice of a sliced repaint, in ms. */
  sliceMs: number;
}

export const DEFAULT_CANVAS_SETTINGS: CanvasSettings = {
  labelDensity: 0.7,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: 7,
  animationMs: 400,
  focusRatio: 0.25,
  fitMargin: 1.5,
  hideOnMoveAbove: 1_000,
  slicedRepaintAbove: 6_000,
  sliceMs: 12,
};

export interface CanvasEvents {
  onHover(node: string | null): void;
  onClickNode(node: string): void;
  onClickStage(): void;
  /** A node was moved by hand; `done` is true when the pointer is released. */
  onDrag(node: string, x: number, y: number, done: boolean): void;
  onCameraMoved(camera: CameraState): void;
}

export type PolicySigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface Canvas {
  sigma: PolicySigma;
  /** True when the graph is too large for a full repaint in one task: hover then only marks the hovered node. */
  heavy: boolean;
  /** Re-applies the reducers to everything: at once on small graphs, in time slices on large ones. */
  refresh(): void;
  /**
   * Writes new positions (stride 2, in `order`) and repaints them, the same way as `refresh`; `settled` positions
   * (a finished layout) get a full refresh, which also re-frames the graph's extent.
   */
  movePositions(positions: Float32Array, order: readonly string[], settled?: boolean): void;
  /** Moves one node (a drag) and repaints it and its edges only. */
  moveNode(node: string, x: number, y: number): void;
  fit(): void;
  focusNode(node: string): void;
  /** Frames these nodes (a path), with a margin, never closer than a single node's focus. */
  focusNodes(nodes: readonly string[]): void;
  zoom(factor: number): void;
  pan(dx: number, dy: number): void;
  getCamera(): CameraState;
  setCamera(camera: CameraState, animate?: boolean): void;
  kill(): void;
}

export function createCanvas(
  container: HTMLElement,
  graph: PolicyGraph,
  reducers: Reducers,
  events: CanvasEvents,
  settings: CanvasSettings = DEFAULT_CANVAS_SETTINGS,
): Canvas {
  const sigma: PolicySigma = new Sigma(graph, container, {
    nodeReducer: reducers.nodeReducer,
    edgeReducer: reducers.edgeReducer,
    zIndex: true,
    labelDensity: settings.labelDensity,
    labelGridCellSize: settings.labelGridCellSize,
    labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold,
    labelFont: "system-ui, sans-serif",
    labelColor: { color: "#1f2328" },
    hideEdgesOnMove: graph.size > settings.hideOnMoveAbove,
    hideLabelsOnMove: graph.size > settings.hideOnMoveAbove,
    defaultEdgeType: "line",
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
  });
  const camera = sigma.getCamera();
  const heavy = graph.order + graph.size > settings.slicedRepaintAbove;
  const repaint = createSlicedRepaint(sigma, graph, settings.sliceMs);

  let dragged: string | null = null;
  let dragMoved = false;

  sigma.on("enterNode", ({ node }) => {
    if (!dragged) events.onHover(node);
  });
  sigma.on("leaveNode", () => {
    if (!dragged) events.onHover(null);
  });
  sigma.on("clickNode", ({ node }) => {
    if (!dragMoved) events.onClickNode(node);
  });
  sigma.on("clickStage", () => events.onClickStage());

  sigma.on("downNode", ({ node }) => {
    dragged = node;
    dragMoved = false;
  });
  sigma.on("moveBody", ({ event }) => {
    if (!dragged) return;
    const position = sigma.viewportToGraph(event);
    dragMoved = true;
    events.onDrag(dragged, position.x, position.y, false);
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const release = () => {
    if (!dragged) return;
    const node = dragged;
    dragged = null;
    if (dragMoved) {
      const { x, y } = graph.getNodeAttributes(node);
      events.onDrag(node, x ?? 0, y ?? 0, true);
    }
  };
  sigma.on("upNode", release);
  sigma.on("upStage", release);

  const toState = (state: SigmaCameraState): CameraState => ({
    x: state.x,
    y: state.y,
    ratio: state.ratio,
    angle: state.angle,
  });
  const onCamera = () => events.onCameraMoved(toState(camera.getState()));
  camera.on("updated", onCamera);

  const animate = (target: Partial<SigmaCameraState>) => camera.animate(target, { duration: settings.animationMs });

  // Positions are written straight into the attribute objects: graphology's update events would make sigma
  // reprocess the whole graph in one task for every frame of the layout or every pointer move of a drag.
  const place = (node: string, x: number, y: number) => {
    const attributes = graph.getNodeAttributes(node);
    attributes.x = x;
    attributes.y = y;
  };

  return {
    sigma,
    heavy,
    refresh() {
      if (heavy) repaint.request();
      else sigma.refresh();
    },
    movePositions(positions, order, settled = false) {
      for (let i = 0; i < order.length; i++) place(order[i], positions[i * 2], positions[i * 2 + 1]);
      if (heavy && !settled) repaint.request();
      else sigma.refresh();
    },
    moveNode(node, x, y) {
      place(node, x, y);
      sigma.refresh({ partialGraph: { nodes: [node], edges: graph.edges(node) }, skipIndexation: true });
    },
    fit: () => void camera.animatedReset({ duration: settings.animationMs }),
    focusNode(node) {
      const data = sigma.getNodeDisplayData(node);
      if (!data) return;
      void animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, settings.focusRatio) });
    },
    focusNodes(nodes) {
      let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const node of nodes) {
        const data = sigma.getNodeDisplayData(node);
        if (!data) continue;
        minX = Math.min(minX, data.x);
        maxX = Math.max(maxX, data.x);
        minY = Math.min(minY, data.y);
        maxY = Math.max(maxY, data.y);
      }
      if (minX > maxX) return;
      // Display coordinates are normalised so that ratio 1 frames the whole graph: the extent is the ratio needed.
      const extent = Math.max(maxX - minX, maxY - minY);
      const ratio = Math.max(settings.focusRatio / 4, Math.min(1.2, extent * settings.fitMargin));
      void animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio });
    },
    zoom: (factor) => void animate({ ratio: camera.ratio / factor }),
    pan(dx, dy) {
      const { width, height } = sigma.getDimensions();
      const state = camera.getState();
      // One step moves a fifth of the screen, whatever the zoom.
      void animate({
        x: state.x + (dx * state.ratio) / 5,
        y: state.y + ((dy * state.ratio) / 5) * (height / Math.max(width, 1)),
      });
    },
    getCamera: () => toState(camera.getState()),
    setCamera(target, withAnimation = false) {
      if (withAnimation) void animate(target);
      else camera.setState(target);
    },
    kill() {
      repaint.cancel();
      camera.removeListener("updated", onCamera);
      sigma.kill();
    },
  };
}

/** Sigma keeps the pending frame in a private field; cancelling it is the only way to batch partial refreshes. */
function cancelScheduledRender(sigma: PolicySigma): void {
  const internals = sigma as unknown as { renderFrame: number | null };
  if (internals.renderFrame !== null) {
    cancelAnimationFrame(internals.renderFrame);
    internals.renderFrame = null;
  }
}

interface SlicedRepaint {
  /** Repaints every node, then every edge, in slices; a request during a pass starts another pass after it. */
  request(): void;
  cancel(): void;
}

/**
 * Sigma's `refresh({ partialGraph, skipIndexation })` re-applies the reducers to the given items and rewrites their
 * slots in the WebGL buffers without reprocessing the rest; feeding it the graph a slice at a time keeps every task
 * short. The topology never changes while the explorer runs, so the slots stay valid.
 */
function createSlicedRepaint(sigma: PolicySigma, graph: PolicyGraph, sliceMs: number): SlicedRepaint {
  const nodes = graph.nodes();
  const edges = graph.edges();
  let running = false;
  let again = false;
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const pass = (phase: "nodes" | "edges", from: number) => {
    if (cancelled) return;
    const list = phase === "nodes" ? nodes : edges;
    const deadline = performance.now() + sliceMs;
    let to = from;
    // Chunks of 64 items until the slice's time is up.
    while (to < list.length && performance.now() < deadline) {
      const chunk = list.slice(to, Math.min(list.length, to + 64));
      sigma.refresh({
        partialGraph: phase === "nodes" ? { nodes: chunk } : { edges: chunk },
        skipIndexation: true,
        schedule: true,
      });
      to += chunk.length;
    }
    const last = phase === "edges" && to >= list.length;
    // Sigma schedules a render with each refresh; a half-updated frame is not worth drawing (in software WebGL one
    // frame of a large graph costs seconds), so only the last slice of a pass keeps its render.
    if (!last) cancelScheduledRender(sigma);
    if (to < list.length) timer = setTimeout(() => pass(phase, to), 0);
    else if (phase === "nodes") timer = setTimeout(() => pass("edges", 0), 0);
    else if (again) {
      again = false;
      timer = setTimeout(() => pass("nodes", 0), 0);
    } else running = false;
  };

  return {
    request() {
      if (running) {
        again = true;
        return;
      }
      running = true;
      again = false;
      timer = setTimeout(() => pass("nodes", 0), 0);
    },
    cancel() {
      cancelled = true;
      clearTimeout(timer);
    },
  };
}
