// Composition root: starts downloading graph.json at once, then loads the explorer's modules and mounts it.

import { fetchGraph, resolveGraphUrl } from "./graph/load.ts";

const root = document.getElementById("app");
if (!root) throw new Error("main: index.html has no #app element");
const graphUrl = resolveGraphUrl(location.search, location.href, "./graph.json");
const download = fetchGraph(graphUrl);
// Keeps an early network failure from being reported as unhandled before the explorer awaits it.
download.catch(() => undefined);
void import("./explorer/app.ts").then(({ mountExplorer, DEFAULT_CAMERA_URL_DELAY_MS }) =>
  mountExplorer(root, { graphUrl, cameraUrlDelayMs: DEFAULT_CAMERA_URL_DELAY_MS }, download),
);
