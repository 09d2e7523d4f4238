// What the explorer shows: the selection, the filters, the camera and the reader's passage, as plain data with
// defaults and a validator. No DOM: the URL, the embedding API and the panels all read and write this shape.

import type { PathSettings } from "../graph/path-options.ts";
import { partialDateRange } from "../graph/visibility.ts";
import { describeValue } from "../schema/describe-value.ts";
import { ENTITY_KINDS, RELATION_KINDS } from "../schema/graph.ts";
import type { EntityKind, RelationKind } from "../schema/graph.ts";

export interface Filters {
  nodeKinds: EntityKind[];
  relationKinds: RelationKind[];
  /** Document files; null = all. */
  documents: string[] | null;
  /** ISO dates as precise as wanted: `2021`, `2021-03`, `2021-03-01`; each bound covers its whole period. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Only the neighbourhood of the selection to this many hops; null = off. */
  depth: number | null;
  hideIsolated: boolean;
}

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** A passage open in the document reader: UTF-16 offsets into the document's text. */
export interface ReaderState {
  doc: string;
  start: number;
  end: number;
}

/** The path question on screen: its endpoints (either may be unset while it is being asked) and options. */
export interface PathView {
  from: string | null;
  to: string | null;
  settings: PathSettings;
  /** The listed path the canvas shows: its index (0 = the shortest), or "all" for every fewest-hop path. */
  shown: number | "all";
}

export interface ViewState {
  selected: string | null;
  filters: Filters;
  camera: CameraState | null;
  reader: ReaderState | null;
  path: PathView | null;
}

export const DEFAULT_FILTERS: Filters = Object.freeze({
  nodeKinds: Object.freeze([...ENTITY_KINDS]) as EntityKind[],
  relationKinds: Object.freeze([...RELATION_KINDS]) as RelationKind[],
  documents: null,
  dateFrom: null,
  dateTo: null,
  depth: null,
  hideIsolated: false,
});

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  selected: null,
  filters: DEFAULT_FILTERS,
  camera: null,
  reader: null,
  path: null,
});

const FILTER_FIELDS: ReadonlySet<string> = new Set(Object.keys(DEFAULT_FILTERS));

/** The allowed kinds of `values` in schema order, each once, with a message for each value that is no kind. */
export function pickKinds<K extends string>(values: readonly unknown[], known: readonly K[], unknown: string[]): K[] {
  const wanted = new Set<unknown>(values);
  for (const value of wanted) {
    if (!(known as readonly unknown[]).includes(value)) unknown.push(describeValue(value));
  }
  return known.filter((kind) => wanted.has(kind));
}

/** Whether `text` is an ISO date as precise as wanted: `2021`, `2021-03` or `2021-03-01`, and a real one. */
export function isPartialDate(text: unknown): text is string {
  return typeof text === "string" && partialDateRange(text) !== null;
}

/**
 * Validates filters from outside (the embedding API, a saved view): fields left out keep `base`, a bad field keeps
 * `base` too and adds an error; kinds come back in schema order and documents once each. A window whose start is
 * after its end is swapped. Errors read `filters: unknown node kind "foo"`.
 */
export function normalizeFilters(
  partial: unknown,
  base: Filters = DEFAULT_FILTERS,
): { filters: Filters; errors: string[] } {
  const errors: string[] = [];
  const filters: Filters = {
    ...base,
    nodeKinds: [...base.nodeKinds],
    relationKinds: [...base.relationKinds],
    documents: base.documents && [...base.documents],
  };
  if (partial === undefined || partial === null) return { filters, errors };
  if (typeof partial !== "object" || Array.isArray(partial)) {
    return { filters, errors: [`filters: expected an object, got ${describeValue(partial)}`] };
  }
  const input = partial as Record<string, unknown>;
  for (const field of Object.keys(input)) {
    if (!FILTER_FIELDS.has(field)) errors.push(`filters: unknown field ${JSON.stringify(field)}`);
  }

  const kinds = <K extends string>(field: "nodeKinds" | "relationKinds", known: readonly K[], what: string) => {
    const value = input[field];
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      errors.push(`filters: ${field} must be an array of ${what}s, got ${describeValue(value)}`);
      return undefined;
    }
    const unknown: string[] = [];
    const picked = pickKinds(value, known, unknown);
    for (const bad of unknown) errors.push(`filters: unknown ${what} ${bad}`);
    return picked;
  };
  filters.nodeKinds = kinds("nodeKinds", ENTITY_KINDS, "node kind") ?? filters.nodeKinds;
  filters.relationKinds = kinds("relationKinds", RELATION_KINDS, "relation kind") ?? filters.relationKinds;

  if (input.documents !== undefined) {
    if (input.documents === null) filters.documents = null;
    else if (!Array.isArray(input.documents)) {
      errors.push(`filters: documents must be an array of file names or null, got ${describeValue(input.documents)}`);
    } else {
      const documents = new Set<string>();
      for (const doc of input.documents) {
        if (typeof doc === "string" && doc !== "") documents.add(doc);
        else errors.push(`filters: documents holds ${describeValue(doc)}, not a file name`);
      }
      filters.documents = [...documents];
    }
  }

  for (const field of ["dateFrom", "dateTo"] as const) {
    const value = input[field];
    if (value === undefined) continue;
    if (value === null || isPartialDate(value)) filters[field] = value;
    else errors.push(`filters: ${field} ${describeValue(value)} is not an ISO date (2021, 2021-03 or 2021-03-01)`);
  }
  if (filters.dateFrom !== null && filters.dateTo !== null) {
    const from = partialDateRange(filters.dateFrom)!;
    const to = partialDateRange(filters.dateTo)!;
    if (from.start > to.end) {
      errors.push(`filters: dateFrom ${filters.dateFrom} is after dateTo ${filters.dateTo}; swapped them`);
      [filters.dateFrom, filters.dateTo] = [filters.dateTo, filters.dateFrom];
    }
  }

  if (input.depth !== undefined) {
    const depth = input.depth;
    if (depth === null || (Number.isSafeInteger(depth) && (depth as number) >= 0))
      filters.depth = depth as number | null;
    else errors.push(`filters: depth must be a whole number of hops (0 or more) or null, got ${describeValue(depth)}`);
  }

  if (input.hideIsolated !== undefined) {
    if (typeof input.hideIsolated === "boolean") filters.hideIsolated = input.hideIsolated;
    else errors.push(`filters: hideIsolated must be true or false, got ${describeValue(input.hideIsolated)}`);
  }
  return { filters, errors };
}
