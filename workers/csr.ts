// Compact undirected adjacency (CSR) over plain typed arrays for the path kernel, and its input from a PolicyGraph.
// Direction is ignored because "how is A connected to B" is about reachability, not about who acted on whom.

import type { PolicyGraph } from "../src/graph/load.ts";
import { createVisibilityIndex } from "../src/graph/visibility.ts";
import type { VisibilityIndex } from "../src/graph/visibility.ts";
import { edgeClass } from "../src/graph/path-options.ts";
import { ENTITY_KINDS, RELATION_KINDS } from "../src/schema/graph.ts";

/** A graph as parallel per-edge arrays; nodes are 0..nodeCount-1 and the caller keeps the id ↔ index maps. */
export interface CsrInput {
  nodeCount: number;
  edgeSources: Uint32Array;
  edgeTargets: Uint32Array;
  /** Edge class, what `excludeKinds` filters on: any byte (a PolicyGraph's come from `edgeClass`). */
  edgeKinds: Uint8Array;
  /** Finite and > 0; 1 when absent. */
  edgeWeights?: Float32Array;
  /** Milliseconds since the epoch (UTC) of the edge's date, NaN when undated; all NaN when absent. */
  edgeDates?: Float64Array;
}

/**
 * Row `u` of the adjacency is `offsets[u]..offsets[u + 1]` in `neighbours` and `edgeIds`. Every edge is listed from
 * both ends; self-loops are left out (no simple path uses one). Within a row, entries are sorted by neighbour, then
 * edge id, so a search that scans rows in order breaks ties toward the lowest neighbour index.
 */
export interface Csr {
  nodeCount: number;
  edgeCount: number;
  offsets: Uint32Array;
  neighbours: Uint32Array;
  edgeIds: Uint32Array;
  edgeSources: Uint32Array;
  edgeTargets: Uint32Array;
  edgeKinds: Uint8Array;
  edgeWeights: Float32Array;
  edgeDates: Float64Array;
}

/** `CsrInput` plus the graph keys behind each index. */
export interface GraphCsrInput extends CsrInput {
  edgeWeights: Float32Array;
  edgeDates: Float64Array;
  nodeKeys: string[];
  edgeKeys: string[];
}

/** Builds the adjacency in O(nodes + edges) with two counting sorts; throws `csr.build: …` for bad input. */
export function buildCsr(input: CsrInput): Csr {
  const { nodeCount, edgeSources, edgeTargets, edgeKinds } = input;
  if (!Number.isInteger(nodeCount) || nodeCount < 0 || nodeCount >= 2 ** 32) {
    throw new Error(`csr.build: nodeCount must be a non-negative integer, got ${nodeCount}`);
  }
  const edgeCount = edgeSources.length;
  const lengths: Array<[string, { length: number } | undefined]> = [
    ["edgeTargets", edgeTargets],
    ["edgeKinds", edgeKinds],
    ["edgeWeights", input.edgeWeights],
    ["edgeDates", input.edgeDates],
  ];
  for (const [name, array] of lengths) {
    if (array && array.length !== edgeCount) {
      throw new Error(`csr.build: ${name} has ${array.length} entries for ${edgeCount} edges`);
    }
  }
  for (let e = 0; e < edgeCount; e++) {
    if (edgeSources[e] >= nodeCount || edgeTargets[e] >= nodeCount) {
      throw new Error(`csr.build: edge ${e} joins ${edgeSources[e]} and ${edgeTargets[e]} (nodeCount ${nodeCount})`);
    }
    const weight = input.edgeWeights?.[e];
    if (weight !== undefined && !(Number.isFinite(weight) && weight > 0)) {
      throw new Error(`csr.build: edge ${e} has weight ${weight}; weights must be finite and > 0`);
    }
  }

  // Pass 1: group the (row, edge) entries by neighbour, in edge order.
  const byNeighbourStart = new Uint32Array(nodeCount + 1);
  let entryCount = 0;
  for (let e = 0; e < edgeCount; e++) {
    if (edgeSources[e] === edgeTargets[e]) continue;
    byNeighbourStart[edgeSources[e] + 1]++;
    byNeighbourStart[edgeTargets[e] + 1]++;
    entryCount += 2;
  }
  for (let v = 0; v < nodeCount; v++) byNeighbourStart[v + 1] += byNeighbourStart[v];
  const cursor = byNeighbourStart.slice(0, nodeCount);
  const entryRow = new Uint32Array(entryCount);
  const entryEdge = new Uint32Array(entryCount);
  for (let e = 0; e < edgeCount; e++) {
    const s = edgeSources[e];
    const t = edgeTargets[e];
    if (s === t) continue;
    entryRow[cursor[t]] = s;
    entryEdge[cursor[t]++] = e;
    entryRow[cursor[s]] = t;
    entryEdge[cursor[s]++] = e;
  }

  // Pass 2: deal the entries into their rows, neighbours ascending, so rows come out sorted by (neighbour, edge).
  // Undirected, so a node's degree as a row equals its count as a neighbour.
  const offsets = new Uint32Array(nodeCount + 1);
  offsets.set(byNeighbourStart);
  const rowCursor = offsets.slice(0, nodeCount);
  const neighbours = new Uint32Array(entryCount);
  const edgeIds = new Uint32Array(entryCount);
  for (let v = 0; v < nodeCount; v++) {
    for (let i = byNeighbourStart[v]; i < byNeighbourStart[v + 1]; i++) {
      const slot = rowCursor[entryRow[i]]++;
      neighbours[slot] = v;
      edgeIds[slot] = entryEdge[i];
    }
  }

  return {
    nodeCount,
    edgeCount,
    offsets,
    neighbours,
    edgeIds,
    edgeSources,
    edgeTargets,
    edgeKinds,
    edgeWeights: input.edgeWeights ?? new Float32Array(edgeCount).fill(1),
    edgeDates: input.edgeDates ?? new Float64Array(edgeCount).fill(Number.NaN),
  };
}

/**
 * Default edge weight (a cost: lower is a stronger link): `1 / (1 + ln(1 + evidenceCount) + ln(1 + documentCount))`.
 * 1 for an edge with no evidence, and it falls, ever more slowly, as sentences and distinct documents back it.
 */
export function evidenceWeight(evidenceCount: number, documentCount: number): number {
  return 1 / (1 + Math.log1p(evidenceCount) + Math.log1p(documentCount));
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** `2021`, `2021-03` or `2021-03-01` → ms since the epoch at the start of that period (UTC); NaN otherwise. */
export function isoDateMs(date: string | null | undefined): number {
  const match = date ? ISO_DATE.exec(date) : null;
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), match[2] ? Number(match[2]) - 1 : 0, match[3] ? Number(match[3]) : 1);
}

/**
 * The CSR input of a PolicyGraph, indices in graphology's iteration order. An edge's date is its own `date`
 * attribute, else the latest date among the documents its evidence cites, else NaN. The explorer, which holds the
 * visibility index already, calls `csrInputFromIndex` directly.
 */
export function csrInputFromGraph(graph: PolicyGraph): GraphCsrInput {
  return csrInputFromIndex(createVisibilityIndex(graph));
}

/** A yyyymmdd number (00 for an unknown month or day, as the visibility index keeps dates) → ms at its start; 0 → NaN. */
function yyyymmddMs(value: number): number {
  if (value === 0) return Number.NaN;
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  return Date.UTC(year, month === 0 ? 0 : month - 1, day === 0 ? 1 : day);
}

/**
 * The CSR input from a visibility index (graph order): typed-array passes with no string lookups, and the filters'
 * edge mask lines up with it edge for edge.
 */
export function csrInputFromIndex(index: VisibilityIndex): GraphCsrInput {
  const edgeCount = index.edgeKeys.length;
  const edgeSources = new Uint32Array(edgeCount);
  const edgeTargets = new Uint32Array(edgeCount);
  const edgeKinds = new Uint8Array(edgeCount);
  const edgeWeights = new Float32Array(edgeCount);
  const edgeDates = new Float64Array(edgeCount);
  const { edgeSource, edgeTarget, edgeKind, nodeKind, edgeDocStart, edgeDocs, docDateStart } = index;
  for (let e = 0; e < edgeCount; e++) {
    if (edgeKind[e] >= RELATION_KINDS.length) {
      throw new Error(`csr.fromIndex: edge ${index.edgeKeys[e]} has an unknown kind`);
    }
    edgeSources[e] = edgeSource[e];
    edgeTargets[e] = edgeTarget[e];
    edgeKinds[e] = edgeClass(
      RELATION_KINDS[edgeKind[e]],
      nodeKind[edgeTarget[e]] < 255 ? ENTITY_KINDS[nodeKind[edgeTarget[e]]] : "",
    );
    const documents = edgeDocStart[e + 1] - edgeDocStart[e];
    edgeWeights[e] = evidenceWeight(index.edgeEvidence[e], documents);
    let date = yyyymmddMs(index.edgeDateStart[e]);
    if (Number.isNaN(date)) {
      for (let i = edgeDocStart[e]; i < edgeDocStart[e + 1]; i++) {
        const ms = yyyymmddMs(docDateStart[edgeDocs[i]]);
        if (Number.isNaN(date) || ms > date) date = ms;
      }
    }
    edgeDates[e] = date;
  }
  return {
    nodeCount: index.nodeKeys.length,
    edgeSources,
    edgeTargets,
    edgeKinds,
    edgeWeights,
    edgeDates,
    nodeKeys: [...index.nodeKeys],
    edgeKeys: [...index.edgeKeys],
  };
}
