// The screen shown instead of the explorer when graph.json is missing or malformed: what is wrong, and how to
// build it. The message may quote the file, so it goes in as text.

import { h } from "./dom.ts";

const BUILD_COMMAND = "npm run build:graph";
const BUILD_OUTPUT = "graph-data/graph.json";

export function renderError(root: HTMLElement, error: string): void {
  const alert = h("section", { className: "panel error", id: "error", attrs: { role: "alert" } }, [
    h("h2", { text: "The graph could not be loaded" }),
    h("p", {}, [h("code", { className: "message", text: error })]),
    h("p", {}, [
      "Run ",
      h("code", { text: BUILD_COMMAND }),
      " to build ",
      h("code", { text: BUILD_OUTPUT }),
      ", then reload this page.",
    ]),
  ]);
  root.className = "error-screen";
  root.replaceChildren(
    h("header", {}, [h("h1", { text: "policygraph" }), h("p", { className: "lede", text: "Nothing to show yet." })]),
    alert,
  );
  root.dataset.state = "error";
  root.setAttribute("aria-busy", "false");
}
