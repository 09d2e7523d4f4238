// The document reader: a document's text with the evidence sentence highlighted and scrolled into view, and every
// recognised mention a button that selects its entity. Text is inserted as text nodes, never parsed as HTML.

import type { DocumentInfo, StoredDocument } from "../schema/graph.ts";
import { h } from "./dom.ts";

export interface Segment {
  start: number;
  end: number;
  node: string | null;
  highlighted: boolean;
}

/**
 * Cuts `[0, length)` at every mention and highlight boundary. Overlapping mentions keep the earlier one; a mention
 * that crosses the highlight's edge is split in two, both still pointing at their entity.
 */
export function readerSegments(
  length: number,
  mentions: ReadonlyArray<readonly [number, number, string]>,
  highlight: { start: number; end: number } | null,
): Segment[] {
  const spans: Array<[number, number, string]> = [];
  let last = 0;
  for (const [start, end, node] of mentions) {
    if (start < last || end <= start || end > length) continue;
    spans.push([start, end, node]);
    last = end;
  }
  const cuts = new Set<number>([0, length]);
  for (const [start, end] of spans) cuts.add(start).add(end);
  if (highlight)
    cuts.add(Math.max(0, Math.min(length, highlight.start))).add(Math.max(0, Math.min(length, highlight.end)));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let span = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    while (span < spans.length && spans[span][1] <= start) span++;
    const covering = span < spans.length && spans[span][0] <= start ? spans[span][2] : null;
    const highlighted = highlight !== null && start >= highlight.start && end <= highlight.end;
    segments.push({ start, end, node: covering, highlighted });
  }
  return segments;
}

export interface ReaderActions {
  select(node: string): void;
  close(): void;
  label(node: string): string | null;
}

const documentCache = new Map<string, Promise<StoredDocument>>();

export async function fetchDocument(baseUrl: string, info: DocumentInfo): Promise<StoredDocument> {
  if (!info.store) {
    throw new Error(
      `explorer.reader: the graph has no stored text for ${info.file} (rebuild it with npm run build:graph)`,
    );
  }
  const url = new URL(info.store, baseUrl).href;
  let pending = documentCache.get(url);
  if (!pending) {
    pending = fetch(url, { headers: { Accept: "application/json" } }).then(async (response) => {
      if (!response.ok) throw new Error(`explorer.reader: ${info.store} answered HTTP ${response.status}`);
      const json = (await response.json()) as StoredDocument;
      if (typeof json.text !== "string" || !Array.isArray(json.mentions)) {
        throw new Error(`explorer.reader: ${info.store} is not a stored document`);
      }
      return json;
    });
    pending.catch(() => documentCache.delete(url));
    documentCache.set(url, pending);
  }
  return pending;
}

export function renderDocument(
  container: HTMLElement,
  info: DocumentInfo,
  stored: StoredDocument,
  highlight: { start: number; end: number } | null,
  actions: ReaderActions,
): void {
  const body = h("div", { className: "reader-text", attrs: { tabindex: "0", "aria-label": "Document text" } });
  let mark: HTMLElement | null = null;
  for (const segment of readerSegments(stored.text.length, stored.mentions, highlight)) {
    const text = stored.text.slice(segment.start, segment.end);
    const piece: Node = segment.node
      ? h("button", {
          className: "mention",
          text,
          attrs: {
            type: "button",
            "data-node": segment.node,
            title: actions.label(segment.node) ?? segment.node,
          },
          on: { click: () => actions.select(segment.node as string) },
        })
      : document.createTextNode(text);
    if (segment.highlighted) {
      if (!mark) {
        mark = h("mark", { className: "evidence-highlight" });
        body.append(mark);
      }
      mark.append(piece);
    } else {
      mark = null;
      body.append(piece);
    }
  }
  const meta = [info.date, info.kind, info.file].filter(Boolean).join(" · ");
  container.replaceChildren(
    h("header", { className: "reader-head" }, [
      h("h2", { id: "reader-title", text: info.title ?? info.file, attrs: { tabindex: "-1" } }),
      h("p", { className: "meta", text: meta }),
      info.url && /^https?:\/\//i.test(info.url)
        ? h("a", { text: "Original", attrs: { href: info.url, target: "_blank", rel: "noopener noreferrer" } })
        : null,
      h("button", {
        className: "close",
        text: "Close",
        attrs: { type: "button", "aria-label": "Close document" },
        on: { click: () => actions.close() },
      }),
    ]),
    body,
  );
  container.dataset.doc = info.file;
  const target = body.querySelector("mark");
  if (target) target.scrollIntoView({ block: "center" });
}
