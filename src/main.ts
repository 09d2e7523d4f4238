// Composition root: finds the page's mount point and starts the explorer.

import { mountExplorer } from "./explorer/app.ts";

const root = document.getElementById("app");
if (!root) throw new Error("main: index.html has no #app element");
void mountExplorer(root);
