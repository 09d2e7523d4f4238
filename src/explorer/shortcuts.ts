// Keyboard shortcuts: "/" search, P path, F fit, + and − zoom, arrows pan (on the canvas), L layout, Escape back out.
// Ignored while the user types in a field, so letters reach the search box and the document filter.

export interface ShortcutActions {
  focusSearch(): void;
  /** Opens the Path tab with its From box focused. */
  findPath(): void;
  fit(): void;
  zoom(factor: number): void;
  pan(dx: number, dy: number): void;
  toggleLayout(): void;
  escape(): void;
  /** Arrow keys pan only while the canvas has focus, so they keep scrolling panels everywhere else. */
  canvas: HTMLElement;
}

export const SHORTCUTS: ReadonlyArray<[keys: string, what: string]> = [
  ["/", "Search"],
  ["P", "Find how two entities are connected"],
  ["F", "Fit the graph to the view"],
  ["+ / −", "Zoom in / out"],
  ["Arrows", "Pan (canvas focused)"],
  ["L", "Start or stop the layout"],
  ["Esc", "Close the document, then clear the selection"],
];

const ZOOM_STEP = 1.5;

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName);
}

export function installShortcuts(actions: ShortcutActions): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape") {
      if (typing(event.target) && (event.target as HTMLInputElement).value) return;
      actions.escape();
      return;
    }
    if (typing(event.target)) return;
    const onCanvas = event.target === actions.canvas;
    const arrows: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, 1],
      ArrowDown: [0, -1],
    };
    if (onCanvas && event.key in arrows) {
      actions.pan(...arrows[event.key]);
    } else if (event.key === "/") {
      actions.focusSearch();
    } else if (event.key === "p" || event.key === "P") {
      actions.findPath();
    } else if (event.key === "f" || event.key === "F") {
      actions.fit();
    } else if (event.key === "+" || event.key === "=") {
      actions.zoom(ZOOM_STEP);
    } else if (event.key === "-" || event.key === "_") {
      actions.zoom(1 / ZOOM_STEP);
    } else if (event.key === "l" || event.key === "L") {
      actions.toggleLayout();
    } else {
      return;
    }
    event.preventDefault();
  };
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}
