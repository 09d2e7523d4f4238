// Stage 06 (relations): meetings, attendance, leadership, funding and partnerships read from small hand-written
// documents built through the whole pipeline, and evidence that is always the raw text it claims to be.

import type Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { NodeAttributes } from "../../src/schema/graph.ts";
import { buildFromDocuments } from "../../src/pipeline/index.ts";
import { resolve } from "../../src/pipeline/05-resolve.ts";
import { sentenceCues } from "../../src/pipeline/06-relations.ts";
import {
  documentMentions,
  documentRelations,
  entityFacts,
  prepareDocument,
  type EntityTable,
} from "../../src/pipeline/per-document.ts";
import { WordCounter } from "../../src/pipeline/vocabulary.ts";
import {
  allEvidence,
  buildFixture,
  edgesBetween,
  edgesOf,
  FIXTURE_DATE,
  fixtureVocabulary,
  nodesOfKind,
  sourceDocument,
} from "../_pipeline.ts";

const meetingOf = (graph: Graph) => {
  const [id, ...more] = nodesOfKind(graph, "meeting");
  expect(more).toEqual([]);
  return { id, ...(graph.getNodeAttributes(id) as NodeAttributes) };
};

/** The people who ATTENDED a meeting, sorted. */
const attendeesOf = (graph: Parameters<typeof edgesOf>[0], meeting: string) =>
  edgesOf(graph, "ATTENDED")
    .filter((e) => e.target === meeting)
    .map((e) => e.source)
    .sort();

describe("meetings: 'X met today with Y in Z'", () => {
  it.each([
    {
      what: "two invented leaders in Tallinn",
      text: "Prime Minister Kaja Kallas met today with Foreign Minister Penny Wong in Tallinn, Estonia. The two leaders discussed trade and regional security.",
      people: ["person:kaja-kallas", "person:penny-wong"],
      place: { id: "place:tallinn", label: "Tallinn" },
      within: [],
    },
    {
      what: "the 2023-11-17 readout's opening, hard-wrapped",
      text: "President Joseph R. Biden, Jr. met today with President Andrés Manuel\nLópez Obrador of Mexico, in San Francisco, California.  The two leaders\nreaffirmed the partnership.",
      people: ["person:joseph-r-biden-jr", "person:andres-manuel-lopez-obrador"],
      place: { id: "place:san-francisco", label: "San Francisco" },
      within: ["place:california"],
    },
    {
      what: "a meeting in a city and the state it lies in",
      text: "President Tomas Varga met today with Prime Minister Kaja Kallas in Portland, Oregon.",
      people: ["person:tomas-varga", "person:kaja-kallas"],
      place: { id: "place:portland", label: "Portland" },
      within: ["place:oregon"],
    },
    {
      what: "a meeting in the first of a list of places",
      text: "President Tomas Varga met today with Prime Minister Kaja Kallas in Oregon, Ohio, and Maine.",
      people: ["person:tomas-varga", "person:kaja-kallas"],
      place: { id: "place:oregon", label: "Oregon" },
      within: [],
    },
  ])("makes one dated, placed meeting of $what", ({ text, people, place, within }) => {
    const graph = buildFixture({ "readout.txt": text });
    const meeting = meetingOf(graph);
    expect(meeting).toMatchObject({
      date: FIXTURE_DATE,
      place: place.label,
      format: "in person",
      docs: ["readout.txt"],
    });
    for (const person of people) expect(edgesBetween(graph, "ATTENDED", person, meeting.id)).toHaveLength(1);
    const [metWith] = edgesBetween(graph, "MET_WITH", people[0], people[1]);
    expect(metWith.attributes.meeting).toBe(meeting.id);
    expect(graph.isUndirected(metWith.key)).toBe(true);
    // In the city and in the place named after it (a state, not a country: "Tallinn, Estonia" is in Tallinn only).
    expect(
      edgesOf(graph, "LOCATED_IN")
        .map((e) => [e.source, e.target])
        .sort(),
    ).toEqual([place.id, ...within].map((target) => [meeting.id, target]).sort());
  });

  it.each([
    "President Tomas Varga spoke with Prime Minister Kaja Kallas on May 10 to\ndiscuss the ongoing flooding in Tallinn.",
    "President Tomas Varga spoke with Prime Minister Kaja Kallas and discussed the situation in Tallinn.",
    "President Tomas Varga spoke with Prime Minister Kaja Kallas about the flooding in Tallinn.",
  ])("places no meeting where its subject is: %j", (text) => {
    const graph = buildFixture({ "readout.txt": text });
    expect(edgesOf(graph, "LOCATED_IN")).toEqual([]);
    expect(meetingOf(graph).place).toBeUndefined();
  });

  it("places a meeting in its first place only, not where earlier meetings were held", () => {
    const graph = buildFixture({
      "readout.txt":
        "Prime Minister Kaja Kallas today hosted President Tomas Varga in Tallinn, Estonia, following up on their talks in Riga in May.",
    });
    expect(edgesOf(graph, "LOCATED_IN").map((e) => e.target)).toEqual(["place:tallinn"]);
  });

  it("names a meeting after the word the corpus calls a person by after a title: 'President Tamm' of 'Tamm Ruslan'", () => {
    const graph = buildFixture({
      "readout.txt":
        "President Tamm Ruslan met today with Prime Minister Kaja Kallas in Tallinn, Estonia. President Tamm thanked her.",
    });
    expect(meetingOf(graph).label).toMatch(/^Tamm–Kallas /);
  });

  it("names a meeting after a surname of two words the corpus calls a person by: 'President Ruiz Vega'", () => {
    const graph = buildFixture({
      "readout.txt":
        "President Ana Ruiz Vega met today with Prime Minister Kaja Kallas in Tallinn, Estonia. President Ruiz Vega thanked her.",
    });
    expect(meetingOf(graph).label).toMatch(/^Ruiz Vega–Kallas /);
  });

  it("names a meeting after the one word a person is called by, though 'President Cyril Tamm' is written more", () => {
    const graph = buildFixture({
      "readout.txt":
        "President Ana Cyril Tamm met today with Prime Minister Kaja Kallas in Tallinn, Estonia. President Cyril Tamm spoke. President Cyril Tamm left. President Cyril Tamm returned. President Tamm smiled.",
    });
    expect(meetingOf(graph).label).toMatch(/^Tamm–Kallas /);
  });

  it.each([
    [
      "Prime Minister Kaja Kallas met today with South Korean Foreign Minister Tamm Hojin in Tallinn, Estonia.",
      /^Kallas–Tamm /,
    ],
    ["President Ana Ruiz met today with Prime Minister Hun Tamm of Cambodia in Phnom Penh.", /^Ruiz–Hun /],
  ])(
    "names a meeting after the family name, written first, of a person of a country that so writes it: %j",
    (readout, label) => {
      expect(meetingOf(buildFixture({ "readout.txt": readout })).label).toMatch(label);
    },
  );

  it("names a meeting after each surname once: a president and the first lady of one name", () => {
    const graph = buildFixture({
      "readout.txt":
        "President Tomas Varga and First Lady Ana Varga met today with Prime Minister Kaja Kallas in Tallinn, Estonia.",
    });
    expect(meetingOf(graph).label).toMatch(/^Varga–Kallas /);
  });

  it("names a meeting after its people's surnames, without a generational suffix ('Tamm III', 'Ruiz, Jr.')", () => {
    const graph = buildFixture({
      "readout.txt": "Secretary Lloyd Tamm III met today with President Ana Ruiz, Jr. in Tallinn, Estonia.",
    });
    expect(meetingOf(graph).label).toMatch(/^Tamm–Ruiz /);
  });

  it("lists every leader met, each after their country written in full with its acronym", () => {
    const graph = buildFixture({
      "readout.txt":
        "President Ana Ruiz met today with President Tomas Varga of the Democratic Republic of the Congo (DRC), President Kaja Kallas of Estonia, and President Penny Wong of Australia.",
    });
    const attendees = attendeesOf(graph, meetingOf(graph).id);
    expect(attendees).toEqual(["person:ana-ruiz", "person:kaja-kallas", "person:penny-wong", "person:tomas-varga"]);
    expect(edgesBetween(graph, "MEMBER_OF", "person:tomas-varga", "country:dr-congo")).toHaveLength(1);
  });

  it("keeps one person's calls with two others on one day apart: two meetings", () => {
    const graph = buildFixture({
      "fact-sheet.txt":
        "- December 8: Secretary Ana Ruiz’s call with Prime Minister Kaja Kallas.\n" +
        "- December 8: Secretary Ana Ruiz’s call with Foreign Minister Penny Wong.\n",
    });
    const meetings = nodesOfKind(graph, "meeting");
    expect(meetings).toHaveLength(2);
    expect(meetings.map((m) => attendeesOf(graph, m))).toEqual(
      expect.arrayContaining([
        ["person:ana-ruiz", "person:kaja-kallas"],
        ["person:ana-ruiz", "person:penny-wong"],
      ]),
    );
  });

  it("gives the attendance edges the sentence of the meeting as evidence", () => {
    const text =
      "Prime Minister Kaja Kallas met today with Foreign Minister Penny Wong in Tallinn. They discussed trade.";
    const graph = buildFixture({ "readout.txt": text });
    for (const e of edgesOf(graph, "ATTENDED"))
      expect(e.attributes.evidence.map((x) => x.text)).toEqual([
        "Prime Minister Kaja Kallas met today with Foreign Minister Penny Wong in Tallinn.",
      ]);
  });

  it.each([
    { verb: "met yesterday with", date: "2023-11-16", format: "in person" },
    { verb: "met today with", date: "2023-11-17", format: "in person" },
    { verb: "spoke by phone today with", date: "2023-11-17", format: "call" },
    { verb: "held a video conference today with", date: "2023-11-17", format: "virtual" },
  ])("dates and types the meeting of 'Kallas $verb Wong'", ({ verb, date, format }) => {
    const graph = buildFixture({ "readout.txt": `Prime Minister Kaja Kallas ${verb} Foreign Minister Penny Wong.` });
    expect(meetingOf(graph)).toMatchObject({ date, format });
  });

  it("leaves a meeting undated when neither the sentence nor the document gives a date", () => {
    const graph = buildFixture(
      { "readout.txt": "Prime Minister Kaja Kallas met with Foreign Minister Penny Wong in Tallinn." },
      null,
    );
    const meeting = meetingOf(graph);
    expect(meeting.date).toBeUndefined();
    expect(meeting.id).toMatch(/^meeting:undated-/);
  });

  it("states the country of a titled participant as MEMBER_OF with the title", () => {
    const graph = buildFixture({
      "readout.txt": "President Joe Biden spoke by phone today with Prime Minister Kaja Kallas of Estonia.",
    });
    expect(edgesBetween(graph, "MEMBER_OF", "person:kaja-kallas", "country:estonia")).toEqual([
      expect.objectContaining({
        source: "person:kaja-kallas",
        attributes: expect.objectContaining({ title: "Prime Minister" }),
      }),
    ]);
  });

  it("takes the format from the whole sentence: 'hosted … for a virtual bilateral meeting' is virtual", () => {
    const graph = buildFixture({
      "readout.txt":
        "President Joe Biden hosted Prime Minister Kaja Kallas of Estonia for a virtual bilateral meeting.",
    });
    expect(meetingOf(graph).format).toBe("virtual");
  });

  it("labels a meeting by the participants' names, not a suffix: 'Joseph R. Biden, Jr.' is Biden", () => {
    const graph = buildFixture({
      "readout.txt": "President Joseph R. Biden, Jr. met today with President Andrés Manuel López Obrador of Mexico.",
    });
    expect(meetingOf(graph).label).toMatch(/^Biden–(?:López )?Obrador in person/);
  });
});

describe("attendance: 'was accompanied by A; B; and C'", () => {
  it("makes everyone listed an attendee of the document's meeting", () => {
    const graph = buildFixture({
      "readout.txt":
        "Prime Minister Kaja Kallas met today with Foreign Minister Penny Wong in Tallinn, Estonia.\n\n" +
        "Prime Minister Kallas was accompanied by Defense Minister Hanno Pevkur; Economy Minister Tiit Riisalo; and Ambassador Jane Roe.",
    });
    const meeting = meetingOf(graph);
    const attendees = attendeesOf(graph, meeting.id);
    expect(attendees).toEqual([
      "person:hanno-pevkur",
      "person:jane-roe",
      "person:kaja-kallas",
      "person:penny-wong",
      "person:tiit-riisalo",
    ]);
    const [pevkur] = edgesBetween(graph, "ATTENDED", "person:hanno-pevkur", meeting.id);
    expect(pevkur.attributes.evidence[0].text).toMatch(/^Prime Minister Kallas was accompanied by/);
    expect(graph.getNodeAttribute("person:hanno-pevkur", "title")).toBe("Defense Minister");
  });
});

describe("attendance of a named gathering: 'will attend the Baltic Tidal Summit'", () => {
  const attendedOf = (text: string) =>
    edgesOf(buildFixture({ "statement.txt": text }), "ATTENDED")
      .filter((e) => e.target.startsWith("meeting:baltic-tidal-summit"))
      .map((e) => [e.source, e.attributes.role ?? ""])
      .sort();

  it.each([
    {
      text: "Prime Minister Kaja Kallas and President Tomas Varga will attend the Baltic Tidal Summit in Riga.",
      attended: [
        ["person:kaja-kallas", ""],
        ["person:tomas-varga", ""],
      ],
    },
    {
      text: "President Tomas Varga hosted the Baltic Tidal Summit in Riga.",
      attended: [["person:tomas-varga", "host"]],
    },
    {
      text: "Prime Minister Kaja Kallas met with President Tomas Varga on the margins of the Baltic Tidal Summit.",
      attended: [
        ["person:kaja-kallas", ""],
        ["person:tomas-varga", ""],
      ],
    },
    { text: "Prime Minister Kaja Kallas will not attend the Baltic Tidal Summit.", attended: [] },
    { text: "Prime Minister Kaja Kallas praised the Baltic Tidal Summit.", attended: [] },
  ])("reads who attended in '$text'", ({ text, attended }) => {
    expect(attendedOf(text)).toEqual(attended);
  });
});

describe("membership by title", () => {
  it("makes a former officer no member of the body: 'Ada Tamm, Former Chair of the Tidal Council'", () => {
    const graph = buildFixture({
      "bio.txt": "Estonian official Ada Tamm, Former Chair of the Tidal Council, spoke.",
    });
    expect(edgesOf(graph, "MEMBER_OF").map((e) => e.target)).not.toContain("agency:tidal-council");
  });

  it("makes a serving officer a member of the body: 'Ada Tamm, Chair of the Tidal Council'", () => {
    const graph = buildFixture({ "bio.txt": "Ada Tamm, Chair of the Tidal Council, spoke." });
    expect(edgesOf(graph, "MEMBER_OF").map((e) => e.target)).toContain("agency:tidal-council");
  });
});

describe("leadership", () => {
  it.each([
    "- Ada Tamm, Nominee for Chair of the Tidal Safety Board",
    "- Ada Tamm, Vice Chair of the Tidal Safety Board",
    "Ada Tamm served as deputy chair of the Tidal Safety Board.",
  ])("reads no LEADS for a nominee, a vice chair or a deputy chair: %j", (text) => {
    expect(edgesOf(buildFixture({ "list.txt": text }), "LEADS")).toEqual([]);
  });

  it("reads LEADS from a chair's title in an apposition: 'Ada Tamm, Co-Chair, Tidal Advisory Committee'", () => {
    const graph = buildFixture({ "list.txt": "- Dr. Ada Tamm, Co-Chair, Tidal Advisory Committee" });
    expect(edgesOf(graph, "LEADS").map((e) => [e.source, e.target])).toEqual([
      ["person:ada-tamm", "agency:tidal-advisory-committee"],
    ]);
  });

  it("reads LEADS for the person a chair's title comes before, not the name before the title", () => {
    const graph = buildFixture({
      "readout.txt":
        "Today, Director of the Tidal Policy Council Ada Tamm, and Chair of the Council on Coastal Quality Bo Ruiz announced new actions. Both work for coastal quality.",
    });
    expect(edgesOf(graph, "LEADS").map((e) => [e.source, e.target])).toEqual([
      ["person:bo-ruiz", "agency:council-on-coastal-quality"],
    ]);
  });

  it("reads the body named before a title, its acronym between them: 'Tidal Trade Commission (TTC) Chair Ada Tamm'", () => {
    const graph = buildFixture({
      "readout.txt":
        "Today, President Tomas Varga will be joined by Tidal Trade Commission (TTC) Chair Ada Tamm and Coastal Financial Protection Bureau (CFPB) Director Bo Ruiz as they announce new efforts.",
    });
    expect(
      edgesOf(graph, "MEMBER_OF")
        .map((e) => [e.source, e.target])
        .sort(),
    ).toEqual([
      ["person:ada-tamm", "agency:tidal-trade-commission"],
      ["person:bo-ruiz", "agency:coastal-financial-protection-bureau"],
    ]);
  });

  it("makes the heads of a delegation 'led by' them its leaders, and the delegation a body of its country", () => {
    const graph = buildFixture({
      "readout.txt":
        "President Maria Lopez met yesterday in Santiago with a delegation of senior Australian officials led by Foreign Minister Penny Wong and Trade Minister Don Farrell.",
    });
    const leads = edgesOf(graph, "LEADS");
    expect(leads.map((e) => e.source).sort()).toEqual(["person:don-farrell", "person:penny-wong"]);
    const delegation = leads[0].target;
    expect(leads.every((e) => e.target === delegation)).toBe(true);
    expect(graph.getNodeAttributes(delegation)).toMatchObject({
      kind: "agency",
      label: expect.stringMatching(/delegation/),
    });
    expect(edgesBetween(graph, "MEMBER_OF", delegation, "country:australia")).toHaveLength(1);
    const meeting = meetingOf(graph);
    expect(meeting).toMatchObject({ date: "2023-11-16", place: "Santiago" });
    expect(edgesBetween(graph, "MET_WITH", "person:maria-lopez", "person:penny-wong")).toHaveLength(1);
  });

  it.each([
    "The Presidential Delegation, led by Ambassador Ada Tamm, met with President Bo Ruiz in Tallinn.",
    "The Presidential Delegation, led by Ambassador Ada Tamm, and joined by Representative Ivo Meeks and Representative Jon Fort, met with President Bo Ruiz.",
  ])("makes only those named between 'led by' and the verb, or those who joined them, the leaders: %j", (text) => {
    const graph = buildFixture({ "readout.txt": text });
    expect(edgesOf(graph, "LEADS").map((e) => e.source)).toEqual(["person:ada-tamm"]);
  });

  it.each(["will lead", "will chair", "leads"])("reads 'Kallas %s the Baltic Energy Initiative' as LEADS", (verb) => {
    const graph = buildFixture({
      "plan.txt": `Prime Minister Kaja Kallas ${verb} the Baltic Energy Initiative.`,
    });
    expect(edgesOf(graph, "LEADS")).toEqual([
      expect.objectContaining({ source: "person:kaja-kallas", target: "program:baltic-energy-initiative" }),
    ]);
  });

  it.each([
    "Unions backed President Tomas Varga’s pick to lead the Baltic Energy Initiative.",
    "President Tomas Varga has led the most equitable recovery on record by signing the Baltic Energy Initiative.",
    "Secretary Ana Ruiz led the Ministry of Climate’s Bureau of Tides.",
    "President Tomas Varga is convening seven leading companies at the Ministry of Climate.",
    "Secretary Ana Ruiz will be the first to lead any of the Glacier House policy councils.",
    "Secretary Ana Ruiz chairs the Glacier Society (GS) Committee on Meetings.",
    "President Tomas Varga has led international efforts alongside the Nordic Council to hold Ruritania to account.",
    "Secretary Ana Ruiz led talks with the Ministry of Climate on the coast.",
    "Secretary Ana Ruiz co-led the U.S. delegation to the Baltic Energy Initiative.",
    "President Tomas Varga led the way when he signed the Baltic Energy Initiative.",
    "The council works alongside Secretary Ana Ruiz and a former mayor who heads the Ministry of Climate.",
  ])(
    "reads no LEADS in '%s': a possessive's pick, an object far from the verb or owned by the body named, an adjective, a name qualifying the body led, an idiom, a relative clause of someone unnamed",
    (text) => {
      expect(edgesOf(buildFixture({ "plan.txt": text }), "LEADS")).toEqual([]);
    },
  );

  it.each([
    "President Tomas Varga has made an excellent choice to lead the Ministry of Climate.",
    "President Tomas Varga nominated a veteran diplomat to lead the Baltic Energy Initiative.",
    "Statement from President Tomas Varga: “Ruta is uniquely equipped to lead the Baltic Energy Initiative.”",
    "The Vice President is traveling to Riga on behalf of President Tomas Varga to lead the Baltic Energy Initiative.",
    "On behalf of President Tomas Varga, the Second Gentleman will lead the Baltic Energy Initiative.",
    "It is an honor to be nominated by President Tomas Varga to lead the Ministry of Climate.",
    "She was asked by Secretary Ana Ruiz to chair the Ministry of Climate.",
  ])("reads no LEADS of the one who chose, quoted or sent the leader: '%s'", (text) => {
    expect(edgesOf(buildFixture({ "plan.txt": text }), "LEADS")).toEqual([]);
  });

  it.each([
    "President Tomas Varga asked Secretary Ana Ruiz to lead the Baltic Energy Initiative.",
    "Secretary Ana Ruiz, the first woman appointed to chair the Baltic Energy Initiative, spoke today.",
    "Senator Tomas Varga: “Secretary Ana Ruiz is the right choice to lead the Baltic Energy Initiative.”",
    "The council works alongside Senator Tomas Varga and Secretary Ana Ruiz, who leads the Baltic Energy Initiative.",
  ])("still reads the one asked, appointed or chosen as the leader: '%s'", (text) => {
    expect(edgesOf(buildFixture({ "plan.txt": text }), "LEADS")).toEqual([
      expect.objectContaining({ source: "person:ana-ruiz", target: "program:baltic-energy-initiative" }),
    ]);
  });

  it("does not make the chair of a meeting the leader of a body its name holds: '… the Nordic Council health ministerial meeting'", () => {
    const graph = buildFixture({
      "plan.txt": "Secretary Ana Ruiz co-chaired the Nordic Council health ministerial meeting in Riga.",
    });
    expect(edgesOf(graph, "LEADS")).toEqual([]);
  });
});

describe("funding, commitments and partnerships", () => {
  it("gives each recipient the amount written before it: '$48 million in A, $30 million in B'", () => {
    const graph = buildFixture({
      "fact-sheet.txt":
        "Estonia has provided more than $123 million to host refugees, including $48 million in Latvia, $30 million in Finland, and $9 million in Lithuania.",
    });
    const amounts = Object.fromEntries(edgesOf(graph, "FUNDS").map((e) => [e.target, e.attributes.amount]));
    expect(amounts).toEqual({
      "country:latvia": "$48 million",
      "country:finland": "$30 million",
      "country:lithuania": "$9 million",
    });
  });

  it("gives a payer no recipient of a second payer's clause: '… and the United States has contributed … to B'", () => {
    const graph = buildFixture({
      "fact-sheet.txt":
        "Japan has provided $107 million to Latvia and the United States has contributed $180 million to Lithuania.",
    });
    expect(
      edgesOf(graph, "FUNDS")
        .filter((e) => e.source === "country:japan")
        .map((e) => e.target),
    ).toEqual(["country:latvia"]);
  });

  it("reads 'provided over $600 million … to A, B, and C' as FUNDS to each, with the amount as written", () => {
    const graph = buildFixture({
      "fact-sheet.txt":
        "The U.S. Agency for International Development (USAID) provided over $600 million in humanitarian assistance to El Salvador, Guatemala, and Honduras.",
    });
    const usaid = "agency:u-s-agency-for-international-development";
    const funds = edgesOf(graph, "FUNDS").filter((e) => e.source === usaid);
    expect(funds.map((e) => e.target).sort()).toEqual(["country:el-salvador", "country:guatemala", "country:honduras"]);
    for (const e of funds)
      expect(e.attributes).toMatchObject({
        amount: "over $600 million",
        currency: "USD",
        what: "humanitarian assistance",
      });
  });

  it.each([
    { amount: "€50 million", currency: "EUR" },
    { amount: "$50 million", currency: "USD" },
    { amount: "£5 million", currency: "GBP" },
    { amount: "$25M", currency: "USD" },
    { amount: "$1.5B", currency: "USD" },
    { amount: "€2bn", currency: "EUR" },
    { amount: "up to $90+ million", currency: "USD" },
  ])("records the currency of $amount", ({ amount, currency }) => {
    const graph = buildFixture({ "fact-sheet.txt": `Australia provided ${amount} to Fiji and Tonga.` });
    const funds = edgesOf(graph, "FUNDS");
    expect(funds.map((e) => [e.source, e.target])).toEqual([
      ["country:australia", "country:fiji"],
      ["country:australia", "country:tonga"],
    ]);
    for (const e of funds) expect(e.attributes).toMatchObject({ amount, currency });
  });

  it("reads two countries that 'agreed to hold' a programme as partners in it", () => {
    const graph = buildFixture({
      "statement.txt": "The United States and Mexico agreed to hold a High-Level Economic Dialogue in September.",
    });
    expect(edgesOf(graph, "PARTNERS_WITH")).toEqual([
      expect.objectContaining({
        source: "country:mexico",
        target: "country:united-states",
        attributes: expect.objectContaining({ program: "program:high-level-economic-dialogue" }),
      }),
    ]);
  });

  it("reads 'A and B launched P' as both committing to P and partnering in it", () => {
    const graph = buildFixture({ "statement.txt": "Estonia and Latvia launched the Baltic Energy Initiative." });
    expect(
      edgesOf(graph, "COMMITTED")
        .map((e) => [e.source, e.target])
        .sort(),
    ).toEqual([
      ["country:estonia", "program:baltic-energy-initiative"],
      ["country:latvia", "program:baltic-energy-initiative"],
    ]);
    expect(edgesBetween(graph, "PARTNERS_WITH", "country:estonia", "country:latvia")).toHaveLength(1);
  });

  it.each([
    "Estonia launched the Baltic Tidal Platform to support coastal projects and to facilitate implementation of the Glacier Master Plan.",
    "Estonia launched a new Baltic Tidal Platform, which will carry out the Glacier Master Plan.",
  ])("reads a launch as committing to what is launched, not to what it serves: %j", (text) => {
    const graph = buildFixture({ "statement.txt": text });
    expect(edgesOf(graph, "COMMITTED").map((e) => [e.source, e.target])).toEqual([
      ["country:estonia", "program:baltic-tidal-platform"],
    ]);
  });

  it("reads no commitment to what a launched body serves: 'launched the Bureau of Tides, which brings together P'", () => {
    const graph = buildFixture({
      "statement.txt":
        "Estonia launched the Bureau of Tides, which brings together the Glacier Master Plan and its experts.",
    });
    expect(edgesOf(graph, "COMMITTED").map((e) => e.target)).not.toContain("program:glacier-master-plan");
  });

  it("reads every programme after a commitment that is no launch: 'committed to P to support Q'", () => {
    const graph = buildFixture({
      "statement.txt": "Estonia committed to the Baltic Tidal Platform to support the Glacier Master Plan.",
    });
    expect(
      edgesOf(graph, "COMMITTED")
        .map((e) => e.target)
        .sort(),
    ).toEqual(["program:baltic-tidal-platform", "program:glacier-master-plan"]);
  });

  it.each(["will provide $50 million to Fiji", "will invest $50 million in Fiji"])(
    "reads '%s' as funding with its amount, not as a commitment: money pledged is money given",
    (words) => {
      const graph = buildFixture({ "statement.txt": `Australia ${words}.` });
      expect(edgesOf(graph, "FUNDS")).toEqual([
        expect.objectContaining({
          source: "country:australia",
          target: "country:fiji",
          attributes: expect.objectContaining({ amount: "$50 million", currency: "USD" }),
        }),
      ]);
      expect(edgesOf(graph, "COMMITTED")).toEqual([]);
    },
  );

  it.each([
    {
      what: "an adverbial before the payer",
      text: "In Peru, Australia provided $40 million to Fiji and Tonga.",
      funds: [
        ["country:australia", "country:fiji"],
        ["country:australia", "country:tonga"],
      ],
    },
    {
      what: "a person told of the payment",
      text: "Mr. Sullivan told Foreign Minister Tomas Varga that Australia will provide $30 million to Fiji.",
      funds: [["country:australia", "country:fiji"]],
    },
    {
      what: "a country that only says whose firms pay",
      text: "U.S. firms will invest $5 million in Fiji.",
      funds: [],
    },
    {
      what: "a body the money comes from",
      text: "Australia provided $40 million to Fiji, drawing on a loan from the Nordic Investment Bank.",
      funds: [["country:australia", "country:fiji"]],
    },
    {
      what: "a partner of the payer",
      text: "Australia will provide $5 million to Fiji in partnership with the Nordic Investment Bank.",
      funds: [["country:australia", "country:fiji"]],
    },
    {
      what: "a body named after the money that receives none",
      text: "Australia provided $40 million to Fiji, and the Nordic Investment Bank announced a study.",
      funds: [["country:australia", "country:fiji"]],
    },
  ])("reads who pays whom in a sentence with $what", ({ text, funds }) => {
    const graph = buildFixture({ "statement.txt": text });
    expect(
      edgesOf(graph, "FUNDS")
        .map((e) => [e.source, e.target])
        .sort(),
    ).toEqual(funds);
  });

  it("keeps the amount as written after a Markdown escape: 'provided over \\$600 million' gives 'over $600 million', one space", () => {
    const graph = buildFixture({ "fact-sheet.txt": "Australia provided over \\$600 million to Fiji." });
    expect(edgesOf(graph, "FUNDS").map((e) => e.attributes.amount)).toEqual(["over $600 million"]);
  });

  it("gives what is funded on one line when the text wraps it: 'in green and\\n    blue investments'", () => {
    const graph = buildFixture({
      "fact-sheet.txt":
        "Australia, with its many partners in the region, provided $5 million in green and\n    blue investments to Fiji.",
    });
    expect(edgesOf(graph, "FUNDS").map((e) => e.attributes.what)).toEqual(["green and blue investments"]);
  });

  it("reads funding by an organisation named '… Fund': 'The Green Climate Fund provided $50 million to Fiji.'", () => {
    const graph = buildFixture({ "fact-sheet.txt": "The Green Climate Fund provided $50 million to Fiji." });
    expect(edgesOf(graph, "FUNDS").map((e) => [e.source, e.target, e.attributes.amount])).toEqual([
      ["agency:green-climate-fund", "country:fiji", "$50 million"],
    ]);
  });

  it("reads an amount hard-wrapped before its 'million': 'provided $588\\n    million to Fiji'", () => {
    const graph = buildFixture({
      "fact-sheet.txt": "Australia, with its partners in the region, provided $588\n    million to Fiji.",
    });
    expect(edgesOf(graph, "FUNDS").map((e) => [e.target, e.attributes.amount])).toEqual([
      ["country:fiji", "$588 million"],
    ]);
  });

  it.each([
    {
      text: "Estonia and Latvia will launch the Baltic Energy Initiative.",
      actors: ["country:estonia", "country:latvia"],
    },
    { text: "Estonia recently launched the Baltic Energy Initiative.", actors: ["country:estonia"] },
  ])("reads a commitment in $text", ({ text, actors }) => {
    const committed = edgesOf(buildFixture({ "statement.txt": text }), "COMMITTED");
    expect(committed.map((e) => e.source).sort()).toEqual(actors);
    for (const e of committed) expect(e.target).toBe("program:baltic-energy-initiative");
  });

  it("gives money to the recipient an owner names, not to the owner: '$3 million to the Tidal Agency’s Glacier Program'", () => {
    const graph = buildFixture({
      "statement.txt": "Estonia committed $3 million to the Tidal Agency’s Glacier Program.",
    });
    expect(edgesOf(graph, "FUNDS").map((e) => e.target)).toEqual(["program:glacier-program"]);
  });

  it.each([
    "Estonia reiterated its commitment to clean energy, including its urging for the Nordic Council to pass the law.",
    "Estonia will work with the Nordic Council to provide up to $1 million for grid studies.",
  ])("reads no commitment to one asked or worked with: %j", (text) => {
    const graph = buildFixture({ "statement.txt": text });
    expect(edgesOf(graph, "COMMITTED").map((e) => e.target)).not.toContain("agency:nordic-council");
  });

  it("takes no actor from after 'against': 'Latvia voted against Russia … and pledged $4 million'", () => {
    const graph = buildFixture({
      "statement.txt":
        "Latvia voted against Russia at the United Nations, and also pledged $4 million to support Estonia.",
    });
    expect(edgesOf(graph, "COMMITTED").map((e) => e.source)).toEqual(["country:latvia"]);
  });

  it("reads 'committed $20 million to' as money pledged, funding with its amount", () => {
    const graph = buildFixture({ "statement.txt": "Estonia committed $20 million to the Baltic Energy Initiative." });
    expect(edgesOf(graph, "FUNDS").map((e) => [e.source, e.target, e.attributes.amount])).toEqual([
      ["country:estonia", "program:baltic-energy-initiative", "$20 million"],
    ]);
    expect(edgesOf(graph, "COMMITTED")).toEqual([]);
  });

  it.each([
    "The Tidal Corps complements the administration’s recently launched Baltic Energy Initiative.",
    "The Tidal Corps builds on the newly launched Baltic Energy Initiative.",
    "Estonia noted the project to build air-launched drones under the Baltic Energy Initiative.",
    "Estonia welcomed efforts under the re-launched Baltic Energy Initiative.",
  ])("reads no commitment in 'launched' as an adjective: %j", (text) => {
    expect(edgesOf(buildFixture({ "statement.txt": text }), "COMMITTED")).toEqual([]);
  });

  it("reads 'co-launched' and 're-launched' as launches", () => {
    for (const verb of ["co-launched", "re-launched"]) {
      const graph = buildFixture({ "statement.txt": `Estonia ${verb} the Baltic Energy Initiative.` });
      expect(edgesOf(graph, "COMMITTED").map((e) => [e.source, e.target])).toEqual([
        ["country:estonia", "program:baltic-energy-initiative"],
      ]);
    }
  });

  it("takes no principal for 'they' in a clause of its own: 'As they work to …, we launched …'", () => {
    const graph = buildFixture({
      "statement.txt":
        "President Tomas Varga met with Prime Minister Kaja Kallas. As they work to deliver growth for their people, we are advancing our efforts, and we launched the Baltic Energy Initiative.",
    });
    expect(edgesOf(graph, "COMMITTED")).toEqual([]);
  });

  it.each([
    {
      what: "a group that does not name their countries",
      last: "We, the Leaders of the Group of Seven, met today to reflect on our support for Estonia.",
      met: [],
    },
    {
      what: "the leaders of both principals' countries",
      last: "We, the leaders of Estonia and Latvia, met today in Riga.",
      met: [["person:kaja-kallas", "person:tomas-varga"]],
    },
  ])("reads 'We, the leaders of …' as the document's principals only for $what", ({ last, met }) => {
    const graph = buildFixture({
      "statement.txt": `Latvian President Tomas Varga thanked Estonian Prime Minister Kaja Kallas. President Varga and Prime Minister Kallas spoke of trade. ${last}`,
    });
    const pairs = edgesOf(graph, "MET_WITH").map((e) => [e.source, e.target].sort());
    expect(pairs).toEqual(met);
  });

  it("takes the principals for 'they' as the subject: 'They launched …'", () => {
    const graph = buildFixture({
      "statement.txt":
        "President Tomas Varga met with Prime Minister Kaja Kallas. They launched the Baltic Energy Initiative.",
    });
    expect(
      edgesOf(graph, "COMMITTED")
        .map((e) => e.source)
        .sort(),
    ).toEqual(["person:kaja-kallas", "person:tomas-varga"]);
  });
});

describe("who commits: the actor, not a name around it", () => {
  const BEI = "program:baltic-energy-initiative";
  const committed = (text: string) =>
    edgesOf(buildFixture({ "statement.txt": text }), "COMMITTED")
      .map((e) => [e.source, e.target])
      .sort();

  it.each([
    {
      what: "the person named after 'the full commitment'",
      text: "President Joe Biden expressed appreciation for the full commitment President Tomas Varga has made through the Baltic Energy Initiative.",
      committed: [["person:tomas-varga", BEI]],
    },
    {
      what: "the owners of a commitment that an agreement fulfils",
      text: "Estonia and Latvia agreed to hold the Baltic Energy Dialogue, fulfilling President Tomas Varga’s and Prime Minister Kaja Kallas’s commitment.",
      committed: [
        ["person:kaja-kallas", "program:baltic-energy-dialogue"],
        ["person:tomas-varga", "program:baltic-energy-dialogue"],
      ],
    },
    {
      what: "the agency whose name holds a country",
      text: "The U.S. Agency for Coastal Mapping launched the Baltic Energy Initiative.",
      committed: [["agency:u-s-agency-for-coastal-mapping", BEI]],
    },
    {
      what: "an adverbial before the actor",
      text: "In Latvia, the Ministry of Climate launched the Baltic Energy Initiative.",
      committed: [["agency:ministry-of-climate", BEI]],
    },
    {
      what: "an actor joined 'together with' another",
      text: "Estonia, together with Latvia, launched the Baltic Energy Initiative.",
      committed: [
        ["country:estonia", BEI],
        ["country:latvia", BEI],
      ],
    },
    {
      what: "a body owned by a country, which is the target rather than its owner",
      text: "The Ministry of Climate will support Latvia’s Glacier Council.",
      committed: [["agency:ministry-of-climate", "agency:glacier-council"]],
    },
    {
      what: "a place where the work is done, which is no target",
      text: "The Ministry of Climate will work with engineers and unions in Latvia.",
      committed: [],
    },
    {
      what: "a place whose development is supported, which is the target",
      text: "The Ministry of Climate will support infrastructure development in southern Latvia.",
      committed: [["agency:ministry-of-climate", "place:southern-latvia"]],
    },
    {
      what: "the subject after a possessive that opens the sentence, not the possessor",
      text: "Following President Tomas Varga’s call to action, Estonia and Latvia launched the Baltic Energy Initiative.",
      committed: [
        ["country:estonia", BEI],
        ["country:latvia", BEI],
      ],
    },
    {
      what: "no possessor of a purpose clause as the actor",
      text: "To counter Russia’s attempt to evade the sanctions, the leaders will support the Baltic Energy Initiative.",
      committed: [],
    },
    {
      what: "no name before a demonstrative subject ('…, this mechanism will support')",
      text: "Based in Riga to serve the Glacier Council, this mechanism will support the Baltic Energy Initiative.",
      committed: [],
    },
    {
      what: "a possessor whose body is the subject ('Latvia’s ministry will support')",
      text: "Latvia’s ministry will support the Baltic Energy Initiative.",
      committed: [["country:latvia", BEI]],
    },
    {
      what: "no name as the subject of a relative clause whose antecedent is a thing ('a deal … that will support')",
      text: "Estonia welcomed a deal between Tidal Air and Latvia worth $2 million that will support the Baltic Energy Initiative.",
      committed: [],
    },
    {
      what: "the name a relative clause follows as its subject ('the Glacier Council, which will support')",
      text: "Estonia thanked the Glacier Council, which will support the Baltic Energy Initiative.",
      committed: [["agency:glacier-council", BEI]],
    },
    {
      what: "no target in a second predicate with a verb of its own ('…, and underscored the importance of …')",
      text: "Estonia reaffirmed its commitment to regional security, and underscored the importance of the Baltic Energy Initiative.",
      committed: [],
    },
    {
      what: "a target in a second predicate whose verb is a commitment too ('and launched')",
      text: "Estonia reaffirmed its commitment to regional security and launched the Baltic Energy Initiative.",
      committed: [["country:estonia", BEI]],
    },
    {
      what: "the subject right before the verb, not the names of the clause around it",
      text: "President Tomas Varga welcomed Prime Minister Kaja Kallas’s announcement that Latvia will host the Baltic Energy Initiative.",
      committed: [["country:latvia", BEI]],
    },
    {
      what: "the names listed as the subject right before the verb",
      text: "In Riga, President Tomas Varga said that Estonia and Latvia will support the Baltic Energy Initiative.",
      committed: [
        ["country:estonia", BEI],
        ["country:latvia", BEI],
      ],
    },
    {
      what: "no programme the money comes from ('… $5 million from the Baltic Energy Initiative')",
      text: "The Ministry of Climate will support port repairs with $5 million from the Baltic Energy Initiative.",
      committed: [],
    },
    {
      what: "no country the work is done with ('in partnership with the Government of Latvia')",
      text: "The Ministry of Climate launched a $5 million port program in partnership with the Government of Latvia.",
      committed: [],
    },
    {
      what: "a view the leaders share ('agreed that'), which is no commitment",
      text: "Prime Minister Kaja Kallas and President Tomas Varga agreed that the Baltic Energy Initiative has never been stronger.",
      committed: [],
    },
  ])("reads $what", ({ text, committed: expected }) => {
    expect(committed(text)).toEqual(expected);
  });
  it("takes no actor nor partner for a verb deep in a relative clause: '…, which outlines a process … funding for P'", () => {
    const graph = buildFixture({
      "statement.txt":
        "Estonia, Latvia, and Lithuania worked together to pass Resolution 27, which outlines a process for the Union to receive funding for the Baltic Support Operations.",
    });
    expect(edgesOf(graph, "PARTNERS_WITH")).toEqual([]);
    expect(edgesOf(graph, "COMMITTED")).toEqual([]);
    expect(edgesOf(graph, "FUNDS")).toEqual([]);
  });

  it("still reads the verb after a relative clause that a comma closes: 'Estonia, which shares our values, launched P'", () => {
    const graph = buildFixture({
      "statement.txt": "Estonia, which shares our values, launched the Baltic Energy Initiative.",
    });
    expect(edgesOf(graph, "COMMITTED").map((e) => [e.source, e.target])).toEqual([
      ["country:estonia", "program:baltic-energy-initiative"],
    ]);
  });
});

describe("many countries together", () => {
  it("reads more than five countries that launch a programme together as each committing to it, not as pairs of partners", () => {
    const graph = buildFixture({
      "statement.txt":
        "Estonia, Latvia, Lithuania, Finland, Sweden, Norway and Denmark launched the Baltic Energy Framework.",
    });
    expect(edgesOf(graph, "PARTNERS_WITH")).toEqual([]);
    expect(
      edgesOf(graph, "COMMITTED")
        .map((e) => e.source)
        .sort(),
    ).toEqual([
      "country:denmark",
      "country:estonia",
      "country:finland",
      "country:latvia",
      "country:lithuania",
      "country:norway",
      "country:sweden",
    ]);
  });
});

describe("what a meeting agreed", () => {
  it("reads what the two people who met agreed to as the meeting's agreement", () => {
    const graph = buildFixture({
      "readout.txt":
        "Prime Minister Kaja Kallas met today with President Tomas Varga in Tallinn. Prime Minister Kallas and President Varga agreed to launch the Baltic Energy Dialogue.",
    });
    const [meeting] = nodesOfKind(graph, "meeting");
    expect(edgesBetween(graph, "AGREED", meeting, "program:baltic-energy-dialogue")).toHaveLength(1);
  });
});

describe("programmes named by a heading", () => {
  const MEETING = "Prime Minister Kaja Kallas met today with President Tomas Varga in Tallinn.\n\n";

  it("makes the heading's programme what a meeting's two countries agreed to", () => {
    const graph = buildFixture({
      "fact-sheet.txt": `${MEETING}Baltic Energy Dialogue: Estonia and Latvia agreed to hold a dialogue on grid links.`,
    });
    const [meeting] = nodesOfKind(graph, "meeting");
    expect(edgesBetween(graph, "AGREED", meeting, "program:baltic-energy-dialogue")).toHaveLength(1);
    expect(edgesBetween(graph, "PARTNERS_WITH", "country:estonia", "country:latvia")).toHaveLength(1);
  });

  it("reads what two countries 'will' do under it as their partnership in it, not as commitments", () => {
    const graph = buildFixture({
      "fact-sheet.txt": `${MEETING}Baltic Energy Dialogue: Estonia and Latvia will work to expand grid links.`,
    });
    expect(edgesOf(graph, "PARTNERS_WITH").map((e) => e.attributes.program)).toEqual([
      "program:baltic-energy-dialogue",
    ]);
    expect(edgesOf(graph, "COMMITTED")).toEqual([]);
  });

  it.each([
    {
      what: "what one agency 'will' do under it as its commitment to it",
      heading: "Baltic Energy Dialogue",
      program: "program:baltic-energy-dialogue",
    },
    {
      what: "a heading that opens with a verb in -ing ('Expanding the …') as naming its programme",
      heading: "Expanding the Baltic Energy Initiative",
      program: "program:baltic-energy-initiative",
    },
  ])("reads $what", ({ heading, program }) => {
    const graph = buildFixture({
      "fact-sheet.txt": `${heading}: The Ministry of Climate will train grid engineers.`,
    });
    expect(edgesBetween(graph, "COMMITTED", "agency:ministry-of-climate", program)).toHaveLength(1);
  });
});

describe("the date of a named gathering", () => {
  const SUMMIT = "meeting:baltic-tidal-summit";
  const build = (docs: Array<[string, string, string]>) =>
    buildFromDocuments(
      docs.map(([file, raw, date]) => sourceDocument(file, raw, date)),
      [],
    ).graph;

  it("takes the date written right after the name: 'the Baltic Tidal Summit, November 20, in Riga'", () => {
    const graph = build([
      ["a.txt", "Prime Minister Kaja Kallas will attend the Baltic Tidal Summit, November 20, in Riga.", "2023-11-17"],
      ["b.txt", "The Baltic Tidal Summit opened in Riga.", "2023-11-21"],
    ]);
    expect(graph.getNodeAttribute(SUMMIT, "date")).toBe("2023-11-20");
  });

  it("gives no date to a gathering named in documents years apart: a yearly summit is no one meeting", () => {
    const graph = build([
      ["a.txt", "Prime Minister Kaja Kallas will attend the Baltic Tidal Summit, November 20, in Riga.", "2023-11-17"],
      ["b.txt", "The Baltic Tidal Summit opened in Riga.", "2021-06-02"],
    ]);
    expect(graph.getNodeAttribute(SUMMIT, "date")).toBeUndefined();
  });

  it("gives no date when the dates after the name disagree", () => {
    const graph = build([
      ["a.txt", "Prime Minister Kaja Kallas will attend the Baltic Tidal Summit, November 20, in Riga.", "2023-11-17"],
      ["b.txt", "President Tomas Varga attended the Baltic Tidal Summit on November 24 in Riga.", "2023-11-25"],
    ]);
    expect(graph.getNodeAttribute(SUMMIT, "date")).toBeUndefined();
  });
});

describe("funding stated between two names", () => {
  const BEI = "program:baltic-energy-initiative";
  const GVP = "program:green-valleys-program";
  const pairs = (graph: Graph, kind: "FUNDS" | "COMMITTED" = "FUNDS") =>
    edgesOf(graph, kind)
      .map((e) => [e.source, e.target])
      .sort();

  it.each([
    {
      text: "Estonia’s funding of the Baltic Energy Initiative and the Green Valleys Program continued.",
      funds: [
        ["country:estonia", BEI],
        ["country:estonia", GVP],
      ],
    },
    {
      text: "Estonia's funding and implementation of the Baltic Energy Initiative drew praise.",
      funds: [["country:estonia", BEI]],
    },
    { text: "U.S. financing for the Baltic Energy Initiative grew.", funds: [["country:united-states", BEI]] },
    {
      text: "The Baltic Energy Initiative, funded by Estonia and Latvia, opened an office.",
      funds: [
        ["country:estonia", BEI],
        ["country:latvia", BEI],
      ],
    },
    {
      text: "The Baltic Energy Initiative is financed in part by the Nordic Investment Bank.",
      funds: [["agency:nordic-investment-bank", BEI]],
    },
    { text: "Estonia funds the Baltic Energy Initiative.", funds: [["country:estonia", BEI]] },
    {
      text: "The Ministry of Climate will fund the Baltic Energy Initiative and the Green Valleys Program.",
      funds: [
        ["agency:ministry-of-climate", BEI],
        ["agency:ministry-of-climate", GVP],
      ],
    },
    {
      text: "In Latvia, the Ministry of Climate funds the Baltic Energy Initiative.",
      funds: [["agency:ministry-of-climate", BEI]],
    },
    {
      text: "The Nordic Investment Bank will provide a grant to the Baltic Energy Initiative.",
      funds: [["agency:nordic-investment-bank", BEI]],
    },
  ])("reads '$text' as FUNDS, one edge per name listed", ({ text, funds }) => {
    const graph = buildFixture({ "statement.txt": text });
    expect(pairs(graph)).toEqual(funds);
    for (const e of edgesOf(graph, "FUNDS")) expect(e.attributes.evidence.map((x) => x.text)).toEqual([text]);
  });

  it("does not also read a grant it reads as FUNDS as a commitment", () => {
    const graph = buildFixture({
      "statement.txt": "The Nordic Investment Bank will provide a grant to the Baltic Energy Initiative.",
    });
    expect(pairs(graph, "COMMITTED")).toEqual([]);
  });

  it.each([
    "Estonia called on Latvia to fund the Baltic Energy Initiative.",
    "A school in Latvia is funded by Estonia.",
    "The Baltic Energy Initiative was funded by American taxpayers.",
    "The Nordic Investment Bank plans to provide a grant to Latvia’s climate ministry.",
    "Agencies with Estonian funding and leaders of the Baltic Energy Initiative met.",
    "The Estonian Ministry of Climate announced $2 million in funding to help communities throughout Estonia.",
    "The Ministry of Climate has provided $300 million through the Baltic Energy Initiative.",
    "Estonia will provide $1 billion in loans through the Nordic Investment Bank for clean energy.",
    "Estonia is calling on the Nordic Council to invest $50 billion in the Baltic Science Foundation.",
    "The Ministry of Climate said the $350 million Tidal Recovery Fund provided in the Baltic Energy Initiative can be used for pipes.",
    "Estonia is boosting financing for these efforts, building on the request to the Riigikogu Council to unlock $27 billion.",
  ])("reads no FUNDS in '%s'", (text) => {
    expect(pairs(buildFixture({ "statement.txt": text }))).toEqual([]);
  });
});

describe("letters: 'your government' is the addressee's country", () => {
  const HEAD = "THE WHITE HOUSE\n\nWASHINGTON\n\nMarch 3, 2031\n\n";
  const FUNDING =
    "I appreciate your government's funding and implementation of the Baltic Energy Initiative and the Green Valleys Program in northern Latvia.";
  const BODY = `${FUNDING}\n\nSincerely,\n`;

  it.each<{ what: string; docs: Record<string, string> }>([
    {
      what: "the country line of the inside address",
      docs: {
        "letter.txt": `${HEAD}His Excellency\nTomas Varga\nPresident of the Republic of Estonia\nTallinn\n\nDear Mr. President:\n\n${BODY}`,
      },
    },
    {
      what: "the capital in the inside address",
      docs: {
        "letter.txt": `${HEAD}His Excellency\nTomas Varga\nTallinn\n\nDear Mr. President:\n\n${BODY}`,
        "statement.txt": "Estonia and Latvia signed a memorandum.",
      },
    },
    {
      what: "the title of the person the salutation names",
      docs: { "letter.txt": `Dear Estonian President Tomas Varga,\n\n${BODY}` },
    },
    {
      what: "what the corpus knows of the person the salutation names",
      docs: {
        "letter.txt": `Dear President Varga:\n\n${BODY}`,
        "readout.txt": "President Joe Biden spoke by phone today with President Tomas Varga of Estonia.",
      },
    },
  ])("makes the addressee's country the funder, found by $what", ({ docs }) => {
    const graph = buildFixture(docs);
    const funds = edgesOf(graph, "FUNDS");
    expect(funds.map((e) => [e.source, e.target]).sort()).toEqual([
      ["country:estonia", "program:baltic-energy-initiative"],
      ["country:estonia", "program:green-valleys-program"],
    ]);
    for (const e of funds) expect(e.attributes.evidence.map((x) => x.text)).toEqual([FUNDING]);
  });

  it("reads the addressee's country as the owner of a commitment", () => {
    const graph = buildFixture({
      "letter.txt": `Dear Estonian President Tomas Varga,\n\nThank you for your country’s commitment to the Baltic Energy Initiative.\n`,
    });
    expect(edgesBetween(graph, "COMMITTED", "country:estonia", "program:baltic-energy-initiative")).toHaveLength(1);
  });

  it.each([
    {
      what: "outside a letter",
      text: `President Tomas Varga of Estonia met today with Prime Minister Kaja Kallas. ${FUNDING}`,
    },
    { what: "in a letter to an addressee of no known country", text: `Dear Madam Speaker:\n\n${BODY}` },
  ])("gives 'your government' no country $what", ({ text }) => {
    expect(edgesOf(buildFixture({ "doc.txt": text }), "FUNDS")).toEqual([]);
  });
});

describe("evidence", () => {
  const FIXTURES: Record<string, string> = {
    "meeting.txt":
      "Prime Minister Kaja Kallas met today with Foreign Minister Penny Wong in Tallinn, Estonia.  The two\nleaders discussed trade.\n\nPrime Minister Kallas was accompanied by Defense Minister Hanno Pevkur; and Ambassador Jane Roe.",
    "delegation.txt":
      "President Maria Lopez met yesterday in Santiago with a delegation of senior Australian officials led by Foreign Minister Penny Wong.",
    "funds.md":
      "Stay Connected\n\nThe U.S. Agency for International Development (USAID) provided over \\$600 million in humanitarian assistance to El Salvador, Guatemala, and Honduras.",
    "nbsp.txt": "President\u00a0Joe\u00a0Biden spoke by phone today with Prime\u00a0Minister Kaja Kallas of Estonia.",
    "partners.txt":
      "High-Level Economic Dialogue: The United States and Mexico agreed to hold a High-Level Economic Dialogue in September.",
  };

  it("gives every edge at least one evidence item", () => {
    const graph = buildFixture(FIXTURES);
    expect(graph.size).toBeGreaterThan(10);
    for (const e of edgesOf(graph)) expect(e.attributes.evidence.length, e.key).toBeGreaterThanOrEqual(1);
  });

  it("makes every evidence text exactly the raw document between its start and end", () => {
    const graph = buildFixture(FIXTURES);
    for (const { edge, evidence } of allEvidence(graph)) {
      expect(Object.keys(FIXTURES), edge).toContain(evidence.doc);
      expect(evidence.text, edge).toBe(FIXTURES[evidence.doc].slice(evidence.start, evidence.end));
      expect(evidence.text.trim(), edge).toBe(evidence.text);
      expect(evidence.text.length, edge).toBeGreaterThan(0);
    }
  });

  it("keeps the raw characters (escapes, non-breaking spaces) in the evidence text", () => {
    const graph = buildFixture(FIXTURES);
    const texts = allEvidence(graph).map((x) => x.evidence.text);
    expect(texts).toContain(
      "The U.S. Agency for International Development (USAID) provided over \\$600 million in humanitarian assistance to El Salvador, Guatemala, and Honduras.",
    );
    expect(texts).toContain(FIXTURES["nbsp.txt"]);
  });

  it("keeps evidence aligned after a Markdown link", () => {
    const sentence = "Prime Minister Kaja Kallas met today with Foreign Minister Penny Wong in Tallinn.";
    const graph = buildFixture({ "readout.txt": `See the [readout](https://example.org/a) for more.\n\n${sentence}` });
    const texts = allEvidence(graph).map((x) => x.evidence.text);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toBe(sentence);
  });
});

describe("words that only look like a relation", () => {
  const pairsOf = (text: string, kind: "MET_WITH" | "FUNDS" | "COMMITTED") =>
    edgesOf(buildFixture({ "statement.txt": text }), kind)
      .map((e) => [e.source, e.target])
      .sort();

  it("does not read 'called on' someone to act as a call: 'President Varga called on Prime Minister Kallas to act'", () => {
    expect(pairsOf("President Tomas Varga called on Prime Minister Kaja Kallas to act.", "MET_WITH")).toEqual([]);
    expect(pairsOf("President Tomas Varga called Prime Minister Kaja Kallas today.", "MET_WITH")).toHaveLength(1);
  });

  it.each([
    "Tonight, in front of the Riigikogu, President Tomas Varga called attention to the work of Prime Minister Kaja Kallas.",
    "President Tomas Varga called out the plan of Prime Minister Kaja Kallas.",
    "President Tomas Varga condemned Prime Minister Kaja Kallas’s decision to recognize the so-called Tidal Republic.",
    "Ada Tamm, Director, Tidal Action Campaign: “President Tomas Varga met this moment on climate.”",
    "President Tomas Varga met the needs of Prime Minister Kaja Kallas’s voters.",
    "At the direction of President Tomas Varga, Minister Kaja Kallas is in Tartu to ensure its needs are being met.",
    "President Tomas Varga said the goals that Prime Minister Kaja Kallas set were met.",
    "President Tomas Varga praised what Prime Minister Kaja Kallas has called the “Baltic way”.",
    "President Tomas Varga hailed the accord that Prime Minister Kaja Kallas called “historic”.",
    "Prime Minister Kaja Kallas praised the summit in May, including the meeting that President Tomas Varga hosted on elections.",
  ])(
    "does not read 'called attention', 'called out', 'so-called', 'called' a name, 'met this moment', a passive 'met' or a relative clause's meeting as the sentence's: %j",
    (text) => {
      expect(pairsOf(text, "MET_WITH")).toEqual([]);
    },
  );

  it.each([
    "Did President Tomas Varga meet with Prime Minister Kaja Kallas?",
    "Has Estonia proposed a call between President Tomas Varga and Prime Minister Kaja Kallas?”",
  ])("reads no meeting in a question, which states none: %j", (text) => {
    expect(pairsOf(text, "MET_WITH")).toEqual([]);
  });

  it("still reads the titles in a question: 'Did Estonian Prime Minister Kaja Kallas …?'", () => {
    const graph = buildFixture({ "briefing.txt": "Did Estonian Prime Minister Kaja Kallas ask for more?" });
    expect(edgesBetween(graph, "MEMBER_OF", "person:kaja-kallas", "country:estonia")).toHaveLength(1);
  });

  describe("'the leaders' beside other words: which principals, if any", () => {
    const readout = (last: string) =>
      "Readout of President Tomas Varga’s Call with Prime Minister Kaja Kallas of Latvia\n\nPresident Tomas Varga of Estonia spoke today with Prime Minister Kaja Kallas of Latvia. The leaders discussed trade.\n\n" +
      last;
    const attendees = (last: string) =>
      edgesOf(buildFixture({ "readout.txt": readout(last) }), "ATTENDED")
        .filter((e) => e.target.includes("vilnius"))
        .map((e) => e.source)
        .sort();

    it.each([
      "On May 3, President Tomas Varga met in Vilnius with many of the leaders of the Baltic Council.",
      "On May 3, President Tomas Varga met in Vilnius with the leaders of Finland and Sweden.",
      "On May 3, when I got out of the car in Vilnius, they called.",
    ])(
      "reads no principal in leaders who are some of a group or other countries', nor in a speaker's 'they': %j",
      (last) => {
        expect(attendees(last)).toEqual([]);
      },
    );

    it("reads the principal of the country the leaders are 'of': 'met … with the leaders of Latvia'", () => {
      expect(attendees("On May 3, President Tomas Varga met in Vilnius with the leaders of Latvia.")).toEqual([
        "person:kaja-kallas",
        "person:tomas-varga",
      ]);
    });
  });

  it("reads 'welcomed' as a meeting only when a person follows it, not their plan nor an announcement", () => {
    const welcomed = "Prime Minister Kaja Kallas welcomed President Tomas Varga to Tallinn.";
    expect(pairsOf(welcomed, "MET_WITH")).toEqual([["person:kaja-kallas", "person:tomas-varga"]]);
    for (const text of [
      "Prime Minister Kaja Kallas welcomed President Tomas Varga’s plan to visit Tallinn.",
      "Prime Minister Kaja Kallas welcomed the announcement, as did President Tomas Varga.",
      "Prime Minister Kaja Kallas received her degree from the university where President Tomas Varga taught.",
    ])
      expect(pairsOf(text, "MET_WITH"), text).toEqual([]);
  });

  it("pairs only the people listed at the verb, not those of another meeting the sentence mentions", () => {
    const text =
      "Foreign Minister Ana Ruiz met today with President Tomas Varga of Latvia, and Prime Minister Kaja Kallas of Estonia, to follow up on the call between President Egils Levits and President Lina Berg.";
    expect(pairsOf(text, "MET_WITH")).toEqual([
      ["person:ana-ruiz", "person:kaja-kallas"],
      ["person:ana-ruiz", "person:tomas-varga"],
    ]);
  });

  it.each([
    "Prime Minister Kaja Kallas and Foreign Minister Ana Ruiz met today with 39 union leaders in Tallinn.",
    "Prime Minister Kaja Kallas and Foreign Minister Ana Ruiz also spoke with their Latvian counterparts.",
  ])("does not pair two people who met an unnamed group together: %s", (text) => {
    expect(pairsOf(text, "MET_WITH")).toEqual([]);
  });

  it("pairs two people who met, with no one else named: 'Kallas and Ruiz met in Tallinn'", () => {
    expect(
      pairsOf("Prime Minister Kaja Kallas and Foreign Minister Ana Ruiz met today in Tallinn.", "MET_WITH"),
    ).toEqual([["person:ana-ruiz", "person:kaja-kallas"]]);
  });

  it("does not meet a person whose plan is the meeting's topic: '… met with labor leaders to discuss President Varga’s plan'", () => {
    const text =
      "Foreign Minister Ana Ruiz met with a delegation of Latvian labor leaders to discuss President Tomas Varga’s recent plan.";
    expect(pairsOf(text, "MET_WITH")).toEqual([]);
  });

  it("does not meet a person named far past the verb: '… spoke to university leaders about … work President Varga directed'", () => {
    const text =
      "Foreign Minister Ana Ruiz also spoke to university leaders about existing efforts to recruit talent from universities and other institutions, including through work President Tomas Varga directed.";
    expect(pairsOf(text, "MET_WITH")).toEqual([]);
  });

  it("does not pay the programme whose funding it is: '… including $3 million in Baltic Tidal Initiative funding'", () => {
    const text =
      "The Department of Tides will provide $5 million to Estonia, including $3 million in Baltic Tidal Initiative funding.";
    expect(pairsOf(text, "FUNDS")).toEqual([["agency:department-of-tides", "country:estonia"]]);
  });

  it("makes a call 'between' two people theirs alone, not the subject's", () => {
    const text =
      "Foreign Minister Ana Ruiz and Minister Lina Berg also discussed Gaza, following the recent phone call between President Tomas Varga and Prime Minister Kaja Kallas.";
    expect(pairsOf(text, "MET_WITH")).toEqual([["person:kaja-kallas", "person:tomas-varga"]]);
  });

  it("does not meet a person named in a clause of their own: '… hosted the network announced by President Varga'", () => {
    const text =
      "Foreign Minister Ana Ruiz hosted the first meeting of the Tidal Investor Network announced by President Tomas Varga.";
    expect(pairsOf(text, "MET_WITH")).toEqual([]);
  });

  it("takes the leaders named first for a readout's principals, not a monarch named as often later on", () => {
    const text =
      "President Tomas Varga met today with Prime Minister Kaja Kallas in Riga. President Varga offered condolences on the passing of King Aldo. The leaders committed to the Baltic Tidal Initiative.";
    expect(pairsOf(text, "COMMITTED")).toEqual([
      ["person:kaja-kallas", "program:baltic-tidal-initiative"],
      ["person:tomas-varga", "program:baltic-tidal-initiative"],
    ]);
  });

  it("does not take a vice president for a head of state: 'President Varga hosted leaders from across the region'", () => {
    const text =
      "Vice President Ana Ruiz spoke in Riga. President Tomas Varga hosted leaders from across the region in Tallinn.";
    expect(pairsOf(text, "MET_WITH")).toEqual([]);
  });

  it("does not take an aide who serves a leader for a leader: 'Assistant to the President … met with 18 leaders'", () => {
    const text =
      "President Tomas Varga spoke at the summit. Later, Assistant to the President Ana Ruiz met with 18 leaders of universities to discuss recruitment. President Varga thanked them.";
    expect(pairsOf(text, "MET_WITH")).toEqual([]);
  });

  it.each([
    {
      text: "President Tomas Varga thanked Estonia for its commitment to the Baltic Tidal Initiative.",
      pairs: [["country:estonia", "program:baltic-tidal-initiative"]],
    },
    {
      text: "Estonia and Latvia reaffirm our commitment to the Baltic Tidal Initiative, said Prime Minister Kaja Kallas.",
      pairs: [
        ["country:estonia", "program:baltic-tidal-initiative"],
        ["country:latvia", "program:baltic-tidal-initiative"],
      ],
    },
  ])("gives a commitment behind a possessive pronoun to its owner: $text", ({ text, pairs }) => {
    expect(pairsOf(text, "COMMITTED")).toEqual(pairs);
  });

  it.each([
    {
      what: "a possessive plural",
      text: "Secretary Ana Ruiz reaffirmed the United States’ commitment to the Baltic Tidal Initiative.",
      pairs: [["country:united-states", "program:baltic-tidal-initiative"]],
    },
    {
      what: "a country before the noun",
      text: "Secretary Ana Ruiz emphasized the enduring U.S. commitment to the Baltic Tidal Initiative.",
      pairs: [["country:united-states", "program:baltic-tidal-initiative"]],
    },
    {
      what: "the possessive next to the noun, not one further off",
      text: "Varga’s invasion was a test of Latvia’s commitment to the Baltic Tidal Initiative.",
      pairs: [["country:latvia", "program:baltic-tidal-initiative"]],
    },
    {
      what: "the owner of its plans",
      text: "The Tidal Office released fact sheets on Latvia’s plans to expand the Baltic Tidal Initiative.",
      pairs: [["country:latvia", "program:baltic-tidal-initiative"]],
    },
    {
      what: "the subject of a verb that holds it",
      text: "Estonia reiterated commitment to the Baltic Tidal Initiative.",
      pairs: [["country:estonia", "program:baltic-tidal-initiative"]],
    },
    {
      what: "nobody, when the sentence does not say whose it is",
      text: "Estonia discussed how to meet ambitious climate commitments under the Baltic Tidal Initiative.",
      pairs: [],
    },
  ])("gives a commitment named by a noun to its owner: $what", ({ text, pairs }) => {
    expect(pairsOf(text, "COMMITTED")).toEqual(pairs);
  });

  it.each([
    "The Tidal Office released fact sheets on the plans to repeal the Baltic Tidal Initiative.",
    "Estonia plans to provide $10 million, and the Estonian Ministry of Climate will manage it.",
  ])("reads no commitment in '%s': a noun 'plans', a country's own ministry", (text) => {
    expect(pairsOf(text, "COMMITTED")).toEqual([]);
  });

  it("does not read a cue word inside a Title Case name as a verb: 'the Investing in Fiji Agenda'", () => {
    expect(pairsOf("Estonia spoke of the $5 million Investing in Fiji Agenda.", "FUNDS")).toEqual([]);
    expect(pairsOf("Investing in Fiji: Estonia will provide $5 million to Fiji.", "FUNDS")).toEqual([
      ["country:estonia", "country:fiji"],
    ]);
  });

  it("reads a capitalised cue where a clause starts after a label: '**Estonia:** Will provide …'", () => {
    expect(pairsOf("- **Estonia:** Will provide $5 million to Fiji.", "FUNDS")).toEqual([
      ["country:estonia", "country:fiji"],
    ]);
  });

  it("reads the subject of 'received a grant' as paid, by whoever the sentence says it came from", () => {
    expect(
      pairsOf(
        "The Baltic Grocers Foundation received a $5 million grant from the Estonian Ministry of Climate.",
        "FUNDS",
      ),
    ).toEqual([["agency:estonian-ministry-of-climate", "agency:baltic-grocers-foundation"]]);
    expect(
      pairsOf("The Baltic Grocers Foundation was awarded a $5 million grant to expand its work in Fiji.", "FUNDS"),
    ).toEqual([]);
  });

  it("makes a person's payment their country's, and drops it when their country is unknown", () => {
    expect(pairsOf("Estonian Prime Minister Kaja Kallas will provide $5 million to Fiji.", "FUNDS")).toEqual([
      ["country:estonia", "country:fiji"],
    ]);
    expect(pairsOf("Kaja Kallas will provide $5 million to Fiji.", "FUNDS")).toEqual([]);
  });

  it("does not read support for one's own country as a commitment to it", () => {
    expect(
      pairsOf("Estonian Prime Minister Kaja Kallas reaffirmed her support for Estonia and for Latvia.", "COMMITTED"),
    ).toEqual([["person:kaja-kallas", "country:latvia"]]);
  });

  it.each([
    "Estonia reaffirmed its commitment to a just peace based on principles enshrined in the Baltic Tidal Charter.",
    "Estonia committed to working closely with Latvia, consistent with the Baltic Tidal Charter.",
    "Estonia will deploy new ferries in line with the goals of the Baltic Tidal Charter.",
    "Estonia pledged to protect the coast, guided by the Baltic Tidal Charter.",
    "Estonia will expand coastal monitoring in accordance with the Baltic Tidal Charter.",
    "This work is at the heart of the Baltic Tidal Charter, and Estonia will continue it.",
    "Estonia reaffirmed its partnership with Latvia, as expressed in the 2010 Baltic Tidal Charter.",
  ])("does not read a programme that frames a commitment as what is committed to: '%s'", (text) => {
    expect(pairsOf(text, "COMMITTED")).toEqual([]);
  });

  it("still reads the programme committed to where a frame follows it", () => {
    expect(
      pairsOf(
        "Estonia reaffirmed its commitment to the Baltic Energy Initiative, consistent with its laws.",
        "COMMITTED",
      ),
    ).toEqual([["country:estonia", "program:baltic-energy-initiative"]]);
  });

  it("does not read a country that qualifies a noun as a party: 'pledged $5 million to U.S. banks'", () => {
    expect(pairsOf("Estonia pledged $5 million to U.S. banks and to Fiji.", "COMMITTED")).toEqual([
      ["country:estonia", "country:fiji"],
    ]);
  });
});

describe("meetings: who was not there", () => {
  it.each([
    "President Tomas Varga met today with Marc and Debra Roe, the parents of Ada Tamm, who is detained abroad.",
    "President Tomas Varga met today with the family of Senator Ada Tamm in Riga.",
    "Senator Ada Tamm spoke on Monday. President Tomas Varga met today with the Tamm family in Riga.",
    "President Tomas Varga met with Ruta and Ilze today to mourn the death of Senator Ada Tamm in prison.",
  ])("makes no attendee of the person whose kin or death brought the meeting: '%s'", (text) => {
    const graph = buildFixture({ "readout.txt": text });
    expect(edgesOf(graph, "ATTENDED").map((e) => e.source)).not.toContain("person:ada-tamm");
    expect(edgesOf(graph, "MET_WITH")).toEqual([]);
  });
  it.each([
    "Chief of Staff Tomas Varga hosted a meeting with county leaders to discuss President Ada Tamm’s agenda.",
    "Today, Chief of Staff Tomas Varga hosted a meeting of President Ada Tamm’s Tidal Cabinet.",
  ])("makes no attendee of one whose agenda or cabinet is discussed, named with a possessive: '%s'", (text) => {
    const graph = buildFixture({ "readout.txt": text });
    expect(edgesOf(graph, "ATTENDED").map((e) => e.source)).not.toContain("person:ada-tamm");
    expect(edgesOf(graph, "MET_WITH")).toEqual([]);
  });
});

describe("a named gathering's place", () => {
  it("locates 'the Baltic Summit in Tallinn' in Tallinn, as an edge and as the gathering's place", () => {
    const graph = buildFixture({ "trip.txt": "President Tomas Varga attended the Baltic Summit in Tallinn." });
    expect(edgesOf(graph, "LOCATED_IN").map((e) => [e.source, e.target])).toEqual([
      ["meeting:baltic-summit-in-tallinn", "place:tallinn"],
    ]);
    expect(graph.getNodeAttribute("meeting:baltic-summit-in-tallinn", "place")).toBe("Tallinn");
  });

  it.each([
    "President Tomas Varga attended the Conference on Security and Cooperation in Estonia.",
    "President Tomas Varga attended the Summit for Peace in Estonia.",
  ])("locates no gathering by a place in its topic: %j", (text) => {
    expect(edgesOf(buildFixture({ "trip.txt": text }), "LOCATED_IN")).toEqual([]);
  });

  it("gives the sentence that names the gathering as evidence", () => {
    const text = "President Tomas Varga arrived on Monday. He attended the Baltic Summit in Tallinn.";
    const graph = buildFixture({ "trip.txt": text });
    const [located] = edgesOf(graph, "LOCATED_IN");
    expect(located.attributes.evidence.map((x) => x.text)).toEqual(["He attended the Baltic Summit in Tallinn."]);
  });
});

describe("planned meetings: 'X will meet Y'", () => {
  it("makes a planned meeting of the people who will meet, with their attendance", () => {
    const graph = buildFixture({
      "trip.txt": "Prime Minister Kaja Kallas and President Tomas Varga will meet in Riga to discuss grid links.",
    });
    const meeting = meetingOf(graph);
    expect(meeting.format).toBe("planned");
    expect(attendeesOf(graph, meeting.id)).toEqual(["person:kaja-kallas", "person:tomas-varga"]);
  });

  it.each([
    "President Tomas Varga and Prime Minister Kaja Kallas said the new grid will meet the needs of Riga.",
    "President Tomas Varga and Prime Minister Kaja Kallas said the two plants will meet or exceed the targets.",
    "President Tomas Varga and Prime Minister Kaja Kallas said their clinics will meet people where they are.",
  ])("reads no meeting in 'will meet' that means satisfy: '%s'", (text) => {
    expect(nodesOfKind(buildFixture({ "trip.txt": text }), "meeting")).toEqual([]);
  });

  it("dates a planned meeting by a year on its own: 'agreed to meet again … in early 2030'", () => {
    const graph = buildFixture({
      "trip.txt": "Prime Minister Kaja Kallas and President Tomas Varga agreed to meet again in Riga in early 2030.",
    });
    expect(meetingOf(graph)).toMatchObject({ format: "planned", date: "2030" });
  });

  it("dates no meeting held by a later year the sentence looks forward to", () => {
    const graph = buildFixture({
      "trip.txt":
        "Prime Minister Kaja Kallas met with President Tomas Varga and looked forward to the Baltic summit in 2030.",
    });
    expect(meetingOf(graph).date).toBeUndefined();
  });

  it("makes no meeting when the sentence names no one who will meet", () => {
    const graph = buildFixture({
      "trip.txt": "In Riga, the delegation will meet with business leaders to discuss grid links.",
    });
    expect(nodesOfKind(graph, "meeting")).toEqual([]);
  });
});

describe("meetings: who stands before the verb", () => {
  it("takes no one from an adverbial before the subject: 'After an audience with Pope Ada Tamm, President Varga met …'", () => {
    const graph = buildFixture({
      "readout.txt": "After an audience with Pope Ada Tamm, President Tomas Varga met Cardinal Jon Reed.",
    });
    expect(edgesOf(graph, "MET_WITH").map((e) => [e.source, e.target].sort().join(" "))).toEqual([
      "person:jon-reed person:tomas-varga",
    ]);
  });
});

describe("meetings: a principal named by office alone", () => {
  const OPENING =
    "President Tomas Varga met today with Prime Minister Kaja Kallas of Estonia. President Varga and Prime Minister Kallas discussed trade. ";

  it("makes 'the President' the other principal of a meeting with one: '… the President spoke with Prime Minister Kallas'", () => {
    const graph = buildFixture({
      "readout.txt": `${OPENING}Later, the President spoke with Prime Minister Kallas by phone.`,
    });
    const meetings = nodesOfKind(graph, "meeting");
    expect(meetings).toHaveLength(2);
    for (const meeting of meetings)
      expect(attendeesOf(graph, meeting)).toEqual(["person:kaja-kallas", "person:tomas-varga"]);
  });

  it("makes 'the President' meet each person the sentence names after the verb, not those people one another", () => {
    const graph = buildFixture({
      "readout.txt": `${OPENING}Later, the President spoke to Speaker Ana Ruiz and Leader Jon Reed about the budget.`,
    });
    const pairs = edgesOf(graph, "MET_WITH").map((e) => [e.source, e.target].sort().join(" "));
    expect(pairs).toEqual(
      expect.arrayContaining(["person:ana-ruiz person:tomas-varga", "person:jon-reed person:tomas-varga"]),
    );
    expect(pairs).not.toContain("person:ana-ruiz person:jon-reed");
  });

  it("reads no meeting in 'spoke to' before something that is no one: 'Governor Ruiz and Governor Reed spoke to the economic imperative'", () => {
    const graph = buildFixture({
      "statement.txt": "Governor Ana Ruiz and Governor Jon Reed spoke to the economic imperative of the bill.",
    });
    expect(nodesOfKind(graph, "meeting")).toEqual([]);
  });

  it.each([
    "Later, the Vice President spoke with Prime Minister Kallas by phone.",
    "Later, she spoke with Prime Minister Kallas by phone.",
    "Later, Prime Minister Kallas spoke with union leaders by phone.",
    "In that regard, he spoke to the role funds can play, since they operate by flexible rules.",
  ])("makes no meeting of the other principal that no word names: '%s'", (sentence) => {
    const graph = buildFixture({ "readout.txt": OPENING + sentence });
    expect(nodesOfKind(graph, "meeting")).toHaveLength(1);
  });
});

describe("sentence cues found beforehand (by a worker thread, while names are resolved)", () => {
  const text =
    "Prime Minister Kaja Kallas met with President Ada Tamm on March 1, 2023 in Tallinn. Estonia will invest $5 million in the Baltic Tidal Initiative. The weather was fine.";

  function relationsOf(withCues: boolean) {
    const prepared = prepareDocument(sourceDocument("cues.txt", text), new WordCounter()).prepared;
    const vocab = fixtureVocabulary({ "cues.txt": text });
    const mentions = documentMentions(prepared, vocab);
    const { entities, byDoc } = resolve([{ file: "cues.txt", mentions }], vocab.lower);
    const table: EntityTable = { ids: [], kinds: [], labels: [], countries: [], calledBy: [] };
    for (const e of entities.values()) {
      table.ids.push(e.id);
      table.kinds.push(e.kind);
      table.labels.push(e.label);
      table.countries.push(null);
      table.calledBy.push(null);
    }
    const cues = sentenceCues(
      prepared.clean,
      prepared.sentences.flatMap((s) => [s.start, s.end]),
      prepared.date,
    );
    return {
      cues,
      relations: documentRelations(prepared, byDoc.get("cues.txt")!, entityFacts(table), withCues ? cues : undefined),
    };
  }

  it("mark the sentences with words of a meeting (dated) and of a commitment, and no other", () => {
    const { cues } = relationsOf(true);
    expect(Array.from(cues.flags)).toEqual([2, 1, 0]);
    expect([...cues.dates.keys()]).toEqual([0]);
    expect(cues.dates.get(0)?.map((d) => d.iso)).toEqual(["2023-03-01"]);
  });

  it("give the relations the rules find by themselves", () => {
    const found = relationsOf(true).relations;
    expect(found.relations.map((r) => r.kind).sort()).toEqual(expect.arrayContaining(["ATTENDED", "MET_WITH"]));
    expect(found.meetings.map((m) => m.date)).toEqual(["2023-03-01"]);
    expect(found).toEqual(relationsOf(false).relations);
  });
});
