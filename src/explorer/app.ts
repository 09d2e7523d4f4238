// The explorer: loads graph.json, paints it at once from its stored layout, then wires search, filters, the
// details panel, the document reader, the layout worker, URL state and the embedding API around one view state.

import { loadGraph } from "../graph/load.ts";
import type { PolicyGraph } from "../graph/load.ts";
import { buildSearchIndex, searchIndex } from "../graph/search-index.ts";
import type { SearchIndex } from "../graph/search-index.ts";
import { seedPositions } from "../graph/seed-layout.ts";
import { computeVisibility, createVisibilityIndex, dateBounds, graphCounts } from "../graph/visibility.ts";
import type { VisibilityIndex } from "../graph/visibility.ts";
import { connectionsBetween, sentencesNamingBoth } from "../graph/connections.ts";
import { DEFAULT_PATH_SETTINGS, normalizePathSettings, samePathSettings } from "../graph/path-options.ts";
import type { PathResult } from "../graph/path-hops.ts";
import type { DocumentInfo, Evidence } from "../schema/graph.ts";
import { ENTITY_KINDS, RELATION_KINDS } from "../schema/graph.ts";
import { createCanvas } from "./canvas.ts";
import type { Canvas } from "./canvas.ts";
import { renderDetails } from "./details-panel.ts";
import { fetchDocument, renderDocument } from "./document-reader.ts";
import { h, plural } from "./dom.ts";
import { createEmbeddingApi } from "./embed-api.ts";
import type { EmbeddingHandle, ExplorerApi, FoundPath, SearchHit } from "./embed-api.ts";
import { renderError } from "./error-screen.ts";
import { createFiltersPanel } from "./filters-panel.ts";
import type { FilterCounts } from "./filters-panel.ts";
import { createLayoutPanel } from "./layout-panel.ts";
import { startLayoutPreview } from "./layout-preview.ts";
import type { LayoutPreview } from "./layout-preview.ts";
import { createPathFinder } from "./path-finder.ts";
import type { PathOutcome } from "./path-finder.ts";
import { EMPTY_PATH, createPathPanel } from "./path-panel.ts";
import type { PathStatus, WhyView } from "./path-panel.ts";
import { EMPTY_DISPLAY_STATE, createReducers, neighbourhood, nodeSizes } from "./reducers.ts";
import type { DisplayState, NodeSet } from "./reducers.ts";
import { createSearchBox } from "./search-box.ts";
import { installShortcuts } from "./shortcuts.ts";
import { decodeViewState, mergeSearch } from "./url-state.ts";
import { DEFAULT_FILTERS, DEFAULT_VIEW_STATE, normalizeFilters } from "./view-state.ts";
import type { Filters, PathView, ViewState } from "./view-state.ts";
import { createGraphWorker } from "./worker-client.ts";
import type { GraphWorkerClient } from "./worker-client.ts";

export const FIRST_RENDER_MARK = "policygraph:first-render";

export interface ExplorerOptions {
  /** Where graph.json is (absolute: see `resolveGraphUrl`, which honours the page's `?graph=`). */
  graphUrl: string;
  /** How long the camera must rest before its position is written into the URL. */
  cameraUrlDelayMs: number;
}

export const DEFAULT_CAMERA_URL_DELAY_MS = 400;

/** "Why are these two connected?" reads at most this many of the documents that mention both, newest first. */
export const WHY_DOCUMENTS_READ = 12;

type SideTab = "details" | "path";

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
  const tab = (id: SideTab, text: string) =>
    h("button", {
      id: `tab-${id}`,
      className: "side-tab",
      text,
      attrs: {
        type: "button",
        role: "tab",
        "aria-selected": "false",
        "aria-controls": id === "path" ? "path-panel" : "details",
        "aria-keyshortcuts": id === "path" ? "P" : undefined,
        title: id === "path" ? "How are two entities connected? (P)" : undefined,
      },
      on: { click: () => showTab(id, true) },
    });
  const tabs = { details: tab("details", "Details"), path: tab("path", "Path") };
  const tabList = h("div", { className: "side-tabs", attrs: { role: "tablist", "aria-label": "Side panel" } }, [
    tabs.details,
    tabs.path,
  ]);
  details.setAttribute("role", "tabpanel");
  const sidePanel = h("aside", { className: "side", attrs: { "aria-label": "Details" } }, [tabList, details, reader]);
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
  let sideTab: SideTab = "details";
  let pathStatus: PathStatus = { state: "idle" };
  let why: WhyView | null = null;
  let pathRun = 0;

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
    paths.setView(everything ? null : result.edgeMask);
    // Paths stay within the filters: a shown path is asked again under the new ones.
    if (view.path?.from && view.path.to && pathStatus.state !== "idle") void runPath(false).catch(() => undefined);
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
        pathFrom: (node) => startPath({ from: node }),
        pathTo: (node) => startPath({ to: node }),
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
    if (node) showTab("details");
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
    pathPanel.element.hidden = true;
    tabList.hidden = true;
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
    tabList.hidden = false;
    showTab(sideTab);
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

  // ---- Paths -----------------------------------------------------------------------------------------------------
  // One worker for the page: started on first use by the layout or the path finder.
  let client: GraphWorkerClient | null = null;
  const worker = () => (client ??= createGraphWorker());
  const paths = createPathFinder(
    graph,
    () => (visibilityIndex ??= createVisibilityIndex(graph)),
    () => worker().api,
    documentsByFile,
  );
  const pathPanel = createPathPanel({
    suggest: (text) => search(text, 8),
    entity: (node) =>
      graph.hasNode(node)
        ? { label: graph.getNodeAttribute(node, "label"), kind: graph.getNodeAttribute(node, "kind") }
        : null,
    document: (file) => documentsByFile.get(file),
    change: (next) => {
      const empty = !next.from && !next.to && samePathSettings(next.settings, DEFAULT_PATH_SETTINGS);
      void setPath(empty ? null : next).catch(() => undefined);
    },
    select: (node) => select(node, { camera: true }),
    openDocument: (doc, evidence) => openDocument(doc, evidence),
    why: () => void explainConnection(),
    clearFilters: () => setFilters(DEFAULT_FILTERS),
  });
  pathPanel.element.setAttribute("role", "tabpanel");
  pathPanel.element.hidden = true;
  sidePanel.insertBefore(pathPanel.element, reader);

  function showTab(next: SideTab, focus = false) {
    sideTab = next;
    for (const [id, button] of Object.entries(tabs)) button.setAttribute("aria-selected", String(id === next));
    if (!reader.hidden) return;
    details.hidden = next !== "details";
    pathPanel.element.hidden = next !== "path";
    if (next === "path") renderPath();
    if (focus) tabs[next].focus();
  }

  function renderPath() {
    tabs.path.textContent =
      pathStatus.state === "done" && pathStatus.outcome.paths.length
        ? `Path (${plural(pathStatus.outcome.paths[0].hops.length, "hop")})`
        : "Path";
    if (!pathPanel.element.hidden) pathPanel.render(view.path, pathStatus, why);
  }

  /** "Path from here" / "path to here": fills one end and opens the panel, keeping the other end. */
  function startPath(ends: { from?: string; to?: string }) {
    const base = view.path ?? EMPTY_PATH;
    void setPath({ ...base, ...ends, shown: 0 }).catch(() => undefined);
    showTab("path");
    if (!(view.path?.from && view.path.to)) pathPanel.focusFrom();
  }

  function shownPaths(): PathResult[] {
    if (!view.path || pathStatus.state !== "done") return [];
    const { outcome } = pathStatus;
    if (view.path.shown === "all") return outcome.allShortest;
    const path = outcome.paths[Math.min(view.path.shown, outcome.paths.length - 1)];
    return path ? [path] : [];
  }

  function applyPathHighlight(frame: boolean) {
    const shown = shownPaths();
    let highlight: NodeSet | null = null;
    if (shown.length) {
      const nodes = new Set<string>();
      const edges = new Set<string>();
      for (const path of shown) {
        for (const node of path.nodes) nodes.add(node);
        for (const hop of path.hops) edges.add(hop.edge);
      }
      highlight = { nodes, edges };
    }
    display = { ...display, highlight };
    canvas.refresh();
    if (frame && highlight) canvas.focusNodes([...highlight.nodes]);
  }

  function activeFilters(): string[] {
    const f = view.filters;
    const active: Array<[boolean, string]> = [
      [f.nodeKinds.length < ENTITY_KINDS.length, "entity kinds"],
      [f.relationKinds.length < RELATION_KINDS.length, "relation kinds"],
      [f.documents !== null, "documents"],
      [f.dateFrom !== null || f.dateTo !== null, "date window"],
      [f.depth !== null && view.selected !== null, `neighbourhood depth ${f.depth}`],
    ];
    return active.filter(([on]) => on).map(([, name]) => name);
  }

  /** Sets the path question (null: none), writes it into the URL and asks the worker when both ends are set. */
  function setPath(
    next: PathView | null,
    how: { history?: "push" | "replace" | "none"; camera?: boolean } = {},
  ): Promise<PathOutcome | null> {
    const previous = view.path;
    const sameQuestion =
      previous !== null &&
      next !== null &&
      previous.from === next.from &&
      previous.to === next.to &&
      samePathSettings(previous.settings, next.settings);
    view = { ...view, path: next };
    if (!(previous?.from === next?.from && previous?.to === next?.to)) why = null;
    if (how.history !== "none") writeUrl(how.history ?? "push");
    if (next) showTab("path");
    if (sameQuestion && pathStatus.state === "done") {
      applyPathHighlight(how.camera ?? true);
      renderPath();
      embed.emit("path", view.path);
      return Promise.resolve(pathStatus.outcome);
    }
    return runPath(how.camera ?? true);
  }

  async function runPath(frame: boolean): Promise<PathOutcome | null> {
    const request = ++pathRun;
    const path = view.path;
    if (!path?.from || !path.to) {
      pathStatus = { state: "idle" };
      applyPathHighlight(false);
      renderPath();
      return null;
    }
    if (!graph.hasNode(path.from) || !graph.hasNode(path.to)) {
      const missing = graph.hasNode(path.from) ? path.to : path.from;
      pathStatus = { state: "error", message: `explorer.path: no entity with key "${missing}" in this graph` };
      applyPathHighlight(false);
      renderPath();
      throw new Error(pathStatus.message);
    }
    pathStatus = { state: "finding" };
    root.setAttribute("data-path", "finding");
    renderPath();
    try {
      const outcome = await paths.find(path.from, path.to, path.settings, {
        activeFilters: activeFilters(),
        label: (node) => (graph.hasNode(node) ? graph.getNodeAttribute(node, "label") : node),
      });
      if (request !== pathRun) return outcome;
      pathStatus = { state: "done", outcome };
      applyPathHighlight(frame);
      renderPath();
      root.setAttribute("data-path", outcome.paths.length ? "found" : "none");
      embed.emit("path", view.path);
      return outcome;
    } catch (error) {
      if (request === pathRun) {
        console.error(error);
        pathStatus = { state: "error", message: error instanceof Error ? error.message : String(error) };
        applyPathHighlight(false);
        renderPath();
        root.setAttribute("data-path", "error");
      }
      throw error;
    }
  }

  async function explainConnection() {
    const path = view.path;
    if (!path?.from || !path.to) return;
    const { from, to } = path;
    const connections = connectionsBetween(graph, from, to, documentsByFile);
    const files = connections.documents.slice(0, WHY_DOCUMENTS_READ);
    why = { connections, sentences: null, documentsRead: files.length, error: null };
    renderPath();
    sidePanel.querySelector<HTMLElement>("#why-title")?.focus();
    try {
      const stored = await Promise.all(files.map((file) => fetchDocument(graphUrl, documentsByFile.get(file)!)));
      if (why?.connections !== connections) return;
      why = { ...why, sentences: stored.flatMap((doc) => sentencesNamingBoth(doc, from, to)) };
    } catch (error) {
      if (why?.connections !== connections) return;
      why = { ...why, error: error instanceof Error ? error.message : String(error) };
    }
    renderPath();
  }

  /** A path in the embedding API's shape: the panel's own, without anything else it may carry later. */
  const apiPath = ({ nodes, cost, hops }: PathResult) => ({ nodes, cost, hops });

  async function findPathForApi(from: unknown, to: unknown, options: unknown): Promise<FoundPath> {
    for (const [name, key] of [
      ["from", from],
      ["to", to],
    ] as const) {
      if (typeof key !== "string" || !graph.hasNode(key)) {
        throw new Error(`policygraph.findPath: ${name} ${JSON.stringify(key)} is no entity key; search() gives keys`);
      }
    }
    const { settings, errors } = normalizePathSettings(options, DEFAULT_PATH_SETTINGS, (key) => graph.hasNode(key));
    if (errors.length) throw new Error(`policygraph.findPath: ${errors.join("; ")}`);
    const outcome = await setPath({ from: from as string, to: to as string, settings, shown: 0 });
    if (!outcome) throw new Error("policygraph.findPath: no answer");
    const [shortest] = outcome.paths;
    return {
      from: outcome.from,
      to: outcome.to,
      options: outcome.settings,
      found: shortest !== undefined,
      hops: shortest ? apiPath(shortest).hops : [],
      cost: shortest ? shortest.cost : null,
      alternatives: outcome.paths.map(apiPath),
      allShortest: outcome.allShortest.length,
      message: outcome.message,
    };
  }

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
    worker,
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
    findPath: () => {
      closeReader(false);
      showTab("path");
      pathPanel.focusFrom();
    },
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
    if (JSON.stringify(next.path) !== JSON.stringify(view.path)) {
      void setPath(next.path, { history, camera: false }).catch(() => undefined);
    }
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
    findPath: (from, to, options) => findPathForApi(from, to, options),
    clearPath: () => {
      void setPath(null);
    },
  };
  embed.attach(explorerApi);

  // ---- First state: from the URL -------------------------------------------------------------------------------
  const initial = view;
  view = { ...view, filters: DEFAULT_VIEW_STATE.filters, selected: null, reader: null, path: null };
  recomputeVisibility();
  if (!sameFilters(initial.filters, view.filters)) setFilters(initial.filters, "none");
  if (initial.selected) select(initial.selected, { history: "none" });
  if (initial.path) void setPath(initial.path, { history: "none", camera: !initial.camera }).catch(() => undefined);
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
