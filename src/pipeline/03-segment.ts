// Stage 03: sentence segmentation with offsets. Blocks are split at blank lines, Markdown hard breaks and short
// unpunctuated lines (headings, letterheads, address blocks); blocks into sentences at . ! ? followed by a capital,
// except after abbreviations ("U.S. Senate", "John Q. Public, Jr."), unless the abbreviation is one that can end a
// sentence and the next word is one that opens sentences ("… in Washington, D.C. This …"). A "Heading: sentence"
// opening is split off.

export interface Sentence {
  /** Offsets into the document (UTF-16), trimmed of surrounding whitespace. */
  start: number;
  end: number;
  /** Index of the block (paragraph) the sentence belongs to. */
  block: number;
  /** True for headings: short lines without final punctuation, or a Title Case run ending in ":". */
  heading: boolean;
}

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr jr sr st gen lt col sgt maj capt cmdr adm rep sen gov amb hon rev prof smt no vol inc ltd co corp " +
    "vs etc e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n d.c a.m p.m approx dept est fig " +
    "u.s.a e.u op art sec ch para pp mt ft"
  ).split(" "),
);

/**
 * Abbreviations that can end a sentence, besides initialisms like "D.C.", "U.S." or "p.m.": company and generational
 * suffixes and "etc." come last in a name or list, so they often meet the final period. Titles ("Mr.", "Sen.",
 * "St.", "No.") and single-letter initials always go on to a name or number, so they never end one.
 */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(["inc", "ltd", "co", "corp", "jr", "sr", "etc"]);

/** Initialisms that introduce something, so never end a sentence: "e.g. The Senate" goes on. */
const NON_FINAL_INITIALISMS = new Set(["e.g", "i.e"]);

/**
 * Capitalised words that typically open a sentence and are not names or titles: after an abbreviation that can end a
 * sentence, one of them starts a new sentence ("… in Washington, D.C. This meeting …"), while anything else is read
 * as going on ("U.S. Senate", "D.C. Mayor", "Inc. Chief Executive"). Words that also begin titles or names ("Under
 * Secretary", "First Lady", "Most Reverend", "No.", "May") are left out on purpose.
 */
const SENTENCE_OPENERS = new Set(
  [
    // Articles, determiners and demonstratives.
    "The A An This That These Those Such Each Both Another",
    // Pronouns and possessives.
    "I It He She We They You There Here Its His Her Our Their My Your",
    // Conjunctions and prepositions.
    "And But Or So Yet For Nor In On At As By To With Without From During After Before Since Until While When",
    "Where If Although Though Because Once Unless Upon Over Through Throughout Following Despite Among Within",
    // Adverbs of time and discourse.
    "Today Yesterday Tomorrow Now Then Later Earlier Meanwhile However Also Additionally Moreover Furthermore",
    "Therefore Thus Instead Finally",
  ]
    .join(" ")
    .split(" "),
);

/** Longest line (chars) that counts as a heading when it has no final punctuation. */
const MAX_HEADING_CHARS = 80;

/** One letter ("a"), or initials and a letter ("u.s", "d.c"), as `isAbbreviation` reads them. */
const LETTER = /^\p{L}$/u;
const INITIALS = /^(\p{L}\.)+\p{L}$/u;
/** A word that may open a sentence, past a quote or bracket: the word is group 1. */
const OPENING_WORD = /^["“‘([]?(\p{L}+)(?![\p{L}\p{M}\p{N}.\-–])/u;
/** A line that carries on in lowercase. */
const LOWERCASE_LINE = /^[ \t]*\p{Ll}/u;
/** A "Title Case Heading: Sentence" opening: the heading is group 1. */
const HEADING_OPENING =
  /^((?:[\p{Lu}\d][\p{L}\p{M}\d’'.-]*|of|on|and|the|to|for|in|a|an|at|with|by)(?:[ ](?:[\p{Lu}\d][\p{L}\p{M}\d’'.-]*|of|on|and|the|to|for|in|a|an|at|with|by)){0,14}):\s+(?=\p{Lu})/u;
const STARTS_UPPER = /^\p{Lu}/u;

function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, "");
  return ABBREVIATIONS.has(w) || LETTER.test(w) || INITIALS.test(w);
}

/** Whether `line` ends with an abbreviation that never ends a sentence: an initial ("J."), a title ("Sen."). */
function endsWithNonFinalAbbreviation(line: string): boolean {
  if (!line.endsWith(".")) return false;
  const word = line.slice(wordStart(line, line.length)).replace(/^[("“[]+/, "");
  return isAbbreviation(word) && !canEndSentence(word);
}

/** True when `word` (the abbreviation, with its final period) can be the last word of a sentence. */
function canEndSentence(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (NON_FINAL_INITIALISMS.has(w)) return false;
  return SENTENCE_FINAL_ABBREVIATIONS.has(w) || INITIALS.test(w);
}

/**
 * True when the text at `at` (after the whitespace that follows a period, past any opening quote or bracket) starts
 * with a whole sentence opener: "This meeting", "It’s", "“The", but not "Interior", "In-Q-Tel" or "A.I.D.".
 */
function opensSentence(text: string, at: number): boolean {
  const head = text.slice(at, at + 40);
  const m = OPENING_WORD.exec(head);
  // "… in Washington, D.C. Mr. Roe clerked …": an honorific and a name open a sentence too.
  return (m !== null && SENTENCE_OPENERS.has(m[1])) || HONORIFIC_AND_NAME.test(head);
}

/** An honorific before a capitalised name: "Mr. Roe", "Dr. Ruiz". */
const HONORIFIC_AND_NAME = /^(?:Mr|Mrs|Ms|Dr)\.\s+\p{Lu}\p{Ll}/u;

/** JavaScript's white space and line terminators (`\s`, what `trim` removes), by UTF-16 code unit. */
function isSpace(u: number): boolean {
  return (
    u === 32 ||
    (u >= 9 && u <= 13) ||
    u === 0xa0 ||
    u === 0x1680 ||
    (u >= 0x2000 && u <= 0x200a) ||
    u === 0x2028 ||
    u === 0x2029 ||
    u === 0x202f ||
    u === 0x205f ||
    u === 0x3000 ||
    u === 0xfeff
  );
}

/** Where the run of non-space characters that ends at `end` starts (what `/(\S+)$/` finds in `text.slice(0, end)`). */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Splits the document into blocks: [start, end) ranges. */
/** A line that ends with markup (an HTML tag or comment) before its newline. */
const TAG_AT_LINE_END = />[ \t]*\n$/;

function blocks(text: string, source: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const lines: Array<[number, number]> = [];
  // Each line with its newline (what /[^\n]*(\n|$)/g matches, but for the empty match at the end).
  for (let at = 0; at < text.length;) {
    const newline = text.indexOf("\n", at);
    const end = newline < 0 ? text.length : newline + 1;
    lines.push([at, end]);
    at = end;
  }
  let blockStart = -1;
  let last = -1;
  const close = () => {
    if (blockStart >= 0) out.push([blockStart, last]);
    blockStart = -1;
  };
  for (let k = 0; k < lines.length; k++) {
    const [ls, le] = lines[k];
    const line = text.slice(ls, le);
    const body = line.trimEnd();
    if (body.trim() === "") {
      close();
      continue;
    }
    // A list item starts a block of its own.
    if (/^\s*([-*•]|\d{1,2}[.)])\s/.test(line)) close();
    if (blockStart < 0) blockStart = ls + (line.length - line.trimStart().length);
    last = ls + body.length;
    // Two spaces that were an HTML tag ("… on the 4<sup>th</sup>" / "day of May") are no Markdown hard break.
    const hardBreak = (line.endsWith("  \n") && !TAG_AT_LINE_END.test(source.slice(ls, le))) || line.endsWith("\\\n");
    const trimmed = body.trim();
    // A line that the next one carries on in lowercase is a hard-wrapped sentence, whatever it ends with ("… appealing
    // for $588" / "million to …"); so is one that ends with "&", which joins it to the next ("Centers for Tides &" /
    // "Tidal Services").
    const shortUnpunctuated =
      trimmed.length <= MAX_HEADING_CHARS &&
      !/[.,;:!?”"’)\-–—&]$/.test(trimmed) &&
      !/[a-z,]$/.test(trimmed) &&
      !(k + 1 < lines.length && LOWERCASE_LINE.test(text.slice(lines[k + 1][0], lines[k + 1][1])));
    // A short line that ends a sentence ends its block (a signature, a dateline), unless it ends with an abbreviation
    // that goes on to a name ("… fans of Ada J." / "Tamm today."), which ends no sentence.
    const shortSentence = /[:.!?]$/.test(trimmed) && trimmed.length < 40 && !endsWithNonFinalAbbreviation(trimmed);
    if (hardBreak || shortUnpunctuated || shortSentence) close();
  }
  close();
  return out;
}

/** Adds `text[s, e)`, its spaces trimmed, as a sentence of block `block`, unless nothing is left. */
function pushSentence(out: Sentence[], text: string, s: number, e: number, block: number, heading: boolean): void {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e, block, heading });
}

/**
 * Segments `text` (already cleaned) into sentences; offsets are the same in the raw document. `source` is the document
 * before hygiene (the same length), where a line's end tells a Markdown hard break from masked markup.
 */
export function segment(text: string, source: string = text): Sentence[] {
  const out: Sentence[] = [];
  const bs = blocks(text, source);
  bs.forEach(([bs0, be], block) => {
    let start = bs0;
    const slice = text.slice(bs0, be);
    // A "Title Case Heading: Sentence" opening.
    const head = HEADING_OPENING.exec(slice);
    if (head && STARTS_UPPER.test(head[1])) {
      pushSentence(out, text, bs0, bs0 + head[1].length, block, true);
      start = bs0 + head[0].length;
    }
    const isWholeHeading = !/[.!?:;,"”’)]$/.test(slice.trim()) && slice.trim().length <= MAX_HEADING_CHARS;
    // A sentence ends before a capital, a digit or an opening quote or bracket, and before an elision in brackets that
    // a new sentence follows ("… on Monday. […] As part of …").
    const re = /[.!?]+["”’)\]]*(?=\s+(?:\[\s*(?:…|\.\.\.)\s*\]\s+)?["“‘([]?[\p{Lu}\d])/gu;
    re.lastIndex = start - bs0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      // "[...]": the dots of an elision end no sentence.
      if (/\[\s?$/.test(slice.slice(Math.max(0, m.index - 2), m.index))) continue;
      const endAt = bs0 + m.index + m[0].length;
      const word = slice.slice(wordStart(slice, m.index + 1), m.index + 1);
      const abbreviation = word.replace(/^[("“]+/, "");
      if (m[0] === "." && isAbbreviation(abbreviation)) {
        // An abbreviation ends the sentence only if it can ("D.C.", "Inc.", not "Mr.") and a sentence opener follows.
        let next = m.index + m[0].length;
        while (next < slice.length && isSpace(slice.charCodeAt(next))) next++;
        if (!canEndSentence(abbreviation) || !opensSentence(slice, next)) continue;
      }
      pushSentence(out, text, start, endAt, block, false);
      start = endAt;
    }
    pushSentence(out, text, start, be, block, isWholeHeading && start === bs0);
  });
  return out;
}
