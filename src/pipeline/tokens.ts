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
  /** `text` in lowercase, made once: the mention finder looks most words up in lowercase word lists. */
  lower: string;
}

/**
 * What a token is: a word (letters, marks and digits, joined by ".", "-", "’", "'", "&" or "/", with a final period),
 * "$", or any other single character that is not a space. `tokenize` scans for exactly these matches by hand; this
 * expression is the specification it is tested against.
 */
export const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.\-’'&/][\p{L}\p{M}\p{N}]+)*\.?|\$|[^\s\p{L}\p{N}]/gu;
const KEEP_PERIOD =
  /^(\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|Smt|Jr|Sr|St|Gen|Lt|Col|Sgt|Rep|Sen|Gov|Amb|Hon|Rev|Prof|Adm|Capt|Maj|Cmdr|Inc|Ltd|Co|Corp|No|Sept?|Jan|Feb|Aug|Oct|Nov|Dec)\.$/u;

const INNER_PERIOD = /\.\p{L}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const HAS_UPPER = /\p{Lu}/u;
const CAPITALS = /^[\p{Lu}\d]+$/u;
const INITIALISM = /^(\p{Lu}\.)+$/u;
const INITIAL = /^\p{Lu}\.$/u;
const IN_CAPITALS = /^[\p{Lu}\p{N}.\-’']+$/u;
const WORD_INITIAL = /(^|[\s-])(\p{L})/gu;
const DIGITS_THEN_UPPER = /^\d+\p{Lu}/u;
/** A name joined to its lowercase Arabic article or patronymic particle: "al-Tamm", "el-Ruiz", "bin-Varga". */
const ARTICLE_AND_NAME = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|abd)-\p{Lu}/u;

/** Character classes of a code point, as bits. */
const SPACE = 1;
const WORD_START = 2; // \p{L} or \p{N}
const WORD_PART = 4; // \p{L}, \p{M} or \p{N}
const classes = new Map<number, number>();
function classOf(cp: number): number {
  let bits = classes.get(cp);
  if (bits === undefined) {
    const ch = String.fromCodePoint(cp);
    bits =
      (/\s/u.test(ch) ? SPACE : 0) |
      (/[\p{L}\p{N}]/u.test(ch) ? WORD_START : 0) |
      (/[\p{L}\p{M}\p{N}]/u.test(ch) ? WORD_PART : 0);
    classes.set(cp, bits);
  }
  return bits;
}
const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, c) => classOf(c));
const classAt = (cp: number) => (cp < 128 ? ASCII_CLASSES[cp] : classOf(cp));

/** Whether a UTF-16 code unit is whitespace (`\s`): every whitespace character lies in the BMP. */
export const isSpaceCode = (unit: number): boolean => (classAt(unit) & SPACE) !== 0;

/** Whether a UTF-16 code unit is a word character of an expression without the `u` flag (`\w`: [A-Za-z0-9_]). */
export const isWordCode = (u: number): boolean =>
  (u >= 48 && u <= 57) || (u >= 65 && u <= 90) || (u >= 97 && u <= 122) || u === 95;

/** Joiners inside a word: . - ’ ' & / */
const isJoiner = (u: number) => u === 46 || u === 45 || u === 0x2019 || u === 39 || u === 38 || u === 47;

/** The code point at `i` of a text that ends at `end` (a surrogate pair cut by `end` is two code points). */
function codePointAt(text: string, i: number, end: number): number {
  const u = text.charCodeAt(i);
  if (u >= 0xd800 && u <= 0xdbff && i + 1 < end) {
    const v = text.charCodeAt(i + 1);
    if (v >= 0xdc00 && v <= 0xdfff) return (u - 0xd800) * 0x400 + (v - 0xdc00) + 0x10000;
  }
  return u;
}
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/** The end of the run of letters, marks and digits starting at `i`. */
function runEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const cp = codePointAt(text, i, end);
    if (!(classAt(cp) & WORD_PART)) break;
    i += width(cp);
  }
  return i;
}

/** `word.toLowerCase()`, without the call for a word of ASCII lowercase letters, as most words are. */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const u = word.charCodeAt(i);
    if ((u >= 65 && u <= 90) || u >= 128) return word.toLowerCase();
  }
  return word;
}

/** Tokenizes `text[start, end)`; offsets are absolute. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  for (let s = start; s < end;) {
    const cp = codePointAt(text, s, end);
    const bits = classAt(cp);
    if (bits & SPACE) {
      s += width(cp);
      continue;
    }
    let e: number;
    const word = (bits & WORD_START) !== 0;
    if (word) {
      e = runEnd(text, s + width(cp), end);
      while (e + 1 < end && isJoiner(text.charCodeAt(e)) && classAt(codePointAt(text, e + 1, end)) & WORD_PART)
        e = runEnd(text, e + 1, end);
      if (e < end && text.charCodeAt(e) === 46) e++;
    } else e = s + width(cp); // "$" or any other character
    let next = e;
    let w = text.slice(s, e);
    // A final period belongs to the word only for initials and abbreviations ("R.", "U.S.", "Jr.").
    if (w.length > 1 && w.endsWith(".") && !INNER_PERIOD.test(w.slice(0, -1)) && !KEEP_PERIOD.test(w)) {
      w = w.slice(0, -1);
      e--;
      next--;
    }
    // A possessive ending, "’s" or "s’" (/(?:[’']s|s[’'])$/), on a capitalised word of three characters or more.
    let possessive = false;
    const n = w.length;
    const last = w.charCodeAt(n - 1);
    const beforeLast = w.charCodeAt(n - 2);
    const cut =
      n <= 2
        ? 0
        : last === 115 && (beforeLast === 0x2019 || beforeLast === 39)
          ? 2
          : (last === 0x2019 || last === 39) && beforeLast === 115
            ? 1
            : 0;
    if (cut && STARTS_UPPER.test(w[0])) {
      possessive = true;
      w = w.slice(0, -cut);
      e -= cut;
    }
    const first = w.charCodeAt(0);
    out.push({
      text: w,
      start: s,
      end: e,
      cap: !word
        ? false // one character, neither a letter nor a digit
        : first >= 97 && first <= 122
          ? (w.charCodeAt(2) === 45 || w.charCodeAt(3) === 45) && ARTICLE_AND_NAME.test(w) // "al-Tamm"
          : first >= 65 && first <= 90
            ? true
            : STARTS_UPPER.test(w) || DIGITS_THEN_UPPER.test(w),
      // Only a word holds a letter or digit, and "$" counts as a word.
      punct: !word && cp !== 36,
      possessive,
      lower: lowerCase(w),
    });
    s = next;
  }
  return out;
}

/** Whether `word` holds a lowercase ASCII letter: then it is no acronym, nor in capitals (most words, told at once). */
function hasAsciiLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const u = word.charCodeAt(i);
    if (u >= 97 && u <= 122) return true;
  }
  return false;
}

/** True for all-caps words of two or more letters ("NASA", "NATO", "U.S."). */
export function isAcronym(word: string): boolean {
  if (hasAsciiLower(word)) return false;
  const letters = word.replace(/[.\-&]/g, "");
  return letters.length >= 2 && letters.length <= 8 && CAPITALS.test(letters) && HAS_UPPER.test(letters);
}

/** The initials of a name's capitalised words, an initialism's letters whole: "U.S. Agency for Tides" → "USAT". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => STARTS_UPPER.test(w))
    .map((w) => (INITIALISM.test(w) ? w.replace(/\./g, "") : w[0]))
    .join("");
}

/** "THE FOREIGN OFFICE" → "The Foreign Office"; mixed-case words are kept. */
export function titleCase(word: string): string {
  if (hasAsciiLower(word) || !IN_CAPITALS.test(word) || word.length <= 1) return word;
  return word.toLowerCase().replace(WORD_INITIAL, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** Whether `word` starts with an uppercase letter. */
export const startsUpper = (word: string): boolean => STARTS_UPPER.test(word);

/** Whether `word` is one initial: a capital and a period ("Q."). */
export const isInitial = (word: string): boolean => INITIAL.test(word);
