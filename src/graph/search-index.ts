// Search-as-you-type over entity labels and aliases: a sorted token dictionary with posting lists, built once per
// graph, answering each keystroke without scanning every name. Accents, case and punctuation do not count.

import type Graph from "graphology";
import type { EdgeAttributes, EntityKind, GraphAttributes, NodeAttributes } from "../schema/graph.ts";

type PolicyGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** One searchable entity; `weight` breaks ties between equally good matches (higher first). */
export interface SearchEntry {
  key: string;
  label: string;
  aliases: readonly string[];
  kind: EntityKind;
  weight: number;
}

export interface SearchHit {
  key: string;
  label: string;
  kind: EntityKind;
  /** The label or alias that matched, as written in the graph. */
  matched: string;
}

export interface SearchIndexSettings {
  /** What ranks equally good matches: the entity's mention count, or its number of relations. */
  weight: "mentions" | "degree";
}

export const DEFAULT_SEARCH_INDEX_SETTINGS: SearchIndexSettings = { weight: "mentions" };

export const DEFAULT_SEARCH_LIMIT = 10;

// How well a name matches, best first. Every hit has each query word as a prefix of some word of the name, in any
// order ("ortega nunez"); a better tier also has the folded query equal to the whole name ("nunez ortega"), at its
// start ("nunez or"), or in order at a word start inside it ("jose nunez" in "maria jose nunez ortega").
const EXACT = 0;
const PREFIX = 1;
const PHRASE = 2;
const TOKENS = 3;

/**
 * Built by `buildSearchIndex`; treat as opaque. Names are the distinct folded label and aliases of each entry (label
 * first), tokens the distinct words of all names in code-unit order, so the tokens a query word is a prefix of form
 * one contiguous range and their posting lists one contiguous slice of `postings`.
 */
export interface SearchIndex {
  readonly keys: readonly string[];
  readonly labels: readonly string[];
  readonly kinds: readonly EntityKind[];
  readonly weights: Float64Array;
  readonly foldedLabels: readonly string[];
  /** Per name: its text as written, folded, and the entry it belongs to. */
  readonly names: readonly string[];
  readonly foldedNames: readonly string[];
  readonly nameEntry: Int32Array;
  /** Token ids of name i: nameTokens[nameTokenStart[i] .. nameTokenStart[i + 1]). */
  readonly nameTokenStart: Int32Array;
  readonly nameTokens: Int32Array;
  readonly tokens: readonly string[];
  /** Names holding token t: postings[postingStart[t] .. postingStart[t + 1]), ascending. */
  readonly postingStart: Int32Array;
  readonly postings: Int32Array;
  /** Reused by every query so that a keystroke allocates almost nothing (the main thread runs this). */
  readonly scratch: SearchScratch;
}

interface SearchScratch {
  generation: number;
  nameSeen: Int32Array;
  entrySeen: Int32Array;
  entryTier: Int32Array;
  entryName: Int32Array;
  touched: Int32Array;
}

/** What fold does with a character: keep it, drop it (accents, apostrophes, dots) or read it as a word break. */
const KEEP = 1;
const DROP = 2;
const BREAK = 3;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
/** Classes of the 65,536 BMP code units, filled as they are met (0 = not yet seen); ASCII is decided inline. */
const unitClass = new Uint8Array(0x10000);

/** Whether lower-case ASCII text is already folded: letters and digits, single spaces between words. */
function isFolded(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) continue;
    if (code !== 32 || i === 0 || i === last || text.charCodeAt(i + 1) === 32) return false;
  }
  return true;
}

function classify(char: string): number {
  if (char === "’") return DROP;
  if (MARK.test(char)) return DROP;
  return LETTER_OR_NUMBER.test(char) ? KEEP : BREAK;
}

/**
 * Folds text for matching: accents and case do not count, apostrophes and dots vanish ("U.S." → "us"), any other
 * run of punctuation or spaces is one space: "María José Núñez-Ortega" → "maria jose nunez ortega". The
 * same result as `foldName` (src/schema/ids.ts) in one pass that copies runs of kept characters, several times
 * faster than its chain of Unicode regular expressions over 100,000 names.
 */
export function fold(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 0x80;
  const source = ascii ? text.toLowerCase() : text.normalize("NFKD").toLowerCase();
  // Most names are plain words ("ministry of energy"): lower case is all they need.
  if (ascii && isFolded(source)) return source;
  let folded = "";
  let runStart = -1;
  let pendingBreak = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    let kind: number;
    let width = 1;
    if (code < 0x80) {
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) kind = KEEP;
      else kind = code === 39 || code === 46 || code === 96 ? DROP : BREAK;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < source.length) {
      // A character outside the BMP, as two code units: classified each time (rare).
      const char = String.fromCodePoint(source.codePointAt(i)!);
      kind = classify(char);
      width = char.length;
    } else {
      kind = unitClass[code] || (unitClass[code] = classify(String.fromCharCode(code)));
    }
    if (kind === KEEP) {
      if (runStart < 0) {
        if (pendingBreak && folded.length > 0) folded += " ";
        pendingBreak = false;
        runStart = i;
      }
    } else {
      if (runStart >= 0) {
        folded += source.slice(runStart, i);
        runStart = -1;
      }
      if (kind === BREAK) pendingBreak = true;
    }
    i += width - 1;
  }
  if (runStart === 0) return source;
  return runStart > 0 ? folded + source.slice(runStart) : folded;
}

/** The entries of a graph: every node, weighted by mentions or degree as the settings say. */
export function searchEntries(
  graph: PolicyGraph,
  settings: SearchIndexSettings = DEFAULT_SEARCH_INDEX_SETTINGS,
): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const byDegree = settings.weight === "degree";
  graph.forEachNode((key, attributes) => {
    entries.push({
      key,
      label: attributes.label ?? key,
      aliases: attributes.aliases ?? [],
      kind: attributes.kind,
      weight: byDegree ? graph.degree(key) : (attributes.mentions ?? 0),
    });
  });
  return entries;
}

export function buildSearchIndex(
  graph: PolicyGraph,
  settings: SearchIndexSettings = DEFAULT_SEARCH_INDEX_SETTINGS,
): SearchIndex {
  return buildSearchIndexFromEntries(searchEntries(graph, settings));
}

export function buildSearchIndexFromEntries(entries: readonly SearchEntry[]): SearchIndex {
  const entryCount = entries.length;
  const keys: string[] = new Array(entryCount);
  const labels: string[] = new Array(entryCount);
  const kinds: EntityKind[] = new Array(entryCount);
  const foldedLabels: string[] = new Array(entryCount);
  const weights = new Float64Array(entryCount);

  const names: string[] = [];
  const foldedNames: string[] = [];
  const nameEntryList: number[] = [];
  const nameTokenStartList: number[] = [0];
  const nameTokenList: number[] = [];
  // Token ids are first given in order of appearance, then renumbered in sorted order.
  const tokenIds = new Map<string, number>();

  const addName = (entry: number, text: string, folded: string) => {
    names.push(text);
    foldedNames.push(folded);
    nameEntryList.push(entry);
    for (let start = 0; start <= folded.length;) {
      let end = folded.indexOf(" ", start);
      if (end < 0) end = folded.length;
      const token = folded.slice(start, end);
      let id = tokenIds.get(token);
      if (id === undefined) {
        id = tokenIds.size;
        tokenIds.set(token, id);
      }
      nameTokenList.push(id);
      start = end + 1;
    }
    nameTokenStartList.push(nameTokenList.length);
  };

  for (let e = 0; e < entryCount; e++) {
    const entry = entries[e];
    keys[e] = entry.key;
    labels[e] = entry.label;
    kinds[e] = entry.kind;
    weights[e] = Number.isFinite(entry.weight) ? entry.weight : 0;
    const firstName = names.length;
    const foldedLabel = fold(entry.label);
    foldedLabels[e] = foldedLabel;
    if (foldedLabel) addName(e, entry.label, foldedLabel);
    for (const alias of entry.aliases) {
      if (alias === entry.label) continue;
      const folded = fold(alias);
      if (!folded) continue;
      // Aliases often repeat the label with other accents or case; keep the first spelling only.
      let seen = false;
      for (let n = firstName; n < names.length && !seen; n++) seen = foldedNames[n] === folded;
      if (!seen) addName(e, alias, folded);
    }
  }

  const tokens = [...tokenIds.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const sortedId = new Int32Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) sortedId[tokenIds.get(tokens[t])!] = t;
  const nameTokens = new Int32Array(nameTokenList.length);
  for (let i = 0; i < nameTokens.length; i++) nameTokens[i] = sortedId[nameTokenList[i]];

  const nameCount = names.length;
  const postingStart = new Int32Array(tokens.length + 1);
  for (const t of nameTokens) postingStart[t + 1]++;
  for (let t = 0; t < tokens.length; t++) postingStart[t + 1] += postingStart[t];
  const postings = new Int32Array(nameTokens.length);
  const fill = postingStart.slice(0, tokens.length);
  const nameTokenStart = Int32Array.from(nameTokenStartList);
  for (let n = 0; n < nameCount; n++) {
    for (let i = nameTokenStart[n]; i < nameTokenStart[n + 1]; i++) postings[fill[nameTokens[i]]++] = n;
  }

  return {
    keys,
    labels,
    kinds,
    weights,
    foldedLabels,
    names,
    foldedNames,
    nameEntry: Int32Array.from(nameEntryList),
    nameTokenStart,
    nameTokens,
    tokens,
    postingStart,
    postings,
    scratch: {
      generation: 0,
      nameSeen: new Int32Array(nameCount),
      entrySeen: new Int32Array(entryCount),
      entryTier: new Int32Array(entryCount),
      entryName: new Int32Array(entryCount),
      touched: new Int32Array(entryCount),
    },
  };
}

/** First index in the sorted tokens at which `prefix` could start, then the first after those starting with it. */
function prefixRange(tokens: readonly string[], prefix: string): [number, number] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  const start = lo;
  hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return [start, lo];
}

function tierOf(folded: string, query: string, spacedQuery: string): number {
  if (folded === query) return EXACT;
  if (folded.startsWith(query)) return PREFIX;
  if (folded.includes(spacedQuery)) return PHRASE;
  return TOKENS;
}

/** Best `limit` entries whose label or an alias holds every word of `text` as a word prefix, best first. */
export function searchIndex(index: SearchIndex, text: string, limit: number = DEFAULT_SEARCH_LIMIT): SearchHit[] {
  const query = fold(text);
  const max = Math.floor(limit);
  if (!query || !(max > 0)) return [];
  const queryTokens = query.split(" ");
  const tokenCount = queryTokens.length;
  const ranges = new Int32Array(tokenCount * 2);
  let driver = 0;
  let driverSize = Infinity;
  for (let q = 0; q < tokenCount; q++) {
    const [lo, hi] = prefixRange(index.tokens, queryTokens[q]);
    if (lo === hi) return [];
    ranges[2 * q] = lo;
    ranges[2 * q + 1] = hi;
    const size = index.postingStart[hi] - index.postingStart[lo];
    if (size < driverSize) {
      driver = q;
      driverSize = size;
    }
  }

  const { nameEntry, nameTokenStart, nameTokens, foldedNames, postings, scratch } = index;
  if (++scratch.generation >= 0x7fffffff) {
    scratch.generation = 1;
    scratch.nameSeen.fill(0);
    scratch.entrySeen.fill(0);
  }
  const generation = scratch.generation;
  const { nameSeen, entrySeen, entryTier, entryName, touched } = scratch;
  const spacedQuery = " " + query;
  let touchedCount = 0;

  // Walk the names holding the rarest query word; check the other words by token-id range, without strings.
  const end = index.postingStart[ranges[2 * driver + 1]];
  for (let p = index.postingStart[ranges[2 * driver]]; p < end; p++) {
    const name = postings[p];
    if (nameSeen[name] === generation) continue;
    nameSeen[name] = generation;
    let all = true;
    for (let q = 0; q < tokenCount && all; q++) {
      if (q === driver) continue;
      const lo = ranges[2 * q];
      const hi = ranges[2 * q + 1];
      let found = false;
      for (let i = nameTokenStart[name]; i < nameTokenStart[name + 1] && !found; i++) {
        found = nameTokens[i] >= lo && nameTokens[i] < hi;
      }
      all = found;
    }
    if (!all) continue;
    const tier = tierOf(foldedNames[name], query, spacedQuery);
    const entry = nameEntry[name];
    if (entrySeen[entry] !== generation) {
      entrySeen[entry] = generation;
      entryTier[entry] = tier;
      entryName[entry] = name;
      touched[touchedCount++] = entry;
    } else if (tier < entryTier[entry] || (tier === entryTier[entry] && name < entryName[entry])) {
      entryTier[entry] = tier;
      entryName[entry] = name;
    }
  }

  const { weights, foldedLabels, labels, keys } = index;
  const compare = (a: number, b: number): number =>
    entryTier[a] - entryTier[b] ||
    weights[b] - weights[a] ||
    order(foldedLabels[a], foldedLabels[b]) ||
    order(labels[a], labels[b]) ||
    order(keys[a], keys[b]);

  let best: number[];
  if (max * 16 >= touchedCount) {
    best = Array.from(touched.subarray(0, touchedCount)).sort(compare).slice(0, max);
  } else {
    // Few wanted from many candidates: keep a sorted shortlist instead of sorting them all.
    best = [];
    for (let i = 0; i < touchedCount; i++) {
      const entry = touched[i];
      if (best.length === max && compare(entry, best[max - 1]) >= 0) continue;
      let at = best.length === max ? max - 1 : best.length;
      while (at > 0 && compare(entry, best[at - 1]) < 0) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = entry;
    }
  }
  return best.map((entry) => ({
    key: keys[entry],
    label: labels[entry],
    kind: index.kinds[entry],
    matched: index.names[entryName[entry]],
  }));
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
