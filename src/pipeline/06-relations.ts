// Stage 06: meetings and relations, one document at a time. Each rule reads one sentence (with the document's
// headings and principal meeting as context) and emits relations whose evidence is that sentence.

import type { EntityKind, RelationKind } from "../schema/graph.ts";
import { slug } from "../schema/ids.ts";
import { LEADER_TITLES } from "./lexicon/titles.ts";
import type { Sentence } from "./03-segment.ts";
import type { Resolved } from "./05-resolve.ts";
import { findDates, type DateMention } from "./dates.ts";

export interface RelationDraft {
  kind: RelationKind;
  source: string;
  target: string;
  /** Sentence index in the document: the evidence. */
  sentence: number;
  attrs: Record<string, string>;
}

export interface MeetingDraft {
  id: string;
  label: string;
  date: string | null;
  place: string | null;
  format: string | null;
  participants: Set<string>;
  sentences: number[];
}

export interface DocRelations {
  meetings: MeetingDraft[];
  relations: RelationDraft[];
  /** Extra entities made here (delegations). */
  extraEntities: Array<{
    id: string;
    kind: EntityKind;
    label: string;
    sentence: number;
    surface: string;
    /** Offsets of `surface` in the document. */
    start: number;
    end: number;
  }>;
}

export interface DocContext {
  file: string;
  text: string;
  date: string | null;
  sentences: Sentence[];
  mentions: Resolved[];
  /** Entity id → label and kind, for labels of meetings. */
  entityLabel: (id: string) => string;
  /** Entity id → its known country (entity id), for "your government" and accompanying officials. */
  countryOf: (id: string) => string | undefined;
}

const MEET =
  /\b(met|meets|meet with|meeting (?:with|between)|hosted|hosts|will host|spoke (?:with|by (?:tele)?phone|to)|call (?:with|between)|calls with|called|(?:tele)?phone (?:call|conversation)|conversation (?:with|between|on)|(?:positive |productive |good )?conversation on|virtual (?:bilateral )?meeting|bilateral meeting|video ?conference|held talks|talks with|received|welcomed)\b/i;
const LETTER = /\b(?:your|his|her|the|a) (?:[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)? )?letter\b/;
const ATTEND_LIST =
  /\b(accompanied by|joined by|represented by|participants included|delegation (?:included|consisted of)|also attended|attended by|along with)\b/i;
const LED_BY = /\bled by\b/i;
const PLANNED = /\bagreed to meet(?: again)?\b|\bwill meet\b/i;
const COLLECTIVE =
  /\b(the two leaders|the two presidents|both leaders|the leaders|the presidents|leaders also|they|the two heads of state)\b/i;
const AGREED = /\b(agreed to|agreed on|decided to|agreed that)\b/i;
const COMMIT =
  /\b(committed to|commitments?\b|pledged|pledges|launch(?:ed|es)|reaffirmed|reiterated (?:their|its|his|her) support|will (?:invest|provide|work|support|organize|organise|train|expand|establish|create|deliver|continue|aim|host|contribute|deploy|partner)|plans to|participation in)/i;
const FUND =
  /\b(fund(?:s|ed|ing)?|grants?|loans?|provided|provides|provide|invest(?:s|ed|ing)?|financ(?:e|es|ed|ing)|assistance to|donat(?:e|ed|es))\b/i;
const LEAD = /\b(?:to lead|will lead|leads|led|leading|chair(?:s|ed)?|co-chair(?:s|ed)?|heads)\b/i;
const MONEY =
  /(?:(?:over|more than|nearly|almost|about|approximately|up to|an additional|additional)\s+)?(?:US)?\$\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|thousand))?|\b\d[\d,.]*\s?(?:million|billion)\s(?:dollars|euros|pesos)\b|(?:€|£)\s?\d[\d,.]*(?:\s?(?:million|billion))?/gi;

/** Every amount MONEY matches has a currency sign or a "million"/"billion": a sentence without them has none. */
const MAY_STATE_MONEY = /[$€£]|illion/i;

function formatOf(s: string): string | null {
  if (/\b(virtual|video ?conference|videoconference)\b/i.test(s)) return "virtual";
  if (/\b((tele)?phone|call|called|spoke by)\b/i.test(s)) return "call";
  if (/\bletter\b/i.test(s)) return "letter";
  if (/\bsummit\b/i.test(s)) return "summit";
  if (/\b(met|meeting|hosted|visit|talks|in person)\b/i.test(s)) return "in person";
  if (/\bconversation\b/i.test(s)) return "call";
  return null;
}

export function extractRelations(doc: DocContext): DocRelations {
  const { text, sentences, mentions } = doc;
  const bySentence = new Map<number, Resolved[]>();
  for (const m of mentions) {
    if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, []);
    bySentence.get(m.sentence)!.push(m);
  }
  const relations: RelationDraft[] = [];
  const meetings: MeetingDraft[] = [];
  const extraEntities: DocRelations["extraEntities"] = [];
  const add = (
    kind: RelationKind,
    source: string,
    target: string,
    sentence: number,
    attrs: Record<string, string> = {},
  ) => {
    if (source !== target) relations.push({ kind, source, target, sentence, attrs });
  };
  const persons = (ms: Resolved[]) => ms.filter((m) => m.kind === "person");
  const unique = (ids: string[]) => [...new Set(ids)];

  // The document's principals: the two most-mentioned people with a leader's title.
  const leaderCount = new Map<string, number>();
  for (const m of mentions)
    if (m.kind === "person" && m.title && LEADER_TITLES.test(m.title))
      leaderCount.set(m.entity, (leaderCount.get(m.entity) ?? 0) + 1);
  const leaders = [...leaderCount]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 2)
    .map(([id]) => id);

  // Headings give the paragraphs below them a topic ("Partnership to Resolve ...: The Department of Tides will ...").
  const headingProgram = new Map<number, string>();
  sentences.forEach((s, i) => {
    if (!s.heading) return;
    const prog = (bySentence.get(i) ?? []).find((m) => m.kind === "program" && !m.nested && m.start === s.start);
    if (prog) headingProgram.set(s.block, prog.entity);
  });

  const sentenceText = (i: number) => text.slice(sentences[i].start, sentences[i].end);
  const datesOf = (i: number): DateMention[] => findDates(text, sentences[i].start, sentences[i].end, doc.date);

  function meetingFor(
    i: number,
    participants: string[],
    trigger: string,
    opts: { planned?: boolean } = {},
  ): MeetingDraft {
    const s = sentenceText(i);
    const ms = bySentence.get(i) ?? [];
    let date: string | null = null;
    const ds = datesOf(i);
    if (ds.length) date = ds[0].iso;
    else if (/\b(today|this (morning|afternoon|evening))\b/i.test(s) && doc.date) date = doc.date;
    else if (/\byesterday\b/i.test(s) && doc.date) date = findDates("yesterday", 0, 9, doc.date)[0]?.iso ?? null;
    // The meeting's place: "in <place>" before any purpose clause ("... to promote development in southern Mexico").
    const purpose = / to (?!the\b|meet\b)[a-z]+\b/.exec(s.slice(Math.max(0, s.search(MEET))));
    const purposeAt = purpose ? sentences[i].start + Math.max(0, s.search(MEET)) + purpose.index : Infinity;
    const places = ms.filter(
      (m) =>
        m.kind === "place" &&
        m.start < purposeAt &&
        /\b(in|at)\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start)),
    );
    const place = places[0] ? doc.entityLabel(places[0].entity) : null;
    const format = opts.planned
      ? "planned"
      : /\bvirtual(ly)?\b|video ?conference/i.test(s)
        ? "virtual"
        : formatOf(trigger);
    // The same meeting told twice in one document: same date (or none) and shared participants.
    let found = meetings.find(
      (mt) =>
        (mt.date === date || (!date && !mt.date)) &&
        (mt.format === format || !format || !mt.format) &&
        participants.some((p) => mt.participants.has(p)),
    );
    if (!found) {
      const who = participants.slice(0, 3).map((p) => surnameOf(doc.entityLabel(p)));
      const what = format ?? "meeting";
      const label = `${who.join("–")} ${what}${place ? " in " + place : ""}${date ? " (" + date + ")" : ""}`;
      const id = `meeting:${date ?? "undated-" + slug(doc.file)}-${slug(who.join(" "))}-${slug(what)}${place ? "-" + slug(place) : ""}`;
      found = { id, label, date, place, format, participants: new Set(), sentences: [] };
      meetings.push(found);
    }
    for (const p of participants) found.participants.add(p);
    found.sentences.push(i);
    for (const p of places) add("LOCATED_IN", found.id, p.entity, i);
    if (!found.place && place) found.place = place;
    return found;
  }

  const mainMeeting = () => meetings.find((m) => m.format !== "letter" && m.format !== "planned");

  for (let i = 0; i < sentences.length; i++) {
    const s = sentenceText(i);
    const ms = (bySentence.get(i) ?? []).filter((m) => !m.nested || m.kind === "country");
    const ppl = persons(ms).filter((m) => !m.nested);
    const pplIds = unique(ppl.map((m) => m.entity));
    const collective = COLLECTIVE.exec(s);
    const groupIds = collective && leaders.length === 2 ? leaders : [];

    // Membership stated by a title: "Mexican President ...", "President ... of Mexico", "at the National Glacier Council".
    for (const m of ppl) {
      const country =
        ms.find((c) => c.kind === "country" && c.name === m.country)?.entity ??
        (m.country ? `country:${slug(m.country)}` : undefined);
      if (country) add("MEMBER_OF", m.entity, country, i, m.title ? { title: m.title } : {});
      if (m.org) {
        const org = (bySentence.get(i) ?? []).find((o) => o.kind === "agency" && o.name === m.org);
        if (org) add("MEMBER_OF", m.entity, org.entity, i, m.title ? { title: m.title } : {});
      }
    }

    // Meetings: "X met today with Y in Z", "X hosted Y for a virtual bilateral meeting", "a call with X".
    const meet = MEET.exec(s);
    const planned = PLANNED.exec(s);
    if (planned && (groupIds.length || /\bdelegations?\b/i.test(s))) {
      const participants = pplIds.length ? pplIds : [];
      const mt = meetingFor(i, participants.length ? participants : leaders, planned[0], { planned: true });
      for (const p of participants) add("ATTENDED", p, mt.id, i);
    } else if (meet && pplIds.length + groupIds.length >= 1) {
      const verbAt = sentences[i].start + meet.index;
      const before = ppl.filter((m) => m.start < verbAt).map((m) => m.entity);
      const after = ppl.filter((m) => m.start >= verbAt).map((m) => m.entity);
      let participants = unique([...pplIds, ...groupIds]);
      const ledBy = LED_BY.exec(s);
      if (participants.length === 1 && leaders.length === 2 && leaders.includes(participants[0]))
        participants = leaders;
      if (participants.length >= 2 || ledBy) {
        const mt = meetingFor(i, participants, meet[0]);
        for (const p of participants) add("ATTENDED", p, mt.id, i);
        // Who met whom: across the two sides of the verb, or the pair of principals.
        let sideA = unique(before);
        let sideB = unique(after);
        if (!sideA.length || !sideB.length)
          [sideA, sideB] = participants.length === 2 ? [[participants[0]], [participants[1]]] : [sideA, sideB];
        for (const a of sideA) for (const b of sideB) if (a !== b) add("MET_WITH", a, b, i, { meeting: mt.id });
        if (ledBy) {
          const leadAt = sentences[i].start + ledBy.index;
          const heads = ppl.filter((m) => m.start > leadAt).map((m) => m.entity);
          const delegation = /\bdelegation of [^,;]*?officials\b/i.exec(s) ?? /\b\S+ delegation\b/i.exec(s);
          let target = mt.id;
          if (delegation) {
            const country = ms.find(
              (m) => m.kind === "country" && m.start >= sentences[i].start + delegation.index && m.start <= leadAt,
            );
            const label = `${country ? country.surface : "Visiting"} delegation${mt.place ? " in " + mt.place : ""}${mt.date ? " (" + mt.date + ")" : ""}`;
            const id = `agency:${slug(label)}-${slug(doc.file)}`;
            const at = sentences[i].start + delegation.index;
            const end = at + delegation[0].length;
            extraEntities.push({
              id,
              kind: "agency",
              label,
              sentence: i,
              surface: text.slice(at, end),
              start: at,
              end,
            });
            if (country) add("MEMBER_OF", id, country.entity, i);
            target = id;
          }
          for (const h of heads) add("LEADS", h, target, i);
        }
      }
    }

    // "Thank you for your September 7th letter": a letter from the addressee to the writer.
    const letter = LETTER.exec(s);
    if (letter && /\byour\b/i.test(letter[0])) {
      const recipientOfThis = mentions.find(
        (m) => m.kind === "person" && m.sentence < i && sentences[m.sentence].heading,
      );
      // The writer of this letter (its recipient) is not known: signatures are image descriptions, masked in 02.
      if (recipientOfThis) {
        const mt = meetingFor(i, [recipientOfThis.entity], "letter");
        add("ATTENDED", recipientOfThis.entity, mt.id, i, { role: "author" });
      }
    }

    // "... was accompanied by A; B; C": everyone listed attended the document's meeting, with the host's country.
    const list = ATTEND_LIST.exec(s);
    const mm = mainMeeting();
    if (list && mm) {
      const listAt = sentences[i].start + list.index;
      const host = ppl.find((m) => m.start < listAt);
      const hostCountry =
        ms.find((m) => m.kind === "country" && m.start < listAt)?.entity ??
        (host ? doc.countryOf(host.entity) : undefined);
      const listed = ppl.filter((m) => m.start > listAt);
      for (const p of listed) {
        add("ATTENDED", p.entity, mm.id, i);
        mm.participants.add(p.entity);
        if (hostCountry && !p.country) add("MEMBER_OF", p.entity, hostCountry, i, p.title ? { title: p.title } : {});
      }
      // "On President Public's side, the United States was represented by ...": the named side's country.
      const side = /\bOn ([^,]+?)['’]s side\b/.exec(s);
      if (side && host && hostCountry) add("MEMBER_OF", host.entity, hostCountry, i);
    }

    // Leadership: "X will lead Y", "X chairs Y".
    const lead = LEAD.exec(s);
    if (lead && !LED_BY.test(s)) {
      const at = sentences[i].start + lead.index;
      const subj = ppl.filter((m) => m.start < at).pop();
      const obj = ms.find((m) => m.start > at && (m.kind === "program" || m.kind === "agency" || m.kind === "meeting"));
      if (subj && obj && at - subj.end < 40) add("LEADS", subj.entity, obj.entity, i);
    }

    // Commitments, funding, agreements and partnerships.
    const money = MAY_STATE_MONEY.test(s) ? [...s.matchAll(MONEY)].map((x) => x[0].replace(/\s+/g, " ").trim()) : [];
    const amount = money[0];
    const agreed = AGREED.exec(s);
    const commit = COMMIT.exec(s);
    const fund = FUND.exec(s);
    const verb = [agreed, commit, fund].filter(Boolean).sort((a, b) => a!.index - b!.index)[0];
    if (!verb) continue;
    const verbAt = sentences[i].start + verb.index;
    const subjects = ms.filter(
      (m) => m.end <= verbAt && (m.kind === "country" || m.kind === "agency" || m.kind === "person") && !m.demonym,
    );
    // Possessive owners of a commitment are its actors: "Mexico’s participation in ...", "Public’s and Ruiz Vega’s commitment".
    const owners = ms.filter(
      (m) =>
        (m.kind === "person" || m.kind === "country") &&
        /^[’']s?\b/.test(text.slice(m.end, m.end + 2)) &&
        /commitment|participation|pledge/i.test(text.slice(m.end, m.end + 60)),
    );
    const afterCommitment = /\bcommitment\s+$/.test(
      text.slice(Math.max(0, (ppl[0]?.start ?? 0) - 20), ppl[0]?.start ?? 0),
    )
      ? ppl.slice(0, 1)
      : [];
    let actors = unique(
      (owners.length ? owners : afterCommitment.length ? afterCommitment : subjects.slice(-3)).map((m) => m.entity),
    );
    const collectiveSubject = collective && collective.index < verb.index && groupIds.length;
    if (!actors.length && collectiveSubject) actors = groupIds;
    const countries = unique(subjects.filter((m) => m.kind === "country").map((m) => m.entity));
    const targetsAfter = ms.filter((m) => m.start > verbAt);
    const programs = unique(targetsAfter.filter((m) => m.kind === "program").map((m) => m.entity));
    const headingProg = headingProgram.get(sentences[i].block);
    const jointCountries =
      countries.length >= 2 && /\b(and|jointly|together|both)\b/.test(text.slice(subjects[0]?.start ?? 0, verbAt));

    if (agreed && agreed === verb) {
      const mt = mainMeeting();
      const progs = programs.length ? programs : [];
      for (const p of progs) {
        if (mt && (jointCountries || collectiveSubject || /\bleaders\b/i.test(s)))
          add("AGREED", mt.id, p, i, { what: clause(s, agreed.index), ...(mt.date ? { date: mt.date } : {}) });
        if (collectiveSubject || (!jointCountries && actors.some((a) => a.startsWith("person:"))))
          for (const a of actors.length ? actors : groupIds)
            add("COMMITTED", a, p, i, { what: clause(s, agreed.index) });
      }
      if (jointCountries)
        for (const p of progs.length ? progs : headingProg ? [headingProg] : [])
          pairs(countries, (a, b) => add("PARTNERS_WITH", a, b, i, { program: p }));
      continue;
    }
    if (jointCountries)
      for (const p of programs.length ? programs : headingProg ? [headingProg] : [])
        pairs(countries, (a, b) => add("PARTNERS_WITH", a, b, i, { program: p }));

    if (fund && fund === verb && amount) {
      // "provided over $40 million in foreign assistance to Peru, Chile, and Ecuador".
      const recipients = targetsAfter.filter(
        (m) =>
          (m.kind === "country" || m.kind === "agency" || m.kind === "program" || m.kind === "place") &&
          !m.demonym &&
          !m.nested,
      );
      const what = /\bin ([a-z][a-z\s-]{2,40}?)(?: to| for| over|,|\.|$)/.exec(s.slice(verb.index))?.[1];
      for (const a of actors)
        for (const r of unique(recipients.map((m) => m.entity)))
          add("FUNDS", a, r, i, { amount, currency: currencyOf(amount), ...(what ? { what } : {}) });
      continue;
    }
    if (commit) {
      const targets = unique(
        targetsAfter
          .filter(
            (m) =>
              m.kind === "program" ||
              ((m.kind === "place" || m.kind === "agency" || m.kind === "country") &&
                !m.demonym &&
                (amount || /\b(support|for|in)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - 14), m.start)))),
          )
          .filter((m) => !actors.includes(m.entity))
          .map((m) => m.entity),
      );
      const all = targets.length ? targets : headingProg && /\bwill\b/.test(s) ? [headingProg] : [];
      if (headingProg && /\bwill\b/.test(s) && !all.includes(headingProg)) all.push(headingProg);
      for (const a of actors)
        for (const t of all)
          add("COMMITTED", a, t, i, {
            what: clause(s, commit.index),
            ...(amount ? { amount, currency: currencyOf(amount) } : {}),
          });
    }
  }

  // Names like "U.S.-Chile Tidal Power Dialogue" state a partnership in themselves.
  for (const m of mentions) {
    if (m.kind !== "program") continue;
    // A mention inside this one is in its sentence.
    const inside = (bySentence.get(m.sentence) ?? []).filter(
      (c) => c.kind === "country" && c.nested && c.start >= m.start && c.end <= m.end,
    );
    const ids = unique(inside.map((c) => c.entity));
    if (ids.length >= 2) pairs(ids, (a, b) => add("PARTNERS_WITH", a, b, m.sentence, { program: m.entity }));
  }
  return { meetings, relations, extraEntities };
}

/** "John Q. Public, Jr." → "Public"; "Luisa Ruiz Vega" → "Vega" (labels only). */
function surnameOf(label: string): string {
  const words = label.replace(/,?\s+(Jr|Sr)\.?$/, "").split(/\s+/);
  return words[words.length - 1];
}

function pairs(ids: string[], f: (a: string, b: string) => void): void {
  for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) f(ids[a], ids[b]);
}

function currencyOf(amount: string): string {
  if (/€|euros?/i.test(amount)) return "EUR";
  if (/£/.test(amount)) return "GBP";
  if (/pesos/i.test(amount)) return "MXN";
  return "USD";
}

/** The clause from the verb to the end of the sentence, shortened: the `what` of a commitment. */
function clause(s: string, at: number): string {
  const c = s
    .slice(at)
    .replace(/\s+/g, " ")
    .replace(/[.;]\s*$/, "");
  return c.length > 160 ? c.slice(0, 157).replace(/\s+\S*$/, "") + "…" : c;
}
