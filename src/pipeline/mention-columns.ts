// Stage 04's mentions as they cross threads (threads.ts, worker.ts): lists of mentions as columns of typed arrays
// and string codes, each distinct string sent once, and back to Mention objects on the other side.

import { ENTITY_KINDS } from "../schema/graph.ts";
import type { Mention } from "./04-mentions.ts";

/**
 * Lists of mentions as columns, to cross threads: a few large arrays clone much faster than hundreds of thousands
 * of objects. `counts[k]` mentions belong to list k. Booleans are 0 (absent), 1 (false) or 2 (true). Strings are
 * codes (-1 for none) into the sender's `StringCodes`; `strings` are those first coded in this batch, in code order,
 * so that each distinct name crosses once, however often it is mentioned.
 */
export interface MentionColumns {
  counts: Int32Array;
  start: Int32Array;
  end: Int32Array;
  sentence: Int32Array;
  /** Index in ENTITY_KINDS, or -1 for a bare name. */
  kind: Int8Array;
  demonym: Int8Array;
  nested: Int8Array;
  placeLead: Int8Array;
  programLead: Int8Array;
  articleLead: Int8Array;
  name: Int32Array;
  surface: Int32Array;
  canonical: Int32Array;
  title: Int32Array;
  country: Int32Array;
  org: Int32Array;
  acronym: Int32Array;
  strings: string[];
}

const flag = (b: boolean | undefined) => (b === undefined ? 0 : b ? 2 : 1);
const unflag = (n: number) => (n === 0 ? undefined : n === 2);

/** The sender's side: a code for each distinct string, in the order first seen. */
export class StringCodes {
  private readonly codes = new Map<string, number>();
  private fresh: string[] = [];

  code(s: string | undefined): number {
    if (s === undefined) return -1;
    let code = this.codes.get(s);
    if (code === undefined) {
      code = this.codes.size;
      this.codes.set(s, code);
      this.fresh.push(s);
    }
    return code;
  }

  /** The strings coded since the last call, in code order. */
  takeFresh(): string[] {
    const fresh = this.fresh;
    this.fresh = [];
    return fresh;
  }
}

/**
 * The receiver's side of one sender's `StringCodes`: its strings by code. Equal strings of several senders (given one
 * `shared` map) are one string, so that stage 05's many lookups by name hash each once and compare by identity.
 */
export class StringBook {
  private readonly strings: string[] = [];
  constructor(private readonly shared = new Map<string, string>()) {}

  learn(fresh: string[]): void {
    for (const s of fresh) {
      let one = this.shared.get(s);
      if (one === undefined) this.shared.set(s, (one = s));
      this.strings.push(one);
    }
  }

  at(code: number): string | undefined {
    return code < 0 ? undefined : this.strings[code];
  }
}

export function mentionsToColumns(lists: Mention[][], codes: StringCodes = new StringCodes()): MentionColumns {
  const n = lists.reduce((sum, l) => sum + l.length, 0);
  const c: MentionColumns = {
    counts: Int32Array.from(lists, (l) => l.length),
    start: new Int32Array(n),
    end: new Int32Array(n),
    sentence: new Int32Array(n),
    kind: new Int8Array(n),
    demonym: new Int8Array(n),
    nested: new Int8Array(n),
    placeLead: new Int8Array(n),
    programLead: new Int8Array(n),
    articleLead: new Int8Array(n),
    name: new Int32Array(n),
    surface: new Int32Array(n),
    canonical: new Int32Array(n),
    title: new Int32Array(n),
    country: new Int32Array(n),
    org: new Int32Array(n),
    acronym: new Int32Array(n),
    strings: [],
  };
  let k = 0;
  for (const list of lists)
    for (const m of list) {
      c.start[k] = m.start;
      c.end[k] = m.end;
      c.sentence[k] = m.sentence;
      c.kind[k] = m.kind === null ? -1 : ENTITY_KINDS.indexOf(m.kind);
      c.demonym[k] = flag(m.demonym);
      c.nested[k] = flag(m.nested);
      c.placeLead[k] = flag(m.placeLead);
      c.programLead[k] = flag(m.programLead);
      c.articleLead[k] = flag(m.articleLead);
      c.name[k] = codes.code(m.name);
      c.surface[k] = codes.code(m.surface);
      c.canonical[k] = codes.code(m.canonical);
      c.title[k] = codes.code(m.title);
      c.country[k] = codes.code(m.country);
      c.org[k] = codes.code(m.org);
      c.acronym[k] = codes.code(m.acronym);
      k++;
    }
  c.strings = codes.takeFresh();
  return c;
}

/** The lists `mentionsToColumns` made; `book` reads the codes of the sender's earlier batches too. */
export function mentionsFromColumns(c: MentionColumns, book: StringBook = new StringBook()): Mention[][] {
  book.learn(c.strings);
  let k = 0;
  return Array.from(c.counts, (count) => {
    const list: Mention[] = [];
    for (const end = k + count; k < end; k++)
      list.push({
        start: c.start[k],
        end: c.end[k],
        kind: c.kind[k] < 0 ? null : ENTITY_KINDS[c.kind[k]],
        name: book.at(c.name[k])!,
        surface: book.at(c.surface[k])!,
        sentence: c.sentence[k],
        canonical: book.at(c.canonical[k]),
        demonym: unflag(c.demonym[k]),
        title: book.at(c.title[k]),
        country: book.at(c.country[k]),
        org: book.at(c.org[k]),
        acronym: book.at(c.acronym[k]),
        placeLead: unflag(c.placeLead[k]),
        programLead: unflag(c.programLead[k]),
        articleLead: unflag(c.articleLead[k]),
        nested: unflag(c.nested[k]),
      });
    return list;
  });
}
