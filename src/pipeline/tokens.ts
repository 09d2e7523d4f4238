// Word tokens with offsets: the unit the mention finder and relation rules work on.

export interface Token {
  /** The token as written, possessive ending removed ("Mexico’s" → "Mexico"). */
  text: string;
  start: number;
  end: number;
  /** Starts with an uppercase letter (or is an all-caps acronym). */
  cap: boolean;
  /** Punctuation rather than a word. */
  punct: boolean;
  /** Had a possessive ending ("’s", "'s", "s’"). */
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.\-’'&/][\p{L}\p{M}\p{N}]+)*\.?|\$|[^\s\p{L}\p{N}]/gu;
const KEEP_PERIOD =
  /^(\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Lt|Col|Sgt|Rep|Sen|Gov|Amb|Hon|Rev|Prof|Adm|Capt|Maj|Cmdr|Inc|Ltd|Co|Corp|No|Sept?|Jan|Feb|Aug|Oct|Nov|Dec)\.$/u;

const INNER_PERIOD = /\.\p{L}/u;
const POSSESSIVE = /(?:[’']s|s[’'])$/;
const APOSTROPHE_S = /^[’']s$/;
const STARTS_UPPER = /^\p{Lu}/u;
const DIGITS_THEN_UPPER = /^\d+\p{Lu}/u;
const WORD_CHARACTER = /[\p{L}\p{N}$]/u;

/** Tokenizes `text[start, end)`; offsets are absolute. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let word = m[0];
    const s = start + m.index;
    let e = s + word.length;
    // A final period belongs to the word only for initials and abbreviations ("R.", "U.S.", "Jr.").
    if (word.length > 1 && word.endsWith(".") && !INNER_PERIOD.test(word.slice(0, -1)) && !KEEP_PERIOD.test(word)) {
      word = word.slice(0, -1);
      e--;
      WORD.lastIndex--;
    }
    let possessive = false;
    const poss = POSSESSIVE.exec(word);
    if (poss && word.length > 2 && STARTS_UPPER.test(word[0])) {
      possessive = true;
      if (APOSTROPHE_S.test(poss[0])) {
        word = word.slice(0, -2);
        e -= 2;
      } else {
        word = word.slice(0, -1);
        e -= 1;
      }
    }
    const punct = !WORD_CHARACTER.test(word);
    out.push({
      text: word,
      start: s,
      end: e,
      cap: STARTS_UPPER.test(word) || DIGITS_THEN_UPPER.test(word),
      punct,
      possessive,
    });
  }
  return out;
}

/** True for all-caps words of two or more letters ("USTDA", "NATO", "U.S."). */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[.\-&]/g, "");
  return letters.length >= 2 && letters.length <= 8 && /^[\p{Lu}\d]+$/u.test(letters) && /\p{Lu}/u.test(letters);
}

/** "THE FOREIGN OFFICE" → "The Foreign Office"; mixed-case words are kept. */
export function titleCase(word: string): string {
  if (!/^[\p{Lu}\p{N}.\-’']+$/u.test(word) || word.length <= 1) return word;
  return word.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}
