// `npm run bench [-- --runs N] [-- --quick] [-- --threads N]`: whole-corpus build throughput and memory, next to
// compromise's people/organizations/places on a sample of the same documents; writes bench/RESULTS.md (not in --quick).

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import type { BuildMeasurement } from "./build-once.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = path.resolve(ROOT, "../shared/corpus/wh-statements");
const RESULTS = path.join(ROOT, "bench/RESULTS.md");
const TARGET_S = 30;
const QUICK_DOCUMENTS = 500;
/** compromise gets every Nth document of the corpus being built: it is far slower, and a sample shows its rate. */
const COMPROMISE_EVERY = 20;
const MB = 1e6;

interface InputFile {
  relative: string;
  bytes: number;
}

function parseArgs(argv: string[]): { runs: number; quick: boolean; threads?: number } {
  const opts: { runs: number; quick: boolean; threads?: number } = { runs: 3, quick: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--quick") opts.quick = true;
    else if (argv[i] === "--runs") opts.runs = Number(argv[++i]);
    else if (argv[i] === "--threads") opts.threads = Number(argv[++i]);
    else throw new Error(`bench: unknown option ${argv[i]}; use --runs N, --quick, --threads N`);
  }
  if (!(Number.isInteger(opts.runs) && opts.runs > 0)) throw new Error("bench: --runs needs a positive integer");
  if (opts.threads !== undefined && !(Number.isInteger(opts.threads) && opts.threads > 0))
    throw new Error("bench: --threads needs a positive integer");
  return opts;
}

/** Every file under `dir`, sorted by path so that samples are the same from one run to the next. */
function listFiles(dir: string): InputFile[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((relative) => ({ relative, stat: fs.statSync(path.join(dir, relative)) }))
    .filter((f) => f.stat.isFile())
    .map((f) => ({ relative: f.relative, bytes: f.stat.size }))
    .sort((a, b) => (a.relative < b.relative ? -1 : 1));
}

const everyNth = <T>(items: T[], n: number): T[] => items.filter((_, i) => i % n === 0);

/** Copies an evenly spread sample of the corpus to a temporary folder (the corpus itself is read-only). */
function copySample(files: InputFile[], count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policygraph-bench-"));
  for (const f of everyNth(files, Math.max(1, Math.floor(files.length / count))).slice(0, count)) {
    fs.mkdirSync(path.dirname(path.join(dir, f.relative)), { recursive: true });
    fs.copyFileSync(path.join(CORPUS, f.relative), path.join(dir, f.relative));
  }
  return dir;
}

/** One build in a fresh Node process, so that each run starts cold and its peak RSS is its own. */
function buildOnce(dir: string, threads: number | undefined): BuildMeasurement & { processMs: number } {
  const t0 = performance.now();
  const args = ["--import", "tsx", "bench/build-once.ts", dir, ...(threads === undefined ? [] : [String(threads)])];
  const child = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const processMs = performance.now() - t0;
  if (child.status !== 0) {
    throw new Error(`bench: build of ${dir} failed (exit ${child.status ?? child.signal}); its stderr is above`);
  }
  return { ...(JSON.parse(child.stdout) as BuildMeasurement), processMs };
}

/** The text compromise is given: the document without its YAML front matter. */
const body = (raw: string) => raw.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/, "");

function compromiseOnce(texts: string[]): { ms: number; found: number } {
  let found = 0;
  const t0 = performance.now();
  for (const text of texts) {
    const doc = nlp(text);
    found += doc.people().out("array").length;
    found += doc.organizations().out("array").length;
    found += doc.places().out("array").length;
  }
  return { ms: performance.now() - t0, found };
}

/** The commit measured, so that numbers can be tied to code; "+ uncommitted changes" when the tree is dirty. */
function sourceVersion(): string {
  const git = (...args: string[]) => spawnSync("git", args, { cwd: ROOT, encoding: "utf8" }).stdout?.trim() ?? "";
  const commit = git("rev-parse", "--short", "HEAD") || "unknown commit";
  return git("status", "--porcelain", "--", "src") ? `${commit} + uncommitted changes in src/` : commit;
}

/**
 * The sections other benches own in RESULTS.md (`<!-- NAME-bench:start -->` … `<!-- NAME-bench:end -->`, e.g.
 * explorer-bench, paths-bench), in file order: this bench rewrites everything else, and keeps them as they are.
 */
function otherSections(previous: string): string[] {
  const section = /<!-- ([\w-]+)-bench:start -->[\s\S]*?<!-- \1-bench:end -->\n?/g;
  return [...previous.matchAll(section)].filter((m) => m[1] !== "build").map((m) => m[0].replace(/\n?$/, "\n"));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const fixed = (n: number, digits = 2) => n.toFixed(digits);
const seconds = (ms: number) => `${fixed(ms / 1000)} s`;
const megabytes = (bytes: number) => `${fixed(bytes / MB, 1)} MB`;

async function main(): Promise<void> {
  const { runs, quick, threads } = parseArgs(process.argv.slice(2));
  const corpusFiles = listFiles(CORPUS);
  const dir = quick ? copySample(corpusFiles, QUICK_DOCUMENTS) : CORPUS;
  try {
    const files = listFiles(dir);
    const inputBytes = files.reduce((sum, f) => sum + f.bytes, 0);
    console.error(`bench: ${files.length} files, ${megabytes(inputBytes)} in ${path.relative(ROOT, dir) || dir}`);

    const texts = everyNth(files, COMPROMISE_EVERY).map((f) =>
      body(fs.readFileSync(path.join(dir, f.relative), "utf8")),
    );
    const textBytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
    // In turns, a build then a compromise run: a slow spell of this shared machine slows both, not one side.
    const builds: Array<BuildMeasurement & { processMs: number }> = [];
    const nlpRuns: Array<ReturnType<typeof compromiseOnce>> = [];
    for (let i = 0; i < runs; i++) {
      builds.push(buildOnce(dir, threads));
      console.error(`bench: build ${i + 1}/${runs}: ${seconds(builds[i].buildMs)}`);
      nlpRuns.push(compromiseOnce(texts));
      console.error(`bench: compromise ${i + 1}/${runs}: ${seconds(nlpRuns[i].ms)}`);
    }

    const first = builds[0];
    const buildMs = median(builds.map((b) => b.buildMs));
    const processMs = median(builds.map((b) => b.processMs));
    const nlpMs = median(nlpRuns.map((r) => r.ms));
    const pgRate = inputBytes / MB / (buildMs / 1000);
    const pairRatios = builds.map((b, k) => inputBytes / b.buildMs / (textBytes / nlpRuns[k].ms));
    const nlpRate = textBytes / MB / (nlpMs / 1000);
    const size = (b: BuildMeasurement) =>
      `${int(b.nodes)} nodes, ${int(b.edges)} edges, ${megabytes(b.jsonBytes)} of JSON`;
    const sizes = new Set(builds.map((b) => `${b.nodes}/${b.edges}/${b.jsonBytes}`));
    const cpus = os.cpus();
    const stages = Object.keys(first.timings).map(
      (stage) => `${stage} ${seconds(median(builds.map((b) => b.timings[stage] ?? 0)))}`,
    );

    const lines = [
      "# Build benchmark",
      "",
      "Written by `npm run bench` (bench/build.bench.ts); rerun it to refresh. Do not edit by hand.",
      "",
      `- Date: ${new Date().toISOString().slice(0, 10)}`,
      `- Machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ` +
        `${fixed(os.totalmem() / 2 ** 30, 1)} GiB memory, ${os.type()} ${os.release()}, Node ${process.version}`,
      `- Source: ${sourceVersion()}`,
      `- Corpus: \`${path.relative(ROOT, CORPUS)}\`${quick ? `, ${files.length}-document sample (--quick)` : ""}`,
      "",
      "## Throughput",
      "",
      "| | policygraph `buildGraph` | compromise people/organizations/places | ratio |",
      "|---|--:|--:|--:|",
      `| documents | ${int(first.documents)} | ${int(texts.length)} (every ${COMPROMISE_EVERY}th) | |`,
      `| input | ${megabytes(inputBytes)} (whole files) | ${megabytes(textBytes)} (front matter stripped) | |`,
      `| median time (n = ${runs}) | ${seconds(buildMs)} | ${seconds(nlpMs)} | |`,
      `| MB/s | ${fixed(pgRate)} | ${fixed(nlpRate)} | ${fixed(pgRate / nlpRate, 1)}× |`,
      `| documents/s | ${int(first.documents / (buildMs / 1000))} | ${fixed(texts.length / (nlpMs / 1000), 1)} | ` +
        `${fixed(first.documents / buildMs / (texts.length / nlpMs), 1)}× |`,
      "",
      `MB/s ratio pair by pair (each build against the compromise run right after it): median ` +
        `${fixed(median(pairRatios), 1)}× (${pairRatios.map((r) => `${fixed(r, 1)}×`).join(", ")}). On a machine whose ` +
        "speed drifts during the run, this is steadier than the ratio of the two medians above.",
      "",
      "## Whole build",
      "",
      `- \`buildGraph\`: median ${seconds(buildMs)} (runs: ${builds.map((b) => seconds(b.buildMs)).join(", ")}); ` +
        `target ${TARGET_S} s: ${quick ? "n/a for --quick" : buildMs / 1000 <= TARGET_S ? "met" : "**missed**"}.`,
      `- End to end per process (Node + tsx start, \`buildGraph\`, \`graph.export()\` + \`JSON.stringify\`): ` +
        `median ${seconds(processMs)}; export + stringify alone ${seconds(median(builds.map((b) => b.exportMs)))}.`,
      `- Peak RSS: ${megabytes(Math.max(...builds.map((b) => b.maxRssBytes)))} (highest run; kernel maxRSS). ` +
        `Peak heapUsed (sampled): ${megabytes(Math.max(...builds.map((b) => b.peakHeapUsedBytes)))}.`,
      sizes.size === 1
        ? `- Graph: ${size(first)}, the same in every run.`
        : `- Graph: **differed between runs** (did src/ change meanwhile?): ${builds.map(size).join("; ")}.`,
      `- Threads: ${first.threads} (threads for the per-document stages: the main thread and N − 1 workers; 1 builds in the main thread alone)` +
        `${threads === undefined ? ", the default for this machine" : ", from --threads"}.`,
      `- Stages (wall, median): ${stages.join(", ")}. \`layout\` is stage 08, ForceAtlas2 positions for graph.json.`,
      `- Skipped files: ${first.warnings.length}` +
        first.warnings
          .slice(0, 10)
          .map((w) => `\n  - ${w.file}: ${w.reason}`)
          .join(""),
      "",
      "## Method",
      "",
      `- Both measured in the same \`npm run bench\`, ${runs} run(s) each, in turns (a build, then a compromise run),`,
      "  medians reported, and the ratio of each pair (a build and the compromise run after it); MB = 10^6 bytes.",
      "  This machine is shared: compromise's time on the same sample has ranged from 8 to 14 s between sessions,",
      "  and within one run, so only ratios measured side by side mean much.",
      "- policygraph: each run is a fresh `node --import tsx bench/build-once.ts` process (cold JIT, own heap);",
      "  time is the `buildGraph` call alone (reading, parsing and every stage to the graphology graph). It sets V8's",
      "  flags as `npm run build:graph` does (`tuneEngineForBuild`, src/pipeline/engine.ts) before it builds.",
      "- compromise: in the bench process, `nlp(text)` then `.people()`, `.organizations()`, `.places()` with",
      "  `.out('array')` per document; its first run warms the JIT, which the median absorbs.",
      `  It found ${int(nlpRuns[0].found)} mentions in the sample, so the work is real.`,
      "- Peak RSS is `process.resourceUsage().maxRSS`, exact. heapUsed is sampled every 50 ms and at progress",
      "  callbacks; the pipeline is mostly synchronous, so it is a lower bound.",
      "",
    ];
    const report = lines.join("\n");
    console.log(report);
    if (!quick) {
      const previous = fs.existsSync(RESULTS) ? fs.readFileSync(RESULTS, "utf8") : "";
      fs.writeFileSync(RESULTS, [report, ...otherSections(previous)].join("\n"));
    }
  } finally {
    if (quick) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
