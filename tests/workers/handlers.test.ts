// The graph worker's handlers answer every protocol method, directly and through comlink over a real MessageChannel.

import { expose, releaseProxy, wrap } from "comlink";
import type { Remote } from "comlink";
import { afterEach, describe, expect, it } from "vitest";
import { createGraphWorkerHandlers, PONG } from "../../workers/handlers.ts";
import type { GraphWorkerApi, LayoutFrame } from "../../workers/protocol.ts";
import { pathGraph, point } from "./_graphs.ts";

/** Every method of the protocol: the type makes this list fail to compile when one is added or renamed. */
const PROTOCOL_METHODS: Record<keyof GraphWorkerApi, true> = {
  ping: true,
  layoutInit: true,
  layoutStep: true,
  layoutPin: true,
  layoutUnpin: true,
  layoutDispose: true,
  pathsInit: true,
  pathsSetView: true,
  pathsFind: true,
  pathsDispose: true,
};

describe("graph worker handlers", () => {
  it("have a function for every method of the protocol, and nothing else", () => {
    const handlers = createGraphWorkerHandlers();
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(PROTOCOL_METHODS).sort());
    for (const name of Object.keys(PROTOCOL_METHODS))
      expect(typeof handlers[name as keyof GraphWorkerApi]).toBe("function");
  });

  it("answer ping with pong", async () => {
    await expect(createGraphWorkerHandlers().ping()).resolves.toBe(PONG);
  });

  it.each([
    { call: "layoutStep", run: (api: GraphWorkerApi) => api.layoutStep(), message: /^layout\.step: no layout/ },
    { call: "layoutPin", run: (api: GraphWorkerApi) => api.layoutPin(0, 1, 1), message: /^layout\.pin: no layout/ },
    { call: "layoutUnpin", run: (api: GraphWorkerApi) => api.layoutUnpin(0), message: /^layout\.unpin: no layout/ },
  ])("reject $call before layoutInit", async ({ run, message }) => {
    await expect(run(createGraphWorkerHandlers())).rejects.toThrow(message);
  });

  it("drop the previous layout when a new layoutInit fails", async () => {
    const api = createGraphWorkerHandlers();
    await api.layoutInit(pathGraph(5));
    await expect(api.layoutInit({ ...pathGraph(5), nodeCount: 4 })).rejects.toThrow(/^layout\.init: edge 3/);
    await expect(api.layoutStep()).rejects.toThrow(/^layout\.step: no layout/);
  });

  it("dispose idempotently, after which steps are refused", async () => {
    const api = createGraphWorkerHandlers();
    await api.layoutInit(pathGraph(5));
    await api.layoutDispose();
    await api.layoutDispose();
    await expect(api.layoutStep()).rejects.toThrow(/^layout\.step: no layout/);
  });
});

describe("graph worker handlers through comlink", () => {
  let api: Remote<GraphWorkerApi> | null = null;

  /** The worker's side exposed on one port of a MessageChannel, the page's side wrapping the other. */
  function connect(handlers: GraphWorkerApi = createGraphWorkerHandlers()): Remote<GraphWorkerApi> {
    const { port1, port2 } = new MessageChannel();
    expose(handlers, port1);
    api = wrap<GraphWorkerApi>(port2);
    return api;
  }

  afterEach(() => {
    // Releasing closes both ports, so the test process can exit.
    api?.[releaseProxy]();
    api = null;
  });

  it("answer ping, init, step, pin, unpin and dispose", async () => {
    const remote = connect();
    await expect(remote.ping()).resolves.toBe(PONG);
    const settings = await remote.layoutInit(pathGraph(8), { maxIterations: 50 });
    expect(settings).toMatchObject({ maxIterations: 50, barnesHutOptimize: false });
    await remote.layoutPin(2, 5, 6);
    const frame = await remote.layoutStep(Infinity);
    expect(frame.positions).toBeInstanceOf(Float32Array);
    expect(frame.positions).toHaveLength(16);
    expect(point(frame.positions, 2)).toEqual([5, 6]);
    expect(frame).toMatchObject({ iterations: 50, converged: true });
    await remote.layoutUnpin(2);
    expect((await remote.layoutStep(0)).iterations).toBe(51);
    await remote.layoutDispose();
    await expect(remote.layoutStep()).rejects.toThrow(/^layout\.step: no layout/);
  });

  it("transfer the positions rather than copy them: the worker's array is detached once sent", async () => {
    const handlers = createGraphWorkerHandlers();
    const sent: LayoutFrame[] = [];
    const remote = connect({
      ...handlers,
      async layoutStep(budgetMs) {
        const frame = await handlers.layoutStep(budgetMs);
        sent.push(frame);
        return frame;
      },
    });
    await remote.layoutInit(pathGraph(8));
    const received = await remote.layoutStep(0);
    expect(received.positions).toHaveLength(16);
    expect(sent[0].positions.buffer.byteLength).toBe(0);
  });

  it("carry the layout.init error message across to the caller", async () => {
    const remote = connect();
    const input = { ...pathGraph(3), positions: new Float32Array(2) };
    await expect(remote.layoutInit(input)).rejects.toThrow(/^layout\.init: positions has length 2, expected 6/);
  });
});
