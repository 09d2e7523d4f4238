// Date expressions resolved against the document's date, with chrono-node (a maintained parser for
// "March 1", "yesterday", "last week", "earlier this year"). Results are ISO strings only as precise as the text:
// "2021", "2021-03", "2021-03-01". Without a document date, only dates that state their year are kept.

// English only: the package root loads every locale, a second of start-up in each worker thread.
import * as chronoEnglish from "chrono-node/en";

export interface DateMention {
  start: number;
  end: number;
  iso: string;
  /** A year on its own ("in 2022"): weak evidence of when something happened. */
  bare?: true;
}

/**
 * Cheap filter: chrono only runs on sentences that can hold a date. Month names are matched capitalised only ("may"
 * and "march" are verbs); the relative words open sentences too ("Yesterday, the delegations met").
 */
const DATE_HINT =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Ll]ast|[Nn]ext|[Tt]his (?:week|month|year)|[Ee]arlier|(?:19|20)\d\d)\b/;

/** A year on its own after a preposition of time: "In 2022 the program began", "since 2019". */
const BARE_YEAR =
  /\b(?:(?:[Ii]n|[Ss]ince|[Dd]uring|[Tt]hroughout|[Ee]arly|[Ll]ate)\s+|[Mm]id-)((?:19|20)\d\d)\b(?![-–/]\d)/g;

/** The preposition chrono takes into a date's text ("on 8 June 2021"): the date is the rest. */
const LEADING_PREPOSITION = /^(?:on|in|at|by|from|since|of|during|until)\s+/i;

/**
 * A sentence that speaks of what is to come: a date without a year in it may lie ahead of the document ("will meet
 * on March 1"); in any other, a day well past the document's was last year's ("spoke on March 1", written in
 * November). Within PAST_SLACK_DAYS it is the document's date that is off (a readout dated the evening before, in
 * another time zone).
 */
const SPEAKS_OF_FUTURE =
  /\b(?:will|shall|to be held|scheduled|upcoming|forthcoming|coming|ahead of|plans? to|planned|intends? to|going to|agreed to|to (?:hold|host|meet|convene|attend)|invit\w+|look(?:s|ed|ing)? forward|next|tomorrow|later this)\b/i;
const PAST_SLACK_DAYS = 31;
/** "in the week", "in the month": no date, whatever chrono makes of it. */
const IN_THE_SPAN = /^in the (?:week|month|year|day)\b/i;
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, "0");

function toDate(iso: string): Date {
  const [y, m = 1, d = 1] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** Finds the dates in `text[start, end)`; `ref` is the document's ISO date or null. */
export function findDates(text: string, start: number, end: number, ref: string | null): DateMention[] {
  const slice = text.slice(start, end);
  if (!DATE_HINT.test(slice)) return [];
  const refDate = ref && /^\d{4}-\d\d-\d\d$/.test(ref) ? toDate(ref) : ref ? toDate(ref) : undefined;
  const out: DateMention[] = [];
  let future: boolean | undefined;
  for (const r of chronoEnglish.casual.parse(slice, refDate ? { instant: refDate, timezone: 0 } : undefined)) {
    const c = r.start;
    // "Earlier in the week": chrono reads "in the week" as a week from now.
    if (IN_THE_SPAN.test(r.text)) continue;
    const yearKnown = c.isCertain("year") || (!!refDate && /^\d{4}-\d\d-\d\d$/.test(ref!));
    if (!yearKnown) continue;
    // Without a document date, only a date that states its year can be placed in time.
    if (!refDate && !/\b(19|20)\d\d\b/.test(r.text)) continue;
    // A bare year ("in 2022") or a number that is no date at all is left alone unless it looks like a year.
    if (
      !c.isCertain("month") &&
      !c.isCertain("day") &&
      !/\b(19|20)\d\d\b/.test(r.text) &&
      !/\b(week|month|year)\b/.test(r.text)
    )
      continue;
    let y = c.get("year")!;
    const m = c.get("month")!;
    const d = c.get("day")!;
    // chrono places a day without a year in the year closest to the document; a past sentence means the last one.
    const placed = Date.UTC(y, m - 1, c.isCertain("day") ? d : 1, 12);
    if (
      refDate &&
      !c.isCertain("year") &&
      c.isCertain("month") &&
      placed > refDate.getTime() + PAST_SLACK_DAYS * DAY_MS
    )
      if (!(future ??= SPEAKS_OF_FUTURE.test(slice))) y -= 1;
    const relative = /\b(today|yesterday|tomorrow|tonight)\b/i.test(r.text);
    let iso = String(y);
    if (c.isCertain("month") || relative) iso += "-" + pad(m);
    if (c.isCertain("day") || relative) iso += "-" + pad(d);
    if (/\b(last|next|this) week\b/i.test(r.text)) iso = `${y}-${pad(m)}`;
    const lead = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
    out.push({ start: start + r.index + lead, end: start + r.index + r.text.length, iso });
  }
  for (const b of slice.matchAll(BARE_YEAR)) {
    const at = start + b.index + b[0].length - b[1].length;
    if (!out.some((o) => o.start <= at && at < o.end)) out.push({ start: at, end: at + 4, iso: b[1], bare: true });
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}

/** The document's date: front matter, else a date line near the top (a letterhead), else null. */
export function documentDate(metaDate: string | null, text: string, headLines: Array<[number, number]>): string | null {
  if (metaDate) return metaDate;
  for (const [s, e] of headLines) {
    const line = text.slice(s, e).trim();
    if (!/^[A-Z][a-z]+\.? \d{1,2}(st|nd|rd|th)?,? \d{4}$|^\d{1,2} [A-Z][a-z]+ \d{4}$|^\d{4}-\d\d-\d\d$/.test(line))
      continue;
    const found = findDates(text, s, e, null);
    if (found.length && /^\d{4}-\d\d-\d\d$/.test(found[0].iso)) return found[0].iso;
  }
  return null;
}

/**
 * Whether ISO dates `a` (null: unknown, which passes) and `b`, each as precise as written, lie within `days` of each
 * other; a year alone counts from its middle, a month from its first day.
 */
export function withinDays(a: string | null | undefined, b: string, days: number): boolean {
  if (!a) return true;
  const day = (iso: string) => {
    const [y, m = 7, d = 1] = iso.split("-").map(Number);
    return Date.UTC(y, m - 1, d) / 86_400_000;
  };
  return Math.abs(day(a) - day(b)) <= days;
}
