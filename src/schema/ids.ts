// Content-derived ids: `person:joe-biden`, `meeting:2021-03-01-...`. The same name always gives the same id.

import type { EntityKind } from "./graph.ts";

/** Folds accents and case and keeps letters and digits: "Boric Font" → "lopez-obrador". */
export function slug(text: string): string {
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
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
