// The path panel: pick two entities and the options, read the path hop by hop (both entities, the relation and which
// way it points, its date, the best sentence and its document), switch between the k shortest paths or show every
// fewest-hop path, and ask why the two are connected. All document text goes in as text nodes.

import type { Connections } from "../graph/connections.ts";
import { DEFAULT_EXCLUDED_KINDS, DEFAULT_PATH_SETTINGS, MAX_K, normalizePathSettings } from "../graph/path-options.ts";
import type { ExcludedKind, PathSettings } from "../graph/path-options.ts";
import type { PathHop, PathResult } from "../graph/path-hops.ts";
import { RELATION_KINDS } from "../schema/graph.ts";
import type { DocumentInfo, EntityKind, Evidence, RelationKind } from "../schema/graph.ts";
import { h, plural } from "./dom.ts";
import type { Child } from "./dom.ts";
import type { PathOutcome } from "./path-finder.ts";
import { EDGE_COLORS, NODE_COLORS, RELATION_WORDS } from "./palette.ts";
import { createSearchBox } from "./search-box.ts";
import type { Suggestion } from "./search-box.ts";
import type { PathView } from "./view-state.ts";

export interface PathPanelActions {
  suggest(text: string): Suggestion[];
  entity(node: string): { label: string; kind: EntityKind } | null;
  document(file: string): DocumentInfo | undefined;
  /** The question changed (endpoints, options or the path shown). */
  change(next: PathView): void;
  select(node: string): void;
  openDocument(doc: string, evidence: Evidence | null): void;
  /** "Why are these two connected?" for the current endpoints. */
  why(): void;
  /** Resets the explorer's filters (a remedy when they hide every connection). */
  clearFilters(): void;
}

/** What the panel shows below the form. */
export type PathStatus =
  | { state: "idle" }
  | { state: "finding" }
  | { state: "done"; outcome: PathOutcome }
  | { state: "error"; message: string };

/** The "why" section: connections at once, sentences when their documents have loaded. */
export interface WhyView {
  connections: Connections;
  sentences: Evidence[] | null;
  /** Documents read for sentences, of all that mention both. */
  documentsRead: number;
  error: string | null;
}

export interface PathPanel {
  element: HTMLElement;
  render(path: PathView | null, status: PathStatus, why: WhyView | null): void;
  focusFrom(): void;
}

export const EMPTY_PATH: PathView = { from: null, to: null, settings: DEFAULT_PATH_SETTINGS, shown: 0 };

const EVIDENCE_PER_HOP = 1;

const present = (children: Child[]): Array<Node | string> =>
  children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false);
const SHARED_LISTED = 12;

function swatch(color: string, line = false): HTMLElement {
  return h("span", {
    className: line ? "swatch line" : "swatch",
    attrs: { "aria-hidden": "true", style: `background:${color}` },
  });
}

export function createPathPanel(actions: PathPanelActions): PathPanel {
  let current: PathView = EMPTY_PATH;
  const change = (patch: Partial<PathView>) => actions.change({ ...current, ...patch });
  const changeSettings = (patch: Partial<PathSettings>) => {
    const { settings } = normalizePathSettings(patch, current.settings);
    change({ settings, shown: 0 });
  };

  const fromBox = createSearchBox(actions.suggest, (key) => change({ from: key, shown: 0 }), {
    id: "path-from",
    label: "Path from",
    placeholder: "From: a person, agency, program…",
  });
  const toBox = createSearchBox(actions.suggest, (key) => change({ to: key, shown: 0 }), {
    id: "path-to",
    label: "Path to",
    placeholder: "To: a person, agency, program…",
  });
  const avoidBox = createSearchBox(
    actions.suggest,
    (key) => {
      avoidBox.clear();
      changeSettings({ avoid: [...current.settings.avoid, key] });
    },
    { id: "path-avoid", label: "Avoid an entity", placeholder: "Avoid an entity…" },
  );

  const button = (text: string, label: string, onClick: () => void, extra: Record<string, string> = {}) =>
    h("button", {
      className: "tool",
      text,
      attrs: { type: "button", "aria-label": label, title: label, ...extra },
      on: { click: onClick },
    });

  const endpoints = h("div", { className: "path-endpoints" }, [
    h("div", { className: "path-field" }, [
      h("span", { className: "path-field-label", text: "From" }),
      fromBox.element,
    ]),
    button("⇅", "Swap the two ends", () => change({ from: current.to, to: current.from, shown: 0 })),
    h("div", { className: "path-field" }, [h("span", { className: "path-field-label", text: "To" }), toBox.element]),
    button("Clear", "Clear the path", () => actions.change(EMPTY_PATH)),
  ]);

  // ---- Options -------------------------------------------------------------------------------------------------
  const countryMembership = h("input", {
    id: "path-skip-country",
    attrs: { type: "checkbox", "aria-describedby": "path-skip-country-note" },
    on: {
      change: (event) => {
        const on = (event.currentTarget as HTMLInputElement).checked;
        const rest = current.settings.excludeKinds.filter((k) => !DEFAULT_EXCLUDED_KINDS.includes(k));
        changeSettings({ excludeKinds: on ? [...rest, ...DEFAULT_EXCLUDED_KINDS] : rest });
      },
    },
  }) as HTMLInputElement;
  const kindBoxes = new Map<RelationKind, HTMLInputElement>();
  const kindList = h(
    "ul",
    { className: "checklist path-kinds" },
    RELATION_KINDS.map((kind) => {
      const box = h("input", {
        id: `path-use-${kind.toLowerCase()}`,
        attrs: { type: "checkbox" },
        on: {
          change: (event) => {
            const use = (event.currentTarget as HTMLInputElement).checked;
            const rest = current.settings.excludeKinds.filter((k) => k !== kind);
            changeSettings({ excludeKinds: use ? rest : [...rest, kind as ExcludedKind] });
          },
        },
      }) as HTMLInputElement;
      kindBoxes.set(kind, box);
      return h("li", {}, [
        box,
        h("label", { attrs: { for: box.id } }, [swatch(EDGE_COLORS[kind], true), RELATION_WORDS[kind].name]),
      ]);
    }),
  );
  const dateInput = (id: string, label: string, field: "dateFrom" | "dateTo") => {
    const input = h("input", {
      id,
      attrs: { type: "text", inputmode: "numeric", placeholder: field === "dateFrom" ? "2021-03" : "2022", size: "10" },
      on: {
        change: (event) => {
          const element = event.currentTarget as HTMLInputElement;
          const value = element.value.trim() || null;
          const { errors } = normalizePathSettings({ [field]: value }, current.settings);
          element.setCustomValidity(errors[0]?.replace(/^paths\.options: /, "") ?? "");
          element.setAttribute("aria-invalid", String(errors.length > 0));
          if (errors.length === 0) changeSettings({ [field]: value });
          else element.reportValidity();
        },
      },
    }) as HTMLInputElement;
    return { input, field: h("label", { attrs: { for: id } }, [label, " ", input]) };
  };
  const since = dateInput("path-since", "From", "dateFrom");
  const until = dateInput("path-until", "to", "dateTo");
  const weighted = h("input", {
    id: "path-weighted",
    attrs: { type: "checkbox" },
    on: { change: (event) => changeSettings({ weighted: (event.currentTarget as HTMLInputElement).checked }) },
  }) as HTMLInputElement;
  const kInput = h("input", {
    id: "path-k",
    attrs: { type: "number", min: "1", max: String(MAX_K), step: "1" },
    on: {
      change: (event) => {
        const k = Number((event.currentTarget as HTMLInputElement).value);
        if (Number.isInteger(k) && k >= 1 && k <= MAX_K) changeSettings({ k });
      },
    },
  }) as HTMLInputElement;
  const avoidList = h("ul", { className: "chips", attrs: { "aria-label": "Avoided entities" } });
  const options = h("details", { className: "path-options" }, [
    h("summary", { text: "Options" }),
    h("p", { className: "path-option" }, [
      countryMembership,
      h("label", { attrs: { for: countryMembership.id }, text: " Skip detours through a country (default)" }),
    ]),
    h("p", {
      className: "note",
      id: "path-skip-country-note",
      text: "Two members of one country are not linked through the country itself; a single membership still counts.",
    }),
    h("fieldset", {}, [h("legend", { text: "Relations a path may use" }), kindList]),
    h("fieldset", {}, [h("legend", { text: "Avoid" }), avoidBox.element, avoidList]),
    h("fieldset", {}, [h("legend", { text: "Dates (ISO: 2021, 2021-03, 2021-03-01)" }), since.field, " ", until.field]),
    h("p", { className: "path-option" }, [
      weighted,
      h("label", { attrs: { for: weighted.id }, text: " Prefer well-evidenced links" }),
    ]),
    h("p", { className: "path-option" }, [h("label", { attrs: { for: kInput.id }, text: "Paths to list " }), kInput]),
  ]);

  const results = h("div", { className: "path-results", attrs: { "aria-live": "polite" } });
  const whyHost = h("div", { className: "path-why" });
  const element = h(
    "section",
    { id: "path-panel", className: "path-panel", attrs: { "aria-labelledby": "path-title" } },
    [
      h("h2", { id: "path-title", text: "How are they connected?", attrs: { tabindex: "-1" } }),
      endpoints,
      options,
      results,
      whyHost,
    ],
  );

  // ---- Rendering ---------------------------------------------------------------------------------------------------
  const entityButton = (node: string): HTMLElement => {
    const entity = actions.entity(node);
    if (!entity) return h("span", { text: node });
    return h(
      "button",
      {
        className: "link entity",
        attrs: { type: "button", "data-node": node },
        on: { click: () => actions.select(node) },
      },
      [swatch(NODE_COLORS[entity.kind]), entity.label],
    );
  };

  const evidenceItem = (item: Evidence): HTMLElement => {
    const info = actions.document(item.doc);
    return h("li", { className: "evidence" }, [
      h("blockquote", { text: item.text }),
      h("button", {
        className: "link doc-link",
        text: [info?.title ?? item.doc, info?.date].filter(Boolean).join(", "),
        attrs: { type: "button", title: `Open ${item.doc} at this sentence` },
        on: { click: () => actions.openDocument(item.doc, item) },
      }),
    ]);
  };

  const hopItem = (hop: PathHop): HTMLElement => {
    const words = RELATION_WORDS[hop.kind];
    const verb = hop.direction === "backward" ? words.backward : words.forward;
    const arrow = hop.direction === "forward" ? "→" : hop.direction === "backward" ? "←" : "↔";
    const arrowLabel =
      hop.direction === "both" ? "both ways" : hop.direction === "forward" ? "points forward" : "points back";
    const facts = [hop.date, plural(hop.evidence.length, "sentence")].filter(Boolean).join(" · ");
    return h("li", { className: "hop", attrs: { "data-edge": hop.edge, "data-kind": hop.kind } }, [
      h("div", { className: "hop-head" }, [
        entityButton(hop.source),
        " ",
        h("span", { className: "verb" }, [
          swatch(EDGE_COLORS[hop.kind], true),
          verb,
          " ",
          h("span", { className: "arrow", text: arrow, attrs: { title: `The relation ${arrowLabel}` } }),
        ]),
        " ",
        entityButton(hop.target),
      ]),
      h("p", { className: "facts", text: facts }),
      h("ul", { className: "evidence-list" }, hop.evidence.slice(0, EVIDENCE_PER_HOP).map(evidenceItem)),
    ]);
  };

  const pathLine = (path: PathResult) => path.nodes.map((node) => actions.entity(node)?.label ?? node).join(" → ");

  /** One click that removes what blocks every path, named as the message names it. */
  const remedyFor = (blocker: string | null): { text: string; run: () => void } | null => {
    switch (blocker) {
      case "filters":
        return { text: "Clear the filters", run: () => actions.clearFilters() };
      case "excludeKinds":
        return { text: "Allow every relation kind", run: () => changeSettings({ excludeKinds: [] }) };
      case "avoid":
        return { text: "Stop avoiding", run: () => changeSettings({ avoid: [] }) };
      case "dates":
        return { text: "Clear the date window", run: () => changeSettings({ dateFrom: null, dateTo: null }) };
      case "combined":
        return {
          text: "Clear the filters and options",
          run: () => {
            actions.clearFilters();
            changeSettings({ excludeKinds: [], avoid: [], dateFrom: null, dateTo: null });
          },
        };
      default:
        return null;
    }
  };

  const renderResults = (status: PathStatus) => {
    if (status.state === "idle") {
      results.replaceChildren(
        h("p", {
          className: "empty",
          text:
            current.from || current.to
              ? "Pick both ends to find how they are connected."
              : "Pick two entities: the shortest chain of relations between them appears here, each link with its sentence.",
        }),
      );
      return;
    }
    if (status.state === "finding") {
      results.replaceChildren(h("p", { className: "status", text: "Finding paths…" }));
      return;
    }
    if (status.state === "error") {
      results.replaceChildren(h("p", { className: "error", attrs: { role: "alert" }, text: status.message }));
      return;
    }
    const { outcome } = status;
    if (outcome.message) {
      const remedy = remedyFor(outcome.explanation?.blockedBy ?? null);
      results.replaceChildren(
        ...present([
          h("p", { className: "no-path", attrs: { role: "alert" }, text: outcome.message }),
          remedy
            ? h("button", {
                className: "tool",
                text: remedy.text,
                attrs: { type: "button", id: "path-remedy" },
                on: { click: remedy.run },
              })
            : null,
        ]),
      );
      return;
    }
    const shown = current.shown === "all" ? null : outcome.paths[Math.min(current.shown, outcome.paths.length - 1)];
    const hopsText = (path: PathResult) =>
      `${plural(path.hops.length, "hop")}${outcome.settings.weighted ? `, weight ${path.cost.toFixed(2)}` : ""}`;
    const choices = h(
      "ol",
      { className: "path-choices", attrs: { "aria-label": "Paths found" } },
      outcome.paths.map((path, index) =>
        h("li", {}, [
          h("button", {
            className: "link path-choice",
            text: `${index === 0 ? "Shortest" : `Path ${index + 1}`}: ${hopsText(path)}`,
            attrs: { type: "button", "aria-pressed": String(path === shown), title: pathLine(path) },
            on: { click: () => change({ shown: index }) },
          }),
        ]),
      ),
    );
    const all = h("button", {
      className: "link path-choice",
      text: `All shortest paths (${outcome.allShortest.length}${outcome.allShortest.length >= 50 ? "+" : ""})`,
      attrs: { type: "button", "aria-pressed": String(current.shown === "all") },
      on: { click: () => change({ shown: "all" }) },
    });
    const body: HTMLElement[] = shown
      ? [
          h("h3", { id: "path-hops-title", text: `${pathLine(shown)}` }),
          h("ol", { className: "hops", attrs: { "aria-labelledby": "path-hops-title" } }, shown.hops.map(hopItem)),
        ]
      : [
          h("h3", {
            text: `${plural(outcome.allShortest.length, "path")} of ${plural(outcome.allShortest[0]?.hops.length ?? 0, "hop")}`,
          }),
          h(
            "ol",
            { className: "all-paths" },
            outcome.allShortest.map((path) => h("li", { text: pathLine(path) })),
          ),
        ];
    results.replaceChildren(
      h("p", {
        className: "path-summary",
        text: `${plural(outcome.paths.length, "path")} found in ${Math.max(1, Math.round(outcome.elapsedMs))} ms`,
      }),
      choices,
      all,
      ...body,
      h("p", {}, [
        h("button", {
          className: "link",
          text: "Why are these two connected?",
          attrs: { type: "button", id: "path-why-button" },
          on: { click: () => actions.why() },
        }),
      ]),
    );
  };

  const sharedList = (title: string, id: string, items: Connections["sharedMeetings"]) =>
    items.length
      ? h("section", { attrs: { "aria-labelledby": id } }, [
          h("h4", { id, text: `${title} (${items.length})` }),
          h(
            "ul",
            { className: "shared" },
            items.slice(0, SHARED_LISTED).map((item) => h("li", {}, [entityButton(item.node)])),
          ),
        ])
      : null;

  const renderWhy = (why: WhyView | null) => {
    if (!why) {
      whyHost.replaceChildren();
      return;
    }
    const { connections } = why;
    const direct = connections.direct.length
      ? h("section", { attrs: { "aria-labelledby": "why-direct" } }, [
          h("h4", { id: "why-direct", text: `Direct relations (${connections.direct.length})` }),
          h(
            "ul",
            { className: "relations" },
            connections.direct.map((relation) =>
              h("li", { className: "relation" }, [
                h("p", {
                  className: "verb",
                  text: RELATION_WORDS[relation.kind][relation.direction === "backward" ? "backward" : "forward"],
                }),
                h("ul", { className: "evidence-list" }, relation.evidence.slice(0, 2).map(evidenceItem)),
              ]),
            ),
          ),
        ])
      : h("p", { className: "empty", text: "No direct relation." });
    const sentences =
      why.error !== null
        ? h("p", { className: "error", attrs: { role: "alert" }, text: why.error })
        : why.sentences === null
          ? h("p", { className: "status", text: "Reading the documents that mention both…" })
          : h("section", { attrs: { "aria-labelledby": "why-sentences" } }, [
              h("h4", {
                id: "why-sentences",
                text: `Sentences naming both (${why.sentences.length}, from ${plural(why.documentsRead, "document")}${
                  connections.documents.length > why.documentsRead ? ` of ${connections.documents.length}` : ""
                })`,
              }),
              h("ul", { className: "evidence-list" }, why.sentences.map(evidenceItem)),
            ]);
    whyHost.replaceChildren(
      ...present([
        h("h3", { id: "why-title", text: "Why are these two connected?", attrs: { tabindex: "-1" } }),
        direct,
        sharedList("Shared meetings", "why-meetings", connections.sharedMeetings),
        sharedList("Shared programs", "why-programs", connections.sharedPrograms),
        sharedList("Also related to both", "why-others", connections.sharedOthers),
        h("p", { className: "facts", text: `${plural(connections.documents.length, "document")} mention both.` }),
        sentences,
      ]),
    );
  };

  return {
    element,
    render(path, status, why) {
      current = path ?? EMPTY_PATH;
      const label = (node: string | null) => (node ? (actions.entity(node)?.label ?? node) : "");
      if (document.activeElement?.id !== "path-from") fromBox.setValue(label(current.from));
      if (document.activeElement?.id !== "path-to") toBox.setValue(label(current.to));
      const { settings } = current;
      countryMembership.checked = DEFAULT_EXCLUDED_KINDS.every((k) => settings.excludeKinds.includes(k));
      for (const [kind, box] of kindBoxes) box.checked = !settings.excludeKinds.includes(kind);
      since.input.value = settings.dateFrom ?? "";
      until.input.value = settings.dateTo ?? "";
      weighted.checked = settings.weighted;
      kInput.value = String(settings.k);
      avoidList.replaceChildren(
        ...settings.avoid.map((node) =>
          h("li", { className: "chip" }, [
            actions.entity(node)?.label ?? node,
            h("button", {
              className: "link",
              text: "×",
              attrs: { type: "button", "aria-label": `Stop avoiding ${actions.entity(node)?.label ?? node}` },
              on: { click: () => changeSettings({ avoid: settings.avoid.filter((key) => key !== node) }) },
            }),
          ]),
        ),
      );
      const changed =
        settings.avoid.length > 0 ||
        settings.dateFrom !== null ||
        settings.dateTo !== null ||
        settings.weighted ||
        settings.k !== DEFAULT_PATH_SETTINGS.k ||
        settings.excludeKinds.join() !== DEFAULT_EXCLUDED_KINDS.join();
      if (changed) options.open = true;
      renderResults(status);
      renderWhy(why);
    },
    focusFrom() {
      fromBox.focus();
    },
  };
}
