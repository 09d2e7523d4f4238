// The corpus vocabulary that stage 04 reads: how often each word form is written, counted over every document in
// stages 02–03 (by the thread that prepares it), and from those counts the words the corpus writes in lowercase.

/** Corpus-wide knowledge the finder consults: which capitalised words are ordinary words. */
export interface Vocabulary {
  /** Words seen in lowercase somewhere in the corpus. */
  lower: ReadonlySet<string>;
}

/** How often each word form occurs, as written, in some of the corpus. */
export interface WordCounts {
  forms: Map<string, number>;
}

/**
 * What a vocabulary word is: a letter not preceded by a letter, digit, "@", "#", "/", "_", "." or "-", then lowercase
 * letters and hyphens, not followed by a letter, digit, "/", "_" or "@" (a word inside a handle, path or URL slug is
 * none). `WordCounter` scans for exactly these matches by hand; this expression is the specification it is tested
 * against.
 */
export const VOCABULARY_WORD = /(?<![\p{L}\p{N}@#/_.-])\p{L}[\p{Ll}-]*(?![\p{L}\p{N}/_@])/gu;
const STARTS_LOWER = /^\p{Ll}/u;

/** Character classes of a code point, as bits. */
const LETTER = 1;
const LOWER = 2;
const DIGIT = 4;
/** "@", "#", "/", "_", ".", "-": may not come before a word. */
const NOT_BEFORE = 8;
/** "/", "_", "@": may not come after a word. */
const NOT_AFTER = 16;
const HYPHEN = 32;

const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  let bits = 0;
  if (/[A-Za-z]/.test(ch)) bits |= LETTER;
  if (/[a-z]/.test(ch)) bits |= LOWER;
  if (/[0-9]/.test(ch)) bits |= DIGIT;
  if ("@#/_.-".includes(ch)) bits |= NOT_BEFORE;
  if ("/_@".includes(ch)) bits |= NOT_AFTER;
  if (ch === "-") bits |= HYPHEN;
  return bits;
});
const nonAsciiClasses = new Map<number, number>();
const IS_LETTER = /\p{L}/u;
const IS_LOWER = /\p{Ll}/u;
const IS_DIGIT = /\p{N}/u;

function classOf(cp: number): number {
  if (cp < 128) return ASCII_CLASSES[cp];
  let bits = nonAsciiClasses.get(cp);
  if (bits === undefined) {
    const ch = String.fromCodePoint(cp);
    bits = (IS_LETTER.test(ch) ? LETTER : 0) | (IS_LOWER.test(ch) ? LOWER : 0) | (IS_DIGIT.test(ch) ? DIGIT : 0);
    nonAsciiClasses.set(cp, bits);
  }
  return bits;
}

/** The code point at `i` (a surrogate pair read as one), and the code point that ends just before `i`. */
const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;
function codePointAt(text: string, i: number): number {
  const u = text.charCodeAt(i);
  if (isHigh(u) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) return text.codePointAt(i)!;
  return u;
}
function codePointBefore(text: string, i: number): number {
  const u = text.charCodeAt(i - 1);
  if (isLow(u) && i >= 2 && isHigh(text.charCodeAt(i - 2))) return text.codePointAt(i - 2)!;
  return u;
}
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * Counts vocabulary words (see VOCABULARY_WORD) over any number of texts. A corpus has millions of words and some
 * tens of thousands of distinct ones, so a word is looked up by its place in the text (an open-addressing table of
 * FNV-1a hashes), and its characters are kept once, in one buffer, until `counts` makes the strings. A slot holds
 * all a lookup reads but those characters, so that a lookup touches two places in memory, not five: in a whole build
 * the table is cold by the next document.
 */
export class WordCounter {
  /** Four numbers a slot: a word's hash, the place of its characters in `chars`, their number (0: empty), its count. */
  private slots = new Int32Array(4 << 14);
  /** The characters of every distinct word, one after the other in the order they were first seen. */
  private chars = new Uint16Array(1 << 16);
  private used = 0;
  private size = 0;

  /** Adds the words of `text`. */
  count(text: string): void {
    const n = text.length;
    for (let p = 0; p < n;) {
      const cp = codePointAt(text, p);
      const w = width(cp);
      if (!(classOf(cp) & LETTER) || (p > 0 && classOf(codePointBefore(text, p)) & (LETTER | DIGIT | NOT_BEFORE))) {
        p += w;
        continue;
      }
      // Greedy run of lowercase letters and hyphens, remembering the last hyphen to backtrack to.
      let q = p + w;
      let lastHyphen = -1;
      while (q < n) {
        const c = codePointAt(text, q);
        const bits = classOf(c);
        if (!(bits & (LOWER | HYPHEN))) break;
        if (bits & HYPHEN) lastHyphen = q;
        q += width(c);
      }
      if (q < n && classOf(codePointAt(text, q)) & (LETTER | DIGIT | NOT_AFTER)) {
        // Not followed by what may follow a word: end before the last hyphen, or no word starts here.
        if (lastHyphen < 0) {
          p += w;
          continue;
        }
        q = lastHyphen;
      }
      this.add(text, p, q);
      p = q;
    }
  }

  private add(text: string, start: number, end: number): void {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const length = end - start;
    const { slots, chars } = this;
    const mask = (slots.length >> 2) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      if (slots[at + 2] === 0) break;
      if (slots[at] === hash && slots[at + 2] === length && sameChars(chars, slots[at + 1], text, start, length)) {
        slots[at + 3]++;
        return;
      }
    }
    if (this.used + length > chars.length) {
      const more = new Uint16Array(Math.max(chars.length * 2, this.used + length));
      more.set(chars);
      this.chars = more;
    }
    for (let i = 0; i < length; i++) this.chars[this.used + i] = text.charCodeAt(start + i);
    this.insert(hash, this.used, length, 1);
    this.used += length;
    if (++this.size * 2 > mask + 1) this.grow();
  }

  private insert(hash: number, offset: number, length: number, tally: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let slot = hash & mask;
    while (slots[(slot << 2) + 2] !== 0) slot = (slot + 1) & mask;
    const at = slot << 2;
    slots[at] = hash;
    slots[at + 1] = offset;
    slots[at + 2] = length;
    slots[at + 3] = tally;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 4)
      if (old[at + 2]) this.insert(old[at], old[at + 1], old[at + 2], old[at + 3]);
  }

  /** The counts so far, by word, in the order the words were first seen. */
  counts(): WordCounts {
    const found: number[] = [];
    for (let at = 0; at < this.slots.length; at += 4) if (this.slots[at + 2]) found.push(at);
    found.sort((a, b) => this.slots[a + 1] - this.slots[b + 1]); // by place in `chars`: the order first seen
    const forms = new Map<string, number>();
    for (const at of found) {
      const word = textOf(this.chars.subarray(this.slots[at + 1], this.slots[at + 1] + this.slots[at + 2]));
      forms.set(word, this.slots[at + 3]);
    }
    return { forms };
  }
}

/** The string of UTF-16 code units `units`, made a few thousand at a time (a call takes only so many arguments). */
function textOf(units: Uint16Array): string {
  let text = "";
  for (let i = 0; i < units.length; i += 4096) text += String.fromCharCode(...units.subarray(i, i + 4096));
  return text;
}

/** `text[start, start + length)` is `chars[offset, offset + length)`. */
function sameChars(chars: Uint16Array, offset: number, text: string, start: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (chars[offset + i] !== text.charCodeAt(start + i)) return false;
  return true;
}

/** Adds `more` into `into`. */
export function addWordCounts(into: WordCounts, more: WordCounts): WordCounts {
  for (const [w, n] of more.forms) into.forms.set(w, (into.forms.get(w) ?? 0) + n);
  return into;
}

export const emptyWordCounts = (): WordCounts => ({ forms: new Map() });

/**
 * The corpus vocabulary from its word counts: words written in lowercase often enough, against their capitalised
 * uses, to be ordinary words. A name that turns up in lowercase inside a handle or a URL slug ("roe" in "@roe46")
 * stays a name.
 */
export function vocabularyFromCounts(counts: WordCounts): Vocabulary {
  const lowerCount = new Map<string, number>();
  const capCount = new Map<string, number>();
  for (const [w, n] of counts.forms) {
    const c = w.charCodeAt(0); // ASCII letters decided without the Unicode class
    if (c >= 97 && c <= 122 ? true : c >= 65 && c <= 90 ? false : STARTS_LOWER.test(w))
      lowerCount.set(w, (lowerCount.get(w) ?? 0) + n);
    else {
      const l = w.toLowerCase();
      capCount.set(l, (capCount.get(l) ?? 0) + n);
    }
  }
  const lower = new Set<string>();
  for (const [w, n] of lowerCount) if (n * 10 >= (capCount.get(w) ?? 0)) lower.add(w);
  return { lower };
}

/** Builds the corpus vocabulary of `texts` (see `vocabularyFromCounts`). */
export function collectVocabulary(texts: Iterable<string>): Vocabulary {
  const counter = new WordCounter();
  for (const t of texts) counter.count(t);
  return vocabularyFromCounts(counter.counts());
}
