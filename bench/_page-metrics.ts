// What the explorer bench runs inside the pages, as source text: playwright serializes functions with toString(),
// and the helpers tsx adds to compiled functions (`__name`) do not exist in the page.

/** Set by the explorer and by bench/bare.ts right after their sigma is constructed (the constructor renders). */
export const FIRST_RENDER_MARK = "policygraph:first-render";

/**
 * Runs before the page's own scripts. Notes when the first frame after the mark starts, so that synchronous work a
 * page does after its first render (and before the browser can show it) is visible too, and when the page says it
 * is ready (a mutation observer fires within the task that set the attribute; polling from the bench would not).
 */
export const PAGE_PROBES = `
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName(${JSON.stringify(FIRST_RENDER_MARK)}).length) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__benchFirstFrame = performance.now(); });
  }).observe({ type: "mark" });
  new MutationObserver((records, observer) => {
    if (!records.some((r) => r.target.dataset && r.target.dataset.state === "ready")) return;
    observer.disconnect();
    window.__benchReady = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state"] });
`;

/** ms from navigation start to the mark, or null before it; "error: …" when the page shows its error state. */
export const FIRST_RENDER_OR_ERROR = `(() => {
  const mark = performance.getEntriesByName(${JSON.stringify(FIRST_RENDER_MARK)})[0];
  if (mark) return mark.startTime;
  const failed = document.querySelector('[data-state="error"]');
  return failed ? "error: " + (failed.textContent || "").trim().slice(0, 300) : null;
})()`;

export const FIRST_FRAME = `window.__benchFirstFrame ?? null`;
export const READY = `window.__benchReady ?? null`;

/** When the page asked for the graph and when its last byte arrived (resource timing), for `file` at the root. */
export const graphFetchTiming = (file: string) => `(() => {
  const entry = performance.getEntriesByType("resource").find((e) => new URL(e.name).pathname === "/" + ${JSON.stringify(file)});
  return entry ? { requestMs: entry.startTime, responseEndMs: entry.responseEnd } : null;
})()`;

/** Counts animation frames until FPS_STOP; each frame is one the main thread was free to produce. */
export const FPS_START = `(() => {
  const counter = { frames: 0, start: performance.now(), running: true };
  window.__benchFps = counter;
  const tick = () => {
    if (!counter.running) return;
    counter.frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** Null when the counter is gone: the document was replaced (a reload) since FPS_START. */
export const FPS_STOP = `(() => {
  const counter = window.__benchFps;
  if (!counter) return null;
  counter.running = false;
  return { frames: counter.frames, ms: performance.now() - counter.start };
})()`;

/** The explorer's embedding API, timed: search, then select its first hit and wait until that frame is drawn. */
export const USABILITY = `(async (query) => {
  const api = window.policygraph;
  await api.ready;
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const t0 = performance.now();
  const hits = await api.search(query);
  const searchMs = performance.now() - t0;
  if (!hits.length) return { query, hits: 0, searchMs, selectMs: null, selectPaintedMs: null, selected: null };
  const t1 = performance.now();
  const selected = await api.select(hits[0].key);
  const selectMs = performance.now() - t1;
  await nextFrame();
  const selectPaintedMs = performance.now() - t1;
  return { query, hits: hits.length, first: hits[0].key, searchMs, selectMs, selectPaintedMs, selected };
})`;
