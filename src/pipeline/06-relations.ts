// Stage 06: meetings and relations, one document at a time. Each rule reads one sentence (with the document's
// headings and principal meeting as context) and emits relations whose evidence is that sentence.

import type { EntityKind, RelationKind } from "../schema/graph.ts";
import { slug } from "../schema/ids.ts";
import { AGENCY_HEADS } from "./lexicon/organisations.ts";
import { isLeaderTitle, officeOf } from "./lexicon/titles.ts";
import { ARTICLES, GERUND } from "./lexicon/words.ts";
import type { Sentence } from "./03-segment.ts";
import { bindMention, type Resolved } from "./05-resolve.ts";
import { ACRONYM_BETWEEN, type Mention } from "./04-mentions.ts";
import { findDates, type DateMention } from "./dates.ts";
import { startsUpper } from "./tokens.ts";

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
  /** Named gatherings and the date the text gives right after the name ("the Tidal Summit, April 22, …"). */
  gatheringDates: Array<{ entity: string; date: string }>;
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
  /** Person id → the word the corpus calls them by after a title ("President Tamm"), if it says. */
  calledBy: (id: string) => string | undefined;
  /** What `sentenceCues` found in the sentences beforehand, if anyone did; the rules find it themselves otherwise. */
  cues?: SentenceCues;
}

/**
 * What the rules test of a sentence's words alone, before any name in it is resolved: found beforehand, a worker
 * thread finds it while the main thread resolves names (index.ts), and the rules only read it. `flags[i]` holds
 * CUE_WORDS and MEETING_WORDS bits for sentence i; `dates` the dates (findDates) of each sentence with MEETING_WORDS.
 * The same values the rules would find.
 */
export interface SentenceCues {
  flags: Uint8Array;
  dates: Map<number, DateMention[]>;
}

/** The sentence matches ANY_CUE: a commitment, funding or agreement may be stated. */
const CUE_WORDS = 1;
/** The sentence matches MEET_OR_PLANNED: a meeting may be stated, and its date is found with the cues. */
const MEETING_WORDS = 2;

/**
 * The cues of a document's sentences: `bounds` is `[start, end, start, end, …]` of each sentence in `text`, `date`
 * the document's (for findDates).
 */
export function sentenceCues(text: string, bounds: ArrayLike<number>, date: string | null): SentenceCues {
  const flags = new Uint8Array(bounds.length / 2);
  const dates = new Map<number, DateMention[]>();
  for (let i = 0; i < flags.length; i++) {
    const start = bounds[2 * i];
    const end = bounds[2 * i + 1];
    const s = text.slice(start, end);
    let bits = ANY_CUE.test(s) ? CUE_WORDS : 0;
    if (MEET_OR_PLANNED.test(s)) {
      bits |= MEETING_WORDS;
      dates.set(i, findDates(text, start, end, date));
    }
    flags[i] = bits;
  }
  return { flags, dates };
}

/**
 * What one "meets" in the sense of satisfying it: "met this moment", "will meet the needs of". "Met" in the passive
 * ("needs are being met", "the goal was met") is never a meeting either; nor is "called" that names something ("what
 * the Minister has called the “right to stay”", "called it “historic”").
 */
const MET_DEMANDS = String.raw`(?:needs?|requirements?|standards?|demands?|goals?|targets?|criteria|obligations?|deadlines?|moment|expectations?|challenge|commitments?|pledges?|thresholds?|benchmarks?|milestones?|mark|test|promise)`;
const MEET = new RegExp(
  String.raw`\b((?<!\b(?:be|being|been|is|are|was|were)\s+)met(?!\s+(?:the|this|that|these|its|their|our|his|her|every|all|each)\s+(?:[\w-]+\s+){0,2}${MET_DEMANDS}\b)|meets|meet with|meeting (?:with|between)|hosted|hosts|will host|spoke (?:with|by (?:tele)?phone|to)|call (?:with|between)|calls with|(?<!so-|\bwhat\s+(?:[\w’'-]+\s+){0,6})called(?! (?:on|upon|for|attention|out|off|up|back|it|this|these|that)\b)(?!\s+(?:the\s+|a\s+|an\s+)?[“"‘])|(?:tele)?phone (?:call|conversation)|conversation (?:with|between|on)|(?:positive |productive |good )?conversation on|virtual (?:bilateral )?meeting|bilateral meeting|video ?conference|held talks|talks with|received|welcomed)\b`,
  "i",
);
const MEET_ALL = new RegExp(MEET.source, "gi");

/**
 * The sentence's first meeting verb; "spoke to" only before a name or a title ("spoke to President Tamm", "spoke to
 * the Prime Minister"), not "spoke to the economic imperative", "a vision that spoke to many issues".
 */
function meetingVerb(s: string): RegExpExecArray | null {
  // `exec` from the start, not `matchAll`, which copies the expression each call.
  MEET_ALL.lastIndex = 0;
  for (let m = MEET_ALL.exec(s); m; m = MEET_ALL.exec(s)) {
    if (/^spoke to$/i.test(m[0]) && !/^\s+(?:the\s+)?[A-Z]/.test(s.slice(m.index + m[0].length))) continue;
    return m;
  }
  return null;
}

/**
 * Where the words of a meeting sentence turn from the meeting to its subject: a purpose ("to discuss", over a line
 * break too) or a topic ("discussed the situation in …", "about", "regarding"). A place after it is no venue.
 */
const PURPOSE = /\sto\s+(?!the\b|meet\b)[a-z]+\b|\b(?:discuss(?:ed|es|ing)?|about|regarding|concerning)\b/;
const LETTER = /\b(?:your|his|her|the|a) (?:[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)? )?letter\b/;
const ATTEND_LIST =
  /\b(accompanied by|joined by|represented by|participants included|delegation (?:included|consisted of)|also attended|attended by|along with)\b/i;
/** Words by which a sentence that names nobody may still state a relation (of a letter, of delegations). */
const UNNAMED_PARTIES = /\bletter\b|\bdelegations?\b/i;
const LED_BY = /\bled by\b/i;
/** What ends the list of those who lead: those who joined them, or the clause's end. */
const LEAD_LIST_END = /\b(?:joined|accompanied) by\b|\b(?:along|together) with\b|;/i;
/**
 * Between a person and "to lead": they chose someone else ("nominated a veteran diplomat to lead", "made an excellent
 * choice to lead"; not "appointed to chair" nor "is the right choice to lead", where they are the one chosen), or a
 * quotation or label opens another clause (“, ”, ", :, ;).
 */
const CHOSE_LEADER =
  /\b(?:nominat(?:e|es|ed|ing)|appoint(?:s|ed|ing)?|select(?:s|ed|ing)?|chose|tapp(?:ed|ing)|designat(?:e|es|ed|ing)|pick(?:s|ed)?)\s+(?!to\b)\S|\b(?:made|makes?|making)\b.*\b(?:choice|pick|selection)\b|[“”":;]/;
/**
 * "on behalf of President Varga to lead …", "nominated by President Varga to lead …", "asked by the Tidal Council to
 * chair …": the one represented, or who chose, does not lead.
 */
const SENT_OR_CHOSEN_BY =
  /\b(?:[Oo]n behalf of|(?:nominated|appointed|selected|chosen|tapped|asked|named|picked|designated|invited)\s+by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
/** Between "led" and a body, a preposition that makes the body a partner, not what is led: "led efforts alongside …". */
/** A leadership verb in an idiom that leads nothing: "led the way", "lead by example". */
const LED_IDIOM = /^\s+(?:the way|by example)\b/;
const LED_BESIDE = /\b(?:alongside|with|against|among|amongst|across|through|from|toward|towards|beside)\b/;
/**
 * The words before a place, body or country that make it what a commitment is to: "support for Tidal", "support
 * Tidal", "development in southern Tidal"; not a mere where ("work with partners in the Tidal region").
 */
/**
 * Words before a name that make it the frame of a commitment, not what is committed to: "a just peace based on
 * principles enshrined in the Tidal Charter", "consistent with the Tidal Declaration", "in line with the goals of …".
 */
const FRAMED_BY =
  /\b(?:based on|enshrined in|consistent with|in line with|in keeping with|in accordance with|guided by|pursuant to|at the heart of|as (?:expressed|set out|set forth|outlined|laid out|described|reflected|affirmed|articulated) in)\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}$/u;
/**
 * What a commitment draws on or is made with is not its object: "leveraging investments from the Tidal Act",
 * "$5 million in funding from the Tidal Plan", "launched in partnership with the Government of Latvia".
 */
const SOURCE_OR_PARTNER =
  /\b(?:from|(?:in partnership|together|jointly|along|in cooperation|in coordination) with|with the (?:[Gg]overnments?|[Pp]eople) of)\s+(?:the\s+)?$/;
const COMMITTED_TO =
  /(?:\b(?:support|for)\s+(?:the\s+)?|\b(?:development|investments?|assistance|growth|infrastructure|opportunit(?:y|ies)) in\s+(?:the\s+)?(?:\p{Ll}+\s+)?)$/u;
/** What may stand between a gathering's name and its date: "the Tidal Summit, April 22", "… Summit on May 3". */
const DATE_AFTER_NAME = /^\s*(?:,|\bon|\bheld on|,\s*held on)?\s*$/;
/** A heading's words before its programme that are a verb in -ing and an article: "Expanding the …". */
function verbBeforeName(words: string): boolean {
  const [verb, article, ...more] = words.trim().split(/\s+/);
  return more.length === 0 && /^\S.*\s$/s.test(words) && GERUND.test(verb) && ARTICLES.has(article ?? "");
}
/**
 * A meeting to come: "agreed to meet again", "will meet"; not "meet" as in satisfy ("will meet the needs of",
 * "will meet or exceed", "will meet people where they are").
 */
const PLANNED = new RegExp(
  String.raw`\bagreed to meet(?: again)?\b|\bwill meet\b(?!\s+(?:or exceed\b|people where\b|(?!with\b)(?:[\w-]+\s+){0,3}${MET_DEMANDS}\b))`,
  "i",
);
const COLLECTIVE =
  /\b(the two leaders|the two presidents|both leaders|the leaders|the presidents|leaders also|they|the two heads of state)\b/i;
/** A speaker's own words: "I", "me", "my". */
const SPEAKER = /\b(?:I|[Mm]e|[Mm]y)\b/;
/** A quantity of a group right before a collective: "many of ", "all three of ", "one of ". */
const SOME_OF = /\bof\s+$/i;
/** What makes a collective some other leaders: "the leaders of …", "leaders from …", "the leaders here". */
const LEADERS_OF = /^\s+(?:of|from|here|across|around)\b/i;
/** "We, " or "We " right before a collective: the authors, in apposition ("We, the leaders, …"). */
const WE_BEFORE = /\bwe,?\s*$/i;
const AGREED = /\b(agreed to|agreed on|decided to)\b/i;
/**
 * Verbs and nouns of a commitment: "committed to", "will launch", "launched"; not "launched" as an adjective after a
 * determiner or possessive ("the administration’s recently launched Tidal Initiative"), where no one before it is
 * the subject; nor the second half of a compound ("air-launched vehicles") but for "co-launched" and "re-launched".
 * A lookahead for the word goes before each look-behind, which the engine would otherwise try at every place in the
 * sentence: ANY_CUE takes 175 ms instead of 298 ms over the benchmark corpus's 157,000 sentences.
 */
const COMMIT =
  /\b(committed to|commitments?\b|pledged|pledges|(?=launch)(?<!(?:\b(?:the|a|an|its|their|our|his|her|this|these|that)|[’']s)\s+(?:(?:recently|newly|just|previously)[\s-]+)?(?:(?:re|co)[-‐])?)(?:(?<=\b(?:re|co)[-‐])|(?<![-‐]))launch(?:ed|es)|reaffirmed|reiterated (?:their|its|his|her|our) support|will (?:invest|provide|work|support|organize|organise|train|expand|establish|create|deliver|continue|aim|host|contribute|deploy|partner|launch)|(?=plans to)(?<!\b(?:the|these|those|of|and|new)\s)plans to|participation in)/i;
/**
 * The actors of a commitment among the names before it. A possessive pronoun owns it ("thanked Romania for its
 * commitment to …"): "its" the last country or body named, "his"/"her" the last person, "our" the speakers who open
 * the sentence ("The United States and Japan reaffirm our commitment"). Otherwise the last three names.
 */
function pronounOwners(text: string, before: string, subjects: Resolved[], verbAt: number): Resolved[] {
  const pronoun = /\b(its|his|her|our)\s+(?:[a-z-]+\s+){0,2}$/i.exec(before)?.[1].toLowerCase();
  if (!pronoun) {
    // The subject is a demonstrative's ("…, this mechanism will support"): none of the names before it.
    const last = subjects[subjects.length - 1];
    if (last && DEMONSTRATIVE_SUBJECT.test(text.slice(last.end, verbAt))) return [];
    // A possessor in a phrase of its own is no subject ("Following Varga’s call, Estonia launched …"); one whose
    // phrase runs on to the verb owns the subject ("Latvia’s ministry will support", "Tidal’s Bureau of Tides launched").
    const kept = subjects.filter(
      (m) => !POSSESSIVE.test(text.slice(m.end, m.end + 3)) || OWNS_SUBJECT.test(text.slice(m.end, verbAt)),
    );
    // A name right before the verb is its subject, with the names listed with it: in "welcomed President Roe’s
    // announcement that Ruritania will host …", Ruritania alone. Else the last three names.
    const nearest = kept[kept.length - 1];
    if (nearest && DIRECT_SUBJECT.test(text.slice(nearest.end, verbAt)))
      return listed(text, kept, kept.length - 1, -1, SUBJECT_LIST_GAP);
    return kept.slice(-3);
  }
  // "our" is the speakers': the subject that opens the sentence and the names listed with it.
  if (pronoun === "our") return subjects.length ? listed(text, subjects, 0, 1) : [];
  const owner = subjects.findLast((m) => (pronoun === "its" ? m.kind !== "person" : m.kind === "person"));
  return owner ? [owner] : [];
}

/** Words that may stand between an actor and its verb: "Ruritania has also directly funded ...". */
const AUX = String.raw`(?:(?:also|now|already|directly|jointly|currently|still|recently|will|would|has|have|had|is|are|was|were|(?:continue|plan|intend|expect|aim)(?:s|ed)? to)\s+)*`;
/**
 * Kin, and events, of a person who is not at the meeting, and the title before the name: "the parents of", "the
 * family of Senator", "the death of".
 */
const ABSENT_BEHIND =
  /\b(?:parents?|family|families|wife|husband|spouse|widow(?:er)?|sisters?|brothers?|sons?|daughters?|mother|father|children|relatives|loved ones|friends|death|killing|murder|memory|funeral|detention)\s+of\s+(?:the\s+late\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

/**
 * A principal named by their office alone before a meeting verb: "The President met with …", "the Prime Minister’s
 * call with …"; not "the President of Tidal", not "the Vice President" (which is no office "President").
 */
const BARE_OFFICE =
  /\b[Tt]he (President|Prime Minister|Chancellor|King|Queen|Premier|Emir|Sultan|Taoiseach|Crown Prince)(?![\w-]|\s+(?:of\s+)?\p{Lu})/u;

/** Kin named after a person's name: "the Tamm family", "Tamm’s parents". */
const KIN_AFTER = /^(?:[’']s?)?\s+(?:family|families|parents|relatives|loved ones)\b/;

/** Nothing but auxiliaries between a subject and its verb: "Ruritania will", "Ruritania has also". */
const DIRECT_SUBJECT = new RegExp(String.raw`^\s+${AUX}$`);

/**
 * The link between two subjects listed before their verb, with what may come before the second's name: an acronym in
 * brackets, a title, "the government of": "President Roe and Secretary of Labor Tamm", "The Department of Tides
 * (DOT) and the Government of Latvia".
 */
const SUBJECT_LIST_GAP =
  /^(?:\s*\([^()]{1,16}\)|\))?(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|as well as)\s+)(?:the\s+)?(?:(?:[Gg]overnments?|[Pp]eople) of\s+(?:the\s+)?)?(?:then-)?(?:(?:\p{Lu}[\p{L}.’'-]*|of|for|the)\s+){0,6}$/u;

/** A relative pronoun, and auxiliaries, just before a verb: "…, which will", "… that has". */
const RELATIVE_PRONOUN = new RegExp(String.raw`(?:,\s*|\s)(?:which|that|who)\s+${AUX}$`);

/** The name a relative pronoun at `at` follows, with nothing but a comma between: "the Tidal Council, which". */
function antecedentOf(text: string, ms: Resolved[], at: number): Resolved | undefined {
  const last = ms.findLast((m) => m.end <= at && !m.nested);
  return last && /^\s*,?\s*$/.test(text.slice(last.end, at)) ? last : undefined;
}

/** A relative clause opened by a comma that runs on, with no comma of its own, to the end: ", which outlines …". */
const DEEP_RELATIVE = /,\s*(?:which|who|whose)\b[^,;:]*$/;

/** A clause's subject that points back: "…, this mechanism will", "…, these efforts will". */
const DEMONSTRATIVE_SUBJECT = /,\s*(?:this|these|that|those)\s+(?:[a-z-]+\s+){1,2}$/;
/** A possessor and what it owns, with no break before the verb: "Latvia’s ministry will …". */
const OWNS_SUBJECT = /^[’']s?\s+[^,;:–—]*$/;

/**
 * Words that open a clause of its own between a meeting verb and a name: the name belongs to that clause, or to the
 * meeting's purpose ("met with labor leaders to discuss …"). Not "led by": "met with a delegation led by Secretary
 * Roe" is a meeting with Roe.
 */
const OTHER_CLAUSE =
  /\b(?:announced|launched|signed|proposed|established|created|founded|introduced|issued|released|adopted|passed|enacted) by\b|\b(?:which|that|who|whose|about|while|whereas)\b|\bto (?:discuss|review|highlight|celebrate|mark|address|advance|implement)\b/;

/**
 * Lowercase words a meeting verb and the first person met may have between them ("met with the heads of state or
 * government of the 27 member states of the European Union chaired by President …" has 15); further on, the name
 * belongs to some other clause.
 */
const MAX_GAP_WORDS = 20;
/** Lowercase words, as MAX_GAP_WORDS counts them. */
const LOWERCASE_WORDS = /(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*/gu;

/** Nouns of a commitment that a possessive before them owns. */
const OWNED_NOUN = /commitment|participation|pledge|plans to/i;
/**
 * Words just before a commitment that say whose it is: a possessive pronoun ("their commitment", "our renewed
 * commitment") or a verb whose subject holds it ("reiterated commitment to", "reaffirmed the strong commitment").
 */
const OWNING_WORDS =
  /\b(?:(?:its|his|her|our|their)|(?:reiterated|reaffirmed|renewed|affirmed|reaffirm|reiterate|underscored|emphasized|stressed|expressed|made|announced)(?:\s+(?:the|a|an))?)\s+(?:[a-z-]+\s+){0,2}$/i;
/**
 * A country named before a commitment, as its owner, with at most two adjectives between: "the enduring U.S.
 * commitment to …"; not a subject whose verb or pronoun comes between ("Latvia reaffirm our commitment").
 */
const ATTRIBUTIVE_OWNER =
  /^\s+(?:(?!(?:our|their|its|his|her|the|an?|and|or|to|of|with|in|for|by|made|make|reaffirm\w*|reiterat\w*|renew\w*|affirm\w*|express\w*|announc\w*|welcom\w*|not\w*)\s)[a-z-]+\s+){0,2}(?:commitments?|pledges?)\b/;
/** Between two possessive owners of one commitment: "Roe’s and President Ruiz Vega’s", "Estonia’s, Latvia’s and …". */
const OWNER_LIST_GAP = /^[’']s?\s*(?:,\s*)?(?:and\s+|&\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;

/** The words before the person who made a commitment: "the full commitment (of) President ". */
const AFTER_COMMITMENT = /\bcommitment\s+(?:(?:of|by)\s+)?(?:[A-Z][\w.]*\s+){0,4}$/;
/** Words between a subject and a grant that make the subject its recipient: "received a $5 million grant". */
const RECEIVING = /\b(?:receiv(?:ed|es|ing)|(?:was|were|has been|have been) awarded|won|secured|obtained)\b/i;
/** Verbs and nouns of funding; "committed" with an amount is money pledged ("committed $20 million to …"). */
const FUND =
  /\b(fund(?:s|ed|ing)?|grants?|loans?|provided|provides|provide|invest(?:s|ed|ing)?|financ(?:e|es|ed|ing)|assistance to|donat(?:e|ed|es)|committed(?=\s+(?:(?:over|more than|nearly|almost|about|approximately|up to|an additional|additional|another)\s+)?(?:US)?[$€£]\s?\d))\b/i;
/** FUND, and verbs of giving that follow a payer: "has contributed", "has given". */
const FUND_GLOBAL = new RegExp(`${FUND.source.slice(0, -3)}|contribut(?:e|es|ed)|gave|given|pledged)\\b`, "gi");
/** Characters from a leadership verb to what is led: "led the reauthorization of the Tidal Relief Plan". */
const LEAD_OBJECT_REACH = 40;

/** An event noun after a name and a few lowercase words: the name only qualifies the event ("… health ministerial meeting"). */
const EVENT_AFTER =
  /^(?:[’']s)?\s+(?:[a-z][\w-]*\s+){0,3}(?:meetings?|ministerials?|summits?|dialogues?|forums?|conferences?|sessions?|talks|roundtables?|consultations?)\b/;
const LEAD =
  /\b(?:to lead|will lead|leads|led|(?<!\b(?:the|a|an|most|\d+|one|two|three|four|five|six|seven|eight|nine|ten|world[’']s)\s)leading|(?<!\b(?:vice|deputy)[\s-])chair(?:s|ed)?|co-chair(?:s|ed)?|heads)\b/i;
/** An amount of money, as written: "over $600 million", "$90+ million", "€2bn". */
const MONEY =
  /(?:(?:over|more than|nearly|almost|about|approximately|up to|an additional|additional)\s+)?(?:US)?\$\s?\d[\d,.]*\+?(?:\s*(?:million|billion|trillion|thousand)|(?:[MBK]|bn|mn)\b)?|\b\d[\d,.]*\s*(?:million|billion)\s+(?:dollars|euros|pesos)\b|(?:€|£)\s?\d[\d,.]*\+?(?:\s*(?:million|billion)|(?:[MBK]|bn|mn)\b)?/gi;

/** Every amount MONEY matches has a currency sign or a "million"/"billion": a sentence without them has none. */
const MAY_STATE_MONEY = /[$€£]|illion/i;

/** Any of the expressions (none refers back to a group), as one: a sentence it does not match matches none of them. */
function anyOf(...patterns: RegExp[]): RegExp {
  const flags = patterns[0].flags.replace("g", "");
  if (patterns.some((p) => p.flags.replace("g", "") !== flags))
    throw new Error("pipeline.relations: anyOf joins expressions of the same flags only");
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join("|"), flags);
}
/** AGREED, FUND or COMMIT anywhere in a sentence (`cue` then picks the match that counts). */
const ANY_CUE = anyOf(AGREED, FUND, COMMIT);
/** MEET or PLANNED anywhere in a sentence. */
const MEET_OR_PLANNED = anyOf(MEET, PLANNED);

function formatOf(s: string): string | null {
  if (/\b(virtual|video ?conference|videoconference)\b/i.test(s)) return "virtual";
  if (/\b((tele)?phone|call|called|spoke by)\b/i.test(s)) return "call";
  if (/\bletter\b/i.test(s)) return "letter";
  if (/\bsummit\b/i.test(s)) return "summit";
  if (/\b(met|meeting|hosted|visit|talks|in person)\b/i.test(s)) return "in person";
  if (/\bconversation\b/i.test(s)) return "call";
  return null;
}

/** What the sentence rules of one document share: the document, its mentions by sentence, its principals, what has
 * been found so far, and the ways to add to it. */
interface DocState {
  doc: DocContext;
  text: string;
  sentences: Sentence[];
  mentions: Resolved[];
  bySentence: Map<number, Resolved[]>;
  /** The document's principals: up to two people with a leader's title. */
  leaders: string[];
  /** The leader's offices each principal is named with ("President" of "Mexican President Ruiz"). */
  leaderOffices: Map<string, Set<string>>;
  /** Block index → the programme its heading names. */
  headingProgram: Map<number, string>;
  relations: RelationDraft[];
  meetings: MeetingDraft[];
  extraEntities: DocRelations["extraEntities"];
  gatheringDates: DocRelations["gatheringDates"];
  add: (kind: RelationKind, source: string, target: string, sentence: number, attrs?: Record<string, string>) => void;
  /** The country a person or agency belongs to, as this document states it or the corpus knows it. */
  ownCountry: (id: string) => string | undefined;
  /** Who pays for what a person announces: their agency or country; anyone else pays for themselves. */
  payerFor: (id: string) => string | undefined;
  /** The dates of sentence `i` (see findDates), read once. */
  datesOf: (i: number) => DateMention[];
  /** Whether sentence `i`, whose text is `s`, matches ANY_CUE (CUE_WORDS) or MEET_OR_PLANNED (MEETING_WORDS). */
  hasWords: (i: number, s: string, words: typeof CUE_WORDS | typeof MEETING_WORDS) => boolean;
  /** The meeting sentence `i` tells of, found again or new. */
  meetingFor: (i: number, participants: string[], trigger: string, opts?: { planned?: boolean }) => MeetingDraft;
  /** The document's own meeting: its first that is neither a letter nor planned. */
  mainMeeting: () => MeetingDraft | undefined;
}

/** One sentence as the rules read it. */
interface SentenceView {
  i: number;
  s: string;
  /** Its mentions; of those inside another name, only countries. */
  ms: Resolved[];
  /** Its people, none inside another name. */
  ppl: Resolved[];
  pplIds: string[];
  /** "the two leaders", "they": the principals as a group. */
  collective: RegExpExecArray | null;
  /** The principals, when `collective` names them. */
  groupIds: string[];
  /** Ends with a question mark (QUESTION), tested once for the rules that `stated` wraps. */
  asks: boolean;
}

const persons = (ms: Resolved[]) => ms.filter((m) => m.kind === "person");
const unique = (ids: string[]) => [...new Set(ids)];

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
  const gatheringDates: DocRelations["gatheringDates"] = [];
  const add = (
    kind: RelationKind,
    source: string,
    target: string,
    sentence: number,
    attrs: Record<string, string> = {},
  ) => {
    if (source !== target) relations.push({ kind, source, target, sentence, attrs });
  };

  // The document's principals: the two most-mentioned people with a leader's title; of those mentioned as often, the
  // one named first (a readout names its principals in its first sentence, a monarch in passing later on).
  const leaderCount = new Map<string, number>();
  for (const m of mentions)
    if (m.kind === "person" && m.title && isLeaderTitle(m.title))
      leaderCount.set(m.entity, (leaderCount.get(m.entity) ?? 0) + 1);
  // Pushed into a literal: an empty list then has the same shape as a full one, and the optimised code that reads it
  // holds ("wrong map": `.map` of no entries makes an array of another kind, which deoptimised this function).
  const leaders: string[] = [];
  for (const [id] of [...leaderCount].sort((a, b) => b[1] - a[1]).slice(0, 2)) leaders.push(id);
  // The offices each principal is named with ("President" of "President Tamm").
  const leaderOffices = new Map<string, Set<string>>();
  for (const m of mentions)
    if (m.kind === "person" && m.title && leaders.includes(m.entity) && isLeaderTitle(m.title)) {
      const offices = leaderOffices.get(m.entity) ?? new Set<string>();
      offices.add(officeOf(m.title).replace(/^.*\b(?=(?:Prime Minister|Crown Prince)\b)|^.*\s(?=\S+$)/, ""));
      leaderOffices.set(m.entity, offices);
    }

  // Headings give the paragraphs below them a topic ("Partnership to Resolve ...: The Department of Tides will ...").
  const headingProgram = new Map<number, string>();
  sentences.forEach((s, i) => {
    if (!s.heading) return;
    const prog = (bySentence.get(i) ?? []).find(
      (m) => m.kind === "program" && !m.nested && (m.start === s.start || verbBeforeName(text.slice(s.start, m.start))),
    );
    if (prog) headingProgram.set(s.block, prog.entity);
  });

  const sentenceText = (i: number) => text.slice(sentences[i].start, sentences[i].end);

  // The country a person or agency belongs to, as this document states it (in a title) or the corpus knows it.
  const countryStated = new Map<string, string>();
  for (const m of mentions)
    if (m.country && !countryStated.has(m.entity)) countryStated.set(m.entity, `country:${slug(m.country)}`);
  const ownCountry = (id: string) => countryStated.get(id) ?? doc.countryOf(id);
  // A person does not pay out of their own pocket in these documents: "Secretary Ruiz announced a $2 million grant"
  // is funding by their agency (named in their title) or, failing that, their country.
  const agencyStated = new Map<string, string>();
  for (const m of mentions)
    if (m.kind === "person" && m.org && !agencyStated.has(m.entity)) {
      const org = (bySentence.get(m.sentence) ?? []).find((o) => o.kind === "agency" && o.name === m.org);
      if (org) agencyStated.set(m.entity, org.entity);
    }
  const payerFor = (id: string): string | undefined =>
    id.startsWith("person:") ? (agencyStated.get(id) ?? ownCountry(id)) : id;

  // A letter's "your government" is the addressee's country: a country mention of its own, which the rules below
  // read like "Ruritania" (as owner of a commitment, funder, partner). Not an alias: it makes no mention in 04.
  const addressee = letterAddressee(doc, bySentence);
  if (addressee)
    for (const m of yourCountryMentions(doc, addressee)) {
      const list = bySentence.get(m.sentence) ?? [];
      list.splice(list.filter((x) => x.start < m.start).length, 0, m);
      bySentence.set(m.sentence, list);
    }

  // Each sentence's dates, found once: the meeting and gathering rules may each ask for them.
  const dates = doc.cues?.dates ?? new Map<number, DateMention[]>();
  const datesOf = (i: number): DateMention[] => {
    let found = dates.get(i);
    if (!found) dates.set(i, (found = findDates(text, sentences[i].start, sentences[i].end, doc.date)));
    return found;
  };

  function meetingFor(
    i: number,
    participants: string[],
    trigger: string,
    opts: { planned?: boolean } = {},
  ): MeetingDraft {
    const s = sentenceText(i);
    const ms = bySentence.get(i) ?? [];
    let date: string | null = null;
    // A year on its own dates a meeting only on the right side of the document's: "agreed to meet again in early
    // 2024" (a plan), not "looked forward to the summit in 2024" for a meeting held today.
    const docYear = doc.date?.slice(0, 4);
    const ds = datesOf(i).filter((x) => !x.bare || !docYear || (opts.planned ? x.iso >= docYear : x.iso <= docYear));
    if (ds.length) date = ds[0].iso;
    else if (/\b(today|this (morning|afternoon|evening))\b/i.test(s) && doc.date) date = doc.date;
    else if (/\byesterday\b/i.test(s) && doc.date) date = findDates("yesterday", 0, 9, doc.date)[0]?.iso ?? null;
    // The meeting's place: "in <place>" before any purpose clause ("... to promote development in southern Mexico").
    const verbAt = meetingVerb(s)?.index ?? 0;
    const purpose = PURPOSE.exec(s.slice(verbAt));
    const purposeAt = purpose ? sentences[i].start + verbAt + purpose.index : Infinity;
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
    // The same meeting told twice in one document: same date (or none) and shared participants. One person's calls
    // with two others ("Tamm’s call with Ruiz", "Tamm’s call with Kallas") are two meetings.
    let found = meetings.find(
      (mt) =>
        (mt.date === date || (!date && !mt.date)) &&
        (mt.format === format || !format || !mt.format) &&
        participants.some((p) => mt.participants.has(p)) &&
        !withOthers(mt.participants, participants),
    );
    if (!found) {
      // Each name once: a president and the first lady are "Varga–Kallas", not "Varga–Varga–Kallas".
      const who = unique(participants.map((p) => doc.calledBy(p) ?? surnameOf(doc.entityLabel(p)))).slice(0, 3);
      const what = format ?? "meeting";
      const label = `${who.join("–")} ${what}${place ? " in " + place : ""}${date ? " (" + date + ")" : ""}`;
      const id = `meeting:${date ?? "undated-" + slug(doc.file)}-${slug(who.join(" "))}-${slug(what)}${place ? "-" + slug(place) : ""}`;
      found = { id, label, date, place, format, participants: new Set(), sentences: [] };
      meetings.push(found);
    }
    for (const p of participants) found.participants.add(p);
    found.sentences.push(i);
    // The first place only: "hosted Prime Minister Sato in Tallinn, following up on their meetings in Riga" met in
    // Tallinn.
    const first = places[0];
    if (first) add("LOCATED_IN", found.id, first.entity, i);
    // "in Portland, Oregon": in the state named after the city too (not in "Tallinn, Estonia"'s country: a place
    // only), unless the two begin a list ("in Kansas, Louisiana, and Ohio").
    for (const m of ms)
      if (
        m.kind === "place" &&
        first !== undefined &&
        first.end < m.start &&
        /^,\s*$/.test(text.slice(first.end, m.start)) &&
        !/^\s*,?\s*(?:and|or)\b/.test(text.slice(m.end, m.end + 8))
      )
        add("LOCATED_IN", found.id, m.entity, i);
    if (!found.place && place) found.place = place;
    return found;
  }

  const mainMeeting = () => meetings.find((m) => m.format !== "letter" && m.format !== "planned");

  const d: DocState = {
    doc,
    text,
    sentences,
    mentions,
    bySentence,
    leaders,
    leaderOffices,
    headingProgram,
    relations,
    meetings,
    extraEntities,
    gatheringDates,
    add,
    ownCountry,
    payerFor,
    datesOf,
    hasWords: (i, s, words) =>
      doc.cues ? (doc.cues.flags[i] & words) !== 0 : (words === CUE_WORDS ? ANY_CUE : MEET_OR_PLANNED).test(s),
    meetingFor,
    mainMeeting,
  };
  for (let i = 0; i < sentences.length; i++) {
    const s = sentenceText(i);
    const all = bySentence.get(i);
    // A sentence that names nobody states no relation, but for what its leaders, a letter or its heading supply.
    if (!all?.length && !headingProgram.has(sentences[i].block) && !UNNAMED_PARTIES.test(s) && !COLLECTIVE.test(s))
      continue;
    const ms = (all ?? []).filter((m) => !m.nested || m.kind === "country");
    const ppl = persons(ms).filter((m) => !m.nested);
    const stated = COLLECTIVE.exec(s);
    // "We, the leaders of Japan and Ruritania, met …": the authors speak of themselves. They are the document's
    // principals only where it names both principals' countries: "We, the Leaders of the Group of Seven" are not the
    // two presidents a statement on a war names most.
    const authors = stated !== null && WE_BEFORE.test(s.slice(0, stated.index));
    // "many of the leaders", "all three of the leaders": some of a group, not the principals; nor, beside a speaker's
    // "I", is "they" ("… in Rodney Square, they called."). "The leaders of Latvia and Estonia", "the leaders here":
    // those leaders, the principals only where they are the principals' countries.
    const some =
      stated !== null &&
      (SOME_OF.test(s.slice(0, stated.index)) || (stated[0].toLowerCase() === "they" && SPEAKER.test(s)));
    const qualified = stated !== null && LEADERS_OF.test(s.slice(stated.index + stated[0].length));
    const principalsNamed = leaders.every((id) => ms.some((m) => m.kind === "country" && m.entity === ownCountry(id)));
    // Of leaders "of" some countries, the principals are those whose countries follow ("President Ruiz met with the
    // leaders of Latvia": the Latvian principal).
    const statedAt = sentences[i].start + (stated?.index ?? 0);
    const group =
      !stated || some || (authors && !principalsNamed) || leaders.length !== 2
        ? []
        : qualified && !principalsNamed
          ? leaders.filter((id) =>
              ms.some((m) => m.kind === "country" && m.start > statedAt && m.entity === ownCountry(id)),
            )
          : leaders;
    const collective = stated && !some && (!authors || principalsNamed) && (!qualified || group.length) ? stated : null;
    const v: SentenceView = {
      i,
      s,
      ms,
      ppl,
      pplIds: unique(ppl.map((m) => m.entity)),
      collective,
      groupIds: collective ? group : [],
      asks: s.includes("?") && QUESTION.test(s),
    };
    for (const rule of SENTENCE_RULES) rule(d, v);
  }

  // Names like "U.S.-Chile Tidal Power Dialogue" state a partnership in themselves, and "the NATO Summit in Vilnius"
  // where it was held.
  for (const m of mentions) {
    // The place ends the name, after "in", and no topic after "on" or "for" comes before it ("the Conference on
    // Security and Cooperation in Europe" is about Europe).
    if (m.kind === "meeting" && !m.nested) {
      const at = (bySentence.get(m.sentence) ?? []).find(
        (c) =>
          (c.kind === "place" || c.kind === "country") &&
          c.nested &&
          c.start > m.start &&
          c.end === m.end &&
          / in (?:the )?$/.test(text.slice(c.start - 8, c.start)),
      );
      if (at && !/\s(?:on|for)\s/.test(text.slice(m.start, at.start)))
        add("LOCATED_IN", m.entity, at.entity, m.sentence);
      continue;
    }
    if (m.kind !== "program") continue;
    // A mention inside this one is in its sentence.
    const inside = (bySentence.get(m.sentence) ?? []).filter(
      (c) => c.kind === "country" && c.nested && c.start >= m.start && c.end <= m.end,
    );
    const ids = unique(inside.map((c) => c.entity));
    if (ids.length >= 2) pairs(ids, (a, b) => add("PARTNERS_WITH", a, b, m.sentence, { program: m.entity }));
  }
  return { meetings, relations, extraEntities, gatheringDates };
}

/**
 * The rules read each sentence in this order; each is a function of its own, so that V8 optimises it alone (as one
 * function of 500 lines it was compiled four times a build, half a second each, and ran in the interpreter meanwhile).
 * Later rules read what earlier ones found: the document's meetings, its main meeting.
 */
/** A sentence that ends with a question mark, before any closing quote or bracket. */
const QUESTION = /\?[”"’')\]]*\s*$/;

type SentenceRule = (d: DocState, v: SentenceView) => void;

/**
 * A rule for what a sentence says happened (a meeting, a commitment, who leads or attends): a question asks it and
 * states nothing ("Has the U.S. proposed a meeting between the two leaders?"). A title is a title still.
 */
const stated =
  (rule: SentenceRule): SentenceRule =>
  (d, v) => {
    if (!v.asks) rule(d, v);
  };

const SENTENCE_RULES: readonly SentenceRule[] = [
  membershipByTitle,
  stated(meetingsStated),
  letterAnswered,
  stated(accompaniedBy),
  stated(leadership),
  stated(namedGatherings),
  stated(commitmentsAndFunding),
];

/** A title of an office no longer held: "Former Chairman of …", "ex-Minister". */
const FORMER = /^(?:former|ex-)/i;

function membershipByTitle(d: DocState, v: SentenceView): void {
  const { bySentence, add } = d;
  const { i, ms, ppl } = v;
  // Membership stated by a title: "Mexican President ...", "President ... of Mexico", "at the National Glacier Council".
  for (const m of ppl) {
    const country =
      ms.find((c) => c.kind === "country" && c.name === m.country)?.entity ??
      (m.country ? `country:${slug(m.country)}` : undefined);
    if (country) add("MEMBER_OF", m.entity, country, i, m.title ? { title: m.title } : {});
    // "Former Chairman of the Council of Economic Advisers": no member of it now (of the country, still).
    if (m.org && !FORMER.test(m.title ?? "")) {
      const org = (bySentence.get(i) ?? []).find((o) => o.kind === "agency" && o.name === m.org);
      if (org) add("MEMBER_OF", m.entity, org.entity, i, m.title ? { title: m.title } : {});
    }
  }
}

/** A relative pronoun right before a clause's subject and its title: "the meeting that President ", "which ". */
const RELATIVE_BEFORE = /\b(?:that|which|whom)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,6}$/u;

function meetingsStated(d: DocState, v: SentenceView): void {
  const { doc, text, sentences, leaders, leaderOffices, extraEntities, add, meetingFor } = d;
  const { i, s, ms, collective } = v;
  // Meetings: "X met today with Y in Z", "X hosted Y for a virtual bilateral meeting", "a call with X".
  if (!d.hasWords(i, s, MEETING_WORDS)) return; // one search for the many sentences with neither
  const meet = meetingVerb(s);
  const planned = PLANNED.exec(s);
  if (!meet && !planned) return;
  // "They spoke by phone": the principals, when "they" comes before the verb; not "spoke to the role of funds, since
  // they …". "The two leaders", "the presidents" name them wherever they stand ("the call between the two presidents").
  const verbIndex = Math.min(meet?.index ?? Infinity, planned?.index ?? Infinity);
  const pronoun = collective?.[0].toLowerCase() === "they";
  const groupIds = collective && (!pronoun || collective.index < verbIndex) ? v.groupIds : [];
  // "met with the parents of Ada Tamm", "after the death of Ada Tamm", "met with the Tamm family": Tamm was not there.
  const ppl = v.ppl.filter(
    (m) =>
      !ABSENT_BEHIND.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
      !KIN_AFTER.test(text.slice(m.end, m.end + 16)),
  );
  const pplIds = unique(ppl.map((m) => m.entity));
  if (planned && (groupIds.length || /\bdelegations?\b/i.test(s) || (!meet && pplIds.length >= 2))) {
    // A meeting to come of the people named or those "the leaders" stand for, who attend it, else ("both delegations
    // agreed to meet again") of the document's principals; of no one, none.
    const named = pplIds.length ? pplIds : groupIds;
    const participants = named.length ? named : leaders;
    if (!participants.length) return;
    const mt = meetingFor(i, participants, planned[0], { planned: true });
    for (const p of named) add("ATTENDED", p, mt.id, i);
  } else if (
    meet &&
    pplIds.length + groupIds.length >= 1 &&
    (!GREETING.test(meet[0]) || greetsPerson(text, sentences[i].start + meet.index + meet[0].length, ppl))
  ) {
    const verbAt = sentences[i].start + meet.index;
    // The people listed just before the verb and just after it; a name further on belongs to another clause
    // ("… to follow up on the call between President Ruiz and President Varga").
    // "… discussed Gaza, following the call between President Ruiz and Prime Minister Varga": a meeting "between"
    // people is theirs alone.
    const verbEnd = verbAt + meet[0].length;
    const between = /\bbetween$/i.test(meet[0]) || /^\s+between\b/.test(text.slice(verbEnd, verbEnd + 10));
    const namedBefore = between
      ? []
      : adjacentList(
          text,
          ppl.filter((m) => m.start < verbAt),
          -1,
        );
    const named = namedBefore.map((m) => m.entity);
    // "… including the meeting that President Ruiz hosted": the subject of a relative clause met whoever it names,
    // not the rest of the sentence.
    const inRelative =
      namedBefore.length > 0 &&
      RELATIVE_BEFORE.test(text.slice(Math.max(0, namedBefore[0].start - 80), namedBefore[0].start));
    // The people after the verb, unless a clause of their own comes first ("hosted the meeting of the Network
    // announced by President Ruiz": Ruiz announced it).
    // An owner is no participant: "… to discuss President Ruiz’s memorandum".
    const pplAfter = ppl.filter((m) => m.start >= verbAt && !POSSESSIVE.test(text.slice(m.end, m.end + 3)));
    const firstAfter = pplAfter[0];
    const gapAfter = firstAfter ? text.slice(verbEnd, firstAfter.start) : "";
    const cutAfter =
      firstAfter !== undefined &&
      (OTHER_CLAUSE.test(gapAfter) || (gapAfter.match(LOWERCASE_WORDS)?.length ?? 0) > MAX_GAP_WORDS);
    const after = firstAfter && !cutAfter ? adjacentList(text, pplAfter, 1).map((m) => m.entity) : [];
    // "The President spoke to Speaker Roe and Leader Tamm": the principal named by their office alone is the subject.
    const office = named.length || between ? undefined : BARE_OFFICE.exec(text.slice(sentences[i].start, verbAt))?.[1];
    const holder = office && leaders.find((l) => leaderOffices.get(l)?.has(office) && !after.includes(l));
    const before = holder ? [holder] : named;
    // Else everyone the sentence names, but an owner: "hosted a meeting … to discuss President Ruiz’s agenda".
    const nonOwners = ppl.filter((m) => !POSSESSIVE.test(text.slice(m.end, m.end + 3))).map((m) => m.entity);
    const participants = unique(
      between
        ? [...after, ...groupIds]
        : before.length && (after.length || cutAfter || inRelative)
          ? [...before, ...after, ...groupIds]
          : [...nonOwners, ...groupIds],
    );
    const ledBy = LED_BY.exec(s);
    if (participants.length >= 2 || ledBy) {
      const mt = meetingFor(i, participants, meet[0]);
      for (const p of participants) add("ATTENDED", p, mt.id, i);
      // Who met whom: across the two sides of the verb, or the pair of principals.
      let sideA = unique(before);
      let sideB = unique(after);
      // With one side empty, two participants met each other ("Ruiz and Varga met in Tallinn"), unless the verb
      // has an object nobody named ("Ruiz and Varga met with 39 union leaders": they met them, together).
      const unnamedObject =
        !after.length &&
        (/\bwith$/i.test(meet[0]) || /^\s+(?:\w+\s+){0,2}?with\b/.test(text.slice(verbEnd, verbEnd + 40)));
      if ((!sideA.length || !sideB.length) && !unnamedObject)
        [sideA, sideB] = participants.length === 2 ? [[participants[0]], [participants[1]]] : [sideA, sideB];
      for (const a of sideA) for (const b of sideB) if (a !== b) add("MET_WITH", a, b, i, { meeting: mt.id });
      if (ledBy) {
        const leadAt = sentences[i].start + ledBy.index;
        // Those named after "led by" and before the meeting's verb, or before those who joined them: "a delegation led
        // by Ambassador Tamm, and joined by Representative Ruiz, met with President Varga" is led by Tamm alone.
        const listEnd = ledBy.index + ledBy[0].length;
        const stops = [LEAD_LIST_END.exec(s.slice(listEnd))?.index ?? Infinity];
        if (meet.index > ledBy.index) stops.push(meet.index - listEnd);
        const leadEnd = sentences[i].start + listEnd + Math.min(...stops);
        const heads = ppl.filter((m) => m.start > leadAt && m.start < leadEnd).map((m) => m.entity);
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
}

function letterAnswered(d: DocState, v: SentenceView): void {
  const { sentences, mentions, add, meetingFor } = d;
  const { i, s } = v;
  // "Thank you for your September 7th letter": a letter from the addressee to the writer.
  const letter = s.includes("letter") ? LETTER.exec(s) : null;
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
}

function accompaniedBy(d: DocState, v: SentenceView): void {
  const { doc, sentences, add, mainMeeting } = d;
  const { i, s, ms, ppl } = v;
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
}

/** What stands between a body's name and a title noun after it: spaces, its acronym in brackets. */
const bodyBeforeCue = (between: string) => /^\s*$/.test(between) || ACRONYM_BETWEEN.test(between);

/** The words from `at` to a person's name, as a title is written: spaces collapsed. */
function titleBetween(text: string, at: number, m: Resolved): string {
  return text.slice(at, m.start).replace(/\s+/g, " ").trim();
}

function leadership(d: DocState, v: SentenceView): void {
  const { text, sentences, add } = d;
  const { i, s, ms, ppl } = v;
  // Leadership: "X will lead Y", "X chairs Y".
  const lead = LEAD.exec(s);
  if (lead && !LED_BY.test(s)) {
    const at = sentences[i].start + lead.index;
    // "…, and Chair of the Tidal Council Ada Tamm": a cue that opens the title of the person named after it is that
    // person's office; they lead, not the name before.
    const titled = ppl.find(
      (m) => m.start > at && m.title !== undefined && m.title.endsWith(titleBetween(text, at, m)),
    );
    const subj = titled ?? ppl.filter((m) => m.start < at).pop();
    // What is led may stand in the leader's title ("Ada Tamm, Co-Chair, Tidal Advisory Committee"), not inside
    // another body's name.
    const all = d.bySentence.get(i) ?? [];
    const ledKind = (m: Resolved) => m.kind === "program" || m.kind === "agency" || m.kind === "meeting";
    const outer = all.filter((m) => !m.nested && ledKind(m));
    const led = (m: Resolved) =>
      ledKind(m) && (!m.nested || !outer.some((o) => o !== m && o.start <= m.start && m.end <= o.end));
    // A titled leader leads the body their title names: after the cue ("Chair of the Tidal Council Ada Tamm") or
    // right before it ("Tidal Commission (TC) Chair Ada Tamm"), never a body named after them.
    const obj = titled
      ? (all.find((m) => m.start > at && m.end <= titled.start && led(m)) ??
        all.filter((m) => m.end <= at && led(m) && bodyBeforeCue(text.slice(m.end, at))).pop())
      : all.find((m) => m.start > at && led(m));
    // "co-chaired the Tidal-ASEAN health ministerial meeting": the meeting is led, not the body named in it.
    const inEvent = obj && obj.kind !== "meeting" && EVENT_AFTER.test(text.slice(obj.end, obj.end + 50));
    // "President Varga’s pick to lead the Tidal Office": the one picked leads it. "… has led the recovery by signing
    // the Tidal Act": what is led comes right after the verb.
    const owned = subj !== undefined && POSSESSIVE.test(text.slice(subj.end, subj.end + 3));
    // "led the Tidal Department’s Bureau of …": what is led is the body's, unnamed here.
    const ownerOfLed =
      obj !== undefined && (POSSESSIVE.test(text.slice(obj.end, obj.end + 3)) || qualifiesBody(text, obj));
    // "led the delegation to the Tidal Summit" leads the delegation, not the summit.
    const near =
      obj !== undefined &&
      obj.start - (at + lead[0].length) < LEAD_OBJECT_REACH &&
      !LED_BESIDE.test(text.slice(at + lead[0].length, obj.start)) &&
      !/\bdelegations?\s+(?:to|at|for)\b/.test(text.slice(at + lead[0].length, obj.start));
    // "has made an excellent choice to lead", "Statement from X: “Ruta is ready to lead", "on behalf of X to lead",
    // "nominated by X to lead": someone else leads.
    const someoneElse =
      subj !== undefined &&
      (CHOSE_LEADER.test(text.slice(subj.end, at)) ||
        SENT_OR_CHOSEN_BY.test(text.slice(Math.max(0, subj.start - 60), subj.start)));
    // "… and a former mayor who heads the Tidal Office": the leader is the one the relative clause follows.
    const relative = RELATIVE_PRONOUN.exec(text.slice(Math.max(0, at - 60), at));
    const notTheSubject = relative !== null && antecedentOf(text, ms, at - relative[0].length) !== subj;
    const idiom = LED_IDIOM.test(text.slice(at + lead[0].length, at + lead[0].length + 14));
    // "Ada Tamm, Nominee for Chair of the Tidal Board": nominated to lead it, not leading it yet.
    const nominated = subj !== undefined && /\bnominee\s+for\b/i.test(text.slice(subj.end, at));
    const clear = !inEvent && !owned && !ownerOfLed && near && !someoneElse && !notTheSubject && !idiom && !nominated;
    if (subj && obj && clear && at - subj.end < 40) add("LEADS", subj.entity, obj.entity, i);
  }
}

function namedGatherings(d: DocState, v: SentenceView): void {
  const { text, sentences, meetings, gatheringDates, add } = d;
  const { i, s, ms, ppl, collective, groupIds } = v;
  // Named gatherings: "Prime Minister Kallas will attend the Tidal Summit", "President Varga hosted the Tidal Summit"
  // (as its host), "met on the margins of the Tidal Summit" (both attended it).
  const gatherings = ms.filter((m) => m.kind === "meeting" && !m.nested);
  if (gatherings.length) {
    // "the Tidal Summit, April 22, hosted by …", "the Tidal Summit on March 3, 2022": the date right after the name.
    const dates = d.datesOf(i);
    for (const g of gatherings) {
      const date = dates.find((x) => x.start >= g.end && DATE_AFTER_NAME.test(text.slice(g.end, x.start)));
      if (date) gatheringDates.push({ entity: g.entity, date: date.iso });
    }
    const attend = ATTEND_NAMED.exec(s);
    const attendAt = attend ? sentences[i].start + attend.index : -1;
    const gathering = attend && gatherings.find((g) => g.start > attendAt);
    if (attend && gathering && !NOT_ATTENDING.test(s.slice(Math.max(0, attend.index - 16), attend.index))) {
      const collectiveBefore = collective && collective.index < attend.index ? groupIds : [];
      const who = unique([
        ...adjacentList(
          text,
          ppl.filter((m) => m.start < attendAt),
          -1,
        ).map((m) => m.entity),
        ...collectiveBefore,
      ]);
      const role: Record<string, string> = /^(?:host|convene)/i.test(attend[1]) ? { role: "host" } : {};
      for (const p of who) add("ATTENDED", p, gathering.entity, i, role);
    }
    const heldHere = meetings.find((x) => x.sentences.includes(i));
    for (const g of gatherings)
      if (heldHere && MARGINS_OF.test(text.slice(Math.max(0, g.start - 30), g.start)))
        for (const p of heldHere.participants) add("ATTENDED", p, g.entity, i);
  }
}

function commitmentsAndFunding(d: DocState, v: SentenceView): void {
  const { i, s } = v;
  const money = MAY_STATE_MONEY.test(s) ? [...s.matchAll(MONEY)].map((x) => x[0].replace(/\s+/g, " ").trim()) : [];
  const amount = money[0];
  const funded = fundingBetweenNames(d, v, amount);

  // Commitments, funding, agreements and partnerships. Most sentences hold none of the three cues: one search tells.
  if (!d.hasWords(i, s, CUE_WORDS)) return;
  const agreed = cue(AGREED, s);
  const fund = cue(FUND, s);
  // "Ruritania will invest $130 million in ...": a pledge of money is funding, not a commitment.
  const pledgesMoney = amount && fund && /^will\s/i.test(s.slice(fund.index - 5, fund.index));
  const commit = pledgesMoney ? null : cue(COMMIT, s);
  const verb = [agreed, commit, fund].filter(Boolean).sort((a, b) => a!.index - b!.index)[0];
  if (!verb) return;
  const c = verbClause(d, v, verb, amount);
  if (agreed && agreed === verb) return agreementsStated(d, v, c, agreed);
  const { countries, programs, headingProg, jointCountries } = c;
  if (jointCountries)
    for (const p of programs.length ? programs : headingProg ? [headingProg] : [])
      partnersIn(d, countries, p, i, clause(s, verb.index));
  if (fund && fund === verb && amount) return fundingPledged(d, v, c, amount);
  commitmentsStated(d, v, c, commit, funded);
}

/** A sentence's verb of agreeing, committing or funding, and the names around it that the rules below read. */
interface VerbClause {
  verb: RegExpExecArray;
  /** The first amount of money the sentence states. */
  amount: string | undefined;
  /** Actors before the verb. */
  subjects: Resolved[];
  /** Possessive owners of a commitment ("Ruritania’s commitment"). */
  owners: Resolved[];
  /** People named right after "commitment". */
  afterCommitment: Resolved[];
  actors: string[];
  /** "The leaders" before the verb stand for the document's principals. */
  collectiveSubject: boolean;
  countries: string[];
  /** Mentions after the verb. */
  targetsAfter: Resolved[];
  programs: string[];
  /** The programme of the heading above, if any. */
  headingProg: string | undefined;
  /** Two or more countries before the verb, joined ("and", "jointly", "together", "both"). */
  jointCountries: boolean;
}

function verbClause(d: DocState, v: SentenceView, verb: RegExpExecArray, amount: string | undefined): VerbClause {
  const { text, sentences, headingProgram } = d;
  const { i, ms, ppl, collective, groupIds } = v;
  const verbAt = sentences[i].start + verb.index;
  // Actors before the verb; not a country inside an agency's name ("U.S. Agency for ..."), nor a name in an
  // adverbial ("In Lima, ...", "With support from the Glacier Council, ...").
  const subjects = ms.filter(
    (m) =>
      m.end <= verbAt &&
      (m.kind === "country" || m.kind === "agency" || m.kind === "person") &&
      !m.demonym &&
      !m.nested &&
      !oblique(text, m),
  );
  // Possessive owners of a commitment are its actors: "Mexico’s participation in ...", "Public’s and Ruiz Vega’s commitment".
  // Only the names next to the noun, or listed with the name next to it: in "Roe’s invasion was a test of
  // Ruritania’s commitment", Ruritania's.
  const possessed = ms.filter(
    (m) =>
      (m.kind === "person" || m.kind === "country") &&
      (POSSESSIVE.test(text.slice(m.end, m.end + 3)) ||
        (m.kind === "country" && ATTRIBUTIVE_OWNER.test(text.slice(m.end, m.end + 40)))) &&
      OWNED_NOUN.test(text.slice(m.end, m.end + 60)),
  );
  const owners = possessed.filter((m) => {
    const nounAt = m.end + text.slice(m.end, m.end + 60).search(OWNED_NOUN);
    const next = ms.find((x) => x.start > m.end && x.start < nounAt);
    return !next || (possessed.includes(next) && OWNER_LIST_GAP.test(text.slice(m.end, next.start)));
  });
  // "... expressed appreciation for the full commitment President Ruiz Vega has made to ...": the person named
  // after "commitment" (behind their title) made it.
  const afterCommitment = ppl.filter((m) => AFTER_COMMITMENT.test(text.slice(Math.max(0, m.start - 60), m.start)));
  // A verb in a relative clause has the clause's antecedent as its subject: the name just before "which" ("the Tidal
  // Council, which will support …"), or no name at all ("a deal between Tidal Air and Latvia that will support …").
  const relative = RELATIVE_PRONOUN.exec(text.slice(Math.max(0, verbAt - 60), verbAt));
  const antecedent = relative ? antecedentOf(text, ms, verbAt - relative[0].length) : undefined;
  // Deeper in a relative clause that opens after the names and runs on to the verb ("Tidal, Latvia and Estonia worked
  // together to pass Resolution 27, which outlines a process for the Union to receive funding for …"), the verb
  // is none of theirs: none of them acts, and none is a partner in what follows; names inside the clause may be.
  const opensRelative = relative ? null : DEEP_RELATIVE.exec(text.slice(sentences[i].start, verbAt));
  if (opensRelative) {
    const at = sentences[i].start + opensRelative.index;
    subjects.splice(0, subjects.length, ...subjects.filter((m) => m.start > at));
  }
  let actors = unique(
    (owners.length
      ? owners
      : afterCommitment.length
        ? afterCommitment
        : relative
          ? antecedent && subjects.includes(antecedent)
            ? [antecedent]
            : []
          : pronounOwners(text, text.slice(Math.max(0, verbAt - 40), verbAt), subjects, verbAt)
    ).map((m) => m.entity),
  );
  const collectiveSubject =
    !relative &&
    !!(collective && collective.index < verb.index && groupIds.length) &&
    subjectOfVerb(v.s, collective, verb);
  if (!actors.length && collectiveSubject) actors = groupIds;
  const countries = unique(subjects.filter((m) => m.kind === "country").map((m) => m.entity));
  const targetsAfter = ms.filter((m) => m.start > verbAt);
  const programs = unique(targetsAfter.filter((m) => m.kind === "program").map((m) => m.entity));
  const headingProg = headingProgram.get(sentences[i].block);
  const jointCountries =
    countries.length >= 2 && /\b(and|jointly|together|both)\b/.test(text.slice(subjects[0]?.start ?? 0, verbAt));
  return {
    verb,
    amount,
    subjects,
    owners,
    afterCommitment,
    actors,
    collectiveSubject,
    countries,
    targetsAfter,
    programs,
    headingProg,
    jointCountries,
  };
}

/**
 * Whether "they" or "the leaders" is the subject of the verb: not in a clause of its own ("As they work to …, we
 * launched …"), nor followed by another subject before the verb.
 */
function subjectOfVerb(s: string, collective: RegExpExecArray, verb: RegExpExecArray): boolean {
  const opening = s.slice(Math.max(0, collective.index - 16), collective.index);
  return (
    !SUBORDINATOR_BEFORE.test(opening) &&
    !OTHER_SUBJECT.test(s.slice(collective.index + collective[0].length, verb.index))
  );
}
const SUBORDINATOR_BEFORE =
  /\b(?:as|while|when|whereas|because|since|if|unless|until|although|though|once|after|before|so that)\s+$/i;
const OTHER_SUBJECT = /\b(?:we|I|he|she)\b/;

function fundingBetweenNames(d: DocState, v: SentenceView, amount: string | undefined): Set<string> {
  const { text, bySentence, add } = d;
  const { i, s } = v;
  // Funding stated between two names: "Ruritania's funding of X and Y", "X, funded by Ruritania", "Ruritania funds X".
  // What is funded is not also committed to: "Ruritania will provide a grant to X" is funding.
  const funded = new Set<string>();
  if (FUNDING_CUE.test(s))
    for (const [payer, paid] of fundingIn(text, bySentence.get(i) ?? [])) {
      add("FUNDS", payer.entity, paid.entity, i, amount ? { amount, currency: currencyOf(amount) } : {});
      funded.add(`${payer.entity} ${paid.entity}`);
    }
  return funded;
}

/** What was agreed: "The leaders agreed to launch the Tidal Partnership". */
function agreementsStated(d: DocState, v: SentenceView, c: VerbClause, agreed: RegExpExecArray): void {
  const { add, mainMeeting } = d;
  const { i, s, groupIds } = v;
  const { owners, actors, collectiveSubject, countries, programs, headingProg, jointCountries } = c;
  const mt = mainMeeting();
  // What was agreed: the programmes the sentence names, else the one its heading names.
  const progs = programs.length ? programs : headingProg ? [headingProg] : [];
  // Who agreed at the meeting: countries together, the leaders, or two people ("President Ruiz and Prime Minister
  // Kallas agreed to launch …").
  const people = actors.filter((a) => a.startsWith("person:")).length;
  for (const p of progs) {
    if (mt && (jointCountries || collectiveSubject || people >= 2 || /\bleaders\b/i.test(s)))
      add("AGREED", mt.id, p, i, { what: clause(s, agreed.index), ...(mt.date ? { date: mt.date } : {}) });
    // "... agreed to hold P, fulfilling President Public’s and President Ruiz Vega’s commitment": the owners.
    if (
      collectiveSubject ||
      (owners.length && programs.length) ||
      (!jointCountries && actors.some((a) => a.startsWith("person:")))
    )
      for (const a of actors.length ? actors : groupIds) add("COMMITTED", a, p, i, { what: clause(s, agreed.index) });
  }
  if (jointCountries) for (const p of progs) partnersIn(d, countries, p, i, clause(s, agreed.index));
}

/** Money pledged by the verb: "Ruritania will provide $5 million in assistance to …". */
function fundingPledged(d: DocState, v: SentenceView, c: VerbClause, amount: string): void {
  const { text, sentences, add, ownCountry, payerFor } = d;
  const { i, s, groupIds } = v;
  const { verb, subjects, owners, actors, collectiveSubject, targetsAfter } = c;
  // "The President is calling on Congress to invest $25 billion in …": money asked for is not yet paid.
  if (REQUESTED.test(s.slice(Math.max(0, verb.index - 60), verb.index))) return;
  // "In Lima, Australia provided over $40 million in foreign assistance to Peru, Chile, and Ecuador". The payer
  // is the actor nearest the verb, with the names listed with it, and no mere modifier ("U.S. firms", "US$"):
  // in "Kallas was told that Estonia and Latvia will provide $5 million ...", Estonia and Latvia.
  const candidates = subjects
    .filter((m) => !NOT_A_PAYER.test(text.slice(m.end, m.end + 16)))
    .sort((a, b) => a.start - b.start);
  const payers = owners.length
    ? actors
    : candidates.length
      ? unique(listed(text, candidates, candidates.length - 1, -1).map((m) => m.entity))
      : [];
  const what = /\bin ([a-z][a-z\s-]{2,40}?)(?: to| for| over|,|\.|$)/
    .exec(s.slice(verb.index))?.[1]
    .replace(/\s+/g, " ");
  // "The Tidal Foundation received a $5 million grant from the Ministry of Tides": the subject is paid, and the payer
  // is the one it came from, if the sentence says.
  const subjectEnd = candidates[candidates.length - 1]?.end;
  if (subjectEnd !== undefined && RECEIVING.test(text.slice(subjectEnd, sentences[i].start + verb.index))) {
    const from = targetsAfter.find((m) => /\bfrom\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - 12), m.start)));
    const payer = from && payerFor(from.entity);
    if (payer)
      for (const r of payers.filter((r) => r !== payer))
        add("FUNDS", payer, r, i, { amount, currency: currencyOf(amount), ...(what ? { what } : {}) });
    return;
  }
  const paying = (payers.length ? payers : collectiveSubject ? groupIds : [])
    .map(payerFor)
    .filter((id): id is string => id !== undefined);
  // "Estonia provided $5 million to Latvia, and Finland has given $2 million to Lithuania": Lithuania is Finland's.
  const verbEnd = sentences[i].start + verb.index + verb[0].length;
  const nextPayer = subjects.length ? nextPayerAt(text, v.ms, verbEnd, sentences[i].end) : Infinity;
  const paid = beneficiaries(
    text,
    targetsAfter.filter((m) => m.start < nextPayer),
  );
  for (const a of unique(paying))
    // A body's own country is where it spends, not whom it funds: "the Department of Tides invested $2 million in
    // rural America".
    for (const [r, m] of paid)
      if (r !== a && r !== ownCountry(a)) {
        // "$48 million in Latvia, $30 million in Lithuania": each its own amount.
        const own = amountFor(text, m) ?? amount;
        add("FUNDS", a, r, i, { amount: own, currency: currencyOf(own), ...(what ? { what } : {}) });
      }
}

/**
 * A second predicate of the sentence, with a past-tense verb of its own that is no commitment: "reaffirmed its
 * commitment to A, and underscored the importance of B" commits to A alone.
 */
const OTHER_PREDICATE =
  /(?:,\s*|\s)(?:and|but)\s+(?:also\s+|further\s+)?(?=\p{Ll}+ed\s+(?:the|a|an|its|their|his|her|our|to|that|on|with|how)\b)/gu;

function inOtherPredicate(between: string): boolean {
  for (const other of between.matchAll(OTHER_PREDICATE)) {
    const verb = between.slice(other.index + other[0].length, other.index + other[0].length + 40);
    if (!COMMIT.test(verb) && !AGREED.test(verb)) return true;
  }
  return false;
}

/** What a launch is followed by before the names it serves: a purpose ("to support …") or a relative clause. */
const PURPOSE_OR_RELATIVE = /\b(?:to\s+\p{Ll}|which\b|that\b|who\b)/u;

/**
 * The programme or body a launch verb takes as its object, named right after it ("launched the Tidal Platform",
 * "launches a new Tidal Initiative", "launched the Bureau of Tides, which brings together …"), or undefined.
 */
function launchedObject(
  text: string,
  verb: RegExpExecArray,
  verbEnd: number,
  after: readonly Resolved[],
): Resolved | undefined {
  if (!/^(?:will )?launch/i.test(verb[0])) return undefined;
  const first = after.find((m) => m.start >= verbEnd && !m.nested);
  return (first?.kind === "program" || first?.kind === "agency") &&
    LAUNCHED_DETERMINER.test(text.slice(verbEnd, first.start))
    ? first
    : undefined;
}

/** What may stand between a launch verb and the name of what is launched: "the", "a new", "its first", a quote. */
const LAUNCHED_DETERMINER = /^\s*(?:(?:the|a|an|its|their|our|his|her|this|new|first|second|next)\s+){0,3}[“"*]*$/;

/**
 * Whether `m` comes after what a launch serves: "launched the Tidal Platform to support … the Glacier Plan" launched
 * the platform, not the plan it will help carry out.
 */
function servedBy(text: string, launched: Resolved, m: Resolved): boolean {
  return m.start > launched.end && PURPOSE_OR_RELATIVE.test(text.slice(launched.end, m.start));
}

/** Commitments: "Ruritania committed to the Tidal Initiative", "their commitment to …". */
function commitmentsStated(
  d: DocState,
  v: SentenceView,
  c: VerbClause,
  commit: RegExpExecArray | null,
  funded: Set<string>,
): void {
  const { text, add, ownCountry } = d;
  const { i, s } = v;
  const { amount, owners, afterCommitment, actors, targetsAfter, headingProg, jointCountries } = c;
  // A commitment named by a noun alone is someone's only when the sentence says whose: "Ruritania’s commitment",
  // "their commitment", "the commitment of President Roe"; not "to meet ambitious climate commitments".
  const bareNoun = commit !== null && /^(?:commitments?|pledges)$/i.test(commit[0]);
  const whose =
    owners.length > 0 ||
    afterCommitment.length > 0 ||
    (commit !== null && OWNING_WORDS.test(s.slice(Math.max(0, commit.index - 40), commit.index)));
  if (commit && (!bareNoun || whose)) {
    // "... will support Ruritania’s Glacier Council": the council, not its owner, is the target; the words before
    // the owner ("support") count for it.
    const owns = (m: Resolved) => ownsNamed(text, targetsAfter, m);
    const lead = (m: Resolved) => {
      const owner = ownerOf(text, targetsAfter, m);
      return text.slice(Math.max(0, (owner ?? m).start - 40), (owner ?? m).start);
    };
    const verbEnd = d.sentences[i].start + commit.index + commit[0].length;
    const launched = launchedObject(text, commit, verbEnd, targetsAfter);
    const targets = unique(
      targetsAfter
        .filter(
          (m) =>
            !m.nested &&
            !owns(m) &&
            !(
              launched &&
              m !== launched &&
              m.kind !== "country" &&
              m.kind !== "place" &&
              servedBy(text, launched, m)
            ) &&
            !FRAMED_BY.test(lead(m)) &&
            !SOURCE_OR_PARTNER.test(lead(m)) &&
            !ADDRESSEE.test(lead(m)) && // "his urging for the Senate to pass …": asked, not committed to
            !inOtherPredicate(text.slice(verbEnd, m.start)) &&
            (m.kind === "program" ||
              ((m.kind === "place" || m.kind === "agency" || m.kind === "country") &&
                !m.demonym &&
                !modifies(text, m) &&
                (amount || COMMITTED_TO.test(lead(m))))),
        )
        .filter((m) => !actors.includes(m.entity))
        .map((m) => m.entity),
    );
    // The programme of the heading above, for what "will" be done; not for two countries that do it together,
    // which is their partnership in it (above).
    const fromHeading = headingProg && /\bwill\b/.test(s) && !jointCountries;
    const all = targets.length ? targets : fromHeading ? [headingProg] : [];
    if (fromHeading && !all.includes(headingProg)) all.push(headingProg);
    for (const a of actors)
      for (const t of all)
        // Nor to its own government's bodies: "the United States plans to … what the U.S. Government plans".
        if (!funded.has(`${a} ${t}`) && t !== ownCountry(a) && !(t.startsWith("agency:") && a === ownCountry(t)))
          add("COMMITTED", a, t, i, {
            what: clause(s, commit.index),
            ...(amount ? { amount, currency: currencyOf(amount) } : {}),
          });
  }
}

/**
 * Whether two statements of meetings share one person only, and each names someone the other does not: the shared
 * person met two others apart.
 */
function withOthers(met: ReadonlySet<string>, participants: string[]): boolean {
  const shared = participants.filter((p) => met.has(p)).length;
  return shared === 1 && participants.length > shared && met.size > shared;
}

/** "John Q. Public, Jr." → "Public"; "Lloyd Tamm III" → "Tamm"; "Luisa Ruiz Vega" → "Vega" (labels only). */
function surnameOf(label: string): string {
  const words = label.replace(/,?\s+(?:(?:Jr|Sr)\.?|II|III|IV)$/, "").split(/\s+/);
  return words[words.length - 1];
}

/**
 * Countries that do something together under a programme: partners in it, pair by pair; more than MAX_PARTNERS of
 * them each commit to it instead ("we the leaders of Australia, Brunei, Fiji, India, … launched the Tidal Framework"
 * would make 91 pairs of one sentence, a clique that hides every other tie).
 */
function partnersIn(d: DocState, countries: string[], program: string, i: number, what: string): void {
  if (countries.length <= MAX_PARTNERS) pairs(countries, (a, b) => d.add("PARTNERS_WITH", a, b, i, { program }));
  else for (const c of countries) d.add("COMMITTED", c, program, i, { what });
}
const MAX_PARTNERS = 5;

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

/** The salutation of a letter: "Dear Mr. President:", "Dear Prime Minister Ruiz,". */
const SALUTATION = /^Dear\s/;
/** A letter's salutation comes before this many sentences, after its letterhead and inside address. */
const SALUTATION_WITHIN = 30;
/** The inside address is at most this many heading lines above the salutation. */
const ADDRESS_LINES = 8;
/** A dated letterhead line ("October 6, 2031") ends the letterhead; the inside address follows it. */
const YEAR = /\b(?:1[89]|2\d)\d\d\b/;
/** How a letter speaks of its addressee's country: "your government's support", "your country", "your Administration". */
const YOUR_COUNTRY = /\byour\s+(?:government|country|nation|administration)\b/gi;

/** The addressee of a letter and the sentence of its salutation. */
interface Addressee {
  country: string;
  salutation: number;
}

/**
 * The country a letter is addressed to. The addressee is the person the salutation names ("Dear President Ruiz:")
 * or, after a title-only salutation ("Dear Mr. President:"), the last person of the inside address above it:
 *
 *   His Excellency
 *   Luisa Ruiz Vega
 *   President of the Republic of Ruritania
 *   Dear Madam President:
 *
 * Their country is the one the address states (below the name), else their title's ("Ruritanian President ..."),
 * else the address's city ("Ruritania City"), else what the corpus knows of them.
 */
function letterAddressee(doc: DocContext, bySentence: Map<number, Resolved[]>): Addressee | undefined {
  const { text, sentences } = doc;
  const limit = Math.min(sentences.length, SALUTATION_WITHIN);
  let salutation = -1;
  for (let i = 0; i < limit && salutation < 0; i++)
    if (SALUTATION.test(text.slice(sentences[i].start, sentences[i].start + 5))) salutation = i;
  if (salutation < 0) return undefined;
  // The inside address: the heading lines above the salutation, below any dated letterhead line.
  let top = salutation;
  while (top > 0 && salutation - top < ADDRESS_LINES && sentences[top - 1].heading) {
    const line = text.slice(sentences[top - 1].start, sentences[top - 1].end);
    if (YEAR.test(line)) break;
    top--;
  }
  const named = (i: number) => (bySentence.get(i) ?? []).filter((m) => !m.nested || m.kind === "country");
  const person =
    named(salutation).find((m) => m.kind === "person") ??
    Array.from({ length: salutation - top }, (_, k) => named(top + k))
      .flat()
      .filter((m) => m.kind === "person")
      .pop();
  // The address lines from the addressee's name (or from the top, without one) to the salutation.
  const from = person && person.sentence < salutation ? person.sentence : top;
  const address = Array.from({ length: salutation - from + 1 }, (_, k) => named(from + k)).flat();
  const country =
    address.find((m) => m.kind === "country")?.entity ??
    (person?.country ? `country:${slug(person.country)}` : undefined) ??
    address.filter((m) => m.kind === "place" && m.country).map((m) => `country:${slug(m.country!)}`)[0] ??
    (person ? doc.countryOf(person.entity) : undefined);
  return country ? { country, salutation } : undefined;
}

/** "I appreciate your government's funding of ...": the addressee's country, as a mention of it. */
function yourCountryMentions(doc: DocContext, addressee: Addressee): Resolved[] {
  const out: Resolved[] = [];
  const name = doc.entityLabel(addressee.country);
  for (let i = addressee.salutation + 1; i < doc.sentences.length; i++) {
    const { start, end } = doc.sentences[i];
    const s = doc.text.slice(start, end);
    for (const x of s.matchAll(YOUR_COUNTRY)) {
      const at = start + x.index;
      const m: Mention = {
        start: at,
        end: at + x[0].length,
        kind: "country",
        name,
        surface: x[0],
        sentence: i,
        canonical: name,
      };
      // Made like every other resolved mention, so that the rules meet one shape of object only.
      out.push(bindMention(m, "country", addressee.country, -1));
    }
  }
  return out;
}

/** Meeting words that as often greet a thing ("welcomed the announcement", "received a letter"). */
const GREETING = /^(?:received|welcomed)$/i;

/**
 * "welcomed Prime Minister Ruiz to the palace" is a meeting; "welcomed the plan", "welcomed Ruiz’s plan" are not:
 * a person must follow the verb (behind at most a title of a few words), and not as the owner of something.
 */
function greetsPerson(text: string, after: number, people: Resolved[]): boolean {
  const next = people.find((m) => m.start >= after); // a sentence's mentions are in text order
  if (!next) return false;
  const gap = text.slice(after, next.start);
  return (
    /^\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,8}$/.test(gap) && !/^[’']s?\s/.test(text.slice(next.end, next.end + 3))
  );
}

/** Each cue pattern made global once, for `exec` from the start (`matchAll` would copy it each call). */
const EVERY_MATCH = new Map<RegExp, RegExp>();

/**
 * The first match of a cue that reads as a word of the sentence, not of a Title Case name ("the Investing in America
 * agenda", "the Launch Pad Fund"): lower case, or capitalised only where the sentence or a clause after a colon or
 * dash starts.
 */
function cue(pattern: RegExp, s: string): RegExpExecArray | null {
  let all = EVERY_MATCH.get(pattern);
  if (!all) EVERY_MATCH.set(pattern, (all = new RegExp(pattern.source, pattern.flags.replace("g", "") + "g")));
  all.lastIndex = 0;
  for (let match = all.exec(s); match; match = all.exec(s)) {
    if (!startsUpper(match[0])) return match;
    // Capitalised at the sentence's start, or a clause's after a label: "- **Ruritania:** Will provide ...".
    if (/(?:^|[:—–])[\s"“‘'(*_#>-]*$/.test(s.slice(0, match.index))) return match;
  }
  return null;
}

/** A country's abbreviation: "U.S.", "UK", "USA". */
const COUNTRY_ABBREVIATION = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,3}$/u;

/**
 * A country written as an abbreviation that qualifies the noun after it is no party: "commitments by U.S. banks",
 * "U.S. partners". Words that go on the sentence instead ("U.S. and Ruritania", "U.S. will") do not count.
 */
function modifies(text: string, m: Resolved): boolean {
  if (m.kind !== "country" || !COUNTRY_ABBREVIATION.test(m.surface)) return false;
  const next = /^\s+([a-z][a-z-]*)\b/.exec(text.slice(m.end, m.end + 30));
  return next !== null && !CLAUSE_WORDS.has(next[1]) && !/ed$/.test(next[1]);
}

/** The word after a name, past an acronym in brackets and a lowercase word: group 1. */
const NEXT_WORD_PAST_ACRONYM = /^\s*(?:\(\p{Lu}[\p{Lu}\d&.-]*\)\s*)?(?:\p{Ll}+\s+)?(\p{L}+)/u;

/**
 * A name that qualifies the body named after it, which is what is led: "to lead any of the Tidal House policy
 * councils", "Chair of the Tidal Society (TS) Committee on Meetings".
 */
function qualifiesBody(text: string, m: Resolved): boolean {
  const next = NEXT_WORD_PAST_ACRONYM.exec(text.slice(m.end, m.end + 60));
  if (!next) return false;
  const head = next[1][0].toUpperCase() + next[1].slice(1).toLowerCase();
  return AGENCY_HEADS.has(head) || AGENCY_HEADS.has(head.replace(/s$/, ""));
}

/** Words after a name that carry on the sentence rather than name what the name qualifies. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  (
    "and or nor but to in on at by for of from with as than that which who whose is are was were be been being has " +
    "have had will would shall should can could may might must do does did also not now still already jointly"
  ).split(" "),
);

/**
 * Between two people of one list: perhaps the first one's country ("… of Latvia", "… of the Republic of the Tides
 * (ROT)"), a comma, semicolon or "and", then perhaps an apposition and a title ("…, Senior Advisor to the President,
 * and former Foreign Minister of Tides …").
 */
const PERSON_LIST_GAP =
  /^(?:\s+(?:of|from)\s+(?:the\s+)?[\p{Lu}][\w.’'-]*(?:\s+(?:(?:of|the|and)\s+)*[\p{Lu}][\w.’'-]*)*(?:\s+\([\p{Lu}][\p{Lu}\d.&-]*\))?)?(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:(?:[\p{Lu}][\w.’'-]*,?|of|for|to|the|and|former|acting)\s+){0,16}$/u;

/**
 * The people (sorted by start) listed together at one end: from the first on (`step` 1) or from the last back
 * (`step` -1), while the gap between neighbours is a list's.
 */
function adjacentList(text: string, people: Resolved[], step: 1 | -1): Resolved[] {
  if (people.length === 0) return [];
  const list = [step === 1 ? people[0] : people[people.length - 1]];
  for (let k = step === 1 ? 1 : people.length - 2; k >= 0 && k < people.length; k += step) {
    const [left, right] = step === 1 ? [list[list.length - 1], people[k]] : [people[k], list[list.length - 1]];
    const gap = text.slice(left.end, right.start);
    if (!PERSON_LIST_GAP.test(gap)) break;
    // Back from a verb, a list ends in "and": in "At the direction of President Roe, Administrator Tamm met …" the
    // comma closes an adverbial, not a list.
    if (step === -1 && list.length === 1 && !/\band\b|&/.test(gap)) break;
    list.push(people[k]);
  }
  return list;
}

/** Verbs by which a person takes part in a named gathering after them; hosts and conveners are there too. */
const ATTEND_NAMED =
  /\b(attend(?:s|ed|ing)?|participat(?:e|es|ed|ing) in|t(?:ake|akes|ook) part in|deliver(?:s|ed)? (?:remarks|an address|a speech|the keynote) at|sp(?:oke|eaks?) at|host(?:s|ed)?|convene(?:s|d)?)\b/i;
/** A negated or hoped-for attendance is none: "will not attend", "unable to attend", "invited … to attend". */
const NOT_ATTENDING = /\b(?:not|never|unable to|invited\b.*\bto|urged\b.*\bto)\s+$/i;
/** A bilateral meeting held at a gathering: its participants attended the gathering. */
const MARGINS_OF = /\b(?:margins|sidelines) of (?:the )?$/i;

/** A sentence that states funding has one of these. */
const FUNDING_CUE = /fund|financ|grant|loan/i;
/** Who pays: a country, an agency, a fund or a law. */
const FUNDER_KINDS: ReadonlySet<EntityKind | null> = new Set(["country", "agency", "program"]);
/** What is paid for. */
const FUNDED_KINDS: ReadonlySet<EntityKind | null> = new Set(["program", "agency", "country", "place"]);

/**
 * A possessive ending after a name ("Ruritania’s", "the United States’"): a name that owns what is paid for is not
 * paid itself ("a grant to Ruritania's health ministry"), and owns a commitment named after it.
 */
const POSSESSIVE = /^[’']s?\s/;
/** The gap between an owner and what it owns: "Ruritania’s Glacier Council". */
const OWNS = /^[’']s?\s+$/;

/** Whether `m` owns another of `names`, named right after it ("Ruritania’s Glacier Council": Ruritania does). */
const ownsNamed = (text: string, names: readonly Resolved[], m: Resolved) =>
  names.some((o) => o !== m && OWNS.test(text.slice(m.end, o.start)));

/** The one of `names` that owns `m`, named right before it ("Ruritania’s Glacier Council": Ruritania). */
const ownerOf = (text: string, names: readonly Resolved[], m: Resolved) =>
  names.find((o) => o !== m && OWNS.test(text.slice(o.end, m.start)));
/** The link between two names of a list: "A, B, and the C", "A and B", "A or B", "A as well as B". */
const LIST_GAP = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|as well as)\s+)(?:the\s+)?$/;
const MONEY_NOUN = String.raw`(?:funding|financing|financial (?:support|assistance)|grants?|loans?|funds)`;
/** An amount written before a money noun: "$5 million in", "an additional US$40,000 of". */
const AMOUNT_OF = String.raw`(?:(?:over|more than|nearly|almost|about|approximately|up to|an additional|additional)\s+)?\\?(?:US)?[$€£]\s?\d[\d,.]*\+?(?:\s?(?:million|billion|thousand))?\s+(?:in|of)\s+`;

/**
 * Gaps between a funder and what it funds, each a rule. The funder is the name before the gap, unless `funderAfter`.
 */
const FUNDING_GAPS: Array<{
  gap: RegExp;
  /** The funder is the name after the gap: "X, funded by Ruritania". */
  funderAfter?: boolean;
  /** "American funding for ...". */
  demonymFunder?: boolean;
  /** The gap holds a verb: the name before it is its subject (or passive subject), never after a preposition. */
  clause?: boolean;
}> = [
  // "I appreciate Ruritania's funding and implementation of the Green Valleys Initiative and the Blue Coast Program."
  // "U.S. financing for the Green Valleys Initiative"
  {
    gap: new RegExp(
      String.raw`^(?:[’']s?)?\s+(?:(?:new|additional|continued|ongoing|generous|direct)\s+)?${MONEY_NOUN}(?:\s+and\s+(?:support|[a-z]+(?:tion|ment|ance)))?\s+(?:of|for|to)\s+(?:the\s+)?$`,
    ),
    demonymFunder: true,
  },
  // "The Green Valleys Initiative, funded by Ruritania and Freedonia, ...", "... which is financed in part by the Bank"
  {
    gap: new RegExp(
      String.raw`^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|are|was|were|has been|have been|had been|will be|would be|being)\s+)?(?:(?:jointly|largely|partly|partially|fully|entirely|primarily|mainly|in part)\s+)?(?:co-)?(?:funded|financed|bankrolled)\s+(?:(?:jointly|largely|partly|partially|fully|entirely|primarily|mainly|in part)\s+)?by\s+(?:the\s+)?$`,
    ),
    funderAfter: true,
    clause: true,
  },
  // "Ruritania funds the Green Valleys Initiative.", "The Ministry of Tides will finance the Blue Coast Program."
  {
    gap: new RegExp(
      String.raw`^\s+${AUX}(?:funds|funded|fund|funding|co-funds|co-funded|finances|financed|finance|financing|bankrolls|bankrolled)\s+(?:the\s+)?$`,
    ),
    clause: true,
  },
  // "The Ministry of Tides will provide a grant to the Blue Coast Program.", "... provided $5 million in loans to ..."
  {
    gap: new RegExp(
      String.raw`^\s+${AUX}(?:provide[sd]?|providing|award(?:s|ed)?|extend(?:s|ed)?|issue[sd]?|disburse[sd]?)\s+(?:(?:a|an|new|additional|its|their)\s+)?(?:${AMOUNT_OF})?${MONEY_NOUN}\s+(?:to|for)\s+(?:the\s+)?$`,
    ),
    clause: true,
  },
];

/**
 * Funder–funded pairs of one sentence, from the gap between two adjacent names. Names listed together fund or are
 * funded together: "Ruritania's funding of the Green Valleys Initiative and the Blue Coast Program" gives two pairs.
 */
function fundingIn(text: string, sentenceMentions: Resolved[]): Array<[Resolved, Resolved]> {
  const names = sentenceMentions.filter((m) => !m.nested).sort((a, b) => a.start - b.start || b.end - a.end);
  const pairs: Array<[Resolved, Resolved]> = [];
  for (let k = 0; k + 1 < names.length; k++) {
    const g = textBetweenNames(text, names, k);
    if (g.length > 200) continue;
    const rule = FUNDING_GAPS.find((r) => r.gap.test(g));
    if (!rule) continue;
    const left = listed(text, names, k, -1);
    // The name before a verb is its subject, not an adverbial: "a fellowship at the Glacier Institute funded by ...".
    if (rule.clause && oblique(text, left[0])) continue;
    const right = listed(text, names, k + 1, 1);
    const [funders, funded] = rule.funderAfter ? [right, left] : [left, right];
    for (const f of funders)
      if (FUNDER_KINDS.has(f.kind) && (!f.demonym || rule.demonymFunder))
        for (const t of funded)
          if (
            FUNDED_KINDS.has(t.kind) &&
            !t.demonym &&
            t.entity !== f.entity &&
            !POSSESSIVE.test(text.slice(t.end, t.end + 3))
          )
            pairs.push([f, t]);
  }
  return pairs;
}

/**
 * A name after one of these is an adverbial, not the actor: "In Peru, Australia provided ...", "Latvia voted against
 * Tidalia … and pledged $4 million".
 */
const OBLIQUE =
  /\b(?:in|to|at|from|on|for|with|across|during|after|since|through|under|via|including|against|toward|towards|into)\s+$/i;
/** ... unless it joins another actor: "Ruritania, together with Freedonia, launched ...". */
const CO_ACTOR = /(?:,|\btogether|\balong)\s+with\s+$/i;

function oblique(text: string, m: Resolved): boolean {
  const words = before(text, m);
  return OBLIQUE.test(words) && !CO_ACTOR.test(words);
}

/** A country that modifies who pays is not the payer: "U.S. firms will invest $5 million", "US$5 million". */
const NOT_A_PAYER =
  /^\s*(?:\$|[’']?s?\s*(?:private|firms?|compan(?:y|ies)|business(?:es)?|investors?|manufacturers?|enterprises?|start-?ups?|corporations?)\b)/i;
/**
 * A name after one of these receives the money: "to Peru", "for the Green Valleys Initiative", "in Ecuador". Not
 * "with": "in partnership with the Glacier Council" names a partner far more often than a recipient; nor "through",
 * which names the channel ("$1 billion through the Nordic Investment Bank for projects in …").
 */
const BENEFIT =
  /\b(?:to|for|in|into|across|throughout|including|towards?|benefiting|support(?:ing)?|help(?:ing)?)\s+$/i;

/** Verbs of asking someone: "calls on", "asked", "urging", "requests". */
const ASKING = String.raw`call(?:s|ed|ing)? (?:on|upon)|ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|request(?:s|ed|ing)?`;

/** Money asked of someone ("calling on Congress to invest", "urges the Senate to provide"): a request, not funding. */
const REQUESTED = new RegExp(String.raw`\b(?:${ASKING})\s+(?:[\w.’'-]+\s+){1,4}to\s+$`, "i");

/** Whom money is asked of or worked out with, not paid to: "the President’s request to Congress to unlock $2 billion". */
const ADDRESSEE = new RegExp(
  String.raw`\b(?:${ASKING}|work(?:ed|s|ing)? with|partner(?:ed|s|ing)? with)\s+(?:to\s+|for\s+)?(?:the\s+)?$`,
  "i",
);

/**
 * A programme the money goes through, or that provides it, is where it comes from: "$300 million through the Tidal
 * Infrastructure Law", "the $350 billion Recovery Fund provided in the Tidal Rescue Plan".
 */
const CHANNEL = /\b(?:through|via|(?:provided|funded|included|authorized|appropriated|available) (?:in|under|by))\s+$/i;

/** The words before a mention, up to 30 characters, without Markdown emphasis or link, article or determiner. */
function before(text: string, m: Resolved): string {
  return text
    .slice(Math.max(0, m.start - 30), m.start)
    .replace(/[[*_]+$/, "")
    .replace(/\b(?:the|its|their|a|an)\s+$/i, "");
}

/** A name before a money noun is where the money comes from: "$3 billion in ARP funding". */
const SOURCE_OF_MONEY = /^[’']?s?\s+(?:funding|funds|financing|grants?|loans?|dollars|money|resources)\b/;

/**
 * Who receives money, among the names after the verb: those after a preposition of benefit, and the names listed
 * with them ("to Peru, Chile, and Ecuador"); never a name the money comes from ("from the Green Valleys Fund", "in
 * Green Valleys funding").
 */
function beneficiaries(text: string, after: Resolved[]): Map<string, Resolved> {
  // The owner of a named recipient is none ("$3 million to Tidal Aid’s Glacier Program": the programme).
  const outer = after.filter((o) => !o.nested);
  const names = after
    .filter(
      (m) =>
        !m.nested &&
        !m.demonym &&
        m.kind !== "meeting" &&
        !SOURCE_OF_MONEY.test(text.slice(m.end, m.end + 24)) &&
        !ownsNamed(text, outer, m),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = new Map<string, Resolved>();
  for (let k = 0; k < names.length; k++) {
    const lead = before(text, ownerOf(text, outer, names[k]) ?? names[k]);
    if (
      BENEFIT.test(lead) &&
      !(names[k].kind === "program" && CHANNEL.test(lead)) &&
      !ADDRESSEE.test(text.slice(Math.max(0, names[k].start - 40), names[k].start))
    )
      for (const m of listed(text, names, k, 1))
        if (FUNDED_KINDS.has(m.kind) && !out.has(m.entity)) out.set(m.entity, m);
  }
  return out;
}

/** An amount right before a recipient: "$9 million in Latvia", "$2 million to the Tidal Fund". */
const AMOUNT_BEFORE = new RegExp(`(${MONEY.source})\\s+(?:in|to|for)\\s+(?:the\\s+)?$`, "i");

function amountFor(text: string, m: Resolved): string | undefined {
  return AMOUNT_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[1]
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Where a second payer's clause begins after `from`: a subject name before a verb of funding of its own, "… and
 * Finland has given $2 million to …"; Infinity where none does.
 */
function nextPayerAt(text: string, ms: Resolved[], from: number, end: number): number {
  const rest = text.slice(from, end);
  for (const verb of rest.matchAll(FUND_GLOBAL)) {
    const at = from + verb.index;
    const payer = ms.findLast((m) => m.start >= from && m.end <= at);
    if (
      payer &&
      (payer.kind === "country" || payer.kind === "agency" || payer.kind === "person") &&
      DIRECT_SUBJECT.test(text.slice(payer.end, at)) &&
      /\b(?:and|while|whereas)\s+(?:the\s+)?$/.test(text.slice(Math.max(from, payer.start - 12), payer.start))
    )
      return payer.start;
  }
  return Infinity;
}

/** A conjunction that closes a list. */
const CONJUNCTION = /\b(?:and|or|as well as)\s/;

/** The text between `names[k]` and `names[k + 1]`. */
function textBetweenNames(text: string, names: Resolved[], k: number): string {
  return text.slice(names[k].end, names[k + 1].start);
}

/**
 * The names listed with `names[k]` (sorted by start), on to the last of its list (`step` 1) or back to the first
 * (`step` -1). A list closes with a conjunction: "A and B", "A, B, and C"; not "In Peru, Australia ..." (a comma
 * alone), nor "to Fiji, and the Bank announced ..." (", and" after one name joins clauses).
 */
function listed(text: string, names: Resolved[], k: number, step: 1 | -1, gaps = LIST_GAP): Resolved[] {
  const items: Resolved[] = [];
  let closed = false;
  for (let j = k; j + step >= 0 && j + step < names.length; j += step) {
    const g = textBetweenNames(text, names, Math.min(j, j + step));
    if (!gaps.test(g)) break;
    const conjunction = CONJUNCTION.test(g);
    // Backward, the conjunction is the first gap met and the only one.
    if (step === -1 && conjunction !== (j === k)) break;
    items.push(names[j + step]);
    closed ||= conjunction;
    if (step === 1 && conjunction) break;
  }
  const commaAnd = items.length === 1 && /,/.test(textBetweenNames(text, names, step === 1 ? k : k - 1));
  if (!closed || commaAnd) return [names[k]];
  return step === 1 ? [names[k], ...items] : [...items.reverse(), names[k]];
}
