// Stage 03 (segment): where sentences and headings start and end, as offsets into the document.

import { describe, expect, it } from "vitest";
import { segment } from "../../src/pipeline/03-segment.ts";

/** The sentences of `text` as the strings their offsets point at. */
const sentences = (text: string) => segment(text).map((s) => text.slice(s.start, s.end));

/** The sentences of `text` with their heading flag. */
const withHeadings = (text: string) =>
  segment(text).map((s) => ({ text: text.slice(s.start, s.end), heading: s.heading }));

describe("segment: offsets", () => {
  it("gives offsets whose slice is the sentence, trimmed of the whitespace around it", () => {
    const text = "  The leaders met.   They discussed trade.\n\n  A new paragraph starts here.  ";
    const found = segment(text);
    expect(found.map((s) => text.slice(s.start, s.end))).toEqual([
      "The leaders met.",
      "They discussed trade.",
      "A new paragraph starts here.",
    ]);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
  });

  it("returns sentences in document order without overlaps", () => {
    const text = "THE WHITE HOUSE\n\nOctober 6, 2021\n\nDear Mr. President:\n\nThank you. We agree. Sincerely,";
    const found = segment(text);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
  });

  it("finds nothing in an empty or blank text", () => {
    expect(segment("")).toEqual([]);
    expect(segment("   \n\n  \n")).toEqual([]);
  });
});

describe("segment: sentence ends", () => {
  it.each([
    {
      what: "a period",
      text: "The leaders met. They discussed trade.",
      expected: ["The leaders met.", "They discussed trade."],
    },
    { what: "a question mark", text: "Is it done? It is.", expected: ["Is it done?", "It is."] },
    { what: "an exclamation mark", text: "Welcome! The talks begin.", expected: ["Welcome!", "The talks begin."] },
    {
      what: "a closing quotation mark",
      text: "He said “we agree.” The talks ended.",
      expected: ["He said “we agree.”", "The talks ended."],
    },
  ])("splits after $what followed by a capital", ({ text, expected }) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    { what: "“U.S.”", text: "The U.S. Congress must act. It will vote." },
    {
      what: "“Jr.” and an initial",
      text: "President Joseph R. Biden, Jr. met today with his counterpart. They talked.",
    },
    { what: "“Mr.”", text: "Mr. Smith met the press. Then he left." },
    { what: "“Dr.”", text: "The talks were led by Dr. Jones of the council. Then they ended." },
    { what: "an initial “R.”", text: "He met John R. Smith yesterday. Then he left." },
    { what: "“D.C.” inside a sentence", text: "He spoke in Washington, D.C. on Monday. Later he left." },
    { what: "“Sen.”", text: "The bill was backed by Sen. Bob Menendez and others. It passed." },
  ])("does not split after $what", ({ text }) => {
    const found = sentences(text);
    expect(found).toHaveLength(2);
    expect(found.join(" ")).toBe(text);
  });

  it.each([
    {
      what: "“D.C.” before “This”",
      text: "He returned to Washington, D.C. This meeting followed a phone call.",
      expected: ["He returned to Washington, D.C.", "This meeting followed a phone call."],
    },
    {
      what: "“U.S.” before “The”",
      text: "The leaders met in the U.S. The talks lasted an hour.",
      expected: ["The leaders met in the U.S.", "The talks lasted an hour."],
    },
    {
      what: "“U.K.” before “It”",
      text: "She flew to the U.K. It was her first visit.",
      expected: ["She flew to the U.K.", "It was her first visit."],
    },
    {
      what: "“p.m.” before “They”",
      text: "The call ended at 5 p.m. They spoke again the next day.",
      expected: ["The call ended at 5 p.m.", "They spoke again the next day."],
    },
    {
      what: "“Inc.” before “In”",
      text: "The grant went to Acme Widgets Inc. In return, it hired local staff.",
      expected: ["The grant went to Acme Widgets Inc.", "In return, it hired local staff."],
    },
    {
      what: "“Jr.” before “He”",
      text: "The award went to John Q. Public, Jr. He accepted it in person.",
      expected: ["The award went to John Q. Public, Jr.", "He accepted it in person."],
    },
    {
      what: "“etc.” before “Today”",
      text: "They discussed trade, energy, health, etc. Today they meet again.",
      expected: ["They discussed trade, energy, health, etc.", "Today they meet again."],
    },
    {
      what: "“D.C.” before a quoted “The”",
      text: "He spoke in Washington, D.C. “The talks went well,” he said.",
      expected: ["He spoke in Washington, D.C.", "“The talks went well,” he said."],
    },
    {
      what: "“D.C.” before an honorific and a name",
      text: "He was an associate at a law firm in Washington, D.C. Mr. Roe clerked for a judge.",
      expected: ["He was an associate at a law firm in Washington, D.C.", "Mr. Roe clerked for a judge."],
    },
  ])("splits after an abbreviation that ends a sentence: $what", ({ text, expected }) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each(["[…]", "[...]", "[ … ]"])("splits before an elision in brackets between two sentences: %s", (elision) => {
    const text = `The President will tour the plant on Monday. ${elision} As part of it, Tidal Energy plans to invest.`;
    expect(sentences(text)).toEqual([
      "The President will tour the plant on Monday.",
      `${elision} As part of it, Tidal Energy plans to invest.`,
    ]);
  });

  it("splits after “D.C.” at a hard-wrapped line break before “This”", () => {
    const text =
      "The adviser met the ambassador at the White House following the ambassador’s return to Washington, D.C.\n" +
      "This meeting was in line with the commitment made by the two presidents in their phone call.";
    expect(sentences(text)).toEqual([
      "The adviser met the ambassador at the White House following the ambassador’s return to Washington, D.C.",
      "This meeting was in line with the commitment made by the two presidents in their phone call.",
    ]);
  });

  it.each([
    { what: "“U.S.” before a name", text: "The U.S. Senate passed the bill. It goes to the House." },
    { what: "“U.S.” before a title and name", text: "U.S. President Biden spoke today. He took questions." },
    { what: "“D.C.” before a title", text: "Washington, D.C. Mayor Jane Doe attended. She spoke briefly." },
    { what: "“Jr.” before a verb", text: "John Q. Public, Jr. said he agreed. The talks ended." },
    {
      what: "“Jr.” before a name’s last word",
      text: "The office closes on Martin Luther King Jr. Day. It reopens after.",
    },
    { what: "“a.m.” before a time zone", text: "The call starts at 10 a.m. Eastern time. It lasts an hour." },
    { what: "a single initial before a surname", text: "The letter was signed by John Q. Public. It was brief." },
    { what: "“Mr.” before a name", text: "The talks were led by Mr. Smith and others. Then they ended." },
    {
      what: "a title, even before “The”",
      text: "The toast was to the Hon. The Speaker of the House. She thanked them.",
    },
    { what: "“e.g.” before “The”", text: "Some agencies, e.g. The Peace Corps, took part. They reported back." },
    {
      what: "“U.S.” before a capitalised word that only starts with an opener",
      text: "The U.S. Interior Department agreed. It will act.",
    },
  ])("does not split after $what", ({ text }) => {
    const found = sentences(text);
    expect(found).toHaveLength(2);
    expect(found.join(" ")).toBe(text);
  });

  it("keeps a hard-wrapped paragraph as one sentence per sentence, whatever the line breaks", () => {
    const text =
      "President Joseph R. Biden, Jr. met today with President Andrés Manuel\n" +
      "López Obrador of Mexico, in San Francisco, California.  The two leaders\n" +
      "reaffirmed the U.S.-Mexico relationship.";
    expect(sentences(text)).toEqual([
      "President Joseph R. Biden, Jr. met today with President Andrés Manuel\nLópez Obrador of Mexico, in San Francisco, California.",
      "The two leaders\nreaffirmed the U.S.-Mexico relationship.",
    ]);
  });

  it.each([
    "The United Nations is appealing for $588\n    million to reach people in need.",
    "Funding rose to 40 percent in FY2023\nand again in the following year.",
    "The plan was drafted with USAID\nover the last two years.",
  ])("keeps a short line that the next carries on in lowercase in its sentence: %j", (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it.each([
    "Groups are huge fans of Ada J.\nTamm and her work.",
    "The letter was signed by Sen.\nAda Tamm of Ruritania.",
  ])("keeps a short line that ends with an initial or a title's abbreviation in its sentence: %j", (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it("keeps a short line that ends with '&' in its sentence: the name goes on on the next line", () => {
    const text = "Guidance came from the Centers for Tides &\nCoastal Services today.";
    expect(sentences(text)).toEqual([text]);
  });

  it("still ends a sentence and its block at a short line that ends with a word: 'Thank you.'", () => {
    expect(segment("Thank you.\nAda Tamm").map((s) => s.block)).toEqual([0, 1]);
  });

  it("still makes a short line above a capitalised line a heading", () => {
    expect(withHeadings("Fact Sheet 2023\nThe leaders met.")).toEqual([
      { text: "Fact Sheet 2023", heading: true },
      { text: "The leaders met.", heading: false },
    ]);
  });
});

describe("segment: paragraphs and headings", () => {
  it("splits at a blank line and numbers the paragraphs as blocks", () => {
    const text = "The leaders met today\nin the capital\n\nand then they discussed trade.";
    const found = segment(text);
    expect(found.map((s) => text.slice(s.start, s.end))).toEqual([
      "The leaders met today\nin the capital",
      "and then they discussed trade.",
    ]);
    expect(found[0].block).not.toBe(found[1].block);
  });

  it("gives sentences of one paragraph the same block", () => {
    const found = segment("The leaders met. They discussed trade. They agreed.");
    expect(new Set(found.map((s) => s.block)).size).toBe(1);
  });

  it("reads a 'Title Case Heading: The sentence …' opening as a heading followed by a sentence", () => {
    const text =
      "High-Level Economic Dialogue: The United States and Mexico agreed to hold a dialogue. It begins in September.";
    expect(withHeadings(text)).toEqual([
      { text: "High-Level Economic Dialogue", heading: true },
      { text: "The United States and Mexico agreed to hold a dialogue.", heading: false },
      { text: "It begins in September.", heading: false },
    ]);
  });

  it("does not read a lowercase clause before a colon as a heading", () => {
    const text = "The leaders agreed on three points: Trade, security and migration.";
    expect(withHeadings(text).some((s) => s.heading)).toBe(false);
  });

  it("makes each short letterhead line a heading of its own", () => {
    const text =
      "THE WHITE HOUSE\n\nWASHINGTON\n\nOctober 6, 2021\n\nHis Excellency  \nAndrés Manuel López Obrador  \n" +
      "President of the United Mexican States  \nMexico City\n\nDear Mr. President:\n\n" +
      "Please accept my congratulations. We share a vision.";
    expect(withHeadings(text)).toEqual([
      { text: "THE WHITE HOUSE", heading: true },
      { text: "WASHINGTON", heading: true },
      { text: "October 6, 2021", heading: true },
      { text: "His Excellency", heading: true },
      { text: "Andrés Manuel López Obrador", heading: true },
      { text: "President of the United Mexican States", heading: true },
      { text: "Mexico City", heading: true },
      { text: "Dear Mr. President:", heading: false },
      { text: "Please accept my congratulations.", heading: false },
      { text: "We share a vision.", heading: false },
    ]);
  });

  it("makes a short all-capitals line directly above a paragraph a heading", () => {
    const text = "FACT SHEET\nThe United States will invest $130 million in labor cooperation.";
    expect(withHeadings(text)).toEqual([
      { text: "FACT SHEET", heading: true },
      { text: "The United States will invest $130 million in labor cooperation.", heading: false },
    ]);
  });

  it("starts a new block at each list item", () => {
    const text = "The leaders agreed to:\n- expand trade;\n- fight corruption.";
    const found = segment(text);
    expect(found.map((s) => text.slice(s.start, s.end))).toEqual([
      "The leaders agreed to:",
      "- expand trade;",
      "- fight corruption.",
    ]);
    expect(new Set(found.map((s) => s.block)).size).toBe(3);
  });
});

describe("segment: Markdown hard breaks and masked markup", () => {
  it("ends a block at a line that ends in two spaces (a Markdown hard break)", () => {
    const text = "Ada Roe, Member of the Tidal Board  \nborn in Riga, she studied law.";
    expect(sentences(text)).toEqual(["Ada Roe, Member of the Tidal Board", "born in Riga, she studied law."]);
  });

  it("reads no hard break where the spaces were an HTML tag in the source: 'on this 26<sup>th</sup>' / 'day'", () => {
    const source = "The leaders met on this 26<sup>th</sup>\nday of April to mark the anniversary.";
    const clean = source.replace(/<[^>]*>/g, (tag) => " ".repeat(tag.length));
    expect(segment(clean, source).map((s) => clean.slice(s.start, s.end).replace(/\s+/g, " "))).toEqual([
      "The leaders met on this 26 th day of April to mark the anniversary.",
    ]);
  });
});
