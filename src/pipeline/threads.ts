// Worker threads for the per-document stages. Each worker keeps the documents it was given (their cleaned text,
// sentences and mentions) from one phase to the next, so that only what the corpus-wide stages need crosses threads:
// facts and word counts after 02–03, mentions after 04, relations after 06. The kernels are per-document.ts's; this
// file and worker.ts only move data.

import { createRequire } from "node:module";
import os from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { MentionColumns } from "./mention-columns.ts";
import type { WordCounts } from "./vocabulary.ts";
import type { LayoutTopology } from "./08-layout.ts";
import type { DocumentText } from "./model.ts";
import type { DocumentFacts, DocumentRelations, EntityTable, PlacedColumns } from "./per-document.ts";
import type { SentenceCues } from "./06-relations.ts";
import { cachedWorkerBundle } from "./worker-bundle.ts";

/**
 * Below this many documents per thread, a second thread costs more than it saves (by default). On the 2-core
 * development machine, whose two cores slow each other down on this work, the benchmark corpus's (bench/RESULTS.md)
 * first 2,000 documents build in 5.4–5.6 s in one thread and 6.1–6.3 s in two; its first 4,000 about as fast either
 * way (10.2–12.2 s against 10.7–10.8 s); all 6,437 in 14.8–16.3 s against 14.0–14.5 s.
 */
export const MIN_DOCUMENTS_PER_THREAD = 2500;

/**
 * A string as it crosses threads: UTF-8 bytes, which move without a copy (handed over), where a copy of the string
 * would be cloned twice over at two bytes a character; a string that UTF-8 cannot hold goes as it is.
 */
export type StringOnTheWire = { text: string } | { utf8: Uint8Array };

/** A document's text on its way to a worker (see StringOnTheWire). */
export type TextOnTheWire = Omit<DocumentText, "text"> & StringOnTheWire;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const stringToWire = (text: string): StringOnTheWire =>
  text.isWellFormed() ? { utf8: encoder.encode(text) } : { text };

const stringFromWire = (wire: StringOnTheWire): string => ("text" in wire ? wire.text : decoder.decode(wire.utf8));

/** The buffer to hand over with a string on the wire, if it has one. */
const bufferOf = (wire: StringOnTheWire): ArrayBuffer[] => ("utf8" in wire ? [wire.utf8.buffer as ArrayBuffer] : []);

export function textToWire({ text, ...rest }: DocumentText): TextOnTheWire {
  return { ...rest, ...stringToWire(text) };
}

export function textFromWire(wire: TextOnTheWire): DocumentText {
  if ("text" in wire) return wire;
  const { utf8, ...rest } = wire;
  return { ...rest, text: stringFromWire({ utf8 }) };
}

/**
 * A document of another thread's share whose sentence cues a worker finds (see SentenceCues): its cleaned text, the
 * bounds of its sentences (`[start, end, …]`), and its date.
 */
export interface CueDocument {
  index: number;
  text: StringOnTheWire;
  bounds: Int32Array;
  date: string | null;
}

export function cueDocumentToWire(
  index: number,
  text: string,
  bounds: ArrayLike<number>,
  date: string | null,
): CueDocument {
  return { index, text: stringToWire(text), bounds: Int32Array.from(bounds), date };
}

export const cueTextFromWire = (document: CueDocument): string => stringFromWire(document.text);

/** The buffers of cue documents to hand over with the message. */
export function cueTransferOf(documents: CueDocument[]): ArrayBuffer[] {
  return documents.flatMap((d) => [d.bounds.buffer as ArrayBuffer, ...bufferOf(d.text)]);
}

/** The buffers of `documents` to hand over with the message. */
export function transferOf(documents: Array<{ source: TextOnTheWire }>): ArrayBuffer[] {
  return documents.flatMap(({ source }) => bufferOf(source));
}

/** Requests, answered in order by one reply each ("found" messages aside). */
export type WorkerRequest =
  | { type: "prepare"; documents: Array<{ index: number; source: TextOnTheWire }> }
  | { type: "prepared" }
  | { type: "mentions"; lower: ReadonlySet<string> }
  /** Find the cues of these documents, of another thread, and answer them; then those of the worker's own. */
  | { type: "cues"; documents: CueDocument[] }
  | { type: "relations"; entities: EntityTable; resolved: Array<{ index: number; columns: PlacedColumns }> }
  | { type: "layout"; topology: LayoutTopology };

export type WorkerReply =
  | { type: "prepared"; facts: Array<[number, DocumentFacts]>; counts: WordCounts }
  /** Every "found" message of the phase has been sent. */
  | { type: "mentions" }
  | { type: "cues"; cues: Array<[number, SentenceCues]> }
  | { type: "relations"; relations: Array<[number, DocumentRelations]> }
  /** Stage 08's positions, `[x0, y0, x1, y1, …]` in the topology's node order. */
  | { type: "layout"; xy: Float64Array }
  /** The mentions of a batch of documents, sent while the worker goes on with the next batch. */
  | { type: "found"; indices: number[]; mentions: MentionColumns }
  | { type: "error"; message: string };

/** Threads a build uses: `requested`, or as many as the machine has when there are documents enough for them. */
export function threadCount(requested: number | undefined, documents: number): number {
  if (requested !== undefined) {
    if (!(Number.isInteger(requested) && requested >= 1))
      throw new Error(`pipeline.threads: the thread count must be a positive integer, not ${requested}`);
    return Math.max(1, Math.min(requested, documents));
  }
  return Math.max(1, Math.min(os.availableParallelism(), Math.floor(documents / MIN_DOCUMENTS_PER_THREAD)));
}

/**
 * A worker running worker.ts. From compiled JavaScript it starts worker.js directly. From TypeScript sources (tsx,
 * vitest) it starts a bundle of worker.ts kept under node_modules/.cache (worker-bundle.ts): a worker
 * that registers tsx's loader itself (Node 20 does not carry `--import` into worker threads) took 0.8 s and 0.7 s of
 * CPU more to start, on a 2-core machine time taken from reading the corpus. Without a writable cache it falls back
 * to that loader.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./worker.js", here));
  const bundle = workerBundle();
  if (bundle) return new Worker(bundle);
  const loader = pathToFileURL(createRequire(here).resolve("tsx")).href; // tsx's `--import` entry: dist/loader.mjs
  const api = new URL("./esm/api/index.mjs", loader).href;
  const entry = new URL("./worker.ts", here).href;
  const boot = `import(${JSON.stringify(api)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entry)}));`;
  return new Worker(boot, { eval: true, execArgv: [] });
}

let bundled: URL | null | undefined;

function workerBundle(): URL | null {
  if (bundled === undefined) bundled = cachedWorkerBundle(new URL("./worker.ts", import.meta.url));
  return bundled;
}

/** A pool of document workers. `start`, then one `run` per phase; `kill` ends them all and may be called twice. */
export class DocumentWorkers {
  private readonly workers: Worker[];
  private failure: Error | null = null;
  private readonly waiting = new Map<Worker, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();
  private killed = false;
  /** Hears, from worker k, the mentions of a batch of its documents (before its "mentions" reply). */
  onFound: (k: number, indices: number[], mentions: MentionColumns) => void = () => {};

  private constructor(count: number) {
    this.workers = Array.from({ length: count }, () => startWorker());
    this.workers.forEach((worker, k) => {
      worker.on("message", (reply: WorkerReply) => {
        if (reply.type === "found") return this.onFound(k, reply.indices, reply.mentions);
        const waiting = this.waiting.get(worker);
        this.waiting.delete(worker);
        if (reply.type === "error") {
          const error = new Error(`pipeline.threads: a worker failed: ${reply.message}`);
          this.failure ??= error; // a request without a reply (a batch) fails the next `run`
          waiting?.reject(error);
        } else waiting?.resolve(reply);
      });
      const fail = (error: Error) => {
        this.failure ??= error;
        for (const [, waiting] of this.waiting) waiting.reject(error);
        this.waiting.clear();
      };
      worker.on("error", (error) => fail(new Error(`pipeline.threads: a worker failed: ${error.message}`)));
      worker.on("exit", (code) => {
        if (!this.killed) fail(new Error(`pipeline.threads: a worker stopped (exit code ${code})`));
      });
    });
  }

  /** Starts `count` workers. */
  static start(count: number): DocumentWorkers {
    return new DocumentWorkers(count);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Sends worker k a request that has no reply (a batch of documents to prepare), handing over `transfer`. */
  post(k: number, request: WorkerRequest, transfer: ArrayBuffer[] = []): void {
    if (!this.killed && !this.failure) this.workers[k].postMessage(request, transfer);
  }

  /**
   * Sends `requests[k]` to worker k, handing over `transfer(requests[k])`, and waits for every reply (after those to
   * requests posted before).
   */
  async run(
    requests: WorkerRequest[],
    transfer: (request: WorkerRequest) => ArrayBuffer[] = () => [],
  ): Promise<WorkerReply[]> {
    return Promise.all(requests.map((request, k) => this.ask(k, request, transfer(request))));
  }

  /** Sends worker k a request, handing over `transfer`, and waits for its reply (after those to requests posted before). */
  async ask(k: number, request: WorkerRequest, transfer: ArrayBuffer[] = []): Promise<WorkerReply> {
    if (this.failure) throw this.failure;
    if (this.killed) throw new Error("pipeline.threads: the workers were stopped");
    return new Promise<WorkerReply>((resolve, reject) => {
      const worker = this.workers[k];
      this.waiting.set(worker, { resolve, reject });
      worker.postMessage(request, transfer);
    });
  }

  /** Ends every worker; what they held is dropped. */
  async kill(): Promise<void> {
    if (this.killed) return;
    this.killed = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
