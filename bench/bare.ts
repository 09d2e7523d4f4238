// The explorer bench's baseline: fetch `?graph=` (default ./graph.json), import it into graphology and hand it to
// sigma with default settings, nothing else. bench/explorer.bench.ts times the explorer against this page, passing
// `&width=&height=` (CSS px) so that this canvas has as many pixels as the explorer's; without them it fills the window.

import Graph from "graphology";
import Sigma from "sigma";

/** The same mark the explorer sets right after constructing its sigma (whose constructor renders synchronously). */
const FIRST_RENDER_MARK = "policygraph:first-render";

async function main(): Promise<void> {
  const container = document.getElementById("canvas");
  if (!container) throw new Error("bench.bare: bare.html has no #canvas element");
  const params = new URLSearchParams(location.search);
  const url = params.get("graph") ?? "./graph.json";
  for (const side of ["width", "height"] as const) {
    const px = Number(params.get(side));
    if (px > 0) container.style[side] = `${px}px`;
  }
  const response = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-cache" });
  if (!response.ok) throw new Error(`bench.bare: fetching ${url} failed with HTTP ${response.status}`);
  const graph = Graph.from(JSON.parse(await response.text()));
  const sigma = new Sigma(graph, container);
  performance.mark(FIRST_RENDER_MARK);
  Object.assign(window, { sigma });
  document.body.dataset.state = "ready";
}

main().catch((error: unknown) => {
  document.body.dataset.state = "error";
  throw error;
});
