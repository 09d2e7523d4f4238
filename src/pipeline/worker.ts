// Worker thread entry (started by threads.ts): holds its share of the documents between phases in a DocumentShard
// and answers threads.ts's requests with it; no logic of its own.

import { parentPort } from "node:worker_threads";
import { mentionsToColumns } from "./04-mentions.ts";
import { DocumentShard } from "./shard.ts";
import type { WorkerReply, WorkerRequest } from "./threads.ts";

/** Progress is told every this many documents. */
const PROGRESS_EVERY = 32;

const port = parentPort;
if (!port) throw new Error("pipeline.worker: not started as a worker thread");

const shard = new DocumentShard();

function answer(request: WorkerRequest): WorkerReply | null {
  switch (request.type) {
    case "prepare":
      shard.prepare(request.documents);
      return null;
    case "prepared":
      return { type: "prepared", ...shard.takePrepared() };
    case "mentions": {
      let done = 0;
      const { indices, lists } = shard.mentions(request.lower, () => {
        if (++done % PROGRESS_EVERY === 0)
          port!.postMessage({ type: "progress", done: PROGRESS_EVERY } satisfies WorkerReply);
      });
      if (done % PROGRESS_EVERY)
        port!.postMessage({ type: "progress", done: done % PROGRESS_EVERY } satisfies WorkerReply);
      return { type: "mentions", indices, mentions: mentionsToColumns(lists) };
    }
    case "relations":
      return { type: "relations", relations: shard.relations(request.entities, request.resolved) };
  }
}

port.on("message", (request: WorkerRequest) => {
  try {
    const reply = answer(request);
    if (reply) port.postMessage(reply);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    port.postMessage({ type: "error", message } satisfies WorkerReply);
  }
});
