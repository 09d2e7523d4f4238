// A small element builder for the explorer's panels. Text always goes in through textContent, never as HTML,
// so nothing read from a document or graph.json can run as markup.

export type Child = Node | string | null | undefined | false;

export interface Props {
  text?: string;
  className?: string;
  id?: string;
  /** Attributes set with setAttribute (aria-*, role, data-*, type, for, …). */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.text !== undefined) element.textContent = props.text;
  if (props.className) element.className = props.className;
  if (props.id) element.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

export const formatNumber = new Intl.NumberFormat("en").format;

/** "1 document", "3 documents". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
