// The filters panel: which kinds of entity and relation to show, which documents, a date window over document and
// meeting dates, the neighbourhood of the selection, isolated nodes. Built once; `update` only changes values and
// counts, so keyboard focus stays where it is while counts change.

import { ENTITY_KINDS, RELATION_KINDS } from "../schema/graph.ts";
import type { DocumentInfo, EntityKind, RelationKind } from "../schema/graph.ts";
import { formatNumber, h } from "./dom.ts";
import { EDGE_COLORS, NODE_COLORS, NODE_KIND_LABELS, RELATION_WORDS } from "./palette.ts";
import type { VisibilityCounts } from "../graph/visibility.ts";
import type { Filters } from "./view-state.ts";

/** Counts per kind and in total (from `computeVisibility`, or the whole graph's). */
export type FilterCounts = VisibilityCounts;

export interface FiltersPanel {
  element: HTMLElement;
  update(filters: Filters, visible: FilterCounts, hasSelection: boolean): void;
}

/** Months from `min` to `max` inclusive, as `YYYY-MM`. */
export function monthsBetween(min: string, max: string): string[] {
  const [y0, m0] = [Number(min.slice(0, 4)), Number(min.slice(5, 7) || "1")];
  const [y1, m1] = [Number(max.slice(0, 4)), Number(max.slice(5, 7) || "12")];
  const months: string[] = [];
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, (m = 1)) : m++) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    if (months.length > 1200) break;
  }
  return months;
}

const DOCUMENTS_SHOWN = 100;

export function createFiltersPanel(
  totals: FilterCounts,
  documents: readonly DocumentInfo[],
  bounds: { min: string; max: string } | null,
  change: (patch: Partial<Filters>) => void,
): FiltersPanel {
  let current: Filters | null = null;

  const kindBoxes = new Map<EntityKind, { input: HTMLInputElement; count: HTMLElement }>();
  const kindFieldset = h("fieldset", { className: "kinds" }, [h("legend", { text: "Entities" })]);
  for (const kind of ENTITY_KINDS) {
    const input = h("input", {
      attrs: { type: "checkbox", "data-kind": kind },
      on: {
        change: () => {
          if (!current) return;
          const next = ENTITY_KINDS.filter((k) => (k === kind ? input.checked : current?.nodeKinds.includes(k)));
          change({ nodeKinds: next });
        },
      },
    });
    const count = h("span", { className: "count" });
    kindBoxes.set(kind, { input, count });
    kindFieldset.append(
      h("label", { className: "check" }, [
        input,
        h("span", { className: "swatch", attrs: { "aria-hidden": "true", style: `background:${NODE_COLORS[kind]}` } }),
        h("span", { className: "name", text: NODE_KIND_LABELS[kind] }),
        count,
      ]),
    );
  }

  const relationBoxes = new Map<RelationKind, { input: HTMLInputElement; count: HTMLElement; row: HTMLElement }>();
  const relationFieldset = h("fieldset", { className: "kinds" }, [h("legend", { text: "Relations" })]);
  for (const kind of RELATION_KINDS) {
    const input = h("input", {
      attrs: { type: "checkbox", "data-relation": kind },
      on: {
        change: () => {
          if (!current) return;
          const next = RELATION_KINDS.filter((k) => (k === kind ? input.checked : current?.relationKinds.includes(k)));
          change({ relationKinds: next });
        },
      },
    });
    const count = h("span", { className: "count" });
    const row = h("label", { className: "check" }, [
      input,
      h("span", {
        className: "swatch line",
        attrs: { "aria-hidden": "true", style: `background:${EDGE_COLORS[kind]}` },
      }),
      h("span", { className: "name", text: RELATION_WORDS[kind].name }),
      count,
    ]);
    // Kinds the graph has none of stay out of the way.
    row.hidden = (totals.edges[kind] ?? 0) === 0;
    relationBoxes.set(kind, { input, count, row });
    relationFieldset.append(row);
  }

  // Dates: two sliders over the months the graph spans.
  const months = bounds ? monthsBetween(bounds.min, bounds.max) : [];
  const fromInput = h("input", {
    id: "date-from",
    attrs: { type: "range", min: 0, max: Math.max(0, months.length - 1), step: 1 },
  });
  const toInput = h("input", {
    id: "date-to",
    attrs: { type: "range", min: 0, max: Math.max(0, months.length - 1), step: 1 },
  });
  const fromText = h("output", { attrs: { for: "date-from" } });
  const toText = h("output", { attrs: { for: "date-to" } });
  const commitDates = () => {
    let from = Number(fromInput.value);
    let to = Number(toInput.value);
    if (from > to) [from, to] = [to, from];
    change({
      dateFrom: from <= 0 ? null : months[from],
      dateTo: to >= months.length - 1 ? null : months[to],
    });
  };
  const previewDates = () => {
    fromText.textContent = months[Number(fromInput.value)] ?? "";
    toText.textContent = months[Number(toInput.value)] ?? "";
  };
  for (const input of [fromInput, toInput]) {
    input.addEventListener("input", previewDates);
    input.addEventListener("change", commitDates);
  }
  const dateFieldset = h("fieldset", { className: "dates" }, [
    h("legend", { text: "Dates" }),
    h("label", { attrs: { for: "date-from" } }, ["From ", fromText]),
    fromInput,
    h("label", { attrs: { for: "date-to" } }, ["To ", toText]),
    toInput,
  ]);
  dateFieldset.hidden = months.length < 2;

  // Neighbourhood of the selection.
  const depthSelect = h(
    "select",
    {
      id: "depth",
      on: { change: () => change({ depth: depthSelect.value === "" ? null : Number(depthSelect.value) }) },
    },
    [
      h("option", { text: "Whole graph", attrs: { value: "" } }),
      ...[1, 2, 3, 4].map((depth) =>
        h("option", { text: `Within ${depth} ${depth === 1 ? "hop" : "hops"}`, attrs: { value: depth } }),
      ),
    ],
  );
  const depthNote = h("p", { className: "note", text: "Select an entity to use this." });
  const isolated = h("input", {
    id: "hide-isolated",
    attrs: { type: "checkbox" },
    on: { change: () => change({ hideIsolated: isolated.checked }) },
  });
  const scopeFieldset = h("fieldset", {}, [
    h("legend", { text: "Scope" }),
    h("label", { text: "Neighbourhood of the selection", attrs: { for: "depth" } }),
    depthSelect,
    depthNote,
    h("label", { className: "check" }, [isolated, h("span", { text: "Hide entities without relations" })]),
  ]);

  // Documents: a filterable checklist.
  const docFilter = h("input", {
    id: "doc-filter",
    attrs: { type: "search", placeholder: "Filter documents", autocomplete: "off" },
  });
  const docList = h("ul", { className: "doc-checklist" });
  const docSummary = h("span", { className: "doc-summary" });
  const allDocs = h("button", {
    className: "link",
    text: "All documents",
    attrs: { type: "button" },
    on: { click: () => change({ documents: null }) },
  });
  const docLabel = (doc: DocumentInfo) => [doc.date, doc.title ?? doc.file].filter(Boolean).join(" · ");
  const renderDocList = () => {
    const needle = docFilter.value.trim().toLowerCase();
    const chosen = new Set(current?.documents ?? []);
    const matches = documents.filter(
      (doc) => !needle || docLabel(doc).toLowerCase().includes(needle) || doc.file.toLowerCase().includes(needle),
    );
    docList.replaceChildren(
      ...matches.slice(0, DOCUMENTS_SHOWN).map((doc) => {
        const box = h("input", {
          attrs: { type: "checkbox", "data-doc": doc.file },
          on: {
            change: () => {
              const next = new Set(current?.documents ?? []);
              if (box.checked) next.add(doc.file);
              else next.delete(doc.file);
              change({ documents: next.size ? [...next].sort() : null });
            },
          },
        });
        box.checked = chosen.has(doc.file);
        return h("li", {}, [h("label", { className: "check" }, [box, h("span", { text: docLabel(doc) })])]);
      }),
      ...(matches.length > DOCUMENTS_SHOWN
        ? [
            h("li", {
              className: "note",
              text: `${formatNumber(matches.length - DOCUMENTS_SHOWN)} more: type to narrow`,
            }),
          ]
        : []),
    );
  };
  docFilter.addEventListener("input", renderDocList);
  const docFieldset = h("fieldset", { className: "documents" }, [
    h("legend", { text: "Documents" }),
    h("p", {}, [docSummary, " ", allDocs]),
    h("label", { className: "visually-hidden", text: "Filter documents", attrs: { for: "doc-filter" } }),
    docFilter,
    docList,
  ]);

  const summary = h("p", {
    id: "filter-summary",
    className: "summary",
    attrs: { role: "status", "aria-live": "polite" },
  });

  const element = h("section", { className: "filters", attrs: { "aria-labelledby": "filters-heading" } }, [
    h("h2", { id: "filters-heading", text: "Filters" }),
    summary,
    kindFieldset,
    relationFieldset,
    dateFieldset,
    scopeFieldset,
    docFieldset,
  ]);

  return {
    element,
    update(filters, visible, hasSelection) {
      const documentsChanged = current?.documents !== filters.documents;
      current = filters;
      for (const [kind, { input, count }] of kindBoxes) {
        input.checked = filters.nodeKinds.includes(kind);
        count.textContent = `${formatNumber(visible.nodes[kind] ?? 0)} / ${formatNumber(totals.nodes[kind] ?? 0)}`;
      }
      for (const [kind, { input, count }] of relationBoxes) {
        input.checked = filters.relationKinds.includes(kind);
        count.textContent = `${formatNumber(visible.edges[kind] ?? 0)} / ${formatNumber(totals.edges[kind] ?? 0)}`;
      }
      if (months.length) {
        const index = (value: string | null, fallback: number) => {
          if (!value) return fallback;
          const found = months.indexOf(value.slice(0, 7));
          return found >= 0 ? found : fallback;
        };
        fromInput.value = String(index(filters.dateFrom, 0));
        toInput.value = String(index(filters.dateTo, months.length - 1));
        previewDates();
      }
      depthSelect.value = filters.depth === null ? "" : String(filters.depth);
      depthNote.hidden = hasSelection || filters.depth === null;
      isolated.checked = filters.hideIsolated;
      docSummary.textContent =
        filters.documents === null
          ? `All ${formatNumber(documents.length)} documents.`
          : `${formatNumber(filters.documents.length)} of ${formatNumber(documents.length)} documents.`;
      allDocs.hidden = filters.documents === null;
      if (documentsChanged) renderDocList();
      summary.textContent =
        `Showing ${formatNumber(visible.totalNodes)} of ${formatNumber(totals.totalNodes)} entities and ` +
        `${formatNumber(visible.totalEdges)} of ${formatNumber(totals.totalEdges)} relations.`;
    },
  };
}
