// Stage 02: text hygiene. Masks what must never become an entity or a sentence — Markdown escapes and markup, HTML
// tags and comments, non-breaking spaces, page chrome, image descriptions — without changing the text's length, so
// every offset found later still points into the raw document.

import type { DocumentText } from "./model.ts";
import { isSpaceCode, isWordCode } from "./tokens.ts";

/** Whole lines of web-page chrome ("Stay Connected", "Scroll to Top"), matched case-insensitively. */
const CHROME_LINES = [
  /^stay connected$/i,
  /^sign up$/i,
  /^(scroll to top\s*)+$/i,
  /^(share|print|email|tweet|menu|search|close|home|back to top|skip to (main )?content|subscribe)$/i,
  /^opt in to (send and )?receive text messages\b.*$/i,
  /^we['’]ll be in touch with the latest information\b.*$/i,
  /^(follow|like) us on\b.*$/i,
];
/** Any of CHROME_LINES, as one expression: each line is tested once, not once a pattern. */
const CHROME_LINE = new RegExp(CHROME_LINES.map((re) => `(?:${re.source})`).join("|"), "i");

/** Paragraphs that describe an image rather than say something: alt text, signatures, photo captions. */
const IMAGE_DESCRIPTION =
  /^(?:\[?(?:image|photo|picture|graphic|figure|video)(?: description)?[:\]]|(?:an?|the) (?:\w+ ){0,4}(?:signature|image|photo(?:graph)?|picture|logo|seal|illustration|graphic)\b[^.]*\b(?:appear(?:s|ing)?|show(?:s|ing)|depict(?:s|ing)|read(?:s|ing)|ink|featur(?:es|ing)|written|drawn)\b)/i;

/** "A photograph of the two leaders at the National Palace.": a short verbless caption of a picture. */
const CAPTION = /^(?:an?|the) (?:\w+ ){0,2}(?:photo(?:graph)?|image|picture|illustration|seal|logo|portrait) of\b/i;
const FINITE_VERB =
  /\b(is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|said|says)\b/i;

function isCaption(paragraph: string): boolean {
  return (
    paragraph.length < 160 && CAPTION.test(paragraph) && !FINITE_VERB.test(paragraph) && !/\n\s*\n/.test(paragraph)
  );
}

const blank = (s: string) => s.replace(/[^\n]/g, " ");

/** An HTML comment, or a tag (opening, closing or empty) of any element: `maskMarkup` tells elements from other text. */
const HTML_MARKUP = /<!--[\s\S]*?-->|<\/?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>/g;
/** An ordinal's letters in superscript after its number. */
const ORDINAL_SUPERSCRIPT = /(\d)<sup>(st|nd|rd|th)<\/sup>/gi;
/** Elements that run inside a line of text: their tags become spaces. */
const INLINE_ELEMENTS: ReadonlySet<string> = new Set(
  "a abbr b bdi bdo big cite code data del dfn em font i img ins kbd label mark q s samp small span strike strong sub sup time tt u var wbr".split(
    " ",
  ),
);
/** Elements that make blocks of their own (paragraphs, list items, table rows and cells): their tags end a paragraph. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set(
  "address article aside blockquote br caption center col colgroup dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split(
    " ",
  ),
);

/** A comment or an element's tag as spaces, a block's tag opening with a blank line; anything else ("<5%") as it is. */
function maskMarkup(markup: string, element: string | undefined): string {
  if (element === undefined) return blank(markup);
  const name = element.toLowerCase();
  if (INLINE_ELEMENTS.has(name)) return blank(markup);
  if (BLOCK_ELEMENTS.has(name)) return "\n\n" + blank(markup.slice(2));
  return markup;
}

/** `text` with the ranges `[start, end)` (in any order, overlapping or not) replaced by spaces, newlines kept. */
function maskRanges(text: string, ranges: Array<[number, number]>): string {
  if (!ranges.length) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0; // text before `at` is in `out`
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + blank(text.slice(from, end));
    at = end;
  }
  return out + text.slice(at);
}

export interface CleanDocument extends DocumentText {
  /** `text` after hygiene: same length as `raw`. */
  clean: string;
}

export function cleanText(text: string): string {
  // Unicode spaces and invisible characters become plain spaces (one for one).
  let t = text.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff\u200b-\u200d\u2060\t\r\f\v]/g, " ");
  // Markdown escapes: "\$600" → " $600", "\###" → "    ". An escaped underscore joins words where prose has a space
  // ("White\_House Press Secretary"): two spaces.
  t = t.replace(/\\([\\`*_{}[\]()#+\-.!$&|~<>"'])/g, (_m, c: string) => (c === "_" ? "  " : ` ${c}`));
  // HTML inside Markdown or plain text ("<u>Ada Roe</u>", "<td>Tidal Fund</td>", "<!-- -->"): the markup goes, its
  // text stays; a block's tag ends a paragraph, so that table cells and lines are not read as one sentence.
  if (t.includes("<")) {
    // "the 4<sup>th</sup> Tidal Forum": the ordinal's letters join its number ("4th"), the tags' spaces follow.
    t = t.replace(ORDINAL_SUPERSCRIPT, (m, digit: string, suffix: string) => digit + suffix.padEnd(m.length - 1));
    t = t.replace(HTML_MARKUP, maskMarkup);
  }
  // Markdown images and link targets: keep the link text, drop the URL.
  // A label may be hard-wrapped over lines ("[sent a\n    letter](https://…)"), a target not.
  t = t.replace(/!\[[^\]\n]*(?:\n[^\]\n]*){0,3}\]\([^)\n]*\)/g, blank);
  t = t.replace(
    /\[([^\]\n]*(?:\n[^\]\n]*){0,3})\]\(([^)\n]*)\)/g,
    (_m, label: string, url: string) => ` ${label} ${" ".repeat(url.length + 2)}`,
  );
  // Bare URLs and emphasis markers, heading hashes, horizontal rules.
  t = t.replace(/\bhttps?:\/\/\S+/g, blank);
  // Social media handles ("@TidesDirector Jane Roe"): an account, not a title or a name; an e-mail address stays.
  if (t.includes("@")) t = t.replace(/(?<![\w.@])@\w+/g, blank);
  t = maskEmphasis(t);
  // Each search only where it can match: a text without "#" has no heading hashes, one without a marker repeated
  // (spaces between allowed) no rule.
  if (t.includes("#")) t = t.replace(/^[ \t]*#{1,6}(?=\s|$)/gm, blank);
  if (/([-*_=])\s*\1/.test(t)) t = t.replace(/^[ \t]*([-*_=])(\s*\1){2,}[ \t]*$/gm, blank);
  // A transcript's question marker at the start of a line ("Q  Did the Tidal Office …") is no part of a name.
  if (t.includes("Q")) t = t.replace(/^[ \t]*Q:?(?=[ \t]+\S)/gm, blank);

  return maskParagraphs(t);
}

/**
 * Emphasis markers: every "**" and "__", and a lone "*" that opens (no word or "*" before, no space after) or closes
 * (no space before, no word or "*" after) a span. `EMPHASIS` is the specification; this scans for the same matches
 * by hand, since the expression's lookbehind at every position of every document was a tenth of stage 02.
 */
export const EMPHASIS = /(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))/g;

export function maskEmphasis(t: string): string {
  const ranges: Array<[number, number]> = [];
  const n = t.length;
  let star = -2;
  let under = -2;
  for (let p = 0; p < n;) {
    // Each search resumes only once the scan has passed what it found.
    if (star !== -1 && star < p) star = t.indexOf("*", p);
    if (under !== -1 && under < p) under = t.indexOf("__", p);
    const c = star < 0 ? under : under < 0 ? star : Math.min(star, under);
    if (c < 0) break;
    if (c === under || t.charCodeAt(c + 1) === 42) {
      ranges.push([c, c + 2]);
      p = c + 2;
      continue;
    }
    const before = c > 0 ? t.charCodeAt(c - 1) : -1;
    const after = c + 1 < n ? t.charCodeAt(c + 1) : -1;
    const opens = !(before >= 0 && (isWordCode(before) || before === 42)) && after >= 0 && !isSpaceCode(after);
    const closes = before >= 0 && !isSpaceCode(before) && !(after >= 0 && (isWordCode(after) || after === 42));
    if (opens || closes) ranges.push([c, c + 1]);
    p = c + 1;
  }
  return maskRanges(t, ranges);
}

/** Masks chrome lines and image-description paragraphs. */
function maskParagraphs(t: string): string {
  const ranges: Array<[number, number]> = [];
  for (let at = 0; at < t.length;) {
    const newline = t.indexOf("\n", at);
    const end = newline < 0 ? t.length : newline;
    if (end > at && CHROME_LINE.test(t.slice(at, end).trim())) ranges.push([at, end]);
    at = end + 1;
  }
  const paraRe = /(?:^|\n[ \t]*\n)([\s\S]*?)(?=\n[ \t]*\n|$)/g;
  for (let m = paraRe.exec(t); m; m = paraRe.exec(t)) {
    const body = m[1];
    const start = m.index + m[0].length - body.length;
    if (IMAGE_DESCRIPTION.test(body.trim()) || isCaption(body.trim())) ranges.push([start, start + body.length]);
    if (m[0].length === 0) paraRe.lastIndex++;
  }
  return maskRanges(t, ranges);
}

export function cleanDocument(doc: DocumentText): CleanDocument {
  return { ...doc, clean: cleanText(doc.text) };
}
