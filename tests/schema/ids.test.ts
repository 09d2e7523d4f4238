// Content-derived ids and name folding (src/schema/ids.ts): the quick path for ASCII text gives exactly what the
// full Unicode folding gives, which these tests spell out as the specification.

import { describe, expect, it } from "vitest";
import { foldName, slug } from "../../src/schema/ids.ts";

const slugSpec = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");

const foldSpec = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const NAMES = [
  "Kaja Kallas",
  "U.S. Department of Tides",
  "O'Brien & Sons, Inc.",
  "  -- Leading and trailing --  ",
  "Tallinn`s Port 2024",
  "",
  "...",
  "Tõnis Mägi",
  "Andrés Manuel López Obrador",
  "Côte d’Ivoire",
  "ＦＵＬＬＷＩＤＴＨ Ｔａｍｍ",
  "Straße 1½",
  "snake_case_Name 7",
  "Tab\tand\nline ~ #Hash@Tag! (E=mc2)",
];

describe("ids and folded names", () => {
  it.each(NAMES)("slug(%j) is the full Unicode slug", (name) => {
    expect(slug(name)).toBe(slugSpec(name));
  });

  it.each(NAMES)("foldName(%j) is the full Unicode folding", (name) => {
    expect(foldName(name)).toBe(foldSpec(name));
  });

  it("gives readable ids: 'Andrés Manuel López Obrador' → 'andres-manuel-lopez-obrador'", () => {
    expect(slug("Andrés Manuel López Obrador")).toBe("andres-manuel-lopez-obrador");
    expect(foldName("U.S. Department of Tides")).toBe("us department of tides");
  });
});
