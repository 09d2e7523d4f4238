// Content-derived ids: `person:joe-biden`, `meeting:2021-03-01-...`. The same name always gives the same id.

import type { EntityKind } from "./graph.ts";

/** Text of ASCII characters only: nothing to decompose, no marks, so folding it needs no normalisation. */
const ASCII = /^\p{ASCII}*$/u;
const MARKS = /\p{M}+/gu;

/** `text` in lowercase without accents or other marks; ASCII, as most names are, is only lowercased. */
function unmarked(text: string): string {
  return (ASCII.test(text) ? text : text.normalize("NFKD").replace(MARKS, "")).toLowerCase();
}

/** Folds accents and case and keeps letters and digits: "Núñez Vega" → "nunez-vega". */
export function slug(text: string): string {
  // ASCII, lowercased, has no letters or digits but a-z and 0-9: the plain classes say the same, and faster.
  if (ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/['`]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
  return unmarked(text)
    .replace(/[’'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

export function entityId(kind: EntityKind, name: string): string {
  return `${kind}:${slug(name) || "unnamed"}`;
}

/** Folding used for matching names: accents, case and punctuation do not count. */
export function foldName(text: string): string {
  if (ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/['`.]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return unmarked(text)
    .replace(/[’'`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
