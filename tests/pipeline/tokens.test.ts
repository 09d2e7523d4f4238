// The hand-written scanners of the mention finder against the regular expressions that specify them: tokens
// (TOKEN, with its period and possessive rules) and vocabulary words (VOCABULARY_WORD), on odd strings and on the
// bundled corpus.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/pipeline/02-clean.ts";
import { segment } from "../../src/pipeline/03-segment.ts";
import { VOCABULARY_WORD, WordCounter } from "../../src/pipeline/vocabulary.ts";
import { TOKEN, tokenize, type Token } from "../../src/pipeline/tokens.ts";

const CORPUS = fileURLToPath(new URL("../../graph-data/corpus", import.meta.url));
const corpusTexts = () => fs.readdirSync(CORPUS).map((f) => cleanText(fs.readFileSync(path.join(CORPUS, f), "utf8")));

const ODD = [
  "U.S.-Mexico talks",
  "Mr. Roe’s visit; R. Doe, Jr. spoke.",
  "$600 million, €5 and £3",
  "a\u0301b \u0301x",
  "x\ud800 \ud800 \udc00y",
  "𝐀bc. 𝑎-b",
  "AT&T’s plan, e.g. i.e. a/b/c.",
  "3M’s 42nd end. Co. U.S",
  "x-\u0301y it's Roes' James’ DC's",
  "self-Driving re-elect-2020 @roe46 #tag a_b word. end-",
  "McDonald o'neil naïve-ly Ünïcödé é-à",
  "\u00a0nbsp\u2003em\u3000ideographic\ufeffbom",
];

/** The tokenizer as the expression states it, with the same rules for final periods and possessives. */
function reference(text: string, start = 0, end = text.length): Token[] {
  const KEEP_PERIOD =
    /^(\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Lt|Col|Sgt|Rep|Sen|Gov|Amb|Hon|Rev|Prof|Adm|Capt|Maj|Cmdr|Inc|Ltd|Co|Corp|No|Sept?|Jan|Feb|Aug|Oct|Nov|Dec)\.$/u;
  const out: Token[] = [];
  const slice = text.slice(start, end);
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    let word = m[0];
    const s = start + m.index;
    let e = s + word.length;
    if (word.length > 1 && word.endsWith(".") && !/\.\p{L}/u.test(word.slice(0, -1)) && !KEEP_PERIOD.test(word)) {
      word = word.slice(0, -1);
      e--;
      re.lastIndex--;
    }
    let possessive = false;
    const poss = /(?:[’']s|s[’'])$/.exec(word);
    if (poss && word.length > 2 && /\p{Lu}/u.test(word[0])) {
      possessive = true;
      const cut = /^[’']s$/.test(poss[0]) ? 2 : 1;
      word = word.slice(0, -cut);
      e -= cut;
    }
    out.push({
      text: word,
      start: s,
      end: e,
      cap:
        /^\p{Lu}/u.test(word) ||
        /^\d+\p{Lu}/u.test(word) ||
        /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|abd)-\p{Lu}/u.test(word),
      punct: !/[\p{L}\p{N}$]/u.test(word),
      possessive,
      lower: word.toLowerCase(),
    });
  }
  return out;
}

describe("tokenize", () => {
  it.each(ODD)("tokenizes %j as TOKEN does, whole and cut at either end", (text) => {
    expect(tokenize(text)).toEqual(reference(text));
    expect(tokenize(text, 1)).toEqual(reference(text, 1));
    expect(tokenize(text, 0, text.length - 1)).toEqual(reference(text, 0, text.length - 1));
  });

  it("tokenizes every sentence of the bundled corpus as TOKEN does", () => {
    for (const text of corpusTexts())
      for (const s of segment(text)) expect(tokenize(text, s.start, s.end)).toEqual(reference(text, s.start, s.end));
  });

  it("reads a name joined to its lowercase Arabic article as capitalised: 'al-Tamm', not 'al-based'", () => {
    const caps = (text: string) => tokenize(text).map((t) => [t.text, t.cap]);
    expect(caps("Ada al-Tamm")).toEqual([
      ["Ada", true],
      ["al-Tamm", true],
    ]);
    expect(caps("an al-based plan")).toContainEqual(["al-based", false]);
  });

  it("makes each token's text the text it spans", () => {
    for (const text of [...ODD, ...corpusTexts()])
      for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("WordCounter", () => {
  const byExpression = (texts: string[]) => {
    const counts = new Map<string, number>();
    for (const t of texts) for (const m of t.matchAll(VOCABULARY_WORD)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    return counts;
  };
  const byCounter = (texts: string[]) => {
    const counter = new WordCounter();
    for (const t of texts) counter.count(t);
    return counter.counts().forms;
  };
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));

  it.each(ODD)("counts the words of %j as VOCABULARY_WORD finds them", (text) => {
    expect(sorted(byCounter([text]))).toEqual(sorted(byExpression([text])));
  });

  it("counts the words of the bundled corpus as VOCABULARY_WORD finds them", () => {
    const texts = corpusTexts();
    expect(sorted(byCounter(texts))).toEqual(sorted(byExpression(texts)));
  });

  it("keeps counting past its first table size", () => {
    const words = Array.from(
      { length: 40_000 },
      (_, k) => `w${"abcdefghij"[k % 10]}x${k.toString(36).replace(/\d/g, "q")}`,
    );
    const text = words.join(" ") + " " + words.slice(0, 100).join(" ");
    const forms = byCounter([text]);
    expect(sorted(forms)).toEqual(sorted(byExpression([text])));
  });
});
