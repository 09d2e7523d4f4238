// Titles of documents without front matter: the addressee of a letter, a real heading, or the first sentence,
// never a letterhead, a dateline or a date.

import { describe, expect, it } from "vitest";
import { segment } from "../../src/pipeline/03-segment.ts";
import { MAX_TITLE_CHARS, inferTitle } from "../../src/pipeline/titles.ts";

const titleOf = (text: string) => inferTitle(text, segment(text));

describe("inferred titles", () => {
  it.each([
    {
      name: "a letter: its addressee and office from the address block, without honorific or city",
      text: "THE CHANCELLERY\n\nOSTRAVIA\n\nMarch 3, 2022\n\nHer Excellency\nAna Lopez\nMinister of Trade of Ruritania\nPort Mira\n\nDear Madam Minister:\n\nThank you for your letter of February 2. We agree.",
      title: "Letter to Ana Lopez, Minister of Trade of Ruritania",
    },
    {
      name: "a short letter: its addressee alone",
      text: "The Honorable\nJane Roe\n\nDear Ms. Roe:\n\nI write to thank you.",
      title: "Letter to Jane Roe",
    },
    {
      name: "a release: its first real heading, not the boilerplate above it",
      text: "FOR IMMEDIATE RELEASE\n\nJune 1, 2023\n\nMinisters of Ruritania and Ostravia Open the Harbour Link\n\nThe two ministers met today.",
      title: "Ministers of Ruritania and Ostravia Open the Harbour Link",
    },
    {
      name: "plain text: its first sentence",
      text: "The President met the Prime Minister of Ruritania today. They spoke for an hour.",
      title: "The President met the Prime Minister of Ruritania today.",
    },
    {
      name: "never a section heading below the first paragraph",
      text: "Ruritania and Ostravia agreed today to open the harbour link.\n\nTrade and Investment Across the Border\n\nThe link opens in May.",
      title: "Ruritania and Ostravia agreed today to open the harbour link.",
    },
  ])("are $name", ({ text, title }) => {
    expect(titleOf(text)).toBe(title);
  });

  it("are cut at a word with an ellipsis when long", () => {
    const sentence = `${"The delegation of the Ministry of Agriculture of Ruritania ".repeat(4)}arrived.`;
    const title = titleOf(sentence)!;
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS + 1);
    expect(title.endsWith("…")).toBe(true);
    expect(sentence.startsWith(title.slice(0, -1))).toBe(true);
    expect(title.at(-2)).not.toBe(" ");
  });

  it("are null for a document with no text", () => {
    expect(titleOf("   \n\n  ")).toBeNull();
  });
});
