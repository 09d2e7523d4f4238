// The build step, in order: 01 load → 02 clean → 03 segment → 04 mentions → 05 resolve → 06 relations → 07 emit →
// 08 layout → 09 document store (written by `writeDocumentStore` next to graph.json). Stages 02–04 and 06 work one
// document at a time (per-document.ts), shared between this thread and worker threads when there are several threads;
// the vocabulary, 05 and 07–09 see the whole corpus and run here, but for 08, which a worker runs on the graph's shape
// while this thread builds the graph and the store. Either way the graph is the same, byte for byte.

import type Graph from "graphology";
import type { DocumentInfo, Evidence, NodeAttributes } from "../schema/graph.ts";
import { entityId, foldName } from "../schema/ids.ts";
import { loadCorpus } from "./01-load.ts";
import type { Mention } from "./04-mentions.ts";
import { mentionsFromColumns, StringBook } from "./mention-columns.ts";
import {
  addWordCounts,
  emptyWordCounts,
  vocabularyFromCounts,
  WordCounter,
  type Vocabulary,
  type WordCounts,
} from "./vocabulary.ts";
import {
  personTitle,
  top,
  resolvedFromColumns,
  resolveToColumns,
  type Entity,
  type ResolvedColumns,
} from "./05-resolve.ts";
import { emitGraph, planGraph, type EdgeDraft, type GraphPlan, type NodeDraft } from "./07-emit.ts";
import { applyPositions, layoutPositions, topologyOf } from "./08-layout.ts";
import { withinDays } from "./dates.ts";
import { documentStorePath, storedDocument, storedMentions, type StoredDocument } from "./09-store.ts";
import type { DocumentText, HeldDocument, LoadOptions, LoadWarning, SourceDocument } from "./model.ts";
import { DocumentShard } from "./shard.ts";
import {
  documentId,
  documentMentions,
  documentRelations,
  entityFacts,
  placedColumns,
  prepareDocument,
  type DocumentFacts,
  type DocumentRelations,
  type EntityTable,
  type PreparedDocument,
} from "./per-document.ts";
import {
  cueDocumentToWire,
  cueTransferOf,
  DocumentWorkers,
  textToWire,
  threadCount,
  transferOf,
  type TextOnTheWire,
  type WorkerReply,
  type WorkerRequest,
} from "./threads.ts";

export interface BuildOptions extends Partial<LoadOptions> {
  inputs: string[];
  onProgress?: (stage: string, done: number, total: number) => void;
  /**
   * Threads for the per-document stages: this one and `threads - 1` workers; 1 builds in this thread alone. Default: one per core
   * (`os.availableParallelism()`), fewer for a small corpus, none below `2 * MIN_DOCUMENTS_PER_THREAD` documents.
   */
  threads?: number;
}

export interface BuildResult {
  graph: Graph;
  warnings: LoadWarning[];
  documents: number;
  /** The document store (stage 09), in document order: written next to graph.json by `writeDocumentStore`. */
  store: StoredDocument[];
  /** Wall milliseconds of each part of the build, in order (`load`, `prepare`, … `layout`, `store`). */
  timings: Record<string, number>;
  /** Worker threads used; 1 means the build ran in the calling thread. */
  threads: number;
}

type Progress = (stage: string, done: number, total: number) => void;

/** Documents go to the workers in batches, after every this many files read. */
const SEND_EVERY = 64;

/** While it finds the mentions of its own documents, this thread reads the workers' batches after every this many. */
const LET_IN_EVERY = 16;

/** Builds the graph of every document under `inputs`. Throws `LoadError` when there is nothing to build. */
export async function buildGraph(options: BuildOptions): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => {});
  const t0 = performance.now();
  const loadOptions = options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {};
  // With several threads, this thread is one of them, and the workers (one fewer) start as soon as the number of files
  // is known. Documents are shared out as they are read, document k to thread `shareOf(k)`, which keeps it for the
  // later phases: a worker gets its documents' text (as UTF-8 bytes, handed over) and prepares them while the rest are
  // read; this thread prepares its own between batches, and keeps every document's raw content (for evidence and the
  // store).
  let workers: DocumentWorkers | undefined;
  let local: DocumentShard | undefined;
  let threads = 1;
  let batch: DocumentText[] = [];
  let sent = 0;
  const send = () => {
    if (!workers || !local || !batch.length) return;
    const shares = Array.from({ length: workers.size }, (): Array<{ index: number; source: TextOnTheWire }> => []);
    const own: Array<{ index: number; source: DocumentText }> = [];
    for (const source of batch) {
      const index = sent++;
      const k = shareOf(index, threads);
      if (k === 0) own.push({ index, source });
      else shares[k - 1].push({ index, source: textToWire(source) });
    }
    shares.forEach((documents, k) => workers!.post(k, { type: "prepare", documents }, transferOf(documents)));
    local.prepare(own);
    batch = [];
  };
  try {
    const loaded = await loadCorpus(options.inputs, loadOptions, {
      onStart: (files) => {
        threads = threadCount(options.threads, files);
        if (threads === 1) return;
        workers = DocumentWorkers.start(threads - 1);
        local = new DocumentShard();
      },
      onProgress: (done, total) => {
        if (done % SEND_EVERY === 0 || done === total) send();
        progress("read", done, total);
      },
      onDocument: ({ file, raw, text, meta }): SourceDocument | HeldDocument => {
        if (!workers) return { file, raw, text, meta };
        batch.push({ file, text, meta });
        return { file, raw, meta };
      },
    });
    const loadMs = performance.now() - t0;
    const result =
      workers && local
        ? await buildInThreads(loaded.documents, loaded.warnings, progress, workers, local)
        : buildFromDocuments(loaded.documents as SourceDocument[], loaded.warnings, progress); // with text: no workers
    result.timings = { load: loadMs, ...result.timings };
    return result;
  } finally {
    await workers?.kill();
  }
}

/** Builds the graph of documents already loaded, in this thread. */
export function buildFromDocuments(
  sources: SourceDocument[],
  warnings: LoadWarning[],
  progress: Progress = () => {},
): BuildResult {
  const clock = stopwatch();
  // 02–03: hygiene and sentences; the words of every document for the vocabulary.
  const words = new WordCounter();
  const prepared: PreparedDocument[] = [];
  const facts: DocumentFacts[] = [];
  for (const source of sources) {
    const p = prepareDocument(source, words);
    prepared.push(p.prepared);
    facts.push(p.facts);
  }
  clock.lap("prepare");
  // 04: mentions, with the corpus vocabulary telling ordinary capitalised words from names.
  const vocab = vocabularyFromCounts(words.counts());
  const mentions = prepared.map((p, k) => {
    progress("extract", k + 1, prepared.length);
    return documentMentions(p, vocab);
  });
  clock.lap("mentions");
  // 05: one entity per person, organisation, country and place across the corpus.
  const resolved = resolveCorpus(sources, mentions, vocab.lower);
  clock.lap("resolve");
  // 06: relations and meetings per document.
  const entities = entityFacts(resolved.table);
  const relations = prepared.map((p, k) =>
    documentRelations(p, resolvedFromColumns(mentions[k], resolved.byDoc[k]), entities),
  );
  clock.lap("relations");
  const draft = draftGraph(sources, facts, resolved, relations);
  const result = finish(draft, spansOf(resolved, relations), sources, facts, warnings, clock, 1);
  // 08: stored positions for the explorer's first paint.
  const topology = topologyOf(draft.plan);
  applyPositions(result.graph, topology.keys, layoutPositions(topology));
  clock.lap("layout");
  return result;
}

/**
 * Which thread holds document `index` of a build in `threads` threads: 0 is the calling thread, k > 0 worker k - 1.
 * Round-robin.
 */
function shareOf(index: number, threads: number): number {
  return index % threads;
}

/**
 * The same build as `buildFromDocuments`, with stages 02–04 and 06 shared between this thread (`local`) and worker
 * threads; each was given its documents (`shareOf`) to prepare already.
 */
async function buildInThreads(
  sources: HeldDocument[],
  warnings: LoadWarning[],
  progress: Progress,
  workers: DocumentWorkers,
  local: DocumentShard,
): Promise<BuildResult> {
  const clock = stopwatch();
  const threads = workers.size + 1;
  let extracted = 0;
  const share = (k: number) => sources.map((_, index) => index).filter((index) => shareOf(index, threads) === k);
  const each = <T extends WorkerReply["type"]>(replies: WorkerReply[], type: T) =>
    replies.map((r) => {
      if (r.type !== type) throw new Error(`pipeline.threads: expected a ${type} reply, got ${r.type}`);
      return r as Extract<WorkerReply, { type: T }>;
    });
  const perWorker = (make: (indices: number[]) => WorkerRequest) =>
    Array.from({ length: workers.size }, (_, k) => make(share(k + 1)));

  // 02–03.
  const prepared = [
    local.takePrepared(),
    ...each(await workers.run(perWorker(() => ({ type: "prepared" }))), "prepared"),
  ];
  const facts: DocumentFacts[] = new Array(sources.length);
  const counts: WordCounts = emptyWordCounts();
  for (const reply of prepared) {
    for (const [index, f] of reply.facts) facts[index] = f;
    addWordCounts(counts, reply.counts);
  }
  clock.lap("prepare");

  // 04: the workers send their mentions in batches as they find them; this thread reads each batch meanwhile.
  const vocab: Vocabulary = vocabularyFromCounts(counts);
  const mentions: Mention[][] = new Array(sources.length);
  const shared = new Map<string, string>();
  const books = Array.from({ length: threads }, () => new StringBook(shared));
  workers.onFound = (worker, indices, columns) => {
    const lists = mentionsFromColumns(columns, books[worker]);
    indices.forEach((index, k) => (mentions[index] = lists[k]));
    extracted += indices.length;
    progress("extract", extracted, sources.length);
  };
  const found = workers.run(perWorker(() => ({ type: "mentions", lower: vocab.lower })));
  found.catch(() => {}); // awaited below, once this thread's share is done
  // This thread's share meanwhile, letting the workers' batches in between documents.
  let own = 0;
  for (const [index, list] of local.eachMentions(vocab.lower)) {
    mentions[index] = list;
    progress("extract", ++extracted, sources.length);
    if (++own % LET_IN_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  each(await found, "mentions");
  clock.lap("mentions");

  // While this thread resolves names (05), which the workers wait for, they find the sentence cues of stage 06 (what
  // the rules test of a sentence's words alone): first of this thread's documents, shared out among them, then of
  // their own.
  const mine = share(0);
  const cued = workers.run(
    Array.from({ length: workers.size }, (_, k): WorkerRequest => {
      const documents = mine
        .filter((_, j) => j % workers.size === k)
        .map((index) => cueDocumentToWire(index, local.cleanText(index), facts[index].sentences, facts[index].date));
      return { type: "cues", documents };
    }),
    (request) => (request.type === "cues" ? cueTransferOf(request.documents) : []),
  );
  cued.catch(() => {}); // awaited below, after resolving

  // 05.
  const resolved = resolveCorpus(sources, mentions, vocab.lower);
  clock.lap("resolve");
  for (const reply of each(await cued, "cues")) local.takeCues(reply.cues);

  // 06.
  const place = new Map(resolved.table.ids.map((id, k) => [id, k]));
  const placed = (indices: number[]) =>
    indices.map((index) => ({ index, columns: placedColumns(resolved.byDoc[index], place) }));
  const related = workers.run(
    perWorker((indices) => ({ type: "relations", entities: resolved.table, resolved: placed(indices) })),
  );
  related.catch(() => {}); // awaited below, once this thread's share is done
  const relations: DocumentRelations[] = new Array(sources.length);
  for (const [index, r] of local.relations(resolved.table, placed(share(0)))) relations[index] = r;
  for (const reply of each(await related, "relations")) for (const [index, r] of reply.relations) relations[index] = r;
  clock.lap("relations");

  // 07–09: one worker lays the graph out (08) while this thread builds it and makes the document store.
  const draft = draftGraph(sources, facts, resolved, relations);
  const topology = topologyOf(draft.plan);
  const positions = workers.ask(0, { type: "layout", topology });
  const result = finish(draft, spansOf(resolved, relations), sources, facts, warnings, clock, threads);
  const laid = await positions;
  if (laid.type !== "layout") throw new Error(`pipeline.threads: expected a layout reply, got ${laid.type}`);
  applyPositions(result.graph, topology.keys, laid.xy);
  clock.lap("layout");
  return result;
}

interface ResolvedCorpus {
  entities: Map<string, Entity>;
  /** Resolved mentions per document, in document order. */
  byDoc: ResolvedColumns[];
  /** Stage 04's mentions per document, which `byDoc` indexes. */
  mentions: Mention[][];
  table: EntityTable;
}

/** Stage 05, plus the entity facts stage 06 reads (label, most stated country). */
function resolveCorpus(sources: HeldDocument[], mentions: Mention[][], lower: ReadonlySet<string>): ResolvedCorpus {
  const { entities, byDoc } = resolveToColumns(
    sources.map((s, k) => ({ file: s.file, mentions: mentions[k] })),
    lower,
  );
  const table: EntityTable = { ids: [], kinds: [], labels: [], countries: [], calledBy: [] };
  for (const e of entities.values()) {
    const c = [...e.countries].sort((a, b) => b[1] - a[1])[0]?.[0];
    table.ids.push(e.id);
    table.kinds.push(e.kind);
    table.labels.push(e.label);
    table.countries.push(c ? entityId("country", c) : null);
    table.calledBy.push(e.kind === "person" ? calledBy(e) : null);
  }
  const none: ResolvedColumns = { mention: new Int32Array(0), kind: [], entity: [] };
  return { entities, byDoc: sources.map((s) => byDoc.get(s.file) ?? none), mentions, table };
}

/** What stage 07 adds to the graph, in order, and the documents' entries. */
interface GraphDraft {
  plan: GraphPlan;
  documents: Array<DocumentInfo & { store: string }>;
}

/** Where each document names an entity, for the document store (stage 09): its mentions and extra entities. */
type Spans = Array<Array<{ start: number; end: number; entity: string }>>;

function spansOf(resolved: ResolvedCorpus, relations: DocumentRelations[]): Spans {
  return relations.map((rel, k) => {
    const { mention, entity } = resolved.byDoc[k];
    const found = Array.from(mention, (index, j) => ({
      start: resolved.mentions[k][index].start,
      end: resolved.mentions[k][index].end,
      entity: entity[j],
    }));
    return [...found, ...rel.extraEntities.map((x) => ({ start: x.start, end: x.end, entity: x.id }))];
  });
}

/** Stage 07's nodes and edges with evidence from the per-document results, planned in the order they are added. */
function draftGraph(
  sources: HeldDocument[],
  facts: DocumentFacts[],
  resolved: ResolvedCorpus,
  relations: DocumentRelations[],
): GraphDraft {
  const { entities } = resolved;
  const edges: EdgeDraft[] = [];
  const meetingNodes = new Map<string, NodeDraft>();
  const extraNodes = new Map<string, NodeDraft>();
  // `store` joins DocumentInfo in src/schema/graph.ts; until then the intersection states it here.
  const documents: Array<DocumentInfo & { store: string }> = [];
  const docIds = new Set<string>();
  // A named gathering's date: every date the corpus gives right after its name is the same, and every dated
  // document that names it was written within SAME_EVENT_DAYS of it (a yearly summit is no one meeting).
  const gatheringDates = new Map<string, Set<string>>();
  const documentDates = new Map(sources.map((s, k) => [s.file, facts[k].date]));
  // A named gathering's place: the first it is LOCATED_IN ("the NATO Summit in Vilnius").
  const gatheringPlaces = new Map<string, string>();
  sources.forEach((doc, k) => {
    const rel = relations[k];
    for (const { entity, date } of rel.gatheringDates) {
      if (!gatheringDates.has(entity)) gatheringDates.set(entity, new Set());
      gatheringDates.get(entity)!.add(date);
    }
    for (const r of rel.relations) {
      if (r.kind === "LOCATED_IN" && !gatheringPlaces.has(r.source)) gatheringPlaces.set(r.source, r.target);
      const evidence: Evidence = { doc: doc.file, text: doc.raw.slice(r.start, r.end), start: r.start, end: r.end };
      edges.push({ kind: r.kind, source: r.source, target: r.target, evidence, attrs: r.attrs });
    }
    for (const mt of rel.meetings) addMeeting(meetingNodes, mt, doc.file);
    for (const x of rel.extraEntities) {
      const cur = extraNodes.get(x.id);
      if (cur) cur.attrs.mentions++;
      else
        extraNodes.set(x.id, {
          id: x.id,
          attrs: { label: x.label, kind: x.kind, aliases: [collapse(x.surface)], docs: [doc.file], mentions: 1 },
        });
    }
    const id = documentId(doc.file, docIds);
    const { date, title, kind } = facts[k];
    documents.push({
      id,
      file: doc.file,
      title,
      date,
      url: doc.meta.url,
      kind,
      chars: doc.raw.length,
      store: documentStorePath(id),
    });
  });

  // 07: the graph.
  const nodes: NodeDraft[] = [...meetingNodes.values(), ...extraNodes.values()];
  for (const e of entities.values()) {
    const attrs: NodeAttributes = {
      label: e.label,
      kind: e.kind,
      aliases: [...e.aliases].sort(),
      docs: [...e.docs].sort(),
      mentions: e.mentions,
    };
    const title = personTitle(e.titles);
    const country = top(e.countries);
    if (title && e.kind === "person") attrs.title = title;
    if (country && (e.kind === "person" || e.kind === "agency" || e.kind === "program")) attrs.country = country;
    const dates = gatheringDates.get(e.id);
    if (e.kind === "meeting" && dates?.size === 1) {
      const date = [...dates][0];
      if ([...e.docs].every((file) => withinDays(documentDates.get(file), date, SAME_EVENT_DAYS))) attrs.date = date;
    }
    const place = e.kind === "meeting" ? entities.get(gatheringPlaces.get(e.id) ?? "") : undefined;
    if (place) attrs.place = place.label;
    if (meetingNodes.has(e.id)) continue;
    nodes.push({ id: e.id, attrs });
  }
  return { plan: planGraph(nodes, edges), documents };
}

/** Stages 07 and 09: the graph from its draft, then the document store, with the mentions that became nodes. */
function finish(
  draft: GraphDraft,
  spans: Spans,
  sources: HeldDocument[],
  facts: DocumentFacts[],
  warnings: LoadWarning[],
  clock: Stopwatch,
  threads: number,
): BuildResult {
  const { documents } = draft;
  const graph = emitGraph(draft.plan, documents, warnings.length);
  // People that are MEMBER_OF a country get it as their `country` when none was stated in a title.
  graph.forEachEdge((_k, a, s, t) => {
    if (
      a.kind === "MEMBER_OF" &&
      graph.getNodeAttribute(t, "kind") === "country" &&
      !graph.getNodeAttribute(s, "country")
    )
      graph.setNodeAttribute(s, "country", graph.getNodeAttribute(t, "label"));
  });
  clock.lap("emit");

  // 09: the document store, with the mentions that became nodes.
  const store = documents.map((info, k) => {
    const text = sources[k].raw;
    return storedDocument(
      info,
      text,
      storedMentions(spans[k], text.length, (id) => graph.hasNode(id)),
      facts[k].sentences,
    );
  });
  clock.lap("store");
  return { graph, warnings, documents: documents.length, store, timings: clock.laps, threads };
}

function addMeeting(into: Map<string, NodeDraft>, mt: DocumentRelations["meetings"][number], file: string): void {
  const cur = into.get(mt.id);
  if (cur) {
    cur.attrs.mentions += mt.sentences;
    if (!cur.attrs.docs.includes(file)) cur.attrs.docs = [...cur.attrs.docs, file].sort();
    return;
  }
  const attrs: NodeAttributes = {
    label: mt.label,
    kind: "meeting",
    aliases: [],
    docs: [file],
    mentions: mt.sentences,
  };
  if (mt.date) attrs.date = mt.date;
  if (mt.place) attrs.place = mt.place;
  if (mt.format) attrs.format = mt.format;
  into.set(mt.id, { id: mt.id, attrs });
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/** Half a year: the documents that name a gathering by one date were written within this many days of it. */
const SAME_EVENT_DAYS = 180;

/**
 * What a person is called by after a title: the one most mentioned of the words of their label ("President Xi" of "Xi
 * Jinping", "Prime Minister Kishida" of "Kishida Fumio"), or of its last words ("President Núñez Vega" of "Ana María
 * Núñez Vega", "President Nunez Vega" too, in the label's spelling). Where the corpus never does, a person of a country
 * that writes the family name first is called by the first word ("Chang Hojin" of Korea: Chang); for anyone else null,
 * and the last word of the label serves.
 */
function calledBy(e: Entity): string | null {
  const words = e.label.split(/\s+/);
  const folded = foldName(e.label);
  const counts = new Map<string, number>();
  for (const [name, n] of e.calledBy) {
    const size = name.split(/\s+/).length;
    const own =
      size === 1
        ? words.includes(name)
          ? name
          : undefined
        : size < words.length && folded.endsWith(" " + foldName(name))
          ? words.slice(-size).join(" ")
          : undefined;
    if (own !== undefined) counts.set(own, (counts.get(own) ?? 0) + n);
  }
  // Two words are a surname of two only where the last alone is rare: "President Tamm" is more often written than
  // "President Cyril Tamm" is, in proportion, than "President Vega" than "President Núñez Vega".
  for (const [name, n] of counts) {
    const last = name.slice(name.lastIndexOf(" ") + 1);
    if (name !== last && (counts.get(last) ?? 0) * SURNAME_OF_TWO_RATIO >= n) counts.delete(name);
  }
  const said = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0];
  if (said !== undefined) return said;
  return FAMILY_NAME_FIRST.has(top(e.countries) ?? "") && words.length >= 2 && words.length <= 3 ? words[0] : null;
}

/** Countries whose people write the family name first ("Yang Jiechi", "Chang Hojin"); of their names, the first word. */
const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(["China", "Taiwan", "South Korea", "North Korea", "Cambodia"]);

/** A two-word name is what a person is called by only if written more than this many times as often as its last word. */
const SURNAME_OF_TWO_RATIO = 4;

interface Stopwatch {
  laps: Record<string, number>;
  lap(name: string): void;
}

function stopwatch(): Stopwatch {
  let last = performance.now();
  const laps: Record<string, number> = {};
  return {
    laps,
    lap(name) {
      const now = performance.now();
      laps[name] = now - last;
      last = now;
    },
  };
}
