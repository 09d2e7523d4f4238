// Closed-class and domain words that are capitalised at the start of sentences or inside titles but never
// names on their own. General English.

/** Words that open sentences and headings: stripped from the front of a capitalised run. */
export const FUNCTION_WORDS = new Set(
  (
    "the a an this that these those our their his her its my your we they he she it i you both each every all " +
    "some any many most several such other another no not as at by for from in into of on onto to with without " +
    "and or but nor so yet if when while after before since during until upon under over through throughout " +
    "following per via among between against about above across along around behind below beneath beside " +
    "beyond inside outside toward towards within there here today yesterday tomorrow tonight now then also " +
    "today’s however moreover furthermore additionally meanwhile finally first second third last next " +
    "together please thank dear sincerely respectfully building recognizing noting welcoming reaffirming " +
    "where what who whom whose which why how mr mrs ms dr his her excellency majesty"
  ).split(" "),
);

/** Words that name a field or portfolio inside a title ("Secretary of the Interior"); they are not names. */
export const DOMAIN_WORDS = new Set(
  (
    "state interior defense defence navy army air treasury commerce labor labour justice energy health education " +
    "agriculture transportation transport housing veterans affairs security homeland foreign domestic economic " +
    "economy finance trade development international national public civil protection human rights population " +
    "migration immigration environment climate science technology policy legal communications intelligence " +
    "management budget planning cabinet staff press legislative political military strategic global regional " +
    "infrastructure cyber digital innovation research operations administration affairs relations external " +
    "internal social welfare services service women children youth culture tourism industry industries " +
    "resources natural water land ocean oceans fisheries food nutrition emergency disaster response recovery " +
    "counterterrorism terrorism narcotics drug drugs law enforcement investigation investigations office " +
    "department ministry secretariat agency council commission bureau institute committee government " +
    "general deputy senior special assistant chief principal acting executive transborder"
  ).split(" "),
);

/** Calendar words: never names. */
export const CALENDAR_WORDS = new Set(
  (
    "january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);

export const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

/** A capitalised word in -ing on a stem of three letters or more: "Expanding", "Re-establishing", not "King". */
export const GERUND = /^\p{Lu}[\p{L}-]{2,}ing$/u;

/** Plurals that name people: the "Persons" of "Rights of Persons with Disabilities". */
export const PEOPLE_PLURALS: ReadonlySet<string> = new Set(
  (
    "persons people individuals children students veterans women men adults families workers youth seniors " +
    "patients survivors citizens residents girls boys"
  ).split(" "),
);

/** Ordinals that may open a name: "Second Chance Act", "First Movers Coalition". */
export const ORDINAL_OPENERS: ReadonlySet<string> = new Set(["First", "Second", "Third", "Fourth", "Fifth"]);

/** The last words of observances: "World Refugee Day", "Second Chance Month". */
export const OBSERVANCE_HEADS: ReadonlySet<string> = new Set(["Day", "Days", "Week", "Month", "Year", "Weekend"]);

/**
 * Abbreviations of academic degrees, of the District of Columbia and of a House bill, by their letters: never a body,
 * whatever body of the same initials a document names ("J.D." is no Justice Department, "D.C." no Department of
 * Commerce, "B.A." no Bank of Albania).
 */
export const NO_BODY_INITIALS: ReadonlySet<string> = new Set(
  "AB BA BS BFA MA MS MD MBA MFA MPA MPP MPH LLB LLM PHD EDD DDS JD DC HR".split(" "),
);
