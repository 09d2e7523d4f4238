// ForceAtlas2 layout kernel over plain typed arrays: graphology's own FA2 iteration plus convergence, pinning and a
// time budget per step. Pure and synchronous, so it runs the same in the worker and in Node tests.

import iterate from "graphology-layout-forceatlas2/iterate.js";
import type { LayoutFrame, LayoutInput } from "./protocol.ts";

/** Numbers per node in positions: x, y. */
export const POSITION_STRIDE = 2;
/** Numbers per edge in `LayoutInput.edges`: source index, target index. */
export const EDGE_STRIDE = 2;

// The layout of graphology-layout-forceatlas2's matrices (see its iterate.js and helpers.js).
const NODE_STRIDE = 10;
const NODE_X = 0;
const NODE_Y = 1;
const NODE_MASS = 6;
const NODE_CONVERGENCE = 7;
const NODE_SIZE = 8;
const NODE_FIXED = 9;
const EDGE_MATRIX_STRIDE = 3;
const EDGE_SOURCE = 0;
const EDGE_TARGET = 1;
const EDGE_WEIGHT = 2;

/** The edge matrix is a Float32Array holding node offsets (index × 10); above 2^24 they would lose precision. */
export const MAX_NODE_COUNT = Math.floor(2 ** 24 / NODE_STRIDE);
/** graphology's `inferSettings` turns Barnes-Hut on above this many nodes. */
export const BARNES_HUT_MIN_NODES = 2000;

export interface ForceAtlas2Settings {
  linLogMode: boolean;
  outboundAttractionDistribution: boolean;
  adjustSizes: boolean;
  edgeWeightInfluence: number;
  scalingRatio: number;
  strongGravityMode: boolean;
  gravity: number;
  slowDown: number;
  barnesHutOptimize: boolean;
  barnesHutTheta: number;
}

export interface LayoutSettings extends ForceAtlas2Settings {
  /** Milliseconds of iterations per `step()` when the caller gives no budget; one frame at 60 Hz. */
  stepBudgetMs: number;
  /** Movement (see `LayoutFrame.movement`) under which an iteration counts as calm. */
  convergenceThreshold: number;
  /** Consecutive calm iterations after which the layout has converged. */
  convergenceIterations: number;
  /** Iterations after which the layout counts as converged anyway; counted from init and from each pin or unpin. */
  maxIterations: number;
}

export type ResolvedLayoutSettings = Readonly<LayoutSettings>;

/** Every knob with its default: graphology's FA2 defaults, then the kernel's own. */
export const DEFAULT_LAYOUT_SETTINGS: ResolvedLayoutSettings = {
  linLogMode: false,
  outboundAttractionDistribution: false,
  adjustSizes: false,
  edgeWeightInfluence: 1,
  scalingRatio: 1,
  strongGravityMode: false,
  gravity: 1,
  slowDown: 1,
  barnesHutOptimize: false,
  barnesHutTheta: 0.5,
  stepBudgetMs: 16,
  convergenceThreshold: 0.002,
  convergenceIterations: 20,
  maxIterations: 3000,
};

/** graphology's `inferSettings(order)`: sane FA2 settings for a graph of this many nodes. */
export function inferLayoutSettings(nodeCount: number): Partial<LayoutSettings> {
  return {
    barnesHutOptimize: nodeCount > BARNES_HUT_MIN_NODES,
    strongGravityMode: true,
    gravity: 0.05,
    scalingRatio: 10,
    slowDown: 1 + Math.log(Math.max(1, nodeCount)),
  };
}

/** Defaults, then what `inferLayoutSettings` says for this graph, then the caller's overrides (undefined ones skipped). */
export function resolveLayoutSettings(nodeCount: number, overrides: Partial<LayoutSettings> = {}): LayoutSettings {
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { ...DEFAULT_LAYOUT_SETTINGS, ...inferLayoutSettings(nodeCount), ...given };
}

type Rule = (value: unknown) => string | null;

const isBoolean: Rule = (value) => (typeof value === "boolean" ? null : "a boolean");
const isFiniteNumber: Rule = (value) =>
  typeof value === "number" && Number.isFinite(value) ? null : "a finite number";
const isAtLeastZero: Rule = (value) =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 ? null : "a finite number >= 0";
const isPositive: Rule = (value) =>
  typeof value === "number" && Number.isFinite(value) && value > 0 ? null : "a finite number > 0";
const isCount: Rule = (value) => (Number.isInteger(value) && (value as number) >= 1 ? null : "an integer >= 1");
const isCountOrInfinity: Rule = (value) =>
  value === Infinity || (Number.isInteger(value) && (value as number) >= 1) ? null : "an integer >= 1 or Infinity";

const SETTING_RULES: { [K in keyof LayoutSettings]: Rule } = {
  linLogMode: isBoolean,
  outboundAttractionDistribution: isBoolean,
  adjustSizes: isBoolean,
  edgeWeightInfluence: isFiniteNumber,
  // FA2 divides gravity by the scaling ratio, so 0 would turn every position into NaN.
  scalingRatio: isPositive,
  strongGravityMode: isBoolean,
  gravity: isAtLeastZero,
  slowDown: isPositive,
  barnesHutOptimize: isBoolean,
  barnesHutTheta: isAtLeastZero,
  stepBudgetMs: isAtLeastZero,
  convergenceThreshold: isAtLeastZero,
  convergenceIterations: isCount,
  maxIterations: isCountOrInfinity,
};

/** The first problem with these settings (unknown keys included), or null; the caller prefixes where it comes from. */
export function validateLayoutSettings(settings: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(settings)) {
    if (!Object.hasOwn(SETTING_RULES, key)) return `unknown setting ${JSON.stringify(key)}`;
    const expected = SETTING_RULES[key as keyof LayoutSettings](value);
    if (expected !== null) return `setting ${key} must be ${expected}, got ${show(value)}`;
  }
  return null;
}

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object" && value !== null) return Array.isArray(value) ? "an array" : "an object";
  return String(value);
}

/** The first problem with this input, or null; the caller prefixes where it comes from. */
export function validateLayoutInput(input: unknown): string | null {
  if (typeof input !== "object" || input === null) return `expected an input object, got ${show(input)}`;
  const { nodeCount, edges, weights, positions, sizes } = input as Record<string, unknown>;
  if (!Number.isInteger(nodeCount) || (nodeCount as number) < 0)
    return `nodeCount must be an integer >= 0, got ${show(nodeCount)}`;
  const nodes = nodeCount as number;
  if (nodes > MAX_NODE_COUNT) return `nodeCount ${nodes} is over the ${MAX_NODE_COUNT} nodes FA2's matrices can index`;

  if (!(edges instanceof Uint32Array)) return `edges must be a Uint32Array, got ${show(edges)}`;
  if (edges.length % EDGE_STRIDE !== 0) return `edges has odd length ${edges.length}, expected source, target pairs`;
  for (let i = 0; i < edges.length; i++) {
    if (edges[i] >= nodes) {
      const end = i % EDGE_STRIDE === 0 ? "source" : "target";
      return `edge ${Math.floor(i / EDGE_STRIDE)} has ${end} index ${edges[i]} out of range (nodeCount ${nodes})`;
    }
  }
  const edgeCount = edges.length / EDGE_STRIDE;

  const positionsError = checkFloats("positions", positions, nodes * POSITION_STRIDE, "nodeCount × 2", false);
  if (positionsError !== null) return positionsError;
  if (weights !== undefined) {
    const weightsError = checkFloats("weights", weights, edgeCount, "one per edge", true);
    if (weightsError !== null) return weightsError;
  }
  if (sizes !== undefined) {
    const sizesError = checkFloats("sizes", sizes, nodes, "one per node", true);
    if (sizesError !== null) return sizesError;
  }
  return null;
}

function checkFloats(name: string, value: unknown, length: number, what: string, atLeastZero: boolean): string | null {
  if (!(value instanceof Float32Array)) return `${name} must be a Float32Array, got ${show(value)}`;
  if (value.length !== length) return `${name} has length ${value.length}, expected ${length} (${what})`;
  for (let i = 0; i < value.length; i++) {
    if (!Number.isFinite(value[i])) return `${name}[${i}] is ${value[i]}, expected a finite number`;
    if (atLeastZero && value[i] < 0) return `${name}[${i}] is ${value[i]}, expected >= 0`;
  }
  return null;
}

/** A running layout: owns its matrices, so the input arrays may be reused or transferred afterwards. */
export interface LayoutState {
  readonly nodeCount: number;
  readonly settings: ResolvedLayoutSettings;
  /** Iterates for about `budgetMs` (at least once, none once converged) and returns a copy of the positions. */
  step(budgetMs?: number): LayoutFrame;
  /** Fixes node `index` at (x, y) until `unpin`; wakes a converged layout. */
  pin(index: number, x: number, y: number): void;
  /** Lets node `index` move again; wakes a converged layout. */
  unpin(index: number): void;
}

/** Builds a layout; throws `layout.init: …` for bad input or settings. */
export function createLayout(input: LayoutInput, overrides: Partial<LayoutSettings> = {}): LayoutState {
  const inputError = validateLayoutInput(input);
  if (inputError !== null) throw new Error(`layout.init: ${inputError}`);
  if (typeof overrides !== "object" || overrides === null)
    throw new Error(`layout.init: settings must be an object, got ${show(overrides)}`);
  const settings: ResolvedLayoutSettings = Object.freeze(resolveLayoutSettings(input.nodeCount, overrides));
  const settingsError = validateLayoutSettings({ ...settings });
  if (settingsError !== null) throw new Error(`layout.init: ${settingsError}`);

  const { nodeCount, edges, weights, positions, sizes } = input;
  const edgeCount = edges.length / EDGE_STRIDE;
  const nodeMatrix = new Float32Array(nodeCount * NODE_STRIDE);
  const edgeMatrix = new Float32Array(edgeCount * EDGE_MATRIX_STRIDE);
  for (let i = 0; i < nodeCount; i++) {
    const n = i * NODE_STRIDE;
    nodeMatrix[n + NODE_X] = positions[i * POSITION_STRIDE];
    nodeMatrix[n + NODE_Y] = positions[i * POSITION_STRIDE + 1];
    nodeMatrix[n + NODE_MASS] = 1;
    nodeMatrix[n + NODE_CONVERGENCE] = 1;
    nodeMatrix[n + NODE_SIZE] = sizes ? sizes[i] : 1;
  }
  // As graphology's graphToByteArrays: a node's mass is 1 plus its weighted degree.
  for (let e = 0; e < edgeCount; e++) {
    const source = edges[e * EDGE_STRIDE] * NODE_STRIDE;
    const target = edges[e * EDGE_STRIDE + 1] * NODE_STRIDE;
    const weight = weights ? weights[e] : 1;
    nodeMatrix[source + NODE_MASS] += weight;
    nodeMatrix[target + NODE_MASS] += weight;
    edgeMatrix[e * EDGE_MATRIX_STRIDE + EDGE_SOURCE] = source;
    edgeMatrix[e * EDGE_MATRIX_STRIDE + EDGE_TARGET] = target;
    edgeMatrix[e * EDGE_MATRIX_STRIDE + EDGE_WEIGHT] = weight;
  }

  const previous = new Float32Array(nodeCount * POSITION_STRIDE);
  let iterations = 0;
  let iterationsSinceWake = 0;
  let calmIterations = 0;
  let converged = false;
  let movement = 0;

  function iterateOnce(): void {
    for (let i = 0; i < nodeCount; i++) {
      previous[i * POSITION_STRIDE] = nodeMatrix[i * NODE_STRIDE + NODE_X];
      previous[i * POSITION_STRIDE + 1] = nodeMatrix[i * NODE_STRIDE + NODE_Y];
    }
    iterate(settings, nodeMatrix, edgeMatrix);
    iterations++;
    iterationsSinceWake++;
    movement = measureMovement(nodeMatrix, previous, nodeCount);
    calmIterations = movement < settings.convergenceThreshold ? calmIterations + 1 : 0;
    converged = calmIterations >= settings.convergenceIterations || iterationsSinceWake >= settings.maxIterations;
  }

  function wake(): void {
    converged = false;
    calmIterations = 0;
    iterationsSinceWake = 0;
  }

  function checkIndex(where: string, index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= nodeCount)
      throw new Error(`${where}: node index ${show(index)} out of range (nodeCount ${nodeCount})`);
  }

  return {
    nodeCount,
    settings,
    step(budgetMs = settings.stepBudgetMs) {
      if (typeof budgetMs !== "number" || Number.isNaN(budgetMs) || budgetMs < 0)
        throw new Error(`layout.step: budgetMs must be a number >= 0, got ${show(budgetMs)}`);
      if (!converged && nodeCount > 0) {
        const start = performance.now();
        for (let ran = 1; ; ran++) {
          iterateOnce();
          const elapsed = performance.now() - start;
          // Stop when the next iteration, at the average pace so far, would overrun the budget.
          if (converged || elapsed + elapsed / ran >= budgetMs) break;
        }
      }
      if (nodeCount === 0) converged = true;
      const out = new Float32Array(nodeCount * POSITION_STRIDE);
      for (let i = 0; i < nodeCount; i++) {
        out[i * POSITION_STRIDE] = nodeMatrix[i * NODE_STRIDE + NODE_X];
        out[i * POSITION_STRIDE + 1] = nodeMatrix[i * NODE_STRIDE + NODE_Y];
      }
      return { positions: out, iterations, converged, movement };
    },
    pin(index, x, y) {
      checkIndex("layout.pin", index);
      if (!Number.isFinite(x) || !Number.isFinite(y))
        throw new Error(`layout.pin: position (${show(x)}, ${show(y)}) must be finite`);
      const n = index * NODE_STRIDE;
      nodeMatrix[n + NODE_X] = x;
      nodeMatrix[n + NODE_Y] = y;
      nodeMatrix[n + NODE_FIXED] = 1;
      wake();
    },
    unpin(index) {
      checkIndex("layout.unpin", index);
      nodeMatrix[index * NODE_STRIDE + NODE_FIXED] = 0;
      wake();
    },
  };
}

/**
 * Mean displacement of the free nodes since `previous`, divided by the RMS distance of all nodes from their centroid,
 * so the same threshold fits a graph of 10 nodes and one of 10,000 whatever the coordinates' unit.
 */
function measureMovement(nodeMatrix: Float32Array, previous: Float32Array, nodeCount: number): number {
  let moved = 0;
  let free = 0;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < nodeCount; i++) {
    const x = nodeMatrix[i * NODE_STRIDE + NODE_X];
    const y = nodeMatrix[i * NODE_STRIDE + NODE_Y];
    sumX += x;
    sumY += y;
    if (nodeMatrix[i * NODE_STRIDE + NODE_FIXED] === 1) continue;
    const dx = x - previous[i * POSITION_STRIDE];
    const dy = y - previous[i * POSITION_STRIDE + 1];
    moved += Math.sqrt(dx * dx + dy * dy);
    free++;
  }
  if (free === 0 || moved === 0) return 0;
  const centerX = sumX / nodeCount;
  const centerY = sumY / nodeCount;
  let spread = 0;
  for (let i = 0; i < nodeCount; i++) {
    const dx = nodeMatrix[i * NODE_STRIDE + NODE_X] - centerX;
    const dy = nodeMatrix[i * NODE_STRIDE + NODE_Y] - centerY;
    spread += dx * dx + dy * dy;
  }
  const radius = Math.sqrt(spread / nodeCount);
  return radius > 0 ? moved / free / radius : Infinity;
}
