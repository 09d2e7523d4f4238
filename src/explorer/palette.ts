// Colours and words for each kind: the legend, the canvas and the panels read them from here, so a kind always has
// the same colour and the same name. Colours are Okabe–Ito (safe for colour-blind readers) and always come with text.

import type { EntityKind, RelationKind } from "../schema/graph.ts";

export const NODE_COLORS: Record<EntityKind, string> = {
  person: "#0072b2",
  agency: "#d55e00",
  program: "#009e73",
  country: "#e69f00",
  place: "#56b4e9",
  meeting: "#cc79a7",
};

export const NODE_KIND_LABELS: Record<EntityKind, string> = {
  person: "People",
  agency: "Agencies",
  program: "Programs",
  country: "Countries",
  place: "Places",
  meeting: "Meetings",
};

export const NODE_KIND_SINGULAR: Record<EntityKind, string> = {
  person: "Person",
  agency: "Agency",
  program: "Program",
  country: "Country",
  place: "Place",
  meeting: "Meeting",
};

export const EDGE_COLORS: Record<RelationKind, string> = {
  ATTENDED: "#d9a6c4",
  MET_WITH: "#7fb3d9",
  MEMBER_OF: "#bbbbbb",
  COMMITTED: "#6cc4a4",
  FUNDS: "#3f9c6d",
  LEADS: "#e9a37a",
  PARTNERS_WITH: "#f0c060",
  PART_OF: "#9ad0b8",
  LOCATED_IN: "#9fd3f0",
  AGREED: "#b38fc9",
};

/** How a relation reads from its source (forward) and from its target (backward). */
export const RELATION_WORDS: Record<RelationKind, { forward: string; backward: string; name: string }> = {
  ATTENDED: { forward: "attended", backward: "attended by", name: "Attended" },
  MET_WITH: { forward: "met with", backward: "met with", name: "Met with" },
  MEMBER_OF: { forward: "member of", backward: "has member", name: "Member of" },
  COMMITTED: { forward: "committed to", backward: "commitment from", name: "Committed" },
  FUNDS: { forward: "funds", backward: "funded by", name: "Funds" },
  LEADS: { forward: "leads", backward: "led by", name: "Leads" },
  PARTNERS_WITH: { forward: "partners with", backward: "partners with", name: "Partners with" },
  PART_OF: { forward: "part of", backward: "includes", name: "Part of" },
  LOCATED_IN: { forward: "held in", backward: "hosted", name: "Located in" },
  AGREED: { forward: "agreed", backward: "agreed at", name: "Agreed" },
};

/** Colour of everything outside the hovered or selected neighbourhood. */
export const DIMMED_NODE_COLOR = "#d8dbe0";
export const DIMMED_EDGE_COLOR = "#eceef1";
export const UNKNOWN_COLOR = "#888888";
