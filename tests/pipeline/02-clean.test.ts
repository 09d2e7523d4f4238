// Stage 02 (clean): what is masked before segmentation, and that masking never moves a character of the rest.

import { describe, expect, it } from "vitest";
import { cleanText, EMPHASIS, maskEmphasis } from "../../src/pipeline/02-clean.ts";

const blanked = (s: string) => s.replace(/[^\n]/g, " ");

describe("cleanText: offsets", () => {
  it.each([
    { what: "plain prose", text: "President Biden met President López Obrador in San Francisco.\n" },
    { what: "non-breaking spaces", text: "President\u00a0Joe\u00a0Biden met the press." },
    { what: "a Markdown escape", text: "USAID provided over \\$600 million in assistance." },
    { what: "page chrome", text: "Intro.\n\nStay Connected\n\nSign Up\n\nScroll to Top Scroll to Top\n" },
    {
      what: "an image description",
      text: "Sincerely,\n\nA handwritten signature in black ink, appearing to read “Joseph R. Biden”.\n\nJoseph R. Biden, Jr.",
    },
    { what: "a Markdown image", text: "Before. ![The two leaders](https://example.org/a.jpg) After." },
    { what: "Markdown emphasis and a heading", text: "## Fact Sheet\n**Bold** and *italic* words." },
    { what: "Windows line ends", text: "First line.\r\nSecond line.\r\n" },
    {
      what: "HTML tags and a comment",
      text: "<u>Ada Roe</u>, Member<!-- -->\n<tr><td>Tidal Fund</td></tr> the 77<sup>th</sup>",
    },
    { what: "an empty string", text: "" },
  ])("keeps the length of $what", ({ text }) => {
    expect(cleanText(text)).toHaveLength(text.length);
  });

  it("keeps the label of a Markdown link hard-wrapped over lines, and drops its target", () => {
    const text = "Secretary Tamm [sent a\n    letter](https://example.org/a) to colleges.";
    const clean = cleanText(text);
    expect(clean).toHaveLength(text.length);
    expect(clean).not.toContain("https");
    expect(clean).not.toContain("[");
    expect(clean.replace(/\s+/g, " ")).toBe("Secretary Tamm sent a letter to colleges.");
  });

  it("keeps the length of a Markdown link: '[readout](https://example.org/a)'", () => {
    const text = "See the [readout](https://example.org/a) for more.";
    expect(cleanText(text)).toHaveLength(text.length);
  });

  it("keeps every newline where it was, so line and paragraph structure survive", () => {
    const text = "Stay Connected\nPresident Biden met the press.\n\nA photo of the two leaders.\n\nEnd.";
    const clean = cleanText(text);
    expect([...clean].map((c, i) => (c === "\n" ? i : -1)).filter((i) => i >= 0)).toEqual(
      [...text].map((c, i) => (c === "\n" ? i : -1)).filter((i) => i >= 0),
    );
  });
});

describe("cleanText: characters", () => {
  it("turns a non-breaking space into a plain space", () => {
    expect(cleanText("President\u00a0Joe\u00a0Biden")).toBe("President Joe Biden");
  });

  it.each([
    { what: "a narrow no-break space", char: "\u202f" },
    { what: "a zero-width space", char: "\u200b" },
    { what: "a tab", char: "\t" },
    { what: "a byte-order mark", char: "\ufeff" },
  ])("turns $what into a plain space", ({ char }) => {
    expect(cleanText(`Mexico${char}City`)).toBe("Mexico City");
  });

  it("keeps '$600' of an escaped '\\$600' at the offsets it has in the raw text", () => {
    const raw = "USAID provided over \\$600 million in assistance.";
    const clean = cleanText(raw);
    const at = raw.indexOf("$600");
    expect(clean.slice(at, at + "$600 million".length)).toBe("$600 million");
    expect(clean[at - 1]).toBe(" ");
    expect(clean).not.toContain("\\");
  });

  it("blanks a social media handle but keeps an e-mail address: '@TidesDirector Jane Roe', 'press@tides.gov'", () => {
    const raw = "Thanks, @TidesDirector Jane Roe! Write to press@tides.gov.";
    expect(cleanText(raw)).toBe(raw.replace("@TidesDirector", " ".repeat("@TidesDirector".length)));
  });

  it("reads an escaped underscore between words as a space: 'Tides\\_Institute Director'", () => {
    expect(cleanText("Tides\\_Institute Director")).toBe("Tides  Institute Director");
  });
});

describe("cleanText: HTML inside Markdown or text", () => {
  it("keeps the text of inline elements and blanks their tags: '<u>Ada Roe</u>, <span …>Member</span>'", () => {
    const text = '<u>Ada Roe</u>, <span style="text-decoration: underline">Member</span>, <strong>Tidal Board</strong>';
    expect(cleanText(text).replace(/\s+/g, " ").trim()).toBe("Ada Roe , Member , Tidal Board");
  });

  it("ends a paragraph at a block's tag, so that table cells are not read as one name", () => {
    const clean = cleanText("<table><tr><td>Tidal Fund</td><td>Glacier Council</td></tr></table>");
    expect(
      clean
        .split(/\n[ \t]*\n/)
        .map((p) => p.trim())
        .filter(Boolean),
    ).toEqual(["Tidal Fund", "Glacier Council"]);
  });

  it("blanks comments: '<!-- -->'", () => {
    expect(cleanText("Before.<!-- a note -->After.")).toBe(`Before.${" ".repeat(15)}After.`);
  });

  it("joins an ordinal's superscript letters to its number: 'the 77<sup>th</sup> Session'", () => {
    const text = "the 77<sup>th</sup> Session";
    expect(cleanText(text)).toBe("the 77th            Session");
  });

  it.each(["Children <5 years old", "a < b and c > d", "the <Tidal> brand"])(
    "keeps what is no element's tag: %j",
    (text) => {
      expect(cleanText(text)).toBe(text);
    },
  );
});

describe("cleanText: page chrome", () => {
  it.each(["Stay Connected", "Sign Up", "Scroll to Top Scroll to Top", "STAY CONNECTED", "Scroll to Top"])(
    "blanks a line that reads %j and leaves its neighbours alone",
    (line) => {
      const before = "President Biden met the press.\n\n";
      const after = "\n\nThe leaders discussed migration.";
      expect(cleanText(before + line + after)).toBe(before + blanked(line) + after);
    },
  );

  it.each([
    "Sign up for the program before March 1.",
    "Stay connected with our partners, the Secretary said.",
    "The leaders agreed to stay connected.",
  ])("keeps a sentence that only starts like chrome: %j", (sentence) => {
    expect(cleanText(sentence)).toBe(sentence);
  });
});

describe("cleanText: transcripts", () => {
  it.each(["Q  Did the Tidal Office say so?", "  Q: Is the Glacier Council ready?"])(
    "blanks the question marker that opens a line of %j",
    (line) => {
      const cleaned = cleanText(`MS. ROE: Go ahead.\n${line}`);
      expect(cleaned).toBe(`MS. ROE: Go ahead.\n${line.replace(/Q:?/, (q) => " ".repeat(q.length))}`);
    },
  );

  it("keeps a 'Q' inside a line or before no space: 'the Q Street office', 'Q-Tides'", () => {
    const text = "We met at the Q Street office.\nQ-Tides is a firm.";
    expect(cleanText(text)).toBe(text);
  });
});

describe("cleanText: image descriptions", () => {
  it("blanks a paragraph describing a handwritten signature", () => {
    const signature = "A handwritten signature in black ink, appearing to read “Joseph R. Biden”.";
    const text = `Sincerely,\n\n${signature}\n\nJoseph R. Biden, Jr.`;
    expect(cleanText(text)).toBe(`Sincerely,\n\n${blanked(signature)}\n\nJoseph R. Biden, Jr.`);
  });

  it.each([
    "[Image: President Biden and President López Obrador shake hands]",
    "Photo: The two delegations in Mexico City",
    "A photograph of the two leaders at the National Palace.",
    "The official seal of the President of the United States.",
  ])("blanks the image description %j", (paragraph) => {
    const text = `The leaders met.\n\n${paragraph}\n\nThey discussed trade.`;
    expect(cleanText(text)).toBe(`The leaders met.\n\n${blanked(paragraph)}\n\nThey discussed trade.`);
  });

  it.each([
    "The image of the United States abroad has improved.",
    "A signature initiative of the Administration is to expand apprenticeships.",
    "The Seal Beach meeting ended early.",
  ])("keeps a paragraph of prose that only opens like an image description: %j", (paragraph) => {
    const text = `The leaders met.\n\n${paragraph}\n\nThey discussed trade.`;
    expect(cleanText(text)).toBe(text);
  });
});

describe("cleanText: ordinary text", () => {
  it.each([
    "President Joseph R. Biden, Jr. met today with President Andrés Manuel\nLópez Obrador of Mexico, in San Francisco, California.",
    "The U.S. Trade and Development Agency (USTDA) will fund a feasibility study.",
    "THE WHITE HOUSE\n\nWASHINGTON\n\nOctober 6, 2021\n\nDear Mr. President:",
    "High-Level Economic Dialogue: The United States and Mexico agreed to hold a dialogue in September.",
    "Prime Minister Kaja Kallas of Estonia met today with Foreign Minister Penny Wong — a first.",
    "Mexico’s National Search Commission will train 1,500 officials; the U.S.-Mexico “Bicentennial Framework” continues.",
  ])("leaves %j unchanged", (text) => {
    expect(cleanText(text)).toBe(text);
  });
});

describe("maskEmphasis: the hand scan finds exactly what EMPHASIS matches", () => {
  const bySpec = (t: string) => t.replace(EMPHASIS, (m) => " ".repeat(m.length));
  it.each([
    "**Bold** and *italic* words.",
    "a * b, a*b, *a, a*, ***, * *, __init__, ___, x__y, **\n*",
    "*",
    "__",
    "5 * 3 = 15*",
    "\u00a0*x*\u3000",
  ])("%j", (text) => {
    expect(maskEmphasis(text)).toBe(bySpec(text));
  });

  it("agrees on 2,000 random strings of stars, underscores, words and spaces", () => {
    const parts = ["*", "**", "_", "__", "a", "Z", "9", " ", "\n", "\u00a0", ".", "é"];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 2000; k++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 12) },
        () => parts[Math.floor(random() * parts.length)],
      ).join("");
      expect(maskEmphasis(text), JSON.stringify(text)).toBe(bySpec(text));
    }
  });
});
