// Common English short forms of given names ("Joe" for "Joseph") and common spellings of one name ("Mohamed" and
// "Mohammed"): general knowledge used to merge people only when the surname also agrees.

const GROUPS = [
  "joseph joe joey",
  "robert bob rob bobby",
  "william bill will billy",
  "anthony tony antony",
  "james jim jimmy jamie",
  "michael mike mick",
  "richard dick rick rich",
  "thomas tom tommy",
  "elizabeth liz beth betsy eliza",
  "katherine kathryn catherine kate katie kathy cathy",
  "margaret maggie peggy meg",
  "christopher chris",
  "christine chris christina",
  "daniel dan danny",
  "david dave",
  "edward ed ted eddie",
  "jennifer jen jenny",
  "kenneth ken kenny",
  "lawrence larry",
  "matthew matt",
  "nicholas nick",
  "patricia pat patty trish",
  "patrick pat",
  "rebecca becky",
  "samuel sam",
  "stephen steve steven",
  "susan sue suzy",
  "theodore ted teddy",
  "timothy tim",
  "victoria vicky",
  "alexander alex",
  "alexandra alex",
  "andrew andy drew",
  "benjamin ben",
  "charles chuck charlie",
  "deborah deb debbie",
  "gregory greg",
  "jeffrey jeff",
  "jonathan jon",
  "kimberly kim",
  "nancy nan",
  "pamela pam",
  "ronald ron",
  "donald don",
  "gerald jerry",
  "francis frank",
  "frederick fred",
  "henry hank",
  "martin marty",
  // Spellings of one name.
  "matthew mathew",
  "dennis denis",
  "mohammed mohamed muhammad mohammad",
];

const NICK = new Map<string, Set<string>>();
for (const g of GROUPS) {
  const names = g.split(" ");
  for (const n of names) {
    if (!NICK.has(n)) NICK.set(n, new Set());
    for (const m of names) NICK.get(n)!.add(m);
  }
}

/**
 * Endings that make another given name of a shorter one, most often its feminine form: "Paula" of "Paul", "Donna" of
 * "Don", "Danielle" of "Daniel", "Jeanette" of "Jean".
 */
const OTHER_NAME_ENDINGS: ReadonlySet<string> = new Set([
  "na",
  "ne",
  "nna",
  "nne",
  "le",
  "lle",
  "ette",
  "tte",
  "ine",
  "ina",
]);

/**
 * Whether `longer`, which starts with `shorter`, is a fuller form of it ("alexander" of "alex", "mitchell" of
 * "mitchel", "sarah" of "sara") and not another name: one letter more is another name ("joel", "paula", "marian")
 * but for a doubled last letter or an "h", and so are the endings of OTHER_NAME_ENDINGS.
 */
function isFullerForm(shorter: string, longer: string): boolean {
  const rest = longer.slice(shorter.length);
  if (rest.length === 1) return rest === shorter[shorter.length - 1] || rest === "h";
  return !OTHER_NAME_ENDINGS.has(rest);
}

/**
 * True when two folded given names can be the same person's: equal, a fuller form ("alex"/"alexander") or a
 * nickname ("bob"/"robert"). "Paul" and "Paula", "Don" and "Donna", "Joe" and "Joel" are not.
 */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length >= 3 && longer.startsWith(shorter) && isFullerForm(shorter, longer)) return true;
  return NICK.get(a)?.has(b) ?? false;
}
