// `npm run build:graph -- [--input DIR]... [--out FILE] [--max-bytes N] [--threads N]`: builds graph.json (and the
// document store docs/ beside it) from folders of documents.

import fs from "node:fs";
import path from "node:path";
import { LoadError } from "./01-load.ts";
import { writeDocumentStore } from "./09-store.ts";
import { tuneEngineForBuild } from "./engine.ts";
import { buildGraph } from "./index.ts";

interface CliOptions {
  inputs: string[];
  out: string;
  maxBytes?: number;
  threads?: number;
}

function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = { inputs: [], out: "graph-data/graph.json" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new LoadError(`pipeline.cli: ${a} needs a value`);
      return v;
    };
    if (a === "--input" || a === "-i") opts.inputs.push(value());
    else if (a === "--out" || a === "-o") opts.out = value();
    else if (a === "--max-bytes") opts.maxBytes = Number(value());
    else if (a === "--threads") opts.threads = Number(value());
    else if (a === "--help" || a === "-h") {
      console.log("usage: npm run build:graph -- [--input DIR]... [--out FILE] [--max-bytes N] [--threads N]");
      process.exit(0);
    } else throw new LoadError(`pipeline.cli: unknown option ${a}; see --help`);
  }
  if (!opts.inputs.length) opts.inputs.push("graph-data/corpus");
  if (opts.maxBytes !== undefined && !(opts.maxBytes > 0))
    throw new LoadError("pipeline.cli: --max-bytes must be a positive number");
  if (opts.threads !== undefined && !(Number.isInteger(opts.threads) && opts.threads >= 1))
    throw new LoadError("pipeline.cli: --threads must be a positive whole number (1 builds in one thread)");
  return opts;
}

function progressBar(): (stage: string, done: number, total: number) => void {
  if (!process.stderr.isTTY) return () => {};
  let last = 0;
  return (stage, done, total) => {
    if (total < 50) return;
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r${stage.padEnd(8)} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}`);
    if (done === total) process.stderr.write("\n");
  };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const opts = parseArgs(process.argv.slice(2));
  tuneEngineForBuild();
  const { graph, warnings, documents, store, threads, timings } = await buildGraph({
    inputs: opts.inputs,
    maxBytes: opts.maxBytes,
    threads: opts.threads,
    onProgress: progressBar(),
  });
  fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
  fs.writeFileSync(opts.out, JSON.stringify(graph.export()) + "\n");
  const docs = writeDocumentStore(opts.out, store);
  const stats = graph.getAttribute("stats") as { entities: Record<string, number>; relations: Record<string, number> };
  for (const w of warnings) console.warn(`warning: skipped ${w.file}: ${w.reason}`);
  const fmt = (o: Record<string, number>) =>
    Object.entries(o)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ") || "none";
  console.log(`built ${opts.out}`);
  console.log(`  documents: ${documents} read, ${warnings.length} skipped`);
  console.log(`  entities:  ${graph.order} (${fmt(stats.entities)})`);
  console.log(`  relations: ${graph.size} (${fmt(stats.relations)})`);
  console.log(`  store:     ${docs.written} files in ${path.relative(process.cwd(), docs.folder) || docs.folder}`);
  console.log(
    `  time:      ${((performance.now() - t0) / 1000).toFixed(2)} s with ${threads} thread${threads > 1 ? "s" : ""} (` +
      Object.entries(timings)
        .map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)}`)
        .join(", ") +
      ")",
  );
}

main().catch((err: unknown) => {
  if (err instanceof LoadError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
