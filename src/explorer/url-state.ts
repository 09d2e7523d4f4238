// The view in the address bar: a short query string (`node=person:ana-lopez&kinds=person,agency&depth=2`) that
// leaves out defaults, reads back whatever a person pastes without throwing, and keeps parameters it does not own.

import { ENTITY_KINDS, RELATION_KINDS } from "../schema/graph.ts";
import { DEFAULT_FILTERS, isPartialDate, pickKinds } from "./view-state.ts";
import type { CameraState, Filters, PathView, ReaderState, ViewState } from "./view-state.ts";
import { DEFAULT_PATH_SETTINGS, MAX_K, isExcludedKind, normalizePathSettings } from "../graph/path-options.ts";
import { partialDateRange } from "../graph/visibility.ts";

/** The parameters this module owns, in the order it writes them. */
export const URL_PARAMS = [
  "node",
  "kinds",
  "rels",
  "docs",
  "from",
  "to",
  "depth",
  "isolated",
  "path",
  "exclude",
  "avoid",
  "since",
  "until",
  "weighted",
  "k",
  "alt",
  "cam",
  "doc",
] as const;
export type UrlParam = (typeof URL_PARAMS)[number];
const OWNED: ReadonlySet<string> = new Set(URL_PARAMS);

/** Camera numbers keep this many decimals: finer than a pixel at any zoom sigma allows, and short. */
export const CAMERA_DECIMALS = 4;

/**
 * Percent-encodes a value for a query string but leaves `,` `:` `@` `/` as they are: RFC 3986 allows them in a
 * query and URLSearchParams reads them back unchanged, and ids like `person:ana-lopez` stay readable.
 */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%(2C|3A|40|2F)/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** List items are joined with `,`, so a `,` (and the `%` that escapes it) inside an item is escaped once more. */
const escapeItem = (item: string) => item.replace(/[%,]/g, (c) => (c === "%" ? "%25" : "%2C"));
const unescapeItem = (item: string) => item.replace(/%(25|2C)/gi, (m) => (m === "%25" ? "%" : ","));

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set(a).size === b.length && b.every((x) => a.includes(x));

function formatNumber(value: number): string {
  const rounded = Number(value.toFixed(CAMERA_DECIMALS));
  return String(rounded === 0 ? 0 : rounded);
}

/** The state as `key=value` pairs, defaults left out, in URL_PARAMS order. */
function viewParams(state: ViewState): Array<[UrlParam, string]> {
  const { filters } = state;
  const params: Array<[UrlParam, string]> = [];
  if (state.selected !== null) params.push(["node", state.selected]);
  if (!sameMembers(filters.nodeKinds, DEFAULT_FILTERS.nodeKinds)) {
    params.push(["kinds", ENTITY_KINDS.filter((kind) => filters.nodeKinds.includes(kind)).join(",")]);
  }
  if (!sameMembers(filters.relationKinds, DEFAULT_FILTERS.relationKinds)) {
    params.push(["rels", RELATION_KINDS.filter((kind) => filters.relationKinds.includes(kind)).join(",")]);
  }
  if (filters.documents !== null) params.push(["docs", filters.documents.map(escapeItem).join(",")]);
  if (filters.dateFrom !== null) params.push(["from", filters.dateFrom]);
  if (filters.dateTo !== null) params.push(["to", filters.dateTo]);
  if (filters.depth !== null) params.push(["depth", String(filters.depth)]);
  if (filters.hideIsolated) params.push(["isolated", "1"]);
  if (state.path !== null) params.push(...pathParams(state.path));
  if (state.camera !== null) {
    const { x, y, ratio, angle } = state.camera;
    params.push(["cam", [x, y, ratio, angle].map(formatNumber).join(",")]);
  }
  if (state.reader !== null) {
    params.push(["doc", `${state.reader.doc}@${state.reader.start}-${state.reader.end}`]);
  }
  return params;
}

/** A path question: `path=from,to` and its options where they differ from the defaults. */
function pathParams(path: PathView): Array<[UrlParam, string]> {
  const params: Array<[UrlParam, string]> = [["path", [path.from ?? "", path.to ?? ""].map(escapeItem).join(",")]];
  const { settings } = path;
  if (!sameMembers(settings.excludeKinds, DEFAULT_PATH_SETTINGS.excludeKinds)) {
    params.push(["exclude", settings.excludeKinds.join(",")]);
  }
  if (settings.avoid.length) params.push(["avoid", settings.avoid.map(escapeItem).join(",")]);
  if (settings.dateFrom !== null) params.push(["since", settings.dateFrom]);
  if (settings.dateTo !== null) params.push(["until", settings.dateTo]);
  if (settings.weighted) params.push(["weighted", "1"]);
  if (settings.k !== DEFAULT_PATH_SETTINGS.k) params.push(["k", String(settings.k)]);
  if (path.shown !== 0) params.push(["alt", String(path.shown)]);
  return params;
}

/** The query string for a view, without the `?`; empty for the default view. */
export function encodeViewState(state: ViewState): string {
  return viewParams(state)
    .map(([key, value]) => `${key}=${encodeValue(value)}`)
    .join("&");
}

/**
 * `existingSearch` (with or without its `?`) with this module's parameters replaced by those of `state`; the
 * others (`graph=`, a host page's own) are kept as written, in their order, before ours. No `?` in the result.
 */
export function mergeSearch(existingSearch: string, state: ViewState): string {
  const kept = existingSearch
    .replace(/^\?/, "")
    .split("&")
    .filter((pair) => pair !== "" && !OWNED.has(new URLSearchParams(pair).keys().next().value ?? ""));
  const ours = encodeViewState(state);
  return [...kept, ...(ours ? [ours] : [])].join("&");
}

const WHOLE = /^\d{1,15}$/;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads a view from a query string (with or without its `?`). Never throws: a value it cannot use is left at its
 * default with a warning (`url: unknown node kind "foo" in kinds=`); parameters it does not own are ignored.
 */
export function decodeViewState(search: string): { state: ViewState; warnings: string[] } {
  const warnings: string[] = [];
  // URLSearchParams reads any string (a stray `%` stays as it is), so junk can only make values wrong, not throw.
  const params = new URLSearchParams(search);
  const state = fresh();
  const filters = state.filters;
  const warn = (message: string) => warnings.push(`url: ${message}`);
  const get = (key: UrlParam): string | null => {
    const values = params.getAll(key);
    if (values.length > 1) warn(`${key}= appears ${values.length} times; using the first`);
    return values.length ? values[0] : null;
  };

  const node = get("node");
  if (node !== null) {
    if (node) state.selected = node;
    else warn("node= is empty");
  }

  const kinds = <K extends string>(key: "kinds" | "rels", known: readonly K[], what: string): K[] | null => {
    const value = get(key);
    if (value === null) return null;
    const items = value.split(",").filter((item) => item !== "");
    // Relation kinds are upper case in the schema; a hand-typed `rels=met_with` means the same.
    const wanted = key === "rels" ? items.map((item) => item.toUpperCase()) : items;
    const unknown: string[] = [];
    const picked = pickKinds(wanted, known, unknown);
    for (const bad of unknown) warn(`unknown ${what} ${bad} in ${key}=`);
    if (items.length > 0 && picked.length === 0) {
      warn(`no known ${what} in ${key}=, showing all`);
      return null;
    }
    return picked;
  };
  filters.nodeKinds = kinds("kinds", ENTITY_KINDS, "node kind") ?? filters.nodeKinds;
  filters.relationKinds = kinds("rels", RELATION_KINDS, "relation kind") ?? filters.relationKinds;

  const docs = get("docs");
  if (docs !== null) {
    const items = docs
      .split(",")
      .filter((item) => item !== "")
      .map(unescapeItem);
    filters.documents = [...new Set(items)];
  }

  for (const [key, field] of [
    ["from", "dateFrom"],
    ["to", "dateTo"],
  ] as const) {
    const value = get(key);
    if (value === null) continue;
    if (isPartialDate(value)) filters[field] = value;
    else warn(`${key}=${value} is not an ISO date (2021, 2021-03 or 2021-03-01)`);
  }
  if (filters.dateFrom !== null && filters.dateTo !== null) {
    if (partialDateRange(filters.dateFrom)!.start > partialDateRange(filters.dateTo)!.end) {
      warn(`from=${filters.dateFrom} is after to=${filters.dateTo}; swapped them`);
      [filters.dateFrom, filters.dateTo] = [filters.dateTo, filters.dateFrom];
    }
  }

  const depth = get("depth");
  if (depth !== null) {
    if (WHOLE.test(depth)) filters.depth = Number(depth);
    else warn(`depth=${depth} is not a whole number of hops`);
  }

  const isolated = get("isolated");
  if (isolated !== null) {
    if (isolated === "1" || isolated === "0") filters.hideIsolated = isolated === "1";
    else warn(`isolated=${isolated} is neither 1 nor 0`);
  }

  state.path = decodePath(get, warn);

  const cam = get("cam");
  if (cam !== null) {
    state.camera = parseCamera(cam);
    if (state.camera === null) warn(`cam=${cam} is not x,y,ratio,angle (four numbers, ratio above 0)`);
  }

  const doc = get("doc");
  if (doc !== null) {
    state.reader = parseReader(doc);
    if (state.reader === null) warn(`doc=${doc} is not file@start-end`);
  }
  return { state, warnings };
}

/** The path question in the URL, or null when there is no `path=`; bad options fall back to their defaults. */
function decodePath(get: (key: UrlParam) => string | null, warn: (message: string) => void): PathView | null {
  const path = get("path");
  if (path === null) {
    for (const key of ["exclude", "avoid", "since", "until", "weighted", "k", "alt"] as const) {
      if (get(key) !== null) warn(`${key}= is ignored without path=`);
    }
    return null;
  }
  const [from = "", to = ""] = path.split(",").map(unescapeItem);
  if (path.split(",").length !== 2) warn(`path=${path} is not from,to; reading the first two`);
  const partial: Record<string, unknown> = {};
  const exclude = get("exclude");
  if (exclude !== null) {
    const items = exclude.split(",").filter((item) => item !== "");
    for (const bad of items.filter((item) => !isExcludedKind(item))) warn(`unknown relation kind ${bad} in exclude=`);
    partial.excludeKinds = items.filter(isExcludedKind);
  }
  const avoid = get("avoid");
  if (avoid !== null)
    partial.avoid = avoid
      .split(",")
      .filter((item) => item !== "")
      .map(unescapeItem);
  const since = get("since");
  if (since !== null) partial.dateFrom = since;
  const until = get("until");
  if (until !== null) partial.dateTo = until;
  const weighted = get("weighted");
  if (weighted !== null) {
    if (weighted === "1" || weighted === "0") partial.weighted = weighted === "1";
    else warn(`weighted=${weighted} is neither 1 nor 0`);
  }
  const k = get("k");
  if (k !== null) partial.k = WHOLE.test(k) ? Number(k) : k;
  const { settings, errors } = normalizePathSettings(partial);
  for (const error of errors) warn(error.replace(/^paths\.options: /, ""));
  let shown: number | "all" = 0;
  const alt = get("alt");
  if (alt !== null) {
    if (alt === "all") shown = "all";
    else if (WHOLE.test(alt) && Number(alt) < Math.max(settings.k, 1) && Number(alt) < MAX_K) shown = Number(alt);
    else warn(`alt=${alt} is neither "all" nor a path number below k`);
  }
  return { from: from || null, to: to || null, settings, shown };
}

function fresh(): ViewState {
  const filters: Filters = {
    ...DEFAULT_FILTERS,
    nodeKinds: [...DEFAULT_FILTERS.nodeKinds],
    relationKinds: [...DEFAULT_FILTERS.relationKinds],
  };
  return { selected: null, filters, camera: null, reader: null, path: null };
}

function parseCamera(text: string): CameraState | null {
  const parts = text.split(",");
  if (parts.length !== 4 || !parts.every((part) => NUMBER.test(part))) return null;
  const [x, y, ratio, angle] = parts.map(Number);
  if (![x, y, ratio, angle].every(Number.isFinite) || ratio <= 0) return null;
  return { x, y, ratio, angle };
}

function parseReader(text: string): ReaderState | null {
  // The file name may hold `@` itself; the range is after the last one.
  const at = text.lastIndexOf("@");
  if (at <= 0) return null;
  const match = /^(\d{1,15})-(\d{1,15})$/.exec(text.slice(at + 1));
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (end < start) return null;
  return { doc: text.slice(0, at), start, end };
}
