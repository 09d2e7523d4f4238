// Organisational head nouns: the last significant word of a name decides its kind
// ("Trade and Shipping Agency" → agency, "Tidal Power Dialogue" → program). General English vocabulary.

import type { EntityKind } from "../../schema/graph.ts";

export const AGENCY_HEADS = new Set([
  "Agency",
  "Administration",
  "Academy",
  "Army",
  "Assembly",
  "Authority",
  "Bank",
  "Board",
  "Bureau",
  "Cabinet",
  "Caucus",
  "Center",
  "Centre",
  "Centers",
  "Command",
  "Commission",
  "Committee",
  "Subcommittee",
  "Congress",
  "Consulate",
  "Corporation",
  "Corps",
  "Council",
  "Court",
  "Delegation",
  "Department",
  "Directorate",
  "Embassy",
  "Force",
  "Forces",
  "Foundation",
  "Government",
  "Guard",
  "House",
  "Institute",
  "Institution",
  "Legislature",
  "Ministry",
  "Mint",
  "Navy",
  "Office",
  "Organization",
  "Organisation",
  "Parliament",
  "Police",
  "Secretariat",
  "Senate",
  "Service",
  "Services",
  "Treasury",
  "Tribunal",
  "Union",
  "University",
  "Laboratory",
  "Laboratories",
  "Party",
  "Reserve",
  "Pentagon",
  "Fund",
  "School",
  "College",
  "Hospital",
  "Association",
  "Society",
  "Company",
  "Federation",
  "Chamber",
  "Church",
  "Collective",
  "Conservancy",
  "League",
  "Club",
  "Clubs",
  "Institutes",
]);

export const PROGRAM_HEADS = new Set([
  "Program",
  "Programme",
  "Initiative",
  "Dialogue",
  "Partnership",
  "Agreement",
  "Accord",
  "Accords",
  "Treaty",
  "Declaration",
  "Plan",
  "Strategy",
  "Act",
  "Framework",
  "Compact",
  "Coalition",
  "Group",
  "Forum",
  "Process",
  "Mechanism",
  "Alliance",
  "Corridor",
  "Pact",
  "Charter",
  "Convention",
  "Platform",
  "Network",
  "Project",
  "Challenge",
  "Task",
  "Taskforce",
  "Facility",
  "Fellowship",
  "Scholarship",
  "Campaign",
  "Agenda",
  "Roadmap",
  "Protocol",
  "Memorandum",
  "Order",
  "Law",
  "Bill",
  "Grant",
  "Fund",
  "Commitment",
  "Mission",
  "Exercise",
  "Operation",
  "Consortium",
  "Collaborative",
  "Accelerator",
  "Blueprint",
  "Principles",
  "Statement",
  "Arrangement",
]);

/**
 * Words that only say what sort of thing a name is. A name made of nothing else ("Executive Order", "Memorandum of
 * Understanding", "Task Force", "Federal Government", "Joint Statement") names a kind of document or body, not one:
 * taken as an entity, it would join every order and every task force of a corpus into one node.
 */
export const CLASS_WORDS = new Set(
  (
    "Executive Presidential Joint Federal Public Task Understanding Memorandum Order Law Force Government Statement " +
    "Declaration Agreement Directive Proclamation Resolution Bill Inc Corp Ltd Co LLC " +
    "National Interagency Working Group Action Plan Strategy Strategic Initiative Program Programme " +
    "Partnership Framework Agenda Board Directors Trustees Governors Committee"
  ).split(" "),
);

/**
 * Bodies whose whole name has no head noun (general knowledge, like the gazetteer's countries): "the United Nations"
 * is a body as "the Tidal Council" is.
 */
export const HEADLESS_BODIES: ReadonlySet<string> = new Set(["United Nations"]);

/** Heads of instruments that go by a number: "Executive Order 14008", "Public Law 117-58", "Resolution 2231". */
export const NUMBERED_HEADS = new Set(["Order", "Law", "Resolution", "Directive", "Memorandum", "Proclamation"]);

/** Gatherings: "Glacier Leaders Summit" is a meeting, not a programme. */
export const MEETING_HEADS = new Set(["Summit", "Conference", "Meeting", "Ministerial", "Session", "Congress"]);

/** Prefixes that make a body an intergovernmental mechanism (a programme) rather than one country's agency. */
export const MULTILATERAL_PREFIXES = new Set([
  "Bilateral",
  "Trilateral",
  "Multilateral",
  "Joint",
  "Binational",
  "Global",
]);

/** Kind of a name by its head noun, or null. `Fund`, `Congress` are ambiguous and resolved by position. */
export function kindOfHead(head: string): EntityKind | null {
  if (MEETING_HEADS.has(head) && head !== "Congress") return "meeting";
  if (PROGRAM_HEADS.has(head) && !AGENCY_HEADS.has(head)) return "program";
  if (AGENCY_HEADS.has(head)) return "agency";
  return null;
}

/** Lowercase words that join the parts of a name: "Secretariat for Public Works", "Pueblos de la Sierra". */
export const NAME_CONNECTORS = new Set([
  "of",
  "for",
  "on",
  "to",
  "and",
  "the",
  "de",
  "del",
  "la",
  "las",
  "los",
  "el",
  "y",
  "e",
  "da",
  "do",
  "dos",
  "das",
  "du",
  "des",
  "le",
  "van",
  "von",
  "der",
  "den",
  "al",
  "bin",
  "ibn",
  "in",
  "&",
]);

/** Connectors that may sit inside a person's name ("Luis de la Fuente"). */
export const NAME_PARTICLES = new Set([
  "de",
  "del",
  "la",
  "las",
  "los",
  "da",
  "do",
  "dos",
  "das",
  "du",
  "van",
  "von",
  "der",
  "den",
  "al",
  "bin",
  "ibn",
  "y",
  "e",
  "le",
]);
