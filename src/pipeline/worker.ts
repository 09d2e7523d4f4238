// Worker thread entry (started by threads.ts): holds its share of the documents between phases in a DocumentShard
// and answers threads.ts's requests with it; no logic of its own.

import { parentPort } from "node:worker_threads";
import type { Mention } from "./04-mentions.ts";
import { mentionsToColumns, StringCodes } from "./mention-columns.ts";
import { layoutPositions } from "./08-layout.ts";
import { DocumentShard } from "./shard.ts";
import { cueTextFromWire, textFromWire, type WorkerReply, type WorkerRequest } from "./threads.ts";
import { sentenceCues } from "./06-relations.ts";

/**
 * Mentions go back every this many documents, so that the main thread reads one batch while the worker finds the
 * next, and hears of the progress.
 */
const FOUND_EVERY = 64;

const port = parentPort;
if (!port) throw new Error("pipeline.worker: not started as a worker thread");

const shard = new DocumentShard();
/** Names and the like go to the main thread as codes, each string once (see MentionColumns). */
const codes = new StringCodes();

function answer(request: WorkerRequest): WorkerReply | null {
  switch (request.type) {
    case "prepare":
      shard.prepare(request.documents.map(({ index, source }) => ({ index, source: textFromWire(source) })));
      return null;
    case "prepared":
      return { type: "prepared", ...shard.takePrepared() };
    case "mentions": {
      let indices: number[] = [];
      let lists: Mention[][] = [];
      const send = () => {
        port!.postMessage({ type: "found", indices, mentions: mentionsToColumns(lists, codes) } satisfies WorkerReply);
        indices = [];
        lists = [];
      };
      shard.mentions(request.lower, (index, mentions) => {
        indices.push(index);
        lists.push(mentions);
        if (indices.length === FOUND_EVERY) send();
      });
      if (indices.length) send();
      return { type: "mentions" };
    }
    case "cues": {
      // Another thread's documents first, which it waits for; then this worker's own, before their relations.
      const cues = request.documents.map((d): [number, ReturnType<typeof sentenceCues>] => [
        d.index,
        sentenceCues(cueTextFromWire(d), d.bounds, d.date),
      ]);
      port!.postMessage({ type: "cues", cues } satisfies WorkerReply);
      shard.findCues();
      return null;
    }
    case "relations":
      return { type: "relations", relations: shard.relations(request.entities, request.resolved) };
    case "layout":
      return { type: "layout", xy: layoutPositions(request.topology) };
  }
}

port.on("message", (request: WorkerRequest) => {
  try {
    const reply = answer(request);
    if (reply?.type === "layout") port.postMessage(reply, [reply.xy.buffer as ArrayBuffer]);
    else if (reply) port.postMessage(reply);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    port.postMessage({ type: "error", message } satisfies WorkerReply);
  }
});
