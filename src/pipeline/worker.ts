// Worker thread entry (started by threads.ts): holds its share of the documents between phases and runs
// per-document.ts's kernels on them; no logic of its own.

import { parentPort } from "node:worker_threads";
import { mentionsToColumns, WordCounter, type Mention } from "./04-mentions.ts";
import {
  documentMentions,
  documentRelations,
  entityFacts,
  prepareDocument,
  type DocumentFacts,
  type DocumentRelations,
  type PreparedDocument,
} from "./per-document.ts";
import { resolvedFromColumns } from "./05-resolve.ts";
import type { WorkerReply, WorkerRequest } from "./threads.ts";

/** Progress is told every this many documents. */
const PROGRESS_EVERY = 32;

const port = parentPort;
if (!port) throw new Error("pipeline.worker: not started as a worker thread");

const documents = new Map<number, { prepared: PreparedDocument; mentions: Mention[] }>();
let words = new WordCounter();
let facts: Array<[number, DocumentFacts]> = [];

function progress(done: number): void {
  if (done % PROGRESS_EVERY === 0) port!.postMessage({ type: "progress", done: PROGRESS_EVERY } satisfies WorkerReply);
}

function answer(request: WorkerRequest): WorkerReply | null {
  switch (request.type) {
    case "prepare": {
      for (const { index, source } of request.documents) {
        const p = prepareDocument(source, words);
        documents.set(index, { prepared: p.prepared, mentions: [] });
        facts.push([index, p.facts]);
      }
      return null;
    }
    case "prepared": {
      const reply: WorkerReply = { type: "prepared", facts, counts: words.counts() };
      facts = [];
      words = new WordCounter();
      return reply;
    }
    case "mentions": {
      const vocab = { lower: request.lower };
      let done = 0;
      const found = [...documents].map(([index, doc]): [number, Mention[]] => {
        doc.mentions = documentMentions(doc.prepared, vocab);
        progress(++done);
        return [index, doc.mentions];
      });
      if (done % PROGRESS_EVERY)
        port!.postMessage({ type: "progress", done: done % PROGRESS_EVERY } satisfies WorkerReply);
      return {
        type: "mentions",
        indices: found.map(([index]) => index),
        mentions: mentionsToColumns(found.map(([, mentions]) => mentions)),
      };
    }
    case "relations": {
      const entities = entityFacts(request.entities);
      const relations = request.resolved.map(({ index, columns }): [number, DocumentRelations] => {
        const doc = documents.get(index)!;
        return [index, documentRelations(doc.prepared, resolvedFromColumns(doc.mentions, columns), entities)];
      });
      documents.clear();
      return { type: "relations", relations };
    }
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
