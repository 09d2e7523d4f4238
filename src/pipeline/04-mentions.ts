// Stage 04: mention finding. Capitalised runs of words are read as people behind titles and appositions,
// organisations by their head noun, countries, demonyms and places by the gazetteer. What cannot be read yet
// stays an unresolved name for stage 05, which matches it against what the whole corpus has established.

import type { EntityKind } from "../schema/graph.ts";
import {
  DEMONYM_ELSEWHERE,
  DIRECTIONS,
  GAZETTEER,
  GAZETTEER_MAX_WORDS,
  PLACE_HEADS,
  US_STATE_NAMES,
  type GazetteerEntry,
} from "./lexicon/geography.ts";
import {
  AGENCY_HEADS,
  HEADLESS_BODIES,
  CLASS_WORDS,
  kindOfHead,
  MEETING_HEADS,
  MULTILATERAL_PREFIXES,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NUMBERED_HEADS,
  PROGRAM_HEADS,
} from "./lexicon/organisations.ts";
import {
  ACADEMIC_STYLES,
  HONORIFICS,
  isLeaderTitle,
  OFFICE_QUALIFIERS,
  OFFICES_OF_GENERAL,
  PERSON_HONORIFIC,
  RANK_CLASSES,
  RANK_MODIFIERS,
  RANKS_AFTER_OFFICE,
  STAFF_AFTER,
  TITLE_HEADS,
  TITLE_NOUNS,
} from "./lexicon/titles.ts";
import {
  ARTICLES,
  CALENDAR_WORDS,
  DOMAIN_WORDS,
  FUNCTION_WORDS,
  GERUND,
  OBSERVANCE_HEADS,
  ORDINAL_OPENERS,
  PEOPLE_PLURALS,
} from "./lexicon/words.ts";
import type { Sentence } from "./03-segment.ts";
import {
  initialsOf,
  isAcronym,
  isInitial,
  isSpaceCode,
  isWordCode,
  titleCase,
  tokenize,
  type Token,
} from "./tokens.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** Head nouns that name one body even alone ("Congress", "the Senate"). */
const STANDALONE_BODIES = new Set(["Congress", "Senate", "Parliament", "Pentagon", "Treasury", "Cabinet"]);

/** Made only by `newMention` and `mentionsFromColumns` below (and copied by `bindMention` in stage 05), which list every field. */
export interface Mention {
  start: number;
  end: number;
  /** Kind, or null for a bare name that stage 05 resolves against known entities. */
  kind: EntityKind | null;
  /** Normalised name: whitespace collapsed, all-caps title-cased, possessive dropped. */
  name: string;
  /** The surface form as written (whitespace collapsed): becomes an alias. */
  surface: string;
  sentence: number;
  /** Gazetteer hit: canonical name of the country or place. */
  canonical?: string;
  demonym?: boolean;
  title?: string;
  /** Stated country of a person or organisation (canonical name). */
  country?: string;
  /** Surface of an organisation named in a person's title ("at the National Glacier Council"). */
  org?: string;
  /** An acronym defined for this name: "U.S. Office of Coastal Mapping (USOCM)". */
  acronym?: string;
  /** For unresolved names: the words just before place it ("in", "at", "near" …), which stage 05 weighs. */
  placeLead?: boolean;
  /** For unresolved names: the words just before make it a programme ("funding and implementation of …"). */
  programLead?: boolean;
  /** For an unresolved name of one word: an article before it, and no noun after it that it names ("the West", "the
   * Hill,"; not "the Tamm administration"): no person's name. */
  articleLead?: boolean;
  /** Inside another entity's name or title. */
  nested?: boolean;
}

/** Words before a bare name that place it: "in", "at", "near" … */
const LOCATIVE_LEAD = /\b(?:in|at|near|outside|across|throughout)\s*$/;

/**
 * The last words LOCATIVE_LEAD and PROGRAM_CONTEXT may end with, in any case: a test that both need to pass.
 * `leadWordAtEnd` scans for exactly these matches by hand; this expression is the specification it is tested against.
 */
const LEAD_WORD_LIST = ["in", "at", "near", "outside", "across", "throughout", "of", "for", "and", "the"];
export const LEAD_WORD_AT_END = new RegExp(String.raw`\b(?:${LEAD_WORD_LIST.join("|")})\s*$`, "i");
const LEAD_WORDS: ReadonlySet<string> = new Set(LEAD_WORD_LIST);

/** Whether `text` ends with a word of LEAD_WORD_LIST, then only spaces: `LEAD_WORD_AT_END.test(text)`, faster. */
export function leadWordAtEnd(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return end - start <= 10 && LEAD_WORDS.has(text.slice(start, end).toLowerCase());
}

/** Words before a bare name that make it a programme: "funding and implementation of …". */
const PROGRAM_CONTEXT =
  /\b(funding|implementation|implementing|participation|launch(?:ed|ing)?|expansion|enrollment|beneficiaries|support for|funds?)\b[^.;:]{0,70}\b(of|in|for|and|the)\s*$/i;

/** The people a programme serves, after its name: "the DACA recipients", "Tidal Grant beneficiaries". */
const PROGRAM_PEOPLE_AFTER = /^\s+(?:beneficiaries|recipients|enrollees)\b/;

/** Whitespace that `collapse` would change: any but a single inner space. */
const UNCOLLAPSED = /[^\S ]| {2}|^ | $/;
const collapse = (s: string) => (UNCOLLAPSED.test(s) ? s.replace(/\s+/g, " ").trim() : s);

/** A token is a common word if it is a function or calendar word, or the corpus writes it in lowercase. */
function isCommon(t: Token, vocab: Vocabulary): boolean {
  return commonWords(vocab).has(t.lower);
}

/** Function words, calendar words and the vocabulary's lowercase words as one set, made once per vocabulary. */
let common: { lower: ReadonlySet<string>; words: ReadonlySet<string> } | null = null;
function commonWords(vocab: Vocabulary): ReadonlySet<string> {
  if (common?.lower !== vocab.lower)
    common = { lower: vocab.lower, words: new Set([...FUNCTION_WORDS, ...CALENDAR_WORDS, ...vocab.lower]) };
  return common.words;
}

/** Words that open names far more often than they end a title: a title ending in one is cut short. */
const NAME_OPENERS =
  /^(?:National|Public|New|United|American|Federal|International|Global|Royal|Central|Northern|Southern|Eastern|Western|Greater)$/;

/** The last word of a company's name. */
const COMPANY_SUFFIX = /^(?:Inc|Ltd|LLC|Corp|PLC|GmbH|S\.A|AG)\.?$/;

/** An honorific or an academic style before a name ("Dr.", "The Honorable", "Professor"): no office. */
const isStyleOfAddress = (t: Token) => HONORIFICS.has(t.text) || ACADEMIC_STYLES.has(t.text);
const isTitleWord = (t: Token) => TITLE_HEADS.has(t.text) || TITLE_NOUNS.has(t.lower);
const isTitleNoun = (t: Token) => TITLE_NOUNS.has(t.lower) && (t.cap || t.text.length > 3);
/** The last words of HEADLESS_BODIES: a name that ends otherwise is none of them. */
const HEADLESS_LAST_WORDS: ReadonlySet<string> = new Set(
  [...HEADLESS_BODIES].map((b) => b.slice(b.lastIndexOf(" ") + 1)),
);
const isOrgHead = (w: string) => AGENCY_HEADS.has(w) || PROGRAM_HEADS.has(w);

/** Every prefix of every gazetteer name: a form that is none of these cannot grow into a name. */
const GAZETTEER_PREFIXES: ReadonlySet<string> = new Set(
  [...GAZETTEER.keys()].flatMap((form) => Array.from({ length: form.length }, (_, k) => form.slice(0, k + 1))),
);

/**
 * Longest gazetteer match starting at token i of `ts` (words only). Forms grow a token at a time and stop at the
 * first that no name starts with: the form of n tokens is a prefix of the form of n + 1.
 */
function gazetteerAt(text: string, ts: Token[], i: number): { entry: GazetteerEntry; len: number } | null {
  let best: { entry: GazetteerEntry; len: number } | null = null;
  const longest = Math.min(GAZETTEER_MAX_WORDS + 2, ts.length - i);
  let form = "";
  for (let n = 1; n <= longest; n++) {
    const last = ts[i + n - 1];
    // The form is the collapsed text the tokens span. A token's text is the text it spans, and between two tokens
    // there is only whitespace (one space in the form) unless a possessive ending was cut off the first.
    if (n === 1) form = last.text;
    else {
      const gap = gapBetween(text, ts[i + n - 2].end, last.start);
      form = gap === null ? collapse(text.slice(ts[i].start, last.end)) : form + gap + last.text;
    }
    if (!GAZETTEER_PREFIXES.has(form)) break;
    if (last.punct && last.text !== ".") continue;
    const entry = GAZETTEER.get(form);
    if (entry && !(entry.demonym && namesOtherPeople(text, entry, ts[i].start, last.end))) best = { entry, len: n };
  }
  return best;
}

/** "American Indian", "Indian Country": a demonym at `text[start, end)` that names no one of its country here. */
function namesOtherPeople(text: string, entry: GazetteerEntry, start: number, end: number): boolean {
  const elsewhere = DEMONYM_ELSEWHERE.get(entry.name);
  return (
    !!elsewhere &&
    (elsewhere.before.test(text.slice(Math.max(0, start - 16), start)) ||
      elsewhere.after.test(text.slice(end, end + 24)))
  );
}

/** What `collapse` makes of `text[from, to)` when it is whitespace only: "" or " "; null when it is not. */
function gapBetween(text: string, from: number, to: number): string | null {
  for (let k = from; k < to; k++) if (!isSpaceCode(text.charCodeAt(k))) return null;
  return from < to ? " " : "";
}

/** The "and" that ends a series inside a name: no conjunction between two names (see `splitConjunctions`). */
const SERIES_AND = new WeakSet<Token>();

/**
 * Where the series that the comma at `ts[at]` opens ends (the index of its "and"), when it completes a body's name;
 * else -1. The run so far ends in "<Head …> of|on|for [<Word>] <Word>", and after the comma come more capitalised
 * ordinary words, each alone, up to "[,] and <Word>": "Committee on Banking, Housing, and Urban Affairs". Ordinary
 * words only: "Department of Tides, USOCM, and …" is a list.
 */
function seriesInComplement(ts: Token[], at: number, run: Token[], vocab: Vocabulary): number {
  const n = run.length;
  // The complement's first item may have a word before it, and the head may stand further back: "Initiative for
  // Better Energy, Emissions, and Equity", "Plan of Action on Women, Peace, and Security".
  const c = COMPLEMENT_WORD.test(run[n - 2]?.text ?? "")
    ? n - 2
    : COMPLEMENT_WORD.test(run[n - 3]?.text ?? "")
      ? n - 3
      : -1;
  if (c < 1 || !seriesWord(run[n - 1], vocab)) return -1;
  if (c === n - 3 && !seriesName(run[n - 2])) return -1;
  for (let k = at; k < ts.length;) {
    if (ts[k].text !== ",") return -1;
    k++;
    // The last item may be a rarer word: "… Firearms and Explosives".
    if (isAnd(ts[k])) return seriesName(ts[k + 1]) && k > at + 1 && wholeSeries(ts, at, run, c, k) ? k : -1;
    if (!seriesWord(ts[k], vocab)) return -1;
    k++;
    if (isAnd(ts[k])) return seriesName(ts[k + 1]) && wholeSeries(ts, at, run, c, k) ? k : -1;
  }
  return -1;
}

const COMPLEMENT_WORD = /^(?:of|on|for)$/;

/** "and" or "&", which closes a series: "Council on Sports, Fitness, & Nutrition". */
const isAnd = (t: Token | undefined) => t?.text === "and" || t?.text === "&";

/** A capitalised word that may be an item of a series in a name: no acronym, no place. */
const seriesName = (t: Token | undefined): boolean =>
  !!t && t.cap && !t.punct && !isAcronym(t.text) && !GAZETTEER.has(t.text);

/** An item of a series in a name that is an ordinary word of the corpus. */
const seriesWord = (t: Token | undefined, vocab: Vocabulary): boolean => seriesName(t) && isCommon(t!, vocab);

/**
 * Whether the run with its series (up to the "and" at `ts[and]`) is one name: a body's head noun stands before the
 * complement (`run[c]`), or, without one, an acronym in brackets after the series spells the whole name: "Horizons in
 * Computing for Energy, Water, and Transport (HCEWT)".
 */
function wholeSeries(ts: Token[], at: number, run: Token[], c: number, and: number): boolean {
  for (let k = 0; k < c; k++) if (isOrgHead(titleCase(run[k].text))) return true;
  return spelledWhole(ts, run, at, and);
}

/**
 * Whether "(ACRONYM)" right after the series' last item (`ts[and + 1]`) spells the initials of the run and the
 * series together, each capitalised word's first letter.
 */
function spelledWhole(ts: Token[], run: Token[], at: number, and: number): boolean {
  const acronym = bracketedAcronym(ts, and + 2);
  return acronym !== null && capitalInitials([...run, ...ts.slice(at, and + 2)]) === acronym.text;
}

/** The acronym of "(ACRONYM)" at `ts[at]`, or null. */
function bracketedAcronym(ts: readonly Token[], at: number): Token | null {
  const acronym = ts[at + 1];
  return ts[at]?.text === "(" && ts[at + 2]?.text === ")" && acronym && isAcronym(acronym.text) ? acronym : null;
}

/** The first letters of the capitalised words of `words`, in order: what an acronym of them spells. */
const capitalInitials = (words: readonly Token[]): string =>
  words
    .filter((w) => w.cap && !w.punct)
    .map((w) => w.text[0])
    .join("");

/** A run of tokens that may name something: capitalised words joined by connectors. */
interface Run {
  tokens: Token[];
  /** Index in the sentence's token list of the first token. */
  at: number;
  /** The mention the run is, already read (see `namesAroundAcronyms`). */
  named?: Mention;
}

/** A token that can continue a name after a connector ("of", "and", "de"). */
const joinable = (x: Token | undefined) =>
  !!x && (x.cap || NAME_CONNECTORS.has(x.text)) && !CALENDAR_WORDS.has(x.lower);

const INSTRUMENT_NUMBER = /^\d+(?:-\d+)*$/;

/**
 * A possessive that stays inside a name: an ordinary plural noun ("Children’s Health Insurance Program", "Partnership
 * for Workers’ Rights"), not a name's owner ("Ruritania’s National Guard", "the Department of Tidal Services’ Grant",
 * "the United States’ Strategy", "DTS’s Office").
 */
function innerPossessive(t: Token, next: Token | undefined, vocab: Vocabulary, run: Token[]): boolean {
  if (!next?.cap || next.punct || !vocab.lower.has(t.lower) || !/(?:s|men|ren)$/.test(t.lower)) return false;
  if (!hasLower(t.text) || isOrgHead(titleCase(t.text))) return false;
  for (let k = 1; k <= Math.min(3, run.length); k++)
    if (
      GAZETTEER.has(
        run
          .slice(-k)
          .map((x) => x.text)
          .join(" "),
      )
    )
      return false;
  return true;
}

/**
 * Words inside gazetteer names that would end a run of capitalised words: lowercase ones after the first word
 * ("d’Ivoire"), and possessives without their ending ("People" of "People’s Republic …").
 */
const GAZETTEER_INNER_WORDS: ReadonlySet<string> = new Set(
  [...GAZETTEER.keys()].flatMap((form) =>
    form
      .split(" ")
      .flatMap((word, k) => [
        ...(k > 0 && /^\p{Ll}/u.test(word) ? [word] : []),
        ...(/[’']s$/.test(word) ? [word.slice(0, -2)] : []),
      ]),
  ),
);

/** Two neighbouring words of a gazetteer name, "Republic of", "People’s Republic". */
const GAZETTEER_WORD_PAIRS: ReadonlySet<string> = new Set(
  [...GAZETTEER.keys()].flatMap((form) => {
    const words = form.split(" ");
    return words.slice(1).map((word, k) => `${words[k]} ${word}`);
  }),
);

/**
 * Whether the tokens of `cur` (up to the gazetteer's longest name) and `next` begin a gazetteer name as written:
 * "People’s Republic" (of China), "Côte d’Ivoire". A possessive or a lowercase word there stays in the run.
 */
function continuesGazetteerName(text: string, cur: Token[], next: Token): boolean {
  const last = cur[cur.length - 1];
  if (!GAZETTEER_INNER_WORDS.has(next.text) && !GAZETTEER_INNER_WORDS.has(last.text)) return false;
  // Every form tried below ends with `last` and `next`, and a name that matches ends at a word of it; where both
  // tokens stand apart (space before `last`, or nothing, and between the two) they are two neighbouring words of it.
  const before = cur[cur.length - 2];
  const apart = (!before || before.end < last.start) && last.end < next.start;
  if (apart && !GAZETTEER_WORD_PAIRS.has(collapse(text.slice(last.start, next.end)))) return false;
  for (let n = 1; n <= Math.min(GAZETTEER_MAX_WORDS, cur.length); n++) {
    const form = collapse(text.slice(cur[cur.length - n].start, next.end));
    if (GAZETTEER.has(form) || GAZETTEER_PREFIXES.has(form + " ")) return true;
  }
  return false;
}

/** People named by a plural: "Persons", "Individuals", "Veterans", or a people's name ("Americans"). */
function peoplePlural(t: Token): boolean {
  if (PEOPLE_PLURALS.has(t.lower)) return true;
  const entry = t.text.endsWith("s") ? GAZETTEER.get(t.text.slice(0, -1)) : undefined;
  return entry?.demonym === true;
}

/** Whether a head noun of a body or programme stands in `cur`, or in the capitalised words after "with" at `at`. */
function withinBodyName(cur: Token[], ts: Token[], at: number): boolean {
  if (cur.some((x) => isOrgHead(titleCase(x.text)))) return true;
  for (let k = at + 1; k < ts.length && (ts[k].cap || NAME_CONNECTORS.has(ts[k].text)) && !ts[k].punct; k++)
    if (isOrgHead(titleCase(ts[k].text))) return true;
  return false;
}

/**
 * Whether "in" and the place at `ts[at]` locate the name `cur` rather than belong to it: `cur` is whole, ending in
 * its head noun ("Ashland University") or the head's "of" complement ("Ministry of Finance"), and more than a country
 * or demonym before its head or after its "of" ("American University in Cairo", "U.S. Embassy in Riga", "Embassy of
 * Latvia in Tallinn" are names whose place tells one from another). A topic after "on" or "for" keeps its place:
 * "Council on Doing Business in Africa".
 */
function locatedAfter(text: string, cur: Token[], ts: Token[], at: number): boolean {
  if (!ts[at]?.cap || !gazetteerAt(text, ts, at)) return false;
  const h = cur.findIndex((x) => isOrgHead(titleCase(x.text)) || MEETING_HEADS.has(titleCase(x.text)));
  // A gathering keeps its place: "the G7 Summit in Hiroshima" is one of many G7 summits.
  if (h < 0 || cur.some((x) => MEETING_HEADS.has(titleCase(x.text)))) return false;
  const whole =
    h === cur.length - 1 ||
    (cur[h + 1].text === "of" &&
      !cur.slice(h + 2).some((x) => x.text !== "and" && NAME_CONNECTORS.has(x.text) && x.text !== "the"));
  if (!whole) return false;
  // "the Embassy of Latvia in Tallinn", like "the U.S. Embassy in Riga": the place tells one embassy from another.
  const complement = cur.slice(h + 2).filter((x) => !ARTICLES.has(x.lower));
  if (complement.length && gazetteerAt(text, complement, 0)?.len === complement.length) return false;
  let from = 0;
  while (from < h && ARTICLES.has(cur[from].lower)) from++;
  const before = cur.slice(from, h);
  if (before.length && gazetteerAt(text, before, 0)?.len === before.length) return false;
  return before.length + (cur.length - h - 1) > 0;
}

/**
 * "the American Rescue Plan in the Elementary and Secondary School Emergency Relief Fund", "the Climate Office in the
 * Tidal House": after a name that ends in its head noun, "in the" and a name the gazetteer has for no place ("in the
 * Baltic States" is one) ends it. Without "the", a town may follow ("Tamsalu University in Tartu"), which stage 05
 * tells from a body's own name.
 */
function inWhatIsNoPlace(text: string, cur: Token[], ts: Token[], at: number): boolean {
  const last = cur[cur.length - 1];
  if (!last || !isOrgHead(titleCase(last.text)) || ts[at]?.lower !== "the") return false;
  return !!ts[at + 1]?.cap && !gazetteerAt(text, ts, at + 1);
}

/**
 * Verbs of a headline in Title Case ("Department of Tides Releases …", "Glacier Foundation Expands …"): after a body's
 * name, each ends it. Verbs that are also nouns of names ("Awards", "Issues", "Honors", "Marks") are left out.
 */
const HEADLINE_VERBS: ReadonlySet<string> = new Set(
  (
    "Announces Touts Launches Unveils Releases Joins Invests Expands Continues Celebrates Applauds Welcomes Urges " +
    "Delivers Convenes Nominates Appoints Highlights Commemorates Travels Hosts Meets Signs Visits Establishes Creates " +
    "Proposes Finalizes Approves Strengthens"
  ).split(" "),
);

/**
 * Whether the lowercase word `ts[at]` joins the capitalised words before it (the end of `cur`) and after it into one
 * name: an acronym in brackets right after those after it spells the initials of them all, from some word of `cur`
 * on, words like "and" and "of" aside ("Strengthening Tides and Accountability through Investigative Reporting
 * (STAIR)").
 */
function spelledAcross(cur: Token[], ts: Token[], at: number): boolean {
  let k = at + 1;
  while (k < ts.length && !ts[k].punct && (ts[k].cap || NAME_CONNECTORS.has(ts[k].text))) k++;
  const acronym = k === at + 1 ? null : bracketedAcronym(ts, k);
  if (!acronym || acronym.text.length < 3) return false;
  const after = capitalInitials(ts.slice(at + 1, k));
  if (!acronym.text.endsWith(after)) return false;
  const before = capitalInitials(cur);
  const wanted = acronym.text.slice(0, acronym.text.length - after.length);
  return wanted.length >= 2 && before.endsWith(wanted);
}

/**
 * Ends the run `cur` (from token `at`): its trailing connectors and punctuation go, and what is left joins `out`.
 * Gives the next run, empty. (A function of its own, not a closure made for each sentence.)
 */
function flushRun(out: Run[], cur: Token[], at: number): Token[] {
  if (!cur.length) return cur;
  while (cur.length && (NAME_CONNECTORS.has(cur[cur.length - 1].text) || cur[cur.length - 1].punct)) cur.pop();
  if (cur.length) out.push({ tokens: cur, at });
  return [];
}

function runs(text: string, ts: Token[], vocab: Vocabulary): Run[] {
  const out: Run[] = [];
  let cur: Token[] = [];
  let at = 0;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    const next = ts[i + 1];
    if (t.cap && !t.punct) {
      // "Department of Tides Releases Clean Harbor Rule …", "Secretary Ruiz Announces …": a headline's verb after a
      // body's whole name or a titled name stands between two names; a slogan's is a name's word ("the Harbor Delivers
      // Initiative").
      if (HEADLINE_VERBS.has(t.text) && cur.some((x) => isOrgHead(titleCase(x.text)) || isTitleWord(x))) {
        cur = flushRun(out, cur, at);
        continue;
      }
      if (!cur.length) at = i;
      cur.push(t);
      // A possessive ends a name: "Chile’s National Glacier Office" is two names.
      if (t.possessive && !innerPossessive(t, next, vocab, cur) && !(next && continuesGazetteerName(text, cur, next)))
        cur = flushRun(out, cur, at);
      continue;
    }
    if (cur.length && !t.punct && continuesGazetteerName(text, cur, t)) {
      cur.push(t);
      continue;
    }
    // "Workers’ Rights": the apostrophe of a plural possessive inside a name.
    if (
      cur.length &&
      /^[’']$/.test(t.text) &&
      ts[i - 1].end === t.start &&
      innerPossessive(ts[i - 1], next, vocab, cur)
    ) {
      cur.push(t);
      continue;
    }
    if (cur.length && NAME_CONNECTORS.has(t.text) && joinable(next)) {
      // "the Ministry of Finance in Tallinn", "Ashland University in Ohio": a place after a whole name locates it.
      if (t.text === "in" && (locatedAfter(text, cur, ts, i + 1) || inWhatIsNoPlace(text, cur, ts, i + 1))) {
        cur = flushRun(out, cur, at);
        continue;
      }
      // "… Department of Tides & Mr. Drew Tamm": a person behind an honorific is a name of their own.
      if ((t.text === "&" || t.text === "and") && PERSON_HONORIFIC.test(next!.text)) {
        cur = flushRun(out, cur, at);
        continue;
      }
      cur.push(t);
      continue;
    }
    // "Americans with Disabilities Act", "Rights of Persons with Disabilities": "with" after people named by a plural,
    // inside the name of a law or a body (its head noun before or after).
    if (
      cur.length &&
      t.text === "with" &&
      next?.cap &&
      peoplePlural(cur[cur.length - 1]) &&
      withinBodyName(cur, ts, i)
    ) {
      cur.push(t);
      continue;
    }
    // "Tidal Transparency through Investigative Reporting (TTIR)": a lowercase word inside a name that the acronym
    // after it spells.
    if (cur.length && next?.cap && !t.punct && !t.cap && spelledAcross(cur, ts, i)) {
      cur.push(t);
      continue;
    }
    // "Executive Order 14008", "Public Law 117-58": an instrument's number is part of its name.
    if (cur.length && INSTRUMENT_NUMBER.test(t.text) && NUMBERED_HEADS.has(cur[cur.length - 1].text)) {
      cur.push(t);
      cur = flushRun(out, cur, at);
      continue;
    }
    // "Bureau of Alcohol, Tobacco, Firearms and Explosives": a series of ordinary words after a head's "of", "on" or "for".
    const seriesEnd = cur.length && t.text === "," ? seriesInComplement(ts, i, cur, vocab) : -1;
    if (seriesEnd > 0) {
      for (; i < seriesEnd; i++) cur.push(ts[i]);
      SERIES_AND.add(ts[seriesEnd]);
      i--; // the loop goes on at the series' "and"
      continue;
    }
    // "John Q. Public, Jr.", "Washington, D.C." and "Acme, Inc." keep their comma.
    if (
      cur.length &&
      t.text === "," &&
      next &&
      /^(Jr\.?|Sr\.?|D\.C\.|DC|II|III|IV|Inc\.?|Ltd\.?|LLC|Corp\.?|Co\.)$/.test(next.text)
    ) {
      cur.push(t);
      continue;
    }
    if (
      cur.length &&
      t.text === "-" &&
      next?.cap &&
      !ts[i - 1].punct &&
      ts[i - 1].end === t.start &&
      next.start === t.end
    ) {
      cur.push(t); // "U.S.-Mexico"
      continue;
    }
    cur = flushRun(out, cur, at);
  }
  flushRun(out, cur, at);
  return out;
}

interface Ctx {
  text: string;
  sentence: number;
  vocab: Vocabulary;
  out: Mention[];
}

/** The text of `first … last`, whitespace collapsed. */
const surfaceOf = (ctx: Ctx, first: Token, last: Token) => collapse(ctx.text.slice(first.start, last.end));

const HAS_LOWER = /\p{Ll}/u;

/** Whether `word` holds a lowercase letter; ASCII letters are told without the expression. */
function hasLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const u = word.charCodeAt(i);
    if (u >= 97 && u <= 122) return true;
    if (u >= 128) return HAS_LOWER.test(word);
  }
  return false;
}
/** A capital, then letters, apostrophes or hyphens: "Tamm", "O’Neill", "LÓPEZ". */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}’'-]+$/u;
/** A capital, then lowercase letters, marks, apostrophes or hyphens: "Tamm", "O’neill". */
const CAPITALISED_LOWER_WORD = /^\p{Lu}[\p{Ll}\p{M}’'-]+$/u;
/** A capital, then lowercase letters only: "Tamm". */
const CAPITALISED_LETTERS = /^\p{Lu}\p{Ll}+$/u;
/** Initials ("U.S.") or a Roman numeral ("IV"). */
const INITIALS_OR_NUMERAL = /^(?:\p{Lu}\.)+$|^[IVX]+$/u;
/** Two or three initials written together: "J.B.", "H.W.". */
const INITIALS_OF_NAME = /^(?:\p{Lu}\.){2,3}$/u;

function nameOf(ctx: Ctx, ts: Token[], written = surfaceOf(ctx, ts[0], ts[ts.length - 1])): string {
  const surface = written.includes("“") || written.includes('"') ? written.replace(NICKNAME, "") : written;
  const allCaps = ts.every((t) => !hasLower(t.text));
  return allCaps && ts.filter((t) => !t.punct).length >= 2 && ts.some((t) => t.text.length > 3)
    ? surface.split(" ").map(titleCase).join(" ")
    : surface;
}

/** A quoted nickname inside a name, with the space before it: " “Benny”" of "Benjamin “Benny” Tamm". */
const NICKNAME = / [“"]\p{Lu}[\p{L}.’'-]*[”"](?= )/gu;

/**
 * A mention of `first … last`. Every mention is made here, with every field present and in one order, so that all
 * share one object shape: the stages after this one read millions of them.
 */
function newMention(ctx: Ctx, first: Token, last: Token, kind: EntityKind | null, name: string): Mention {
  return {
    start: first.start,
    end: last.end,
    kind,
    name,
    surface: surfaceOf(ctx, first, last),
    sentence: ctx.sentence,
    canonical: undefined,
    demonym: undefined,
    title: undefined,
    country: undefined,
    org: undefined,
    acronym: undefined,
    placeLead: undefined,
    programLead: undefined,
    articleLead: undefined,
    nested: undefined,
  };
}

/** A mention named by its own words (all-caps names title-cased). */
function namedMention(ctx: Ctx, ts: Token[], kind: EntityKind | null): Mention {
  const m = newMention(ctx, ts[0], ts[ts.length - 1], kind, "");
  m.name = nameOf(ctx, ts, m.surface);
  return m;
}

/** The word after an adjective of origin that makes it a hyphenless American identity ("Asian American"). */
const AMERICANS = /^Americans?$/;
const UNITED_STATES = GAZETTEER.get("American")?.name;

/** Emits gazetteer hits (countries, demonyms, places) inside `ts`; returns the indices they cover. */
function emitGazetteer(ctx: Ctx, ts: Token[], nested: boolean): Set<number> {
  const covered = new Set<number>();
  for (let i = 0; i < ts.length; i++) {
    if (!ts[i].cap) continue;
    const hit = gazetteerAt(ctx.text, ts, i);
    if (!hit) continue;
    const part = ts.slice(i, i + hit.len);
    // "African American", "Mexican Americans": Americans of that origin, not a mention of Africa or Mexico.
    if (hit.entry.demonym && AMERICANS.test(ts[i + hit.len]?.text ?? "") && hit.entry.name !== UNITED_STATES) {
      for (let k = i; k < i + hit.len; k++) covered.add(k);
      i += hit.len - 1;
      continue;
    }
    // "Marjory Stoneman Douglas High School": a town's name after a given name inside a body's name is part of a
    // person's name, not the town.
    const before = ts[i - 1];
    if (
      nested &&
      hit.len === 1 &&
      isTown(hit.entry) &&
      !US_STATE_NAMES.has(hit.entry.name) &&
      before !== undefined &&
      CAPITALISED_LOWER_WORD.test(before.text) && // a name's word, no acronym ("the AI Seoul Summit")
      !covered.has(i - 1) &&
      !GAZETTEER.has(before.text) &&
      !isOrgHead(titleCase(before.text)) &&
      !MEETING_HEADS.has(titleCase(before.text)) && // "the Health Summit Rome Declaration"
      !DIRECTIONS.test(before.text)
    ) {
      covered.add(i);
      continue;
    }
    if (before && DIRECTIONS.test(before.text) && !covered.has(i - 1)) {
      const label = before.text[0].toUpperCase() + before.text.slice(1).toLowerCase() + " " + hit.entry.name;
      const place = newMention(ctx, before, part[part.length - 1], "place", label);
      place.nested = nested;
      ctx.out.push(place);
      covered.add(i - 1);
    }
    const m = newMention(ctx, part[0], part[part.length - 1], hit.entry.kind, hit.entry.name);
    m.canonical = hit.entry.name;
    m.demonym = hit.entry.demonym;
    m.country = hit.entry.country;
    m.nested = nested;
    ctx.out.push(m);
    for (let k = i; k < i + hit.len; k++) covered.add(k);
    i += hit.len - 1;
  }
  return covered;
}

/** Whether `ts[k]` is the "Class" that ends a rank ("Sergeant First Class"). */
const endsRank = (ts: Token[], k: number) => ts[k]?.text === "Class" && RANK_CLASSES.has(ts[k - 1]?.text ?? "");

/** Splits the trailing person name off a titled run: "Foreign Secretary Jane Roe" → title, name. */

function splitTitleName(ctx: Ctx, ts: Token[]): { title: Token[]; name: Token[] } | null {
  // A title needs a title noun (see `titled` below): most runs have none, and are no title and name.
  if (!ts.some(isTitleNoun)) return null;
  // Words inside a gazetteer name ("United Mexican States") are never part of a person's name.
  let stops: Set<number> | null = null;
  for (let k = 0; k < ts.length; k++) {
    const g = ts[k].cap ? gazetteerAt(ctx.text, ts, k) : null;
    if (!g) continue;
    stops ??= new Set();
    for (let j = k; j < k + g.len; j++) stops.add(j);
    k += g.len - 1;
  }
  // "Chair of the Council of Economic Advisers": a run that ends in office-holders names their body, not a person.
  if (namesOfficeHolders(ts[ts.length - 1])) return null;
  let i = ts.length;
  while (i > 0) {
    const t = ts[i - 1];
    const prev = ts[i - 2];
    if (t.punct && t.text !== ",") break;
    if (t.text === "," && i < ts.length && NAME_SUFFIX_WORD.test(ts[i].text)) {
      i--;
      continue;
    }
    // A gazetteer name between a title and a surname is a given name: a town's ("Second Gentleman Douglas Tamm", "Under
    // Secretary Victoria Ruiz"), a demonym ("Congressman French Tamm"), a country's name in its own language
    // ("Representative Dominique Tamm").
    const afterTitle = i < ts.length && !!prev && isTitleWord(prev); // and before the surname
    // A name word before it, and the surname after: "Judge Ada Green Tamm".
    const afterGiven =
      i < ts.length &&
      prev !== undefined &&
      prev.cap &&
      !prev.punct &&
      !isTitleWord(prev) &&
      !isCommon(prev, ctx.vocab) &&
      !isOrgHead(prev.text) &&
      !GAZETTEER.has(prev.text) &&
      !isAcronym(prev.text);
    // The same between a given name and the surname alone is a middle name: "Professor Ada Hamilton Tamm", not the
    // end of a region's name before a given name ("Coordinator for North Africa Ada Tamm").
    const middlePlace = afterGiven && !stops?.has(i - 2) && nameWordsFrom(ts, i) === 1;
    const givenPlace =
      (afterTitle || middlePlace) && CAPITALISED_LETTERS.test(t.text) && GAZETTEER.has(t.text) && stops?.has(i - 1);
    if (givenPlace) {
      i--;
      continue;
    }
    if (stops?.has(i - 1)) break;
    // "Ana de la Varga", "Ulisses Tamm e Ruiz": particles between capitalised words of the name.
    if (NAME_PARTICLES.has(t.text) && i < ts.length && (prev?.cap || (prev && NAME_PARTICLES.has(prev.text)))) {
      i--;
      continue;
    }
    if (!t.cap || t.punct) break;
    const w = t.text;
    if (NAME_SUFFIX_WORD.test(w)) {
      i--;
      continue;
    }
    // "COP28 President Dr. Sultan al-Tamm": a title noun after "Dr." or "Mr.", before the surname, is a given name;
    // not an office one is addressed by ("Mr. President Tamm", "Mr. Secretary").
    const givenAfterStyle =
      i < ts.length &&
      !!prev &&
      PERSONAL_STYLE.test(prev.text) &&
      !ADDRESSED_OFFICE.test(w) &&
      CAPITALISED_LOWER_WORD.test(w);
    if (
      isTitleWord(t) &&
      !givenAfterStyle &&
      !(i === ts.length && prev && isTitleWord(prev) && !TITLE_NOUNS.has(t.lower))
    )
      break;
    // "Sergeant First Class Ada Tamm", "Petty Officer Second Class …": the class ends a rank.
    if (endsRank(ts, i - 1)) break;
    // A head noun right after the title noun and before the surname is a given name: "President Bill Tamm", "Governor
    // Grant Ruiz"; not after a modifier, where it ends a body's name ("Speaker of the National Assembly Ada Tamm").
    const givenName = isOrgHead(w) && i < ts.length && i - 1 > 0 && isTitleNoun(ts[i - 2]);
    // So is a month's name there: "Representative Jan Tamm", "Director April Ruiz".
    const givenMonth = afterTitle && CALENDAR_WORDS.has(t.lower) && CAPITALISED_LETTERS.test(w);
    if (
      GAZETTEER.has(w) ||
      PLACE_HEADS.has(w) || // "… of the Tidal Court of Appeals for the Second Circuit"
      (isOrgHead(w) && !givenName) ||
      DOMAIN_WORDS.has(t.lower) ||
      (CALENDAR_WORDS.has(t.lower) && !givenMonth)
    )
      break;
    // An ordinary word between a given name and the surname is a middle name: "Judge Ada Green Tamm".
    const middle = afterGiven;
    // Initials written together before the surname are a name's, after a title or a given name: "Governor J.B. Tamm",
    // "President Ada H.W. Tamm"; an acronym anywhere else ends the name ("NASA Administrator …").
    const initials = INITIALS_OF_NAME.test(w) && (afterTitle || middle);
    if (isAcronym(w) && !isInitial(w) && !initials) break;
    // An ordinary word that may be a given name, right before the surname and after the portfolio or body that ends
    // the title, is the given name: "Deputy Secretary of Commerce Don Tamm", "Assistant Secretary for Response Dawn
    // Ruiz".
    const givenAfterPortfolio =
      i === ts.length - 1 &&
      mayBeGivenName(t) &&
      !!prev &&
      prev.cap &&
      (DOMAIN_WORDS.has(prev.lower) || isOrgHead(titleCase(prev.text)));
    if (
      isCommon(t, ctx.vocab) &&
      !(prev && (isTitleWord(prev) || endsRank(ts, i - 2))) &&
      !middle &&
      !givenAfterPortfolio
    )
      break;
    i--;
  }
  // Drop a leading comma-suffix mismatch.
  while (i < ts.length && (ts[i].text === "," || NAME_PARTICLES.has(ts[i].text))) i++;
  const nameWords = nameWordsFrom(ts, i);
  if (!nameWords || nameWords > 5) return null;
  // "Mayor of the City of Los Angeles": one word after an article or a saint that opens a place's name is the rest of
  // that name, not a person's.
  if (nameWords === 1 && PLACE_OPENERS.has(ts[i - 1]?.text ?? "")) return null;
  let titled = false;
  for (let k = 0; k < i && !titled; k++) titled = isTitleNoun(ts[k]);
  if (!titled) return null;
  const name = ts.slice(i);
  const title = ts.slice(0, i);
  // "President X of Mexico in Rivertown": a name never follows a lowercase connector.
  if (title.length && !title[title.length - 1].cap && title[title.length - 1].text !== ",") return null;
  return { title, name };
}

/** The capitalised words of `ts` from `i` on, suffixes ("Jr.", "III") aside. */
function nameWordsFrom(ts: Token[], i: number): number {
  let n = 0;
  for (let k = i; k < ts.length; k++) if (ts[k].cap && !NAME_SUFFIX_WORD.test(ts[k].text)) n++;
  return n;
}

/** A generational suffix of a name: "Jr.", "Sr.", "II", "III", "IV". */
const NAME_SUFFIX_WORD = /^(Jr\.?|Sr\.?|II|III|IV)$/;

/** Words that open places' names in Spanish, Portuguese and French, and saints: "Los …", "San …", "St. …". */
const PLACE_OPENERS: ReadonlySet<string> = new Set(["Los", "Las", "San", "Santa", "Santo", "São", "Saint", "St."]);

/** Title nouns of a posting abroad: what follows their "to" is where, not whose. */
const POSTINGS = /^(?:ambassador|envoy|representative|delegate|consul|emissary|minister-counselor)$/;

/** Where the "to" of a posting stands in a title ("Ambassador … to"), or -1. */
function postingAt(title: Token[]): number {
  return title.findIndex((t, k) => t.text === "to" && title.slice(0, k).some((x) => POSTINGS.test(x.lower)));
}

/** The words of a title phrase that name a country (prefix "Mexican", "U.S.", complement "of Mexico"). */
function countryOfTitle(ctx: Ctx, title: Token[]): { country?: string; orgTokens?: Token[] } {
  let country: string | undefined;
  const nounAt = title.findIndex(isTitleNoun);
  // After "Ambassador … to", every country is the posting's ("… to the State of Kuwait").
  const postedAt = postingAt(title);
  for (let i = 0; i < title.length; i++) {
    const posted = postedAt >= 0 && i >= postedAt;
    const hit = title[i].cap ? gazetteerAt(ctx.text, title, i) : null;
    if (!hit) continue;
    const at = i;
    i += hit.len - 1; // no country inside a longer name: "New Mexico Senator" is of a state
    if (hit.entry.kind !== "country") continue;
    const before = title[at - 1]?.text;
    // "Ambassador to Mexico" names the host country, not the ambassador's own.
    if (posted || before === "to" || (before === "the" && title[at - 2]?.text === "to")) continue;
    if (at < nounAt || before === "of" || (before === "the" && title[at - 2]?.text === "of")) {
      country ??= hit.entry.name;
    }
  }
  // An organisation before the title: to its last head noun ("Cabinet Office Security Adviser", "Tidal House
  // Communications Director"), or through that head's complement up to the next title word ("Department of Tides
  // Deputy Secretary").
  let orgTokens: Token[] | undefined;
  const headAt = title.findIndex((t, k) => k < nounAt && AGENCY_HEADS.has(t.text));
  if (headAt >= 0) {
    // A word that may open a title is the body's still before one more head noun: "Senate Tidal Security Committee
    // Chairman".
    let headBeforeNoun = headAt;
    for (let k = headAt; k < nounAt; k++) if (AGENCY_HEADS.has(title[k].text)) headBeforeNoun = k;
    let reach = headAt + 1;
    while (reach < nounAt && (!isTitleWord(title[reach]) || reach < headBeforeNoun)) reach++;
    let lastHead = headAt;
    for (let k = headAt; k < reach; k++) if (AGENCY_HEADS.has(title[k].text)) lastHead = k;
    let end = COMPLEMENT_WORD.test(title[lastHead + 1]?.text ?? "") ? reach : lastHead + 1;
    while (end > headAt + 1 && (NAME_CONNECTORS.has(title[end - 1].text) || title[end - 1].punct)) end--;
    // "the Ministry of Climate for Prime Minister Kallas": one works at the body for the one titled, who is not of it.
    const forTheTitled = title[reach - 1]?.text === "for" && reach < title.length && isTitleWord(title[reach]);
    // "Former Florida Senate President": words that date or qualify the office open no body's name.
    let from = 0;
    while (from < headAt && OFFICE_QUALIFIERS.test(title[from].lower)) from++;
    if (!forTheTitled) orgTokens = title.slice(from, end).filter((t, k) => k > 0 || !FUNCTION_WORDS.has(t.lower));
  }
  return { country, orgTokens };
}

/**
 * An abbreviated rank after a fuller title ends it: "Chairman of the Joint Chiefs Gen. Jane Roe"; so does an academic
 * style: "Presidential Chief of Staff Professor Ada Roe". Not "U.S. Sen.", which is the title itself.
 */
function rankAfterTitle(words: Token[]): boolean {
  const last = words[words.length - 1];
  return (
    words.length > 1 &&
    ((last.text.endsWith(".") && TITLE_HEADS.has(last.text)) || ACADEMIC_STYLES.has(last.text)) &&
    words.slice(0, -1).some(isTitleWord)
  );
}

function titleText(ctx: Ctx, title: Token[]): string {
  const words = [...title];
  while (words.length && (HONORIFICS.has(words[0].text) || (FUNCTION_WORDS.has(words[0].lower) && !words[0].cap)))
    words.shift();
  while (words.length && HONORIFICS.has(words[0].text)) words.shift();
  // "NIH Director Dr. Jane Roe": an honorific before the name is no part of the office; so is a rank after it.
  while (
    words.length &&
    (HONORIFICS.has(words.at(-1)!.text) || (words.at(-1)!.lower === "the" && words.length > 1) || rankAfterTitle(words))
  )
    words.pop();
  // And a rank written out after an office: "Secretary of the Navy Admiral Ada Roe", "Chief of Defence Forces
  // General Ada Roe", "Deputy Commandant … Vice Admiral Ada Roe"; not the "General" that completes an office
  // ("Attorney General", "Commissioner General").
  if (words.length > 1 && RANKS_AFTER_OFFICE.has(words.at(-1)!.text)) {
    let k = words.length - 1;
    while (k > 0 && RANK_MODIFIERS.has(words[k - 1].text)) k--;
    const office = words.slice(0, k);
    const before = office[office.length - 1];
    if (before && !OFFICES_OF_GENERAL.has(before.text) && office.some(isTitleNoun)) words.length = k;
  }
  // "…, 42nd President of Tidal & The Honorable Ada Roe": the office before "&" is the previous person's.
  if (words.length && /^(?:&|and)$/.test(words.at(-1)!.text)) return "";
  // "…, Deputy Administrator of the Tidal Protection Agency (TPA), explained": the title ends before a bracket it
  // does not close.
  return words.length
    ? surfaceOf(ctx, words[0], words[words.length - 1])
        .replace(/[,;]$/, "")
        .replace(UNCLOSED_BRACKET_AT_END, "")
    : "";
}
const UNCLOSED_BRACKET_AT_END = /\s*\([^()]*$/;

/**
 * A one-word name behind a title that is no person's: an ordinary word ("Ambassador Extraordinary", "Judge for the
 * Eastern District"), unless a head of state or government bears it ("President Moon"); or the rest of a name the
 * title's complement opened ("Administrator of the National | Aeronautics and Space Administration", "Mayor of New |
 * Orleans"). `words` are the name's words, punctuation left out.
 */
function loneWordIsNoName(ctx: Ctx, words: Token[], title: string): boolean {
  if (words.length !== 1) return false;
  const [word] = words;
  return (
    (isCommon(word, ctx.vocab) && !isLeaderTitle(title)) ||
    NAME_OPENERS.test(title.split(" ").pop() ?? "") ||
    COMPASS_POINTS.has(word.text) ||
    pluralOfCommonWord(word, ctx.vocab)
  );
}

/** "… Healthcare Workers East": a point of the compass alone is the end of a body's name, not a surname. */
const COMPASS_POINTS: ReadonlySet<string> = new Set(["East", "West", "North", "South"]);

/**
 * "U.S. Attorney Biographies": the plural in "-ies" of a word the corpus writes in lowercase ("biography") is that
 * word, not a surname; no surname so ends ("Davies": no "davy" in prose).
 */
function pluralOfCommonWord(t: Token, vocab: Vocabulary): boolean {
  return t.lower.length > 4 && t.lower.endsWith("ies") && commonWords(vocab).has(t.lower.slice(0, -3) + "y");
}

/** Words after which a town's name is the place, not a person's given name or surname: "in Douglas", "of Stanley". */
const PLACING_WORD = /^(?:in|at|from|to|near|of)$/;

/** A town's or state's gazetteer entry: a place within a country, named by itself (not a demonym, not a region). */
const isTown = (entry: GazetteerEntry) => entry.kind === "place" && entry.country !== undefined && !entry.demonym;

/**
 * Whether a would-be person's name holds a place's name ("Planned Parenthood Metropolitan Washington D.C."), other
 * than a town's name that opens it as a given name ("Victoria Tamm") or ends it as a surname ("Ada Hamilton").
 */
function namesPlace(text: string, name: Token[]): boolean {
  for (let k = 0; k < name.length; k++) {
    const g = name[k].cap ? gazetteerAt(text, name, k) : null;
    const edge = k === 0 || k === name.length - 1;
    const town = g?.len === 1 && isTown(g.entry) && (k === 0 || !US_STATE_NAMES.has(g.entry.name));
    if (g && !(edge && town && name.length > 1)) return true;
  }
  return false;
}

/** One capitalised word and the comma after it, or before it ("and" allowed), as items of a list run. */
const LIST_ITEMS_BEFORE = /(?:\p{Lu}[\p{L}’'.-]*,\s+)+(?:and\s+)?$/u;
/**
 * Whether `text` ends as LIST_ITEMS_BEFORE must: a comma, then whitespace, then perhaps "and" and whitespace. Told
 * from the end, without the expression, which tries every place in the text.
 */
function endsAfterListComma(text: string): boolean {
  let k = text.length;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === text.length) return false;
  if (text.charCodeAt(k - 1) === COMMA) return true;
  if (!text.endsWith("and", k)) return false;
  let j = k - 3;
  while (j > 0 && isSpaceCode(text.charCodeAt(j - 1))) j--;
  return j < k - 3 && text.charCodeAt(j - 1) === COMMA;
}
const LIST_ITEMS_AFTER = /^(?:,\s+(?:and\s+)?\p{Lu}[\p{L}’'.-]*(?=[,.;\s]))+/u;
/** Nouns of the places a list names: "the counties of …", "municipalities:". */
const PLACE_LIST_NOUN =
  /\b(?:count(?:y|ies)|parish(?:es)?|municipalit(?:y|ies)|boroughs?|towns?|cities|villages?|islands?|districts?|regions?|provinces?|states?)\b[^.;]*$/i;
/** Items of a list of one-word names from which on it is a list of places: counties, towns, islands. */
const PLACE_LIST_ITEMS = 5;

/** The code unit of ",". */
const COMMA = 44;

/** Where the spaces that end at `end` start, going back no further than `from`. */
function spacesBack(text: string, end: number, from: number): number {
  let k = end;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k;
}

/** Whether `text[from, at)` ends in a comma, spaces and perhaps "and" and spaces: `/,\s+(?:and\s+)?$/`, by hand. */
export function commaBefore(text: string, at: number, from: number): boolean {
  let p = spacesBack(text, at, from);
  if (p === at) return false;
  if (p - 3 >= from && text.startsWith("and", p - 3)) {
    const q = spacesBack(text, p - 3, from);
    if (q === p - 3) return false;
    p = q;
  }
  return p > from && text.charCodeAt(p - 1) === COMMA;
}

/** "the West.", "the Hill, …", "the Dean of …": an article before the word, and no word after it that it qualifies. */
function standsAloneAfterArticle(text: string, t: Token): boolean {
  if (!ARTICLE_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) return false;
  const next = WORD_AFTER.exec(text.slice(t.end, t.end + 24))?.[1];
  return next === undefined || FUNCTION_WORDS.has(next.toLowerCase());
}
const ARTICLE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;
/** The word right after a name, if a word comes next (not punctuation), or after a hyphen ("the Tamm-⁠Ruiz …", not
 * "the West – who"). */
const WORD_AFTER = /^(?:[-‐][ \t]*|[ \t]*(?:\n[ \t]*)?)(\p{L}[\p{L}’'-]*)/u;

/**
 * Whether a one-word name stands in a long list of one-word names, as counties and towns do ("… Kendall, Lavaca,
 * Liberty, Madison, Matagorda, Maverick …"): no person of that surname is meant.
 */
function inListOfOneWordNames(text: string, t: Token): boolean {
  // Most one-word names stand next to no comma, and so in no list.
  if (text.charCodeAt(t.end) !== COMMA && !commaBefore(text, t.start, Math.max(0, t.start - 24))) return false;
  const window = text.slice(Math.max(0, t.start - 400), t.start);
  const before = (endsAfterListComma(window) && LIST_ITEMS_BEFORE.exec(window)?.[0]) || "";
  const after = LIST_ITEMS_AFTER.exec(text.slice(t.end, t.end + 200))?.[0] ?? "";
  if ((before.match(/,/g)?.length ?? 0) + (after.match(/,/g)?.length ?? 0) + 1 < PLACE_LIST_ITEMS) return false;
  // What the list is of, said before it: "the counties of …", "parishes:"; not "Senators Tamm, Ruiz, …".
  return PLACE_LIST_NOUN.test(window.slice(0, window.length - before.length));
}

/** A word that may be a surname: capitalised letters, no ordinary word, head noun, title or place. */
function isSurnameWord(t: Token, vocab: Vocabulary): boolean {
  return (
    t.cap &&
    !t.punct &&
    CAPITALISED_WORD.test(t.text) &&
    !isOrgHead(titleCase(t.text)) &&
    !GAZETTEER.has(t.text) &&
    !isTitleWord(t) &&
    !isCommon(t, vocab) &&
    !CALENDAR_WORDS.has(t.lower)
  );
}

/** A title that ends in a word that joins it to what is missing: "Nominee for", "Inauguration of". */
const DANGLING_END = /\s(?:of|for|to|on|and|the|at|in|&)$/i;

function emitPerson(ctx: Ctx, name: Token[], title: string, country?: string, org?: string): void {
  // "The Right Honourable Jane Roe, Prime Minister …": the honorifics are no part of the name.
  while (name.length > 1 && HONORIFICS.has(name[0].text)) name = name.slice(1);
  const words = name.filter((t) => !t.punct);
  const last = words[words.length - 1];
  // "Acme Widgets Inc." behind a title ("Chairman of …") is a company, not a person.
  if (last && COMPANY_SUFFIX.test(last.text)) {
    ctx.out.push(namedMention(ctx, name, "agency"));
    return;
  }
  if (loneWordIsNoName(ctx, words, title)) return;
  // "Speaker Tamm and House Republicans", "Advisory Board Member of the Tidal Institute Latinos": a plural right after
  // a body's head noun names its members, not a person.
  const lastOfTitle = title.slice(title.lastIndexOf(" ") + 1);
  if (words.length === 1 && words[0].text.endsWith("s") && AGENCY_HEADS.has(titleCase(lastOfTitle))) return;
  if (gazetteerAt(ctx.text, name, 0)?.len === name.length) return;
  // Behind a title, a first word that heads bodies elsewhere is a given name ("Governor Bill Tamm").
  const givenHead = title !== "" && words.length >= 2 && isOrgHead(words[0].text);
  if (words.some((t, k) => isNotNameWord(t) && !(k === 0 && givenHead))) return;
  if (isPhraseOfWords(words, ctx.vocab)) return;
  // "Emerging Technologies", "Financial Stability", "Founding Partner" (read from lists and headings as a name and a
  // title): ordinary words only, the first of them no given name.
  if (words.length >= 2 && words.every((t) => isCommon(t, ctx.vocab)) && !mayBeGivenName(words[0])) return;
  // "Prince George’s County", "Queen Anne’s County": a county named after a person, not the person.
  if (last && /^[’']s\s+(?:County|Parish)\b/.test(ctx.text.slice(last.end, last.end + 10))) return;
  // "World Refugee Day", "Second Chance Month", "Earth Week": an observance, not "Doris Day" or "Thomas G. Day".
  if (words.length >= 2 && OBSERVANCE_HEADS.has(last.text) && isCommon(words[words.length - 2], ctx.vocab)) return;
  const m = namedMention(ctx, name, "person");
  // A title cut short by markup or a line ("Nominee for", "Inauguration of") names no office.
  m.title = title && !DANGLING_END.test(title) ? title : undefined;
  m.country = country;
  m.org = org;
  ctx.out.push(m);
}

/**
 * Whether words name a body or a place, as a person's title may ("Public Health Institute Dr. Ada Tamm", "Ada Tamm,
 * Tamsalu Primary School, Anderson, South Carolina"): a head noun, or a name the gazetteer has.
 */
function namesBodies(ctx: Ctx, ts: Token[]): boolean {
  return ts.some((t, k) => t.cap && (isOrgHead(titleCase(t.text)) || !!gazetteerAt(ctx.text, ts, k)));
}

/**
 * Whether the words before a name are no title: a headline's verb among them ("Attorney General Establishes Joint Task
 * Force Alpha"), or no word of office and no body's name ("National Review, NPR, CNN, Los Angeles Times", "Seuss
 * Character Lorax").
 */
function isNoTitle(ctx: Ctx, title: Token[]): boolean {
  if (title.some((x) => HEADLINE_VERBS.has(x.text))) return true;
  const text = titleText(ctx, title);
  return text !== "" && !DANGLING_END.test(text) && !hasWordOfOffice(text) && !namesBodies(ctx, title);
}

/** Styles before a person's own name: "Dr.", "Mr.", "Mrs.", "Ms.". */
const PERSONAL_STYLE = /^(?:Dr|Mr|Mrs|Ms|Mx)\.?$/;
/** Offices one is addressed by after "Mr." or "Madam": "Mr. President", "Madam Secretary". */
const ADDRESSED_OFFICE =
  /^(?:President|Vice|Secretary|Speaker|Chair(?:man|woman)?|Ambassador|Minister|Prime|Senator|Governor|Mayor|Justice|Leader|Director|Administrator|Commissioner)$/;

/** Words of TITLE_HEADS that name a field ("National Security Advisor"), as bodies' names do ("National Review"). */
const FIELDS_OF_OFFICE: ReadonlySet<string> = new Set(
  "National Foreign Defense Defence Finance Trade Homeland Security Economic Legal Supreme Permanent".split(" "),
);

/**
 * Whether a title holds a word of office or a style of address ("Governor", "Senior Fellow", "Rep.", "Dr."); a word
 * that names a body's field as well as it qualifies an office ("National", "Foreign", "Security") is none.
 */
function hasWordOfOffice(title: string): boolean {
  return title
    .split(/[\s,/‐-]+/)
    .some(
      (w) =>
        TITLE_NOUNS.has(w.toLowerCase()) ||
        (TITLE_HEADS.has(w) && !FIELDS_OF_OFFICE.has(w)) ||
        HONORIFICS.has(w) ||
        ACADEMIC_STYLES.has(w),
    );
}

/** "who" next, after a comma or not, with a verb in the singular: "…, who have" follows a list ("A and B, who have"). */
function followedByWho(after: Token[]): boolean {
  const at = after[0]?.lower === "who" ? 0 : after[0]?.text === "," && after[1]?.lower === "who" ? 1 : -1;
  return at >= 0 && !/^(?:are|were|have|do)$/.test(after[at + 1]?.lower ?? "");
}

/**
 * Two to four capitalised words of letters ("Ada Tamm", "Ana María Ruiz"), none of them a title or an acronym, the
 * last no word the corpus writes in lowercase ("Royal Family") and no plural ("Congressional Republicans", "Orthodox
 * Christians"), which costs the surnames in -s that nothing else names.
 */
function isPlainName(seg: Token[], vocab: Vocabulary): boolean {
  const last = seg[seg.length - 1].lower;
  const common = commonWords(vocab);
  return (
    seg.length >= 2 &&
    seg.length <= 4 &&
    seg.every((t) => t.cap && !t.punct && CAPITALISED_LOWER_WORD.test(t.text) && !isTitleWord(t)) &&
    !common.has(last) &&
    !last.endsWith("s")
  );
}

/**
 * Two or more ordinary words ending in an ordinary plural read as a phrase, not a name: "Registered Apprenticeships",
 * "Environmental Groups". (A surname can be an ordinary word, "Mark Green", but is not the plural of one.)
 */
function isPhraseOfWords(words: Token[], vocab: Vocabulary): boolean {
  const last = words[words.length - 1];
  return (
    words.length >= 2 &&
    words.every((t) => isCommon(t, vocab)) &&
    /[^s]s$/.test(last.lower) &&
    vocab.lower.has(last.lower.slice(0, -1))
  );
}

/**
 * A word no person's name holds: the head of a body or place ("Veterans Affairs", "Fifth Episcopal District"), a
 * word of a government's remit, an acronym ("HIV/AIDS"; initials and regnal numbers aside), or a plural title
 * ("G7 Leaders").
 */
function isNotNameWord(t: Token): boolean {
  const w = t.text;
  return (
    isOrgHead(w) ||
    MEETING_HEADS.has(w) ||
    NEGATING_PREFIX.test(w) ||
    PLACE_HEADS.has(w) ||
    AWARD_HEADS.has(w) ||
    w.split("/").every((part) => isAcronym(part) && !INITIALS_OR_NUMERAL.test(part)) ||
    (DOMAIN_WORDS.has(t.lower) && !NAME_PARTICLES.has(w)) ||
    isPluralOf(t.lower, TITLE_NOUNS)
  );
}

/** "Anti-Semitism", "Non-Proliferation", "Counter-Terrorism": a word so prefixed is no word of a person's name. */
const NEGATING_PREFIX = /^(?:Anti|Non|Counter)[-‐]/;

/** Head nouns of honours ("Tidal Star Medal", "Tidal Service Award"): never a word of a person's name. */
const AWARD_HEADS: ReadonlySet<string> = new Set(["Medal", "Medals", "Award", "Awards", "Prize", "Trophy"]);

/** Whether `word` is the plural of one of `nouns`: "leaders" of "leader", "deputies" of "deputy". */
const isPluralOf = (word: string, nouns: ReadonlySet<string>) =>
  (word.endsWith("s") && nouns.has(word.slice(0, -1))) || (word.endsWith("ies") && nouns.has(word.slice(0, -3) + "y"));

/** Holders of an office that no title before a name states. */
const OFFICE_HOLDERS: ReadonlySet<string> = new Set(["legislator", "bishop", "justice", "judge", "official"]);

/** A plural of a title noun or of an office-holder's word: "Mayors", "Bishops", "Legislators", "Attorneys". */
const namesOfficeHolders = (t: Token) => isPluralOf(t.lower, TITLE_NOUNS) || isPluralOf(t.lower, OFFICE_HOLDERS);

/** Whether the words, articles aside, are a country's name: "the United States". */
function namesCountry(ts: Token[]): boolean {
  const words = ts.filter((t) => !ARTICLES.has(t.lower)).map((t) => t.text);
  return GAZETTEER.get(words.join(" "))?.kind === "country";
}

/** Houses of a legislature and councils, whose districts are constituencies. */
const CHAMBERS: ReadonlySet<string> = new Set(["House", "Senate", "Assembly", "Council", "Congress", "Legislature"]);

/** An organisation or programme run; returns false if the run has no organisational head. */
function emitOrganisation(ctx: Ctx, ts: Token[], before: Token | undefined): boolean {
  // Head: the last capitalised word before the first "of/for/on/to/in" complement, or the last word.
  // Case aside: a heading in capitals ("SECRETARY OF THE TIDES") has the same complement.
  const firstPrep = ts.findIndex((t, k) => k > 0 && /^(of|for|on|to|in)$/.test(t.lower));
  const headZone = firstPrep > 0 ? ts.slice(0, firstPrep) : ts;
  const numbered = INSTRUMENT_NUMBER.test(headZone[headZone.length - 1].text) && headZone.length > 1;
  const headToken = headZone[headZone.length - (numbered ? 2 : 1)];
  const head = titleCase(headToken.text);
  // "Acme Widgets, Inc.", "Legal Defense Fund, Inc.": a company, whatever its last word before the suffix.
  const company = COMPANY_SUFFIX.test(head) && headZone.length > 1;
  const headless =
    HEADLESS_LAST_WORDS.has(titleCase(headZone[headZone.length - 1].text)) &&
    HEADLESS_BODIES.has(headZone.map((t) => titleCase(t.text)).join(" "));
  // "Tidal County School District", "Ruiz Community College District": the district of a body (not of a house of a
  // legislature: "House District", "Senate District" are places) is the body.
  const beforeHead = headZone[headZone.length - (numbered ? 3 : 2)];
  const districtOf =
    head === "District" && beforeHead && !CHAMBERS.has(titleCase(beforeHead.text))
      ? kindOfHead(titleCase(beforeHead.text))
      : null;
  let kind = company || headless ? "agency" : (kindOfHead(head) ?? districtOf);
  if (!kind) return false;
  // A lone head noun ("our Administration", "Cooperation between ...") is generic, not a name; so is a name of
  // nothing but words that say what sort of thing it is ("Executive Order", "Joint Statement").
  const words = ts.filter((t) => !t.punct && !NAME_CONNECTORS.has(t.text));
  if (words.length === 1 && !STANDALONE_BODIES.has(head)) return true;
  if (words.every((t) => CLASS_WORDS.has(titleCase(t.text).replace(/\.$/, "")))) return true;
  // A gathering named by one ordinary word before its head ("Annual Meeting", "Climate Summit", "June Summit") is no
  // one event; one with more words or a complement ("Clean Energy Ministerial", "Summit for Democracy") may be.
  if (
    kind === "meeting" &&
    ts.length === 2 &&
    ts[1] === headToken &&
    !isAcronym(ts[0].text) &&
    (isCommon(ts[0], ctx.vocab) || CALENDAR_WORDS.has(ts[0].lower))
  )
    return true;
  if (kind === "agency" && MULTILATERAL_PREFIXES.has(titleCase(ts[0].text))) kind = "program";
  // "U.S. Mission to the United Nations", "Permanent Mission of Latvia to …": a diplomatic mission is a body; not a
  // trade mission or a security mission ("Tidal Trade Mission to Latvia").
  if (head === "Mission" && firstPrep > 0 && ts.slice(firstPrep).some((t) => t.lower === "to")) {
    const before = headZone.slice(0, -1);
    const country = before.length > 0 && gazetteerAt(ctx.text, before, 0);
    if (
      !before.length ||
      (country && country.len === before.length) ||
      DIPLOMATIC.test(before.map((t) => t.text).join(" "))
    )
      kind = "agency";
  }
  // "Tidal Conference of Mayors", "Baltic Conference of Bishops", "National Conference of State Legislators": a
  // conference of office-holders is their association, not a gathering.
  // So is the conference of a country ("Administrative Conference of Estonia", "Judicial Conference of …").
  if (
    kind === "meeting" &&
    head === "Conference" &&
    ts[firstPrep]?.lower === "of" &&
    (namesOfficeHolders(ts[ts.length - 1]) || namesCountry(ts.slice(firstPrep + 1)))
  )
    kind = "agency";
  // "Roe Administration", "Doe Administration": the government, not an agency.
  if (head === "Administration" && headZone.length === 2 && !isCommon(headZone[0], ctx.vocab)) return true;
  // "the U.S. Government", "the Government of Japan", "the Australian Government": the country itself.
  if (head === "Government") {
    const named = ts.filter((t) => !GOVERNMENT_WORDS.has(t.text));
    const g = named.length ? gazetteerAt(ctx.text, named, 0) : null;
    if (g && g.len === named.length && g.entry.kind === "country") {
      const m = newMention(ctx, ts[0], ts[ts.length - 1], "country", g.entry.name);
      m.canonical = g.entry.name;
      m.demonym = false;
      ctx.out.push(m);
      return true;
    }
  }
  let country: string | undefined;
  const first = gazetteerAt(ctx.text, ts, 0);
  if (first?.entry.kind === "country" && first.len < ts.length && ts[first.len]?.text !== "-")
    country = first.entry.name;
  if (!country && before?.possessive) {
    const g = GAZETTEER.get(before.text);
    if (g?.kind === "country") country = g.name;
  }
  const m = namedMention(ctx, ts, kind);
  m.country = country;
  ctx.out.push(m);
  return true;
}

/** What makes a mission a country's representation: "Permanent Mission", "Diplomatic Mission". */
const DIPLOMATIC = /^(?:Permanent|Diplomatic)$/;

/** The words of "the Federal Government of …" around a country's name. */
const GOVERNMENT_WORDS: ReadonlySet<string> = new Set(["Government", "Federal", "National", "of", "the", "The"]);

/**
 * A heading that opens with a verb ("Strengthen Dairy Cooperation") is an instruction, not a name; one that opens
 * with an adjective or a plural noun ("Ministerial-Level Energy Dialogue", "Operations Group on ...") is a name.
 */
function isImperative(word: string): boolean {
  const w = word.toLowerCase();
  if (FUNCTION_WORDS.has(w) || w.includes("-")) return false;
  if (/(al|ic|ive|ary|ous|ful|less|ed|ing|ern|ese|ian|an)$/.test(w)) return false;
  if (/[^s]s$/.test(w)) return false;
  return true;
}

/** Strips sentence-initial ordinary words and determiners from the front of a run (the run itself when none). */
function trimFront(ctx: Ctx, run: Run, sentenceTokens: Token[]): Token[] {
  const all = run.tokens;
  let from = 0;
  for (; from < all.length; from++) {
    const t = all[from];
    const next = all[from + 1] as Token | undefined;
    // Index of t in the sentence: a run is a contiguous stretch of it.
    const at = run.at + from;
    const w = t.text;
    if (NAME_CONNECTORS.has(w) || t.punct) continue;
    // "Senior Tidal House officials", "senior Administration staff": "Senior" ranks the people, not the body.
    if (w === "Senior" && from === 0 && STAFF_AFTER.test(sentenceTokens[run.at + all.length]?.lower ?? "")) continue;
    // "Los Angeles Mayor …", "De Blasio", "Van Hollen": a particle of a name, capitalised, opens it ("Do", an English
    // verb, does not).
    if (t.cap && NAME_PARTICLES.has(t.lower) && t.lower !== "do" && next?.cap && !next.punct) break;
    // "New Mexico Senator …": a place's name of several words, whose first alone is an ordinary word.
    if (t.cap && !ARTICLES.has(t.lower) && gazetteerAt(ctx.text, all, from)) break;
    // "First Lady …", "Under Secretary …": a word that opens a title before another title word stays.
    const opensTitle = t.cap && TITLE_HEADS.has(w) && next !== undefined && isTitleWord(next);
    // "the Second Chance Act", "the First Movers Coalition": an ordinal, capitalised, opens a body's or a law's name.
    const opensBody =
      ORDINAL_OPENERS.has(w) && next?.cap && someFrom(all, from + 1, (x) => isOrgHead(titleCase(x.text)));
    if (opensBody) break;
    if (FUNCTION_WORDS.has(t.lower) && !(w === "US" || w === "IT") && !opensTitle) continue;
    // "Re-establishing the Interagency Working Group …": a word in -ing before an article is a verb opening a clause;
    // after an article it opens a name ("at the Reaching the Tidal Shore Forum").
    if (
      all.length - from > 2 &&
      GERUND.test(w) &&
      ARTICLES.has(next!.lower) &&
      !ARTICLES.has(sentenceTokens[at - 1]?.lower ?? "") &&
      !GAZETTEER.has(w)
    )
      continue;
    // "In April the Bureau of Land Management …", "the June Board of Governors", "the March Tidal Summit": a month
    // before a body or a gathering dates it. Not a given name ("January Tamm") nor a one-word name ("Sunday School").
    if (
      CALENDAR_WORDS.has(t.lower) &&
      next !== undefined &&
      (ARTICLES.has(next.text) ||
        next.text === "in" ||
        (all.length - from > 2 &&
          someFrom(all, from + 1, (x) => isOrgHead(titleCase(x.text)) || MEETING_HEADS.has(titleCase(x.text)))))
    )
      continue;
    if (isTitleWord(t) || GAZETTEER.has(w) || isAcronym(w)) break;
    const atStart = sentenceTokens[0] === t || /^[:;(“"‘]$/.test(sentenceTokens[at - 1]?.text ?? "");
    // "Ministerial-Level Energy Dialogue", "Operations Group on ...": an adjective or plural noun opening a name stays.
    const opensName =
      !isImperative(w) && all.length - from > 1 && someFrom(all, from, (x) => isOrgHead(titleCase(x.text)));
    if (FUNCTION_WORDS.has(t.lower) || (atStart && isCommon(t, ctx.vocab) && !isOrgHead(w) && !opensName)) continue;
    break;
  }
  return from === 0 ? all : all.slice(from);
}

/** Endings of adverbs, adjectives and abstract nouns ("Additionally", "Experiential", "Leadership"), not of names. */
const NOT_A_GIVEN_NAME_ENDING = /(?:ly|al|ic|ive|ary|ous|ful|less|ed|ing|ship|ment|ness|tion|sion|ity)$/;

/**
 * Whether an ordinary word may still be a given name ("Guy", "Mark", "Grant"): one capitalised word of letters, no
 * function word, calendar word, adverb or adjective ("Today", "May", "Additionally", "Experiential").
 */
function mayBeGivenName(t: Token): boolean {
  return (
    CAPITALISED_LETTERS.test(t.text) &&
    !FUNCTION_WORDS.has(t.lower) &&
    !CALENDAR_WORDS.has(t.lower) &&
    !(t.text.length > 5 && NOT_A_GIVEN_NAME_ENDING.test(t.lower))
  );
}

/** Whether a token of `ts` from index `from` on passes `test`. */
function someFrom(ts: Token[], from: number, test: (t: Token) => boolean): boolean {
  for (let k = from; k < ts.length; k++) if (test(ts[k])) return true;
  return false;
}

/**
 * Whether "(ACRONYM)" follows the run and spells it: its first letter is the first word's, its last the last word's,
 * and the first word after the run's "and" has its letter in between ("Greenhouse Gas and Air Pollutants Emissions
 * System (GRAAPES)"); not two names, the second with its article, title or head noun ("the Department of Tides and
 * the Glacier Council (DTGC)").
 */
function spelledByAcronymAfter(text: string, ts: Token[]): boolean {
  const last = ts[ts.length - 1];
  const def = /^\s*\(([\p{Lu}][\p{Lu}\d&-]{2,9})\)/u.exec(text.slice(last.end, last.end + 14))?.[1];
  if (!def) return false;
  const words = ts.filter((t) => t.cap && !t.punct && !ARTICLES.has(t.lower));
  const and = ts.findIndex((t) => t.text === "and" || t.text === "&");
  const afterAnd = ts.slice(and + 1).find((t) => t.cap && !t.punct);
  if (words.length < 3 || !afterAnd || ARTICLES.has(ts[and + 1]?.lower ?? "") || isTitleWord(afterAnd)) return false;
  // Two bodies, each with its head noun, are two names whatever the brackets say.
  const isHead = (t: Token) => isOrgHead(titleCase(t.text));
  if (ts.slice(0, and).some(isHead) && ts.slice(and + 1).some(isHead)) return false;
  const initial = (t: Token) => t.text[0].toUpperCase();
  return (
    def[0] === initial(words[0]) &&
    def[def.length - 1] === initial(words[words.length - 1]) &&
    def.slice(1, -1).includes(initial(afterAnd))
  );
}

/** A preposition that opens a name's complement ("Department of …"), in either case. */
const PREPOSITION = /^(?:of|for|on|to)$/;

/**
 * Whether the words after "and" open a body's name with its country, written as a country (not an adjective of origin),
 * and go on in capitals: "… and U.S. Glacier Council", "… and the U.S. Tidal Service", "… and Latvia Coast Guard". A
 * body is named by its head noun ("Council", "Service") or an acronym ("U.S. DOT"). A name does not go on past "and"
 * into another country's body, so the words before "and" are a name of their own, prepositions or not ("Office of
 * Tides and U.S. Coastal Service", "Ada Tamm and U.S. Department of Tides"); "… Manufacturing and United States Jobs"
 * is no body.
 */
function countryBodyOpens(text: string, rest: Token[]): boolean {
  const at = rest[0]?.text === "the" ? 1 : 0;
  const country = rest.length > at + 1 && rest[at].cap ? gazetteerAt(text, rest, at) : null;
  if (!country || country.entry.kind !== "country" || country.entry.demonym) return false;
  const body = rest.slice(at + country.len);
  if (!body.length || !body[0].cap || body[0].punct) return false;
  return body.some((t) => isOrgHead(titleCase(t.text))) || (body.length === 1 && isAcronym(body[0].text));
}

/** Splits a run at "and"/"&" between names that stand apart ("President Public and President Ruiz Vega"). */
function splitConjunctions(text: string, ts: Token[]): Token[][] {
  // Most runs have no conjunction: the run itself, without a leading "the".
  if (!ts.some((t) => t.text === "and" || t.text === "&")) {
    const part = ts[0]?.text === "the" ? ts.slice(1) : ts;
    return part.length ? [part] : [];
  }
  // "African Democratic and Political Transitions (ADAPT)": an acronym in brackets that spells the run from its
  // first word to its last is the name of all of it.
  if (spelledByAcronymAfter(text, ts)) return [ts[0]?.text === "the" ? ts.slice(1) : ts];
  const parts: Token[][] = [];
  let cur: Token[] = [];
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if ((t.text === "and" || t.text === "&") && cur.length && !SERIES_AND.has(t)) {
      // Prepositions in either case: "Centers For Tides & Tidal Services" is one name too.
      const hasPrep = cur.some((x) => PREPOSITION.test(x.lower));
      const rest = ts.slice(i + 1);
      const restHead = rest.findIndex((x) => /^(of|for|on|to|in)$/.test(x.lower));
      const restZone = restHead > 0 ? rest.slice(0, restHead) : rest;
      // A programme's head noun alone names nothing ("Bill and Melinda Gates Foundation", "Grant and Ada Tamm": a given
      // name); a body's may ("Senate and House Republicans").
      const words = cur.filter((x) => x.lower !== "the");
      const loneWord = words.length === 1 && kindOfHead(titleCase(words[0].text)) === "program";
      const curHasHead = !loneWord && cur.some((x) => isOrgHead(titleCase(x.text)));
      const restHasHead = restZone.some((x) => isOrgHead(titleCase(x.text)));
      // "… and Governor Rob Ruiz", "… and Iowa Governor Bill Lee": a title, or a place's and then a title, opens a
      // titled name of its own (whose given name may be a head noun: "Bill", "Grant"), or ends the run as a title noun
      // ("… Church and Chair, …"); a modifier of titles that ends the run is a word of the name ("… Crime and
      // Security"), and so is "Justice", a value as well as an office ("Center on Faith and Justice").
      const restPlace = rest.length > 1 && rest[0].cap ? gazetteerAt(text, rest, 0) : null;
      // So does "to" or "for" and a title ("clerked for Justice Bo Ruiz and for Judge Ada Tamm"); but after "&", a
      // word that may open a title and comes before a head noun names a body ("Rights Education & Defense Fund").
      const restIsTitled =
        rest.length > 0 &&
        !(t.text === "&" && restHasHead) &&
        ((isTitleWord(rest[0]) &&
          (rest.length > 1 || (TITLE_NOUNS.has(rest[0].lower) && rest[0].lower !== "justice"))) ||
          (!!restPlace && !!rest[restPlace.len] && isTitleWord(rest[restPlace.len])) ||
          (/^(?:to|for)$/.test(rest[0].text) && !!rest[1] && isTitleNoun(rest[1])));
      // A title's first words that open a programme's name instead ("Tidal Science and Trade Initiative", "… and
      // Security Partnership"): the title words run into a programme's head noun.
      const restNamesProgram =
        restIsTitled && PROGRAM_HEADS.has(titleCase(rest.find((x) => !isTitleWord(x))?.text ?? ""));
      const bothPlaces = GAZETTEER.has(cur.map((x) => x.text).join(" ")) || GAZETTEER.has(cur[cur.length - 1].text);
      // Keep "Trade and Shipping Agency" and "Poaching and Timber Trafficking" together.
      const curHeadBeforePrep =
        !loneWord &&
        cur.some(
          (x, k) =>
            (isOrgHead(titleCase(x.text)) || MEETING_HEADS.has(titleCase(x.text))) &&
            !cur.slice(0, k).some((y) => PREPOSITION.test(y.lower)),
        );
      // "Department of Parks and Coastal Services" stays one; "... and the Department of Tides" is a second body.
      // What follows "and" opens a name of its own with "the" or a country ("… and U.S. Glacier Council").
      const restOpensName =
        rest[0]?.text === "the" || (rest[0] !== undefined && gazetteerAt(text, rest, 0)?.entry.kind === "country");
      const restOpensBody = restOpensName || isOrgHead(titleCase(rest[0]?.text ?? ""));
      // Before such a name, an acronym is a whole name ("USOCM and the Department of Tides"), and so is a name
      // without a preposition before "and the" ("Medicaid and the Tidal Health Insurance Program"); not before a
      // mere word of a name ("TIDES and Science Act").
      const own = cur[0].text === "the" ? cur.slice(1) : cur;
      // So is a name before "and the" and an acronym alone ("Department of the Treasury and the IRS").
      const acronymAfter = rest.length === 2 && rest[0].lower === "the" && isAcronym(rest[1].text);
      const curIsWhole =
        (restOpensName &&
          ((own.length === 1 && isAcronym(own[0].text)) || (!hasPrep && rest[0].text === "the") || acronymAfter)) ||
        countryBodyOpens(text, rest);
      // "&" before a head noun joins the words of one name ("Senate Tidal Security & Coastal Affairs
      // Committee") unless a name of its own, a title or a second place follows it.
      const inside =
        !curIsWhole &&
        (t.text === "&" && restHasHead
          ? !restOpensName && !restIsTitled && !bothPlaces
          : !(curHeadBeforePrep && restHasHead && (restOpensBody || !hasPrep)) &&
            ((!curHasHead && restHasHead && (!restIsTitled || restNamesProgram) && !bothPlaces) ||
              (hasPrep && !restIsTitled && !bothPlaces)));
      if (!inside) {
        parts.push(cur);
        cur = [];
        continue;
      }
    }
    cur.push(t);
  }
  if (cur.length) parts.push(cur);
  return parts.map((p) => (/^(?:the|to|for)$/.test(p[0]?.text ?? "") ? p.slice(1) : p)).filter((p) => p.length);
}

/** What stands between a body's name and the title after it: its acronym in brackets ("… Commission (TC) Chair"). */
export const ACRONYM_BETWEEN = /^\s*\(\p{Lu}[\p{Lu}\p{N}&.-]*\)\s*$/u;

/**
 * The body named right before a title of nothing but title words, its acronym between them: "Tidal Trade Commission
 * (TTC) Chair Ada Tamm" chairs the commission.
 */
function bodyBeforeAcronym(ctx: Ctx, title: Token[]): string | undefined {
  if (!title.length || !title.every((t) => isTitleWord(t) || NAME_CONNECTORS.has(t.text))) return undefined;
  // The name that ends nearest before the title, past the acronym itself in its brackets.
  let nearest: Mention | undefined;
  for (const m of ctx.out)
    if (
      !m.nested &&
      m.end <= title[0].start &&
      !(ctx.text[m.start - 1] === "(" && ctx.text[m.end] === ")") &&
      (!nearest || m.end > nearest.end)
    )
      nearest = m;
  return nearest?.kind === "agency" && ACRONYM_BETWEEN.test(ctx.text.slice(nearest.end, title[0].start))
    ? nearest.name
    : undefined;
}

function interpret(ctx: Ctx, ts: Token[], before: Token | undefined, after: Token[]): void {
  if (!ts.length) return;
  // Possessive: "Mexico’s" / "Roe’s" are complete names on their own.
  if (!ts.some((t) => !t.punct && !NAME_CONNECTORS.has(t.text))) return;

  const whole = gazetteerAt(ctx.text, ts, 0);
  if (whole && whole.len === ts.length && !(before && !before.cap && DIRECTIONS.test(before.text))) {
    emitGazetteer(ctx, ts, false);
    return;
  }
  // Directional regions: "southern Mexico", "Northern Central America".
  const dirTok =
    before && !before.cap && DIRECTIONS.test(before.text)
      ? before
      : DIRECTIONS.test(ts[0].text) && ts.length > 1
        ? ts[0]
        : null;
  if (dirTok) {
    const rest = dirTok === ts[0] ? ts.slice(1) : ts;
    const g = rest.length ? gazetteerAt(ctx.text, rest, 0) : null;
    if (g && g.len === rest.length) {
      const label = titleCase(dirTok.text[0].toUpperCase() + dirTok.text.slice(1)) + " " + g.entry.name;
      const all = [dirTok, ...rest];
      const m = newMention(ctx, all[0], all[all.length - 1], "place", label);
      m.country = g.entry.kind === "country" ? g.entry.name : undefined;
      ctx.out.push(m);
      emitGazetteer(ctx, rest, true);
      return;
    }
  }

  // Titled person: "Foreign Secretary Jane Roe", "Chilean President Luisa Ruiz Vega".
  let core = ts;
  let trailingCountry: string | undefined;
  // "President Ana Ruiz of the Republic of Korea": the first "of" (and article) after which a country ends the run, or
  // comes before the place the sentence puts the person in ("… of the Republic of Korea in Seoul").
  const placed = placeAtEnd(ctx, ts);
  const countryEnd = placed ?? ts.length;
  for (let k = 1; k < countryEnd - 1 && !trailingCountry; k++) {
    if (ts[k].text !== "of") continue;
    const from = ts[k + 1].lower === "the" ? k + 2 : k + 1;
    const g = from < countryEnd ? gazetteerAt(ctx.text, ts, from) : null;
    if (!g || from + g.len !== countryEnd || g.entry.kind !== "country") continue;
    const head = ts.slice(0, k);
    if (!splitTitleName(ctx, head)) continue;
    core = head;
    trailingCountry = g.entry.name;
    emitGazetteer(ctx, ts.slice(from, countryEnd), false);
    if (placed !== undefined) interpret(ctx, ts.slice(placed + 1), ts[placed], after);
  }
  let titled = splitTitleName(ctx, core);
  // "President Ruiz Vega for Mexico’s participation": a titled person, then a complement of the verb.
  if (!titled && core === ts) {
    for (let c = ts.length - 1; c > 1 && !titled; c--) {
      if (!/^(for|to|in|on|and|of|at)$/.test(ts[c].text)) continue;
      const head = ts.slice(0, c);
      const split = splitTitleName(ctx, head);
      // "Judge Ada Tamm on the Tidal Court for the Northern | District of …": no person's name ends the head.
      const noName =
        split &&
        loneWordIsNoName(
          ctx,
          split.name.filter((t) => !t.punct),
          titleText(ctx, split.title),
        );
      if (split && !noName && !isOrgHead(titleCase(head[head.length - 1].text))) {
        titled = split;
        core = head;
        // "… on the Tidal Court": the complement's article is no part of its name.
        const rest = ts.slice(c + 1);
        interpret(ctx, rest.length > 1 && ARTICLES.has(rest[0].lower) ? rest.slice(1) : rest, ts[c], after);
      }
    }
  }
  // "… as Chair of the Council of Economic Advisers": an office and its body, no person; the body is named.
  if (!titled && isTitleNoun(ts[0]) && namesOfficeHolders(ts[ts.length - 1])) {
    emitOrgsIn(ctx, ts);
    return;
  }
  const lastWord = titled ? titleCase(core[core.length - 1].text) : "";
  if (titled && !isOrgHead(lastWord) && !MEETING_HEADS.has(lastWord) && !isNoTitle(ctx, titled.title)) {
    titled = { title: titled.title.slice(servedOffice(titled.title)), name: titled.name };
    const { country, orgTokens } = countryOfTitle(ctx, titled.title);
    const title = titleText(ctx, titled.title);
    const org = orgTokens ? nameOf(ctx, orgTokens) : bodyBeforeAcronym(ctx, titled.title);
    emitPerson(ctx, titled.name, title, trailingCountry ?? country, org);
    if (orgTokens) emitOrganisation(ctx, orgTokens, undefined);
    if (!orgTokens) bindTitleOrg(ctx, titled.name, titled.title, emitOrgsIn(ctx, titled.title), true);
    else emitGazetteer(ctx, titled.title, true);
    return;
  }

  // A whole-run gazetteer name, or a run made only of gazetteer names.
  const g = gazetteerAt(ctx.text, ts, 0);
  if (g && g.len === ts.length) {
    emitGazetteer(ctx, ts, false);
    return;
  }

  // Organisation or programme by head noun.
  const orgAt = ctx.out.length;
  if (emitOrganisation(ctx, ts, before)) {
    const acr = bracketedAcronym(after, 0);
    const org = ctx.out[orgAt];
    if (acr && org && definesAcronymAt(ctx.text, org, acr.text)) org.acronym ??= acr.text;
    if (org?.kind !== "country") emitGazetteer(ctx, ts, true); // a government is its country, not a body of it
    return;
  }

  // A name an acronym spells across a lowercase word ("Tidal Transformation with Africa (TTA)", see `spelledAcross`)
  // is one name, with no head noun of its own: its kind is that of a head noun written after the acronym ("… (TTA)
  // program"), else a bare name for stage 05; its places are inside it.
  if (ts.some((t) => !t.cap && !t.punct && !NAME_CONNECTORS.has(t.text))) {
    const acr = bracketedAcronym(after, 0);
    const headAfter = acr ? /^\s+(\p{Ll}+)/u.exec(ctx.text.slice(after[2].end, after[2].end + 24))?.[1] : undefined;
    const m = namedMention(ctx, ts, headAfter ? kindOfHead(headAfter[0].toUpperCase() + headAfter.slice(1)) : null);
    if (acr && definesAcronymAt(ctx.text, m, acr.text)) m.acronym = acr.text;
    ctx.out.push(m);
    emitGazetteer(ctx, ts, true);
    return;
  }
  // A country-prefixed name of two or more capitalised words without a known head noun is a body of that
  // country's government ("U.S. Cartographic Survey").
  const lead = gazetteerAt(ctx.text, ts, 0);
  const tail = lead ? ts.slice(lead.len) : [];
  // Capitalised words from the first to the last, joined by a few lowercase ones ("… of the Tides"); not a country
  // "of" or "on" something ("United States on the Tidal Council").
  const bodyLike = tail.length >= 2 && tail[0].cap && tail.every((t) => t.cap || /^(of|for|and|the|on)$/.test(t.text));
  if (
    lead?.entry.kind === "country" &&
    !lead.entry.demonym &&
    bodyLike &&
    before?.lower === "the" &&
    !tail.some((t) => GAZETTEER.has(t.text) || TITLE_NOUNS.has(t.lower) || CALENDAR_WORDS.has(t.lower))
  ) {
    const m = namedMention(ctx, ts, "agency");
    m.country = lead.entry.name;
    ctx.out.push(m);
    emitGazetteer(ctx, ts, true);
    return;
  }
  // "Douglas L. Tamm", "Victoria Ruiz": a town's name that opens a person's name is a given name; the whole is a
  // bare name for stage 05 (not after "in", "at" …: "in Douglas Tamm’s county" is rare, "in Victoria Harbour" not).
  if (
    lead?.len === 1 &&
    isTown(lead.entry) && // not a region ("Pacific Islander")
    ts.length >= 2 &&
    ts.length <= 4 &&
    !(before && PLACING_WORD.test(before.lower)) &&
    ts.slice(1).every((t) => isInitial(t.text) || isSurnameWord(t, ctx.vocab)) &&
    isSurnameWord(ts[ts.length - 1], ctx.vocab)
  ) {
    ctx.out.push(namedMention(ctx, ts, null));
    return;
  }
  // "Ada Hamilton", "Juris R. Stanley", "Ana M. Douglas": a town's name that ends a person's name after a given
  // name is a surname, the whole a bare name for stage 05 ("Lake Victoria", "Port Douglas" open with ordinary words).
  const end = ts.length >= 2 && ts.length <= 4 ? gazetteerAt(ctx.text, ts, ts.length - 1) : null;
  if (
    end?.len === 1 &&
    isTown(end.entry) &&
    !US_STATE_NAMES.has(end.entry.name) &&
    !(before && PLACING_WORD.test(before.lower)) &&
    ts.slice(0, -1).every((t) => isInitial(t.text) || isSurnameWord(t, ctx.vocab)) &&
    !isInitial(ts[0].text) &&
    !ctx.text.slice(ts[ts.length - 2].end, ts[ts.length - 1].start).includes("\n") // an address's next line
  ) {
    ctx.out.push(namedMention(ctx, ts, null));
    return;
  }
  const found = ctx.out.length;
  const covered = emitGazetteer(ctx, ts, false);
  const rest = ts.filter((_, k) => !covered.has(k));
  if (!rest.some((t) => t.cap && !t.punct)) return;
  // "Samsung SDI America is investing …", "Acme Mexico": a country that ends a name of other capitalised words on
  // the same line is part of a company's name, not the country acting (a letter's address puts one on a line of its
  // own).
  const last = ts[ts.length - 1];
  const beforeLast = ts[ts.length - 2];
  if (
    covered.has(ts.length - 1) &&
    !covered.has(ts.length - 2) &&
    beforeLast.cap &&
    !beforeLast.punct &&
    !isTitleWord(beforeLast) &&
    !CALENDAR_WORDS.has(beforeLast.lower) &&
    !NAME_CONNECTORS.has(beforeLast.text) &&
    !ctx.text.slice(beforeLast.end, last.start).includes("\n")
  )
    for (let k = found; k < ctx.out.length; k++) {
      const m = ctx.out[k];
      if (m.end === last.end && m.kind === "country" && !m.demonym) m.nested = true;
    }
  // Remaining capitalised words: a bare name for stage 05 (surname, full name, acronym, programme name).
  const segments: Token[][] = [];
  let cur: Token[] = [];
  ts.forEach((t, k) => {
    if (covered.has(k) || t.text === "-") {
      if (cur.length) segments.push(cur);
      cur = [];
    } else cur.push(t);
  });
  if (cur.length) segments.push(cur);
  // "in Rivertown, Oregon": a place followed by its state or country.
  if (
    segments.length === 1 &&
    segments[0].length === ts.length &&
    before &&
    /^(in|at|from|to|of|near)$/.test(before.text) &&
    after[0]?.text === ","
  ) {
    const g = after[1]?.cap ? GAZETTEER.get(after[1].text) : undefined;
    if (g && (g.kind === "place" || g.kind === "country") && !g.demonym) {
      const m = namedMention(ctx, ts, "place");
      m.country = g.country ?? g.name;
      ctx.out.push(m);
      return;
    }
  }
  for (let seg of segments) {
    while (seg.length && (NAME_CONNECTORS.has(seg[0].text) || seg[0].punct)) seg = seg.slice(1);
    while (seg.length && (NAME_CONNECTORS.has(seg[seg.length - 1].text) || seg[seg.length - 1].punct))
      seg = seg.slice(0, -1);
    if (!seg.length) continue;
    const onlyTitles = seg.every((t) => isTitleWord(t) || HONORIFICS.has(t.text));
    const calendar = seg.every((t) => CALENDAR_WORDS.has(t.lower) || /^\d/.test(t.text));
    const common = seg.length === 1 && isCommon(seg[0], ctx.vocab) && !isAcronym(seg[0].text);
    if (onlyTitles || calendar || common) continue;
    // "… and Ada Tamm, who heads the Tidal Office": a name of two words or more that "who" follows is a person's.
    if (seg[seg.length - 1] === ts[ts.length - 1] && followedByWho(after) && isPlainName(seg, ctx.vocab)) {
      emitPerson(ctx, seg, "");
      continue;
    }
    // Both tests of the words before the name (LOCATIVE_LEAD, PROGRAM_CONTEXT) need them to end in one of a few
    // words: most do not, and are not collapsed and searched.
    const window = ctx.text.slice(Math.max(0, seg[0].start - 80), seg[0].start);
    const lead = leadWordAtEnd(window) ? collapse(window) : "";
    const m = namedMention(ctx, seg, null);
    m.placeLead =
      (!!lead && LOCATIVE_LEAD.test(lead.slice(-12))) || (seg.length === 1 && inListOfOneWordNames(ctx.text, seg[0]));
    // For an acronym, only the people it serves: "funding for AI" makes no programme of AI.
    const end = seg[seg.length - 1].end;
    const servesPeople = PROGRAM_PEOPLE_AFTER.test(ctx.text.slice(end, end + 16));
    m.programLead =
      seg.length === 1 && isAcronym(seg[0].text) ? servesPeople : PROGRAM_CONTEXT.test(lead) || servesPeople;
    if (seg.length === 1) m.articleLead = standsAloneAfterArticle(ctx.text, seg[0]);
    ctx.out.push(m);
  }
}

/**
 * The body a person's title names becomes their organisation ("Deputy Secretary of the Tidal Department of Tides
 * Ada Tamm", "Ada Tamm, Deputy Secretary of …"): the last of `orgs`, found in `title`, unless it is the body of a
 * posting ("Representative of Tidal to the Nordic Council" serves Tidal). The posting ends at a comma ("Envoy to the
 * Tidal Talks, Department of Tides" is of the department).
 */
function bindTitleOrg(ctx: Ctx, name: Token[], title: Token[], orgs: Mention[], nameAfter: boolean): void {
  const person = ctx.out.find((m) => m.kind === "person" && m.start === name[0].start);
  // A one-word name behind a title is too often no person's ("… Foundation for Greater | Buffalo") to bind.
  if (!person || person.org || (nameAfter && !person.name.includes(" "))) return;
  const postedAt = postingAt(title);
  const commaAt = title.findIndex((t, k) => k > postedAt && t.text === ",");
  const postingEnd = commaAt < 0 ? Infinity : title[commaAt].start;
  const own = orgs.filter(
    (o) =>
      (postedAt < 0 || o.start < title[postedAt].start || o.start > postingEnd) &&
      wholeBodyInTitle(title, o, nameAfter),
  );
  if (own.length) person.org = own[own.length - 1].name;
}

/**
 * Whether `org`, found in `title`, is a whole body's name: not the second half of one cut at "and", nor, when the name
 * comes right after the title (`nameAfter`), one that runs into the name's honorific or title ("Director of the
 * Office of Tides Dr. Ada Tamm", "Office of Tides Mayor Ada Tamm", "Office of Senator Tamm"). There a title noun ends
 * a body's name only after "of the" ("Office of the Chief Hydrographer"); after the name it may ("…, Department of
 * Justice").
 */
function wholeBodyInTitle(title: Token[], org: Mention, nameAfter: boolean): boolean {
  const at = title.findIndex((t) => t.start === org.start);
  const end = title.findIndex((t) => t.end === org.end);
  if (at < 0 || end < 0) return false;
  const last = title[end];
  if (title[at - 1]?.text === "and" || HONORIFICS.has(last.text)) return false;
  const ofThe = title.slice(at, end).some((t, k, ts) => t.text === "of" && ts[k + 1]?.text === "the");
  return !nameAfter || !isTitleNoun(last) || ofThe;
}

/** Organisations and places named inside a title: "Senior Director ... at the National Glacier Council". */
function emitOrgsIn(ctx: Ctx, title: Token[]): Mention[] {
  const found: Mention[] = [];
  for (const run of runs(ctx.text, title, ctx.vocab)) {
    for (let part of splitConjunctions(ctx.text, run.tokens)) {
      // The body's name starts after the last title noun before its head: "Senior Director for X at the Y Council".
      const headAt = part.findIndex((t) => AGENCY_HEADS.has(t.text) || PROGRAM_HEADS.has(t.text));
      if (headAt < 0) {
        emitGazetteer(ctx, part, true);
        continue;
      }
      let from = 0;
      // "and" joins ordinary words and acronyms into one name ("Chair of the Coastal Safety and Health Commission",
      // "TIDES Legal Defense and Educational Fund"), not a person's name to a body ("Ada Tamm and Tidal Council Chair
      // …"); "&" joins whatever stands before it ("Tidal Rights Education & Defense Fund").
      for (let k = 0; k < headAt; k++) {
        const t = part[k];
        const joins =
          (t.text === "&" || t.text === "and") &&
          k > from &&
          (t.text === "&" ||
            part.slice(from, k).every((x) => (isCommon(x, ctx.vocab) || isAcronym(x.text)) && !GAZETTEER.has(x.text)));
        // "Former Florida Senate President …": a word that dates or qualifies the office is no part of the body.
        const qualifiesOffice = OFFICE_QUALIFIERS.test(t.lower);
        // "the General Assembly", "General Services Administration": "General" as an adjective of the body, where no
        // title word comes before it ("Secretary General", "Attorney General") and a word of the name after it.
        const generalOfBody =
          t.text === "General" && !(k > 0 && isTitleWord(part[k - 1])) && part[k + 1]?.cap && !isTitleWord(part[k + 1]);
        if (
          (isTitleNoun(t) && !generalOfBody) ||
          HONORIFICS.has(t.text) ||
          qualifiesOffice ||
          (NAME_CONNECTORS.has(t.text) && !joins)
        )
          from = k + 1;
      }
      part = part.slice(from);
      // "General Services Administration Administrator": the office after the body's head is no part of its name.
      let to = part.length;
      while (to > 1 && TITLE_NOUNS.has(part[to - 1].lower) && !isOrgHead(part[to - 1].text)) to--;
      if (to < part.length && isOrgHead(titleCase(part[to - 1].text))) part = part.slice(0, to);
      if (!part.length) continue;
      const n = ctx.out.length;
      if (emitOrganisation(ctx, part, undefined) && ctx.out.length > n) {
        ctx.out[n].nested = true;
        found.push(ctx.out[n]);
      } else emitGazetteer(ctx, part, true);
    }
  }
  return found;
}

/**
 * Where the office of the person named after a title starts: after "to" and right before a title word ("Labor Counsel
 * to Chairman Tom Harkin", "Speechwriter to Ambassador Ada Tamm": the counsel and the speechwriter are others), not
 * after "to the" ("Special Assistant to the President Ada Tamm" is the assistant).
 */
function servedOffice(title: Token[]): number {
  for (let k = title.length - 2; k > 0; k--)
    if (title[k].text === "to") return isTitleWord(title[k + 1]) && !ARTICLES.has(title[k + 1].lower) ? k + 1 : 0;
  return 0;
}

/**
 * Where "in" and a place's name end the run ("… of Latvia in Riga", "… in Port Elda"): the index of "in". A place's
 * name: the gazetteer's, or up to PLACE_WORDS capitalised words, none a head noun or title word.
 */
function placeAtEnd(ctx: Ctx, ts: Token[]): number | undefined {
  for (let k = ts.length - 2; k > 0; k--) {
    if (ts[k].text !== "in") continue;
    const g = gazetteerAt(ctx.text, ts, k + 1);
    const rest = ts.slice(k + 1);
    const named =
      (g && k + 1 + g.len === ts.length) ||
      (rest.length <= PLACE_WORDS &&
        rest.every((t) => t.cap && !t.punct && !isOrgHead(titleCase(t.text)) && !isTitleWord(t)));
    return named ? k : undefined;
  }
  return undefined;
}
const PLACE_WORDS = 3;

/** Lowercase title nouns that make an apposition: "Jane Doe, advisor to the Minister". */
function appositionTitle(ts: Token[], from: number): { end: number } | null {
  let k = from;
  const first = ts[k];
  if (!first || !(isTitleWord(first) || TITLE_NOUNS.has(first.lower))) {
    // "Legal Advisor", "Special Assistant": allow a few capitalised modifiers before the title noun.
    let j = k;
    while (j < ts.length && j < k + 4 && ts[j].cap && !isTitleNoun(ts[j])) j++;
    if (!(j < ts.length && isTitleNoun(ts[j]))) return null;
  }
  while (
    k < ts.length &&
    !/^[;.:“"<—…[]$/.test(ts[k].text) &&
    !(ts[k].text === "," && ts[k + 1] && /^(and|who|which|met|said)$/.test(ts[k + 1].text)) &&
    // "…, Under Secretary of Tides & Mr. Drew Tamm": a second person, behind an honorific.
    !(/^(?:&|and)$/.test(ts[k].text) && ts[k + 1] && HONORIFICS.has(ts[k + 1].text))
  ) {
    if (!mayBeInTitle(ts[k])) return titleBefore(ts, from, k);
    k++;
  }
  return { end: k };
}

/**
 * The title before a word no title holds (a verb, a quotation): the words up to a closing comma ("…, Secretary of
 * Housing, made a stop") or ending in a title noun or a body's head ("…, party leader as well as …", "…, President of
 * the Historical Association said"). Otherwise the comma opened a clause ("…, President Varga has fought to …") and
 * there is no title.
 */
function titleBefore(ts: Token[], from: number, stop: number): { end: number } | null {
  let end = stop;
  while (end > from && (ts[end - 1].punct || TITLE_FILLERS.test(ts[end - 1].lower))) end--;
  if (end === from) return null;
  const closed = ts.slice(end, stop).some((t) => t.text === ",");
  const last = ts[end - 1];
  return closed || TITLE_NOUNS.has(last.lower) || isOrgHead(last.text) ? { end } : null;
}

/** Lowercase words a title phrase may hold besides title nouns and domain words ("former", "to the"). */
const TITLE_FILLERS =
  /^(?:of|for|to|the|and|on|in|at|with|from|a|an|&|former|acting|current|then|interim|incoming|outgoing|newly|first|also|as|its|his|her|their|nominee|designate|vice|co-\p{L}+)$/u;

/**
 * A word of an apposition's title. Anything else, a verb or a quotation, means the comma opened a clause ("…, President
 * Varga has fought to …") whose words are no title.
 */
function mayBeInTitle(t: Token): boolean {
  if (t.punct) return /^[,\-–’'./&()+]$/.test(t.text);
  return (
    t.cap ||
    /^\d/.test(t.text) ||
    NAME_PARTICLES.has(t.text) ||
    TITLE_NOUNS.has(t.lower) ||
    DOMAIN_WORDS.has(t.lower) ||
    TITLE_FILLERS.test(t.lower)
  );
}

/** Finds the mentions of one sentence. */
const OPENING_QUOTE = /^[“"]$/;
const CLOSING_QUOTE = /^[”"]$/;

/**
 * The tokens without a quoted nickname between two capitalised words: "Benjamin “Benny” Tamm" is read as "Benjamin
 * Tamm" (the surface keeps the nickname, the name drops it, see `nameOf`).
 */
function withoutNicknames(ts: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (
      OPENING_QUOTE.test(t.text) &&
      ts[i - 1]?.cap &&
      !ts[i - 1].punct &&
      ts[i + 1]?.cap &&
      !ts[i + 1].punct &&
      CLOSING_QUOTE.test(ts[i + 2]?.text ?? "") &&
      ts[i + 3]?.cap &&
      !ts[i + 3].punct
    ) {
      out ??= ts.slice(0, i);
      i += 2;
      continue;
    }
    out?.push(t);
  }
  return out ?? ts;
}

/** The initials a word gives an acronym: one a part of a hyphenated word ("Asia-Pacific" → "AP"). */
const acronymLetters = (t: Token) =>
  t.text
    .split("-")
    .filter((part) => part)
    .map((part) => part[0].toUpperCase())
    .join("");

/**
 * "Tidal Equity, Access, and Deployment (TEAD) Program", "Baltic-Nordic Tidal Cooperation (BNTC) Leaders Meeting": a
 * name whose acronym stands between its words and its head noun is one name, of the head's kind, from the first word
 * the acronym spells ("Tidal Equity, Access, and Deployment Program"). Returns `rs` with the runs such a
 * name covers replaced by one run that carries it (`named`), the words before it in their run left as a run.
 */
function namesAroundAcronyms(ctx: Ctx, ts: Token[], rs: Run[]): Run[] {
  let out: Run[] | null = null;
  for (let r = 0; r < rs.length; r++) {
    const head = rs[r];
    const open = head.at - 3;
    const acr = open >= 1 ? bracketedAcronym(ts, open) : null;
    const found = acr ? spelledBefore(ts, open, acr.text.toUpperCase()) : -1;
    if (found < 0) {
      out?.push(head);
      continue;
    }
    // The head: the run's capitalised words up to the first lowercase one ("Leaders Meeting" of "Leaders Meeting in
    // Bangkok"); what follows is a run of its own.
    let n = 0;
    while (n < head.tokens.length && head.tokens[n].cap && !head.tokens[n].punct) n++;
    const heads = head.tokens.slice(0, n);
    // A head of one or two words ("Program", "Leaders Meeting"), not a name of its own ("The Tidal Administration",
    // "Federal Tidal Administration").
    const kind = n >= 1 && n <= 2 && !ARTICLES.has(heads[0].lower) ? kindOfHead(heads[n - 1].text) : null;
    // Words with a head noun of their own name a body, whose acronym it is ("Tidal Board (TB) Program Office" is the
    // office of the board, "National Tidal Institutes (NTI) Office" the institutes'); so do countries ("Latvia, Estonia
    // (LE) Joint Statement").
    const spelt = ts.slice(found, open);
    if (
      !kind ||
      spelt.some(hasOwnHead) ||
      spelt.some((t, k) => t.cap && gazetteerAt(ctx.text, spelt, k)?.entry.kind === "country")
    ) {
      out?.push(head);
      continue;
    }
    out ??= rs.slice(0, r);
    // The runs from the name's first word on give way to it; words before it in the same run stay a run.
    while (out.length && out[out.length - 1].at + out[out.length - 1].tokens.length > found) {
      const prev = out.pop()!;
      if (prev.at < found) {
        const kept = prev.tokens.slice(0, found - prev.at);
        while (kept.length && (NAME_CONNECTORS.has(kept[kept.length - 1].text) || kept[kept.length - 1].punct))
          kept.pop();
        if (kept.length) out.push({ tokens: kept, at: prev.at });
      }
    }
    const first = ts[found];
    const last = heads[heads.length - 1];
    const m = newMention(ctx, first, last, kind, "");
    m.name = `${collapse(ctx.text.slice(first.start, ts[open - 1].end))} ${collapse(ctx.text.slice(heads[0].start, last.end))}`;
    // The acronym is the spelt words' ("United Nations (UN) Security Council", "… Cooperation (APEC) Leaders
    // Meeting"), which may name something else elsewhere: it defines nothing here.
    out.push({ tokens: ts.slice(found, head.at + n), at: found, named: m });
    let rest = n;
    while (rest < head.tokens.length && (NAME_CONNECTORS.has(head.tokens[rest].text) || head.tokens[rest].punct))
      rest++;
    if (rest < head.tokens.length) out.push({ tokens: head.tokens.slice(rest), at: head.at + rest });
  }
  return out ?? rs;
}

/** A word that is a head noun itself, or its plural ("Board", "Institutes"): the words before it name a body. */
const hasOwnHead = (t: Token) =>
  t.cap && (kindOfHead(titleCase(t.text)) !== null || kindOfHead(titleCase(t.text).replace(/s$/, "")) !== null);

/**
 * Where the words before `ts[open]` (a bracket) start to spell `letters`, by their initials, going back over commas and
 * words like "and" and "of"; -1 where they do not.
 */
function spelledBefore(ts: Token[], open: number, letters: string): number {
  let spelt = "";
  for (let k = open - 1; k >= 0; k--) {
    const t = ts[k];
    if (t.text === "," || NAME_CONNECTORS.has(t.text)) continue;
    if (!t.cap || t.punct) return -1;
    spelt = acronymLetters(t) + spelt;
    if (spelt === letters) return k;
    if (spelt.length >= letters.length || !letters.endsWith(spelt)) return -1;
  }
  return -1;
}

/** Two to five capitalised words (or particles) with no head noun of a body, no title word, and no place's name. */
function isNameLike(text: string, words: Token[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((t) => t.cap || NAME_PARTICLES.has(t.text)) &&
    !words.some((t) => isOrgHead(titleCase(t.text)) || isTitleWord(t)) &&
    !namesPlace(text, words)
  );
}

/**
 * A line that opens with a label, a colon and the field's value is a field of a record; a label that opens
 * FIELD_LABEL_LINES lines or more of one document is the name of a field its records share ("Release Grant: Term
 * ended on …", "Offense: …" at every entry of a list), and names no entity there. A label written once
 * ("Ruritania: will provide …", "Governor Ada Tamm: …") stays a name.
 */
const FIELD_LABEL = /^[ \t]*(\p{Lu}[^\n:]{0,60}?)[ \t]*:(?=[ \t]*\S)/gmu;
const FIELD_LABEL_LINES = 3;

/** `mentions` of the document `text` less those that are exactly a repeated field label (see FIELD_LABEL). */
export function withoutFieldLabels(text: string, mentions: Mention[]): Mention[] {
  if (!mentions.length || !text.includes(":")) return mentions;
  const spans = new Map<string, Array<[number, number]>>();
  for (const m of text.matchAll(FIELD_LABEL)) {
    const start = m.index + m[0].indexOf(m[1]);
    const list = spans.get(m[1]);
    if (list) list.push([start, start + m[1].length]);
    else spans.set(m[1], [[start, start + m[1].length]]);
  }
  const labelEnd = new Map<number, number>();
  for (const list of spans.values())
    if (list.length >= FIELD_LABEL_LINES) for (const [start, end] of list) labelEnd.set(start, end);
  if (!labelEnd.size) return mentions;
  return mentions.filter((m) => labelEnd.get(m.start) !== m.end);
}

export function findMentions(text: string, sentence: Sentence, index: number, vocab: Vocabulary): Mention[] {
  const ctx: Ctx = { text, sentence: index, vocab, out: [] };
  const ts = withoutNicknames(tokenize(text, sentence.start, sentence.end));
  const rs = namesAroundAcronyms(ctx, ts, runs(text, ts, ctx.vocab));
  for (let r = 0; r < rs.length; r++) {
    const run = rs[r];
    if (run.named) {
      ctx.out.push(run.named);
      emitGazetteer(ctx, run.tokens, true);
      continue;
    }
    const trimmed = trimFront(ctx, run, ts);
    if (!trimmed.length) continue;
    const endIdx = run.at + run.tokens.length;
    const after = ts.slice(endIdx, endIdx + 3);
    // Heading that opens with an ordinary word ("Strengthen Dairy Cooperation") is a sentence, not a name; not one that
    // names a person and their title ("Guy Tamm, Member, Tidal Board").
    if (
      sentence.heading &&
      trimmed[0] !== run.tokens[0] &&
      run.at === 0 &&
      isImperative(run.tokens[0].text) &&
      !(after[0]?.text === "," && mayBeGivenName(run.tokens[0]) && appositionTitle(ts, endIdx + 1))
    ) {
      emitGazetteer(ctx, trimmed, false);
      continue;
    }
    // Apposition: "Jane Roe, Special Assistant to ...", "Juan Pérez Gómez, advisor to ...".
    // "Dr. Jane Roe, Chief Medical Officer, …": an honorific alone is no title that would end the name's reading.
    const split = after[0]?.text === "," ? splitTitleName(ctx, trimmed) : null;
    if (after[0]?.text === "," && (!split || split.title.every(isStyleOfAddress))) {
      // "Jane Roe, the Minister of Finance, spoke": the article is no part of the title.
      const titleAt =
        endIdx + 1 + (ts[endIdx + 1]?.lower === "the" && ts[endIdx + 2] && isTitleWord(ts[endIdx + 2]) ? 1 : 0);
      const app = appositionTitle(ts, titleAt);
      // "The Honorable Ada Tamm, Under Secretary …": honorifics are no part of the name; a town's name may open it
      // ("Victoria Tamm").
      let h = 0;
      while (h < trimmed.length - 1 && isStyleOfAddress(trimmed[h])) h++;
      // "Guy Tamm, Member, …", "Mark D. Ruiz, Nominee for …" opening a sentence: the ordinary word trimmed off its
      // front ("guy", "mark") is a given name when the rest would be no name but for it, or opens with an initial, and a
      // title follows.
      const givenNameTrimmed =
        run.tokens.length === trimmed.length + 1 &&
        h === 0 &&
        mayBeGivenName(run.tokens[0]) &&
        (!isNameLike(ctx.text, trimmed) || isInitial(trimmed[0].text)) &&
        isNameLike(ctx.text, run.tokens);
      const person = givenNameTrimmed ? run.tokens : h ? trimmed.slice(h) : trimmed;
      const nameLike = isNameLike(ctx.text, person);
      // After "the", only a title with a title noun among its first words ("the Sultan of Oman", "the National Climate
      // Advisor"; not "the National Association of …", "the Tidal Award and the Grand Cross of Prince …", nor a
      // possessive's: "the Secretary’s Award") that the sentence closes: in "… met Kaja Kallas, the Prime Minister
      // said", a new clause.
      const closed =
        titleAt === endIdx + 1 ||
        (!!app &&
          ts.slice(titleAt, Math.min(app.end, titleAt + 4)).some(isTitleNoun) &&
          !/[’']/.test(text.slice(ts[titleAt].start, ts[app.end - 1].end)) &&
          (!ts[app.end] || /^[,;.]$/.test(ts[app.end].text)));
      // "Los Angeles Times, National Review, NPR, CNN, and BBC": no word of office, nor a body's or place's name, and
      // commas inside, make a list.
      const listed =
        !!app &&
        ts.slice(titleAt, app.end).some((t) => t.text === ",") &&
        !hasWordOfOffice(titleText(ctx, ts.slice(titleAt, app.end))) &&
        !namesBodies(ctx, ts.slice(titleAt, app.end));
      if (app && nameLike && closed && !listed) {
        const titleToks = ts.slice(titleAt, app.end);
        const { country, orgTokens } = countryOfTitle(ctx, titleToks);
        emitPerson(ctx, person, titleText(ctx, titleToks), country, orgTokens ? nameOf(ctx, orgTokens) : undefined);
        // The title phrase is interpreted in turn (organisations and countries inside it).
        bindTitleOrg(ctx, person, titleToks, emitOrgsIn(ctx, titleToks), false);
        while (r + 1 < rs.length && rs[r + 1].at < app.end) r++;
        continue;
      }
    }
    // Reversed apposition: "The President of Chile, Luisa Ruiz Vega, met ..."; not the title of a name before it, whose
    // body follows ("Ada Tamm, Co-Founder and President, Voto Tidal").
    const titleFrom = ts.indexOf(trimmed[0]);
    const prevRun = rs[r - 1];
    const titleOfNameBefore =
      ts[titleFrom - 1]?.text === "," &&
      prevRun !== undefined &&
      prevRun.at + prevRun.tokens.length === titleFrom - 1 &&
      prevRun.tokens.length >= 2 &&
      prevRun.tokens.every((t) => t.cap && !isOrgHead(titleCase(t.text)) && !isTitleWord(t));
    if (
      after[0]?.text === "," &&
      trimmed.some(isTitleNoun) &&
      !titleOfNameBefore &&
      !splitTitleName(ctx, trimmed) &&
      rs[r + 1]?.at === endIdx + 1
    ) {
      const nextRun = rs[r + 1].tokens;
      const closeAt = endIdx + 1 + nextRun.length;
      const nameLike = isNameLike(ctx.text, nextRun);
      if (nameLike && (!ts[closeAt] || /^[,;.]$/.test(ts[closeAt].text))) {
        const { country, orgTokens } = countryOfTitle(ctx, trimmed);
        emitPerson(ctx, nextRun, titleText(ctx, trimmed), country, orgTokens ? nameOf(ctx, orgTokens) : undefined);
        emitGazetteer(ctx, trimmed, true);
        r++;
        continue;
      }
    }
    for (const part of splitConjunctions(ctx.text, trimmed)) {
      interpret(
        ctx,
        part,
        ts[ts.indexOf(part[0]) - 1],
        part[part.length - 1] === run.tokens[run.tokens.length - 1] ? after : [],
      );
    }
  }
  // "U.S. Office of Coastal Mapping (USOCM)": an acronym in brackets right after a name defines it.
  for (const m of ctx.out) {
    if (m.kind !== "agency" && m.kind !== "program") continue;
    const def = /^\s*\(([\p{Lu}][\p{Lu}\d.&-]{1,9})\)/u.exec(text.slice(m.end, m.end + 14));
    if (def && isAcronym(def[1]) && definesAcronymAt(text, m, def[1])) m.acronym ??= def[1];
  }
  // One mention per span and kind, the first in this order. Equal spans sort next to each other, so the kinds
  // already kept are those of the run of equal spans just before.
  ctx.out.sort((a, b) => a.start - b.start || b.end - a.end || Number(!!a.nested) - Number(!!b.nested));
  const kept: Mention[] = [];
  let runFrom = 0;
  for (const m of ctx.out) {
    const last = kept[kept.length - 1];
    if (!last || last.start !== m.start || last.end !== m.end) runFrom = kept.length;
    let seen = false;
    for (let k = runFrom; k < kept.length && !seen; k++) seen = kept[k].kind === m.kind;
    if (!seen) kept.push(m);
  }
  return kept;
}

/**
 * Whether a bracketed acronym after a name defines it: its letters appear in the name, in order, the first as the
 * initial of a word ("Ruritanian Agency for Tidal Development (RATD)", "Secretaría de Mareas (SM)"), and it spells
 * more than the name's complement. "Tallinn College (NY)" gives a state, not an acronym.
 */
function definesAcronym(name: string, acronym: string, before = ""): boolean {
  // Digits may stand for number words ("Group of Seven (G7)"); an owner before the name may give the first letter
  // ("President’s Advisory Committee on the Arts (PACA)").
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, "");
  const owner = /(\S+)[’']s\s+$/u.exec(before)?.[1] ?? "";
  const lower = `${owner} ${name}`.toLowerCase();
  if (!letters || !lower.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(letters[0]))) return false;
  let at = 0;
  for (const letter of letters) {
    at = lower.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return !abbreviatesComplement(name, acronym);
}

/** `definesAcronym` for a mention of `text`, with the words before it (an owner may give the first letter). */
function definesAcronymAt(text: string, m: Mention, acronym: string): boolean {
  return definesAcronym(text.slice(m.start, m.end), acronym, text.slice(Math.max(0, m.start - 40), m.start));
}

/** Words that open the complement of a name: "Summit on …", "Office of the …", "Fund for …". */
const COMPLEMENT = /\s(?:on|of|for|to|in|against)\s+(?:the\s+)?(.+)$/;

/**
 * Whether a bracketed acronym spells only the complement of the name before it, not the name: "Global Summit on
 * Artificial Intelligence (AI)" defines AI for artificial intelligence, which elsewhere is no summit. "Department of
 * Tides (DOT)" and "U.S. Agency for Coastal Mapping (USACM)" spell more than their complements.
 */
function abbreviatesComplement(name: string, acronym: string): boolean {
  const complement = COMPLEMENT.exec(name);
  return complement !== null && initialsOf(complement[1]) === acronym.replace(/[.\-&]/g, "");
}
