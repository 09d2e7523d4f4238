// A title for a document whose front matter gives none: "Letter to <addressee>" for a letter, else its first real
// heading, else its first sentence shortened at a word. Letterheads, datelines and dates are never titles.

import type { Sentence } from "./03-segment.ts";

/** Longest inferred title, in characters, before it is cut at a word and ends with "…". */
export const MAX_TITLE_CHARS = 100;
/** Only this many sentences from the top are read for a heading or an address block. */
const HEAD_SENTENCES = 15;

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

const MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
const DATE_LINE = new RegExp(
  `^(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})\\.?$`,
  "i",
);
/** "His Excellency", "The Honorable": the line above an addressee's name. */
const HONORIFIC_LINE =
  /^(?:(?:his|her|their)\s+(?:excellency|excellencies|majesty|royal\s+highness)|the\s+(?:right\s+)?honou?rable)$/i;
const SALUTATION = /^dear\b/i;
/** Press-release boilerplate above the text. */
const BOILERPLATE =
  /^(?:for\s+immediate\s+release|office\s+of\s+the\s+\w+(?:\s+\w+)?|embargoed\b.*|contact:.*|press\s+release)$/i;

const HAS_LOWER = /\p{Ll}/u;

/** A letterhead or dateline: all capitals and short ("THE MINISTRY", "WASHINGTON"), a date, or boilerplate. */
function letterhead(line: string): boolean {
  const words = line.split(" ").length;
  return (!HAS_LOWER.test(line) && words <= 6) || DATE_LINE.test(line) || BOILERPLATE.test(line);
}

function shorten(text: string): string {
  if (text.length <= MAX_TITLE_CHARS) return text;
  const cut = text.slice(0, MAX_TITLE_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_TITLE_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, "")}…`;
}

/**
 * The title of `text` from its sentences (stage 03): for a letter (a "Dear …" salutation near the top), the
 * addressee from the address block above it (`Letter to Ana Lopez, Minister of Trade of Ruritania`); else the first
 * heading of four words or more above the prose that is no letterhead; else the first sentence, shortened. Null for
 * no text.
 */
export function inferTitle(text: string, sentences: readonly Sentence[]): string | null {
  const head = sentences.slice(0, HEAD_SENTENCES).map((s) => ({ line: collapse(text.slice(s.start, s.end)), s }));
  const salutation = head.findIndex(({ line }) => SALUTATION.test(line));
  if (salutation > 0) {
    // Address blocks are often one line per item with no blank lines between, so they are read line by line.
    const address = text
      .slice(0, head[salutation].s.start)
      .split("\n")
      .map(collapse)
      .filter((line) => line !== "" && !letterhead(line) && !HONORIFIC_LINE.test(line));
    if (address.length > 0) {
      // Name, then office; a last line after those is the place (a city, a street) and stays out.
      const office = address.length >= 3 ? `, ${address[1]}` : "";
      return shorten(`Letter to ${address[0]}${office}`);
    }
  }
  // Only a heading above the first sentence of prose is the document's title; later ones head sections.
  const prose = head.findIndex(({ s }) => !s.heading);
  const top = prose < 0 ? head : head.slice(0, prose);
  const heading = top.find(({ line }) => line.split(" ").length >= 4 && !letterhead(line));
  if (heading) return shorten(heading.line.replace(/:$/, ""));
  const first = head.find(({ line }) => line.length > 3 && !letterhead(line));
  return first ? shorten(first.line) : null;
}
