// Date expressions resolved against the document's date, with chrono-node (a maintained parser for
// "March 1", "yesterday", "last week", "earlier this year"). Results are ISO strings only as precise as the text:
// "2021", "2021-03", "2021-03-01". Without a document date, only dates that state their year are kept.

// English only: the package root loads every locale, a second of start-up in each worker thread.
import * as chronoEnglish from "chrono-node/en";

export interface DateMention {
  start: number;
  end: number;
  iso: string;
}

/** Cheap filter: chrono only runs on sentences that can hold a date. */
const DATE_HINT =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|today|yesterday|tomorrow|tonight|last|next|this (?:week|month|year)|earlier|(?:19|20)\d\d)\b/;

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
  for (const r of chronoEnglish.casual.parse(slice, refDate ? { instant: refDate, timezone: 0 } : undefined)) {
    const c = r.start;
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
    const y = c.get("year")!;
    const m = c.get("month")!;
    const d = c.get("day")!;
    const relative = /\b(today|yesterday|tomorrow|tonight)\b/i.test(r.text);
    let iso = String(y);
    if (c.isCertain("month") || relative) iso += "-" + pad(m);
    if (c.isCertain("day") || relative) iso += "-" + pad(d);
    if (/\b(last|next|this) week\b/i.test(r.text)) iso = `${y}-${pad(m)}`;
    out.push({ start: start + r.index, end: start + r.index + r.text.length, iso });
  }
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
