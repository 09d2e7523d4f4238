// The search box: an ARIA combobox with autocomplete over labels and aliases. Arrow keys move through the
// suggestions, Enter picks one, Escape closes the list; a pick selects the entity and moves the camera to it.

import type { EntityKind } from "../schema/graph.ts";
import { h } from "./dom.ts";
import { NODE_COLORS, NODE_KIND_SINGULAR } from "./palette.ts";

export interface Suggestion {
  key: string;
  label: string;
  kind: EntityKind;
  matched: string;
}

export interface SearchBox {
  element: HTMLElement;
  focus(): void;
  clear(): void;
}

export interface SearchBoxOptions {
  /** The input's id; the list and options take ids derived from it. */
  id: string;
  label: string;
  placeholder: string;
  /** Suggestions shown at most. */
  limit: number;
}

export const DEFAULT_SEARCH_BOX: SearchBoxOptions = {
  id: "search",
  label: "Search entities",
  placeholder: "Search people, agencies, programs…  ( / )",
  limit: 12,
};

export function createSearchBox(
  suggest: (text: string) => Suggestion[],
  pick: (key: string) => void,
  options: Partial<SearchBoxOptions> = {},
): SearchBox & { setValue(text: string): void } {
  const { id, label: labelText, placeholder, limit } = { ...DEFAULT_SEARCH_BOX, ...options };
  const listId = id === "search" ? "search-results" : `${id}-results`;
  let results: Suggestion[] = [];
  let active = -1;

  const input = h("input", {
    id,
    attrs: {
      type: "search",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      autocomplete: "off",
      spellcheck: "false",
      placeholder,
    },
  });
  const label = h("label", { className: "visually-hidden", text: labelText, attrs: { for: id } });
  const list = h("ul", { id: listId, className: "suggestions", attrs: { role: "listbox", "aria-label": "Matches" } });
  list.hidden = true;
  const status = h("div", { className: "visually-hidden", attrs: { role: "status", "aria-live": "polite" } });

  const optionId = (index: number) => `${id}-option-${index}`;

  function setActive(index: number) {
    active = index;
    for (const [i, option] of [...list.children].entries()) option.setAttribute("aria-selected", String(i === index));
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", optionId(index));
      list.children[index]?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  }

  function choose(index: number) {
    const result = results[index];
    if (!result) return;
    input.value = result.label;
    close();
    pick(result.key);
  }

  function update() {
    results = input.value.trim() ? suggest(input.value).slice(0, limit) : [];
    list.replaceChildren(
      ...results.map((result, index) =>
        h(
          "li",
          {
            id: optionId(index),
            className: "suggestion",
            attrs: { role: "option", "aria-selected": "false", "data-node": result.key },
            on: {
              // mousedown, not click: the input's blur would close the list before a click lands.
              mousedown: (event) => {
                event.preventDefault();
                choose(index);
              },
            },
          },
          [
            h("span", {
              className: "swatch",
              attrs: { "aria-hidden": "true", style: `background:${NODE_COLORS[result.kind]}` },
            }),
            h("span", { className: "suggestion-label", text: result.label }),
            result.matched !== result.label ? h("span", { className: "matched", text: ` “${result.matched}”` }) : null,
            h("span", { className: "kind-note", text: NODE_KIND_SINGULAR[result.kind] ?? result.kind }),
          ],
        ),
      ),
    );
    const open = results.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    setActive(open ? 0 : -1);
    status.textContent = input.value.trim()
      ? `${results.length === 0 ? "No" : results.length} ${results.length === 1 ? "match" : "matches"}`
      : "";
  }

  input.addEventListener("input", update);
  input.addEventListener("focus", () => {
    if (input.value.trim()) update();
  });
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (list.hidden) update();
      else setActive(Math.min(results.length - 1, active + 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive(Math.max(0, active - 1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(active >= 0 ? active : 0);
    } else if (event.key === "Escape") {
      if (!list.hidden) {
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    }
  });

  return {
    element: h("div", { className: "search", attrs: { role: "search" } }, [label, input, list, status]),
    focus: () => input.focus(),
    clear() {
      input.value = "";
      close();
    },
    setValue(text) {
      input.value = text;
      close();
    },
  };
}
