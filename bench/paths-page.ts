// The path bench's browser page (bench/paths-page.html), driven by bench/paths.bench.ts: `?data=/paths-g100000`
// fetches that graph's CsrInput (`.bin`) and pairs (`.json`), then times `pathsFind` through the real graph worker
// beside the kernel called in the page and graphology-shortest-path in the page; `?warm` only loads everything once.
// Leaves its report in `window.pathsBench` and sets `body[data-state]` to "done" (or "error", with the message).

import { transfer } from "comlink";
import Graph from "graphology";
import { dijkstra, unweighted } from "graphology-shortest-path";
import { createGraphWorker } from "../src/explorer/worker-client.ts";
import type { GraphWorkerClient } from "../src/explorer/worker-client.ts";
import { buildCsr } from "../workers/csr.ts";
import type { Csr, CsrInput } from "../workers/csr.ts";
import { shortestPath } from "../workers/paths.ts";
import type { Path } from "../workers/paths.ts";
import type { PathAnswer } from "../workers/protocol.ts";

/** What the bench publishes next to the `.bin` file. */
export interface PathsPageData {
  nodeCount: number;
  edgeCount: number;
  /** Flat from, to pairs: untimed warm-up, then the timed ones. */
  warm: number[];
  pairs: number[];
  /** The first `kPairs` pairs are also asked with `k`. */
  kPairs: number;
  k: number;
}

export interface PageSummary {
  n: number;
  medianMs: number;
  p95Ms: number;
}

export interface PageSeries {
  direct: PageSummary;
  worker: PageSummary;
  /** graphology-shortest-path on an undirected simple graph, and on a mixed multigraph (graph.json's type). */
  simple: PageSummary;
  mixed: PageSummary;
  /** `pathsFind` round trips with k alternatives; `meanPaths` = alternatives per answer. */
  k: PageSummary & { meanPaths: number };
}

export interface PageReport {
  crossOriginIsolated: boolean;
  /** The smallest step `performance.now()` was seen to take. */
  timerStepMs: number;
  init: { cloneMs: number; transferMs: number; directBuildMs: number; graphologyImportMs: number };
  /** `await api.ping()` round trips: what any call through the worker costs at least. */
  ping: PageSummary;
  series: { unweighted: PageSeries; weighted: PageSeries };
}

const CHUNK = 25;
const INIT_RUNS = 3;
const PINGS = 200;
const COST_TOLERANCE = 1e-4;

const log = (message: string) => console.log(`bench.paths.page: ${message}`);

function summarize(times: number[]): PageSummary {
  const sorted = Float64Array.from(times).sort();
  const mid = Math.floor(sorted.length / 2);
  const medianMs = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const p95Ms = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(0.95 * sorted.length) - 1))];
  return { n: sorted.length, medianMs, p95Ms };
}

const median = (values: number[]) => summarize(values).medianMs;

function timerStep(): number {
  let step = Infinity;
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    let t1 = performance.now();
    while (t1 === t0) t1 = performance.now();
    step = Math.min(step, t1 - t0);
  }
  return step;
}

/** The bench's `.bin`: dates (float64), sources, targets (uint32), weights (float32), kinds (uint8), each copied out. */
function decodeInput(buffer: ArrayBuffer, nodeCount: number, edgeCount: number): Required<CsrInput> {
  let offset = 0;
  const take = <T>(bytes: number, make: (offset: number) => T): T => {
    const array = make(offset);
    offset += bytes * edgeCount;
    return array;
  };
  const edgeDates = take(8, (o) => new Float64Array(buffer, o, edgeCount).slice());
  const edgeSources = take(4, (o) => new Uint32Array(buffer, o, edgeCount).slice());
  const edgeTargets = take(4, (o) => new Uint32Array(buffer, o, edgeCount).slice());
  const edgeWeights = take(4, (o) => new Float32Array(buffer, o, edgeCount).slice());
  const edgeKinds = take(1, (o) => new Uint8Array(buffer, o, edgeCount).slice());
  if (offset !== buffer.byteLength)
    throw new Error(`bench.paths.page: ${buffer.byteLength} bytes for ${edgeCount} edges`);
  return { nodeCount, edgeSources, edgeTargets, edgeKinds, edgeWeights, edgeDates };
}

function copyInput(input: Required<CsrInput>): Required<CsrInput> {
  return {
    nodeCount: input.nodeCount,
    edgeSources: input.edgeSources.slice(),
    edgeTargets: input.edgeTargets.slice(),
    edgeKinds: input.edgeKinds.slice(),
    edgeWeights: input.edgeWeights.slice(),
    edgeDates: input.edgeDates.slice(),
  };
}

type WeightedGraph = Graph<Record<string, never>, { weight: number }>;

/** Every edge undirected, so that graphology answers the kernel's question on either type. */
function importGraph(input: Required<CsrInput>, mixed: boolean): WeightedGraph {
  const graph: WeightedGraph = new Graph(
    mixed ? { type: "mixed", multi: true, allowSelfLoops: false } : { type: "undirected", allowSelfLoops: false },
  );
  for (let i = 0; i < input.nodeCount; i++) graph.addNode(String(i));
  for (let e = 0; e < input.edgeSources.length; e++) {
    const weight = input.edgeWeights[e];
    graph.addUndirectedEdge(String(input.edgeSources[e]), String(input.edgeTargets[e]), { weight });
  }
  return graph;
}

/** Hops and cost of a graphology path; the cost through the lightest edge between each two nodes. */
function graphologyAnswer(graph: WeightedGraph, result: unknown): Answer | null {
  const nodes = result as string[] | null;
  if (!nodes) return null;
  let cost = 0;
  for (let i = 0; i + 1 < nodes.length; i++) {
    cost += Math.min(...graph.edges(nodes[i], nodes[i + 1]).map((e) => graph.getEdgeAttribute(e, "weight")));
  }
  return { hops: nodes.length - 1, cost };
}

interface Answer {
  hops: number;
  cost: number;
}

interface Method {
  name: string;
  /** Runs one query and turns its result into hops and cost; only `run` is timed. */
  run(from: number, to: number): unknown;
  answer(result: unknown): Answer | null;
}

const fromPath = (path: Path | null): Answer | null => (path ? { hops: path.edges.length, cost: path.cost } : null);

/** Each method on each chunk of pairs in turn, the order rotating; awaits a method's result when it is a promise. */
async function timeMethods(
  methods: Method[],
  warm: number[],
  pairs: number[],
): Promise<{ times: Map<string, number[]>; answers: Map<string, Answer[]> }> {
  for (const method of methods) {
    for (let p = 0; p < warm.length; p += 2) await method.run(warm[p], warm[p + 1]);
  }
  const count = pairs.length / 2;
  const times = new Map(methods.map((m) => [m.name, new Array<number>(count)]));
  const answers = new Map(methods.map((m) => [m.name, new Array<Answer>(count)]));
  for (let start = 0, round = 0; start < count; start += CHUNK, round++) {
    const end = Math.min(count, start + CHUNK);
    for (let m = 0; m < methods.length; m++) {
      const method = methods[(m + round) % methods.length];
      for (let p = start; p < end; p++) {
        const t0 = performance.now();
        let result = method.run(pairs[2 * p], pairs[2 * p + 1]);
        if (result instanceof Promise) result = await result;
        times.get(method.name)![p] = performance.now() - t0;
        const answer = method.answer(result);
        if (!answer) throw new Error(`bench.paths.page: ${method.name} found no path for pair ${p}`);
        answers.get(method.name)![p] = answer;
      }
    }
  }
  return { times, answers };
}

function agree(a: Answer, b: Answer, weighted: boolean): boolean {
  return weighted ? Math.abs(a.cost - b.cost) <= COST_TOLERANCE * Math.max(a.cost, b.cost) : a.hops === b.hops;
}

async function measure(dataUrl: string): Promise<PageReport> {
  const [data, buffer] = await Promise.all([
    fetch(`${dataUrl}.json`).then((r) => r.json() as Promise<PathsPageData>),
    fetch(`${dataUrl}.bin`).then((r) => r.arrayBuffer()),
  ]);
  const input = decodeInput(buffer, data.nodeCount, data.edgeCount);

  const directBuilds: number[] = [];
  let csr: Csr | null = null;
  for (let run = 0; run < INIT_RUNS; run++) {
    const t0 = performance.now();
    csr = buildCsr(input);
    directBuilds.push(performance.now() - t0);
  }
  const t0 = performance.now();
  const simple = importGraph(input, false);
  const graphologyImportMs = performance.now() - t0;
  const mixed = importGraph(input, true);

  const client: GraphWorkerClient = createGraphWorker();
  try {
    const { api } = client;
    const pings: number[] = [];
    for (let i = 0; i < PINGS + 20; i++) {
      const t = performance.now();
      await api.ping();
      if (i >= 20) pings.push(performance.now() - t);
    }
    const clones: number[] = [];
    const transfers: number[] = [];
    for (let run = 0; run < INIT_RUNS; run++) {
      let t = performance.now();
      await api.pathsInit(input);
      clones.push(performance.now() - t);
      const copy = copyInput(input);
      const buffers = [copy.edgeSources, copy.edgeTargets, copy.edgeKinds, copy.edgeWeights, copy.edgeDates];
      t = performance.now();
      await api.pathsInit(
        transfer(
          copy,
          buffers.map((a) => a.buffer),
        ),
      );
      transfers.push(performance.now() - t);
    }
    log(
      `${data.nodeCount} nodes: pathsInit ${median(clones).toFixed(1)} ms cloned, ${median(transfers).toFixed(1)} ms transferred`,
    );

    const key = (i: number) => String(i);
    const series = {} as PageReport["series"];
    for (const weighted of [false, true]) {
      const label = weighted ? "weighted" : "unweighted";
      const methods: Method[] = [
        {
          name: "worker",
          run: (from, to) => api.pathsFind({ from, to, options: { weighted }, k: 1 }),
          answer: (result) => fromPath((result as PathAnswer).shortest),
        },
        {
          name: "direct",
          run: (from, to) => shortestPath(csr!, from, to, { weighted }),
          answer: (r) => fromPath(r as Path | null),
        },
        ...(
          [
            ["simple", simple],
            ["mixed", mixed],
          ] as const
        ).map(([name, graph]): Method => ({
          name,
          run: weighted
            ? (from, to) => dijkstra.bidirectional(graph, key(from), key(to), "weight")
            : (from, to) => unweighted.bidirectional(graph, key(from), key(to)),
          answer: (result) => graphologyAnswer(graph, result),
        })),
      ];
      const { times, answers } = await timeMethods(methods, data.warm, data.pairs);
      const direct = answers.get("direct")!;
      direct.forEach((a, p) => {
        for (const other of ["worker", "simple", "mixed"]) {
          const b = answers.get(other)![p];
          if (!agree(a, b, weighted)) {
            throw new Error(
              `bench.paths.page: ${label} pair ${p}: direct ${JSON.stringify(a)}, ${other} ${JSON.stringify(b)}`,
            );
          }
        }
      });
      const summary = (name: string) => summarize(times.get(name)!);

      const kTimes: number[] = [];
      let paths = 0;
      const kCount = data.kPairs;
      await api.pathsFind({ from: data.warm[0], to: data.warm[1], options: { weighted }, k: data.k });
      for (let p = 0; p < kCount; p++) {
        const t = performance.now();
        const answer = await api.pathsFind({
          from: data.pairs[2 * p],
          to: data.pairs[2 * p + 1],
          options: { weighted },
          k: data.k,
        });
        kTimes.push(performance.now() - t);
        paths += answer.alternatives.length;
        if (answer.alternatives[0] && !agree(fromPath(answer.alternatives[0])!, direct[p], weighted)) {
          throw new Error(`bench.paths.page: ${label} pair ${p}: the first alternative is not a shortest path`);
        }
      }
      series[label] = {
        direct: summary("direct"),
        worker: summary("worker"),
        simple: summary("simple"),
        mixed: summary("mixed"),
        k: { ...summarize(kTimes), meanPaths: kCount ? paths / kCount : 0 },
      };
      log(`${data.nodeCount} nodes ${label}: ${JSON.stringify(series[label])}`);
    }
    return {
      crossOriginIsolated: globalThis.crossOriginIsolated === true,
      timerStepMs: timerStep(),
      init: {
        cloneMs: median(clones),
        transferMs: median(transfers),
        directBuildMs: median(directBuilds),
        graphologyImportMs,
      },
      ping: summarize(pings),
      series,
    };
  } finally {
    client.terminate();
  }
}

/** Loads the worker and every module once, on a graph of three nodes. */
async function warmUp(): Promise<null> {
  const client = createGraphWorker();
  try {
    const input = {
      nodeCount: 3,
      edgeSources: Uint32Array.of(0, 1),
      edgeTargets: Uint32Array.of(1, 2),
      edgeKinds: Uint8Array.of(0, 0),
    };
    await client.api.pathsInit(input);
    await client.api.pathsFind({ from: 0, to: 2, options: { weighted: true }, k: 2 });
    for (const mixed of [false, true]) {
      const graph = importGraph(
        { ...input, edgeWeights: Float32Array.of(1, 1), edgeDates: Float64Array.of(NaN, NaN) },
        mixed,
      );
      unweighted.bidirectional(graph, "0", "2");
      dijkstra.bidirectional(graph, "0", "2", "weight");
    }
    return null;
  } finally {
    client.terminate();
  }
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const dataUrl = params.get("data");
  const report = params.has("warm") || !dataUrl ? await warmUp() : await measure(dataUrl);
  Object.assign(window, { pathsBench: report });
  document.body.dataset.state = "done";
}

main().catch((error: unknown) => {
  document.body.textContent = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
  document.body.dataset.state = "error";
});
