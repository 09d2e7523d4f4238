// The ForceAtlas2 kernel in Node: settings, input checks, determinism, convergence, pinning and a 10k-node graph.

import { describe, expect, it } from "vitest";
import {
  createLayout,
  DEFAULT_LAYOUT_SETTINGS,
  inferLayoutSettings,
  resolveLayoutSettings,
  validateLayoutSettings,
} from "../../workers/layout.ts";
import type { LayoutInput } from "../../workers/protocol.ts";
import { centroid, distance, layoutInput, pathGraph, point, randomGraph, range, twoCliques } from "./_graphs.ts";

describe("layout settings", () => {
  it.each([
    { nodeCount: 10, barnesHutOptimize: false },
    { nodeCount: 2000, barnesHutOptimize: false },
    { nodeCount: 2001, barnesHutOptimize: true },
  ])("infers graphology's FA2 settings for $nodeCount nodes (Barnes-Hut: $barnesHutOptimize)", (row) => {
    expect(resolveLayoutSettings(row.nodeCount)).toEqual({
      ...DEFAULT_LAYOUT_SETTINGS,
      barnesHutOptimize: row.barnesHutOptimize,
      strongGravityMode: true,
      gravity: 0.05,
      scalingRatio: 10,
      slowDown: 1 + Math.log(row.nodeCount),
    });
  });

  it("keeps slowDown at 1 for an empty graph rather than 1 + ln 0", () => {
    expect(inferLayoutSettings(0).slowDown).toBe(1);
  });

  it("lets the caller's settings win over inferred ones and ignores those given as undefined", () => {
    const settings = resolveLayoutSettings(5000, { barnesHutOptimize: false, gravity: undefined, maxIterations: 10 });
    expect(settings).toMatchObject({ barnesHutOptimize: false, gravity: 0.05, maxIterations: 10 });
  });

  it("accepts the defaults and every resolved setting", () => {
    expect(validateLayoutSettings({ ...DEFAULT_LAYOUT_SETTINGS })).toBeNull();
    expect(validateLayoutSettings({ ...resolveLayoutSettings(10), maxIterations: Infinity })).toBeNull();
  });

  it.each([
    { settings: { linLogMode: "yes" }, message: 'setting linLogMode must be a boolean, got "yes"' },
    { settings: { scalingRatio: 0 }, message: "setting scalingRatio must be a finite number > 0, got 0" },
    { settings: { gravity: -1 }, message: "setting gravity must be a finite number >= 0, got -1" },
    { settings: { slowDown: NaN }, message: "setting slowDown must be a finite number > 0, got NaN" },
    { settings: { edgeWeightInfluence: Infinity }, message: "must be a finite number, got Infinity" },
    { settings: { convergenceIterations: 2.5 }, message: "setting convergenceIterations must be an integer >= 1" },
    { settings: { maxIterations: 0 }, message: "setting maxIterations must be an integer >= 1 or Infinity, got 0" },
    { settings: { stepBudgetMs: null }, message: "setting stepBudgetMs must be a finite number >= 0, got null" },
    { settings: { iterations: 100 }, message: 'unknown setting "iterations"' },
  ])("rejects $settings", ({ settings, message }) => {
    expect(validateLayoutSettings(settings)).toContain(message);
  });
});

describe("createLayout input checks", () => {
  const good = (): LayoutInput => layoutInput(3, [[0, 1]]);

  it.each([
    { what: "a missing input", input: null, message: /^layout\.init: expected an input object, got null$/ },
    { what: "a negative nodeCount", input: { ...good(), nodeCount: -1 }, message: /nodeCount must be an integer >= 0/ },
    { what: "a fractional nodeCount", input: { ...good(), nodeCount: 2.5 }, message: /got 2\.5$/ },
    { what: "edges as a plain array", input: { ...good(), edges: [0, 1] }, message: /edges must be a Uint32Array/ },
    { what: "an odd edges length", input: { ...good(), edges: Uint32Array.of(0, 1, 2) }, message: /odd length 3/ },
    {
      what: "an edge index out of range",
      input: { ...good(), edges: Uint32Array.of(0, 1, 2, 3) },
      message: /^layout\.init: edge 1 has target index 3 out of range \(nodeCount 3\)$/,
    },
    {
      what: "positions of the wrong length",
      input: { ...good(), positions: new Float32Array(4) },
      message: /^layout\.init: positions has length 4, expected 6 \(nodeCount × 2\)$/,
    },
    {
      what: "positions as Float64Array",
      input: { ...good(), positions: new Float64Array(6) },
      message: /positions must be a Float32Array/,
    },
    {
      what: "a NaN position",
      input: { ...good(), positions: Float32Array.of(0, 0, NaN, 0, 0, 0) },
      message: /^layout\.init: positions\[2\] is NaN, expected a finite number$/,
    },
    {
      what: "weights of the wrong length",
      input: { ...good(), weights: Float32Array.of(1, 1) },
      message: /weights has length 2, expected 1 \(one per edge\)/,
    },
    { what: "a negative weight", input: { ...good(), weights: Float32Array.of(-2) }, message: /weights\[0\] is -2/ },
    {
      what: "sizes of the wrong length",
      input: { ...good(), sizes: Float32Array.of(1) },
      message: /sizes has length 1, expected 3 \(one per node\)/,
    },
  ])("rejects $what", ({ input, message }) => {
    expect(() => createLayout(input as LayoutInput)).toThrow(message);
  });

  it("rejects bad settings with the same prefix", () => {
    expect(() => createLayout(good(), { gravity: -1 })).toThrow(/^layout\.init: setting gravity must be/);
  });

  it("accepts an empty graph, which has converged from the start", () => {
    const frame = createLayout({ nodeCount: 0, edges: new Uint32Array(0), positions: new Float32Array(0) }).step();
    expect(frame).toEqual({ positions: new Float32Array(0), iterations: 0, converged: true, movement: 0 });
  });
});

describe("stepping", () => {
  it("gives identical positions for the same input, run after run", () => {
    const [a, b] = [createLayout(twoCliques(8)), createLayout(twoCliques(8))];
    const [frameA, frameB] = [a.step(Infinity), b.step(Infinity)];
    expect(frameA.converged).toBe(true);
    expect(frameA.iterations).toBe(frameB.iterations);
    expect(frameA.positions).toEqual(frameB.positions);
  });

  it("gives identical positions after the same number of iterations, however they are split into steps", () => {
    const inOneStep = createLayout(pathGraph(20), { maxIterations: 30 }).step(Infinity);
    const stepwise = createLayout(pathGraph(20), { maxIterations: 30 });
    let frame = stepwise.step(0);
    while (frame.iterations < 30) frame = stepwise.step(0);
    expect(inOneStep.iterations).toBe(30);
    expect(frame.positions).toEqual(inOneStep.positions);
  });

  it("runs exactly one iteration for a zero budget, and returns a fresh copy of the positions each time", () => {
    const layout = createLayout(pathGraph(10));
    const first = layout.step(0);
    expect(first.iterations).toBe(1);
    first.positions.fill(1e6);
    const second = layout.step(0);
    expect(second.iterations).toBe(2);
    expect(second.positions[0]).not.toBe(1e6);
  });

  it("leaves the input arrays as they were, so the caller may reuse or transfer them", () => {
    const input = twoCliques(5);
    const before = { edges: input.edges.slice(), positions: input.positions.slice() };
    createLayout(input).step(Infinity);
    expect(input.edges).toEqual(before.edges);
    expect(input.positions).toEqual(before.positions);
  });

  it("stops at maxIterations even when the layout is still moving", () => {
    const layout = createLayout(pathGraph(30), { maxIterations: 25, convergenceThreshold: 0 });
    const frame = layout.step(Infinity);
    expect(frame).toMatchObject({ iterations: 25, converged: true });
    expect(frame.movement).toBeGreaterThan(0);
  });

  it("runs no more iterations once converged", () => {
    const layout = createLayout(pathGraph(30), { maxIterations: 25 });
    const done = layout.step(Infinity);
    const again = layout.step(Infinity);
    expect(again.iterations).toBe(done.iterations);
    expect(again.positions).toEqual(done.positions);
  });

  it("rejects a budget that is not a number >= 0", () => {
    const layout = createLayout(pathGraph(3));
    expect(() => layout.step(-1)).toThrow(/^layout\.step: budgetMs must be a number >= 0, got -1$/);
    expect(() => layout.step(NaN)).toThrow(/^layout\.step: /);
  });
});

describe("convergence", () => {
  it("separates two dense clusters joined by one edge, and settles before maxIterations", () => {
    const frame = createLayout(twoCliques(12)).step(Infinity);
    expect(frame.converged).toBe(true);
    expect(frame.iterations).toBeLessThan(DEFAULT_LAYOUT_SETTINGS.maxIterations);
    const [left, right] = [range(0, 12), range(12, 24)];
    let nearestAcross = Infinity;
    let widestWithin = 0;
    for (const a of range(0, 24)) {
      for (const b of range(0, 24)) {
        if (a === b) continue;
        const d = distance(frame.positions, a, b);
        if (left.includes(a) === left.includes(b)) widestWithin = Math.max(widestWithin, d);
        else nearestAcross = Math.min(nearestAcross, d);
      }
    }
    expect(nearestAcross).toBeGreaterThan(widestWithin);
    const [l, r] = [centroid(frame.positions, left), centroid(frame.positions, right)];
    expect(Math.hypot(l[0] - r[0], l[1] - r[1])).toBeGreaterThan(3 * widestWithin);
  });

  it("stretches a tangled path out: its ends far apart and layout distance growing with hop distance", () => {
    const input = pathGraph(12);
    const frame = createLayout(input).step(Infinity);
    expect(frame.converged).toBe(true);
    expect(stretch(input.positions, 12)).toBeLessThan(2);
    expect(stretch(frame.positions, 12)).toBeGreaterThan(4);
    expect(hopCorrelation(input.positions, 12)).toBeLessThan(0.5);
    expect(hopCorrelation(frame.positions, 12)).toBeGreaterThan(0.8);
  });
});

describe("pinning", () => {
  it("keeps a pinned node exactly where it was put while the others move", () => {
    const layout = createLayout(twoCliques(6));
    layout.pin(3, 40, -25);
    const before = layout.step(0);
    const after = layout.step(Infinity);
    expect(point(after.positions, 3)).toEqual([40, -25]);
    expect(point(after.positions, 4)).not.toEqual(point(before.positions, 4));
  });

  it("lets a node move again once unpinned", () => {
    const layout = createLayout(twoCliques(6));
    layout.pin(3, 400, 400);
    layout.step(0);
    layout.unpin(3);
    expect(point(layout.step(0).positions, 3)).not.toEqual([400, 400]);
  });

  it("wakes a converged layout: a pin or unpin starts a new run, with maxIterations counted afresh", () => {
    const layout = createLayout(pathGraph(10), { maxIterations: 20, convergenceThreshold: 0 });
    expect(layout.step(Infinity)).toMatchObject({ iterations: 20, converged: true });
    layout.pin(0, 50, 50);
    expect(layout.step(Infinity)).toMatchObject({ iterations: 40, converged: true });
    layout.unpin(0);
    expect(layout.step(0)).toMatchObject({ iterations: 41, converged: false });
  });

  it.each([
    {
      call: "pin",
      run: (l: ReturnType<typeof createLayout>) => l.pin(10, 0, 0),
      message: /^layout\.pin: node index 10/,
    },
    {
      call: "pin",
      run: (l: ReturnType<typeof createLayout>) => l.pin(1.5, 0, 0),
      message: /^layout\.pin: node index 1\.5/,
    },
    { call: "pin", run: (l: ReturnType<typeof createLayout>) => l.pin(1, NaN, 0), message: /^layout\.pin: position/ },
    {
      call: "unpin",
      run: (l: ReturnType<typeof createLayout>) => l.unpin(-1),
      message: /^layout\.unpin: node index -1/,
    },
  ])("rejects a bad $call", ({ run, message }) => {
    expect(() => run(createLayout(pathGraph(10)))).toThrow(message);
  });
});

describe("at scale", () => {
  it("lays out 10,000 nodes and 40,000 edges with Barnes-Hut, a few iterations per step", () => {
    const layout = createLayout(randomGraph(10_000, 40_000));
    expect(layout.settings.barnesHutOptimize).toBe(true);
    let frame = layout.step(0);
    for (let step = 2; step <= 3; step++) {
      const next = layout.step(1);
      expect(next.iterations).toBeGreaterThan(frame.iterations);
      frame = next;
    }
    expect(frame.positions).toHaveLength(20_000);
    expect(frame.positions.every(Number.isFinite)).toBe(true);
    expect(frame.movement).toBeGreaterThan(0);
    expect(frame.converged).toBe(false);
  });
});

/** A path's end-to-end distance in mean edge lengths: 1 when folded onto itself, nodeCount - 1 when straight. */
function stretch(positions: Float32Array, nodeCount: number): number {
  const edges = range(0, nodeCount - 1).map((i) => distance(positions, i, i + 1));
  return distance(positions, 0, nodeCount - 1) / (edges.reduce((sum, d) => sum + d, 0) / edges.length);
}

/** Pearson correlation, over all pairs of a path's nodes, between hops apart and layout distance. */
function hopCorrelation(positions: Float32Array, nodeCount: number): number {
  const hops: number[] = [];
  const gaps: number[] = [];
  for (let i = 0; i < nodeCount; i++) {
    for (let j = i + 1; j < nodeCount; j++) {
      hops.push(j - i);
      gaps.push(distance(positions, i, j));
    }
  }
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const [mh, mg] = [mean(hops), mean(gaps)];
  let covariance = 0;
  let varianceHops = 0;
  let varianceGaps = 0;
  for (let k = 0; k < hops.length; k++) {
    covariance += (hops[k] - mh) * (gaps[k] - mg);
    varianceHops += (hops[k] - mh) ** 2;
    varianceGaps += (gaps[k] - mg) ** 2;
  }
  return covariance / Math.sqrt(varianceHops * varianceGaps);
}
