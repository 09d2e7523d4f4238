// Titles of office and honorifics: the words that announce a person ("Foreign Secretary Jane Roe").
// General knowledge of English political vocabulary, not names from any corpus.

/** Words that can head a title of office. Matched case-sensitively in Title Case, or lowercase after a comma. */
export const TITLE_HEADS = new Set([
  "President",
  "Vice",
  "Secretary",
  "Undersecretary",
  "Under",
  "Deputy",
  "Assistant",
  "Associate",
  "Special",
  "Senior",
  "Principal",
  "Acting",
  "Chief",
  "Ambassador",
  "President-Elect",
  "President-elect",
  "Economist",
  "Amb.",
  "Nominee",
  "Emerita",
  "Emeritus",
  "Envoy",
  "Minister",
  "Prime",
  "Chancellor",
  "Premier",
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Crown",
  "Emperor",
  "Emir",
  "Sheikh",
  "Sultan",
  "Pope",
  "Cardinal",
  "Archbishop",
  "Bishop",
  "Senator",
  "Sen.",
  "Representative",
  "Rep.",
  "Congressman",
  "Congresswoman",
  "Speaker",
  "Leader",
  "Governor",
  "Gov.",
  "Lieutenant",
  "Mayor",
  "Director",
  "Administrator",
  "Commissioner",
  "Advisor",
  "Adviser",
  "Counselor",
  "Coordinator",
  "Attorney",
  "General",
  "Admiral",
  "Gen.",
  "Lt.",
  "Col.",
  "Adm.",
  "Maj.",
  "Capt.",
  "Sgt.",
  "Cmdr.",
  "Colonel",
  "Major",
  "Captain",
  "Commander",
  "Sergeant",
  "Corporal",
  "Brigadier",
  "Ensign",
  "Councilmember",
  "Councilman",
  "Councilwoman",
  "Councillor",
  "Councilor",
  "Alderman",
  "Alderwoman",
  "Alderperson",
  "Assemblymember",
  "Assemblyman",
  "Assemblywoman",
  "Supervisor",
  "Selectman",
  "Selectwoman",
  "Sheriff",
  "Legislator",
  "Chairman",
  "Chairwoman",
  "Chair",
  "Chairperson",
  "Co-Chair",
  "Spokesperson",
  "Press",
  "Officer",
  "Head",
  "Justice",
  "Judge",
  "Commandant",
  "Superintendent",
  "Treasurer",
  "Comptroller",
  "Auditor",
  "Surgeon",
  "First",
  "Second",
  "Lady",
  "Gentleman",
  "Mr.",
  "Mrs.",
  "Ms.",
  "Dr.",
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "Shri",
  "Shrimati",
  "Smt.",
  "Professor",
  "Prof.",
  "Excellency",
  "Majesty",
  "Highness",
  "Honorable",
  "Hon.",
  "Dame",
  "Sir",
  "Lord",
  "Baroness",
  "Foreign",
  "Defense",
  "Defence",
  "Finance",
  "Trade",
  "National",
  "Homeland",
  "Security",
  "Economic",
  "Legal",
  "Executive",
  "Managing",
  "Permanent",
  "Supreme",
]);

/**
 * The last word of a title: a title must end in one of these ("Homeland Security Advisor", "Secretary of State"
 * is handled by the `of` complement). Lowercase forms are accepted after a comma: "Jane Doe, advisor to ...".
 */
export const TITLE_NOUNS = new Set([
  "president",
  "secretary",
  "undersecretary",
  "under-secretary",
  "ambassador",
  "president-elect",
  "economist",
  "amb.",
  "nominee",
  "emerita",
  "emeritus",
  "envoy",
  "minister",
  "chancellor",
  "premier",
  "king",
  "queen",
  "prince",
  "princess",
  "emperor",
  "emir",
  "sheikh",
  "sultan",
  "pope",
  "cardinal",
  "archbishop",
  "bishop",
  "senator",
  "representative",
  "congressman",
  "congresswoman",
  "speaker",
  "leader",
  "whip",
  "governor",
  "mayor",
  "director",
  "administrator",
  "commissioner",
  "advisor",
  "adviser",
  "counsel",
  "counselor",
  "counsellor",
  "coordinator",
  "general",
  "admiral",
  "colonel",
  "major",
  "captain",
  "commander",
  "sergeant",
  "corporal",
  "brigadier",
  "ensign",
  "councilmember",
  "councilman",
  "councilwoman",
  "councillor",
  "councilor",
  "alderman",
  "alderwoman",
  "alderperson",
  "assemblymember",
  "assemblyman",
  "assemblywoman",
  "supervisor",
  "selectman",
  "selectwoman",
  "sheriff",
  "legislator",
  "chairman",
  "chairwoman",
  "chair",
  "chairperson",
  "co-chair",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "secretary-general",
  "officer",
  "head",
  "justice",
  "judge",
  "commandant",
  "superintendent",
  "treasurer",
  "comptroller",
  "auditor",
  "solicitor",
  "librarian",
  "ceo",
  "lady",
  "gentleman",
  "excellency",
  "majesty",
  "highness",
  "dame",
  "sir",
  "lord",
  "baroness",
  "mr.",
  "mrs.",
  "ms.",
  "dr.",
  "mr",
  "mrs",
  "ms",
  "dr",
  "shri",
  "shrimati",
  "smt.",
  "professor",
  "prof.",
  "assistant",
  "deputy",
  "chief",
  "attorney",
  "negotiator",
  "czar",
  "liaison",
  "delegate",
  "member",
  "staff",
  "tempore",
  "pro-tem",
  "sen.",
  "rep.",
  "gov.",
]);

/** Titles held by heads of state or government: "the two leaders" of a readout are people with these titles. */
export const LEADER_TITLES =
  /\b(?<!\b(?:Vice|Deputy)[ -])(President|Prime Minister|Chancellor|King|Queen|Emir|Sultan|Premier|Crown Prince|Taoiseach|Pope)\b/;

/**
 * A title without its complement, the one it serves or is held for: "Assistant" of "Assistant to the President",
 * "Nominee" of "Nominee for President".
 */
export function officeOf(title: string): string {
  return title.replace(/\s*\b(?:to|of|for|with|at|in|on)\b.*$/s, "");
}

/**
 * A title a head of state or government bears: one that `LEADER_TITLES` heads, not one whose complement names
 * the leader served ("Assistant to the President", "Chief of Staff of the Prime Minister").
 */
export function isLeaderTitle(title: string): boolean {
  return LEADER_TITLES.test(officeOf(title));
}

/** Honorifics that are not part of an office: dropped from the title attribute. */
export const HONORIFICS = new Set([
  "Mr.",
  "Mrs.",
  "Ms.",
  "Dr.",
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "His",
  "Her",
  "Excellency",
  "Honorable",
  "Honourable",
  "Right",
  "Rt.",
  "Reverend",
  "Rev.",
  "The",
  "Hon.",
  // South Asian forms of address: "Shri Ada Rao", "Smt. Ana Iyer" (not "Sri", also a given name: "Sri Ana Wati").
  "Shri",
  "Shrimati",
  "Smt.",
]);

/**
 * Academic styles: title words before a name ("Professor Ada Roe"), but no office, nor a title that would end the reading
 * of an apposition ("Professor Ada Roe, Minister of Tides").
 */
export const ACADEMIC_STYLES: ReadonlySet<string> = new Set(["Professor", "Prof."]);

/** Words of military ranks: "General", "Vice Admiral", "Chief Master Sergeant", "Lt. Gen.". */
const RANK_WORDS: ReadonlySet<string> = new Set(
  (
    "General Admiral Colonel Major Captain Commander Sergeant Corporal Brigadier Ensign Lieutenant Vice Rear Staff " +
    "Master Chief Command First Class Gen. Adm. Col. Maj. Capt. Lt. Sgt. Cmdr. Brig."
  ).split(" "),
);

/** Ranks that may follow a whole office before a name, and the words that make compound ranks of them. */
export const RANKS_AFTER_OFFICE: ReadonlySet<string> = new Set(["General", "Admiral", "Colonel", "Sergeant"]);
export const RANK_MODIFIERS: ReadonlySet<string> = new Set(
  "Lieutenant Major Brigadier Vice Rear Staff Master Chief Command Senior".split(" "),
);
/** Offices that "General" completes: "Attorney General", "Secretary General", "Director General". */
export const OFFICES_OF_GENERAL: ReadonlySet<string> = new Set(
  (
    "Attorney Surgeon Inspector Solicitor Secretary Director Governor Comptroller Consul Postmaster Adjutant Advocate " +
    "Commissioner Auditor Accountant Registrar Paymaster Procurator Vicar Receiver Commanding Consulate"
  ).split(" "),
);
/** Ordinals of a rank's class: "Sergeant First Class", "Petty Officer Third Class". */
export const RANK_CLASSES: ReadonlySet<string> = new Set(["First", "Second", "Third"]);

/** Whether a title is a military rank and nothing else ("Lieutenant General"): no office. */
export function isRankOnly(title: string): boolean {
  const words = title.split(/\s+/);
  return words.every((w) => RANK_WORDS.has(w)) && !words.every((w) => w === "Chief" || w === "First" || w === "Class");
}

/** Honorifics that only a person bears: "Mr.", "Dr.", "Hon.". */
export const PERSON_HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Hon|Rev|Shri|Shrimati|Smt)\.?$/;

/** Words that date or qualify an office, before the body a title names: "Former Tidal Senate President". */
export const OFFICE_QUALIFIERS = /^(?:former|acting|current|then|interim|incoming|outgoing|ex-\p{L}+)$/u;

/**
 * A body's people that "Senior" may rank: "Senior Tidal House officials", "Senior Administration staff"; not its
 * "members" ("Senior Tidal Service members").
 */
export const STAFF_AFTER = /^(?:officials?|staff(?:ers)?|aides?|advisors?|advisers?|attendees)$/;
