// Content-derived ids: `person:joe-biden`, `meeting:2021-03-01-...`. The same name always gives the same id.

import type { EntityKind } from "./graph.ts";

/** Text of ASCII characters only: nothing to decompose, no marks, so folding it needs no normalisation. */
const ASCII = /^\p{ASCII}*$/u;

/** Folds accents and case and keeps letters and digits: "Boric Font" → "lopez-obrador". */
export function slug(text: string): string {
  // Most names are ASCII: the same result without normalising.
  if (ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/['`]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
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
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
