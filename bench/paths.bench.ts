// `npm run bench:paths [-- --sizes 10000,100000] [-- --pairs N] [-- --browser-pairs N] [-- --k-pairs N]
// [-- --no-browser] [-- --no-write]`: the path kernel (workers/paths.ts over workers/csr.ts) against
// graphology-shortest-path on the same seeded random pairs of seeded synthetic graphs, in the same run: median and p95
// per query, unweighted and weighted; then the same queries answered through the real graph worker in headless
// Chromium (bench/paths-page.html). Writes its section of bench/RESULTS.md, between the paths-bench markers.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import Graph from "graphology";
import { dijkstra, unweighted } from "graphology-shortest-path";
import type { BrowserContext } from "playwright-core";
import { REPO_ROOT, launchBrowser, startServer } from "../tests/browser/_browser.ts";
import type { PolicyGraph } from "../src/graph/load.ts";
import { mulberry32 } from "../src/graph/random.ts";
import { ENTITY_KINDS, RELATION_KINDS } from "../src/schema/graph.ts";
import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes } from "../src/schema/graph.ts";
import { buildCsr, csrInputFromGraph, evidenceWeight } from "../workers/csr.ts";
import type { Csr, GraphCsrInput } from "../workers/csr.ts";
import { shortestPath } from "../workers/paths.ts";
import type { Path } from "../workers/paths.ts";
import type { PageReport, PageSeries, PathsPageData } from "./paths-page.ts";
import { mergeSection } from "./_results.ts";

const RESULTS = path.join(REPO_ROOT, "bench/RESULTS.md");
const SECTION_START = "<!-- paths-bench:start -->";
const SECTION_END = "<!-- paths-bench:end -->";

interface BenchSettings {
  sizes: number[];
  edgesPerNode: number;
  seed: number;
  /** Timed pairs per size in Node, after `warmPairs` untimed ones. */
  pairs: number;
  warmPairs: number;
  /** Pairs timed per method before the next method takes its turn on them (spreads a busy machine's noise evenly). */
  chunk: number;
  /** Runs of the CSR build, median reported. */
  buildRuns: number;
  /** Pairs of neighbours timed to show the fixed cost of a query (a search that finds its target at once). */
  adjacentPairs: number;
  browser: boolean;
  /** Pairs per size timed in the page (k = 1), and how many of them are also asked for k = 5 alternatives. */
  browserPairs: number;
  browserWarmPairs: number;
  kPairs: number;
  pageTimeoutMs: number;
  write: boolean;
}

const DEFAULT_BENCH: BenchSettings = {
  sizes: [10_000, 100_000],
  edgesPerNode: 5,
  seed: 7,
  pairs: 1_000,
  warmPairs: 50,
  chunk: 50,
  buildRuns: 3,
  adjacentPairs: 200,
  browser: true,
  browserPairs: 200,
  browserWarmPairs: 20,
  kPairs: 50,
  pageTimeoutMs: 600_000,
  write: true,
};

/** The issue's target: at least this many times graphology-shortest-path's speed at `TARGET_NODES` nodes. */
const TARGET_RATIO = 20;
const TARGET_NODES = 100_000;
/** float32 weights summed in different orders: costs agree far closer than this. */
const COST_TOLERANCE = 1e-4;

function parseArgs(argv: string[]): BenchSettings {
  const settings = { ...DEFAULT_BENCH };
  const count = (option: string, value: string | undefined): number => {
    const n = Number(value?.trim().replace(/_/g, ""));
    if (!(Number.isInteger(n) && n > 0)) throw new Error(`bench.paths: ${option} needs a positive integer`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const option = argv[i];
    if (option === "--sizes") settings.sizes = (argv[++i] ?? "").split(",").map((s) => count(option, s));
    else if (option === "--pairs") settings.pairs = count(option, argv[++i]);
    else if (option === "--browser-pairs") settings.browserPairs = count(option, argv[++i]);
    else if (option === "--k-pairs") settings.kPairs = count(option, argv[++i]);
    else if (option === "--no-browser") settings.browser = false;
    else if (option === "--no-write") settings.write = false;
    else {
      throw new Error(
        `bench.paths: unknown option ${option}; use --sizes 10000,100000, --pairs N, --browser-pairs N, ` +
          "--k-pairs N, --no-browser, --no-write",
      );
    }
  }
  if (settings.sizes.some((n) => n < 2)) throw new Error("bench.paths: --sizes needs at least 2 nodes per graph");
  settings.browserPairs = Math.min(settings.browserPairs, settings.pairs);
  settings.kPairs = Math.min(settings.kPairs, settings.browserPairs);
  return settings;
}

// ---------------------------------------------------------------------------------------------------------------
// The graph and the pairs

type BenchEdgeAttributes = EdgeAttributes & { weight: number };
type BenchGraph = Graph<NodeAttributes, BenchEdgeAttributes, GraphAttributes>;

/** Documents the synthetic evidence cites; an edge's evidence names 1..4 items from 1..4 of them. */
const EVIDENCE_DOCS = 16;

/**
 * `nodes` nodes and `nodes × edgesPerNode` undirected edges, connected: a random recursive tree (node i joins a
 * uniformly chosen earlier node) plus uniformly random extra edges, no self-loops or parallel edges. Every edge has
 * kind 0 and 1–4 evidence items from 1–4 documents; its `weight` attribute is the kernel's weight (`evidenceWeight`)
 * rounded to float32, as the CSR stores it, so both libraries minimise the same costs. The graph has graph.json's
 * type (mixed, multi), as the explorer loads it; every edge is undirected so graphology answers the kernel's question.
 */
function syntheticPathGraph(nodes: number, edgesPerNode: number, seed: number): BenchGraph {
  const random = mulberry32(seed);
  const graph: BenchGraph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
  for (let i = 0; i < nodes; i++) {
    const kind = ENTITY_KINDS[i % ENTITY_KINDS.length];
    graph.addNode(`n${i}`, { label: `${kind} ${i}`, kind, aliases: [], docs: [], mentions: 1 });
  }
  const text = "A synthetic sentence.";
  const items: Evidence[] = Array.from({ length: EVIDENCE_DOCS }, (_, d) => ({
    doc: `d${d}.txt`,
    text,
    start: 0,
    end: text.length,
  }));
  const target = Math.min(Math.round(nodes * edgesPerNode), (nodes * (nodes - 1)) / 2);
  const add = (s: number, t: number): void => {
    if (s === t || graph.hasEdge(`n${s}`, `n${t}`)) return;
    // Evidence 1 (half the edges), 2, 3 or 4 items; each item from one of `documents` distinct documents.
    const r = random();
    const evidenceCount = r < 0.5 ? 1 : r < 0.75 ? 2 : r < 0.9 ? 3 : 4;
    const documents = 1 + Math.floor(random() * evidenceCount);
    const first = Math.floor(random() * EVIDENCE_DOCS);
    const evidence = Array.from({ length: evidenceCount }, (_, j) => items[(first + (j % documents)) % EVIDENCE_DOCS]);
    const weight = Math.fround(evidenceWeight(evidenceCount, documents));
    graph.addUndirectedEdgeWithKey(`e${graph.size}`, `n${s}`, `n${t}`, { kind: RELATION_KINDS[0], evidence, weight });
  };
  for (let i = 1; i < nodes; i++) add(i, Math.floor(random() * i));
  while (graph.size < target) add(Math.floor(random() * nodes), Math.floor(random() * nodes));
  return graph;
}

/** The same nodes and edges in graphology's undirected simple graph, the type its searches run fastest on. */
function simpleCopy(graph: BenchGraph): BenchGraph {
  const copy: BenchGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.forEachNode((key, attributes) => copy.addNode(key, attributes));
  graph.forEachEdge((key, attributes, source, target) => copy.addEdgeWithKey(key, source, target, attributes));
  return copy;
}

/** `count` seeded pairs of distinct nodes, flat: from, to, from, to, … */
function randomPairs(nodes: number, count: number, seed: number): Uint32Array {
  const random = mulberry32(seed);
  const pairs = new Uint32Array(count * 2);
  for (let p = 0; p < count; p++) {
    const from = Math.floor(random() * nodes);
    let to = Math.floor(random() * (nodes - 1));
    if (to >= from) to++;
    pairs[2 * p] = from;
    pairs[2 * p + 1] = to;
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------------------------
// Timing

interface Summary {
  n: number;
  medianMs: number;
  p95Ms: number;
}

function percentile(sorted: ArrayLike<number>, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function median(values: ArrayLike<number>): number {
  const s = Float64Array.from(values).sort();
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function summarize(times: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(times).sort();
  return { n: sorted.length, medianMs: median(sorted), p95Ms: percentile(sorted, 0.95) };
}

const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

/** What a method answered for one pair: hops and cost, for the cross-check. */
interface Answer {
  hops: number;
  cost: number;
}

/** Who answers: our kernel, or graphology-shortest-path on one of the two graph types. */
type Solver = "ours" | "simple" | "mixed";
const SOLVERS: Solver[] = ["ours", "simple", "mixed"];
const SOLVER_LABEL: Record<Solver, string> = {
  ours: "ours",
  simple: "graphology, undirected graph",
  mixed: "graphology, mixed multigraph",
};

interface Method {
  name: string;
  solver: Solver;
  weighted: boolean;
  /** Runs one query; only this call is timed. Returns what the cross-check needs afterwards. */
  run(from: number, to: number): unknown;
  /** Turns the result into hops and cost (not timed); throws when the path is not a path of the graph. */
  answer(result: unknown, from: number, to: number): Answer;
}

function makeMethods(graphs: Record<"simple" | "mixed", BenchGraph>, csr: Csr, nodeKeys: string[]): Method[] {
  const index = new Map<string, number>();
  nodeKeys.forEach((key, i) => index.set(key, i));
  const ours = (result: unknown, from: number, to: number): Answer => {
    const found = result as Path | null;
    if (!found) throw new Error(`no path from ${from} to ${to}, but the graph is connected`);
    const { nodes, edges } = found;
    if (nodes[0] !== from || nodes[nodes.length - 1] !== to || edges.length !== nodes.length - 1) {
      throw new Error(`the path from ${from} to ${to} does not join them: ${nodes.join(",")}`);
    }
    let cost = 0;
    edges.forEach((e, i) => {
      const [s, t] = [csr.edgeSources[e], csr.edgeTargets[e]];
      if (!((s === nodes[i] && t === nodes[i + 1]) || (t === nodes[i] && s === nodes[i + 1]))) {
        throw new Error(`edge ${e} of the path from ${from} to ${to} does not join ${nodes[i]} and ${nodes[i + 1]}`);
      }
      cost += csr.edgeWeights[e];
    });
    return { hops: edges.length, cost };
  };
  const theirs =
    (graph: BenchGraph) =>
    (result: unknown, from: number, to: number): Answer => {
      const nodes = result as string[] | null;
      if (!nodes || nodes.length === 0) throw new Error(`graphology found no path from ${from} to ${to}`);
      if (index.get(nodes[0]) !== from || index.get(nodes[nodes.length - 1]) !== to) {
        throw new Error(`graphology's path from ${from} to ${to} does not join them: ${nodes.join(",")}`);
      }
      let cost = 0;
      for (let i = 0; i + 1 < nodes.length; i++) {
        const weights = graph.edges(nodes[i], nodes[i + 1]).map((e) => graph.getEdgeAttribute(e, "weight"));
        if (weights.length === 0) throw new Error(`graphology's path uses ${nodes[i]} - ${nodes[i + 1]}, no edge`);
        cost += Math.min(...weights);
      }
      return { hops: nodes.length - 1, cost };
    };
  const key = (i: number) => nodeKeys[i];
  const methods: Method[] = [];
  for (const weighted of [false, true]) {
    const search = weighted ? "dijkstra" : "bfs";
    methods.push({
      name: `ours-${search}`,
      solver: "ours",
      weighted,
      run: (a, b) => shortestPath(csr, a, b, { weighted }),
      answer: ours,
    });
    for (const solver of ["simple", "mixed"] as const) {
      const graph = graphs[solver];
      methods.push({
        name: `${solver}-${search}`,
        solver,
        weighted,
        run: weighted
          ? (a, b) => dijkstra.bidirectional(graph, key(a), key(b), "weight")
          : (a, b) => unweighted.bidirectional(graph, key(a), key(b)),
        answer: theirs(graph),
      });
    }
  }
  return methods;
}

interface MethodResult {
  times: Float64Array;
  answers: Answer[];
}

/**
 * Every method on every pair: in chunks of `chunk` pairs, each method in turn on the chunk (the order rotating from
 * one chunk to the next), so a method keeps its caches warm within a chunk and load on a shared machine falls on all.
 */
function timeMethods(methods: Method[], warm: Uint32Array, pairs: Uint32Array, chunk: number): MethodResult[] {
  for (const method of methods) {
    for (let p = 0; p < warm.length; p += 2) method.run(warm[p], warm[p + 1]);
  }
  const count = pairs.length / 2;
  const times = methods.map(() => new Float64Array(count));
  const raw = methods.map(() => new Array<unknown>(count));
  for (let start = 0, round = 0; start < count; start += chunk, round++) {
    const end = Math.min(count, start + chunk);
    for (let turn = 0; turn < methods.length; turn++) {
      const m = (turn + round) % methods.length;
      const method = methods[m];
      for (let p = start; p < end; p++) {
        const from = pairs[2 * p];
        const to = pairs[2 * p + 1];
        const t0 = nowMs();
        const result = method.run(from, to);
        times[m][p] = nowMs() - t0;
        raw[m][p] = result;
      }
    }
  }
  return methods.map((method, m) => ({
    times: times[m],
    answers: raw[m].map((result, p) => method.answer(result, pairs[2 * p], pairs[2 * p + 1])),
  }));
}

/**
 * `timeMethods` for the unweighted methods, then separately for the weighted ones: the methods compared share the
 * same cache conditions, rather than the breadth-first searches each following a chunk of graphology's Dijkstra
 * (tens of milliseconds of allocation that evict every cache). Results in the order of `methods`.
 */
function timeBySearch(methods: Method[], warm: Uint32Array, pairs: Uint32Array, chunk: number): MethodResult[] {
  const results = new Array<MethodResult>(methods.length);
  for (const weighted of [false, true]) {
    const group = methods.flatMap((method, m) => (method.weighted === weighted ? [m] : []));
    const timed = timeMethods(
      group.map((m) => methods[m]),
      warm,
      pairs,
      chunk,
    );
    group.forEach((m, j) => (results[m] = timed[j]));
  }
  return results;
}

/** Fails the bench when graphology and the kernel disagree on any pair: hops exactly, costs within tolerance. */
function crossCheck(nodes: number, pairs: Uint32Array, methods: Method[], results: MethodResult[]): void {
  const problems: string[] = [];
  methods.forEach((method, m) => {
    if (method.solver === "ours") return;
    const o = methods.findIndex((other) => other.solver === "ours" && other.weighted === method.weighted);
    results[o].answers.forEach((a, p) => {
      const b = results[m].answers[p];
      const agree = method.weighted
        ? Math.abs(a.cost - b.cost) <= COST_TOLERANCE * Math.max(a.cost, b.cost)
        : a.hops === b.hops;
      if (!agree) {
        problems.push(
          `${methods[o].name} vs ${method.name}, pair ${p} (${pairs[2 * p]} → ${pairs[2 * p + 1]}): ` +
            `${a.hops} hops, cost ${a.cost} vs ${b.hops} hops, cost ${b.cost}`,
        );
      }
    });
  });
  if (problems.length > 0) {
    throw new Error(
      `bench.paths: at ${nodes} nodes, ${problems.length} answers disagree:\n  ${problems.slice(0, 10).join("\n  ")}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// One size in Node

type SearchLabel = "unweighted" | "weighted";
const SEARCHES: SearchLabel[] = ["unweighted", "weighted"];

interface SizeResult {
  nodes: number;
  edges: number;
  generateMs: number;
  fromGraphMs: number;
  buildCsrMs: number;
  /** Per search, per solver: methods in turn on chunks of pairs. */
  times: Record<SearchLabel, Record<Solver, Summary>>;
  /** The same, each method on every pair in a row (warm caches). */
  timesInRow: Record<SearchLabel, Record<Solver, Summary>>;
  /** Mean hops of our answers. */
  meanHops: Record<SearchLabel, number>;
  /** Our kernel on pairs of neighbours: the fixed cost of a query, whatever the search does. */
  adjacent: Record<SearchLabel, Summary>;
  browser: PageReport | null;
  browserError: string | null;
}

function measureSize(nodes: number, settings: BenchSettings, publicDir: string | null): SizeResult {
  const t0 = nowMs();
  const mixed = syntheticPathGraph(nodes, settings.edgesPerNode, settings.seed);
  const graphs = { mixed, simple: simpleCopy(mixed) };
  const generateMs = nowMs() - t0;

  const fromGraph: number[] = [];
  const builds: number[] = [];
  let input: GraphCsrInput | null = null;
  let csr: Csr | null = null;
  for (let run = 0; run < settings.buildRuns; run++) {
    const a = nowMs();
    input = csrInputFromGraph(mixed as unknown as PolicyGraph);
    const b = nowMs();
    csr = buildCsr(input);
    fromGraph.push(b - a);
    builds.push(nowMs() - b);
  }
  if (!input || !csr) throw new Error("bench.paths: no CSR was built");
  input.nodeKeys.forEach((key, i) => {
    if (key !== `n${i}`) throw new Error(`bench.paths: node index ${i} is ${key}, not n${i}`);
  });
  console.error(
    `bench.paths: ${sizeLabel(nodes)}: ${int(mixed.size)} edges, graphs generated in ${ms(generateMs)}, CSR in ` +
      `${ms(median(fromGraph))} + ${ms(median(builds))}`,
  );

  const all = randomPairs(nodes, settings.warmPairs + settings.pairs, settings.seed * 1_000_003 + nodes);
  const warm = all.subarray(0, settings.warmPairs * 2);
  const pairs = all.subarray(settings.warmPairs * 2);
  const methods = makeMethods(graphs, csr, input.nodeKeys);
  const results = timeBySearch(methods, warm, pairs, settings.chunk);
  crossCheck(nodes, pairs, methods, results);
  // The same pairs again, each method running all of them in a row: what a method costs with its caches warm.
  const inRow = timeBySearch(methods, warm, pairs, pairs.length / 2);
  crossCheck(nodes, pairs, methods, inRow);
  const pick = (search: SearchLabel, solver: Solver): number =>
    methods.findIndex((method) => method.solver === solver && method.weighted === (search === "weighted"));
  const summaries = (timed: MethodResult[]) =>
    Object.fromEntries(
      SEARCHES.map((search) => [
        search,
        Object.fromEntries(SOLVERS.map((solver) => [solver, summarize(timed[pick(search, solver)].times)])),
      ]),
    ) as SizeResult["times"];
  const times = summaries(results);
  const timesInRow = summaries(inRow);
  const meanHops = Object.fromEntries(
    SEARCHES.map((search) => [
      search,
      results[pick(search, "ours")].answers.reduce((sum, a) => sum + a.hops, 0) / (pairs.length / 2),
    ]),
  ) as SizeResult["meanHops"];
  for (const search of SEARCHES) {
    for (const solver of SOLVERS) {
      const s = times[search][solver];
      console.error(
        `bench.paths: ${sizeLabel(nodes)} ${search}, ${SOLVER_LABEL[solver]}: median ${us(s.medianMs)}, p95 ${us(s.p95Ms)}`,
      );
    }
  }

  // The first neighbour of each pair's `from`: the search meets its target in the first step.
  const adjacentCount = Math.min(settings.adjacentPairs, pairs.length / 2);
  const neighbours = new Uint32Array(adjacentCount * 2);
  for (let p = 0; p < adjacentCount; p++) {
    const from = pairs[2 * p];
    neighbours[2 * p] = from;
    neighbours[2 * p + 1] = csr.neighbours[csr.offsets[from]];
  }
  const ourMethods = SEARCHES.map((search) => methods[pick(search, "ours")]);
  const adjacent = timeMethods(ourMethods, warm, neighbours, settings.chunk);

  if (publicDir) writePageData(publicDir, nodes, input, warm, pairs, settings);
  return {
    nodes,
    edges: mixed.size,
    generateMs,
    fromGraphMs: median(fromGraph),
    buildCsrMs: median(builds),
    times,
    timesInRow,
    meanHops,
    adjacent: { unweighted: summarize(adjacent[0].times), weighted: summarize(adjacent[1].times) },
    browser: null,
    browserError: null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The worker, in headless Chromium

const pageFile = (nodes: number) => `paths-g${nodes}`;

/** The CsrInput as one binary file (the page slices it back into typed arrays) and the pairs as JSON. */
function writePageData(
  dir: string,
  nodes: number,
  input: GraphCsrInput,
  warm: Uint32Array,
  pairs: Uint32Array,
  settings: BenchSettings,
): void {
  const edgeCount = input.edgeSources.length;
  // 8-byte values first, so every typed array starts on a multiple of its element size.
  const parts: ArrayBufferView[] = [
    input.edgeDates,
    input.edgeSources,
    input.edgeTargets,
    input.edgeWeights,
    input.edgeKinds,
  ];
  fs.writeFileSync(
    path.join(dir, `${pageFile(nodes)}.bin`),
    Buffer.concat(parts.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))),
  );
  const data: PathsPageData = {
    nodeCount: input.nodeCount,
    edgeCount,
    warm: Array.from(warm.subarray(0, settings.browserWarmPairs * 2)),
    pairs: Array.from(pairs.subarray(0, settings.browserPairs * 2)),
    kPairs: settings.kPairs,
    k: 5,
  };
  fs.writeFileSync(path.join(dir, `${pageFile(nodes)}.json`), JSON.stringify(data));
}

/**
 * A context whose responses carry COOP/COEP, so the page is cross-origin isolated and `performance.now()` has 5 µs
 * resolution rather than 100 µs; vite's HMR socket is mocked so that the dev server never reloads a busy page.
 */
async function isolatedContext(browser: Awaited<ReturnType<typeof launchBrowser>>): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.routeWebSocket(/./, () => undefined);
  await context.route(/./, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-embedder-policy": "require-corp",
      },
    });
  });
  return context;
}

async function runPage(context: BrowserContext, url: string, timeoutMs: number): Promise<PageReport> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
    else if (message.text().startsWith("bench.paths.page:")) console.error(message.text());
  });
  try {
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForSelector('body[data-state="done"], body[data-state="error"]', {
      timeout: timeoutMs,
      state: "attached",
    });
    const state = await page.evaluate("document.body.dataset.state");
    if (state !== "done") {
      const text = await page.evaluate("document.body.textContent");
      throw new Error(`the page failed: ${String(text).trim().slice(0, 600)}; ${problems.slice(0, 5).join("; ")}`);
    }
    return JSON.parse((await page.evaluate("JSON.stringify(window.pathsBench)")) as string) as PageReport;
  } finally {
    await page.close();
  }
}

async function measureBrowser(results: SizeResult[], publicDir: string, settings: BenchSettings): Promise<string> {
  const server = await startServer({ publicDir });
  const browser = await launchBrowser();
  try {
    const context = await isolatedContext(browser);
    const base = `${server.url}bench/paths-page.html`;
    // Loads the page's modules and the worker once (vite transforms and pre-bundles on first request).
    await runPage(context, `${base}?warm`, settings.pageTimeoutMs);
    for (const result of results) {
      try {
        result.browser = await runPage(context, `${base}?data=/${pageFile(result.nodes)}`, settings.pageTimeoutMs);
      } catch (error) {
        result.browserError = error instanceof Error ? error.message : String(error);
        console.error(`bench.paths: ${sizeLabel(result.nodes)} in the browser failed: ${result.browserError}`);
      }
    }
    await context.close();
    return browser.version();
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const fixed = (n: number, digits = 1) => n.toFixed(digits);
const ms = (n: number) => `${fixed(n, n < 10 ? 2 : 0)} ms`;
/** Microseconds below a millisecond, else milliseconds. */
const us = (msValue: number) => (msValue < 1 ? `${int(msValue * 1000)} µs` : ms(msValue));
const sizeLabel = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
const ratio = (a: number, b: number) => `${fixed(a / b)}×`;

function sourceVersion(): string {
  const git = (...args: string[]) => spawnSync("git", args, { cwd: REPO_ROOT, encoding: "utf8" }).stdout?.trim() ?? "";
  const commit = git("rev-parse", "--short", "HEAD") || "unknown commit";
  const dirty = git("status", "--porcelain", "--", "src", "workers");
  return dirty ? `${commit} + uncommitted changes in src/ or workers/` : commit;
}

const medianP95 = (s: Summary) => `${us(s.medianMs)} / ${us(s.p95Ms)}`;
const ratios = (theirs: Summary, ours: Summary) =>
  `${ratio(theirs.medianMs, ours.medianMs)} / ${ratio(theirs.p95Ms, ours.p95Ms)}`;
const verdict = (x: number) => (x >= TARGET_RATIO ? "**met**" : "**missed**");

function report(
  results: SizeResult[],
  settings: BenchSettings,
  loadAtStart: number[],
  chromium: string | null,
): string {
  const cpus = os.cpus();
  const target = results.find((r) => r.nodes === TARGET_NODES);
  const targetLines = SEARCHES.map((search) => {
    if (!target) return `- ${search}: not measured (no ${sizeLabel(TARGET_NODES)} size in --sizes)`;
    const against = (t: Record<Solver, Summary>) =>
      (["simple", "mixed"] as const).map((solver) => {
        const x = t[solver].medianMs / t.ours.medianMs;
        return `${SOLVER_LABEL[solver]} ${fixed(x)}× (p95 ${fixed(t[solver].p95Ms / t.ours.p95Ms)}×): ${verdict(x)}`;
      });
    const parts = [
      `in turns of ${settings.chunk} pairs, against ${against(target.times[search]).join(", ")}`,
      `each in a row, against ${against(target.timesInRow[search]).join(", ")}`,
    ];
    const page = target.browser?.series[search];
    const worker = page
      ? (["simple", "mixed"] as const)
          .map((solver) => {
            const x = page[solver].medianMs / page.worker.medianMs;
            const bound = page[solver].medianMs / target.browser!.ping.medianMs;
            return `${SOLVER_LABEL[solver]} ${fixed(x)}× (${verdict(x)}; a bare \`ping\` round trip allows ${fixed(bound)}× at most)`;
          })
          .join(", ")
      : "not measured";
    return `- ${search}: ${parts.join("; ")}. Through the worker (in the page, graphology / \`pathsFind\` round trip, medians): ${worker}`;
  });

  const rowsOf = (timesOf: (r: SizeResult) => SizeResult["times"]) =>
    results.flatMap((r) =>
      SEARCHES.map((search) => {
        const t = timesOf(r)[search];
        return (
          `| ${sizeLabel(r.nodes)} | ${int(r.edges)} | ${search} | ${fixed(r.meanHops[search], 2)} | ${medianP95(t.ours)} | ` +
          `${medianP95(t.simple)} | ${ratios(t.simple, t.ours)} | ${medianP95(t.mixed)} | ${ratios(t.mixed, t.ours)} |`
        );
      }),
    );
  const header = [
    "| nodes | edges | search | hops | ours | graphology, undirected | ratio | graphology, mixed multi | ratio |",
    "|--:|--:|---|--:|--:|--:|--:|--:|--:|",
  ];
  const builds = results.map(
    (r) =>
      `| ${sizeLabel(r.nodes)} | ${int(r.edges)} | ${ms(r.fromGraphMs)} | ${ms(r.buildCsrMs)} | ` +
      `${ms(r.fromGraphMs + r.buildCsrMs)} | ${us(r.adjacent.unweighted.medianMs)} | ${us(r.adjacent.weighted.medianMs)} |`,
  );

  const browserRows = results.flatMap((r) => {
    const b = r.browser;
    if (!b)
      return [
        `| ${sizeLabel(r.nodes)} | **failed**: ${(r.browserError ?? "not run").replace(/[|\n]/g, " ")} | | | | | | | |`,
      ];
    return SEARCHES.map((search) => {
      const s = b.series[search];
      return (
        `| ${sizeLabel(r.nodes)} | ${search} | ${medianP95(s.direct)} | ${medianP95(s.worker)} | ` +
        `${us(s.worker.medianMs - s.direct.medianMs)} | ${medianP95(s.simple)} | ${ratio(s.simple.medianMs, s.worker.medianMs)} | ` +
        `${medianP95(s.mixed)} | ${ratio(s.mixed.medianMs, s.worker.medianMs)} |`
      );
    });
  });
  const measured = results.filter((r) => r.browser);
  const initRows = measured.map((r) => {
    const { init } = r.browser!;
    return (
      `| ${sizeLabel(r.nodes)} | ${ms(init.cloneMs)} | ${ms(init.transferMs)} | ${ms(init.directBuildMs)} | ` +
      `${ms(init.graphologyImportMs)} |`
    );
  });
  const kRows = measured.flatMap((r) =>
    SEARCHES.map((search) => {
      const s: PageSeries["k"] = r.browser!.series[search].k;
      return `| ${sizeLabel(r.nodes)} | ${search} | ${s.n} | ${us(s.medianMs)} | ${us(s.p95Ms)} | ${fixed(s.meanPaths, 2)} |`;
    }),
  );
  const page = measured[0]?.browser;

  return [
    SECTION_START,
    "",
    "# Path benchmark",
    "",
    "Written by `npm run bench:paths` (bench/paths.bench.ts); rerun it to refresh. Do not edit by hand.",
    "",
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${fixed(os.totalmem() / 2 ** 30)} GiB ` +
      `memory, ${os.type()} ${os.release()}, Node ${process.version}` +
      (chromium ? `; headless Chromium ${chromium}` : ""),
    `- Load average at start (1, 5, 15 min): ${loadAtStart.map((x) => fixed(x, 2)).join(", ")}; the machine is shared, ` +
      "so only ratios measured in the same run mean anything",
    `- Source: ${sourceVersion()}`,
    `- Settings: sizes ${settings.sizes.map(sizeLabel).join(", ")}; ${settings.edgesPerNode} edges per node; seed ` +
      `${settings.seed}; ${settings.pairs} timed pairs per size after ${settings.warmPairs} warm-up pairs per method; ` +
      `CSR build median of ${settings.buildRuns}; in the browser ${settings.browserPairs} pairs (k = 1) after ` +
      `${settings.browserWarmPairs} warm-up, k = 5 on ${settings.kPairs} of them`,
    "",
    "## Kernel against graphology-shortest-path (Node)",
    "",
    "Median / p95 per query, same pairs, same run. Ours: `shortestPath(csr, from, to, { weighted })`. Graphology: " +
      "`unweighted.bidirectional` and `dijkstra.bidirectional(…, 'weight')`, on the same graph as an undirected " +
      "simple graph (its fastest type) and as graph.json's mixed multigraph with every edge undirected (the type " +
      "the explorer holds). Ratio = graphology / ours. Hops: mean length of our paths.",
    "",
    `### In turns: the methods take turns on chunks of ${settings.chunk} pairs`,
    "",
    "Each method's caches are cold at the start of its chunk (graphology's searches touch hundreds of MB), as for a " +
      "query a user asks now and then.",
    "",
    ...header,
    ...rowsOf((r) => r.times),
    "",
    `### In a row: each method answers all ${settings.pairs} pairs before the next starts`,
    "",
    "Warm caches, as for a burst of queries (Yen's spur searches, a batch of paths).",
    "",
    ...header,
    ...rowsOf((r) => r.timesInRow),
    "",
    `Target: at least ${TARGET_RATIO}× graphology-shortest-path at ${sizeLabel(TARGET_NODES)} nodes (medians).`,
    "",
    ...targetLines,
    "",
    "## CSR build and the fixed cost of a query (Node)",
    "",
    "Adjacent pair: our kernel from each pair's `from` to its first neighbour, so the search itself is one step and " +
      "what remains is the per-query set-up.",
    "",
    "| nodes | edges | `csrInputFromGraph` | `buildCsr` | total | adjacent pair, unweighted | adjacent pair, weighted |",
    "|--:|--:|--:|--:|--:|--:|--:|",
    ...builds,
    "",
    "## Through the graph worker (headless Chromium)",
    "",
    ...(page
      ? [
          `The page is ${page.crossOriginIsolated ? "" : "**not** "}cross-origin isolated: \`performance.now()\` ` +
            `steps of ${us(page.timerStepMs)} at least. Median / p95 per query on the first ` +
            `${settings.browserPairs} pairs above: the kernel called in the page, \`await api.pathsFind({ from, to, ` +
            "options: { weighted }, k: 1 })` through the worker, and graphology-shortest-path in the page; overhead = " +
            "round trip − direct (medians); ÷ = graphology / round trip (medians). For scale, `await api.ping()` " +
            `takes ${measured.map((r) => `${medianP95(r.browser!.ping)} (during the ${sizeLabel(r.nodes)} run)`).join(", ")}.`,
          "",
          "| nodes | search | kernel in page | `pathsFind` round trip | overhead | graphology, undirected | ÷ | " +
            "graphology, mixed multi | ÷ |",
          "|--:|---|--:|--:|--:|--:|--:|--:|--:|",
          ...browserRows,
          "",
          "`pathsInit` (one call, worker already started; median of 3): the CsrInput structured-cloned (as a plain " +
            "call sends it) or its buffers transferred, then `buildCsr` in the worker; beside it `buildCsr` in the " +
            "page alone, and the page's import of the same graph into graphology (undirected).",
          "",
          "| nodes | `pathsInit`, cloned | `pathsInit`, transferred | `buildCsr` in the page | graphology import |",
          "|--:|--:|--:|--:|--:|",
          ...initRows,
          "",
          "`pathsFind({ from, to, options: { weighted }, k: 5 })` round trip (shortest path, then Yen's alternatives):",
          "",
          "| nodes | search | pairs | median | p95 | paths per answer |",
          "|--:|---|--:|--:|--:|--:|",
          ...kRows,
        ]
      : [`Not measured: ${(results.map((r) => r.browserError).find((e) => e) ?? "--no-browser").replace(/\n/g, " ")}`]),
    "",
    "## Method",
    "",
    `- Graphs: built here with a seeded PRNG (mulberry32, seed ${settings.seed}): a random recursive tree (node i ` +
      `joins a uniformly chosen earlier node, so the graph is connected) plus uniformly random extra edges up to ` +
      `${settings.edgesPerNode} edges per node, no self-loops or parallel edges; every edge undirected, of kind 0, ` +
      "with 1–4 evidence items from 1–4 documents and a `weight` attribute equal to `evidenceWeight(items, " +
      "documents)` rounded to float32, the cost the CSR stores, so both libraries minimise the same sums. The CSR " +
      "comes from the mixed multigraph through `csrInputFromGraph`; the kernel ignores direction, and with every " +
      "edge undirected graphology answers the same question.",
    "- Pairs: seeded, distinct endpoints, the same for every method; each method first runs the warm-up pairs. The " +
      `timed pairs go by in chunks of ${settings.chunk}, each method in turn on a chunk, the order rotating, so load ` +
      "on the shared machine falls on all methods alike. Unweighted and weighted searches rotate separately (all " +
      "unweighted chunks, then all weighted ones), so a breadth-first search never follows graphology's Dijkstra, " +
      "whose tens of milliseconds of allocation evict every cache. Each query is timed alone with " +
      "`process.hrtime.bigint()`; p95 is the nearest rank.",
    "- Checked on every pair, or the bench fails: our path joins its endpoints through real edges; unweighted hop " +
      `counts equal graphology's; weighted costs within ${COST_TOLERANCE} relative (both summed in float64 from the ` +
      "same float32 weights).",
    "- CSR build: `csrInputFromGraph(graph)` then `buildCsr(input)`, each timed, median of the runs.",
    "- Browser: vite dev server and headless Chromium; bench/paths-page.html fetches the CsrInput `csrInputFromGraph` " +
      "gave here and the same pairs, starts the worker with `createGraphWorker()` (src/explorer/worker-client.ts), " +
      "and times, per pair, `await api.pathsFind(…)`, `shortestPath` on a CSR built in the page, and " +
      "graphology-shortest-path on both graph types imported in the page, in rotating chunks as above; every " +
      "answer is checked against the direct one. Responses carry COOP/COEP (added by the bench, for the finer timer).",
    "",
    SECTION_END,
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  const settings = parseArgs(process.argv.slice(2));
  const loadAtStart = os.loadavg();
  const publicDir = settings.browser ? fs.mkdtempSync(path.join(os.tmpdir(), "policygraph-paths-bench-")) : null;
  try {
    const results: SizeResult[] = [];
    for (const nodes of settings.sizes) results.push(measureSize(nodes, settings, publicDir));
    let chromium: string | null = null;
    if (publicDir) {
      try {
        chromium = await measureBrowser(results, publicDir, settings);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`bench.paths: the browser part failed: ${message}`);
        for (const r of results) r.browserError ??= message;
      }
    }
    const section = report(results, settings, loadAtStart, chromium);
    console.log(section);
    if (settings.write) {
      const previous = fs.existsSync(RESULTS) ? fs.readFileSync(RESULTS, "utf8") : "";
      fs.writeFileSync(RESULTS, mergeSection(previous, section, SECTION_START, SECTION_END));
      console.error(`bench.paths: wrote its section of ${path.relative(REPO_ROOT, RESULTS)}`);
    }
  } finally {
    if (publicDir) fs.rmSync(publicDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
