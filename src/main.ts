// Composition root: finds the page's mount point and starts the counts page (the full explorer will replace it).

import { mountCountsPage } from "./explorer/counts-page.ts";

const root = document.getElementById("app");
if (!root) throw new Error("main: index.html has no #app element");
void mountCountsPage(root);
