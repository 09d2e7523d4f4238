// The path finder's main-thread side: sends the graph's adjacency to the worker once, tells it what the filters
// show when they change, turns a question in keys and ISO dates into the kernel's indices and milliseconds, and the
// answer back into hops with evidence, or a message that names what blocks a path.

import { transfer } from "comlink";
import type { Remote } from "comlink";
import { COUNTRY_DETOURS, excludedClasses, noChainClasses, periodEndMs, periodStartMs } from "../graph/path-options.ts";
import type { ExcludedKind, PathSettings } from "../graph/path-options.ts";
import { pathResult } from "../graph/path-hops.ts";
import type { PathResult } from "../graph/path-hops.ts";
import type { PolicyGraph } from "../graph/load.ts";
import type { VisibilityIndex } from "../graph/visibility.ts";
import type { DocumentInfo } from "../schema/graph.ts";
import { csrInputFromIndex } from "../../workers/csr.ts";
import type { GraphWorkerApi, NoPathExplanation, Path } from "../../workers/protocol.ts";
import { RELATION_WORDS } from "./palette.ts";

/** Fewest-hop paths listed at most under "all shortest paths". */
export const ALL_SHORTEST_LIMIT = 50;

export interface PathOutcome {
  from: string;
  to: string;
  settings: PathSettings;
  /** The k shortest simple paths, best first; empty when there is none. */
  paths: PathResult[];
  /** Every fewest-hop path, up to ALL_SHORTEST_LIMIT. */
  allShortest: PathResult[];
  /** When there is no path: "No connection within the current filters…", naming what blocks one if anything does. */
  message: string | null;
  explanation: NoPathExplanation | null;
  /** Round trip to the worker, in ms. */
  elapsedMs: number;
}

/** What the caller knows about the view, to name a blocking filter in words. */
export interface ViewDescription {
  /** The explorer filters that hide something, in words ("node kinds", "date window"); empty when none. */
  activeFilters: string[];
  label(node: string): string;
}

export interface PathFinder {
  /**
   * The filters changed: `edgeMask` has one byte per edge of the visibility index (1 = shown), null when all show.
   * Sent to the worker with the next question.
   */
  setView(edgeMask: Uint8Array | null): void;
  find(from: string, to: string, settings: PathSettings, view: ViewDescription): Promise<PathOutcome>;
}

function excludedInWords(kinds: readonly ExcludedKind[]): string {
  return kinds
    .map((item) => {
      if (item === COUNTRY_DETOURS) return "detours through a country";
      const [relation, target] = item.split(":") as [keyof typeof RELATION_WORDS, string | undefined];
      const words = RELATION_WORDS[relation]?.forward ?? relation;
      return target ? `“${words}” a ${target}` : `“${words}”`;
    })
    .join(", ");
}

/** The no-path message: always "No connection within the current filters", then what blocks one, if known. */
export function noPathMessage(
  from: string,
  to: string,
  settings: PathSettings,
  explanation: NoPathExplanation | null,
  view: ViewDescription,
): string {
  const head = "No connection within the current filters";
  const a = view.label(from);
  const b = view.label(to);
  if (!explanation || explanation.disconnected) {
    return `${head}: nothing in this graph joins ${a} and ${b}, even with every filter and option cleared.`;
  }
  const window = [settings.dateFrom ?? "…", settings.dateTo ?? "…"].join(" to ");
  const blockers: Record<string, string> = {
    filters: `the explorer's filters (${view.activeFilters.join(", ") || "filters"}) hide every connection; clear them to see one`,
    excludeKinds: `leaving out ${excludedInWords(settings.excludeKinds)} blocks every path; allow it under Options to see one`,
    avoid: `avoiding ${settings.avoid.map(view.label).join(", ")} blocks every path`,
    dates: `no path lies within the date window ${window}; widen it to see one`,
    combined: "no single filter or option is to blame, but clearing all of them connects the two",
  };
  return `${head}: ${blockers[explanation.blockedBy ?? "combined"]}.`;
}

/** `index` is the explorer's visibility index (built once per graph), whose edge order the filters' masks follow. */
export function createPathFinder(
  graph: PolicyGraph,
  index: () => VisibilityIndex,
  worker: () => Remote<GraphWorkerApi>,
  documents: ReadonlyMap<string, DocumentInfo>,
): PathFinder {
  let nodeKeys: string[] = [];
  let edgeKeys: string[] = [];
  let nodeIndex = new Map<string, number>();
  let ready: Promise<void> | null = null;
  let visible: Uint8Array | null = null;
  let viewSent = true;

  const init = () =>
    (ready ??= (async () => {
      const visibility = index();
      const input = csrInputFromIndex(visibility);
      nodeKeys = input.nodeKeys;
      edgeKeys = input.edgeKeys;
      nodeIndex = new Map(visibility.nodeIds);
      const { nodeKeys: _n, edgeKeys: _e, ...arrays } = input;
      // The arrays are not used here again: hand their buffers over rather than copy them.
      const buffers = [arrays.edgeSources, arrays.edgeTargets, arrays.edgeKinds, arrays.edgeWeights, arrays.edgeDates];
      await worker().pathsInit(
        transfer(
          arrays,
          buffers.map((array) => array.buffer),
        ),
      );
      viewSent = false;
    })().catch((error: unknown) => {
      ready = null;
      throw error;
    }));

  const toResult = (path: Path, window: PathSettings): PathResult =>
    pathResult(
      graph,
      path.nodes.map((i) => nodeKeys[i]),
      path.edges.map((e) => edgeKeys[e]),
      path.cost,
      documents,
      window,
    );

  return {
    setView(edgeMask) {
      visible = edgeMask;
      viewSent = false;
    },
    async find(from, to, settings, view) {
      const started = performance.now();
      await init();
      const api = worker();
      if (!viewSent) {
        const mask = visible && visible.slice();
        await api.pathsSetView(mask && transfer(mask, [mask.buffer]));
        viewSent = true;
      }
      const index = (key: string) => {
        const i = nodeIndex.get(key);
        if (i === undefined) throw new Error(`paths.find: no entity with key ${JSON.stringify(key)}`);
        return i;
      };
      const answer = await api.pathsFind({
        from: index(from),
        to: index(to),
        options: {
          excludeKinds: excludedClasses(settings.excludeKinds),
          noChainKinds: noChainClasses(settings.excludeKinds),
          avoid: settings.avoid.filter((key) => nodeIndex.has(key)).map(index),
          dateFrom: settings.dateFrom ? periodStartMs(settings.dateFrom) : undefined,
          dateTo: settings.dateTo ? periodEndMs(settings.dateTo) : undefined,
          weighted: settings.weighted,
        },
        k: settings.k,
        allShortest: ALL_SHORTEST_LIMIT,
      });
      const paths = answer.shortest
        ? (answer.alternatives.length ? answer.alternatives : [answer.shortest]).map((p) => toResult(p, settings))
        : [];
      return {
        from,
        to,
        settings,
        paths,
        allShortest: answer.allShortest.map((p) => toResult(p, settings)),
        message: answer.shortest ? null : noPathMessage(from, to, settings, answer.explanation, view),
        explanation: answer.explanation,
        elapsedMs: performance.now() - started,
      };
    },
  };
}
