// The embedding API: `window.policygraph` for scripts on the page, and the same calls over postMessage for a page
// that embeds the explorer in an iframe (a slide deck stepping through selections). Documented in the README.

import type { PathSettings } from "../graph/path-options.ts";
import type { EntityKind, Evidence, RelationKind } from "../schema/graph.ts";
import type { Filters, ViewState } from "./view-state.ts";

export interface SearchHit {
  key: string;
  label: string;
  kind: EntityKind;
  matched: string;
}

export interface FoundHop {
  /** Entity keys in path order; `direction` says which way the relation itself points. */
  source: string;
  target: string;
  kind: RelationKind;
  direction: "forward" | "backward" | "both";
  date: string | null;
  edge: string;
  /** Every sentence behind the relation, the best first. */
  evidence: Evidence[];
}

export interface FoundPath {
  from: string;
  to: string;
  /** The options as applied, omitted ones filled with the visible defaults. */
  options: PathSettings;
  found: boolean;
  /** The shortest path's hops; empty when there is none. */
  hops: FoundHop[];
  cost: number | null;
  /** The k shortest simple paths, best first (the first is `hops`). */
  alternatives: Array<{ nodes: string[]; hops: FoundHop[]; cost: number }>;
  /** How many fewest-hop paths there are (up to 50). */
  allShortest: number;
  /** When there is no path: "No connection within the current filters…", naming what blocks one. */
  message: string | null;
}

/** What the explorer offers once the graph is shown; the global wraps each call so it waits for that. */
export interface ExplorerApi {
  search(text: string): SearchHit[];
  select(key: string | null): void;
  getSelection(): string | null;
  setFilters(filters: unknown): Filters;
  getState(): ViewState;
  openDocument(doc: string): void;
  findPath(from: unknown, to: unknown, options: unknown): Promise<FoundPath>;
  clearPath(): void;
}

export type ExplorerEvent = "ready" | "selection" | "path";

export interface PolicygraphGlobal {
  /** Resolves when the graph is shown; rejects with the load error when it cannot be. */
  ready: Promise<void>;
  search(text: string): Promise<SearchHit[]>;
  select(key: string | null): Promise<string | null>;
  getSelection(): string | null;
  setFilters(filters: Partial<Filters>): Promise<Filters>;
  getState(): ViewState | null;
  openDocument(doc: string): Promise<void>;
  /**
   * Finds and shows how `from` is connected to `to` (entity keys), as the path panel does. Options:
   * `{ excludeKinds, avoid, dateFrom, dateTo, weighted, k }`; an omitted one takes the visible default, and
   * `excludeKinds: []` allows every relation kind. Rejects `policygraph.findPath: …` for an unknown key or option.
   */
  findPath(from: string, to: string, options?: Partial<PathSettings>): Promise<FoundPath>;
  clearPath(): Promise<void>;
  on(event: ExplorerEvent, listener: (payload: unknown) => void): () => void;
}

/** Messages a parent page sends: `{ type: "policygraph:call", id, method, args }`. */
export interface CallMessage {
  type: "policygraph:call";
  id: string | number;
  method: string;
  args?: unknown[];
}

declare global {
  interface Window {
    policygraph?: PolicygraphGlobal;
  }
}

const CALLABLE = [
  "search",
  "select",
  "getSelection",
  "setFilters",
  "getState",
  "openDocument",
  "findPath",
  "clearPath",
] as const;

export interface EmbeddingHandle {
  attach(api: ExplorerApi): void;
  ready(): void;
  fail(error: string): void;
  emit(event: ExplorerEvent, payload: unknown): void;
}

export function createEmbeddingApi(target: Window = window): EmbeddingHandle {
  let explorer: ExplorerApi | null = null;
  let resolveReady!: () => void;
  let rejectReady!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  // An embedder that never awaits `ready` must not see an unhandled rejection in its console.
  ready.catch(() => undefined);
  const listeners = new Map<ExplorerEvent, Set<(payload: unknown) => void>>();

  const live = async (): Promise<ExplorerApi> => {
    await ready;
    if (!explorer) throw new Error("policygraph: the explorer is not attached");
    return explorer;
  };

  const global: PolicygraphGlobal = {
    ready,
    search: async (text) => (await live()).search(String(text ?? "")),
    async select(key) {
      const api = await live();
      api.select(key === null ? null : String(key));
      return api.getSelection();
    },
    getSelection: () => explorer?.getSelection() ?? null,
    setFilters: async (filters) => (await live()).setFilters(filters),
    getState: () => explorer?.getState() ?? null,
    openDocument: async (doc) => (await live()).openDocument(String(doc)),
    findPath: async (from, to, options) => (await live()).findPath(from, to, options ?? {}),
    clearPath: async () => (await live()).clearPath(),
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  target.policygraph = global;

  target.addEventListener("message", (event: MessageEvent) => {
    const data = event.data as Partial<CallMessage> | null;
    if (!data || data.type !== "policygraph:call" || !event.source) return;
    const reply = (body: Record<string, unknown>) =>
      (event.source as WindowProxy).postMessage(
        { type: "policygraph:result", id: data.id, ...body },
        { targetOrigin: event.origin && event.origin !== "null" ? event.origin : "*" },
      );
    const method = data.method as (typeof CALLABLE)[number];
    if (!CALLABLE.includes(method)) {
      reply({ error: `policygraph: unknown method ${JSON.stringify(data.method)}; use one of ${CALLABLE.join(", ")}` });
      return;
    }
    const args = Array.isArray(data.args) ? data.args : [];
    Promise.resolve()
      .then(() => (global[method] as (...a: unknown[]) => unknown)(...args))
      .then(
        (result) => reply({ result: result === undefined ? null : result }),
        (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
      );
  });

  const emit = (event: ExplorerEvent, payload: unknown) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
    if (target.parent && target.parent !== target) {
      target.parent.postMessage({ type: "policygraph:event", event, payload }, "*");
    }
  };

  return {
    attach: (api) => (explorer = api),
    ready() {
      resolveReady();
      emit("ready", null);
    },
    fail: (error) => rejectReady(new Error(error)),
    emit,
  };
}
