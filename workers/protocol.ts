// The graph worker's contract, types only: both sides `import type` it, so the main thread and the worker cannot drift.

import type { CsrInput } from "./csr.ts";
import type { LayoutSettings, ResolvedLayoutSettings } from "./layout.ts";
import type { NoPathExplanation, Path, PathOptions } from "./paths.ts";

export type { CsrInput, LayoutSettings, NoPathExplanation, Path, PathOptions, ResolvedLayoutSettings };

/**
 * A graph for the layout as plain typed arrays: nodes are 0..nodeCount-1 (the caller keeps the id ↔ index map).
 * The worker copies what it needs, so every buffer may be transferred.
 */
export interface LayoutInput {
  nodeCount: number;
  /** Stride 2: source index, target index. Parallel edges and self-loops are allowed. */
  edges: Uint32Array;
  /** One per edge, finite and >= 0; 1 when absent. */
  weights?: Float32Array;
  /** Stride 2: x, y. The starting layout: FA2 refines it, so seed it (nodes on one point stay there). */
  positions: Float32Array;
  /** One per node, finite and >= 0 (used by `adjustSizes`); 1 when absent. */
  sizes?: Float32Array;
}

/** What one `layoutStep` produced. */
export interface LayoutFrame {
  /** A fresh array owned by the receiver (transferred from the worker), stride 2: x, y. */
  positions: Float32Array;
  /** Iterations run since `layoutInit`. */
  iterations: number;
  /** The layout has settled or hit `maxIterations`; further steps return the same positions until a pin or unpin. */
  converged: boolean;
  /** Mean free-node displacement in the latest iteration over the layout's RMS radius (scale-free); 0 before any. */
  movement: number;
}

/** Liveness, for a health check or a test. */
export interface WorkerCoreApi {
  /** Resolves to "pong". */
  ping(): Promise<string>;
}

/** ForceAtlas2 over typed arrays; one layout per worker, replaced by each `layoutInit`. */
export interface LayoutApi {
  /** Builds the layout; rejects with `layout.init: …` for bad input or settings. */
  layoutInit(input: LayoutInput, settings?: Partial<LayoutSettings>): Promise<ResolvedLayoutSettings>;
  /** Runs iterations for about `budgetMs` (default: the `stepBudgetMs` setting), at least one unless converged. */
  layoutStep(budgetMs?: number): Promise<LayoutFrame>;
  /** Fixes a node at (x, y), e.g. while the user drags it; wakes a converged layout. */
  layoutPin(index: number, x: number, y: number): Promise<void>;
  /** Lets a pinned node move again; wakes a converged layout. */
  layoutUnpin(index: number): Promise<void>;
  /** Drops the layout and its memory; idempotent. */
  layoutDispose(): Promise<void>;
}

/** One question to the path finder, in node indices of the graph given to `pathsInit`. */
export interface PathQuery {
  from: number;
  to: number;
  /** The view's mask is set with `pathsSetView`, not here. */
  options?: Omit<PathOptions, "edgeMask">;
  /** Alternatives wanted (Yen's k shortest simple paths, the shortest included); 1 gives none. */
  k?: number;
  /** Also list every fewest-hop path, up to this many; 0 or absent lists none. */
  allShortest?: number;
}

export interface PathAnswer {
  shortest: Path | null;
  /** The k shortest simple paths, best first (the shortest is the first); empty when k is 1 or none exists. */
  alternatives: Path[];
  /** Every fewest-hop path (hop count even when weighted), up to the limit asked; empty when none was asked. */
  allShortest: Path[];
  /** When there is no path: which option blocks one (`filters` for the view's mask), if dropping it would help. */
  explanation: NoPathExplanation | null;
}

/** Shortest paths over a compact adjacency (CSR), built once per graph by `pathsInit`. */
export interface PathsApi {
  /** Builds the adjacency; rejects with `csr.build: …` for bad input. Clears the view's mask. */
  pathsInit(input: CsrInput): Promise<{ nodeCount: number; edgeCount: number }>;
  /**
   * The edges the explorer's filters show (1) and hide (0), one byte per edge, or null for all: paths stay within
   * the view until the next call. Rejects `paths.view: …` for a mask of the wrong length.
   */
  pathsSetView(edgeMask: Uint8Array | null): Promise<void>;
  /** Rejects with `paths.find: …` (or `paths.kShortest: …`) for a bad index or option. */
  pathsFind(query: PathQuery): Promise<PathAnswer>;
  /** Drops the adjacency; idempotent. */
  pathsDispose(): Promise<void>;
}

/**
 * Everything the graph worker answers. Each feature is its own group with prefixed method names (`layout*`); later
 * groups (paths, queries) extend this interface the same way.
 */
export interface GraphWorkerApi extends WorkerCoreApi, LayoutApi, PathsApi {}
