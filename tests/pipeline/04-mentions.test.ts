// Stage 04 (mentions): which spans of a sentence name a person, an organisation, a programme, a country or a place,
// and what the sentence says about them (title, country, organisation, acronym). Names from outside the bundled
// corpus sit beside corpus names to show that the rules read titles, head nouns and the gazetteer, not a name list.

import { describe, expect, it } from "vitest";
import { mentionFixture, mentionsIn, type MentionView } from "../_pipeline.ts";
import { commaBefore, LEAD_WORD_AT_END, leadWordAtEnd } from "../../src/pipeline/04-mentions.ts";

interface Case {
  sentence: string;
  finds: Array<Partial<MentionView>>;
}

/** Asserts that every expected mention is among those found (found mentions may carry more attributes). */
function expectMentions({ sentence, finds }: Case): void {
  const found = mentionsIn(sentence);
  for (const want of finds) expect(found).toContainEqual(expect.objectContaining(want));
}

/** The people found in `sentence`, by name. */
const peopleIn = (sentence: string) => mentionsIn(sentence).filter((m) => m.kind === "person");

describe("findMentions: people behind a title of office", () => {
  it.each<Case>([
    {
      sentence: "White House Counsel Dana Ruiz met the Office of the General Counsel.",
      finds: [
        { text: "White House", kind: "agency", name: "White House" },
        { text: "Dana Ruiz", kind: "person", name: "Dana Ruiz", title: "White House Counsel", org: "White House" },
        { text: "Office of the General Counsel", kind: "agency", name: "Office of the General Counsel" },
      ],
    },
    {
      sentence: "Secretary of State Antony Blinken traveled to Mexico.",
      finds: [{ text: "Antony Blinken", kind: "person", name: "Antony Blinken", title: "Secretary of State" }],
    },
    {
      sentence: "Senate President Pro Tempore Ada Tamm opened the session.",
      finds: [{ text: "Ada Tamm", kind: "person", name: "Ada Tamm", title: "Senate President Pro Tempore" }],
    },
    {
      sentence: "California Assemblymember Ada Tamm, County Supervisor Juris Ozols and Sheriff Ana Ruiz spoke.",
      finds: [
        { text: "Ada Tamm", kind: "person", name: "Ada Tamm", title: "California Assemblymember" },
        { text: "Juris Ozols", kind: "person", name: "Juris Ozols", title: "County Supervisor" },
        { text: "Ana Ruiz", kind: "person", name: "Ana Ruiz", title: "Sheriff" },
      ],
    },
    {
      sentence: "Governor J.B. Tamm and President Ada H.W. Ruiz met NASA Administrator Juris Ozols.",
      finds: [
        { text: "J.B. Tamm", kind: "person", name: "J.B. Tamm", title: "Governor" },
        { text: "Ada H.W. Ruiz", kind: "person", name: "Ada H.W. Ruiz", title: "President" },
        { text: "Juris Ozols", kind: "person", name: "Juris Ozols", title: "NASA Administrator" },
      ],
    },
    {
      sentence:
        "Congressman French Tamm, Representative Dominique Ozols and Second Gentleman Douglas Ruiz met the French delegation.",
      finds: [
        { text: "French Tamm", kind: "person", name: "French Tamm", title: "Congressman" },
        { text: "Dominique Ozols", kind: "person", name: "Dominique Ozols", title: "Representative" },
        { text: "Douglas Ruiz", kind: "person", name: "Douglas Ruiz", title: "Second Gentleman" },
        { text: "French", kind: "country", name: "France" },
      ],
    },
    {
      sentence: "Representative Jan Tamm and Director April Ruiz met on May 3.",
      finds: [
        { text: "Jan Tamm", kind: "person", name: "Jan Tamm", title: "Representative" },
        { text: "April Ruiz", kind: "person", name: "April Ruiz", title: "Director" },
      ],
    },
    {
      sentence: "Senate Majority Whip Ada Tamm and House Minority Whip Juris Ozols spoke.",
      finds: [
        { text: "Ada Tamm", kind: "person", name: "Ada Tamm", title: "Senate Majority Whip" },
        { text: "Juris Ozols", kind: "person", name: "Juris Ozols", title: "House Minority Whip" },
      ],
    },
    {
      sentence: "Staff Sergeant Ada Plumlee and Sergeant First Class Heath Tamm were honored.",
      finds: [
        { text: "Ada Plumlee", kind: "person", name: "Ada Plumlee", title: "Staff Sergeant" },
        { text: "Heath Tamm", kind: "person", name: "Heath Tamm", title: "Sergeant First Class" },
      ],
    },
    {
      sentence:
        "Secretary of the Navy Admiral Ada Tamm met Attorney General Juris Ozols and Commissioner General Ana Ruiz.",
      finds: [
        { text: "Ada Tamm", kind: "person", name: "Ada Tamm", title: "Secretary of the Navy" },
        { text: "Juris Ozols", kind: "person", name: "Juris Ozols", title: "Attorney General" },
        { text: "Ana Ruiz", kind: "person", name: "Ana Ruiz", title: "Commissioner General" },
      ],
    },
    {
      sentence: "Deputy Commandant for Operations Vice Admiral Ada Tamm and Chief Master Sergeant Juris Ozols spoke.",
      finds: [
        { text: "Ada Tamm", kind: "person", name: "Ada Tamm", title: "Deputy Commandant for Operations" },
        { text: "Juris Ozols", kind: "person", name: "Juris Ozols", title: "Chief Master Sergeant" },
      ],
    },
    {
      sentence: "Shri Ajit Doval met Smt. Nirmala Sitharaman, Minister of Finance.",
      finds: [
        { text: "Ajit Doval", kind: "person", name: "Ajit Doval" },
        { text: "Nirmala Sitharaman", kind: "person", name: "Nirmala Sitharaman", title: "Minister of Finance" },
      ],
    },
    {
      sentence: "Chairman of the National Assembly Ada Tamm of Estonia met the delegation.",
      finds: [
        { text: "Ada Tamm", kind: "person", name: "Ada Tamm", title: "Chairman of the National Assembly" },
        { text: "National Assembly", kind: "agency", name: "National Assembly" },
      ],
    },
    {
      sentence: "Mexican President Andrés Manuel López Obrador welcomed the delegation.",
      finds: [
        {
          text: "Andrés Manuel López Obrador",
          kind: "person",
          name: "Andrés Manuel López Obrador",
          title: "Mexican President",
          country: "Mexico",
        },
        { text: "Mexican", kind: "country", name: "Mexico", demonym: true, nested: true },
      ],
    },
    {
      sentence: "White House Homeland Security Advisor Elizabeth Sherwood-Randall joined the talks.",
      finds: [
        {
          text: "Elizabeth Sherwood-Randall",
          kind: "person",
          title: "White House Homeland Security Advisor",
          org: "White House",
        },
        { text: "White House", kind: "agency", name: "White House" },
      ],
    },
    {
      sentence: "President Joseph R. Biden, Jr. met today with his counterpart.",
      finds: [{ text: "Joseph R. Biden, Jr.", kind: "person", name: "Joseph R. Biden, Jr.", title: "President" }],
    },
    {
      sentence: "President Ana Ruiz of the People’s Republic of China visited the capital.",
      finds: [
        { text: "Ana Ruiz", kind: "person", name: "Ana Ruiz", title: "President", country: "China" },
        { text: "People’s Republic of China", kind: "country", name: "China" },
      ],
    },
    {
      sentence: "Prime Minister Kaja Kallas of Estonia visited the capital.",
      finds: [
        { text: "Kaja Kallas", kind: "person", name: "Kaja Kallas", title: "Prime Minister", country: "Estonia" },
        { text: "Estonia", kind: "country", name: "Estonia" },
      ],
    },
    {
      sentence: "Foreign Minister Penny Wong spoke with reporters.",
      finds: [{ text: "Penny Wong", kind: "person", name: "Penny Wong", title: "Foreign Minister" }],
    },
    {
      sentence: "Australian Foreign Minister Penny Wong met with reporters in Canberra.",
      finds: [
        { text: "Penny Wong", kind: "person", title: "Australian Foreign Minister", country: "Australia" },
        { text: "Canberra", kind: "place", name: "Canberra", country: "Australia" },
      ],
    },
    {
      sentence: "Brazilian President Luiz Inácio Lula da Silva met the press.",
      finds: [
        { text: "Luiz Inácio Lula da Silva", kind: "person", name: "Luiz Inácio Lula da Silva", country: "Brazil" },
      ],
    },
    {
      sentence: "Secretary-General António Guterres addressed the assembly.",
      finds: [{ text: "António Guterres", kind: "person", title: "Secretary-General" }],
    },
    {
      sentence: "U.S. Ambassador Ken Salazar attended the dinner.",
      finds: [{ text: "Ken Salazar", kind: "person", title: "U.S. Ambassador", country: "United States" }],
    },
    {
      sentence: "King Charles III hosted a state banquet.",
      finds: [{ text: "Charles III", kind: "person", name: "Charles III", title: "King" }],
    },
    {
      sentence: "Secretary Mayorkas visited the border.",
      finds: [{ text: "Mayorkas", kind: "person", name: "Mayorkas", title: "Secretary" }],
    },
    {
      sentence: "Labor Secretary Nominee Ana Ruiz met the committee.",
      finds: [{ kind: "person", name: "Ana Ruiz" }],
    },
    {
      sentence: "President-Elect Tomas Varga and Chief Economist Lina Berg arrived in Tallinn.",
      finds: [
        { kind: "person", name: "Tomas Varga" },
        { kind: "person", name: "Lina Berg" },
      ],
    },
    {
      sentence: "Amb. Tom Reyes arrived in Tallinn.",
      finds: [{ kind: "person", name: "Tom Reyes" }],
    },
    {
      sentence: "The Right Honourable Jane Roe, Prime Minister of Estonia, spoke.",
      finds: [{ kind: "person", name: "Jane Roe" }],
    },
    {
      sentence: "Speaker Emerita Ann Lind joined the delegation.",
      finds: [{ kind: "person", name: "Ann Lind" }],
    },
  ])("reads the titled person in $sentence", expectMentions);

  it("does not give an ambassador the country he is sent to: 'Ambassador to Mexico Ken Salazar'", () => {
    const [salazar] = peopleIn("Ambassador to Mexico Ken Salazar attended the dinner.");
    expect(salazar).toMatchObject({ name: "Ken Salazar", title: "Ambassador to Mexico" });
    expect(salazar.country).toBeUndefined();
  });

  it("does not give a nominee for an ambassadorship the country of the posting: '… to the State of Kuwait'", () => {
    const [roe] = peopleIn(
      "Jane Roe, Nominee for Ambassador Extraordinary and Plenipotentiary to the State of Kuwait.",
    );
    expect(roe).toMatchObject({ name: "Jane Roe" });
    expect(roe.country).toBeUndefined();
  });

  it("does not read a country inside a longer place name in a title: 'New Mexico Senator Ana Ruiz'", () => {
    const [ruiz] = peopleIn("New Mexico Senator Ana Ruiz spoke in Tallinn.");
    expect(ruiz).toMatchObject({ name: "Ana Ruiz" });
    expect(ruiz.country).toBeUndefined();
    expect(peopleIn("Mexican Senator Ana Ruiz spoke in Tallinn.")[0]).toMatchObject({ country: "Mexico" });
  });

  it("does not make a person of the body one works at for them: 'at the Ministry of Climate for Prime Minister Kallas'", () => {
    const [kallas] = peopleIn("She worked at the Ministry of Climate for Prime Minister Kaja Kallas.");
    expect(kallas).toMatchObject({ name: "Kaja Kallas" });
    expect(kallas.org).toBeUndefined();
    expect(peopleIn("Ministry of Climate Deputy Secretary Ada Tamm spoke.")[0]).toMatchObject({
      org: "Ministry of Climate",
    });
  });

  it("reads no person in an organisation's head noun after a title: '… Deputy Director of the United States Mint'", () => {
    const people = peopleIn("Ana Ruiz is the Deputy Director of the United States Mint and the Acting Director.");
    expect(people.map((p) => p.name)).not.toContain("Mint");
  });

  it("reads two titled people joined by 'and' as two people", () => {
    expect(peopleIn("Chilean President Gabriel Boric and Colombian President Gustavo Petro met in Bogotá.")).toEqual([
      expect.objectContaining({ name: "Gabriel Boric", country: "Chile" }),
      expect.objectContaining({ name: "Gustavo Petro", country: "Colombia" }),
    ]);
  });

  it.each([
    {
      sentence: "President Joe Biden of the United States arrived.",
      people: [{ name: "Joe Biden", country: "United States" }],
    },
    {
      sentence: "President Yoon Suk Yeol of the Republic of Korea arrived.",
      people: [{ name: "Yoon Suk Yeol", country: "South Korea" }],
    },
    {
      sentence: "President Biden met with President López Obrador of Mexico in San Francisco.",
      people: [{ name: "Biden" }, { name: "López Obrador", country: "Mexico" }],
    },
    {
      sentence:
        "Prime Minister Kaja Kallas met today with Foreign Minister Penny Wong of Australia in Tallinn, Estonia.",
      people: [{ name: "Kaja Kallas" }, { name: "Penny Wong", country: "Australia" }],
    },
  ])("reads the people of '<title> <name> of <country>': $sentence", ({ sentence, people }) => {
    expect(peopleIn(sentence)).toEqual(people.map((p) => expect.objectContaining(p)));
  });

  it.each([
    {
      what: "one ordinary word after a title",
      sentence: "She was named Ambassador Extraordinary, an extraordinary honour for the district.",
    },
  ])("finds no person in $what: '$sentence'", ({ sentence }) => {
    expect(peopleIn(sentence)).toEqual([]);
  });

  it("keeps one ordinary word borne by a head of state: 'President Moon' of a corpus that writes 'moon'", () => {
    expect(peopleIn("President Moon spoke of the moon landing.").map((m) => m.name)).toEqual(["Moon"]);
  });

  it.each([
    { sentence: "Memoranda issued by President Bill Tamm still stand.", name: "Bill Tamm", title: "President" },
    { sentence: "The Grant Act passed, and Governor Grant Ruiz signed it.", name: "Grant Ruiz", title: "Governor" },
  ])("reads a given name that heads bodies elsewhere as a given name: '$sentence'", ({ sentence, name, title }) => {
    expect(peopleIn(sentence)).toContainEqual(expect.objectContaining({ name, title }));
  });

  it.each([
    "He met Ohio Governor Ada Tamm and Iowa Governor Bill Ruiz.",
    "Secretary of Agriculture Ada Tamm and Iowa Governor Grant Ruiz toured the site.",
  ])("splits two titled people at 'and' when the second title opens with a place: '%s'", (sentence) => {
    const people = peopleIn(sentence).map((m) => [m.name, m.title]);
    expect(people).toHaveLength(2);
    expect(people[0]).toEqual(["Ada Tamm", expect.not.stringContaining("Iowa")]);
    expect(people[1]).toEqual([expect.stringMatching(/Ruiz$/), "Iowa Governor"]);
  });

  it.each([
    { sentence: "First Lady Ada Tamm will travel to Riga.", title: "First Lady" },
    { sentence: "Under Secretary Ada Tamm will travel to Riga.", title: "Under Secretary" },
  ])("keeps a title whole at the start of a sentence: '$title'", ({ sentence, title }) => {
    expect(peopleIn(sentence)).toContainEqual(expect.objectContaining({ name: "Ada Tamm", title }));
  });

  it("gives no one the office of the person before '&': '…, 42nd President of Ruritania & The Honorable Ada Tamm'", () => {
    const people = peopleIn("The Honorable Karl Tamm, 42nd President of Ruritania & The Honorable Ada Tamm, Senator");
    expect(people.find((m) => m.name === "Ada Tamm")?.title ?? "").not.toMatch(/President/);
  });

  it.each([
    { sentence: "Professor Ada Tamm spoke at the event.", title: "Professor" },
    { sentence: "Presidential Chief of Staff Professor Ada Tamm spoke.", title: "Presidential Chief of Staff" },
    { sentence: "Prof. Ada Tamm spoke at the event.", title: "Prof." },
    { sentence: "Professor Ada Tamm, Minister of Tides, spoke.", title: "Minister of Tides" },
  ])("reads 'Professor' before a name as a title, left out after another: '$sentence'", ({ sentence, title }) => {
    expect(peopleIn(sentence)).toEqual([expect.objectContaining({ name: "Ada Tamm", title })]);
  });

  it("keeps an ordinary word between a given name and the surname in the name: 'Judge Ada Brown Tamm'", () => {
    expect(peopleIn("Judge Ada Brown Tamm ruled; the brown bear slept.")).toContainEqual(
      expect.objectContaining({ name: "Ada Brown Tamm", title: "Judge" }),
    );
  });

  it.each([
    { sentence: "Today, U.S. Department of Tides Secretary Ada Tamm spoke.", org: "U.S. Department of Tides" },
    { sentence: "Department of Tides Deputy Secretary Ada Tamm spoke.", org: "Department of Tides" },
    { sentence: "Cabinet Office Security Adviser Ada Tamm spoke.", org: "Cabinet Office" },
  ])("reads the whole body before a title: '$org'", ({ sentence, org }) => {
    expect(peopleIn(sentence)).toContainEqual(expect.objectContaining({ name: "Ada Tamm", org }));
  });

  it("leaves an honorific before the name out of the title: 'Tidal Institute Director Dr. Jane Roe'", () => {
    expect(peopleIn("Tidal Institute Director Dr. Jane Roe spoke.")).toContainEqual(
      expect.objectContaining({ name: "Jane Roe", title: "Tidal Institute Director" }),
    );
  });

  it("reads a name ending in a company suffix as a company, not a person", () => {
    const found = mentionsIn("Chairman Acme Widgets Inc. announced a grant.");
    expect(found.filter((m) => m.kind === "person")).toEqual([]);
    expect(found).toContainEqual(expect.objectContaining({ kind: "agency", text: "Acme Widgets Inc." }));
  });
});

describe("findMentions: appositions", () => {
  it.each([
    {
      what: "the body of a posting",
      sentence: "Ada Tamm, Nominee for Representative of Estonia to the Nordic Council, with rank of Ambassador",
      want: { country: "Estonia", org: undefined },
    },
    {
      what: "the body of a posting, but the body named after it",
      sentence: "Ada Tamm, Special Envoy to the Nordic Council, Department of Tides",
      want: { org: "Department of Tides" },
    },
    {
      what: "a title that ends with the body's acronym in brackets keeps no half of the brackets",
      sentence: "Ada Tamm, Deputy Administrator of the Tidal Protection Agency (TPA), explained the rule.",
      want: { title: "Deputy Administrator of the Tidal Protection Agency", org: "Tidal Protection Agency" },
    },
  ])("gives a person the right body or country of an apposition: $what: '$sentence'", ({ sentence, want }) => {
    const [person] = peopleIn(sentence);
    expect(person).toBeDefined();
    for (const [key, value] of Object.entries(want)) expect(person[key as keyof typeof person]).toBe(value);
  });

  it.each<Case>([
    {
      sentence:
        "The delegation included Katie Tobin, Special Assistant to the President and Senior Director at the National Security Council.",
      finds: [
        {
          text: "Katie Tobin",
          kind: "person",
          name: "Katie Tobin",
          title: "Special Assistant to the President and Senior Director at the National Security Council",
          org: "National Security Council",
        },
        { text: "National Security Council", kind: "agency", nested: true },
      ],
    },
    {
      sentence: "The talks were attended by Jane Roe, advisor to the Ministry of Finance.",
      finds: [
        {
          text: "Jane Roe",
          kind: "person",
          name: "Jane Roe",
          title: "advisor to the Ministry of Finance",
          org: "Ministry of Finance",
        },
        { text: "Ministry of Finance", kind: "agency", nested: true },
      ],
    },
    {
      sentence: "Kaja Kallas, Prime Minister of Estonia, said the talks were productive.",
      finds: [{ text: "Kaja Kallas", kind: "person", title: "Prime Minister of Estonia", country: "Estonia" }],
    },
    {
      sentence: "They met Penny Wong, Foreign Minister of Australia.",
      finds: [{ text: "Penny Wong", kind: "person", title: "Foreign Minister of Australia", country: "Australia" }],
    },
  ])("reads 'Name, title …' in $sentence", expectMentions);

  it("ends the title at ', and' so that a second apposition is a second person", () => {
    const sentence =
      "Penny Wong, Foreign Minister of Australia, and Antony Blinken, Secretary of State, met the press.";
    expect(peopleIn(sentence)).toEqual([
      expect.objectContaining({ name: "Penny Wong", title: "Foreign Minister of Australia", country: "Australia" }),
      expect.objectContaining({ name: "Antony Blinken", title: "Secretary of State" }),
    ]);
  });

  it.each<Case>([
    {
      sentence: "Penny Wong, Australia's Foreign Minister, spoke first.",
      finds: [{ name: "Penny Wong", title: "Australia's Foreign Minister" }],
    },
    {
      sentence: "Jane Roe, secretary of the Department of Housing, made a stop in Toledo.",
      finds: [{ name: "Jane Roe", title: "secretary of the Department of Housing", org: "Department of Housing" }],
    },
    {
      sentence: "Tom Reyes, President of the Historical Association said: “We are grateful.”",
      finds: [{ name: "Tom Reyes", title: "President of the Historical Association" }],
    },
    {
      sentence: "Sara Lind, President, Association of Flight Engineers: “We applaud the move.”",
      finds: [{ name: "Sara Lind", title: "President, Association of Flight Engineers" }],
    },
    {
      sentence: "The adviser met Ian Boyd, Unionist Party leader as well as with the mayor.",
      finds: [{ name: "Ian Boyd", title: "Unionist Party leader", org: "Unionist Party" }],
    },
  ])("ends the title where the apposition ends, before a verb or a quotation: $sentence", expectMentions);

  it("finds no title in a clause after the comma: 'We thank Jane Roe, President Biden has fought …'", () => {
    const titles = peopleIn("We thank Jane Roe, President Biden has fought for workers.").map((m) => m.title);
    expect(titles).not.toContainEqual(expect.stringContaining("fought"));
    expect(titles.length).toBeGreaterThan(0);
  });

  it.each([
    { sentence: "Jane Roe, the Minister of Finance, spoke first.", title: "Minister of Finance" },
    { sentence: "They thanked Kaja Kallas, the Prime Minister of Estonia.", title: "Prime Minister of Estonia" },
  ])("reads a title after 'the' in an apposition: $sentence", ({ sentence, title }) => {
    expect(peopleIn(sentence)).toEqual([expect.objectContaining({ kind: "person", title })]);
  });

  it.each([
    "She received the Tidal Honor Award, the Secretary of State’s Award for Heroism, and more.",
    "It joined Civic Nation, the National Association of Tidal Workers, and others.",
    "She won the Tidal Research Award, the Baltic Science Prize and the Grand Cross of Merit, in 2020.",
  ])("reads no person in a list of names after ', the': %j", (sentence) => {
    expect(peopleIn(sentence)).toEqual([]);
  });

  it("reads no apposition in a new clause after ', the': 'Tamm met Kaja Kallas, the Prime Minister said.'", () => {
    expect(peopleIn("Tamm met Kaja Kallas, the Prime Minister said.").map((m) => m.title)).not.toContain(
      "Prime Minister",
    );
  });
});

describe("findMentions: an office served, then the office-holder's", () => {
  it.each([
    ["She served as Labor Counsel to Chairman Tom Ruiz on the committee.", "Tom Ruiz", "Chairman"],
    ["She was Speechwriter to Ambassador Pamela Ruiz in Paris.", "Pamela Ruiz", "Ambassador"],
    ["Special Assistant to the President Ada Tamm spoke.", "Ada Tamm", "Special Assistant to the President"],
  ])("reads %j: %s is the %s", (sentence, name, title) => {
    expect(peopleIn(sentence)).toEqual([expect.objectContaining({ name, title })]);
  });
});

describe("findMentions: a town's name inside a body's name", () => {
  it.each([
    ["A gunman took lives at Marjory Stoneman Tallinn High School in Parkland.", false],
    ["They met at the Augusta Riga Hospital in East Jerusalem.", false],
    ["Leaders recalled the Health Summit Riga Declaration.", true],
    ["Leaders will build on the AI Riga Summit.", true],
  ])("finds the town in %j: %s", (sentence, found) => {
    const towns = mentionsIn(sentence).filter((m) => m.name === "Tallinn" || m.name === "Riga");
    expect(towns.length > 0).toBe(found);
  });
});

describe("findMentions: words of office", () => {
  it.each([
    ["Tidal Energy CEO Ada Tamm spoke.", "Tidal Energy CEO"],
    ["Becerra, joined by U.S. Sen. Ada Tamm, D-Ga., spent the morning there.", "U.S. Sen."],
    [
      "She spoke by phone with Tidal Health Organization Director-General Dr. Ada Tamm today.",
      "Tidal Health Organization Director-General",
    ],
  ])("reads the title of %j as %j", (sentence, title) => {
    expect(peopleIn(sentence)).toEqual([expect.objectContaining({ name: "Ada Tamm", title })]);
  });

  it.each([
    ["Secretary Ruiz Announces Tidal Grants", "Ruiz"],
    ["Attorney General Establishes Joint Task Force Tidal", undefined],
  ])("reads a headline's verb as no part of a name or a title: %j", (sentence, name) => {
    expect(peopleIn(sentence).map((m) => m.name)).toEqual(name ? [name] : []);
  });

  it.each([
    "Tidal Review, NPR, CNN, Baltic Times and others covered it.",
    "His work has appeared in the *Baltic Times*, *National\nReview*, NPR, CNN, and BBC.",
  ])("reads no title into a list of names: %j", (sentence) => {
    expect(peopleIn(sentence)).toEqual([]);
  });

  it("keeps a gathering whose name holds a word of office: 'the Tidal CEO Summit'", () => {
    expect(mentionsIn("He spoke at the Tidal CEO Summit in Riga.")[0]).toMatchObject({ kind: "meeting" });
  });
});

describe("findMentions: the body a title names", () => {
  it.each([
    [
      "- Ada Tamm, Representative of Latvia to the 76th Session of the General Assembly of the Tidal Union",
      "General Assembly of the Tidal Union",
    ],
    ["General Tidal Services Administration Administrator Ada Tamm spoke.", "General Tidal Services Administration"],
  ])("finds the body in %j: 'General' as its adjective, the office after its head no part of it", (sentence, body) => {
    expect(mentionsIn(sentence)).toContainEqual(expect.objectContaining({ text: body, kind: "agency", name: body }));
  });

  it("keeps 'General' in the office of 'Secretary General of the Tidal Council'", () => {
    expect(peopleIn("Secretary General of the Tidal Council Ada Tamm spoke.")).toEqual([
      expect.objectContaining({ title: "Secretary General of the Tidal Council", org: "Tidal Council" }),
    ]);
  });

  it.each([
    "The U.S. Mission to the Tidal Council opened.",
    "The Permanent Mission of Latvia to the Tidal Union hosted it.",
  ])("reads a diplomatic mission as a body: %j", (sentence) => {
    expect(mentionsIn(sentence)[0]).toMatchObject({ kind: "agency" });
  });

  it("reads a conservancy as a body: 'Ada Tamm, President of the Tidal Conservancy'", () => {
    expect(mentionsIn("Ada Tamm, President of the Tidal Conservancy, spoke.")).toContainEqual(
      expect.objectContaining({ text: "Tidal Conservancy", kind: "agency" }),
    );
  });

  it("reads a trade mission as no body: 'the Tidal Trade Mission to Latvia'", () => {
    expect(mentionsIn("They welcomed the Tidal Trade Mission to Latvia.")[0]).toMatchObject({ kind: "program" });
  });
});

describe("findMentions: an office and its body, and no person", () => {
  it("finds the body in '… as Chair of the Council of Tidal Advisers', where office-holders end the run", () => {
    const sentence = "The President will nominate Ada Tamm as Chair of the Council of Tidal Advisers.";
    expect(mentionsIn(sentence)).toContainEqual(
      expect.objectContaining({ text: "Council of Tidal Advisers", kind: "agency", name: "Council of Tidal Advisers" }),
    );
    expect(peopleIn(sentence).map((m) => m.name)).not.toContain("Advisers");
  });
});

describe("findMentions: particles inside a person's name", () => {
  it.each([
    ["Prime Minister Ulisses Tamm e Ruiz of the Baltic Republic spoke.", "Ulisses Tamm e Ruiz"],
    ["Minister Ana de la Varga spoke.", "Ana de la Varga"],
  ])("reads %j as one person, %j", (sentence, name) => {
    expect(peopleIn(sentence).map((m) => m.name)).toEqual([name]);
  });
});

describe("findMentions: what is no person's name", () => {
  it.each([
    "Chief Judge Eastern District ruled on the case.",
    "Judge Ninth Circuit said so.",
    "Governor Columbia River Basin was restored.",
    "Chair Finance Ministers spoke.",
    "The Coordinator HIV/AIDS Relief spoke.",
    "She was Co-Chair of the Securities, Capital Markets, and Derivatives Subcommittee; capital markets and a market matter.",
    "The Mayor of New Tallinn spoke.",
    "He was the Executive Director of TDL3 Asia-Pacific, focused on resilience.",
    "The Administrator of the National Tides and Space Administration spoke.",
    "She is Associate General Counsel of the Tidal Workers East, a union.",
    "She is Director of the Tidal Office West.",
    "U.S. Attorney Biographies\n\nShe wrote one biography after another.",
    "She was named Special Envoy to Monitor and\nCombat Anti-Semitism. They monitor and combat hate.",
    "The plant in Queen Creek will open.",
    "She served as President of the Jewish Federation of Greater Tamsalu. It is for the greater good.",
  ])(
    "finds no person in '%s': a place's head, a plural title, an ordinary plural or the rest of a name the title opened is no name",
    (sentence) => {
      expect(peopleIn(sentence)).toEqual([]);
    },
  );

  it("finds no person in a list of peoples: 'Asian American, Native Hawaiian, and Pacific Islander communities'", () => {
    const sentence =
      "Justice for Asian American, Native Hawaiian, and Pacific Islander communities, and Native Texans.";
    expect(peopleIn(sentence)).toEqual([]);
    expect(mentionsIn(sentence)).toContainEqual(
      expect.objectContaining({ text: "Hawaiian", kind: "place", name: "Hawaii", demonym: true }),
    );
    expect(mentionsIn(sentence)).toContainEqual(
      expect.objectContaining({ text: "Texans", name: "Texas", demonym: true }),
    );
  });

  it("reads the body after a name's title as no person: 'Ada Tamm, Co-Founder and President, Voto Tidal'", () => {
    expect(peopleIn("- Ada Tamm, Co-Founder and President, Voto Tidal").map((m) => m.name)).not.toContain("Voto Tidal");
  });

  it("reads a title noun after an honorific as a given name: 'COP28 President Dr. Sultan al-Tamm'", () => {
    expect(peopleIn("COP28 President Dr. Sultan al-Tamm spoke.")).toEqual([
      expect.objectContaining({ name: "Sultan al-Tamm", title: "COP28 President" }),
    ]);
  });

  it("keeps a surname in '-ies' that prose never writes in lowercase: 'Representative Davies'", () => {
    expect(peopleIn("Representative Davies spoke about the policies.")).toEqual([
      expect.objectContaining({ name: "Davies", title: "Representative" }),
    ]);
  });

  it.each(["Pope John Paul II spoke.", "Queen Elizabeth II spoke."])(
    "keeps a regnal number as part of a name: '%s'",
    (sentence) => {
      expect(peopleIn(sentence)).toHaveLength(1);
    },
  );
});

describe("findMentions: reversed appositions", () => {
  it.each<Case>([
    {
      sentence: "The Prime Minister of Canada, John Smith, met the press.",
      finds: [
        {
          text: "John Smith",
          kind: "person",
          name: "John Smith",
          title: "Prime Minister of Canada",
          country: "Canada",
        },
        { text: "Canada", kind: "country", nested: true },
      ],
    },
    {
      sentence: "The President of Mexico, Andrés Manuel López Obrador, met yesterday in Mexico City with a delegation.",
      finds: [
        { text: "Andrés Manuel López Obrador", kind: "person", title: "President of Mexico", country: "Mexico" },
        { text: "Mexico City", kind: "place", name: "Mexico City", country: "Mexico" },
      ],
    },
    {
      sentence: "The Foreign Minister of Australia, Penny Wong, met the press.",
      finds: [{ text: "Penny Wong", kind: "person", title: "Foreign Minister of Australia", country: "Australia" }],
    },
  ])("reads 'The title, Name, …' in $sentence", expectMentions);
});

describe("findMentions: organisations and programmes", () => {
  it.each<Case>([
    {
      sentence: "The U.S. Trade and Development Agency (USTDA) will fund a feasibility study.",
      finds: [
        {
          text: "U.S. Trade and Development Agency",
          kind: "agency",
          name: "U.S. Trade and Development Agency",
          acronym: "USTDA",
          country: "United States",
        },
        { text: "U.S.", kind: "country", name: "United States", nested: true },
      ],
    },
    {
      sentence: "The Inter-American Development Bank (IDB) announced new loans.",
      finds: [{ text: "Inter-American Development Bank", kind: "agency", acronym: "IDB" }],
    },
    {
      sentence: "The Millennium Challenge Corporation (MCC) signed a compact with Kenya.",
      finds: [
        { text: "Millennium Challenge Corporation", kind: "agency", acronym: "MCC" },
        { text: "Kenya", kind: "country", name: "Kenya" },
      ],
    },
    {
      sentence: "The U.S. Agency for International Development (USAID) will provide funding.",
      finds: [{ text: "U.S. Agency for International Development", kind: "agency", acronym: "USAID" }],
    },
    {
      sentence: "The Department of Homeland Security will lead the effort.",
      finds: [{ text: "Department of Homeland Security", kind: "agency", name: "Department of Homeland Security" }],
    },
    {
      sentence: "The Ministry of Foreign Affairs of Japan issued a statement.",
      finds: [
        { text: "Ministry of Foreign Affairs of Japan", kind: "agency" },
        { text: "Japan", kind: "country", nested: true },
      ],
    },
    {
      sentence: "Dr. Anthony Fauci briefed the Cabinet.",
      finds: [{ text: "Cabinet", kind: "agency", name: "Cabinet" }],
    },
    {
      sentence: "The two countries agreed to hold a High-Level Economic Dialogue in September.",
      finds: [{ text: "High-Level Economic Dialogue", kind: "program", name: "High-Level Economic Dialogue" }],
    },
    {
      sentence: "Mexico joined the Global Coalition to Address Synthetic Drug Threats last year.",
      finds: [
        {
          text: "Global Coalition to Address Synthetic Drug Threats",
          kind: "program",
          name: "Global Coalition to Address Synthetic Drug Threats",
        },
      ],
    },
    {
      sentence: "The Partnership for Central America will invest in Honduras.",
      finds: [
        { text: "Partnership for Central America", kind: "program" },
        { text: "Central America", kind: "place", nested: true },
        { text: "Honduras", kind: "country" },
      ],
    },
    {
      sentence: "Kenyan President William Ruto addressed the Summit of the Americas.",
      finds: [{ text: "Summit of the Americas", kind: "meeting" }],
    },
    {
      sentence:
        "The Tidal Conference of Mayors met the Conference of Catholic Bishops at the Conference of the Parties.",
      finds: [
        { text: "Tidal Conference of Mayors", kind: "agency" },
        { text: "Conference of Catholic Bishops", kind: "agency" },
        { text: "Conference of the Parties", kind: "meeting" },
      ],
    },
    {
      sentence: "The Administrative Conference of Estonia advised the Conference on Tidal Power.",
      finds: [
        { text: "Administrative Conference of Estonia", kind: "agency" },
        { text: "Conference on Tidal Power", kind: "meeting" },
      ],
    },
    {
      sentence: "The European Union and the African Union signed a memorandum.",
      finds: [
        { text: "European Union", kind: "agency" },
        { text: "African Union", kind: "agency" },
      ],
    },
    {
      sentence: "She met the Tidal Power Caucus on Monday.",
      finds: [{ text: "Tidal Power Caucus", kind: "agency" }],
    },
    {
      sentence: "Judge Ana Ruiz received her J.D. from Tallinn Law School and her B.A. from Ruritania College.",
      finds: [
        { text: "Ana Ruiz", kind: "person" },
        { text: "Tallinn Law School", kind: "agency" },
        { text: "Ruritania College", kind: "agency" },
      ],
    },
    {
      sentence:
        "The Tidal Collective joined the Coastal Learning and Enrichment Collaborative and the Baltic Vaccine Accelerator.",
      finds: [
        { text: "Tidal Collective", kind: "agency" },
        { text: "Coastal Learning and Enrichment Collaborative", kind: "program" },
        { text: "Baltic Vaccine Accelerator", kind: "program" },
      ],
    },
  ])("reads the organisation in $sentence by its head noun", expectMentions);

  it.each([
    "The President signed an Executive Order today.",
    "The two countries signed a Memorandum of Understanding.",
    "The Task Force met on Monday.",
    "The leaders issued a Joint Statement.",
    "The Federal Government will pay.",
    "The Interagency Working Group met on Monday.",
    "The ministry published a National Action Plan.",
    "The two countries upgraded ties to a Strategic Partnership.",
    "She served on the Board of Directors for a decade.",
    "She chaired the Executive Committee for a decade.",
  ])("finds no entity in '%s': a name of nothing but words of its sort names no one thing", (sentence) => {
    expect(mentionsIn(sentence).filter((m) => m.kind === "agency" || m.kind === "program")).toEqual([]);
  });

  it.each<Case>([
    {
      sentence: "Families enrolled in the Children’s Tidal Insurance Program, as the parents of children hoped.",
      finds: [{ text: "Children’s Tidal Insurance Program", kind: "program" }],
    },
    {
      sentence: "The two leaders launched the Partnership for Workers’ Tidal Rights, which unions of workers welcomed.",
      finds: [{ text: "Partnership for Workers’ Tidal Rights", kind: "program" }],
    },
    {
      sentence:
        "The United States’ Tidal Strategy and the Department of Tidal Services’ Grant Program, as workers hoped.",
      finds: [
        { text: "United States", kind: "country" },
        { text: "Department of Tidal Services", kind: "agency" },
      ],
    },
  ])("keeps an ordinary plural's possessive inside a name, not a body's: $sentence", expectMentions);

  it.each<Case>([
    {
      sentence: "The ministers signed a Memorandum of Understanding on Tidal Power.",
      finds: [{ text: "Memorandum of Understanding on Tidal Power", kind: "program" }],
    },
    {
      sentence: "The Task Force on Tidal Power met on Monday.",
      finds: [{ text: "Task Force on Tidal Power", kind: "agency" }],
    },
  ])("keeps a name whose complement says which one: $sentence", expectMentions);

  it.each<Case>([
    {
      sentence: "This memorandum reaffirms Executive Order 13747 of November 4, 2016.",
      finds: [{ text: "Executive Order 13747", kind: "program", name: "Executive Order 13747" }],
    },
    {
      sentence: "It implements Public Law 117-58, the infrastructure law.",
      finds: [{ text: "Public Law 117-58", kind: "program", name: "Public Law 117-58" }],
    },
  ])("keeps an instrument's number in its name: $sentence", expectMentions);

  it("reads no organisation in an office written in capitals: 'SECRETARY OF THE TREASURY'", () => {
    expect(mentionsIn("SECRETARY OF THE TREASURY").filter((m) => m.kind === "agency")).toEqual([]);
  });

  it("reads 'Name, Inc.' as one company", () => {
    expectMentions({
      sentence: "Tidal Widgets, Inc. and Baltic Shipping, Inc. joined the pledge.",
      finds: [
        { text: "Tidal Widgets, Inc.", kind: "agency" },
        { text: "Baltic Shipping, Inc.", kind: "agency" },
      ],
    });
    expect(mentionsIn("Tidal Widgets, Inc. joined.").map((m) => m.text)).not.toContain("Inc.");
  });

  it("does not read the bracketed acronym as another organisation", () => {
    const found = mentionsIn("The U.S. Trade and Development Agency (USTDA) will fund a feasibility study.");
    expect(found.filter((m) => m.text === "USTDA").every((m) => m.kind === null)).toBe(true);
  });
  it.each([
    { sentence: "Prime Minister Kaja Kallas met the Ministry of Finance in Tallinn.", name: "Ministry of Finance" },
    { sentence: "She studied at Tamsalu University in Ohio.", name: "Tamsalu University" },
  ])("ends a name before the place that locates it: $sentence", ({ sentence, name }) => {
    const found = mentionsIn(sentence);
    expect(found.map((m) => m.text)).toContain(name);
    expect(found.filter((m) => !m.nested && / in /.test(m.text))).toEqual([]);
  });

  it.each([
    "He taught at the American University in Cairo.",
    "The U.S. Embassy in Riga opened.",
    "The Embassy of Latvia in Tallinn opened.",
    "He joined the Advisory Council on Doing Business in Africa.",
    "They attended the Baltic Leaders Summit in Riga.",
  ])("keeps a place that tells one body or gathering from another, or belongs to its topic: %j", (sentence) => {
    expect(mentionsIn(sentence).some((m) => / in /.test(m.text))).toBe(true);
  });
});

describe("findMentions: countries, demonyms and places", () => {
  it.each<Case>([
    {
      sentence: "The joint initiative for Cubans, Haitians, Nicaraguans and Venezuelans continues.",
      finds: [
        { text: "Cubans", kind: "country", name: "Cuba", demonym: true },
        { text: "Haitians", kind: "country", name: "Haiti", demonym: true },
        { text: "Nicaraguans", kind: "country", name: "Nicaragua", demonym: true },
        { text: "Venezuelans", kind: "country", name: "Venezuela", demonym: true },
      ],
    },
    {
      sentence: "Guatemalans and Hondurans continue to migrate.",
      finds: [
        { text: "Guatemalans", kind: "country", name: "Guatemala", demonym: true },
        { text: "Hondurans", kind: "country", name: "Honduras", demonym: true },
      ],
    },
    {
      sentence: "The leaders met in Mexico City.",
      finds: [{ text: "Mexico City", kind: "place", name: "Mexico City", country: "Mexico" }],
    },
    {
      sentence: "The leaders will meet with officials of the Republic of Korea.",
      finds: [{ text: "Republic of Korea", kind: "country", name: "South Korea" }],
    },
    {
      sentence: "They will promote development in southern Mexico and beyond.",
      finds: [
        { text: "southern Mexico", kind: "place", name: "Southern Mexico", country: "Mexico" },
        { text: "Mexico", kind: "country", nested: true },
      ],
    },
    {
      sentence: "Secretary Mayorkas visited northern Mexico.",
      finds: [{ text: "northern Mexico", kind: "place", name: "Northern Mexico", country: "Mexico" }],
    },
    {
      sentence: "President Joseph R. Biden, Jr. met today with his counterpart in San Francisco, California.",
      finds: [
        { text: "San Francisco", kind: "place", name: "San Francisco", country: "United States" },
        { text: "California", kind: "place", name: "California", country: "United States" },
      ],
    },
    {
      sentence: "They met in Lagos, Nigeria on Tuesday.",
      finds: [
        { text: "Lagos", kind: "place", name: "Lagos", country: "Nigeria" },
        { text: "Nigeria", kind: "country", name: "Nigeria" },
      ],
    },
    {
      sentence: "The meeting took place in Paris, France.",
      finds: [
        { text: "Paris", kind: "place", name: "Paris", country: "France" },
        { text: "France", kind: "country", name: "France" },
      ],
    },
    {
      sentence: "The minister met officials of the People’s Republic of China in Paris.",
      finds: [
        { text: "People’s Republic of China", kind: "country", name: "China" },
        { text: "Paris", kind: "place", name: "Paris" },
      ],
    },
    {
      sentence: "Turkish and Dominican officials met in Türkiye.",
      finds: [
        { text: "Turkish", kind: "country", name: "Türkiye", demonym: true },
        { text: "Dominican", kind: "country", name: "Dominican Republic", demonym: true },
        { text: "Türkiye", kind: "country", name: "Türkiye" },
      ],
    },
    {
      sentence: "The programme now reaches schools in Côte d’Ivoire and Ghana.",
      finds: [
        { text: "Côte d’Ivoire", kind: "country", name: "Ivory Coast" },
        { text: "Ghana", kind: "country", name: "Ghana" },
      ],
    },
    {
      sentence: "French and Norwegian officials met the Dutch delegation.",
      finds: [
        { text: "French", kind: "country", name: "France", demonym: true },
        { text: "Norwegian", kind: "country", name: "Norway", demonym: true },
        { text: "Dutch", kind: "country", name: "Netherlands", demonym: true },
      ],
    },
    {
      sentence: "Relief reached the U.S. Virgin Islands, Puerto Rico and the Holy See's mission in the Virgin Islands.",
      finds: [
        { text: "U.S. Virgin Islands", kind: "country", name: "United States Virgin Islands" },
        { text: "Holy See", kind: "country", name: "Vatican City" },
        { text: "Virgin Islands", kind: "country", name: "United States Virgin Islands" },
      ],
    },
  ])("reads the places in $sentence", expectMentions);

  it.each([
    "The Bureau of Indian Affairs will build housing in Indian Country.",
    "Scholarships go to American Indian and Alaska Native students and to Indian tribes.",
    "The fleet sailed across the Indian Ocean.",
  ])("reads no India in a phrase where 'Indian' names Native Americans or a sea: %j", (sentence) => {
    expect(mentionsIn(sentence).filter((m) => m.kind === "country" && m.name === "India")).toEqual([]);
  });

  it.each([
    ["The grants serve Latvian American and Estonian Americans families.", ["Latvia", "Estonia"]],
    ["The museum honours Asian American artists.", ["Asia"]],
  ])("reads Americans of an origin, not its country or region, in %j", (sentence, origins) => {
    const names = mentionsIn(sentence).map((m) => m.name);
    for (const origin of origins) expect(names).not.toContain(origin);
    expect(names).toContain("United States");
  });

  it("still reads the country of 'Latvian and American officials'", () => {
    expect(mentionsIn("Latvian and American officials met.").map((m) => m.name)).toEqual(["Latvia", "United States"]);
  });

  it("still reads India in 'the Indian Prime Minister'", () => {
    expect(mentionsIn("The Indian Prime Minister spoke today.")).toContainEqual(
      expect.objectContaining({ text: "Indian", kind: "country", name: "India", demonym: true }),
    );
  });
});

describe("findMentions: a titled person, then the body they serve on", () => {
  // "northern" is an ordinary word of this corpus, as it is of most: the court's name must not end before it.
  const CORPUS = { "other.txt": "Storms hit the northern coast." };

  it("finds the judge and the court's whole name, without its article", () => {
    const [doc] = mentionFixture({
      "bio.txt":
        "She clerked for Judge Ada Tamm on the Tidal District Court for the Northern District of Tallinn from 2004 to 2005.",
      ...CORPUS,
    });
    const names = doc.mentions.map((m) => [m.name, m.kind]);
    expect(names).toContainEqual(["Ada Tamm", "person"]);
    expect(names).toContainEqual(["Tidal District Court for the Northern District of Tallinn", "agency"]);
  });

  it.each([
    "He clerked for Judge Ada Tamm of the Tidal Court of Appeals for the Second Circuit.",
    "He clerked for Judge Ada Tamm of the Tidal Court of Appeals for the Second Circuit and then taught.",
  ])("reads the head of a jurisdiction as no name, finding the judge and the whole court: %j", (sentence) => {
    const found = mentionsIn(sentence).map((m) => [m.name, m.kind, m.title]);
    expect(found).toContainEqual(["Ada Tamm", "person", "Judge"]);
    expect(found).toContainEqual(["Tidal Court of Appeals for the Second Circuit", "agency", undefined]);
  });

  it("reads each of two titled people joined by 'and to' or 'and for' with their own title", () => {
    const sentence =
      "He clerked for Justice Bo Ruiz of the Tidal Supreme Court and to Judge Ada Tamm of the Tidal Court of Appeals.";
    expect(peopleIn(sentence).map((m) => [m.name, m.title])).toEqual([
      ["Bo Ruiz", "Justice"],
      ["Ada Tamm", "Judge"],
    ]);
  });
});

describe("findMentions: a place's name after a title", () => {
  it("reads the word after 'Los', 'San' or 'Saint' as the rest of a place's name, not a person's: 'Mayor of Los Ruiz'", () => {
    const [doc] = mentionFixture({
      "a.txt": "Ada Tamm has been the Mayor of the City of Los Ruiz since 2013, and the Consul in San Varga.",
      "b.txt": "They sang de los ríos y los mares, san juan.",
    });
    expect(doc.mentions.filter((m) => m.kind === "person")).toEqual([]);
  });
});

describe("findMentions: honours", () => {
  it.each([
    "His awards include the Office of the Secretary of Defense Medal for Exceptional Service.",
    "She received the Office of the Secretary of State Award for Excellence in 2004.",
  ])("reads no person in the name of a medal or an award: %j", (sentence) => {
    expect(peopleIn(sentence)).toEqual([]);
  });
});

describe("findMentions: a surname with its lowercase Arabic article", () => {
  it("reads 'Prime Minister Ada\u00a0al-Tamm' whole, not the given name alone", () => {
    expect(peopleIn("He met Prime Minister Ada\u00a0al-Tamm and Speaker Bo Ruiz.").map((m) => m.name)).toEqual([
      "Ada al-Tamm",
      "Bo Ruiz",
    ]);
  });
});

describe("findMentions: a body's district", () => {
  it("reads the district of a body as the body: 'the Tidal Community College District'", () => {
    expect(mentionsIn("The Tidal Community College District hired Ada Tamm.")).toContainEqual(
      expect.objectContaining({ name: "Tidal Community College District", kind: "agency" }),
    );
  });

  it.each(["Ada Tamm represents the Tidal House District.", "Ada Tamm represents Senate District 12 today."])(
    "reads the district of a house of a legislature as no body: %j",
    (sentence) => {
      expect(mentionsIn(sentence).filter((m) => m.kind === "agency")).toEqual([]);
    },
  );
});

describe("findMentions: the body a title names before the person", () => {
  it.each([
    {
      sentence: "Deputy Secretary of the U.S. Department of the Treasury Ada Tamm met Minister Ruiz.",
      org: "U.S. Department of the Treasury",
    },
    { sentence: "Administrator of the Tidal Energy Agency Ada Tamm spoke in Tallinn.", org: "Tidal Energy Agency" },
  ])("gives the person of '$sentence' the body $org", ({ sentence, org }) => {
    expect(peopleIn(sentence)).toContainEqual(expect.objectContaining({ name: "Ada Tamm", org }));
  });

  it("keeps a body's name whole across 'and' between ordinary words", () => {
    const [doc] = mentionFixture({
      "bio.txt": "Ada Tamm, Chair of the Coastal Safety and Health Commission, spoke in Tallinn.",
      "other.txt": "The coastal towns need safety and health services.",
    });
    expect(doc.mentions).toContainEqual(
      expect.objectContaining({ name: "Ada Tamm", org: "Coastal Safety and Health Commission" }),
    );
  });

  it.each([
    [
      "Ada Tamm, Executive Director, Tidal Rights Education & Defense Fund, spoke.",
      "Tidal Rights Education & Defense Fund",
    ],
    [
      "Ada Tamm, President, TIDES Legal Defense and Educational Fund, spoke.",
      "TIDES Legal Defense and Educational Fund",
    ],
  ])("keeps a body's name whole across '&', and across 'and' after an acronym: %j", (sentence, org) => {
    const [doc] = mentionFixture({
      "bio.txt": sentence,
      "other.txt": "They need legal defense, rights education and educational help.",
    });
    expect(doc.mentions).toContainEqual(expect.objectContaining({ name: "Ada Tamm", org }));
  });

  it.each([
    ["Today, Senate Tidal Security Committee Chairman Ada Tamm spoke.", "Senate Tidal Security Committee"],
    [
      "Today, Senate Tidal Security & Coastal Affairs Committee Chairman Ada Tamm spoke.",
      "Senate Tidal Security & Coastal Affairs Committee",
    ],
  ])("reads a body before a title to its last head noun, past words that may open a title: %j", (sentence, org) => {
    expect(peopleIn(sentence)).toEqual([expect.objectContaining({ name: "Ada Tamm", org })]);
  });

  it("still reads two names joined by '&' with no head noun after it as two: 'Ada Tamm & Bo Ruiz'", () => {
    expect(mentionsIn("Ada Tamm & Bo Ruiz signed.").map((m) => m.name)).toEqual(["Ada Tamm", "Bo Ruiz"]);
  });

  it("binds no body that runs into the next person's title ('… Office of Tides Mayor Ada Tamm')", () => {
    const [person] = peopleIn("Director of the Office of Coastal Outreach Mayor Ada Tamm spoke in Tallinn.");
    expect(person).toMatchObject({ name: "Ada Tamm" });
    expect(person.org ?? "").not.toMatch(/Mayor$/);
  });

  it("gives a person posted to a body the body's country, not the body", () => {
    const [person] = peopleIn("Representative of Estonia to the Nordic Council Ada Tamm spoke in Tallinn.");
    expect(person).toMatchObject({ name: "Ada Tamm" });
    expect(person.org).toBeUndefined();
  });
});

describe("findMentions: a series inside a body's name", () => {
  // The series' words are ordinary words of the corpus, written in lowercase elsewhere.
  const CORPUS = { "other.txt": "Rules on salt, timber and peat, banking, housing and coastal affairs." };
  const namesIn = (sentence: string) => mentionFixture({ "a.txt": sentence, ...CORPUS })[0].mentions.map((m) => m.name);

  it.each([
    ["The Bureau of Salt, Timber, Peat and Explosives issued a rule.", "Bureau of Salt, Timber, Peat and Explosives"],
    [
      "She chairs the Committee on Banking, Housing, and Coastal Affairs today.",
      "Committee on Banking, Housing, and Coastal Affairs",
    ],
    ["The Nutrition Program for Salt, Timber, and Peat will grow.", "Nutrition Program for Salt, Timber, and Peat"],
    ["She co-chairs the Council on Salt, Timber, & Peat.", "Council on Salt, Timber, & Peat"],
    [
      "DOE will launch the Initiative for Better Salt, Timber, and Peat.",
      "Initiative for Better Salt, Timber, and Peat",
    ],
    [
      "They will launch the Regional Plan of Action on Salt, Timber, and Peat.",
      "Regional Plan of Action on Salt, Timber, and Peat",
    ],
    [
      "Ministries launched the Horizons in Computing for Salt, Timber, and Peat (HCSTP) roadmap.",
      "Horizons in Computing for Salt, Timber, and Peat",
    ],
  ])("keeps %j whole", (sentence, name) => {
    expect(namesIn(sentence)).toContain(name);
  });

  it("keeps a series apart from a name without a head noun where no acronym spells them together", () => {
    const names = namesIn("Ministries launched the Horizons in Computing for Salt, Timber, and Peat (HCS) roadmap.");
    expect(names).not.toContain("Horizons in Computing for Salt, Timber, and Peat");
  });

  it("keeps a list of bodies apart: 'the Department of Tides, USOCM, and the Glacier Council'", () => {
    const names = namesIn("The Department of Tides, USOCM, and the Glacier Council will help.");
    expect(names).toEqual(expect.arrayContaining(["Department of Tides", "Glacier Council"]));
  });
});

describe("findMentions: 'in the' after a body's head noun", () => {
  it.each([
    [
      "They invested $9 billion from the Tidal Rescue Plan in the Elementary School Relief Fund.",
      ["Tidal Rescue Plan", "Elementary School Relief Fund"],
    ],
    ["She joined the Climate Office in the Tidal House.", ["Climate Office", "Tidal House"]],
  ])("reads %j as two names", (sentence, names) => {
    expect(mentionsIn(sentence).map((m) => m.text)).toEqual(expect.arrayContaining(names));
  });

  it("keeps a place after 'in the' in the name where it locates a gathering: 'the Tidal Summit in the Baltic States'", () => {
    expect(mentionsIn("They met at the Tidal Summit in the Baltic States.")[0]).toMatchObject({
      text: "Tidal Summit in the Baltic States",
    });
  });
});

describe("findMentions: two bodies joined by 'and'", () => {
  const namesIn = (sentence: string) => mentionFixture({ "a.txt": sentence })[0].mentions.map((m) => m.name);

  it.each([
    ["USOCM and the Department of Tides will host the meeting.", ["USOCM", "Department of Tides"]],
    ["USOCM and U.S. Glacier Council staff will host the meeting.", ["USOCM", "U.S. Glacier Council"]],
    [
      "Medicaid and the Tidal Health Insurance Program cover the costs.",
      ["Medicaid", "Tidal Health Insurance Program"],
    ],
    [
      "The Department of Tides and U.S. Agency for Coastal Mapping will help.",
      ["Department of Tides", "U.S. Agency for Coastal Mapping"],
    ],
    ["The Department of Tides and the Glacier Council (DTGC) met.", ["Department of Tides", "Glacier Council"]],
    // A country's body after "and" ends the name before it, whatever that name is.
    ["Today, TidalCorps and U.S. Coastal Service launched it.", ["TidalCorps", "U.S. Coastal Service"]],
    ["The Office of Tides and the U.S. Coastal Service will help.", ["Office of Tides", "U.S. Coastal Service"]],
    ["The Department of Tides and U.S. CMA signed it.", ["Department of Tides"]],
    ["The Department of the Tides and the TRS will help.", ["Department of the Tides", "TRS"]],
    // A gathering's head noun before "of", and a body of its own after "and the".
    [
      "The Tidal Conference of Mayors and the Baltic League launched it.",
      ["Tidal Conference of Mayors", "Baltic League"],
    ],
  ])("reads %j as two names", (sentence, names) => {
    const found = namesIn(sentence);
    expect(found).toEqual(expect.arrayContaining(names));
    expect(found.some((n) => / and /.test(n))).toBe(false);
  });

  it.each([
    ["The Committee on the Arts and the Humanities met.", "Committee on the Arts and the Humanities"],
    ["The Trade and Shipping Agency met.", "Trade and Shipping Agency"],
    ["The Department of Parks and Coastal Services met.", "Department of Parks and Coastal Services"],
    ["The TIDES and Science Act passed.", "TIDES and Science Act"],
    // A preposition in Title Case is a preposition still.
    ["The Centers For Tides & Coastal Services met.", "Centers For Tides & Coastal Services"],
    // An adjective of origin after "and" is no country's body; nor is a country and words without a head noun.
    ["The Office of Public and Latvian Housing met.", "Office of Public and Latvian Housing"],
    [
      "The Executive Order on Tidal Manufacturing and United States Jobs was signed.",
      "Executive Order on Tidal Manufacturing and United States Jobs",
    ],
    // Words that may open a title ("Trade Minister …") open a programme's name when its head noun follows them.
    ["The Tidal Science and Trade Initiative grew.", "Tidal Science and Trade Initiative"],
    // A title noun that ends the run has no name after it.
    ["The Tamm Center on Faith and Justice met.", "Tamm Center on Faith and Justice"],
    // A programme's head noun alone before "and" is a given name.
    ["The Bill and Ada Tamm Foundation will give $5 million.", "Bill and Ada Tamm Foundation"],
  ])("keeps %j one name", (sentence, name) => {
    expect(namesIn(sentence)).toContain(name);
  });
});

describe("findMentions: a person, then 'and' and a country's body", () => {
  it("finds the person, the body and the person behind the body's title", () => {
    const names = mentionFixture({
      "a.txt": "First Lady Ada Tamm and U.S. Department of Tides Secretary Bo Ruiz visited.",
    })[0].mentions;
    expect(names.filter((m) => m.kind === "person").map((m) => m.name)).toEqual(["Ada Tamm", "Bo Ruiz"]);
    expect(names.map((m) => m.name)).toContain("U.S. Department of Tides");
  });
});

describe("findMentions: 'with' inside the name of a law or a body", () => {
  const namesIn = (sentence: string) => mentionFixture({ "a.txt": sentence })[0].mentions.map((m) => m.name);

  it.each([
    ["The Estonians with Disabilities Act turned 33 today.", "Estonians with Disabilities Act"],
    [
      "The Individuals with Tidal Disabilities Education Act was renewed.",
      "Individuals with Tidal Disabilities Education Act",
    ],
    [
      "The Baltic Dialogue on the Rights of Persons with Disabilities met in Tallinn.",
      "Baltic Dialogue on the Rights of Persons with Disabilities",
    ],
  ])("keeps %j whole", (sentence, name) => {
    expect(namesIn(sentence)).toContain(name);
  });

  it.each(["The Meeting with Glacier Council staff went well.", "Estonians with Disabilities deserve access."])(
    "joins nothing across 'with' in %j",
    (sentence) => {
      expect(namesIn(sentence).some((n) => / with /.test(n))).toBe(false);
    },
  );
});

describe("findMentions: a name an acronym spells across a lowercase word", () => {
  it.each([
    [
      "USAID launched the Tidal Transparency through Coastal Reporting (TTCR) program.",
      { text: "Tidal Transparency through Coastal Reporting", kind: "program", acronym: "TTCR" },
    ],
    [
      "The Tidal Transformation with Latvia (TTL) initiative grew.",
      { text: "Tidal Transformation with Latvia", kind: "program", acronym: "TTL" },
    ],
    [
      "Ana Ruiz chairs the Tidal Black College or University (TBCU) board.",
      { text: "Tidal Black College or University", acronym: "TBCU" },
    ],
  ])("reads one name in %j", (sentence, found) => {
    expect(mentionsIn(sentence)).toContainEqual(expect.objectContaining(found));
  });

  it.each(["Ada Tamm met with Bo Ruiz (BR) today.", "The Council met with Tidal Reporting (TR) staff."])(
    "joins no names the acronym does not spell across the word: %j",
    (sentence) => {
      expect(mentionsIn(sentence).some((m) => / with /.test(m.text))).toBe(false);
    },
  );
});

describe("findMentions: an acronym between a name's words and its head noun", () => {
  it.each([
    [
      "The Tidal Equity, Access, and Deployment (TEAD) Program will connect homes.",
      {
        text: "Tidal Equity, Access, and Deployment (TEAD) Program",
        kind: "program",
        name: "Tidal Equity, Access, and Deployment Program",
      },
    ],
    [
      "She met him at the Baltic-Nordic Tidal Cooperation (BNTC) Leaders Meeting in Riga.",
      {
        text: "Baltic-Nordic Tidal Cooperation (BNTC) Leaders Meeting",
        kind: "meeting",
        name: "Baltic-Nordic Tidal Cooperation Leaders Meeting",
      },
    ],
  ])("reads one name in %j, its acronym defining none of it", (sentence, found) => {
    const mentions = mentionsIn(sentence);
    expect(mentions).toContainEqual(expect.objectContaining({ ...found, acronym: undefined }));
    expect(mentions.map((m) => m.name)).not.toContain(found.text.match(/\((\w+)\)/)![1]);
  });

  it("still reads the place after the head: 'Leaders Meeting in Riga'", () => {
    expect(
      mentionsIn("She met him at the Baltic-Nordic Tidal Cooperation (BNTC) Leaders Meeting in Riga."),
    ).toContainEqual(expect.objectContaining({ text: "Riga", kind: "place" }));
  });

  it.each([
    "Ada Tamm of the National Tidal Board (NTB) Program Office spoke.",
    "The Coastal Housing and Tidal Development (CHTD) Federal Housing Administration spoke.",
  ])("joins no body of its own to the words after its acronym: %j", (sentence) => {
    expect(mentionsIn(sentence).some((m) => /\(/.test(m.text))).toBe(false);
  });
});

describe("findMentions: a city's name and a solicitor's office are no person's name", () => {
  it.each([
    ["In government, Ada Tamm served as Chief Deputy City Solicitor for the City of Tartu.", "Solicitor"],
    ["Oregon City, OR Mayor Bo Ruiz spoke today.", "Oregon City"],
  ])("reads no person in %j", (sentence, words) => {
    const people = mentionsIn(sentence).filter((m) => m.kind === "person");
    expect(people.some((m) => m.name.includes(words))).toBe(false);
  });
});

describe("findMentions: a body without a head noun", () => {
  it("finds a subcommittee as a body", () => {
    expect(mentionsIn("The Glacier Subcommittee met in Tallinn.")).toContainEqual(
      expect.objectContaining({ text: "Glacier Subcommittee", kind: "agency" }),
    );
  });

  it("finds the United Nations as a body", () => {
    expect(mentionsIn("The United Nations opened a mission in Tallinn.")).toContainEqual(
      expect.objectContaining({ text: "United Nations", kind: "agency" }),
    );
  });

  it("takes 'the' and a country before capitalised words for a body of that country: 'the U.S. Coastal Survey'", () => {
    expect(mentionsIn("Maps came from the U.S. Coastal Survey today.")).toContainEqual(
      expect.objectContaining({ text: "U.S. Coastal Survey", kind: "agency", country: "United States" }),
    );
  });

  it.each([
    "U.S. Gross Domestic Product grew by two percent.",
    "Officials praised U.S. Open Radio Networks in Tallinn.",
  ])("takes a country before capitalised words without 'the' for no body: %j", (sentence) => {
    expect(mentionsIn(sentence).filter((m) => m.kind === "agency")).toEqual([]);
  });
});

describe("findMentions: a verb before a name", () => {
  it.each([
    {
      sentence: "Re-establishing the Interagency Working Group on Tidal Costs",
      name: "Interagency Working Group on Tidal Costs",
    },
    {
      sentence: "Restarting the Glacier Family Reunification Parole Program.",
      name: "Glacier Family Reunification Parole Program",
    },
    {
      sentence: "Secretary Tamm announced Expanding the Tallinn Clean Energy Initiative.",
      name: "Tallinn Clean Energy Initiative",
    },
    { sentence: "Invoking a Tidal Production Act", name: "Tidal Production Act" },
  ])("leaves the verb out of the name in $sentence", ({ sentence, name }) => {
    const found = mentionsIn(sentence).map((m) => m.text);
    expect(found).toContain(name);
    expect(found.filter((text) => /ing (?:the|a) /.test(text))).toEqual([]);
  });

  it("keeps a name in -ing after an article: 'at the Reaching the Baltic Shore Forum'", () => {
    expect(mentionsIn("She spoke at the Reaching the Baltic Shore Forum on Friday.").map((m) => m.text)).toContain(
      "Reaching the Baltic Shore Forum",
    );
  });

  it("keeps a name that opens with a word in -ing and no article after it", () => {
    expect(mentionsIn("Joining Forces is an initiative of the First Lady.").map((m) => m.text)).toContain(
      "Joining Forces",
    );
  });
});

describe("findMentions: ordinary words", () => {
  it.each([
    "The leaders met today.",
    "Both countries reaffirmed their commitments.",
    "They discussed trade. The President thanked them.",
  ])("finds nothing in %j", (sentence) => {
    expect(mentionsIn(sentence)).toEqual([]);
  });

  it("gives offsets that point at the mention's text", () => {
    const sentence = "In Tallinn, Prime Minister Kaja Kallas of Estonia met the Ministry of Finance.";
    expect(mentionsIn(sentence).map((m) => m.text)).toEqual([
      "Tallinn",
      "Kaja Kallas",
      "Estonia",
      "Ministry of Finance",
    ]);
  });
});

describe("findMentions: a country and capitalised words after 'the'", () => {
  it("reads a body whose words also open titles ('International', 'Finance') as a body of that country", () => {
    expect(mentionsIn("We thank the U.S. International Tidal Finance Cooperation.")).toContainEqual(
      expect.objectContaining({
        text: "U.S. International Tidal Finance Cooperation",
        kind: "agency",
        country: "United States",
      }),
    );
  });

  it.each([
    "We thank the U.S. Finance Minister Ada Tamm.",
    "Estonia thanked the United States on the Glacier Council.",
  ])("reads no body of the country in '%s': a title, or a country 'on' something", (sentence) => {
    const bodies = mentionsIn(sentence).filter((m) => m.kind === "agency" && m.country === "United States");
    expect(bodies.map((m) => m.text)).not.toContainEqual(expect.stringMatching(/^(?:U\.S\.|United States) /));
  });
});

describe("findMentions: a name that 'who' follows", () => {
  it.each([
    ["The council thanked Secretary Ana Ruiz and Tomas Varga, who heads the Glacier Office.", "Tomas Varga"],
    ["It was Ada Maren Tamm who founded the society.", "Ada Maren Tamm"],
  ])("reads the untitled name in '%s' as a person", (sentence, name) => {
    expect(peopleIn(sentence).map((m) => m.name)).toContain(name);
  });

  it.each([
    "The bank thanked Tidal Loans and Harbor Mac, who have financed the homes.",
    "The king thanked the Royal Family, who stood by him and his family.",
    "The vote split Congressional Republicans, who opposed the bill.",
  ])("reads no person in '%s': a list, an ordinary word or a plural before 'who'", (sentence) => {
    expect(peopleIn(sentence)).toEqual([]);
  });
});

describe("findMentions: a quoted nickname inside a name", () => {
  it.each([
    ["Estonia’s Minister of Defense Ada “Adi” Tamm spoke on Monday.", "Ada “Adi” Tamm", "Ada Tamm"],
    ['Senator Tomas "Tom" Varga spoke.', 'Tomas "Tom" Varga', "Tomas Varga"],
  ])("reads '%s' as one person, named without the nickname", (sentence, text, name) => {
    expect(peopleIn(sentence)).toEqual([expect.objectContaining({ text, name })]);
  });
});

describe("findMentions: a country's government", () => {
  it.each([
    ["The U.S. Government will provide aid.", "U.S. Government", "United States"],
    ["She thanked the Government of the Republic of Estonia.", "Government of the Republic of Estonia", "Estonia"],
    ["The Australian Government will host it.", "Australian Government", "Australia"],
    ["The U.S. Federal Government will act.", "U.S. Federal Government", "United States"],
  ])("reads '%s' as the country itself, not a body of it", (sentence, text, name) => {
    const found = mentionsIn(sentence);
    expect(found).toContainEqual(expect.objectContaining({ text, kind: "country", name, demonym: false }));
    expect(found.filter((m) => m.kind === "agency")).toEqual([]);
  });

  it("keeps a region's government a body: 'the Tidal Regional Government'", () => {
    expect(mentionsIn("The Tidal Regional Government met.")).toContainEqual(
      expect.objectContaining({ text: "Tidal Regional Government", kind: "agency" }),
    );
  });
});

describe("findMentions: gatherings", () => {
  const sentence =
    "The annual climate talks began in june. They met at the Annual Meeting, the Climate Summit, the June Summit, " +
    "the Tidal Summit, the EU Summit and the Summit for Climate.";

  it.each(["Annual Meeting", "Climate Summit", "June Summit"])(
    "reads no gathering in '%s': one ordinary word before its head names no one event",
    (text) => {
      expect(mentionsIn(sentence).map((m) => m.text)).not.toContain(text);
    },
  );

  it.each(["Tidal Summit", "EU Summit", "Summit for Climate"])("still reads '%s' as a gathering", (text) => {
    expect(mentionsIn(sentence)).toContainEqual(expect.objectContaining({ text, kind: "meeting" }));
  });
});

describe("findMentions: a country at the end of a company's name", () => {
  it("reads 'Acme Tides Estonia is investing' as no act of Estonia: the country is nested in the name", () => {
    expect(mentionsIn("Acme Tides Estonia is investing $3 million in Riga.")).toContainEqual(
      expect.objectContaining({ text: "Estonia", kind: "country", nested: true }),
    );
  });

  it("keeps a country after a place, a title or a list its own: 'in Tallinn Estonia', 'Kenya Ghana and Nigeria'", () => {
    for (const sentence of ["He arrived in Tallinn Estonia today.", "The visit to Kenya Ghana and Nigeria ended."])
      for (const m of mentionsIn(sentence).filter((x) => x.kind === "country")) expect(m.nested).toBe(false);
  });
});

describe("findMentions: a month before a name", () => {
  it.each([
    { sentence: "In April the Bureau of Tidal Management issued rules.", text: "Bureau of Tidal Management" },
    {
      sentence: "They attended the March Baltic Strategic Consultative Group meeting.",
      text: "Baltic Strategic Consultative Group",
    },
    { sentence: "They met at the September Tidal Leaders Summit.", text: "Tidal Leaders Summit" },
  ])("dates, and is no part of, the name in $sentence", ({ sentence, text }) => {
    const found = mentionsIn(sentence).map((m) => m.text);
    expect(found).toContain(text);
    expect(found.filter((t) => /^(?:April|March|September)\b/.test(t))).toEqual([]);
  });
});

describe("findMentions: an acronym in brackets that spells a name with 'and'", () => {
  it.each([
    [
      "NOAA launched the Greenhouse Gas and Air Pollutants Emissions System (GRAAPES) in 2023.",
      "Greenhouse Gas and Air Pollutants Emissions System",
    ],
    [
      "They launched the Tidal Democratic and Political Transitions (TDAPT) initiative.",
      "Tidal Democratic and Political Transitions",
    ],
  ])("keeps %j whole", (sentence, name) => {
    expect(mentionsIn(sentence).map((m) => m.text)).toContain(name);
  });
});

describe("findMentions: the first words of a title", () => {
  // "new" and "los" are ordinary words of this corpus, as "new" is of any.
  const CORPUS = { "other.txt": "A new plan. The los tidales are waves." };
  const peopleOf = (sentence: string) =>
    mentionFixture({ "a.txt": sentence, ...CORPUS })[0].mentions.filter((m) => m.kind === "person");

  it.each([
    { sentence: "**Los Tidales Mayor Ada Tamm**: “We are ready.”", title: "Los Tidales Mayor" },
    { sentence: "**New Mexico Senator Ada Tamm**: “We are ready.”", title: "New Mexico Senator" },
    { sentence: "New Jersey Congressman Juris Ozols spoke.", title: "New Jersey Congressman" },
  ])("keeps a particle or a place's first word that opens it: $sentence", ({ sentence, title }) => {
    expect(peopleOf(sentence)).toEqual([expect.objectContaining({ title })]);
  });

  it.each(["They attended the Presidential Inauguration of His Excellency Ada Tamm.", "- **Ada Tamm, Nominee for**"])(
    "gives no title that ends in 'of' or 'for', cut short: %j",
    (sentence) => {
      const [person] = peopleIn(sentence);
      expect(person).toMatchObject({ name: "Ada Tamm" });
      expect(person.title).toBeUndefined();
    },
  );
});

describe("findMentions: observances", () => {
  const CORPUS = { "other.txt": "The refugee came by chance. A second try." };
  const peopleOf = (sentence: string) =>
    mentionFixture({ "a.txt": sentence, ...CORPUS })[0].mentions.filter((m) => m.kind === "person");

  it.each([
    "This World Refugee Day, Secretary of State Ada Tamm and Secretary of Education Juris Ozols [sent a letter] to colleges.",
    "This Second Chance Month, Secretary of State Ada Tamm and Secretary of Education Juris Ozols [sent a letter] to colleges.",
  ])("reads no person in an observance: %j", (sentence) => {
    expect(peopleOf(sentence).map((m) => m.name)).not.toContainEqual(expect.stringMatching(/Day|Month|Week/));
  });

  it("still reads a person whose surname is Day: 'Judge Thomas G. Day spoke.'", () => {
    expect(peopleOf("Judge Thomas G. Day spoke.").map((m) => m.name)).toEqual(["Thomas G. Day"]);
  });
});

describe("findMentions: 'Senior' before a body's staff", () => {
  it("reads the body, not 'Senior …', in 'Senior Tidal House officials met the press.'", () => {
    expect(mentionsIn("Senior Tidal House officials met the press.").map((m) => m.text)).toEqual(["Tidal House"]);
  });

  it.each(["The Senior Tidal Service grew.", "Senior Tidal Service members met the press."])(
    "keeps 'Senior' in a body's own name: %j",
    (sentence) => {
      expect(mentionsIn(sentence).map((m) => m.text)).toContain("Senior Tidal Service");
    },
  );
});

describe("findMentions: a town's name as a given name", () => {
  it.each([
    { sentence: "Today, Second Gentleman Douglas Tamm spoke.", name: "Douglas Tamm", title: "Second Gentleman" },
    { sentence: "Under Secretary Victoria Ruiz spoke.", name: "Victoria Ruiz", title: "Under Secretary" },
    // A town's name as a middle name, between the given name and the surname.
    { sentence: "Professor Ada Hamilton Tamm II spoke.", name: "Ada Hamilton Tamm II", title: "Professor" },
    { sentence: "Professor Ada Hamilton Tamm spoke.", name: "Ada Hamilton Tamm", title: "Professor" },
  ])("reads $name behind '$title'", ({ sentence, name, title }) => {
    expect(peopleIn(sentence)).toEqual([expect.objectContaining({ name, title })]);
    expect(mentionsIn(sentence).filter((m) => m.kind === "place")).toEqual([]);
  });

  it("reads a region's name that ends a title as the title's, not as a middle name: 'Coordinator for North Africa …'", () => {
    expect(peopleIn("The Coordinator for the Middle East and North Africa Ada Tamm spoke.")).toEqual([
      expect.objectContaining({ name: "Ada Tamm", title: "Coordinator for the Middle East and North Africa" }),
    ]);
  });

  it.each(["Douglas L. Tamm, of Riga, to be an Assistant Secretary of Labor.", "Yesterday Douglas Tamm spoke."])(
    "reads no town in an untitled name it opens: %j",
    (sentence) => {
      const found = mentionsIn(sentence);
      expect(found.filter((m) => m.text === "Douglas")).toEqual([]);
      expect(found.map((m) => m.text)).toContainEqual(expect.stringMatching(/^Douglas (?:L\. )?Tamm$/));
    },
  );

  it.each(["They met Pacific Islander leaders.", "The Paris Agreement entered into force."])(
    "still reads a region or a town before other words: %j",
    (sentence) => {
      expect(mentionsIn(sentence).some((m) => m.kind === "place")).toBe(true);
    },
  );

  it.each(["Marc R. Stanley spoke.", "Yesterday Deirdre Hamilton spoke."])(
    "reads no town in an untitled name it ends: %j",
    (sentence) => {
      const found = mentionsIn(sentence);
      expect(found.filter((m) => m.kind === "place")).toEqual([]);
      expect(found.map((m) => m.text)).toContainEqual(expect.stringMatching(/^(?:Marc R\. Stanley|Deirdre Hamilton)$/));
    },
  );

  it("reads the person and their title in 'Deirdre Hamilton, Nominee for Member of the Tidal Board'", () => {
    expect(peopleIn("Deirdre Hamilton, Nominee for Member of the Tidal Board, spoke.")).toEqual([
      expect.objectContaining({ name: "Deirdre Hamilton", title: "Nominee for Member of the Tidal Board" }),
    ]);
  });

  it.each(["His Excellency\nTomas Varga\nTallinn", "The lake near Victoria froze; Ada Tamm of Texas spoke."])(
    "still reads a town on an address's next line, or after another word: %j",
    (sentence) => {
      expect(mentionsIn(sentence).some((m) => m.kind === "place")).toBe(true);
    },
  );

  it("still reads the town after 'of': 'The Mayor of Douglas spoke.'", () => {
    expect(mentionsIn("The Mayor of Douglas spoke.")).toContainEqual(
      expect.objectContaining({ text: "Douglas", kind: "place" }),
    );
  });
});

describe("findMentions: an honorific before an apposition, and a second person behind one", () => {
  it("reads 'The Honorable Ada Tamm, Under Secretary for Tides, Department of State & Mr. Drew Tamm'", () => {
    const people = peopleIn("The Honorable Ada Tamm, Under Secretary for Tides, Department of State & Mr. Drew Tamm");
    expect(people).toEqual([
      expect.objectContaining({ name: "Ada Tamm", title: "Under Secretary for Tides, Department of State" }),
      expect.objectContaining({ name: "Drew Tamm" }),
    ]);
  });

  it("reads a town's name that opens the name: 'The Honorable Victoria Ruiz, Under Secretary for Tides'", () => {
    expect(peopleIn("The Honorable Victoria Ruiz, Under Secretary for Tides, spoke.")).toEqual([
      expect.objectContaining({ name: "Victoria Ruiz", title: "Under Secretary for Tides" }),
    ]);
  });
});

describe("findMentions: an ordinal that opens a name", () => {
  it.each([
    ["Congress passed the Second Chance Act in 2008.", "Second Chance Act"],
    ["The First Movers Coalition grew.", "First Movers Coalition"],
  ])("keeps it in %j", (sentence, name) => {
    expect(mentionsIn(sentence).map((m) => m.text)).toContain(name);
  });

  it("still drops one that opens the sentence: 'First, the Department of Tides acted.'", () => {
    expect(mentionsIn("First, the Department of Tides acted.").map((m) => m.text)).toEqual(["Department of Tides"]);
  });
});

describe("findMentions: 'Dr.' before an apposition, and a place in a would-be name", () => {
  it("reads 'Dr. Ada Tamm, Director of the Tidal Office, spoke.' with her title", () => {
    expect(peopleIn("Dr. Ada Tamm, Director of the Tidal Office, spoke.")).toEqual([
      expect.objectContaining({ name: "Ada Tamm", title: "Director of the Tidal Office" }),
    ]);
  });

  it("reads one person, titled, where a body named with a place follows: '• Dr. Ada Tamm, Chief Medical Officer, Tidal Health Metropolitan Washington D.C., and Chair, …'", () => {
    const people = peopleIn(
      "• Dr. Ada Tamm, Chief Medical Officer, Tidal Health Metropolitan Washington D.C., and Chair, National Medical Committee of Tidal Health Federation of America",
    );
    expect(people).toEqual([
      expect.objectContaining({
        name: "Ada Tamm",
        title: "Chief Medical Officer, Tidal Health Metropolitan Washington D.C.",
      }),
    ]);
  });
});

describe("findMentions: a word that dates the office before a body in a title", () => {
  it.each([
    ["Former Tidal Senate President Ada Tamm spoke.", "Tidal Senate"],
    ["Acting Tidal Council Chair Ada Tamm spoke.", "Tidal Council"],
  ])("reads the body without it in %j", (sentence, body) => {
    const found = mentionsIn(sentence);
    expect(found).toContainEqual(expect.objectContaining({ text: body, kind: "agency" }));
    expect(found.map((m) => m.text)).not.toContainEqual(expect.stringMatching(/^(?:Former|Acting) Tidal/));
  });
});

describe("findMentions: a county named after a person", () => {
  it("reads no person in 'He resides in Prince Tamm’s County, Maryland.'", () => {
    expect(peopleIn("He resides in Prince Tamm’s County, Maryland.")).toEqual([]);
  });

  it("still reads the prince in 'Prince Tamm visited Kenya.'", () => {
    expect(peopleIn("Prince Tamm visited Kenya.")).toEqual([
      expect.objectContaining({ name: "Tamm", title: "Prince" }),
    ]);
  });
});

describe("leadWordAtEnd: the hand scan agrees with LEAD_WORD_AT_END", () => {
  it.each([
    "funding and implementation of ",
    "held in\n   ",
    "IN",
    "within",
    "the_in",
    "Across\u00a0",
    "",
    "  ",
    "é in",
    "9in",
    "outside\t\n",
  ])("%j", (text) => {
    expect(leadWordAtEnd(text)).toBe(LEAD_WORD_AT_END.test(text));
  });

  it("agrees on 2,000 random strings of lead words, other words, joiners and spaces", () => {
    const parts = ["in", "At", "THE", "for", "throughout", "x", "_", "9", "é", " ", "\n", "\u00a0", ",", "-"];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 2000; k++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 8) },
        () => parts[Math.floor(random() * parts.length)],
      ).join("");
      expect(leadWordAtEnd(text), JSON.stringify(text)).toBe(LEAD_WORD_AT_END.test(text));
    }
  });
});

describe("commaBefore: the hand scan agrees with /,\\s+(?:and\\s+)?$/ on the text before a name", () => {
  const bySpec = (text: string, at: number, from: number) => /,\s+(?:and\s+)?$/.test(text.slice(from, at));
  it.each(["Tamm, ", "Tamm, and ", "Tamm,and ", "Tamm ,", "Brand ", ", Rand ", ",\n\tand\u00a0", "and ", ", "])(
    "%j",
    (text) => {
      for (let from = 0; from <= text.length; from++)
        expect(commaBefore(text, text.length, from)).toBe(bySpec(text, text.length, from));
    },
  );

  it("agrees on 2,000 random strings of commas, 'and', letters and spaces, from any start", () => {
    const parts = [",", "and", "a", "nd", "R", " ", "\n", "\u00a0", "."];
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 2000; k++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 7) },
        () => parts[Math.floor(random() * parts.length)],
      ).join("");
      const from = Math.floor(random() * (text.length + 1));
      expect(commaBefore(text, text.length, from), JSON.stringify([text, from])).toBe(bySpec(text, text.length, from));
    }
  });
});

describe("findMentions: a given name that is also an ordinary word, opening a sentence", () => {
  // The corpus writes "guy", "mark" and "experiential" in lowercase, so each is an ordinary word of it.
  const CORPUS = { "other.txt": "A nice guy made his mark on experiential learning." };

  it.each([
    ["Guy Tamm, Member, Tidal Advisory Committee", "Guy Tamm"],
    ["Mark D. Ruiz, Nominee for Director of the Glacier Council", "Mark D. Ruiz"],
    ["Guy Tamm, Member, Tidal Advisory Committee, spoke at the opening.", "Guy Tamm"],
  ])("reads %j as a person named %j with a title", (sentence, name) => {
    const [doc] = mentionFixture({ "list.txt": sentence, ...CORPUS });
    expect(doc.mentions.filter((m) => m.kind === "person")).toEqual([
      expect.objectContaining({ name, title: expect.stringMatching(/^(?:Member|Nominee)/) }),
    ]);
  });

  it("reads no person in a heading of ordinary words: 'Experiential Learning, National Service, and Jobs:'", () => {
    const [doc] = mentionFixture({ "list.txt": "Experiential Learning, National Service, and Jobs:", ...CORPUS });
    expect(doc.mentions.filter((m) => m.kind === "person")).toEqual([]);
  });
});

describe("findMentions: an ordinary word read as a given name", () => {
  it.each([
    {
      where: "after 'Sergeant First Class'",
      text: "Sergeant First Class Heath Tamm was honored.",
      other: "We walked on the heath, a class apart.",
      name: "Heath Tamm",
      title: "Sergeant First Class",
    },
    {
      where: "after the portfolio that ends a title",
      text: "Deputy Secretary of Commerce Don Tamm met the delegation.",
      other: "Workers in commerce don their helmets; the dawn is cold.",
      name: "Don Tamm",
      title: "Deputy Secretary of Commerce",
    },
  ])("reads '$name' $where", ({ text, other, name, title }) => {
    const [doc] = mentionFixture({ "a.txt": text, "b.txt": other });
    expect(doc.mentions.filter((m) => m.kind === "person")).toEqual([expect.objectContaining({ name, title })]);
  });
});

describe("findMentions: ordinary words are no name", () => {
  it.each([
    "We applaud Congresswoman Ada Tamm and House Democrats for the bill.",
    "We thank Speaker Ruiz and House Republicans.",
  ])("reads no person in a body's members: '%s'", (sentence) => {
    expect(peopleIn(sentence).map((m) => m.name)).not.toContainEqual(
      expect.stringMatching(/^(Democrats|Republicans)$/),
    );
  });

  it("reads no person in a list of ordinary words: 'Economy, Emerging Technologies, Trade, and Supply Chains'", () => {
    const [doc] = mentionFixture({
      "heading.txt": "**Economy, Emerging Technologies, Trade, and Supply Chains**\n\nThe two sides discussed trade.",
      "other.txt": "New and emerging technologies change the economy and trade; supply chains adapt.",
    });
    expect(doc.mentions.filter((m) => m.kind === "person")).toEqual([]);
  });

  it("still reads ordinary words as a name when the first may be a given name: 'Mark Green, Chair of …'", () => {
    const [doc] = mentionFixture({
      "a.txt": "Mark Green, Chair of the Tidal Committee, spoke.",
      "b.txt": "Mark the green line on the map.",
    });
    expect(doc.mentions.filter((m) => m.kind === "person")).toEqual([
      expect.objectContaining({ name: "Mark Green", title: "Chair of the Tidal Committee" }),
    ]);
  });
});

describe("findMentions: headlines in Title Case", () => {
  it("ends a body's name at a headline's verb: 'Department of Tides Releases Clean Harbor Rule'", () => {
    const names = mentionsIn("Department of Tides Releases Clean Harbor Rule for New Federal Buildings").map(
      (m) => m.name,
    );
    expect(names).toContain("Department of Tides");
    expect(names.some((n) => n.includes("Releases"))).toBe(false);
  });

  it("keeps a slogan's verb inside a programme's name: 'the Democracy Delivers Initiative'", () => {
    expect(mentionsIn("USAID launched the Democracy Delivers Initiative in Riga.").map((m) => m.name)).toContain(
      "Democracy Delivers Initiative",
    );
  });
});

describe("withoutFieldLabels: the name of a field that a list's records share is no entity", () => {
  const record = (name: string) =>
    `${name}\n**Offense:** Possession with intent to distribute cocaine.\n**Release Grant:** Sentence commuted to expire on April 20, 2024.\n`;
  const list = ["Ada Tamm", "Ben Ruiz", "Cara Varga"].map(record).join("\n");

  it("drops 'Release Grant' that opens a line of each of three records, with its value after the colon", () => {
    expect(mentionsIn(list).filter((m) => m.text === "Release Grant")).toEqual([]);
    expect(mentionsIn(record("Ada Tamm")).some((m) => m.text === "Release Grant")).toBe(true);
  });

  it("keeps a label written once, and a heading's last line that holds no value ('… for\\nAmericans:')", () => {
    const labels =
      "**Estonia:** Will provide $5 million to the Baltic Tidal Initiative.\n\n" +
      ["Fewer Vaccines", "Fewer Tests", "Fewer Treatments"]
        .map((h) => `**${h} for\nAmericans:**\n\nText here.`)
        .join("\n\n");
    const found = mentionsIn(labels);
    expect(found.some((m) => m.text === "Estonia")).toBe(true);
    expect(found.filter((m) => m.text === "Americans")).toHaveLength(3);
  });
});
