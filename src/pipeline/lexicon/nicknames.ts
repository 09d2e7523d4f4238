// Common English short forms of given names ("Joe" for "Joseph"): general knowledge used to merge people only
// when the surname also agrees.

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
];

const NICK = new Map<string, Set<string>>();
for (const g of GROUPS) {
  const names = g.split(" ");
  for (const n of names) {
    if (!NICK.has(n)) NICK.set(n, new Set());
    for (const m of names) NICK.get(n)!.add(m);
  }
}

/** True when two folded given names can be the same person's: equal, prefix ("alex"/"alexander") or nickname. */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a))) return true;
  return NICK.get(a)?.has(b) ?? false;
}
