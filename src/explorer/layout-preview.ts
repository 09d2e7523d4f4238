// While ForceAtlas2 runs on a large graph, its frames are drawn as dots on a plain 2D canvas laid over sigma's
// canvases, which it covers meanwhile. A sigma frame of a large graph costs the main thread a WebGL read-back that
// lasts far longer than a frame in software rendering; a few thousand small rectangles cost a few milliseconds.
// When the layout stops, the positions go to sigma, which draws the result once.

import type { PolicyGraph } from "../graph/load.ts";
import type { EntityKind } from "../schema/graph.ts";
import type { PolicySigma } from "./canvas.ts";
import { NODE_COLORS, UNKNOWN_COLOR } from "./palette.ts";

export interface LayoutPreview {
  /** Draws one frame: positions in graph coordinates, stride 2, in `order`. */
  draw(positions: Float32Array): void;
  /** Removes the overlay and shows sigma's canvases again. */
  end(): void;
}

/** Dot side in CSS pixels. */
const DOT = 3;

export function startLayoutPreview(sigma: PolicySigma, graph: PolicyGraph, order: readonly string[]): LayoutPreview {
  const container = sigma.getContainer();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const overlay = document.createElement("canvas");
  overlay.className = "layout-preview";
  overlay.width = Math.round(width * ratio);
  overlay.height = Math.round(height * ratio);
  Object.assign(overlay.style, { position: "absolute", inset: "0", width: `${width}px`, height: `${height}px` });
  overlay.setAttribute("aria-hidden", "true");
  const context = overlay.getContext("2d");
  if (!context) throw new Error("explorer.layout: no 2D canvas context for the layout preview");
  context.scale(ratio, ratio);

  // Opaque and on top, rather than hiding sigma's canvases: changing those would make the compositor redraw them.
  Object.assign(overlay.style, { zIndex: "5", background: "#fff" });
  container.append(overlay);

  // Nodes grouped by colour, so each colour is set once per frame.
  const groups = new Map<string, number[]>();
  order.forEach((node, index) => {
    const color = NODE_COLORS[graph.getNodeAttribute(node, "kind") as EntityKind] ?? UNKNOWN_COLOR;
    const list = groups.get(color) ?? [];
    list.push(index);
    groups.set(color, list);
  });

  return {
    draw(positions) {
      // Sigma's graph → viewport mapping is affine for a given camera: read it from three points, every frame, so
      // zooming and panning during the layout keep working.
      const origin = sigma.graphToViewport({ x: 0, y: 0 });
      const ex = sigma.graphToViewport({ x: 1, y: 0 });
      const ey = sigma.graphToViewport({ x: 0, y: 1 });
      const [ax, ay, bx, by] = [ex.x - origin.x, ex.y - origin.y, ey.x - origin.x, ey.y - origin.y];
      context.clearRect(0, 0, width, height);
      for (const [color, indices] of groups) {
        context.fillStyle = color;
        for (const i of indices) {
          const x = positions[i * 2];
          const y = positions[i * 2 + 1];
          const px = origin.x + ax * x + bx * y;
          const py = origin.y + ay * x + by * y;
          if (px < -DOT || py < -DOT || px > width || py > height) continue;
          context.fillRect(px - DOT / 2, py - DOT / 2, DOT, DOT);
        }
      }
    },
    end() {
      overlay.remove();
    },
  };
}
