// One timed build of a corpus folder, run in a fresh process by build.bench.ts; prints its measurements as JSON.
// Usage: node --import tsx bench/build-once.ts <dir> [threads]

import { tuneEngineForBuild } from "../src/pipeline/engine.ts";
import { buildGraph } from "../src/pipeline/index.ts";

/** What build.bench.ts reads from this process's stdout. */
export interface BuildMeasurement {
  /** Wall time of the `buildGraph` call: load, clean, … emit. */
  buildMs: number;
  /** `graph.export()` plus `JSON.stringify`, what `npm run build:graph` adds before writing graph.json. */
  exportMs: number;
  documents: number;
  warnings: { file: string; reason: string }[];
  nodes: number;
  edges: number;
  jsonBytes: number;
  /** Kernel high-water mark of the resident set, bytes: the true peak, whatever the sampling missed. */
  maxRssBytes: number;
  /** Highest `heapUsed` seen at a sample (50 ms timer, or a progress callback 50 ms after the last sample). */
  peakHeapUsedBytes: number;
  /** Worker threads the build used for its per-document stages (1: none). */
  threads: number;
  /** Wall milliseconds of each part of the build (`load`, `prepare`, … `layout`, `store`), as `buildGraph` reports. */
  timings: Record<string, number>;
}

const SAMPLE_MS = 50;

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error("bench.build-once: usage: build-once.ts <dir> [threads]");
  const threads = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
  tuneEngineForBuild(); // as the command does (cli.ts)

  // The pipeline is mostly synchronous, so a timer alone sees little of it; progress callbacks sample too.
  let peakHeap = 0;
  let lastSample = 0;
  const sample = () => {
    lastSample = performance.now();
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  let stage = "start";
  const onProgress = (name: string, done: number, total: number) => {
    stage = `${name} ${done}/${total}`;
    if (performance.now() - lastSample >= SAMPLE_MS) sample();
  };

  const t0 = performance.now();
  let result;
  try {
    result = await buildGraph({ inputs: [dir], onProgress, threads });
  } catch (error) {
    console.error(`bench.build-once: buildGraph failed after progress "${stage}"`);
    throw error;
  }
  const buildMs = performance.now() - t0;
  sample();
  const t1 = performance.now();
  const json = JSON.stringify(result.graph.export());
  const exportMs = performance.now() - t1;
  sample();
  clearInterval(timer);

  const measurement: BuildMeasurement = {
    buildMs,
    exportMs,
    documents: result.documents,
    warnings: result.warnings,
    nodes: result.graph.order,
    edges: result.graph.size,
    jsonBytes: Buffer.byteLength(json),
    maxRssBytes: process.resourceUsage().maxRSS * 1024, // maxRSS is in kilobytes
    peakHeapUsedBytes: peakHeap,
    threads: result.threads,
    timings: result.timings,
  };
  process.stdout.write(JSON.stringify(measurement) + "\n");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
