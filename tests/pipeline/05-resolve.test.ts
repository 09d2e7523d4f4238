// Stage 05 (resolve): which mentions across a corpus are one entity — full names, surnames behind a title,
// spellings without accents, acronyms defined elsewhere, demonyms — and which people of one surname stay apart.

import { describe, expect, it } from "vitest";
import { orgKeyMap, personTitle, resolve } from "../../src/pipeline/05-resolve.ts";
import { fixtureVocabulary, mentionFixture } from "../_pipeline.ts";

/** Resolves `docs` and tells, for a surface form in a file, the entity its mentions became. */
function resolveFixture(docs: Record<string, string>) {
  const { entities, byDoc } = resolve(mentionFixture(docs), fixtureVocabulary(docs).lower);
  const entityOf = (file: string, surface: string): string[] => [
    ...new Set((byDoc.get(file) ?? []).filter((m) => m.surface === surface).map((m) => m.entity)),
  ];
  const peopleIn = (file: string) =>
    (byDoc.get(file) ?? []).filter((m) => m.kind === "person").map((m) => ({ title: m.title, entity: m.entity }));
  return { entities, entityOf, peopleIn };
}

describe("resolve: people", () => {
  it("makes 'Joseph R. Biden, Jr.', 'Joe Biden' and 'President Biden' one person, labelled with the fullest name", () => {
    const { entities, entityOf } = resolveFixture({
      "a.txt": "President Joseph R. Biden, Jr. met today with his counterpart. President Biden thanked him.",
      "b.txt": "President Joe Biden signed the bill.",
    });
    const biden = "person:joseph-r-biden-jr";
    expect(entityOf("a.txt", "Joseph R. Biden, Jr.")).toEqual([biden]);
    expect(entityOf("a.txt", "Biden")).toEqual([biden]);
    expect(entityOf("b.txt", "Joe Biden")).toEqual([biden]);
    expect(entities.get(biden)?.label).toBe("Joseph R. Biden, Jr.");
    expect([...entities.get(biden)!.aliases].sort()).toEqual(["Biden", "Joe Biden", "Joseph R. Biden, Jr."]);
    expect([...entities.values()].filter((e) => e.kind === "person")).toHaveLength(1);
  });

  it("labels a person by the form written most often, where initials and suffixes add no word", () => {
    const { entities, entityOf } = resolveFixture({
      "a.txt": "Advisor Ada Tamm met the delegation. Ada Tamm spoke first.",
      "b.txt": "Advisor Ada Tamm thanked the hosts.",
      "c.txt": "Advisor Ada K. Tamm, Jr. signed the letter.",
    });
    const tamm = entityOf("c.txt", "Ada K. Tamm, Jr.");
    expect(entityOf("a.txt", "Ada Tamm")).toEqual(tamm);
    expect(entities.get(tamm[0])?.label).toBe("Ada Tamm");
  });

  it("keeps a parent named after 'bin' apart from the child: 'Ahmad Tamm' is no 'Khalid bin Salman bin Ahmad Tamm'", () => {
    const { entityOf } = resolveFixture({
      "a.txt":
        "Crown Prince Khalid bin Salman bin Ahmad Tamm visited Riga. Prince Khalid bin Salman bin Ahmad Tamm spoke.",
      "b.txt":
        "The alliance began when King Ahmad Tamm met President Ada Ruiz. King Salman bin Ahmad Tamm welcomed them.",
    });
    const child = entityOf("a.txt", "Khalid bin Salman bin Ahmad Tamm");
    expect(entityOf("b.txt", "Ahmad Tamm")).not.toEqual(child);
    expect(entityOf("b.txt", "Salman bin Ahmad Tamm")).not.toEqual(child);
    expect(entityOf("b.txt", "Ahmad Tamm")).toHaveLength(1);
  });

  it.each([
    { surface: "López Obrador", text: "President López Obrador thanked the delegation." },
    { surface: "Lopez Obrador", text: "President Lopez Obrador thanked the delegation." },
    { surface: "Andres Manuel Lopez Obrador", text: "Mexican President Andres Manuel Lopez Obrador spoke." },
    { surface: "Andres Manuel López Obrador", text: "Mexican President Andres Manuel López Obrador spoke." },
  ])("merges '$surface' into 'Andrés Manuel López Obrador'", ({ surface, text }) => {
    const { entities, entityOf } = resolveFixture({
      "a.txt": "Mexican President Andrés Manuel López Obrador welcomed the delegation.",
      "b.txt": text,
    });
    expect(entityOf("b.txt", surface)).toEqual(["person:andres-manuel-lopez-obrador"]);
    expect(entities.get("person:andres-manuel-lopez-obrador")?.label).toBe("Andrés Manuel López Obrador");
  });

  it("merges a surname behind a title into the full name given in another document ('Prime Minister Kallas')", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "Prime Minister Kaja Kallas of Estonia visited Riga.",
      "b.txt": "Prime Minister Kallas returned to Tallinn.",
    });
    expect(entityOf("b.txt", "Kallas")).toEqual(["person:kaja-kallas"]);
  });

  it("does not label a person by a fuller name that is theirs behind a stray word, written far less often", () => {
    const { entities } = resolveFixture({
      "a.txt": "Chair of the Council on Economic Quality Brenda Lind spoke about air quality.",
      "b.txt": "Chair Brenda Lind met the press.",
      "c.txt": "Chair Brenda Lind spoke again.",
    });
    const people = [...entities.values()].filter((e) => e.kind === "person");
    expect(people.map((e) => e.label)).toEqual(["Brenda Lind"]);
  });

  it("keeps a given name in the label even when the rest of the name is written more often", () => {
    const { entities } = resolveFixture({
      "a.txt": "President Kenia Seoane Lopez spoke.",
      "b.txt": "President Seoane Lopez met the press.",
      "c.txt": "President Seoane Lopez spoke again.",
    });
    const people = [...entities.values()].filter((e) => e.kind === "person");
    expect(people.map((e) => e.label)).toEqual(["Kenia Seoane Lopez"]);
  });

  it.each([
    { full: "President Yoon Suk Yeol", short: "Yoon", id: "person:yoon-suk-yeol" },
    { full: "President Luiz Inácio Lula da Silva", short: "Lula", id: "person:luiz-inacio-lula-da-silva" },
  ])(
    "takes 'President $short' for $full, whose family name comes first or whose name is in the middle",
    ({ full, short, id }) => {
      const { entityOf } = resolveFixture({
        "a.txt": `${full} met the press.`,
        "b.txt": `President ${short} arrived in Tallinn.`,
      });
      expect(entityOf("b.txt", short)).toEqual([id]);
    },
  );

  it("does not take a titled word inside a name for a person of another title", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "President Yoon Suk Yeol met the press.",
      "b.txt": "Senator Yoon arrived in Tallinn.",
    });
    expect(entityOf("b.txt", "Yoon")).not.toEqual(["person:yoon-suk-yeol"]);
  });

  it("keeps two people of one surname apart: 'Jill Biden' and 'Joe Biden'", () => {
    const { entities, entityOf } = resolveFixture({
      "a.txt": "First Lady Jill Biden visited a school in Ohio.",
      "b.txt": "President Joe Biden signed the bill. President Biden thanked Congress.",
    });
    expect(entityOf("a.txt", "Jill Biden")).toEqual(["person:jill-biden"]);
    expect(entityOf("b.txt", "Joe Biden")).toEqual(["person:joe-biden"]);
    expect(entityOf("b.txt", "Biden")).toEqual(["person:joe-biden"]);
    expect(
      [...entities.values()]
        .filter((e) => e.kind === "person")
        .map((e) => e.id)
        .sort(),
    ).toEqual(["person:jill-biden", "person:joe-biden"]);
  });

  it.each([
    ["Paul Tamm", "Paula Tamm", false],
    ["Don Tamm", "Donna Tamm", false],
    ["Joe Tamm", "Joel Tamm", false],
    ["Maria Tamm", "Marian Tamm", false],
    ["Daniel Tamm", "Danielle Tamm", false],
    ["Jean Tamm", "Jeanette Tamm", false],
    ["Alex Tamm", "Alexander Tamm", true],
    ["Mitchel Tamm", "Mitchell Tamm", true],
    ["Sara Tamm", "Sarah Tamm", true],
    ["Deb Tamm", "Debra Tamm", true],
    ["Steve Tamm", "Steven Tamm", true],
    ["Marty Tamm", "Martin Tamm", true],
    ["Denis Tamm", "Dennis Tamm", true],
    ["Mohamed Tamm", "Muhammad Tamm", true],
  ])(
    "makes '%s' and '%s' one person: %s (a short form, a doubled letter, an 'h' or a nickname is; a feminine or one-letter ending is another name)",
    (a, b, same) => {
      const { entityOf } = resolveFixture({
        "a.txt": `Secretary ${a} met the delegation.`,
        "b.txt": `Secretary ${b} spoke at the hearing.`,
      });
      expect(entityOf("a.txt", a)).toHaveLength(1);
      expect(entityOf("b.txt", b)).toHaveLength(1);
      expect(entityOf("a.txt", a)[0] === entityOf("b.txt", b)[0]).toBe(same);
    },
  );

  it("makes a full name that begins a longer one under the same title one person: 'Ana Ruiz' of 'Ana Ruiz Vega'", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "Foreign Secretary Ana Ruiz Vega met the delegation.",
      "b.txt": "Foreign Secretary Ana Ruiz spoke at the hearing. Foreign Secretary Ana Ruiz left.",
      "c.txt": "Prime Minister Omar bin Khalid Al-Tamm met the delegation.",
      "d.txt": "Prime Minister Omar bin Khalid spoke at the hearing.",
    });
    expect(entityOf("a.txt", "Ana Ruiz Vega")).toEqual(["person:ana-ruiz"]);
    expect(entityOf("b.txt", "Ana Ruiz")).toEqual(["person:ana-ruiz"]);
    expect(entityOf("d.txt", "Omar bin Khalid")).toEqual(entityOf("c.txt", "Omar bin Khalid Al-Tamm"));
  });

  it.each([
    [
      "under another title",
      { "a.txt": "Foreign Secretary Ana Ruiz Vega met us.", "b.txt": "Ambassador Ana Ruiz spoke." },
    ],
    [
      "when it begins two longer names",
      {
        "a.txt": "Foreign Secretary Ana Ruiz Vega met us.",
        "b.txt": "Foreign Secretary Ana Ruiz Soto met us.",
        "c.txt": "Foreign Secretary Ana Ruiz spoke.",
      },
    ],
  ])("keeps a full name apart from a longer one it begins %s", (_case, docs) => {
    const { entityOf } = resolveFixture(docs);
    expect(entityOf("a.txt", "Ana Ruiz Vega")).toEqual(["person:ana-ruiz-vega"]);
    const short = Object.keys(docs).pop()!;
    expect(entityOf(short, "Ana Ruiz")).toEqual(["person:ana-ruiz"]);
  });

  it("does not let a short given name join two others it may stand for: 'Chris Tamm', 'Christina Tamm', 'Christopher Tamm'", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "Director Chris Tamm met the delegation.",
      "b.txt": "Senator Christina Tamm spoke at the hearing.",
      "c.txt": "Ambassador Christopher Tamm presented his credentials.",
    });
    expect(entityOf("b.txt", "Christina Tamm")).toHaveLength(1);
    expect(entityOf("c.txt", "Christopher Tamm")).toHaveLength(1);
    expect(entityOf("b.txt", "Christina Tamm")).not.toEqual(entityOf("c.txt", "Christopher Tamm"));
  });

  it("tells people named alike apart by middle initials only ('George H. W. Tamm', 'George W. Tamm'), not by a middle name written out", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "President George H. W. Tamm signed the treaty in 1991. The library of George H.W. Tamm opened.",
      "b.txt": "President George W. Tamm signed the bill in 2002.",
      "c.txt": "Governor George Tamm spoke. George W. Tamm agreed.",
      "d.txt": "Senator Joseph R. Ruiz, Jr. met the delegation. Senator Joseph Robinette Ruiz spoke at the hearing.",
      "e.txt": "Senator Joseph Ruiz thanked the hosts.",
    });
    const father = entityOf("a.txt", "George H. W. Tamm");
    const son = entityOf("b.txt", "George W. Tamm");
    expect(father).toHaveLength(1);
    expect(son).toHaveLength(1);
    expect(son).not.toEqual(father);
    expect(entityOf("a.txt", "George H.W. Tamm")).toEqual(father);
    expect(entityOf("c.txt", "George W. Tamm")).toEqual(son);
    const ruiz = entityOf("d.txt", "Joseph R. Ruiz, Jr.");
    expect(ruiz).toHaveLength(1);
    expect(entityOf("d.txt", "Joseph Robinette Ruiz")).toEqual(ruiz);
    expect(entityOf("e.txt", "Joseph Ruiz")).toEqual(ruiz);
  });

  it.each<{ rule: string; docs: Record<string, string>; full: [string, string]; short: [string, string] }>([
    {
      rule: "a surname behind a new title is the namesake its document names in full, not the one named more elsewhere",
      docs: {
        "a.txt": "Governor Bo Tamm signed the bill. Governor Bo Tamm spoke.",
        "b.txt": "Governor Bo Tamm visited the plant.",
        "c.txt": "Secretary Ada Tamm met the delegation.",
        "d.txt": "Today I am appointing Ada Tamm to lead our work. Special Representative Tamm will report to me.",
      },
      full: ["c.txt", "Ada Tamm"],
      short: ["d.txt", "Tamm"],
    },
    {
      rule: "the Arabic article is read alike however it is spelt: 'President El-Tamm' is 'Abdel Karim Al-Tamm'",
      docs: {
        "a.txt": "President Abdel Karim Al-Tamm met the delegation. President Abdel Karim Al-Tamm spoke.",
        "b.txt": "President El-Tamm welcomed the ministers.",
      },
      full: ["a.txt", "Abdel Karim Al-Tamm"],
      short: ["b.txt", "El-Tamm"],
    },
  ])("$rule", ({ docs, full, short }) => {
    const { entityOf } = resolveFixture(docs);
    const person = entityOf(full[0], full[1]);
    expect(person).toHaveLength(1);
    expect(entityOf(short[0], short[1])).toEqual(person);
  });

  it("lets a title decide between two people of one surname ('Minister Wong', 'Senator Wong')", () => {
    const { peopleIn } = resolveFixture({
      "a.txt": "Foreign Minister Penny Wong met the press.",
      "b.txt": "Senator Tom Wong met the press.",
      "c.txt": "Minister Wong arrived in Tokyo. Senator Wong stayed home.",
    });
    expect(peopleIn("c.txt")).toEqual([
      { title: "Minister", entity: "person:penny-wong" },
      { title: "Senator", entity: "person:tom-wong" },
    ]);
  });

  it("leaves a bare surname unresolved when two people share it and nothing decides", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "Foreign Minister Penny Wong met the press.",
      "b.txt": "Senator Tom Wong met the press.",
      "c.txt": "The bill passed. Wong said nothing.",
    });
    expect(entityOf("c.txt", "Wong")).toEqual([]);
  });

  it("takes a bare surname for a person only when its own document or two others name them in full", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "Foreign Minister Penny Wong met the press.",
      "b.txt": "The bill passed. Wong said nothing.",
      "c.txt": "Senator Tom Reyes met the press. The bill passed. Reyes said nothing.",
    });
    expect(entityOf("b.txt", "Wong")).toEqual([]);
    expect(entityOf("c.txt", "Reyes")).toEqual(["person:tom-reyes"]);
  });

  it("takes a bare surname for a person whom two documents name in full", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "Foreign Minister Penny Wong met the press.",
      "b.txt": "Minister Penny Wong arrived in Tokyo on Monday.",
      "c.txt": "The bill passed. Wong said nothing.",
    });
    expect(entityOf("c.txt", "Wong")).toEqual(["person:penny-wong"]);
  });

  it("takes no word alone that is several people's given name ('Thanks, Tom.') for a surname its document names no one by", () => {
    const people = {
      "a.txt": "Senator Ada Tom met the press.",
      "b.txt": "Minister Ada Tom arrived in Tokyo on Monday.",
      "c.txt": "Governor Tom Reyes met the press.",
      "d.txt": "Mayor Tom Varga met the press.",
    };
    const { entityOf } = resolveFixture({
      ...people,
      "e.txt": "The bill passed. Thanks, Tom. We will be back.",
      "f.txt": "Senator Ada Tom spoke. The bill passed. Tom said nothing.",
      "g.txt": "The bill passed. Tom said nothing. Later, Senator Ada Tom spoke.",
    });
    expect(entityOf("e.txt", "Tom")).toEqual([]);
    expect(entityOf("f.txt", "Tom")).toEqual(["person:ada-tom"]);
    expect(entityOf("g.txt", "Tom")).toEqual(["person:ada-tom"]);
    // One person's given name only: the surname still reads as before.
    const one = resolveFixture({ ...people, "d.txt": "The bill passed.", "e.txt": "The bill passed. Thanks, Tom." });
    expect(one.entityOf("e.txt", "Tom")).toEqual(["person:ada-tom"]);
  });

  it("takes a titled surname for the person another document names in full, even once", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "Foreign Minister Penny Wong met the press.",
      "b.txt": "The bill passed. Minister Wong said nothing.",
    });
    expect(entityOf("b.txt", "Wong")).toEqual(["person:penny-wong"]);
  });

  it("takes a 'person' that more documents write after 'in' or 'at' than name as a person for a place", () => {
    const { entities, entityOf } = resolveFixture({
      "a.txt": "He thanked Port Elda, Mayor of the city.",
      "b.txt": "The summit was held in Port Elda on Monday.",
      "c.txt": "The ministers met at Port Elda last week.",
    });
    expect(entityOf("b.txt", "Port Elda")).toEqual(["place:port-elda"]);
    expect([...entities.values()].filter((e) => e.kind === "person" && e.label === "Port Elda")).toEqual([]);
  });

  it("keeps a person whom more documents name as a person than write after 'in'", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "Foreign Minister Penny Wong met the press.",
      "b.txt": "Minister Penny Wong arrived in Tokyo.",
      "c.txt": "Minister Penny Wong spoke in Osaka.",
      "d.txt": "The quote appeared in Penny Wong remarks.",
      "e.txt": "Much was said in Penny Wong interviews.",
    });
    expect(entityOf("d.txt", "Penny Wong")).toEqual(["person:penny-wong"]);
  });

  // Tom Wast, named in full in two documents: a bare "Wast" elsewhere may be him.
  const NAMED_WAST = { "a.txt": "Secretary Tom Wast spoke today.", "b.txt": "Senator Tom Wast met the press." };
  it.each([
    { text: "Storms hit the Wast.", people: [] },
    { text: "Storms hit the Wast, then the Plains.", people: [] },
    { text: "Storms hit towns across the\n    Wast – and farms.", people: [] },
    { text: "Storms hit the Wast of the country.", people: [] },
    { text: "Critics faulted the Wast administration. They praised the Wast-Ruiz plan.", people: ["person:tom-wast"] },
  ])(
    "reads $people in 'Wast' of $text: no one's surname alone after an article, but before a noun it qualifies",
    ({ text, people }) => {
      expect(resolveFixture({ ...NAMED_WAST, "c.txt": text }).entityOf("c.txt", "Wast")).toEqual(people);
    },
  );

  it("lets the title decide over the document: 'President Biden' beside 'First Lady Jill Biden' is the President", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "First Lady Jill Biden visited a school. President Biden spoke later.",
      "b.txt": "President Joseph R. Biden, Jr. met the press.",
    });
    expect(entityOf("a.txt", "Biden")).toEqual(["person:joseph-r-biden-jr"]);
  });

  it.each([
    ["Chairman Tamm", "Chair Ada Tamm of the Tidal Reserve"],
    ["Sen. Tamm", "Senator Ada Tamm"],
  ])("reads one office in two words: '%s' is '%s', not another Tamm of the document", (short, full) => {
    const { entityOf } = resolveFixture({
      "a.txt": `${full} spoke today.`,
      "b.txt": `Secretary Juris Tamm met ${full.split(" ").slice(0, 3).join(" ")}. ${short} answered questions.`,
      "c.txt": "Secretary Juris Tamm met the press.",
    });
    expect(entityOf("b.txt", "Tamm")).toEqual(["person:ada-tamm"]);
  });

  it("does not take a head of state by surname for the only person of that surname, who never bore the title", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "Secretary of State Ada Tamm visited Riga.",
      "b.txt": "Secretary Ada Tamm met the press.",
      "c.txt": "Memoranda issued by President Tamm before him still stand.",
    });
    expect(entityOf("c.txt", "Tamm")).not.toEqual(["person:ada-tamm"]);
  });

  it("does not take the one a title serves or is held for as its office: 'Nominee for President' is no President", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "He served President Bill Tamm from 1995.",
      "b.txt": "The Democratic Nominee for President Ada Tamm spoke.",
      "c.txt": "Senator Ada Tamm spoke again.",
      "d.txt": "In 1999, he was appointed by President Tamm to serve.",
    });
    expect(entityOf("d.txt", "Tamm")).toEqual(["person:bill-tamm"]);
  });

  it("takes 'President Ruiz' for the person another document names as 'President-elect Ana Ruiz'", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "President-elect Ana Ruiz met the press.",
      "b.txt": "Minister Jorge Ruiz spoke.",
      "c.txt": "President Ruiz arrived in Tallinn.",
    });
    expect(entityOf("c.txt", "Ruiz")).toEqual(["person:ana-ruiz"]);
  });

  it("takes 'President Kang' for 'President Kang Dae Won', not for the senator and the student named Kang", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "President Kang Dae Won met the press.",
      "b.txt": "Senator Jason Min Kang spoke.",
      "c.txt": "The student Emily Kang received the prize.",
      "d.txt": "President Kang arrived in Tallinn.",
    });
    expect(entityOf("d.txt", "Kang")).toEqual(["person:kang-dae-won"]);
  });

  it("makes one person of a name written family name first and last under the same title", () => {
    const { entities, entityOf } = resolveFixture({
      "a.txt": "Prime Minister Sato Kenji of Japan met the press. Prime Minister Sato Kenji spoke.",
      "b.txt": "Prime Minister Kenji Sato arrived in Tallinn.",
    });
    expect(entityOf("a.txt", "Sato Kenji")).toEqual(entityOf("b.txt", "Kenji Sato"));
    expect([...entities.values()].find((e) => e.kind === "person")?.label).toBe("Sato Kenji"); // written twice
    expect([...entities.values()].filter((e) => e.kind === "person")).toHaveLength(1);
  });

  it("keeps two people apart whose names are the same two words in either order but who share no title", () => {
    const { entities } = resolveFixture({
      "a.txt": "Senator James Paul spoke.",
      "b.txt": "Judge Paul James ruled.",
    });
    expect([...entities.values()].filter((e) => e.kind === "person")).toHaveLength(2);
  });
});

describe("resolve: organisations, countries and places", () => {
  it("reads 'Georgia' as the U.S. state, unless the document names the country otherwise (its capital, 'Georgian')", () => {
    const docs = {
      "state.txt": "New loans will reach farmers in Georgia and Alabama this year.",
      "residents.txt": "Lower prices will help Georgians, and new roads will reach farmers in Georgia.",
      "country.txt": "Georgian officials met in Tbilisi. The United States supports Georgia on its path to Europe.",
      "people.txt": "The Georgian people chose Europe, and the United States supports Georgia on that path.",
    };
    const { entityOf } = resolveFixture(docs);
    expect(Object.keys(docs).map((file) => [file, ...entityOf(file, "Georgia")])).toEqual([
      ["state.txt", "place:georgia"],
      ["residents.txt", "place:georgia"],
      ["country.txt", "country:georgia"],
      ["people.txt", "country:georgia"],
    ]);
  });

  it("reads 'Jordan' alone as the country where its document names it otherwise ('Jordanian', 'Amman'), else not", () => {
    const docs = {
      "demonym.txt": "Jordanian officials welcomed the aid, and the United States will keep supporting Jordan.",
      "capital.txt": "The minister flew to Amman, and the United States will keep supporting Jordan.",
      "person.txt": "Senator Ada Jordan spoke today, and Jordan thanked the workers.",
    };
    const { entityOf } = resolveFixture(docs);
    expect(entityOf("demonym.txt", "Jordan")).toEqual(["country:jordan"]);
    expect(entityOf("capital.txt", "Jordan")).toEqual(["country:jordan"]);
    expect(entityOf("person.txt", "Jordan")).not.toContain("country:jordan");
  });

  it("makes a name and its quoted nickname one person: 'Benedikt “Benny” Tamm' and 'Benny Tamm'", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "Estonia’s Minister of Defense Benedikt “Benny” Tamm spoke today.",
      "b.txt": "Senator Benny Tamm met the press.",
      "c.txt": "Senator Ada Tamm met the press.",
    });
    expect(entityOf("b.txt", "Benny Tamm")).toEqual(entityOf("a.txt", "Benedikt “Benny” Tamm"));
    expect(entityOf("c.txt", "Ada Tamm")).not.toEqual(entityOf("a.txt", "Benedikt “Benny” Tamm"));
  });

  it("makes a body's name in British and American spelling one body: 'Council of Tidal Advisors', '… Advisers'", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "The Council of Tidal Advisers met today.",
      "b.txt": "The Council of Tidal Advisors met today.",
      "c.txt": "The Baltic Defence Centre opened.",
      "d.txt": "The Baltic Defense Center opened.",
      "e.txt": "The Organisation for Tidal Co-operation met.",
      "f.txt": "The Organization for Tidal Cooperation met.",
    });
    expect(entityOf("e.txt", "Organisation for Tidal Co-operation")).toEqual(
      entityOf("f.txt", "Organization for Tidal Cooperation"),
    );
    expect(entityOf("b.txt", "Council of Tidal Advisors")).toEqual(entityOf("a.txt", "Council of Tidal Advisers"));
    expect(entityOf("c.txt", "Baltic Defence Centre")).toEqual(entityOf("d.txt", "Baltic Defense Center"));
    expect(entityOf("a.txt", "Council of Tidal Advisers")).toHaveLength(1);
  });

  it("resolves an acronym defined in one document when another document uses it alone", () => {
    const { entities, entityOf } = resolveFixture({
      "a.txt": "The U.S. Trade and Development Agency (USTDA) will fund a feasibility study in Kenya.",
      "b.txt": "USTDA also announced a grant to Ghana.",
    });
    const ustda = "agency:u-s-trade-and-development-agency";
    expect(entityOf("b.txt", "USTDA")).toEqual([ustda]);
    expect(entities.get(ustda)?.docs).toEqual(new Set(["a.txt", "b.txt"]));
    expect(entities.get(ustda)?.aliases).toEqual(new Set(["U.S. Trade and Development Agency", "USTDA"]));
  });

  it("reads an acronym as the initials of a body its document names: 'E.O.' of 'Executive Order 14005'", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "The President signed Executive Order 14005 on Monday. The E.O. takes effect at once.",
    });
    expect(entityOf("a.txt", "E.O.")).toEqual(entityOf("a.txt", "Executive Order 14005"));
  });

  it.each([
    ["J.D.", "The Justice Department hired Ada Tamm. She earned her J.D. at Tartu."],
    ["D.C.", "The Department of Commerce opened an office. The office is in D.C. now."],
    ["B.A.", "The Bank of Albania hired Ada Tamm, who holds a B.A. in economics."],
  ])("reads no body in a degree's or the District's letters: %j", (acronym, text) => {
    const { entityOf } = resolveFixture({ "a.txt": text });
    expect(entityOf("a.txt", acronym).filter((id) => id.startsWith("agency:"))).toEqual([]);
  });

  it("does not take an acronym that spells only a name's complement: 'Summit on Artificial Intelligence (AI)'", () => {
    const { entityOf } = resolveFixture({
      "a.txt":
        "The Global Summit on Artificial Intelligence (AI) opened in Tallinn. The Department of Tides (DOT) spoke.",
      "b.txt": "AI will change work, the DOT said.",
    });
    expect(entityOf("b.txt", "AI")).toEqual([]);
    expect(entityOf("b.txt", "DOT")).toEqual(["agency:department-of-tides"]);
  });

  it.each([
    ["UN Glacier Council", "United Nations Glacier Council"],
    ["U.N. Glacier Council", "United Nations Glacier Council"],
    ["UN Charter", "Charter of the United Nations"],
  ])("makes '%s' and '%s' one body: 'UN' before a name is the United Nations", (short, long) => {
    const { entityOf } = resolveFixture({
      "a.txt": `The ${long} met in Tallinn.`,
      "b.txt": `The ${short} met in Riga.`,
    });
    expect(entityOf("b.txt", short)).toEqual(entityOf("a.txt", long));
    expect(entityOf("a.txt", long)).toHaveLength(1);
  });

  it("keeps a body and what is named after it apart, though both carry its acronym: 'Charter of the Tidal Union (TU)'", () => {
    const docs = mentionFixture({
      "a.txt": "The Tidal Union (TU) met in Tallinn.",
      "b.txt": "Estonia upheld the Charter of the Tidal Union.",
      "c.txt": "The Tidal Union (TU) met in Riga.",
    });
    // As stage 04 gives it when a document writes "the Charter of the Tidal Union (TU), in force since …".
    docs[1].mentions.find((m) => m.name === "Charter of the Tidal Union")!.acronym = "TU";
    const { byDoc } = resolve(docs);
    const entityOf = (file: string, surface: string) => byDoc.get(file)!.find((m) => m.surface === surface)?.entity;
    expect(entityOf("a.txt", "Tidal Union")).toBe("agency:tidal-union");
    expect(entityOf("b.txt", "Charter of the Tidal Union")).toBe("program:charter-of-the-tidal-union");
  });

  it("resolves an acronym by its own document's definition first", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "The Tidal Power Council (TPC) met in Tallinn. TPC agreed a plan.",
      "b.txt": "The Tallinn Port Commission (TPC) met in Riga. TPC agreed a budget.",
    });
    expect(entityOf("a.txt", "TPC")).toEqual(["agency:tidal-power-council"]);
    expect(entityOf("b.txt", "TPC")).toEqual(["agency:tallinn-port-commission"]);
  });

  it("leaves an acronym unresolved elsewhere when the documents defining it disagree", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "Estonia signed a Memorandum of Understanding on Tidal Power (MOU) with Latvia.",
      "b.txt": "Kenya signed a Memorandum of Understanding on Coffee Exports (MOU) with Ghana.",
      "c.txt": "The MOU was welcomed.",
    });
    expect(entityOf("c.txt", "MOU")).toEqual([]);
  });

  it("leaves an acronym unresolved elsewhere when a bare majority of its definitions agree, in few words alike", () => {
    const definitions = {
      "a.txt": "Estonia signed the Tidal Export Memorandum of Understanding (MOU) in Suva.",
      "b.txt": "Fiji welcomed the Tidal Export Memorandum of Understanding (MOU) today.",
      "c.txt": "Latvia welcomed the Tidal Memorandum of Understanding (MOU) today.",
      "d.txt": "Kenya signed a Secretarial Memorandum of Understanding (MOU) in Nairobi.",
      "e.txt": "Ghana signed a Coastal Memorandum of Understanding (MOU) in Accra.",
    };
    const { entityOf } = resolveFixture({ ...definitions, "f.txt": "The MOU was welcomed." });
    expect(entityOf("a.txt", "Tidal Export Memorandum of Understanding")).toHaveLength(1);
    expect(entityOf("f.txt", "MOU")).toEqual([]);
    // Written alike in a third document, the likeliest definition stands for the corpus.
    const more = resolveFixture({
      ...definitions,
      "g.txt": "Finland joined the Tidal Export Memorandum of Understanding (MOU) today.",
      "f.txt": "The MOU was welcomed.",
    });
    expect(more.entityOf("f.txt", "MOU")).toEqual(more.entityOf("a.txt", "Tidal Export Memorandum of Understanding"));
  });

  it("takes definitions of an acronym that only add words to one another as one", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "Estonia joined the Baltic Tidal Framework (BTF) today.",
      "b.txt": "Latvia joined the Baltic Tidal Framework for Prosperity (BTF) today.",
      "c.txt": "Finland joined the Baltic Tidal Framework for Prosperity (BTF) today.",
      "d.txt": "Lithuania welcomed BTF.",
    });
    expect(entityOf("d.txt", "BTF")).toEqual(["program:baltic-tidal-framework-for-prosperity"]);
  });

  it("makes one body of names that define the same acronym and only add words to one another", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "The Centers for Tidal Control (CTC) issued guidance. The Centers for Tidal Control agreed.",
      "b.txt": "The Centers for Tidal Control and Prevention (CTC) issued guidance.",
      "c.txt": "The Centers for Tidal Control and Prevention (CTC) agreed.",
      "d.txt": "The Tallinn Port Commission (TPC) met. The Tallinn Port Council (TPC) met.",
    });
    const [ctc] = entityOf("b.txt", "Centers for Tidal Control and Prevention");
    expect(entityOf("a.txt", "Centers for Tidal Control")).toEqual([ctc]);
    expect(entityOf("d.txt", "Tallinn Port Commission")).not.toEqual(entityOf("d.txt", "Tallinn Port Council"));
  });

  it("takes the definition the acronym spells, not one that puts a parent body before it, and labels by it", () => {
    const { entities, entityOf } = resolveFixture({
      "a.txt": "The Department of Tides Glacier Research Institute (GRI) met in Tallinn.",
      "b.txt": "The Glacier Research Institute (GRI) issued a report.",
      "c.txt": "GRI agreed a plan.",
    });
    const [gri] = entityOf("b.txt", "Glacier Research Institute");
    expect(entityOf("a.txt", "Department of Tides Glacier Research Institute")).toEqual([gri]);
    expect(entityOf("c.txt", "GRI")).toEqual([gri]);
    expect(entities.get(gri)?.label).toBe("Glacier Research Institute");
  });

  it("labels an organisation by the name written most often, not by a rarer, longer variant", () => {
    const { entities, entityOf } = resolveFixture({
      "a.txt": "The Estonia-Baltic Tidal Council met in Tallinn.",
      "b.txt": "The Baltic Tidal Council met again.",
      "c.txt": "The Baltic Tidal Council agreed.",
    });
    const [council] = entityOf("a.txt", "Estonia-Baltic Tidal Council");
    expect(entityOf("b.txt", "Baltic Tidal Council")).toEqual([council]);
    expect(entities.get(council)?.label).toBe("Baltic Tidal Council");
  });

  it("does not take a bracketed word that does not spell the name for its acronym: 'Tallinn College (NY)'", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "Grants went to Tallinn College (NY) and to Riga College (CA).",
      "b.txt": "The program runs in NY and CA.",
    });
    expect(entityOf("b.txt", "NY")).toEqual([]);
  });

  it("drops an acronym that nothing in the corpus defines", () => {
    const { entityOf } = resolveFixture({ "a.txt": "The XQZB announced a grant to Ghana." });
    expect(entityOf("a.txt", "XQZB")).toEqual([]);
  });

  it.each([
    { surface: "Cubans", country: "country:cuba" },
    { surface: "Haitians", country: "country:haiti" },
    { surface: "Mexican", country: "country:mexico" },
    { surface: "Estonian", country: "country:estonia" },
  ])("resolves the demonym '$surface' to $country", ({ surface, country }) => {
    const { entities, entityOf } = resolveFixture({
      "a.txt": "The initiative for Cubans and Haitians continues. Mexican and Estonian officials welcomed it.",
    });
    expect(entityOf("a.txt", surface)).toEqual([country]);
    expect(entities.get(country)?.aliases.has(surface)).toBe(true);
  });

  it("makes 'Mexico' and 'Mexican' in different documents one country", () => {
    const { entities, entityOf } = resolveFixture({
      "a.txt": "The delegation traveled to Mexico.",
      "b.txt": "Mexican officials welcomed the delegation.",
    });
    expect(entityOf("a.txt", "Mexico")).toEqual(["country:mexico"]);
    expect(entityOf("b.txt", "Mexican")).toEqual(["country:mexico"]);
    expect(entities.get("country:mexico")?.docs).toEqual(new Set(["a.txt", "b.txt"]));
  });

  it("makes one organisation of a name with and without its country prefix", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "The U.S. Department of State will lead the effort.",
      "b.txt": "The Department of State announced new grants.",
    });
    expect(entityOf("a.txt", "U.S. Department of State")).toEqual(["agency:u-s-department-of-state"]);
    expect(entityOf("b.txt", "Department of State")).toEqual(["agency:u-s-department-of-state"]);
  });

  it("makes one organisation of a name under each spelling of one country: 'U.S.', 'US', 'United States', none", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "The U.S. Department of Tides will lead the effort.",
      "b.txt": "The United States Department of Tides announced new grants.",
      "c.txt": "The US Department of Tides agreed.",
      "d.txt": "The Department of Tides agreed.",
    });
    const [tides] = entityOf("a.txt", "U.S. Department of Tides");
    expect(entityOf("b.txt", "United States Department of Tides")).toEqual([tides]);
    expect(entityOf("c.txt", "US Department of Tides")).toEqual([tides]);
    expect(entityOf("d.txt", "Department of Tides")).toEqual([tides]);
  });

  it("keeps a body apart from another country's body of the same name", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "The U.S. Department of Tides will lead the effort.",
      "b.txt": "The Estonian Department of Tides agreed.",
    });
    expect(entityOf("a.txt", "U.S. Department of Tides")).not.toEqual(
      entityOf("b.txt", "Estonian Department of Tides"),
    );
  });

  it("makes one body of each country's spellings where two countries' bodies share the name ('Estonia', 'Estonian')", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "The U.S. Department of Tides will lead the effort.",
      "b.txt": "The United States Department of Tides announced new grants.",
      "c.txt": "The Estonian Department of Tides agreed.",
      "d.txt": "The Estonia Department of Tides agreed.",
    });
    const [ours] = entityOf("a.txt", "U.S. Department of Tides");
    const [theirs] = entityOf("c.txt", "Estonian Department of Tides");
    expect(entityOf("b.txt", "United States Department of Tides")).toEqual([ours]);
    expect(entityOf("d.txt", "Estonia Department of Tides")).toEqual([theirs]);
    expect(ours).not.toBe(theirs);
  });

  it("keeps a country's body in a place ('U.S. Embassy in Tallinn') apart from its body of that name, in any spelling", () => {
    const keys = orgKeyMap(
      [
        "us embassy",
        "united states embassy",
        "estonian embassy",
        "embassy",
        "us embassy in tallinn",
        "estonian embassy in tallinn",
      ],
      new Set(["tallinn"]),
    );
    expect(keys.get("united states embassy")).toBe(keys.get("us embassy"));
    expect(keys.get("estonian embassy")).not.toBe(keys.get("us embassy"));
    expect(keys.get("us embassy in tallinn")).not.toBe(keys.get("us embassy"));
    expect(keys.get("estonian embassy in tallinn")).not.toBe(keys.get("us embassy in tallinn"));
  });

  it("makes 'Tides Department' the 'Department of Tides'", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "The Department of Tides will lead the effort.",
      "b.txt": "The Tides Department agreed.",
    });
    expect(entityOf("b.txt", "Tides Department")).toEqual(entityOf("a.txt", "Department of Tides"));
  });

  it("makes 'Department of the Tides' and 'Department of Tides' one body", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "The Department of the Tides will lead the effort.",
      "b.txt": "The Department of Tides agreed.",
    });
    expect(entityOf("b.txt", "Department of Tides")).toEqual(entityOf("a.txt", "Department of the Tides"));
  });

  it("resolves a bare 'Department of the Tides' to the body the corpus names 'Department of Tides'", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "The Department of Tides announced grants.",
      "b.txt": "He served as the Deputy Secretary of the U.S. Department of the Tides.",
    });
    expect(entityOf("b.txt", "Department of the Tides")).toEqual(entityOf("a.txt", "Department of Tides"));
  });

  it("makes a body named alone 'Treasury' the one department of it: the 'Department of the Treasury'", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "The Department of the Treasury will lead the effort.",
      "b.txt": "The Treasury agreed.",
    });
    expect(entityOf("b.txt", "Treasury")).toEqual(entityOf("a.txt", "Department of the Treasury"));
  });

  it("takes a bare name for the body of the country whose prefix nearly all its prefixed mentions bear", () => {
    const docs: Record<string, string> = {
      "z.txt": "The Estonian Department of Tides agreed.",
      "y.txt": "The Department of Tides agreed.",
    };
    for (let k = 0; k < 10; k++) docs[`${k}.txt`] = "The U.S. Department of Tides will lead the effort.";
    const { entityOf } = resolveFixture(docs);
    expect(entityOf("y.txt", "Department of Tides")).toEqual(entityOf("0.txt", "U.S. Department of Tides"));
    expect(entityOf("z.txt", "Estonian Department of Tides")).not.toEqual(
      entityOf("0.txt", "U.S. Department of Tides"),
    );
  });

  it("makes 'U.S. Senate' and 'Senate' one body, the corpus naming it alone", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "The U.S. Senate voted on the bill.",
      "b.txt": "The Senate agreed.",
    });
    expect(entityOf("a.txt", "U.S. Senate")).toEqual(entityOf("b.txt", "Senate"));
  });

  it("keeps two countries' bodies apart when only a head noun is left without the country: 'Estonian Institute'", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "The Estonian Institute opened.",
      "b.txt": "The Latvian Institute opened.",
      "c.txt": "The Latvian Institute closed.",
    });
    expect(entityOf("a.txt", "Estonian Institute")).not.toEqual(entityOf("b.txt", "Latvian Institute"));
  });

  it("counts every mention and every document of an entity", () => {
    const { entities } = resolveFixture({
      "a.txt": "Canada and Mexico met. Canada agreed.",
      "b.txt": "Canada signed.",
    });
    expect(entities.get("country:canada")).toMatchObject({ mentions: 3, docs: new Set(["a.txt", "b.txt"]) });
  });
});

describe("resolve: a surname after a word of place", () => {
  it("makes 'in Tamsalu' a place, not the person Ada Tamsalu, where the corpus writes it so", () => {
    const { entityOf } = resolveFixture({
      "a.txt": "First Lady Ada Tamsalu hosted a dinner.",
      "b.txt": "Secretary Juris Ozols spoke about First Lady Ada Tamsalu.",
      "c.txt": "The President spoke in Tamsalu on Monday.",
      "d.txt": "The mayor spoke in Tamsalu today.",
    });
    expect(entityOf("c.txt", "Tamsalu")).toEqual(["place:tamsalu"]);
    expect(entityOf("d.txt", "Tamsalu")).toEqual(["place:tamsalu"]);
    expect(entityOf("a.txt", "Ada Tamsalu")).toEqual(["person:ada-tamsalu"]);
  });
});

describe("resolve: a list of counties", () => {
  const docs = {
    "a.txt": "First Lady Ada Tamsalu hosted a dinner.",
    "b.txt": "Secretary Juris Ozols spoke about First Lady Ada Tamsalu.",
    "c.txt": "Assistance covers the counties of Harju, Ida, Jogeva, Tamsalu, Rapla, and Valga.",
    "d.txt": "Senators Harju, Ida, Jogeva, Tamsalu, and Rapla spoke.",
  };

  it("gives a surname in a list of counties to no person", () => {
    expect(resolveFixture(docs).entityOf("c.txt", "Tamsalu")).not.toContain("person:ada-tamsalu");
  });

  it("still gives it to the person in a list of senators", () => {
    expect(resolveFixture(docs).entityOf("d.txt", "Tamsalu")).toEqual(["person:ada-tamsalu"]);
  });
});

describe("resolve: a body located by a place the corpus knows", () => {
  const docs = {
    "a.txt": "She studied at Tamsalu University in Tartu.",
    "b.txt": "Tamsalu University opened a clinic. The leaders met in Tartu.",
    "c.txt": "The mayor spoke in Tartu.",
    "d.txt": "He studied at the American University in Tartu and at the American University.",
    "e.txt": "They met at the Baltic Summit in Tartu and at the Baltic Summit.",
  };

  it("makes 'Tamsalu University in Tartu' the Tamsalu University", () => {
    const { entityOf } = resolveFixture(docs);
    expect(entityOf("a.txt", "Tamsalu University in Tartu")).toEqual(entityOf("b.txt", "Tamsalu University"));
  });

  it.each([
    ["American University in Tartu", "American University"],
    ["Baltic Summit in Tartu", "Baltic Summit"],
  ])("keeps '%s' apart from '%s': a demonym's body, a gathering", (located, bare) => {
    const { entityOf } = resolveFixture(docs);
    const file = located.startsWith("American") ? "d.txt" : "e.txt";
    expect(entityOf(file, located)).not.toEqual(entityOf(file, bare));
  });
});

describe("resolve: a programme known by whom it serves", () => {
  it.each([
    "The delegations discussed the TIDA beneficiaries, who are a vital part of the economy.",
    "Many TIDA recipients work in health care.",
    "The Tidal Security Income recipients got their checks.",
  ])("makes a programme of the name in %j", (text) => {
    const { entities } = resolveFixture({ "a.txt": text });
    expect([...entities.values()].filter((e) => e.kind === "program")).toHaveLength(1);
  });

  it("makes no programme of an acronym only said to be funded: 'new funding for TIDA research'", () => {
    const { entities } = resolveFixture({ "a.txt": "The bill adds new funding for TIDA research." });
    expect([...entities.values()].filter((e) => e.kind === "program")).toEqual([]);
  });
});

describe("personTitle", () => {
  interface TitleCase {
    written: Array<[string, number]>;
    title: string;
  }
  const takesTitle = ({ written, title }: TitleCase) => expect(personTitle(new Map(written))).toBe(title);

  it.each([
    {
      written: [
        ["Secretary", 111],
        ["Secretary of State", 62],
        ["U.S. Secretary of State", 8],
      ],
      title: "Secretary of State",
    },
    {
      written: [
        ["Leader", 39],
        ["Senate Majority Leader", 13],
        ["Majority Leader", 8],
      ],
      title: "Senate Majority Leader",
    },
    {
      written: [
        ["President", 9919],
        ["President of Ruritania", 8],
      ],
      title: "President",
    },
    {
      written: [
        ["Governor", 10],
        ["Nominee for Governor", 9],
      ],
      title: "Governor",
    },
    {
      written: [
        ["Governor", 10],
        ["York Governor", 9],
      ],
      title: "Governor",
    },
    { written: [["Mayor", 4]], title: "Mayor" },
  ] as TitleCase[])(
    "takes '$title' of $written: the title written most often, or a fuller one written often enough",
    takesTitle,
  );

  it.each([
    {
      written: [
        ["Admiral", 3],
        ["Coast Guard Commandant", 3],
      ],
      title: "Coast Guard Commandant",
    },
    {
      written: [
        ["Lieutenant General", 2],
        ["Chief of Engineers", 5],
      ],
      title: "Chief of Engineers",
    },
    {
      written: [
        ["General", 4],
        ["Chief of Defence Forces", 1],
      ],
      title: "General",
    },
    { written: [["Vice Admiral", 2]], title: "Vice Admiral" },
  ] as TitleCase[])("takes '$title' of $written: a military rank yields to an office written as often", takesTitle);

  it("gives no title to a person written without one", () => {
    expect(personTitle(new Map())).toBeUndefined();
  });

  it.each([
    {
      written: [
        ["Professor", 3],
        ["Minister of Tides", 1],
      ],
      title: "Minister of Tides",
    },
    {
      written: [
        ["Prof.", 2],
        ["Secretary", 1],
      ],
      title: "Secretary",
    },
    { written: [["Professor", 2]], title: "Professor" },
  ] as TitleCase[])("takes '$title' of $written: an academic style only for someone with no office", takesTitle);
});
