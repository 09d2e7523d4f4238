// Countries, demonyms, capitals, regions and U.S. states: the gazetteer behind country and place mentions.
// Countries come from the `world-countries` package (names, official names, alternative spellings, demonyms,
// capitals) rather than a hand-kept list; a few customary English forms it lacks are added below.

import countries from "world-countries";

export interface GazetteerEntry {
  kind: "country" | "place";
  /** Canonical name of the entity the surface form stands for. */
  name: string;
  /** True for demonyms ("Mexican", "Cubans"): they resolve to the country but are not its name. */
  demonym: boolean;
  /** For capitals and states: the country they belong to. */
  country?: string;
}

/**
 * Customary forms that `world-countries` does not list, keyed by its common name ("Türkiye", not "Turkey"); they win
 * over the data's own forms. A demonym two countries share goes to the one it mostly means: "Dominican" to the
 * Dominican Republic, not Dominica.
 */
const EXTRA_COUNTRY_FORMS: Record<string, string[]> = {
  "United States": ["U.S.", "U.S.A.", "US", "USA", "America", "United States of America", "American", "Americans"],
  "United Kingdom": ["U.K.", "UK", "Britain", "Great Britain", "British"],
  Türkiye: ["Turkish", "Turkey"],
  "Dominican Republic": ["Dominican", "Dominicans"],
  Myanmar: ["Burma", "Burmese"],
  "South Korea": ["Republic of Korea", "ROK", "Korea"],
  "North Korea": ["DPRK", "Democratic People's Republic of Korea"],
  China: ["PRC", "People's Republic of China"],
  "United Arab Emirates": ["UAE", "Emirati", "Emiratis"],
  "DR Congo": ["Democratic Republic of the Congo", "DRC", "Congolese"],
  Czechia: ["Czech Republic", "Czech"],
  "Ivory Coast": ["Côte d'Ivoire", "Cote d'Ivoire"],
  "Vatican City": ["Holy See", "Vatican"],
  Palestine: ["Palestinian Territories"],
  Netherlands: ["the Netherlands", "Dutch"],
  Philippines: ["the Philippines", "Filipino", "Filipinos"],
  Eswatini: ["Swaziland"],
  "North Macedonia": ["Macedonia"],
  "Timor-Leste": ["East Timor"],
  "Cape Verde": ["Cabo Verde"],
  // Unqualified, "the Virgin Islands" are the U.S. territory; the British ones are called so.
  "United States Virgin Islands": ["U.S. Virgin Islands", "US Virgin Islands", "USVI", "Virgin Islands"],
};

/** Regions and other named places that are not countries. General geography. */
const REGIONS: Record<string, string[]> = {
  "North America": ["North American", "North Americans"],
  "Central America": ["Central American", "Central Americans"],
  "South America": ["South American", "South Americans"],
  "Latin America": ["Latin American", "Latin Americans"],
  Caribbean: ["the Caribbean", "Caribbean"],
  "Western Hemisphere": ["Western Hemisphere"],
  Americas: ["the Americas"],
  Europe: ["European", "Europeans"],
  "Eastern Europe": [],
  "Western Balkans": [],
  Balkans: [],
  Africa: ["African", "Africans"],
  "Sub-Saharan Africa": [],
  "West Africa": [],
  "East Africa": [],
  "North Africa": [],
  "Horn of Africa": [],
  Sahel: [],
  Asia: ["Asian", "Asians"],
  "Central Asia": [],
  "South Asia": [],
  "Southeast Asia": [],
  "East Asia": [],
  "Middle East": [],
  "Indo-Pacific": [],
  "Asia-Pacific": ["Asia Pacific"],
  "Euro-Atlantic": [],
  "Southern Cone": [],
  "Andean Region": [],
  "Pacific Islands": [],
  Pacific: [],
  Arctic: [],
  Antarctica: [],
  "Persian Gulf": [],
  Gulf: [],
  "Black Sea": [],
  "Baltic Sea": [],
  "South China Sea": [],
  "East China Sea": [],
  "Red Sea": [],
  Mediterranean: [],
  "Taiwan Strait": [],
  "Korean Peninsula": [],
  Gaza: ["Gaza Strip"],
  "West Bank": [],
  Donbas: [],
  Crimea: [],
  Kashmir: [],
  Darfur: [],
  Tigray: [],
  Xinjiang: [],
  Tibet: [],
  "Hong Kong": [],
  Macau: [],
  "Northern Ireland": [],
  Scotland: ["Scottish"],
  Wales: ["Welsh"],
  England: ["English"],
  "Puerto Rico": ["Puerto Rican", "Puerto Ricans"],
  Guam: [],
};

const US_STATES = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
  "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
  "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
  "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
  "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
  "Vermont", "Virginia", "Washington State", "West Virginia", "Wisconsin", "Wyoming",
]; // prettier-ignore

/**
 * Demonyms of U.S. states, by state: "Native Hawaiian communities" and "Texan farmers" name no person. Forms that are
 * also a country's ("Georgian") or a common word are left out.
 */
const US_STATE_DEMONYMS: Record<string, string[]> = {
  Alabama: ["Alabamian", "Alabaman"], Alaska: ["Alaskan"], Arizona: ["Arizonan"], Arkansas: ["Arkansan"],
  California: ["Californian"], Colorado: ["Coloradan"], Delaware: ["Delawarean"], Florida: ["Floridian"],
  Hawaii: ["Hawaiian", "Hawai’ian", "Hawai'ian"], Idaho: ["Idahoan"], Illinois: ["Illinoisan"], Indiana: ["Hoosier"],
  Iowa: ["Iowan"], Kansas: ["Kansan"], Kentucky: ["Kentuckian"], Louisiana: ["Louisianan", "Louisianian"],
  Maryland: ["Marylander"], Michigan: ["Michigander"], Minnesota: ["Minnesotan"], Mississippi: ["Mississippian"],
  Missouri: ["Missourian"], Montana: ["Montanan"], Nebraska: ["Nebraskan"], Nevada: ["Nevadan"],
  "New Hampshire": ["New Hampshirite"], "New Jersey": ["New Jerseyan"], "New Mexico": ["New Mexican"],
  "New York": ["New Yorker"], "North Carolina": ["North Carolinian"], "North Dakota": ["North Dakotan"],
  Ohio: ["Ohioan"], Oklahoma: ["Oklahoman"], Oregon: ["Oregonian"], Pennsylvania: ["Pennsylvanian"],
  "Rhode Island": ["Rhode Islander"], "South Carolina": ["South Carolinian"], "South Dakota": ["South Dakotan"],
  Tennessee: ["Tennessean"], Texas: ["Texan"], Utah: ["Utahn"], Vermont: ["Vermonter"], Virginia: ["Virginian"],
  "West Virginia": ["West Virginian"], Wisconsin: ["Wisconsinite"], Wyoming: ["Wyomingite"],
}; // prettier-ignore

/** Words that are both country forms in the data and common English words or names: never matched alone. */
const AMBIGUOUS_FORMS = new Set([
  "Island",
  "Chad",
  "Jersey",
  "Georgia",
  "Jordan",
  "Niger",
  "Turkey",
  "Guinea",
  "Dominica",
  "Man",
  "English",
  "Korea",
]);

/**
 * Names of both a U.S. state and a country (AMBIGUOUS_COUNTRIES). A document that names the country otherwise means
 * the country: by its capital or official name, or by the adjective ("Georgian") where it names no U.S. state (the
 * state's people bear the same name). Any other document means the state.
 */
export const STATE_OR_COUNTRY: ReadonlySet<string> = new Set(["Georgia"]);

/** The U.S. states the gazetteer knows by name. */
export const US_STATE_NAMES: ReadonlySet<string> = new Set(US_STATES);

/** Directions that make a region of a country or region: "southern Mexico", "Northern Central America". */
export const DIRECTIONS =
  /^(Northern|Southern|Eastern|Western|Central|North|South|East|West|Northeastern|Northwestern|Southeastern|Southwestern|northern|southern|eastern|western|central)$/;

function plural(demonym: string): string[] {
  if (/(ese|ss|sh|ch)$/.test(demonym)) return [demonym];
  return [demonym, demonym + "s"];
}

/** The countries, members of the United Nations first (in the data's order otherwise). */
const SOVEREIGN_FIRST = [...countries.filter((c) => c.unMember), ...countries.filter((c) => !c.unMember)];

function build(): Map<string, GazetteerEntry> {
  const out = new Map<string, GazetteerEntry>();
  const put = (form: string, entry: GazetteerEntry) => {
    if (form.length < 2 || out.has(form)) return;
    out.set(form, entry);
    // Prose writes the apostrophe curly: "Côte d’Ivoire", "People’s Republic of China".
    if (form.includes("'")) put(form.replaceAll("'", "’"), entry);
  };
  // The customary forms first, then names (they win over demonyms and capitals that share a spelling), then the
  // data's other spellings.
  for (const [name, forms] of Object.entries(EXTRA_COUNTRY_FORMS))
    for (const f of forms)
      put(f, { kind: "country", name, demonym: /(an|ese|ish|i|ch)s?$/.test(f) && !f.includes(" ") && f !== "America" });
  for (const c of countries) {
    const name = c.name.common;
    put(name, { kind: "country", name, demonym: false });
    put(c.name.official, { kind: "country", name, demonym: false });
  }
  for (const c of countries)
    for (const alt of c.altSpellings)
      if (alt.length > 3 || /^[A-Z]{2,4}$/.test(alt) === false)
        put(alt, { kind: "country", name: c.name.common, demonym: false });
  for (const [name, forms] of Object.entries(REGIONS)) {
    put(name, { kind: "place", name, demonym: false });
    for (const f of forms) put(f, { kind: "place", name, demonym: !f.startsWith("the ") && f !== name });
  }
  // A demonym that a state shares with a territory ("French": France and the French Southern Lands) is the state's.
  for (const c of SOVEREIGN_FIRST) {
    const name = c.name.common;
    for (const d of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean) as string[]))
      for (const f of plural(d)) put(f, { kind: "country", name, demonym: true });
  }
  for (const c of countries)
    for (const cap of c.capital ?? []) {
      // The data writes "Washington D.C."; English prose writes "Washington, D.C." or "Washington, DC".
      const name = cap === "Washington D.C." ? "Washington, D.C." : cap;
      for (const form of cap === "Washington D.C." ? [cap, name, "Washington, DC", "WASHINGTON"] : [cap])
        put(form, { kind: "place", name, demonym: false, country: c.name.common });
    }
  for (const s of US_STATES) put(s, { kind: "place", name: s, demonym: false, country: "United States" });
  for (const [state, demonyms] of Object.entries(US_STATE_DEMONYMS))
    for (const d of demonyms)
      for (const f of plural(d)) put(f, { kind: "place", name: state, demonym: true, country: "United States" });
  for (const f of AMBIGUOUS_FORMS) {
    const entry = out.get(f);
    // Only a country's own name or a customary form ("Korea"), not a spelling in another language ("Island").
    const customary = f === entry?.name || Object.values(EXTRA_COUNTRY_FORMS).some((forms) => forms.includes(f));
    if (entry?.kind === "country" && !entry.demonym && customary) ambiguousCountries.set(f, entry.name);
    out.delete(f);
  }
  return out;
}

/** Surface form → entry. Keys are case-sensitive as written in English text. */
const ambiguousCountries = new Map<string, string>();
export const GAZETTEER: ReadonlyMap<string, GazetteerEntry> = build();

/**
 * Forms of a country that AMBIGUOUS_FORMS keeps from matching alone ("Jordan", "Chad", "Turkey"), with the country
 * each names where its document names that country otherwise (stage 05).
 */
export const AMBIGUOUS_COUNTRIES: ReadonlyMap<string, string> = ambiguousCountries;

/**
 * Demonyms that name another people, or a sea, in set phrases: "American Indian", "Indian Country", "the Bureau of
 * Indian Affairs", "Indian tribes" are Native American; "the Indian Ocean" is a sea. `before` and `after` are tested
 * on the text around the demonym.
 */
export const DEMONYM_ELSEWHERE: ReadonlyMap<string, { before: RegExp; after: RegExp }> = new Map([
  [
    "India",
    {
      before: /\b(?:American|Alaska)\s+$/,
      after:
        /^\s+(?:Country|Affairs|Health|[Tt]ribes?|[Tt]ribal|Education|Child|Reservations?|Ocean|Nations|Self-Determination|Gaming|Housing|Lands?|Arts?)\b/,
    },
  ],
]);

/** Longest gazetteer key, in words: the matcher looks ahead this far. */
export const GAZETTEER_MAX_WORDS = Math.max(...[...GAZETTEER.keys()].map((k) => k.split(/\s+/).length));

/**
 * Head nouns of places and jurisdictions ("Eastern District", "Ninth Circuit", "Columbia River Basin"): never a word
 * of a person's name. Words that are also common surnames (Hill, Field, Ford) are left out.
 */
export const PLACE_HEADS = new Set(
  (
    "District Districts Circuit Republic County Counties Province Territory Territories Region Basin Valley River " +
    "Island Islands Mountains Peninsula Coast Bay Lake Borough Parish Prefecture Commonwealth City Township " +
    "Creek Canyon Springs Heights"
  ).split(" "),
);

export const COUNTRY_NAMES: ReadonlySet<string> = new Set(countries.map((c) => c.name.common));
