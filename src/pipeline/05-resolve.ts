// Stage 05: alias resolution across the corpus. Mentions become entities: "John Q. Public, Jr.", "Johnny Public"
// and "President Public" are one person; "USOCM" is the agency it was defined for; "Mexican" is Mexico.
// Two people are merged only when surname and given names agree ("Joe" ⊂ "Joseph"), never on surname alone
// when the corpus knows two people of that surname and nothing in the document decides between them.

import type { EntityKind } from "../schema/graph.ts";
import { entityId, foldName } from "../schema/ids.ts";
import {
  AMBIGUOUS_COUNTRIES,
  COUNTRY_NAMES,
  GAZETTEER,
  STATE_OR_COUNTRY,
  US_STATE_NAMES,
} from "./lexicon/geography.ts";
import type { Mention } from "./04-mentions.ts";
import { initialsOf, isAcronym, isInitial, startsUpper } from "./tokens.ts";
import { sameGivenName } from "./lexicon/nicknames.ts";
import { NAME_PARTICLES } from "./lexicon/organisations.ts";
import { NO_BODY_INITIALS } from "./lexicon/words.ts";
import { ACADEMIC_STYLES, HONORIFICS, isLeaderTitle, isRankOnly, officeOf, TITLE_HEADS } from "./lexicon/titles.ts";

export interface Entity {
  id: string;
  kind: EntityKind;
  label: string;
  aliases: Set<string>;
  docs: Set<string>;
  mentions: number;
  titles: Map<string, number>;
  countries: Map<string, number>;
  orgs: Map<string, number>;
  /** People: the names of one or two words the corpus calls them by after a title ("President Tamm"), with their mentions. */
  calledBy: Map<string, number>;
}

/** A mention bound to its entity. */
export interface Resolved extends Mention {
  entity: string;
  /** Index of the mention in its document's list of mentions (stage 04's order). */
  mention: number;
}

export interface DocMentions {
  file: string;
  mentions: Mention[];
}

const SUFFIX = /^(jr|sr|ii|iii|iv)$/;

/** Particles that make the words after them a parent's name: "Khalid bin Salman bin Ahmad Tamm" is Ahmad Tamm's grandson. */
const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(["bin", "ibn", "bint", "binti"]); // not "ben": Ben Tamm

/**
 * Whether the name of `words` ends a fuller name `fuller` as its surname ("Ruiz Vega" of "Ana Ruiz Vega"), and not as a
 * parent's name after a patronymic particle ("Ahmad Tamm" of "Khalid bin Salman bin Ahmad Tamm").
 */
function endsWithName(fuller: readonly string[], words: readonly string[]): boolean {
  const at = fuller.length - words.length;
  return at > 0 && words.every((w, k) => fuller[at + k] === w) && !PATRONYMIC_PARTICLES.has(fuller[at - 1]);
}

/** Particles inside names ("da", "bin", "van"): no one is called by them alone. */
const INNER_PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, "di", "el", "bint"]);

/** Documents that must name a person in full before a bare surname elsewhere is taken for them. */
const BARE_SURNAME_DOCUMENTS = 2;
/** A word that is the given name of this many people of the corpus or more is a given name when it stands alone. */
const GIVEN_NAME_PEOPLE = 2;

/** Documents that must write a name after a word that places it ("in", "at": `placeLead`) before it counts as a place rather than a person. */
const PLACE_DOCUMENTS = 2;

/** A word of origin, not of a place: "Hawaiian", "American", "Japanese", "Irish", "Arabic". */
const ORIGIN_ADJECTIVE = /(?:an|ese|ish|ic)$/;

/** What `resolveBare` says of a name whose entity depends on the words before each mention of it. */
const BY_LEAD = Symbol("by lead");
const BY_DOCUMENT = Symbol("by document");
/** Share of an acronym's definitions that must agree for a document that only uses it to mean their body. */
const SHARED_ACRONYM = 0.8;
/** …or documents that must give the winning definition word for word. */
const SHARED_ACRONYM_DOCUMENTS = 3;
/** Share of a body's prefixed mentions that one country prefix needs for the bare name to be that country's body. */
const DOMINANT_PREFIX = 0.9;
/** Most words of a name a person is called by after a title: a surname of two ("Núñez Vega"). */
const CALLED_BY_WORDS = 2;

function countPersonMention(c: PersonCluster, m: Mention, file: string): void {
  c.mentions++;
  c.docs.add(file);
  c.names.set(m.name, (c.names.get(m.name) ?? 0) + 1);
  if (m.title) c.titles.add(titleNoun(m.title));
}

/**
 * Memos of the pure string functions resolve calls once per mention (a corpus repeats its names many times over);
 * emptied after each `resolve` so that a long-lived process does not keep the names of every build.
 */
const memos: Array<Map<string, unknown>> = [];
/** `f` remembered by its argument; `f` never gives undefined, so a miss is one lookup. */
function memoised<T extends NonNullable<unknown>>(f: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  memos.push(memo as Map<string, unknown>);
  return (text) => {
    let v = memo.get(text);
    if (v === undefined) memo.set(text, (v = f(text)));
    return v;
  };
}

const fold = memoised(foldName);

/**
 * Name words of a person, folded, without initials and suffixes: "John Q. Public, Jr." → [john, public]. The Arabic
 * article is one word however it is spelt before a name: "El-Tamm" and "Al-Tamm" → [al, tamm].
 * The array is shared between calls: read it, never change it.
 */
const personWords = memoised((name: string): readonly string[] => {
  const words = fold(name)
    .split(" ")
    .filter((w) => w && !SUFFIX.test(w) && w.length > 1);
  return words.map((w, k) => (w === "el" && k < words.length - 1 ? "al" : w));
});

const givenCompatible = sameGivenName;

/** One or more initials written together: "W.", "H.W.", "Q". */
const INITIALS_WORD = /^(?:\p{Lu}\.)+$|^\p{Lu}$/u;

/**
 * The initials written between a person's given name and surname, where all that is written there is initials: "HW"
 * of "George H. W. Tamm" and of "George H.W. Tamm", "W" of "George W. Tamm"; "" for a name without them, or with a
 * middle name written out ("Ana María Ruiz Vega", "Joseph Robinette Tamm"). Two names whose initials differ are two
 * people, whatever else they share: a father and his son, named alike.
 */
const middleInitials = memoised((name: string): string => {
  const words = name.split(/\s+/).map((w) => w.replace(/,$/, ""));
  while (words.length > 2 && SUFFIX.test(words[words.length - 1].replace(/\.$/, "").toLowerCase())) words.pop();
  const middle = words.slice(1, -1);
  if (!middle.length || !middle.every((w) => INITIALS_WORD.test(w))) return "";
  return middle.join("").replace(/\./g, "");
});

/** Whether `test` holds for every given name of a cluster. */
function everyGiven(c: PersonCluster, test: (given: string) => boolean): boolean {
  for (const g of c.givens) if (!test(g)) return false;
  return true;
}

/** Whether a name with middle initials `initials` may be a cluster's person: either is unknown, or both agree. */
const initialsAgree = (c: PersonCluster, initials: string) => !initials || !c.initials || c.initials === initials;

/** A quoted nickname inside a name as written: "Benny" of "Benjamin “Benny” Tamm". */
const QUOTED_NICKNAME = /[“"](\p{Lu}[\p{L}.’'-]*)[”"]/u;

/**
 * Key of an organisation: its name without a leading article, nor one after "of" ("Department of [the] Tides"), with
 * "UN" before a name spelt out ("UN Charter" is the United Nations Charter, which `orgKeyMap` joins to the "Charter
 * of the United Nations"), and words in one spelling where English has two ("Council of Economic Advisors" is the
 * "Council of Economic Advisers", "Defence" "Defense"). The leading country ("U.S.", "Mexico’s") goes in `orgKeyMap`.
 */
const orgKeyOfName = memoised((name: string) =>
  fold(name)
    .replace(/^the /, "")
    .replace(/^un (?=\S)/, "united nations ")
    .replace(/ of the /g, " of ")
    .replace(SPELLING_VARIANTS, (w) => ONE_SPELLING[w]),
);
/** British and American spellings of the words of bodies' names, and the one a key uses. */
const ONE_SPELLING: Record<string, string> = {
  advisor: "adviser",
  advisors: "advisers",
  defence: "defense",
  labour: "labor",
  organisation: "organization",
  organisations: "organizations",
  centre: "center",
  centres: "centers",
  programme: "program",
  programmes: "programs",
  "co operation": "cooperation",
};
const SPELLING_VARIANTS = new RegExp(`\\b(?:${Object.keys(ONE_SPELLING).join("|")})\\b`, "g");
function orgKey(m: Mention): string {
  return orgKeyOfName(m.name);
}

/** Country forms, folded, and the country each names: "u s", "us", "united states" → United States … */
const COUNTRY_PREFIXES = new Map(
  [...GAZETTEER]
    .filter(([, e]) => e.kind === "country")
    .map(([form, e]) => [foldName(form), e.name] as const)
    .filter(([f]) => f.length >= 2),
);

/** The name without leading country words: "u s mexico high level economic dialogue" → "high level economic dialogue". */
function stripCountries(key: string): { bare: string; prefix: string } {
  let words = key.split(" ");
  const countries: string[] = [];
  for (let changed = true; changed;) {
    changed = false;
    for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
      const country = COUNTRY_PREFIXES.get(words.slice(0, n).join(" "));
      if (country) {
        countries.push(country);
        words = words.slice(n);
        changed = true;
        break;
      }
    }
  }
  // The countries, not their spellings: "U.S.", "US" and "United States" are one prefix.
  return { bare: words.join(" "), prefix: countries.join("\u0000") };
}

/**
 * Organisation keys: a country prefix is dropped when the corpus knows the body under one prefix only, so
 * "Department of Tides" joins "U.S. Department of Tides" but "U.S.-India" and "U.S.-Mexico" dialogues stay apart.
 * "Tides Department" joins "Department of Tides"; "CRE Initiative" joins "Clean Roads Export Initiative" when the initials
 * agree.
 */
export function orgKeyMap(
  keys: Iterable<string>,
  places: ReadonlySet<string> = new Set(),
  gatherings: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const mentions = new Map<string, number>();
  for (const k of keys) mentions.set(k, (mentions.get(k) ?? 0) + 1);
  const all = [...mentions.keys()].sort();
  // A country and one word is a body when the corpus names that body alone ("U.S. Senate", "Senate"); else the word
  // is a mere head ("U.S. Bureau" of "U.S. Bureau of Tides", cut at its complement).
  const stripped = new Map(
    all.map((k) => {
      const s = stripCountries(k);
      return [k, s.bare.includes(" ") || mentions.has(s.bare) ? s : { bare: k, prefix: "" }] as const;
    }),
  );
  // Bare key → prefix → mentions under it.
  const prefixes = new Map<string, Map<string, number>>();
  for (const k of all) {
    const { bare, prefix } = stripped.get(k)!;
    if (!prefixes.has(bare)) prefixes.set(bare, new Map());
    const under = prefixes.get(bare)!;
    if (prefix) under.set(prefix, (under.get(prefix) ?? 0) + mentions.get(k)!);
  }
  // The prefix a body goes by: its only one, or one that nearly all its prefixed mentions bear ("U.S. Department of
  // Tides" 50 times, "Ruritania Department of Tides" once: the first is the "Department of Tides").
  const ownPrefix = new Map<string, string>();
  for (const [bare, under] of prefixes) {
    const total = [...under.values()].reduce((a, b) => a + b, 0);
    for (const [prefix, n] of under) if (n >= DOMINANT_PREFIX * total) ownPrefix.set(bare, prefix);
  }
  // A body under a prefix it does not own keeps it, in one spelling: "U.S. Coast Guard" and "United States Coast
  // Guard" are one body, which "Coast Guard" alone is not when the corpus also names the Ruritanian Coast Guard.
  const out = new Map<string, string>();
  for (const k of all) {
    const { bare, prefix } = stripped.get(k)!;
    out.set(
      k,
      !prefix || ownPrefix.get(bare) === prefix ? bare : `${prefix.split("\u0000").map(foldName).join(" ")} ${bare}`,
    );
  }
  // "Emory University in Atlanta" is the "Emory University" the corpus also names, when the words after the last
  // "in" are a place it knows; not "American University in Cairo", nor "U.S. Embassy in Riga", nor "Embassy of Latvia
  // in Tallinn", whose place tells one body from another (as in stage 04), nor a gathering ("G7 Summit in Hiroshima"
  // is one of many G7 summits).
  const named = new Set(out.values());
  for (const k of all) {
    const located = /^(.+) in (?:the )?(.+)$/.exec(out.get(k)!);
    if (!located || gatherings.has(k) || !named.has(located[1]) || !places.has(located[2])) continue;
    const words = located[1].split(" ");
    const [before, after] = [words.slice(0, -1).join(" "), words.slice(2).join(" ")];
    const placeTells =
      COUNTRY_PREFIXES.has(before) || words.length === 1 || (words[1] === "of" && COUNTRY_PREFIXES.has(after));
    if (!placeTells) out.set(k, located[1]);
  }
  // Longer names by the words they end with and the initials of the words before: "clean roads export initiative"
  // under "initiative" + "cre", "roads export initiative" + "c" …
  const byTailAndInitials = new Map<string, string[]>();
  for (const t of new Set(out.values())) {
    const w = t.split(" ");
    let initials = "";
    for (let j = 1; j < w.length; j++) {
      initials += w[j - 1][0];
      const key = `${w.slice(j).join(" ")}\u0000${initials}`;
      const list = byTailAndInitials.get(key);
      if (list) list.push(t);
      else byTailAndInitials.set(key, [t]);
    }
  }
  // "Tides Department" is the "Department of Tides", the "Tides Charter" the "Charter of Tides"; "Tides" alone is
  // the department or ministry, when one is of it.
  const values = new Set(out.values());
  for (const k of all) {
    const key = out.get(k)!;
    const m = /^(.+) (department|ministry|charter|convention|treaty|constitution)$/.exec(key);
    if (m) {
      if (values.has(`${m[2]} of ${m[1]}`)) out.set(k, `${m[2]} of ${m[1]}`);
      continue;
    }
    const of = ["department", "ministry"].map((head) => `${head} of ${key}`).filter((v) => values.has(v));
    if (of.length === 1) out.set(k, of[0]);
  }
  for (const k of all) {
    const words = out.get(k)!.split(" ");
    if (words.length < 2 || words[0].length < 2 || words[0].length > 8) continue;
    const tail = words.slice(1).join(" ");
    const match = (byTailAndInitials.get(`${tail}\u0000${words[0]}`) ?? []).filter((t) => t !== out.get(k));
    if (match.length === 1) out.set(k, match[0]);
  }
  return out;
}

/** The key counted most often; of keys counted as often, the first in code-unit order. */
export function top(map: Map<string, number>): string | undefined {
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** A fuller title must be written at least this share as often as the one it completes to be taken instead. */
const FULLER_TITLE_SHARE = 0.25;

/**
 * A person's title: the one written most often, or the commonest that completes it, where written often enough
 * ("Secretary" 111 times, "Secretary of State" 62: the second; "Leader" and "Senate Majority Leader").
 */
export function personTitle(stated: Map<string, number>): string | undefined {
  // An academic style is the title only of someone who has no other: "Professor Ana Ruiz" is the minister. So is a
  // military rank, against an office written as often: "General Ada Tamm" is the Chief of Defence Forces.
  const offices = new Map([...stated].filter(([t]) => !ACADEMIC_STYLES.has(t) && !isRankOnly(t)));
  const ranks = new Map([...stated].filter(([t]) => isRankOnly(t)));
  const office = top(offices);
  if (office !== undefined && ranks.size && offices.get(office)! < ranks.get(top(ranks)!)!)
    for (const [t, n] of ranks) offices.set(t, n);
  const titles = offices.size ? offices : stated;
  const first = top(titles);
  if (first === undefined) return undefined;
  const floor = FULLER_TITLE_SHARE * titles.get(first)!;
  const fuller = new Map(
    [...titles].filter(([t, n]) => {
      const added = t.startsWith(`${first} `)
        ? t.slice(first.length)
        : t.endsWith(` ${first}`)
          ? t.slice(0, -first.length)
          : null;
      // "York Governor" of "New York Governor" cut short is no fuller title.
      const cut = added !== null && PLACE_NAME_TAILS.has(added.trim().split(" ")[0]);
      return added !== null && n >= floor && !NOT_THE_OFFICE.test(added) && !cut;
    }),
  );
  return top(fuller) ?? first;
}

/** Words that make a title no fuller form of the office held: "Nominee for …", "Former …", "Majesty King". */
const NOT_THE_OFFICE = /\b(?:nominee|former|designate|majesty|excellency|highness|holiness)\b/i;

/** The last words of place names of several words: "York" of "New York", "Angeles" of "Los Angeles". */
const PLACE_NAME_TAILS: ReadonlySet<string> = new Set(
  [...GAZETTEER.keys()]
    .filter((name) => name.includes(" "))
    .map((name) => name.slice(name.lastIndexOf(" ") + 1))
    .filter((word) => /^\p{Lu}/u.test(word)),
);

/** Whether `acronym` is the initials of a key's words but for its small words: "NIH", "national institutes of health". */
function spells(acronym: string, words: string[]): boolean {
  const letters = words
    .filter((w) => !ACRONYM_SKIPS.has(w))
    .map((w) => w[0])
    .join("");
  return letters === acronym.replace(/[.&-]/g, "").toLowerCase();
}
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(["of", "and", "the", "for", "on", "in", "to", "at", "a", "an"]);

const bump = (map: Map<string, number>, key: string | undefined) => {
  if (key) map.set(key, (map.get(key) ?? 0) + 1);
};

/**
 * Better canonical label: more words, then more accented letters ("Andrés … López" over "Andres … López"), then the
 * longer, then alphabetical.
 */
function betterLabel(a: string, b: string): string {
  return betterName([a, 0], [b, 0])[0];
}

/**
 * Of two names of one person with their mentions, the better label: more words, then more accented letters, then
 * the one written more often ("Jake Tamm" 700 times over "Jake J. Tamm" once: initials and suffixes add no word),
 * then the longer, then alphabetical.
 */
function betterName(a: [string, number], b: [string, number]): [string, number] {
  const wa = personWords(a[0]).length;
  const wb = personWords(b[0]).length;
  if (wa !== wb) return wa > wb ? a : b;
  const da = a[0].match(/[^\p{ASCII}]/gu)?.length ?? 0;
  const db = b[0].match(/[^\p{ASCII}]/gu)?.length ?? 0;
  if (da !== db) return da > db ? a : b;
  if (a[1] !== b[1]) return a[1] > b[1] ? a : b;
  if (a[0].length !== b[0].length) return a[0].length > b[0].length ? a : b;
  return a[0] < b[0] ? a : b;
}

interface PersonCluster {
  label: string;
  given: string;
  /** Every given name the cluster's full names have: a name joins only if its own agrees with each. */
  givens: Set<string>;
  /** The middle initials of its full names ("HW"), "" where none wrote them: a name joins only if its own agree. */
  initials: string;
  surname: string;
  words: readonly string[];
  /** `words` joined by spaces. */
  joined: string;
  mentions: number;
  docs: Set<string>;
  titles: Set<string>;
  /** Each full name the cluster was written as, with its mentions. */
  names: Map<string, number>;
}

/**
 * A document's resolved mentions as columns over its stage 04 mentions: `mention[k]` is the index of one mention in
 * the document's list, bound to the entity `entity[k]` of kind `kind[k]`. Unresolved mentions are left out.
 */
export interface ResolvedColumns {
  mention: Int32Array;
  kind: EntityKind[];
  entity: string[];
}

/** Resolves every mention of the corpus to an entity, as Resolved mentions (see `resolveToColumns`). */
export function resolve(
  docs: DocMentions[],
  lower: ReadonlySet<string> = new Set(),
): { entities: Map<string, Entity>; byDoc: Map<string, Resolved[]> } {
  const { entities, byDoc } = resolveToColumns(docs, lower);
  const mentionsOf = new Map(docs.map((d) => [d.file, d.mentions]));
  return {
    entities,
    byDoc: new Map([...byDoc].map(([file, columns]) => [file, resolvedFromColumns(mentionsOf.get(file)!, columns)])),
  };
}

/** The Resolved list `columns` stands for, rebuilt from the mentions it indexes. */
export function resolvedFromColumns(mentions: Mention[], columns: ResolvedColumns): Resolved[] {
  return Array.from(columns.mention, (index, k) =>
    bindMention(mentions[index], columns.kind[k], columns.entity[k], index),
  );
}

/**
 * Resolves every mention of the corpus to an entity. Deterministic: input order is the sorted document order.
 * Columns rather than a Resolved object per mention: the build sends them to its worker threads as they are.
 */
export function resolveToColumns(
  docs: DocMentions[],
  /** Words the corpus writes in lowercase (stage 04's vocabulary): ordinary words, not names. */
  lower: ReadonlySet<string> = new Set(),
): {
  entities: Map<string, Entity>;
  byDoc: Map<string, ResolvedColumns>;
} {
  // 1. People with a given name and a surname form clusters.
  const clusters: PersonCluster[] = [];
  const bySurname = new Map<string, PersonCluster[]>();
  const full: Array<{ m: Mention; file: string; words: number }> = [];
  for (const d of docs)
    for (const m of d.mentions) {
      const words = m.kind === "person" ? personWords(m.name).length : 0;
      if (words >= 2) full.push({ m, file: d.file, words });
    }
  full.sort((a, b) => b.words - a.words || (a.m.name < b.m.name ? -1 : a.m.name > b.m.name ? 1 : 0));
  const clusterOf = new Map<Mention, PersonCluster>();
  const titlesOfName = new Map<string, Set<string>>();
  for (const { m } of full)
    if (m.title) {
      let titles = titlesOfName.get(m.name);
      if (!titles) titlesOfName.set(m.name, (titles = new Set()));
      titles.add(titleNoun(m.title));
    }
  // A nickname written inside a name ("Benjamin “Benny” Tamm") makes "Benny Tamm" the same person.
  const nicknames = new Map<string, string>(); // surname + nickname → given name, folded
  for (const { m } of full) {
    const nickname = QUOTED_NICKNAME.exec(m.surface)?.[1];
    if (!nickname) continue;
    const w = personWords(m.name);
    nicknames.set(`${w[w.length - 1]}\u0000${fold(nickname)}`, w[0]);
  }
  const sameGiven = (a: string, b: string, surname: string) =>
    givenCompatible(a, b) || nicknames.get(`${surname}\u0000${b}`) === a || nicknames.get(`${surname}\u0000${a}`) === b;
  // `full` is sorted by name, so equal names are neighbours and find the cluster the first of them found or made:
  // clusters are only ever appended, and those before it did not match that name.
  let previous: { name: string; cluster: PersonCluster } | undefined;
  for (const { m, file } of full) {
    if (previous?.name === m.name) {
      countPersonMention(previous.cluster, m, file);
      clusterOf.set(m, previous.cluster);
      continue;
    }
    const w = personWords(m.name);
    const given = w[0];
    const surname = w[w.length - 1];
    const initials = middleInitials(m.name);
    let c = (bySurname.get(surname) ?? []).find(
      (x) =>
        x.surname === surname &&
        everyGiven(x, (g) => sameGiven(g, given, surname)) &&
        initialsAgree(x, initials) &&
        (w.length < 3 ||
          x.words.length < 3 ||
          x.words.slice(0, -1).some((g) => w.slice(1, -1).includes(g)) ||
          x.joined.endsWith(w.slice(1).join(" "))),
    );
    // The name's given name is one of the cluster's only where it joined by it (or made the cluster).
    const byGiven = c !== undefined;
    // A surname of several words ("Ruiz Vega") belongs to the fuller name that ends with it.
    c ??= (bySurname.get(surname) ?? []).find((x) => endsWithName(x.words, w));
    // Two words in either order, family name first or last ("Prime Minister Sato Kenji", "Prime Minister Kenji
    // Sato"), under the same title.
    if (!c && w.length === 2) {
      const titles = titlesOfName.get(m.name);
      c = (bySurname.get(given) ?? []).find(
        (x) => x.words.length === 2 && x.words[0] === surname && [...x.titles].some((t) => titles?.has(t)),
      );
    }
    const made = !c;
    if (!c) {
      c = {
        label: m.name,
        given,
        givens: new Set(),
        initials: "",
        surname,
        words: w,
        joined: w.join(" "),
        mentions: 0,
        docs: new Set(),
        titles: new Set(),
        names: new Map(),
      };
      clusters.push(c);
      if (!bySurname.has(surname)) bySurname.set(surname, []);
      bySurname.get(surname)!.push(c);
    }
    c.label = betterLabel(c.label, m.name);
    if (byGiven || made) {
      c.givens.add(given);
      c.initials ||= initials;
    }
    countPersonMention(c, m, file);
    clusterOf.set(m, c);
    previous = { name: m.name, cluster: c };
  }

  // A fuller name that is another of the cluster's names behind stray words ("Quality Lina Berg", read from
  // "… on Tidal Quality Lina Berg"; "T.H. Tom Reyes") labels it only if written at least half as often as the
  // shorter. Stray: ordinary words, abbreviations and titles; a given name ("Omar bin Khalid Al-Rashid") or an
  // initial ("H. Tom Reyes") is none of these.
  const stray = (words: string) =>
    words
      .split(" ")
      .every(
        (w) =>
          lower.has(w.toLowerCase()) || (w.endsWith(".") && !isInitial(w)) || TITLE_HEADS.has(w) || HONORIFICS.has(w),
      );
  for (const c of clusters) {
    if (c.names.size < 2) continue;
    const names = [...c.names];
    const kept = names.filter(
      ([name, n]) =>
        !names.some(
          ([other, k]) =>
            name.endsWith(" " + other) &&
            k >= 2 * n &&
            personWords(other).length >= 2 &&
            stray(name.slice(0, -other.length - 1)),
        ),
    );
    // Of one name written in both orders ("Sato Kenji", "Kenji Sato"), the order written more often.
    const reversed = (a: string, b: string) => {
      const [wa, wb] = [personWords(a), personWords(b)];
      return wa.length === 2 && wb.length === 2 && wa[0] === wb[1] && wa[1] === wb[0];
    };
    const labels = kept.filter(([name, n]) => !kept.some(([other, k]) => reversed(name, other) && k > n));
    c.label = labels.reduce(betterName)[0];
  }

  // 1b. A "person" the corpus writes after "in" or "at" in more documents than it names them as a person is a place
  // ("Mayor Ana Ruiz, Port Elda, CA" read one as a person; "in Port Elda" in a hundred documents says otherwise).
  // One whose last word reads as an adjective of origin ("in Native Hawaiian communities") is neither.
  const placeLed = new Map<string, Set<string>>();
  for (const d of docs)
    for (const m of d.mentions)
      if (m.kind === null && m.placeLead) {
        let files = placeLed.get(m.name);
        if (!files) placeLed.set(m.name, (files = new Set()));
        files.add(d.file);
      }
  const notPeople = new Map<PersonCluster, "place" | null>();
  for (const c of clusters) {
    const led = placeLed.get(c.label)?.size ?? 0;
    if (led >= PLACE_DOCUMENTS && led > c.docs.size)
      notPeople.set(c, ORIGIN_ADJECTIVE.test(c.surname) ? null : "place");
  }

  // 1c. A full name that begins exactly one other of one or two words more ("Ana Ruiz" of "Ana Ruiz Vega", "Omar bin
  // Khalid" of "Omar bin Khalid Al-Tamm"), under a title both bear, is the same person's short form: the clusters stay
  // apart for surname lookups, and both take the label of the one written more often, which makes them one entity.
  // A title must agree: "Ada Ruiz" with no title is not "Ada Ruiz Vega" the minister.
  const longerByStart = new Map<string, PersonCluster[]>();
  for (const c of clusters) {
    if (c.words.length < 3 || notPeople.has(c)) continue;
    const key = `${c.words[0]} ${c.words[1]}`;
    const list = longerByStart.get(key);
    if (list) list.push(c);
    else longerByStart.set(key, [c]);
  }
  const shortForms = new Map<PersonCluster, PersonCluster[]>();
  for (const c of clusters) {
    if (c.words.length < 2 || !c.titles.size || notPeople.has(c)) continue;
    const longer = (longerByStart.get(`${c.words[0]} ${c.words[1]}`) ?? []).filter(
      (d) =>
        d.words.length > c.words.length &&
        d.words.length <= c.words.length + 2 &&
        c.words.every((w, k) => d.words[k] === w) &&
        [...c.titles].some((t) => d.titles.has(t)),
    );
    if (longer.length !== 1) continue;
    const forms = shortForms.get(longer[0]);
    if (forms) forms.push(c);
    else shortForms.set(longer[0], [c]);
  }
  for (const [d, forms] of shortForms) {
    const group = [d, ...forms];
    const best = group.reduce((a, b) => (b.mentions > a.mentions ? b : a));
    for (const c of group) c.label = best.label;
  }

  // 2. Surname-only references ("President Public", "Ruiz Vega") join a cluster whose name ends with them.
  // The same for every document, so found once per name.
  const surnameMatchMemo = new Map<string, PersonCluster[]>();
  const surnameMatches = (words: readonly string[]): PersonCluster[] => {
    const joined = words.join(" ");
    let found = surnameMatchMemo.get(joined);
    if (!found) {
      found = (bySurname.get(words[words.length - 1]) ?? []).filter(
        (c) => words.length >= 1 && endsWithName(c.words, words) && !notPeople.has(c),
      );
      surnameMatchMemo.set(joined, found);
    }
    return found;
  };
  // Titled one-word references by a name's other words: the family name first ("President Kim" of "Kim Min-jun") or a
  // name in the middle ("President Lulu" of "Ana Maria Lulu da Costa").
  const byInnerWord = new Map<string, PersonCluster[]>();
  for (const c of clusters) {
    if (notPeople.has(c)) continue;
    for (const w of new Set(c.words.slice(0, -1))) {
      if (INNER_PARTICLES.has(w)) continue;
      const list = byInnerWord.get(w);
      if (list) list.push(c);
      else byInnerWord.set(w, [c]);
    }
  }
  /**
   * The person a surname-only reference names. A bare one (no title: "Republicans", "Elda") names a person its own
   * document names in full, or one that several documents name in full: a person-shaped phrase in one document
   * elsewhere ("… and House Tidal Republicans") is no evidence, and would gather every "Republicans".
   */
  function pickCluster(
    words: readonly string[],
    file: string,
    title?: string,
    initials = "",
    namedHere: (c: PersonCluster) => boolean = () => false,
  ): PersonCluster | undefined {
    let cands = surnameMatches(words);
    if (initials) cands = cands.filter((c) => initialsAgree(c, initials));
    if (!title) cands = cands.filter((c) => c.docs.size >= BARE_SURNAME_DOCUMENTS || c.docs.has(file));
    // A head of state or government by surname ("President Tamm") is someone who bore that title, or an untitled
    // person of the same document: not the First Lady, the Secretary or the student who shares the surname.
    if (title && isLeaderTitle(title)) {
      const t = titleNoun(title);
      cands = cands.filter((c) => c.titles.has(t) || (c.titles.size === 0 && c.docs.has(file)));
    }
    if (!cands.length && title && words.length === 1) {
      // Only a person who bears the same title, and only one such.
      const t = titleNoun(title);
      const inner = (byInnerWord.get(words[0]) ?? []).filter((c) => c.titles.has(t));
      return inner.length === 1 ? inner[0] : undefined;
    }
    if (!cands.length) return undefined;
    // A stated title decides first ("President Public" is not the First Lady), then the document's own people.
    if (title) {
      const t = titleNoun(title);
      const same = cands.filter((c) => c.titles.has(t));
      if (same.length) cands = same;
    }
    // The document's own people: those it names in full, with or without a title ("appointing Ada Tamm to …", then
    // "Special Representative Tamm"), before the best-attested namesake elsewhere.
    const inDoc = cands.filter((c) => c.docs.has(file) || namedHere(c));
    if (inDoc.length === 1) return inDoc[0];
    if (inDoc.length > 1) cands = inDoc;
    if (cands.length === 1) return cands[0];
    // Several people share the surname: take the best-attested one only if it dominates.
    const sorted = [...cands].sort((a, b) => b.mentions - a.mentions || (a.label < b.label ? -1 : 1));
    return sorted[0].mentions >= 3 * sorted[1].mentions ? sorted[0] : undefined;
  }

  // 3. Organisations, programmes and named places by key; acronyms by their definitions.
  // In one pass: the keys of bodies and gatherings, and the places the corpus knows, for names located by them
  // ("Emory University in Atlanta").
  const orgKeys: string[] = [];
  const gatheringKeys = new Set<string>();
  const knownPlaces = new Set<string>();
  const placeNames = new Set<string>();
  for (const d of docs)
    for (const m of d.mentions) {
      if (m.kind === "agency" || m.kind === "program" || m.kind === "meeting") {
        const k = orgKey(m);
        orgKeys.push(k);
        if (m.kind === "meeting") gatheringKeys.add(k);
      } else if (m.kind === "place" || m.kind === "country") placeNames.add(m.canonical ?? m.name).add(m.name);
    }
  // Folded once a name, not once a mention: places are a third of all mentions.
  for (const name of placeNames) knownPlaces.add(fold(name));
  for (const [name, files] of placeLed) if (files.size >= PLACE_DOCUMENTS) knownPlaces.add(fold(name));
  const keyMap = orgKeyMap(orgKeys, knownPlaces, gatheringKeys);
  const canonicalKey = (m: Mention) => {
    const k = orgKey(m);
    return keyMap.get(k) ?? k;
  };
  const orgKind = new Map<string, Map<EntityKind, number>>();
  const orgNames = new Map<string, Map<string, number>>(); // key → name as written → mentions
  // Acronym → org key, where most documents that define it agree (an "MOU" that each document defines as another
  // memorandum names none of them elsewhere), and each document's own definitions, which come first within it.
  const acronymKeys = new Map<string, Map<string, number>>();
  const docAcronyms = new Map<string, Map<string, string>>();
  let orgAt = 0;
  for (const d of docs)
    for (const m of d.mentions) {
      if (m.kind !== "agency" && m.kind !== "program" && m.kind !== "meeting") continue;
      // The same mentions in the same order as the pass that gathered `orgKeys`.
      const key = orgKeys[orgAt++];
      const k = keyMap.get(key) ?? key;
      if (!orgKind.has(k)) orgKind.set(k, new Map());
      const kinds = orgKind.get(k)!;
      kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
      let names = orgNames.get(k);
      if (!names) orgNames.set(k, (names = new Map()));
      names.set(m.name, (names.get(m.name) ?? 0) + 1);
      if (m.acronym) {
        let keys = acronymKeys.get(m.acronym);
        if (!keys) acronymKeys.set(m.acronym, (keys = new Map()));
        let own = docAcronyms.get(d.file);
        if (!own) docAcronyms.set(d.file, (own = new Map()));
        if (!own.has(m.acronym)) {
          own.set(m.acronym, k);
          keys.set(k, (keys.get(k) ?? 0) + 1);
        }
      }
    }
  const acronyms = new Map<string, string>();
  const sharedAcronyms = new Map<string, string>();
  // Definitions that only add words to one another ("Baltic Tidal Framework [for Prosperity]") agree: the
  // definition that most documents agree with wins, if they are more than half of those defining the acronym.
  const nestedKeys = (a: string[], b: string[]) => a.every((w) => b.includes(w)) || b.every((w) => a.includes(w));
  for (const [acronym, keys] of acronymKeys) {
    const defined = [...keys].map(([key, documents]) => ({ key, documents, words: key.split(" ") }));
    const total = defined.reduce((sum, d) => sum + d.documents, 0);
    // Of definitions as well supported, the one the acronym spells ("National Institutes of Health" for NIH, not
    // "Department of Tides National Institutes of Health"), then the one more documents give, then the first.
    let best = { key: "", support: 0, documents: 0, spelt: false };
    for (const d of defined) {
      const support = defined.reduce((sum, o) => sum + (nestedKeys(d.words, o.words) ? o.documents : 0), 0);
      const spelt = spells(acronym, d.words);
      if (
        support > best.support ||
        (support === best.support &&
          (spelt > best.spelt ||
            (spelt === best.spelt &&
              (d.documents > best.documents || (d.documents === best.documents && d.key < best.key)))))
      )
        best = { key: d.key, support, documents: d.documents, spelt };
    }
    if (2 * best.support > total) acronyms.set(acronym, best.key);
    // A document that only uses the acronym means the corpus's body where nearly every definition agrees, or where
    // several documents give the winning one in the same words: "MOU" defined in five documents as four memoranda,
    // the likeliest in two, is no one of them in a sixth.
    if (
      2 * best.support > total &&
      (best.support >= SHARED_ACRONYM * total || best.documents >= SHARED_ACRONYM_DOCUMENTS)
    )
      sharedAcronyms.set(acronym, best.key);
  }
  // Names that define the same acronym and only add words to the name most documents define it by are that body:
  // "Centers for Tidal Control (CTC)" and "Centers for Tidal Control and Prevention (CTC)", "Baltic Finance
  // Corporation (BFC)" and "Baltic Development Finance Corporation (BFC)".
  // One step only: a name merged into another is never the target of a merge, nor a target merged away. Nor is a
  // body merged with what is named after it: the "Charter of the Tidal Union (TU)" is no "Tidal Union (TU)".
  const mergedInto = new Map<string, string>();
  const targets = new Set<string>();
  const namedAfter = (a: string, b: string) => a.endsWith(` of ${b}`) || b.endsWith(` of ${a}`);
  for (const [acronym, keys] of acronymKeys) {
    const best = acronyms.get(acronym);
    if (best === undefined || mergedInto.has(best)) continue;
    const bestWords = best.split(" ");
    for (const k of keys.keys())
      if (
        k !== best &&
        !mergedInto.has(k) &&
        !targets.has(k) &&
        nestedKeys(k.split(" "), bestWords) &&
        !namedAfter(k, best)
      ) {
        mergedInto.set(k, best);
        targets.add(best);
      }
  }
  // A body's own name keeps the label against a name merged into it written as often: the "Department of Tides
  // National Institutes of Health" merged into the "National Institutes of Health" (NIH) does not name it.
  const ownBest = new Map<string, [string, number]>();
  for (const to of targets) ownBest.set(to, [...orgNames.get(to)!].reduce(betterOrgLabel));
  for (const [from, to] of mergedInto) {
    const kinds = orgKind.get(to)!;
    for (const [kind, n] of orgKind.get(from)!) kinds.set(kind, (kinds.get(kind) ?? 0) + n);
    const names = orgNames.get(to)!;
    for (const [name, n] of orgNames.get(from)!) names.set(name, (names.get(name) ?? 0) + n);
    orgKind.delete(from);
    orgNames.delete(from);
  }
  /** The key an organisation key ends up under. */
  const finalKey = (k: string): string => mergedInto.get(k) ?? k;
  const orgLabel = new Map<string, string>();
  for (const [k, names] of orgNames) {
    const [best, count] = [...names].reduce(betterOrgLabel);
    const own = ownBest.get(k)?.[0];
    orgLabel.set(k, own !== undefined && names.get(own)! >= count ? own : best);
  }
  const orgKinds = new Map<string, EntityKind>();
  const orgEntityKind = (k: string): EntityKind => {
    let kind = orgKinds.get(k);
    if (kind === undefined) {
      kind = [...orgKind.get(k)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
      orgKinds.set(k, kind);
    }
    return kind;
  };
  const orgByFold = new Map<string, string>();
  for (const k of orgKind.keys()) orgByFold.set(k, k);
  for (const [from, to] of mergedInto) orgByFold.set(from, to);

  const entities = new Map<string, Entity>();
  const byDoc = new Map<string, ResolvedColumns>();
  // Entities by kind and label, before their ids: most mentions repeat a label already seen.
  const byLabel = new Map<EntityKind, Map<string, Entity>>();
  const ensure = (kind: EntityKind, label: string): Entity => {
    let labels = byLabel.get(kind);
    if (!labels) byLabel.set(kind, (labels = new Map()));
    const known = labels.get(label);
    if (known) return known;
    const id = entityId(kind, label);
    let e = entities.get(id);
    if (!e) {
      e = {
        id,
        kind,
        label,
        aliases: new Set(),
        docs: new Set(),
        mentions: 0,
        titles: new Map(),
        countries: new Map(),
        orgs: new Map(),
        calledBy: new Map(),
      };
      entities.set(id, e);
    }
    labels.set(label, e);
    return e;
  };
  /** The entity a cluster's mentions become: its person, the place it turned out to be, or none. */
  const clusterEntity = (c: PersonCluster): Entity | null => {
    const instead = notPeople.get(c);
    return instead === undefined ? ensure("person", c.label) : instead && ensure(instead, c.label);
  };

  /**
   * What a bare name that is no acronym resolves to in any document, or BY_DOCUMENT for a one-word name, which
   * depends on the people the document names.
   */
  const bareAnywhere = new Map<string, Entity | null | typeof BY_LEAD | typeof BY_DOCUMENT>();
  function resolveBareAnywhere(name: string): Entity | null | typeof BY_LEAD | typeof BY_DOCUMENT {
    const unprefixed = orgKeyOfName(name);
    const org = orgByFold.get(keyMap.get(unprefixed) ?? unprefixed);
    if (org) return ensure(orgEntityKind(org), orgLabel.get(org)!);
    const g = GAZETTEER.get(name);
    if (g) return ensure(g.kind, g.name);
    const words = personWords(name);
    if (words.length < 2) return BY_DOCUMENT;
    const joined = words.join(" ");
    const same = bySurname.get(words[words.length - 1]) ?? [];
    const initials = middleInitials(name);
    const c =
      same.find((x) => x.joined === joined && initialsAgree(x, initials)) ??
      same.find((x) => everyGiven(x, (g) => givenCompatible(g, words[0])) && initialsAgree(x, initials));
    return c ? clusterEntity(c) : BY_LEAD;
  }

  // Within a document every mention of a name resolves alike (but for the words before a bare name, tested apart), and
  // across the corpus every organisation name does: these memos hold the entity found, null for none.
  const orgByName = new Map<string, Entity>();
  // How many people of the corpus a word is the given name of ("tom" of Tom Ruiz and Tom Varga).
  const givenNameOf = new Map<string, number>();
  for (const c of clusters) if (!notPeople.has(c)) givenNameOf.set(c.words[0], (givenNameOf.get(c.words[0]) ?? 0) + 1);
  const peopleNamedInFull = (mentions: Mention[]): Set<Entity> => {
    const people = new Set<Entity>();
    for (const m of mentions) {
      const c = m.kind === "person" ? clusterOf.get(m) : undefined;
      const e = c && clusterEntity(c);
      if (e) people.add(e);
    }
    return people;
  };
  const orgsByInitials = (mentions: Mention[]): Map<string, string> => {
    const byInitials = new Map<string, string>();
    for (const m of mentions)
      if ((m.kind === "agency" || m.kind === "program") && !m.nested)
        byInitials.set(initials(m.name), finalKey(canonicalKey(m)));
    return byInitials;
  };
  for (const d of docs) {
    const out: { mention: number[]; kind: EntityKind[]; entity: string[] } = { mention: [], kind: [], entity: [] };
    // The entities this document names: each gets the document once, not once a mention.
    const named = new Set<Entity>();
    // The people this document has named so far by a name of two words or more: a surname alone ("President Tamm")
    // is no evidence of which namesake it names.
    const namedInFull = new Set<Entity>();
    const namedHere = (c: PersonCluster): boolean => {
      const e = byLabel.get("person")?.get(c.label);
      return e !== undefined && namedInFull.has(e);
    };
    const personByName = new Map<string, Entity>();
    const bareByName = new Map<string, Entity | null | typeof BY_LEAD>();
    // The document's bodies by their initials, for an acronym it does not define: made when one is first asked for.
    let inDocOrgs: Map<string, string> | undefined;
    // The people the document names in full anywhere: made when a word alone that is also a given name asks.
    let namedInFullHere: Set<Entity> | undefined;
    for (let index = 0; index < d.mentions.length; index++) {
      const m = d.mentions[index];
      let e: Entity | undefined;
      if (m.kind === "person") {
        const c = clusterOf.get(m);
        if (c) e = clusterEntity(c) ?? undefined;
        else {
          const key = m.title === undefined ? m.name : `${m.name}\u0000${m.title}`;
          e = personByName.get(key);
          if (!e) {
            const target = pickCluster(personWords(m.name), d.file, m.title, "", namedHere);
            personByName.set(key, (e = ensure("person", target ? target.label : m.name)));
          }
        }
      } else if (m.kind === "country" || (m.kind === "place" && m.canonical)) {
        e = ensure(m.kind, m.canonical ?? m.name);
      } else if (m.kind === "place") {
        e = ensure("place", m.name);
      } else if (m.kind) {
        e = orgByName.get(m.name);
        if (!e) {
          const k = finalKey(canonicalKey(m));
          orgByName.set(m.name, (e = ensure(orgEntityKind(k), orgLabel.get(k)!)));
        }
      } else {
        let found = bareByName.get(m.name);
        if (found === undefined) bareByName.set(m.name, (found = resolveBare(m.name, d.file)));
        e = found === BY_LEAD ? resolveByLead(m, d.file) : (found ?? undefined);
        // An acronym nothing defines, said of what a programme does or whom it serves ("the DACA recipients").
        if (!e && found === null && m.programLead && isAcronym(m.name)) e = ensure("program", m.name);
        // "the West.", "across the Hill": no one's surname stands alone after an article.
        if (e?.kind === "person" && m.articleLead) e = undefined;
        // "in Madison", "to Madison": a surname alone after a word of place is the place a corpus writes so, not a
        // person of that surname (Dolley Madison), nor anyone where the corpus does not.
        if (e?.kind === "person" && m.placeLead && !/\s/.test(m.name))
          e = (placeLed.get(m.name)?.size ?? 0) >= PLACE_DOCUMENTS ? ensure("place", m.name) : undefined;
        // "Thanks, Tom.": a word alone that is several people's given name is someone's surname only where the
        // document names that person otherwise, in full or behind a title (before, or in full after).
        if (
          e?.kind === "person" &&
          !/\s/.test(m.name) &&
          (givenNameOf.get(fold(m.name)) ?? 0) >= GIVEN_NAME_PEOPLE &&
          !named.has(e) &&
          !(namedInFullHere ??= peopleNamedInFull(d.mentions)).has(e)
        )
          e = undefined;
      }
      if (!e) continue;
      e.aliases.add(m.surface);
      named.add(e);
      if (e.kind === "person" && personWords(m.name).length >= 2) namedInFull.add(e);
      e.mentions++;
      bump(e.titles, m.title);
      bump(e.countries, m.kind === "person" || m.kind === "agency" || m.kind === "program" ? m.country : undefined);
      bump(e.orgs, m.org);
      // "President Tamm", "President Núñez Vega": what the person is called by after a title (a name of at most
      // CALLED_BY_WORDS words, which index.ts keeps where the label ends with it).
      if (e.kind === "person" && m.title !== undefined && m.name.split(" ").length <= CALLED_BY_WORDS)
        bump(e.calledBy, m.name);
      out.mention.push(index);
      out.kind.push(e.kind);
      out.entity.push(e.id);
    }
    for (const e of named) e.docs.add(d.file);
    byDoc.set(d.file, { mention: Int32Array.from(out.mention), kind: out.kind, entity: out.entity });

    /** A bare name's entity, null for none, or BY_LEAD when it depends on the words before the mention. */
    function resolveBare(name: string, file: string): Entity | null | typeof BY_LEAD {
      // "Jordan", "Chad": the country where the document names it otherwise ("Jordanian", "Amman"). "Georgia" is
      // the U.S. state unless the document names the country by its capital, its official name, or the adjective
      // "Georgian" beside no U.S. state ("Georgians" may be the state's people).
      const ambiguous = AMBIGUOUS_COUNTRIES.get(name);
      if (ambiguous) {
        const state = STATE_OR_COUNTRY.has(name);
        const states = state && d.mentions.some((m) => m.kind === "place" && US_STATE_NAMES.has(m.canonical ?? m.name));
        const country = d.mentions.some(
          (m) =>
            (m.kind === "country" &&
              m.canonical === ambiguous &&
              !(state && m.demonym && (states || m.surface.endsWith("s")))) ||
            (m.kind === "place" && m.country === ambiguous),
        );
        if (country) return ensure("country", ambiguous);
        if (state) return ensure("place", name);
      }
      if (isAcronym(name)) {
        const defined = docAcronyms.get(file)?.get(name) ?? sharedAcronyms.get(name);
        // By the initials of a body the document names ("E.O." of "Executive Order 14005"), but a degree's or the
        // District's ("J.D.", "D.C.").
        const letters = name.replace(/[.\-&]/g, "");
        const k =
          defined === undefined
            ? NO_BODY_INITIALS.has(letters.toUpperCase())
              ? undefined
              : (inDocOrgs ??= orgsByInitials(d.mentions)).get(letters)
            : finalKey(defined);
        return k ? ensure(orgEntityKind(k), orgLabel.get(k)!) : null;
      }
      let found = bareAnywhere.get(name);
      if (found === undefined) bareAnywhere.set(name, (found = resolveBareAnywhere(name)));
      if (found !== BY_DOCUMENT) return found;
      const c = pickCluster(personWords(name), file, undefined, "", namedHere);
      return c ? ensure("person", c.label) : null;
    }

    /** The rest of `resolveBare` for a name of two or more words that names no known person. */
    function resolveByLead(m: Mention, file: string): Entity | undefined {
      // "funding and implementation of <Name> and <Name>": a programme by what is said of it.
      if (m.programLead) return ensure("program", m.name);
      const c = pickCluster(personWords(m.name), file, undefined, middleInitials(m.name), namedHere);
      return c ? ensure("person", c.label) : undefined;
    }
  }
  // Countries never keep a person's title.
  for (const e of entities.values()) if (e.kind === "country" && COUNTRY_NAMES.has(e.label)) e.titles.clear();
  for (const memo of memos) memo.clear();
  return { entities, byDoc };
}

/**
 * The mention bound to its entity: the same fields as `{ ...m, kind, entity, mention: index }`, written
 * out so that every Resolved has one object shape (a spread of each of some 400,000 mentions was a fifth of resolve).
 * A field added to Mention must be added here.
 */
export function bindMention(m: Mention, kind: EntityKind, entity: string, index: number): Resolved {
  return {
    start: m.start,
    end: m.end,
    kind,
    name: m.name,
    surface: m.surface,
    sentence: m.sentence,
    canonical: m.canonical,
    demonym: m.demonym,
    title: m.title,
    country: m.country,
    org: m.org,
    acronym: m.acronym,
    placeLead: m.placeLead,
    programLead: m.programLead,
    articleLead: m.articleLead,
    nested: m.nested,
    entity,
    mention: index,
  };
}

function titleNoun(title: string): string {
  // The office, not the one it serves or is held for: "Nominee for President", "Assistant to the President".
  // A president-elect is the president to be: "President-elect Ruiz", then "President Ruiz".
  const words = officeOf(title)
    .replace(/-(?:elect|designate)$/i, "")
    .split(/\s+/);
  const noun = (
    words.find((w) =>
      /^(President|Minister|Secretary|Ambassador|Chancellor|King|Queen|Senator|Governor|Director)$/.test(w),
    ) ?? words[words.length - 1]
  ).toLowerCase();
  return SAME_OFFICE.get(noun) ?? noun;
}

/** Title nouns that name one office in other words: "Chairman Tamm" is "Chair Ada Tamm". */
const SAME_OFFICE: ReadonlyMap<string, string> = new Map([
  ["chairman", "chair"],
  ["chairwoman", "chair"],
  ["chairperson", "chair"],
  ["sen.", "senator"],
  ["gov.", "governor"],
]);

const initials = memoised(initialsOf);

/**
 * Programme and agency labels, as [name, mentions]: a capitalised name before one that is not, a name before an
 * acronym, then the name written most often (one odd variant, "Ruritania-Tidal Power Council", does not name the
 * council everywhere), then the fuller name ("U.S.-Chile Tidal Power Dialogue"), then alphabetical.
 */
function betterOrgLabel(a: [string, number], b: [string, number]): [string, number] {
  const rank = ([name]: [string, number]) => (startsUpper(name) ? 2 : 0) + (isAcronym(name) ? 0 : 1);
  if (rank(a) !== rank(b)) return rank(a) > rank(b) ? a : b;
  if (a[1] !== b[1]) return a[1] > b[1] ? a : b;
  if (a[0].length !== b[0].length) return a[0].length > b[0].length ? a : b;
  return a[0] < b[0] ? a : b;
}
