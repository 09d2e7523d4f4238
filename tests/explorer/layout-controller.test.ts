// LayoutController over the real worker handlers (called directly, and through comlink): start, stop, kill,
// isRunning, convergence, frame order, one step in flight, and a turn of the event loop between steps.

import { expose, releaseProxy, wrap } from "comlink";
import type { Remote } from "comlink";
import { afterEach, describe, expect, it } from "vitest";
import { LayoutController } from "../../src/explorer/layout-controller.ts";
import type { LayoutControllerState } from "../../src/explorer/layout-controller.ts";
import { createGraphWorkerHandlers } from "../../workers/handlers.ts";
import type { GraphWorkerApi, LayoutApi, LayoutFrame } from "../../workers/protocol.ts";
import { pathGraph, twoCliques } from "../workers/_graphs.ts";

interface Recording {
  frames: LayoutFrame[];
  states: LayoutControllerState[];
  errors: unknown[];
  controller: LayoutController;
  /** Resolves at the next state with running: false; ask before the call that leads to it. */
  stopped(): Promise<LayoutControllerState>;
}

function record(api: LayoutApi): Recording {
  const frames: LayoutFrame[] = [];
  const states: LayoutControllerState[] = [];
  const errors: unknown[] = [];
  let waiting: ((state: LayoutControllerState) => void) | null = null;
  const controller = new LayoutController(api, {
    onFrame: (frame) => frames.push(frame),
    onStateChange: (state) => {
      states.push(state);
      if (!state.running && waiting) waiting(state);
    },
    onError: (error) => errors.push(error),
  });
  const stopped = () => new Promise<LayoutControllerState>((resolve) => (waiting = resolve));
  return { frames, states, errors, controller, stopped };
}

/** A few turns of the event loop, enough for any step the controller would still send to be answered. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** The handlers with a delay before each step's answer, counting the steps in flight at once and the disposals. */
function slowSteps(delayMs: number): LayoutApi & { inFlight: number; mostInFlight: number; disposals: number } {
  const handlers = createGraphWorkerHandlers();
  const api = {
    ...handlers,
    inFlight: 0,
    mostInFlight: 0,
    disposals: 0,
    async layoutStep(budgetMs?: number) {
      api.inFlight++;
      api.mostInFlight = Math.max(api.mostInFlight, api.inFlight);
      // Like a worker: the step runs in the order it was asked for, and the answer takes a while to come back.
      const frame = await handlers.layoutStep(budgetMs);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      api.inFlight--;
      return frame;
    },
    async layoutDispose() {
      api.disposals++;
      return handlers.layoutDispose();
    },
  };
  return api;
}

describe("LayoutController", () => {
  it("runs from start until the layout converges, then stops by itself", async () => {
    const { controller, frames, states, stopped } = record(createGraphWorkerHandlers());
    await controller.init(twoCliques(6), { stepBudgetMs: 0 });
    const done = stopped();
    controller.start();
    expect(controller.isRunning()).toBe(true);
    const last = await done;
    expect(controller.isRunning()).toBe(false);
    expect(last).toEqual({ running: false, iterations: frames.at(-1)?.iterations, converged: true });
    expect(frames.at(-1)?.converged).toBe(true);
    expect(frames.slice(0, -1).every((frame) => !frame.converged)).toBe(true);
    expect(states[0]).toEqual({ running: false, iterations: 0, converged: false });
    expect(states[1]).toEqual({ running: true, iterations: 0, converged: false });
  });

  it("delivers frames in order, one per step, with the iterations counting up", async () => {
    const { controller, frames, stopped } = record(createGraphWorkerHandlers());
    await controller.init(pathGraph(10), { stepBudgetMs: 0, maxIterations: 40, convergenceThreshold: 0 });
    const done = stopped();
    controller.start();
    await done;
    expect(frames.map((frame) => frame.iterations)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it("yields to the event loop between steps even when the api answers at once", async () => {
    const { controller, frames, stopped } = record(createGraphWorkerHandlers());
    await controller.init(pathGraph(10), { stepBudgetMs: 0, maxIterations: 200, convergenceThreshold: 0 });
    let framesWhenTimerRan = -1;
    const done = stopped();
    controller.start();
    setTimeout(() => (framesWhenTimerRan = frames.length), 0);
    await done;
    expect(frames).toHaveLength(200);
    expect(framesWhenTimerRan).toBeGreaterThanOrEqual(0);
    expect(framesWhenTimerRan).toBeLessThan(10);
  });

  it("ignores start while running and refuses it before init", () => {
    const { controller, states } = record(createGraphWorkerHandlers());
    expect(() => controller.start()).toThrow(/^layout\.start: call init\(\) first$/);
    void controller.init(pathGraph(10));
    controller.start();
    controller.start();
    expect(states.filter((state) => state.running)).toHaveLength(1);
    controller.kill();
  });

  it("stops after the step in flight, delivers no frame after stop, and resumes counting on start", async () => {
    const api = slowSteps(5);
    const { controller, frames, stopped } = record(api);
    await controller.init(pathGraph(30), { stepBudgetMs: 0, convergenceThreshold: 0, maxIterations: 1000 });
    controller.start();
    while (frames.length < 3) await settle();
    controller.stop();
    expect(controller.isRunning()).toBe(false);
    const seen = frames.length;
    await settle();
    expect(frames).toHaveLength(seen);

    const done = stopped();
    controller.start();
    while (frames.length < seen + 2) await settle();
    controller.stop();
    await done;
    // The step in flight at the first stop ran in the worker, so the count skips over its dropped frame.
    expect(frames[seen].iterations).toBeGreaterThan(frames[seen - 1].iterations);
    expect(api.mostInFlight).toBe(1);
  });

  it("never has more than one step in flight, however start and stop alternate", async () => {
    const api = slowSteps(3);
    const { controller, frames } = record(api);
    await controller.init(pathGraph(30), { stepBudgetMs: 0, convergenceThreshold: 0, maxIterations: 1000 });
    for (let i = 0; i < 20; i++) {
      controller.start();
      if (i % 3 === 0) await settle();
      controller.stop();
      controller.start();
    }
    await settle();
    controller.kill();
    expect(api.mostInFlight).toBe(1);
    const iterations = frames.map((frame) => frame.iterations);
    expect(iterations).toEqual([...iterations].sort((a, b) => a - b));
  });

  it("kills idempotently: disposes the layout once, calls nothing afterwards, refuses every later call", async () => {
    const api = slowSteps(5);
    const { controller, frames, states } = record(api);
    await controller.init(pathGraph(30), { stepBudgetMs: 0, convergenceThreshold: 0, maxIterations: 1000 });
    controller.start();
    await settle();
    controller.kill();
    controller.kill();
    expect(controller.isRunning()).toBe(false);
    const [frameCount, stateCount] = [frames.length, states.length];
    await settle();
    expect(api.disposals).toBe(1);
    expect([frames.length, states.length]).toEqual([frameCount, stateCount]);
    expect(() => controller.start()).toThrow(/^layout\.start: the layout controller was killed$/);
    await expect(controller.init(pathGraph(3))).rejects.toThrow(/^layout\.init: the layout controller was killed$/);
    await expect(controller.pin(0, 0, 0)).rejects.toThrow(/^layout\.pin: the layout controller was killed$/);
    expect(() => controller.stop()).not.toThrow();
  });

  it("stops on init and drops frames from the replaced layout", async () => {
    const api = slowSteps(5);
    const { controller, frames, stopped } = record(api);
    await controller.init(pathGraph(30), { stepBudgetMs: 0, convergenceThreshold: 0, maxIterations: 1000 });
    controller.start();
    while (frames.length < 2) await settle();
    const fromFirst = frames.length;
    const replaced = controller.init(pathGraph(4), { stepBudgetMs: 0 });
    expect(controller.isRunning()).toBe(false);
    await replaced;
    await settle();
    expect(frames).toHaveLength(fromFirst);
    const done = stopped();
    controller.start();
    await done;
    expect(frames.slice(fromFirst).every((frame) => frame.positions.length === 8)).toBe(true);
    expect(frames[fromFirst].iterations).toBe(1);
  });

  it("rejects a bad init with the worker's message and does not run", async () => {
    const { controller, frames, stopped } = record(createGraphWorkerHandlers());
    const failing = controller.init({ ...pathGraph(3), nodeCount: 2 });
    const done = stopped();
    controller.start();
    await expect(failing).rejects.toThrow(/^layout\.init: edge 1 has target index 2 out of range/);
    await done;
    expect(frames).toHaveLength(0);
  });

  it("stops and reports a step the worker rejects", async () => {
    const handlers = createGraphWorkerHandlers();
    const { controller, errors, stopped } = record({
      ...handlers,
      layoutStep: () => Promise.reject(new Error("layout.step: worker gone")),
    });
    await controller.init(pathGraph(3));
    const done = stopped();
    controller.start();
    await done;
    expect(controller.isRunning()).toBe(false);
    expect(errors).toEqual([new Error("layout.step: worker gone")]);
  });

  it("wakes a converged layout on pin, so start runs again with the node held in place", async () => {
    const { controller, frames, states, stopped } = record(createGraphWorkerHandlers());
    await controller.init(twoCliques(5), { stepBudgetMs: 0 });
    let done = stopped();
    controller.start();
    await done;
    const converged = frames.at(-1)!;
    await controller.pin(0, 30, 30);
    expect(states.at(-1)).toEqual({ running: false, iterations: converged.iterations, converged: false });
    done = stopped();
    controller.start();
    await done;
    const last = frames.at(-1)!;
    expect(last.iterations).toBeGreaterThan(converged.iterations);
    expect([last.positions[0], last.positions[1]]).toEqual([30, 30]);
    await controller.unpin(0);
  });
});

describe("LayoutController over comlink, as in the app", () => {
  let remote: Remote<GraphWorkerApi> | null = null;

  afterEach(() => {
    remote?.[releaseProxy]();
    remote = null;
  });

  it("accepts the comlink Remote of the worker api and runs it to convergence", async () => {
    const { port1, port2 } = new MessageChannel();
    expose(createGraphWorkerHandlers(), port1);
    remote = wrap<GraphWorkerApi>(port2);
    const { controller, frames, stopped } = record(remote);
    await controller.init(twoCliques(6), { stepBudgetMs: 1 });
    const done = stopped();
    controller.start();
    expect(await done).toMatchObject({ running: false, converged: true });
    expect(frames.at(-1)?.positions).toBeInstanceOf(Float32Array);
    controller.kill();
  });
});
