// Dates: expressions resolved against the document's date, only as precise as the text, and the document's own
// date found in a letterhead.

import { describe, expect, it } from "vitest";
import { documentDate, findDates } from "../../src/pipeline/dates.ts";

/** The dates of a whole string, as the text each covers and its ISO value. */
const datesIn = (text: string, ref: string | null) =>
  findDates(text, 0, text.length, ref).map((d) => ({ text: text.slice(d.start, d.end), iso: d.iso }));

describe("findDates: with the document's date", () => {
  it.each([
    { sentence: "The leaders met yesterday in Mexico City.", ref: "2023-11-17", text: "yesterday", iso: "2023-11-16" },
    { sentence: "The President met today with his counterpart.", ref: "2023-11-17", text: "today", iso: "2023-11-17" },
    { sentence: "The leaders agreed to meet tomorrow.", ref: "2023-11-17", text: "tomorrow", iso: "2023-11-18" },
    { sentence: "The delegations met yesterday.", ref: "2024-03-01", text: "yesterday", iso: "2024-02-29" },
    // A readout of 9 June 2021 recalling a commitment "on March 1" (corpus document 002).
    {
      sentence: "The leaders recalled their commitment on March 1.",
      ref: "2021-06-09",
      text: "March 1",
      iso: "2021-03-01",
    },
    {
      sentence: "Following last week's telephone conversation, they met.",
      ref: "2023-11-17",
      text: "last week",
      iso: "2023-11",
    },
    { sentence: "They will meet again next week.", ref: "2023-11-17", text: "next week", iso: "2023-11" },
    { sentence: "They spoke last month.", ref: "2023-11-17", text: "last month", iso: "2023-10" },
    {
      sentence: "The leaders will meet in January 2024 in Washington.",
      ref: "2023-11-17",
      text: "January 2024",
      iso: "2024-01",
    },
    {
      sentence: "Following a bilateral meeting on June 8, 2021, the Vice President spoke.",
      ref: "2023-11-17",
      text: "June 8, 2021",
      iso: "2021-06-08",
    },
  ])("resolves $text in $sentence against $ref to $iso", ({ sentence, ref, text, iso }) => {
    expect(datesIn(sentence, ref)).toEqual([{ text, iso }]);
  });

  it("gives the precision the text has: a day, a month, a year", () => {
    expect(datesIn("They met on June 8, 2021.", "2023-11-17")[0].iso).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(datesIn("They met in January 2024.", "2023-11-17")[0].iso).toMatch(/^\d{4}-\d\d$/);
    expect(datesIn("They met earlier this year.", "2023-11-17")).toEqual([{ text: "this year", iso: "2023" }]);
  });

  it("returns offsets into the whole text when asked about a part of it", () => {
    const text = "Intro sentence here. The leaders met yesterday in Mexico City.";
    const start = text.indexOf("The leaders");
    const [found] = findDates(text, start, text.length, "2023-11-17");
    expect(text.slice(found.start, found.end)).toBe("yesterday");
    expect(found.start).toBe(text.indexOf("yesterday"));
  });

  it.each([
    "The leaders discussed migration and trade.",
    "The United States will invest $130 million over three years.",
    "It took 30 days to agree.",
  ])("finds no date in %j", (sentence) => {
    expect(datesIn(sentence, "2023-11-17")).toEqual([]);
  });

  it.each([
    { sentence: "They spoke on March 1.", iso: "2023-03-01" },
    { sentence: "In March, the two ministers met in Tallinn.", iso: "2023-03" },
    { sentence: "They will meet again on March 1.", iso: "2024-03-01" },
    { sentence: "Ahead of the summit in March, the ministers spoke.", iso: "2024-03" },
  ])(
    "places a date without a year by the sentence's tense: $sentence (written 2023-11-17) is $iso",
    ({ sentence, iso }) => {
      expect(datesIn(sentence, "2023-11-17").map((d) => d.iso)).toEqual([iso]);
    },
  );

  it("places a day without a year in the nearest year when the document is early in the year", () => {
    expect(datesIn("The leaders met on December 15.", "2023-01-05")).toEqual([
      { text: "December 15", iso: "2022-12-15" },
    ]);
  });

  it.each([
    { sentence: "Yesterday the delegations met.", text: "Yesterday", iso: "2023-11-16" },
    { sentence: "Today, the leaders met.", text: "Today", iso: "2023-11-17" },
  ])("reads a capitalised calendar word: $sentence", ({ sentence, text, iso }) => {
    expect(datesIn(sentence, "2023-11-17")).toEqual([{ text, iso }]);
  });

  it.each([
    { sentence: "In 2022 the program began.", iso: "2022" },
    { sentence: "The office has worked with Estonia since 2019.", iso: "2019" },
    { sentence: "They plan to open it by mid-2025.", iso: "2025" },
  ])("keeps a year on its own after a preposition of time: $sentence", ({ sentence, iso }) => {
    expect(datesIn(sentence, "2023-11-17")).toEqual([{ text: iso, iso }]);
  });

  it.each(["The 2021-2022 plan was funded.", "In 2021–22 the office grew."])(
    "reads no year in the range %j",
    (sentence) => {
      expect(datesIn(sentence, "2023-11-17")).toEqual([]);
    },
  );

  it("covers only the date, not the preposition: 'met on 8 June 2021' covers '8 June 2021'", () => {
    expect(datesIn("The leaders met on 8 June 2021.", "2023-11-17")).toEqual([
      { text: "8 June 2021", iso: "2021-06-08" },
    ]);
  });
});

describe("findDates: without the document's date", () => {
  it.each([
    "The leaders met yesterday in Mexico City.",
    "The President met today with his counterpart.",
    "The leaders spoke on March 1 about migration.",
    "Following last week's telephone conversation, they met.",
    "They met earlier this year.",
  ])("keeps no date that needs a reference: %j", (sentence) => {
    expect(datesIn(sentence, null)).toEqual([]);
  });

  it.each([
    { sentence: "The leaders will meet in January 2024 in Washington.", text: "January 2024", iso: "2024-01" },
    {
      sentence: "Following a bilateral meeting on June 8, 2021, the Vice President spoke.",
      text: "June 8, 2021",
      iso: "2021-06-08",
    },
  ])("keeps $text, which states its year", ({ sentence, text, iso }) => {
    expect(datesIn(sentence, null)).toEqual([{ text, iso }]);
  });
});

describe("documentDate", () => {
  const LETTERHEAD = "THE WHITE HOUSE\n\nWASHINGTON\n\nOctober 6, 2021\n\nDear Mr. President:";
  /** [start, end) of each of the given lines of `text`. */
  const lines = (text: string, ...wanted: string[]) =>
    wanted.map((l) => [text.indexOf(l), text.indexOf(l) + l.length] as [number, number]);

  it("reads the date line of a letterhead", () => {
    const head = lines(LETTERHEAD, "THE WHITE HOUSE", "WASHINGTON", "October 6, 2021");
    expect(documentDate(null, LETTERHEAD, head)).toBe("2021-10-06");
  });

  it.each([
    { line: "6 October 2021", iso: "2021-10-06" },
    { line: "Oct. 6, 2021", iso: "2021-10-06" },
    { line: "October 6th, 2021", iso: "2021-10-06" },
    { line: "2021-10-06", iso: "2021-10-06" },
  ])("reads a date line written $line", ({ line, iso }) => {
    const text = `WASHINGTON\n\n${line}\n\nDear Madam Minister:`;
    expect(documentDate(null, text, lines(text, "WASHINGTON", line))).toBe(iso);
  });

  it("prefers the front matter's date to any date line", () => {
    const head = lines(LETTERHEAD, "October 6, 2021");
    expect(documentDate("2021-10-07", LETTERHEAD, head)).toBe("2021-10-07");
  });

  it("does not take a date from a sentence that merely mentions one", () => {
    const text = "We met on October 6, 2021 in Washington.";
    expect(documentDate(null, text, [[0, text.length]])).toBeNull();
  });

  it("gives null for a letterhead without a full date", () => {
    const text = "THE WHITE HOUSE\n\nOctober 2021\n\nDear Mr. President:";
    expect(documentDate(null, text, lines(text, "THE WHITE HOUSE", "October 2021"))).toBeNull();
  });
});
