// The explorer: loads graph.json, paints it at once from its stored layout, then wires search, filters, the
// details panel, the document reader, the layout worker, URL state and the embedding API around one view state.

import { loadGraph } from "../graph/load.ts";
import type { PolicyGraph } from "../graph/load.ts";
import { buildSearchIndex, searchIndex } from "../graph/search-index.ts";
import type { SearchIndex } from "../graph/search-index.ts";
import { seedPositions } from "../graph/seed-layout.ts";
import { computeVisibility, createVisibilityIndex, dateBounds, graphCounts } from "../graph/visibility.ts";
import type { VisibilityIndex } from "../graph/visibility.ts";
import type { DocumentInfo, Evidence } from "../schema/graph.ts";
import { createCanvas } from "./canvas.ts";
import type { Canvas } from "./canvas.ts";
import { renderDetails } from "./details-panel.ts";
import { fetchDocument, renderDocument } from "./document-reader.ts";
import { h } from "./dom.ts";
import { createEmbeddingApi } from "./embed-api.ts";
import type { EmbeddingHandle, ExplorerApi, SearchHit } from "./embed-api.ts";
import { renderError } from "./error-screen.ts";
import { createFiltersPanel } from "./filters-panel.ts";
import type { FilterCounts } from "./filters-panel.ts";
import { createLayoutPanel } from "./layout-panel.ts";
import { startLayoutPreview } from "./layout-preview.ts";
import type { LayoutPreview } from "./layout-preview.ts";
import { EMPTY_DISPLAY_STATE, createReducers, neighbourhood, nodeSizes } from "./reducers.ts";
import type { DisplayState } from "./reducers.ts";
import { createSearchBox } from "./search-box.ts";
import { installShortcuts } from "./shortcuts.ts";
import { decodeViewState, mergeSearch } from "./url-state.ts";
import { DEFAULT_VIEW_STATE, normalizeFilters } from "./view-state.ts";
import type { Filters, ViewState } from "./view-state.ts";

export const FIRST_RENDER_MARK = "policygraph:first-render";

export interface ExplorerOptions {
  /** Where graph.json is (absolute: see `resolveGraphUrl`, which honours the page's `?graph=`). */
  graphUrl: string;
  /** How long the camera must rest before its position is written into the URL. */
  cameraUrlDelayMs: number;
}

export const DEFAULT_CAMERA_URL_DELAY_MS = 400;

function hasPositions(graph: PolicyGraph): boolean {
  let ok = true;
  graph.someNode((_node, attributes) => {
    ok = Number.isFinite(attributes.x) && Number.isFinite(attributes.y);
    return !ok;
  });
  return ok;
}

function sameFilters(a: Filters, b: Filters): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Mounts the explorer on `root`; `download` is the graph's fetch if the page already started it. */
export async function mountExplorer(root: HTMLElement, options: ExplorerOptions, download?: Promise<Response>) {
  root.dataset.state = "loading";
  root.setAttribute("aria-busy", "true");
  const embed = createEmbeddingApi();
  const graphUrl = options.graphUrl;
  const loaded = await loadGraph(graphUrl, download);
  if (!loaded.ok) {
    renderError(root, loaded.error);
    embed.fail(loaded.error);
    return;
  }
  try {
    mountLoaded(root, loaded.graph, graphUrl, options, embed);
  } catch (error) {
    console.error(error);
    const message = `explorer: could not show the graph: ${error instanceof Error ? error.message : String(error)}`;
    renderError(root, message);
    embed.fail(message);
  }
}

function mountLoaded(
  root: HTMLElement,
  graph: PolicyGraph,
  graphUrl: string,
  options: ExplorerOptions,
  embed: EmbeddingHandle,
): void {
  if (!hasPositions(graph)) {
    const seeds = seedPositions(graph);
    graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, x: seeds[node].x, y: seeds[node].y }), {
      attributes: ["x", "y"],
    });
  }
  const documents: readonly DocumentInfo[] = graph.getAttribute("documents");
  const documentsByFile = new Map(documents.map((doc) => [doc.file, doc]));

  // ---- Page skeleton -----------------------------------------------------------------------------------------
  const canvasHost = h("div", {
    id: "canvas",
    className: "canvas",
    attrs: {
      tabindex: "0",
      role: "application",
      "aria-label": "Graph canvas. Arrow keys pan, plus and minus zoom, F fits the graph to the view.",
    },
  });
  const details = h("section", { id: "details", className: "details", attrs: { "aria-labelledby": "details-title" } });
  const reader = h("section", { id: "reader", className: "reader", attrs: { "aria-labelledby": "reader-title" } });
  reader.hidden = true;
  const sidePanel = h("aside", { className: "side", attrs: { "aria-label": "Details" } }, [details, reader]);
  const placeholder = () =>
    details.replaceChildren(
      h("h2", { id: "details-title", text: "Details" }),
      h("p", {
        className: "empty",
        text: "Select an entity on the canvas or search for one to see its relations and the sentences behind them.",
      }),
    );
  placeholder();

  // ---- State ---------------------------------------------------------------------------------------------------
  const decoded = decodeViewState(location.search);
  for (const warning of decoded.warnings) console.warn(`explorer.url: ${warning}`);
  let view: ViewState = { ...DEFAULT_VIEW_STATE, ...decoded.state };
  if (view.selected && !graph.hasNode(view.selected)) view = { ...view, selected: null };
  let display: DisplayState = { ...EMPTY_DISPLAY_STATE };
  const totals = graphCounts(graph);
  let visibilityIndex: VisibilityIndex | null = null;
  let lastCounts: FilterCounts = totals;

  // ---- Canvas: painted first, everything else is wired after ---------------------------------------------------
  const reducers = createReducers(graph, nodeSizes(graph), () => display);
  root.className = "explorer";
  root.replaceChildren();
  const header = h("header", { className: "topbar" });
  const filtersHost = h("aside", { className: "filters-host", attrs: { "aria-label": "Filters" } });
  const stage = h("main", { className: "stage" }, [canvasHost]);
  root.append(header, filtersHost, stage, sidePanel);
  const canvas: Canvas = createCanvas(canvasHost, graph, reducers, {
    onHover: (node) => hover(node),
    onClickNode: (node) => select(node, { camera: false }),
    onClickStage: () => select(null),
    onDrag: (node, x, y, done) => drag(node, x, y, done),
    onCameraMoved: () => scheduleCameraUrl(),
  });
  performance.mark(FIRST_RENDER_MARK);

  // ---- Display state -------------------------------------------------------------------------------------------
  function recomputeFocus() {
    const center = display.hovered ?? view.selected;
    display = {
      ...display,
      selected: view.selected,
      focus: center ? neighbourhood(graph, center, display.visible) : null,
    };
  }

  function recomputeVisibility() {
    visibilityIndex ??= createVisibilityIndex(graph);
    const result = computeVisibility(visibilityIndex, view.filters, view.selected);
    const everything = result.counts.totalNodes === graph.order && result.counts.totalEdges === graph.size;
    display = { ...display, visible: everything ? null : { nodes: result.nodes, edges: result.edges } };
    lastCounts = result.counts;
    filters.update(view.filters, result.counts, view.selected !== null);
  }

  function hover(node: string | null) {
    // On a large graph, dimming everything else on every hover would repaint the whole graph each time: sigma's
    // own hover rendering marks the node and its label instead.
    if (canvas.heavy) return;
    display = { ...display, hovered: node };
    recomputeFocus();
    canvas.refresh();
  }

  // ---- URL -----------------------------------------------------------------------------------------------------
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  function writeUrl(mode: "push" | "replace") {
    const state: ViewState = { ...view, camera: canvas.getCamera() };
    const search = mergeSearch(location.search, state);
    const url = `${location.pathname}${search ? `?${search.replace(/^\?/, "")}` : ""}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (mode === "push") history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }
  function scheduleCameraUrl() {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => writeUrl("replace"), options.cameraUrlDelayMs);
  }

  // ---- Actions -------------------------------------------------------------------------------------------------
  function showDetails() {
    if (view.selected && graph.hasNode(view.selected)) {
      renderDetails(details, graph, view.selected, documentsByFile, {
        select: (node) => select(node, { camera: true }),
        openDocument: (doc, evidence) => openDocument(doc, evidence),
      });
    } else {
      placeholder();
      delete details.dataset.node;
    }
  }

  function select(node: string | null, how: { camera?: boolean; history?: "push" | "replace" | "none" } = {}) {
    if (node !== null && !graph.hasNode(node)) throw new Error(`explorer.select: no entity with key "${node}"`);
    if (node === view.selected && how.history !== "none") {
      if (node && how.camera) canvas.focusNode(node);
      return;
    }
    view = { ...view, selected: node };
    if (view.filters.depth !== null) recomputeVisibility();
    else filters.update(view.filters, lastCounts, node !== null);
    recomputeFocus();
    closeReader(false);
    showDetails();
    canvas.refresh();
    if (node && how.camera) canvas.focusNode(node);
    if (how.history !== "none") writeUrl(how.history ?? "push");
    embed.emit("selection", node);
  }

  function setFilters(patch: Partial<Filters>, history: "push" | "replace" | "none" = "push"): Filters {
    const { filters: next, errors } = normalizeFilters(patch, view.filters);
    if (errors.length) throw new Error(errors.join("; "));
    if (sameFilters(next, view.filters)) return next;
    view = { ...view, filters: next };
    recomputeVisibility();
    recomputeFocus();
    canvas.refresh();
    if (history !== "none") writeUrl(history);
    return next;
  }

  let readerRequest = 0;
  function openDocument(
    doc: string,
    evidence: Pick<Evidence, "start" | "end"> | null,
    history: "push" | "none" = "push",
  ) {
    const info = documentsByFile.get(doc);
    if (!info) return;
    const request = ++readerRequest;
    view = { ...view, reader: { doc, start: evidence?.start ?? 0, end: evidence?.end ?? 0 } };
    reader.hidden = false;
    details.hidden = true;
    reader.setAttribute("aria-busy", "true");
    reader.replaceChildren(
      h("h2", { id: "reader-title", text: info.title ?? info.file }),
      h("p", { text: "Loading…" }),
    );
    if (history !== "none") writeUrl(history);
    fetchDocument(graphUrl, info).then(
      (stored) => {
        if (request !== readerRequest) return;
        const highlight = evidence && evidence.end > evidence.start ? evidence : null;
        renderDocument(reader, info, stored, highlight, {
          select: (node) => {
            if (graph.hasNode(node)) select(node, { camera: true });
          },
          close: () => closeReader(true),
          label: (node) => (graph.hasNode(node) ? graph.getNodeAttribute(node, "label") : null),
        });
        reader.setAttribute("aria-busy", "false");
        reader.querySelector<HTMLElement>("#reader-title")?.focus({ preventScroll: true });
      },
      (error: unknown) => {
        if (request !== readerRequest) return;
        reader.setAttribute("aria-busy", "false");
        reader.replaceChildren(
          h("h2", { id: "reader-title", text: info.title ?? info.file }),
          h("p", {
            className: "error",
            attrs: { role: "alert" },
            text: error instanceof Error ? error.message : String(error),
          }),
          h("button", { text: "Close", attrs: { type: "button" }, on: { click: () => closeReader(true) } }),
        );
      },
    );
  }

  function closeReader(writeHistory: boolean) {
    if (reader.hidden) return;
    readerRequest++;
    reader.hidden = true;
    details.hidden = false;
    view = { ...view, reader: null };
    if (writeHistory) {
      writeUrl("push");
      details.querySelector<HTMLElement>("#details-title")?.focus({ preventScroll: true });
    }
  }

  function drag(node: string, x: number, y: number, done: boolean) {
    canvas.moveNode(node, x, y);
    layout.pin(node, x, y, done);
  }

  // ---- Search --------------------------------------------------------------------------------------------------
  let index: SearchIndex | null = null;
  const search = (text: string, limit = 10): SearchHit[] => {
    index ??= buildSearchIndex(graph);
    return searchIndex(index, text, limit).map(({ key, label, kind, matched }) => ({ key, label, kind, matched }));
  };
  const searchBox = createSearchBox(
    (text) => search(text, 12),
    (key) => select(key, { camera: true }),
  );

  // ---- Panels --------------------------------------------------------------------------------------------------
  const filters = createFiltersPanel(totals, documents, dateBounds(graph), (patch) => {
    try {
      setFilters(patch);
    } catch (error) {
      console.error(error);
    }
  });
  filtersHost.append(filters.element);
  // Small graphs show every layout frame in sigma; large ones show dots on an overlay until the layout stops.
  let preview: LayoutPreview | null = null;
  let lastFrame: { positions: Float32Array; order: readonly string[] } | null = null;
  const layout = createLayoutPanel(
    graph,
    (positions, order) => {
      if (!canvas.heavy) return canvas.movePositions(positions, order);
      lastFrame = { positions, order };
      preview ??= startLayoutPreview(canvas.sigma, graph, order);
      preview.draw(positions);
    },
    (running) => {
      if (running || !preview) return;
      preview.end();
      preview = null;
      if (lastFrame) canvas.movePositions(lastFrame.positions, lastFrame.order, true);
      lastFrame = null;
    },
  );

  const button = (text: string, label: string, onClick: () => void, shortcut?: string) =>
    h("button", {
      text,
      className: "tool",
      attrs: {
        type: "button",
        "aria-label": label,
        title: shortcut ? `${label} (${shortcut})` : label,
        "aria-keyshortcuts": shortcut,
      },
      on: { click: onClick },
    });
  header.append(
    h("h1", { className: "brand", text: "policygraph" }),
    searchBox.element,
    h("div", { className: "toolbar", attrs: { role: "toolbar", "aria-label": "View" } }, [
      layout.element,
      button("Fit", "Fit the graph to the view", () => canvas.fit(), "F"),
      button("+", "Zoom in", () => canvas.zoom(1.5), "+"),
      button("−", "Zoom out", () => canvas.zoom(1 / 1.5), "-"),
    ]),
  );

  installShortcuts({
    focusSearch: () => searchBox.focus(),
    fit: () => canvas.fit(),
    zoom: (factor) => canvas.zoom(factor),
    pan: (dx, dy) => canvas.pan(dx, dy),
    toggleLayout: () => layout.toggle(),
    escape: () => {
      if (!reader.hidden) closeReader(true);
      else if (view.selected) select(null);
    },
    canvas: canvasHost,
  });

  // ---- History -------------------------------------------------------------------------------------------------
  function applyView(next: ViewState, history: "none") {
    if (!sameFilters(next.filters, view.filters)) setFilters(next.filters, history);
    const selected = next.selected && graph.hasNode(next.selected) ? next.selected : null;
    if (selected !== view.selected) select(selected, { history });
    if (next.camera) canvas.setCamera(next.camera);
    if (next.reader && documentsByFile.has(next.reader.doc)) openDocument(next.reader.doc, next.reader, history);
    else closeReader(false);
  }
  window.addEventListener("popstate", () =>
    applyView({ ...DEFAULT_VIEW_STATE, ...decodeViewState(location.search).state }, "none"),
  );

  // ---- Embedding API ---------------------------------------------------------------------------------------------
  const explorerApi: ExplorerApi = {
    search: (text) => search(text, 10),
    select: (key) => select(key, { camera: true }),
    getSelection: () => view.selected,
    setFilters: (patch) => setFilters(patch as Partial<Filters>),
    getState: () => ({ ...view, camera: canvas.getCamera() }),
    openDocument: (doc) => openDocument(doc, null),
  };
  embed.attach(explorerApi);

  // ---- First state: from the URL -------------------------------------------------------------------------------
  const initial = view;
  view = { ...view, filters: DEFAULT_VIEW_STATE.filters, selected: null, reader: null };
  recomputeVisibility();
  if (!sameFilters(initial.filters, view.filters)) setFilters(initial.filters, "none");
  if (initial.selected) select(initial.selected, { history: "none" });
  if (initial.camera) canvas.setCamera(initial.camera);
  if (initial.reader && documentsByFile.has(initial.reader.doc))
    openDocument(initial.reader.doc, initial.reader, "none");
  root.dataset.state = "ready";
  root.setAttribute("aria-busy", "false");
  embed.ready();
  // The search index is built once the page is idle, so the first search on a large graph does not wait for it.
  const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  idle(() => {
    index ??= buildSearchIndex(graph);
  });
}
