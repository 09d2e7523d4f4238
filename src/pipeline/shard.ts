// A share of the corpus's documents, kept from one per-document phase to the next (02–03 prepare, 04 mentions,
// 06 relations) by the thread that holds it: a worker (worker.ts, started by threads.ts) or, for its own share, the
// build's thread (index.ts); only what the corpus-wide stages need crosses threads.

import type { Mention } from "./04-mentions.ts";
import { WordCounter, type WordCounts } from "./vocabulary.ts";
import { resolvedFromColumns } from "./05-resolve.ts";
import type { DocumentText } from "./model.ts";
import { sentenceCues, type SentenceCues } from "./06-relations.ts";
import {
  documentMentions,
  documentRelations,
  columnsOfPlaced,
  entityFacts,
  prepareDocument,
  type DocumentFacts,
  type DocumentRelations,
  type EntityTable,
  type PlacedColumns,
  type PreparedDocument,
} from "./per-document.ts";

/** Documents of the corpus by index, as one thread holds them. */
export class DocumentShard {
  private readonly documents = new Map<number, { prepared: PreparedDocument; mentions: Mention[] }>();
  private words = new WordCounter();
  private facts: Array<[number, DocumentFacts]> = [];
  /** Sentence cues of held documents, found beforehand (`findCues`) or given (`takeCues`). */
  private readonly cues = new Map<number, SentenceCues>();

  /** 02–03 of each document; the facts and word counts wait for `takePrepared`. */
  prepare(documents: Array<{ index: number; source: DocumentText }>): void {
    for (const { index, source } of documents) {
      const p = prepareDocument(source, this.words);
      this.documents.set(index, { prepared: p.prepared, mentions: [] });
      this.facts.push([index, p.facts]);
    }
  }

  /** The facts and word counts of the documents prepared since the last call. */
  takePrepared(): { facts: Array<[number, DocumentFacts]>; counts: WordCounts } {
    const taken = { facts: this.facts, counts: this.words.counts() };
    this.facts = [];
    this.words = new WordCounter();
    return taken;
  }

  /** 04 of every document held, in the order they were given; `onDocument` hears of each one's mentions. */
  mentions(lower: ReadonlySet<string>, onDocument: (index: number, mentions: Mention[]) => void): void {
    for (const [index, mentions] of this.eachMentions(lower)) onDocument(index, mentions);
  }

  /** 04 of every document held, one document a step: its index and mentions. */
  *eachMentions(lower: ReadonlySet<string>): Generator<[number, Mention[]]> {
    const vocab = { lower };
    for (const [index, doc] of this.documents) {
      doc.mentions = documentMentions(doc.prepared, vocab);
      yield [index, doc.mentions];
    }
  }

  /** The cleaned text of a held document, for another thread to find its sentence cues. */
  cleanText(index: number): string {
    const doc = this.documents.get(index);
    if (!doc) throw new Error(`pipeline.shard: document ${index} is not held by this thread`);
    return doc.prepared.clean;
  }

  /** Finds the sentence cues of every held document that has none yet. */
  findCues(): void {
    for (const [index, doc] of this.documents) if (!this.cues.has(index)) this.cues.set(index, cuesOf(doc.prepared));
  }

  /** Cues another thread found for held documents. */
  takeCues(found: Array<[number, SentenceCues]>): void {
    for (const [index, cues] of found) this.cues.set(index, cues);
  }

  /** 06 of the documents named in `resolved` (their mentions bound to entities); the shard is emptied after. */
  relations(
    table: EntityTable,
    resolved: Array<{ index: number; columns: PlacedColumns }>,
  ): Array<[number, DocumentRelations]> {
    const entities = entityFacts(table);
    const out = resolved.map(({ index, columns }): [number, DocumentRelations] => {
      const doc = this.documents.get(index);
      if (!doc) throw new Error(`pipeline.shard: document ${index} is not held by this thread`);
      return [
        index,
        documentRelations(
          doc.prepared,
          resolvedFromColumns(doc.mentions, columnsOfPlaced(columns, table)),
          entities,
          this.cues.get(index),
        ),
      ];
    });
    this.documents.clear();
    this.cues.clear();
    return out;
  }
}

/** The sentence cues of a prepared document. */
function cuesOf(doc: PreparedDocument): SentenceCues {
  return sentenceCues(
    doc.clean,
    doc.sentences.flatMap((s) => [s.start, s.end]),
    doc.date,
  );
}
