// Which nodes and edges the filters leave visible (kinds, documents, a date window, the selection's neighbourhood,
// isolated nodes), over an index of plain arrays built once per graph so that moving a slider stays cheap.

import type Graph from "graphology";
import { ENTITY_KINDS, RELATION_KINDS } from "../schema/graph.ts";
import type { EdgeAttributes, EntityKind, GraphAttributes, NodeAttributes, RelationKind } from "../schema/graph.ts";

type PolicyGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** The filters this module reads; the explorer's `Filters` (src/explorer/view-state.ts) has this shape. */
export interface VisibilityFilters {
  nodeKinds: readonly EntityKind[];
  relationKinds: readonly RelationKind[];
  /** Document files; null = all. */
  documents: readonly string[] | null;
  /** ISO dates as precise as wanted: `2021`, `2021-03`, `2021-03-01`; a bound covers its whole period. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Hops from the selection (direction ignored); null = off. */
  depth: number | null;
  hideIsolated: boolean;
}

export interface VisibilityCounts {
  nodes: Record<EntityKind, number>;
  edges: Record<RelationKind, number>;
  totalNodes: number;
  totalEdges: number;
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** The visible edges again, one byte per edge in the index's order (1 = shown): the caller's own copy. */
  edgeMask: Uint8Array;
  counts: VisibilityCounts;
}

/** A partial ISO date as the first and last day it may mean, as yyyymmdd numbers with 00 and 99 for "any". */
export interface DateRange {
  start: number;
  end: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * "2021" → 2021-00-00 … 2021-99-99, "2021-03" → 2021-03-00 … 2021-03-99, "2021-03-01" → that day; null when the text
 * is no calendar date. Comparing these numbers orders days, months and years the way one reads them.
 */
export function partialDateRange(iso: string): DateRange | null {
  const match = PARTIAL_DATE.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1) return null;
  const base = year * 10000;
  if (match[2] === undefined) return { start: base, end: base + 9999 };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { start: base + month * 100, end: base + month * 100 + 99 };
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day < 1 || day > DAYS_IN_MONTH[month - 1] || (month === 2 && day === 29 && !leap)) return null;
  return { start: base + month * 100 + day, end: base + month * 100 + day };
}

/**
 * The graph as flat arrays: nodes and edges by position (graph order), kinds as indices into the schema lists,
 * documents as numbers with their date ranges (0 = undated), and both-way adjacency for the depth search.
 */
export interface VisibilityIndex {
  readonly graph: PolicyGraph;
  readonly nodeKeys: readonly string[];
  readonly nodeIds: ReadonlyMap<string, number>;
  /** Index into ENTITY_KINDS; UNKNOWN_KIND for a kind the schema does not list. */
  readonly nodeKind: Uint8Array;
  /** A meeting's own date; 0 when it has none (and for every other kind). */
  readonly nodeDateStart: Int32Array;
  readonly nodeDateEnd: Int32Array;
  readonly nodeDocStart: Int32Array;
  readonly nodeDocs: Int32Array;
  readonly edgeKeys: readonly string[];
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgeKind: Uint8Array;
  readonly edgeDateStart: Int32Array;
  readonly edgeDateEnd: Int32Array;
  /** How many evidence items each edge has. */
  readonly edgeEvidence: Int32Array;
  /** The distinct documents of an edge's evidence. */
  readonly edgeDocStart: Int32Array;
  readonly edgeDocs: Int32Array;
  readonly adjacencyStart: Int32Array;
  readonly adjacentEdges: Int32Array;
  readonly docFiles: readonly string[];
  readonly docIds: ReadonlyMap<string, number>;
  readonly docDateStart: Int32Array;
  readonly docDateEnd: Int32Array;
  /** Reused by every call: filters change on every slider move and the arrays are as long as the graph. */
  readonly scratch: VisibilityScratch;
}

interface VisibilityScratch {
  nodeMask: Uint8Array;
  edgeMask: Uint8Array;
  distance: Int32Array;
  queue: Int32Array;
  docIncluded: Uint8Array;
  docPasses: Uint8Array;
}

const UNKNOWN_KIND = 255;
const NO_BOUND_START = 0;
const NO_BOUND_END = 0x7fffffff;

export function createVisibilityIndex(graph: PolicyGraph): VisibilityIndex {
  const docFiles: string[] = [];
  const docIds = new Map<string, number>();
  const docDates: number[] = [];
  const docId = (file: string, date: string | null | undefined): number => {
    let id = docIds.get(file);
    if (id === undefined) {
      id = docFiles.length;
      docIds.set(file, id);
      docFiles.push(file);
      const range = date ? partialDateRange(date) : null;
      docDates.push(range ? range.start : 0, range ? range.end : 0);
    }
    return id;
  };
  const documents = graph.getAttribute("documents");
  if (Array.isArray(documents)) for (const doc of documents) docId(doc.file, doc.date);

  const order = graph.order;
  const nodeKeys: string[] = new Array(order);
  const nodeIds = new Map<string, number>();
  const nodeKind = new Uint8Array(order);
  const nodeDateStart = new Int32Array(order);
  const nodeDateEnd = new Int32Array(order);
  const nodeDocStart = new Int32Array(order + 1);
  const nodeDocList: number[] = [];
  const entityKind = new Map<string, number>(ENTITY_KINDS.map((kind, i) => [kind, i]));
  let n = 0;
  graph.forEachNode((key, attributes) => {
    nodeKeys[n] = key;
    nodeIds.set(key, n);
    nodeKind[n] = entityKind.get(attributes.kind) ?? UNKNOWN_KIND;
    if (attributes.kind === "meeting" && attributes.date) {
      const range = partialDateRange(attributes.date);
      if (range) {
        nodeDateStart[n] = range.start;
        nodeDateEnd[n] = range.end;
      }
    }
    for (const file of attributes.docs ?? []) nodeDocList.push(docId(file, null));
    nodeDocStart[++n] = nodeDocList.length;
  });

  const size = graph.size;
  const edgeKeys: string[] = new Array(size);
  const edgeSource = new Int32Array(size);
  const edgeTarget = new Int32Array(size);
  const edgeKind = new Uint8Array(size);
  const edgeDateStart = new Int32Array(size);
  const edgeDateEnd = new Int32Array(size);
  const edgeDocStart = new Int32Array(size + 1);
  const edgeEvidence = new Int32Array(size);
  const edgeDocList: number[] = [];
  const degree = new Int32Array(order + 1);
  const relationKind = new Map<string, number>(RELATION_KINDS.map((kind, i) => [kind, i]));
  let m = 0;
  graph.forEachEdge((key, attributes, source, target) => {
    const s = nodeIds.get(source)!;
    const t = nodeIds.get(target)!;
    edgeKeys[m] = key;
    edgeSource[m] = s;
    edgeTarget[m] = t;
    degree[s + 1]++;
    if (t !== s) degree[t + 1]++;
    edgeKind[m] = relationKind.get(attributes.kind) ?? UNKNOWN_KIND;
    if (attributes.date) {
      const range = partialDateRange(attributes.date);
      if (range) {
        edgeDateStart[m] = range.start;
        edgeDateEnd[m] = range.end;
      }
    }
    const first = edgeDocList.length;
    edgeEvidence[m] = attributes.evidence?.length ?? 0;
    for (const evidence of attributes.evidence ?? []) {
      const id = docId(evidence.doc, null);
      let seen = false;
      for (let i = first; i < edgeDocList.length && !seen; i++) seen = edgeDocList[i] === id;
      if (!seen) edgeDocList.push(id);
    }
    edgeDocStart[++m] = edgeDocList.length;
  });

  for (let i = 0; i < order; i++) degree[i + 1] += degree[i];
  const adjacencyStart = degree;
  const adjacentEdges = new Int32Array(adjacencyStart[order]);
  const fill = adjacencyStart.slice(0, order);
  for (let e = 0; e < size; e++) {
    adjacentEdges[fill[edgeSource[e]]++] = e;
    if (edgeTarget[e] !== edgeSource[e]) adjacentEdges[fill[edgeTarget[e]]++] = e;
  }

  const docCount = docFiles.length;
  return {
    graph,
    nodeKeys,
    nodeIds,
    nodeKind,
    nodeDateStart,
    nodeDateEnd,
    nodeDocStart,
    nodeDocs: Int32Array.from(nodeDocList),
    edgeKeys,
    edgeSource,
    edgeTarget,
    edgeKind,
    edgeDateStart,
    edgeDateEnd,
    edgeEvidence,
    edgeDocStart,
    edgeDocs: Int32Array.from(edgeDocList),
    adjacencyStart,
    adjacentEdges,
    docFiles,
    docIds,
    docDateStart: Int32Array.from({ length: docCount }, (_, d) => docDates[2 * d]),
    docDateEnd: Int32Array.from({ length: docCount }, (_, d) => docDates[2 * d + 1]),
    scratch: {
      nodeMask: new Uint8Array(order),
      edgeMask: new Uint8Array(size),
      distance: new Int32Array(order),
      queue: new Int32Array(order),
      docIncluded: new Uint8Array(docCount),
      docPasses: new Uint8Array(docCount),
    },
  };
}

function isVisibilityIndex(source: PolicyGraph | VisibilityIndex): source is VisibilityIndex {
  return "nodeKeys" in source && "scratch" in source;
}

function zeroCounts<K extends string>(kinds: readonly K[]): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const kind of kinds) counts[kind] = 0;
  return counts;
}

/** The whole graph's counts per kind: what the filters' "visible / total" figures divide by. */
export function graphCounts(graph: PolicyGraph): VisibilityCounts {
  const counts: VisibilityCounts = {
    nodes: zeroCounts(ENTITY_KINDS),
    edges: zeroCounts(RELATION_KINDS),
    totalNodes: graph.order,
    totalEdges: graph.size,
  };
  graph.forEachNode((_node, attributes) => (counts.nodes[attributes.kind] = (counts.nodes[attributes.kind] ?? 0) + 1));
  graph.forEachEdge((_edge, attributes) => (counts.edges[attributes.kind] = (counts.edges[attributes.kind] ?? 0) + 1));
  return counts;
}

/**
 * What the filters leave visible. A node shows when its kind is allowed and it has a document that is included and
 * undated or dated within the window (a dated meeting: its own date in the window and an included document); a node
 * without documents shows unless documents are restricted. An edge shows when its kind is allowed, both ends show,
 * and its evidence passes the same test (its own `date`, when it has one, instead of its documents' dates).
 * Dates overlap the window rather than fit inside it: "2021" is within 2021-06 … 2022.
 * With `depth` and a selection present in the graph, only nodes that many visible hops from it remain (nothing if
 * the selection itself is filtered out); `hideIsolated` then drops nodes left without a visible edge, except the
 * selection. Pass the index from `createVisibilityIndex` instead of the graph to reuse it across calls; it must be
 * rebuilt when nodes or edges are added or removed.
 */
export function computeVisibility(
  source: PolicyGraph | VisibilityIndex,
  filters: VisibilityFilters,
  selected: string | null,
): Visibility {
  const index = isVisibilityIndex(source) ? source : createVisibilityIndex(source);
  if (index.nodeKeys.length !== index.graph.order || index.edgeKeys.length !== index.graph.size) {
    throw new Error("graph.visibility: the graph changed since its index was built; call createVisibilityIndex again");
  }
  const { nodeMask, edgeMask, docIncluded, docPasses } = index.scratch;
  const nodeCount = index.nodeKeys.length;
  const edgeCount = index.edgeKeys.length;

  const kindAllowed = new Uint8Array(256);
  for (const kind of filters.nodeKinds) {
    const i = ENTITY_KINDS.indexOf(kind);
    if (i >= 0) kindAllowed[i] = 1;
  }
  const relationAllowed = new Uint8Array(256);
  for (const kind of filters.relationKinds) {
    const i = RELATION_KINDS.indexOf(kind);
    if (i >= 0) relationAllowed[i] = 1;
  }

  // Unparseable bounds are no bounds: normalizeFilters reports them before they get here.
  const from = filters.dateFrom === null ? null : partialDateRange(filters.dateFrom);
  const to = filters.dateTo === null ? null : partialDateRange(filters.dateTo);
  const windowStart = from ? from.start : NO_BOUND_START;
  const windowEnd = to ? to.end : NO_BOUND_END;
  const anyWindow = from !== null || to !== null;
  const allDocuments = filters.documents === null;
  const inWindow = (start: number, end: number) => start <= windowEnd && end >= windowStart;

  docIncluded.fill(allDocuments ? 1 : 0);
  if (filters.documents !== null) {
    for (const file of filters.documents) {
      const d = index.docIds.get(file);
      if (d !== undefined) docIncluded[d] = 1;
    }
  }
  const { docDateStart, docDateEnd } = index;
  for (let d = 0; d < docIncluded.length; d++) {
    docPasses[d] = docIncluded[d] && (docDateStart[d] === 0 || inWindow(docDateStart[d], docDateEnd[d])) ? 1 : 0;
  }
  const everyDocumentPasses = allDocuments && !anyWindow;

  /** Whether items[from, to) holds a document for which `flags` is set; no documents passes only with all included. */
  const anyDocument = (items: Int32Array, first: number, last: number, flags: Uint8Array): boolean => {
    if (first === last) return allDocuments;
    for (let i = first; i < last; i++) if (flags[items[i]]) return true;
    return false;
  };

  const { nodeKind, nodeDateStart, nodeDateEnd, nodeDocStart, nodeDocs } = index;
  for (let i = 0; i < nodeCount; i++) {
    let visible: boolean;
    if (!kindAllowed[nodeKind[i]]) visible = false;
    else if (everyDocumentPasses) visible = true;
    else if (nodeDateStart[i] !== 0) {
      visible =
        inWindow(nodeDateStart[i], nodeDateEnd[i]) &&
        anyDocument(nodeDocs, nodeDocStart[i], nodeDocStart[i + 1], docIncluded);
    } else visible = anyDocument(nodeDocs, nodeDocStart[i], nodeDocStart[i + 1], docPasses);
    nodeMask[i] = visible ? 1 : 0;
  }

  const { edgeSource, edgeTarget, edgeKind, edgeDateStart, edgeDateEnd, edgeDocStart, edgeDocs } = index;
  for (let e = 0; e < edgeCount; e++) {
    let visible: boolean;
    if (!relationAllowed[edgeKind[e]] || !nodeMask[edgeSource[e]] || !nodeMask[edgeTarget[e]]) visible = false;
    else if (everyDocumentPasses) visible = true;
    else if (edgeDateStart[e] !== 0) {
      visible =
        inWindow(edgeDateStart[e], edgeDateEnd[e]) &&
        anyDocument(edgeDocs, edgeDocStart[e], edgeDocStart[e + 1], docIncluded);
    } else visible = anyDocument(edgeDocs, edgeDocStart[e], edgeDocStart[e + 1], docPasses);
    edgeMask[e] = visible ? 1 : 0;
  }

  const selectedId = selected === null ? undefined : index.nodeIds.get(selected);
  if (selectedId !== undefined && filters.depth !== null) keepNeighbourhood(index, selectedId, filters.depth);

  if (filters.hideIsolated) {
    // Reuse the BFS distance array as "has a visible edge" marks.
    const linked = index.scratch.distance;
    linked.fill(0);
    for (let e = 0; e < edgeCount; e++) {
      if (edgeMask[e]) {
        linked[edgeSource[e]] = 1;
        linked[edgeTarget[e]] = 1;
      }
    }
    for (let i = 0; i < nodeCount; i++) if (!linked[i] && i !== selectedId) nodeMask[i] = 0;
  }

  const nodes = new Set<string>();
  const edges = new Set<string>();
  const counts: VisibilityCounts = {
    nodes: zeroCounts(ENTITY_KINDS),
    edges: zeroCounts(RELATION_KINDS),
    totalNodes: 0,
    totalEdges: 0,
  };
  // Counting into a typed array first keeps the per-item work to an increment.
  const nodeKindCounts = new Int32Array(256);
  const edgeKindCounts = new Int32Array(256);
  const { nodeKeys, edgeKeys } = index;
  for (let i = 0; i < nodeCount; i++) {
    if (!nodeMask[i]) continue;
    nodes.add(nodeKeys[i]);
    nodeKindCounts[nodeKind[i]]++;
  }
  for (let e = 0; e < edgeCount; e++) {
    if (!edgeMask[e]) continue;
    edges.add(edgeKeys[e]);
    edgeKindCounts[edgeKind[e]]++;
  }
  ENTITY_KINDS.forEach((kind, i) => (counts.nodes[kind] = nodeKindCounts[i]));
  RELATION_KINDS.forEach((kind, i) => (counts.edges[kind] = edgeKindCounts[i]));
  counts.totalNodes = nodes.size;
  counts.totalEdges = edges.size;
  return { nodes, edges, edgeMask: edgeMask.slice(), counts };
}

/** Breadth-first from the selection over visible edges, both ways; hides what lies further than `depth` hops. */
function keepNeighbourhood(index: VisibilityIndex, start: number, depth: number): void {
  const { nodeMask, edgeMask, distance, queue } = index.scratch;
  const { adjacencyStart, adjacentEdges, edgeSource, edgeTarget } = index;
  distance.fill(-1);
  let head = 0;
  let tail = 0;
  if (nodeMask[start]) {
    distance[start] = 0;
    queue[tail++] = start;
  }
  while (head < tail) {
    const node = queue[head++];
    if (distance[node] >= depth) continue;
    for (let a = adjacencyStart[node]; a < adjacencyStart[node + 1]; a++) {
      const e = adjacentEdges[a];
      if (!edgeMask[e]) continue;
      const other = edgeSource[e] === node ? edgeTarget[e] : edgeSource[e];
      if (distance[other] !== -1) continue;
      distance[other] = distance[node] + 1;
      queue[tail++] = other;
    }
  }
  for (let i = 0; i < nodeMask.length; i++) if (distance[i] === -1) nodeMask[i] = 0;
  for (let e = 0; e < edgeMask.length; e++) {
    if (edgeMask[e] && (distance[edgeSource[e]] === -1 || distance[edgeTarget[e]] === -1)) edgeMask[e] = 0;
  }
}

/**
 * The span of the graph's dates, for the timeline: document dates and meeting dates, as written (the earliest by
 * its first day, the latest by its last day, the first seen on a tie); null when nothing is dated.
 */
export function dateBounds(graph: PolicyGraph): { min: string; max: string } | null {
  let min: string | null = null;
  let max: string | null = null;
  let minStart = NO_BOUND_END;
  let maxEnd = NO_BOUND_START;
  const consider = (date: string | null | undefined) => {
    if (!date) return;
    const range = partialDateRange(date);
    if (!range) return;
    if (range.start < minStart) {
      minStart = range.start;
      min = date;
    }
    if (range.end > maxEnd) {
      maxEnd = range.end;
      max = date;
    }
  };
  const documents = graph.getAttribute("documents");
  if (Array.isArray(documents)) for (const doc of documents) consider(doc.date);
  graph.forEachNode((_key, attributes) => {
    if (attributes.kind === "meeting") consider(attributes.date);
  });
  return min !== null && max !== null ? { min, max } : null;
}
