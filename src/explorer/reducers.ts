// Sigma reducers: how each node and edge looks given the display state (filters, selection, hover, highlights).
// Display state is a plain value read on every refresh; nothing here is ever written into the graph's attributes.

import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { PolicyGraph } from "../graph/load.ts";
import type { EdgeAttributes, EntityKind, NodeAttributes, RelationKind } from "../schema/graph.ts";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR, EDGE_COLORS, NODE_COLORS, UNKNOWN_COLOR } from "./palette.ts";

export interface NodeSet {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface DisplayState {
  /** Nodes and edges that pass the filters; null when nothing is filtered out. */
  visible: NodeSet | null;
  selected: string | null;
  hovered: string | null;
  /** The hovered (else selected) node and its visible neighbourhood; everything else is dimmed. */
  focus: NodeSet | null;
  /** Nodes and edges to emphasise above everything else (search hits now; paths and query results later). */
  highlight: NodeSet | null;
}

export const EMPTY_DISPLAY_STATE: DisplayState = {
  visible: null,
  selected: null,
  hovered: null,
  focus: null,
  highlight: null,
};

export const NODE_SIZE = { min: 3, max: 16 } as const;
/** Neighbours of the focus all get a label only up to this many; beyond it sigma's label grid picks which to show. */
export const FORCED_NEIGHBOUR_LABELS = 40;
export const EDGE_SIZE = { normal: 1, focused: 2, highlighted: 3 } as const;

/** Size by degree, on a square-root scale so hubs stand out without hiding everything else. */
export function nodeSizes(graph: PolicyGraph): Map<string, number> {
  let maxDegree = 1;
  graph.forEachNode((node) => {
    maxDegree = Math.max(maxDegree, graph.degree(node));
  });
  const scale = (NODE_SIZE.max - NODE_SIZE.min) / Math.sqrt(maxDegree);
  const sizes = new Map<string, number>();
  graph.forEachNode((node) => sizes.set(node, NODE_SIZE.min + Math.sqrt(graph.degree(node)) * scale));
  return sizes;
}

/** Focus set of one node: itself, its neighbours and the edges between them, within what is visible. */
export function neighbourhood(graph: PolicyGraph, node: string, visible: NodeSet | null): NodeSet {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    if (visible && !visible.edges.has(edge)) return;
    edges.add(edge);
    nodes.add(source === node ? target : source);
  });
  return { nodes, edges };
}

export interface Reducers {
  nodeReducer(node: string, data: NodeAttributes): Partial<NodeDisplayData>;
  edgeReducer(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData>;
}

export function createReducers(graph: PolicyGraph, sizes: Map<string, number>, read: () => DisplayState): Reducers {
  const nodeColor = (kind: EntityKind) => NODE_COLORS[kind] ?? UNKNOWN_COLOR;
  const edgeColor = (kind: RelationKind) => EDGE_COLORS[kind] ?? UNKNOWN_COLOR;

  return {
    nodeReducer(node, data) {
      const state = read();
      // Sigma indexes hidden nodes too, so they keep their position.
      if (state.visible && !state.visible.nodes.has(node)) return { x: data.x, y: data.y, hidden: true };
      const display: Partial<NodeDisplayData> = {
        x: data.x,
        y: data.y,
        label: data.label,
        size: sizes.get(node) ?? NODE_SIZE.min,
        color: nodeColor(data.kind),
      };
      const emphasised = node === state.selected || node === state.hovered || state.highlight?.nodes.has(node);
      if (emphasised) {
        display.highlighted = true;
        display.forceLabel = true;
        display.zIndex = 2;
      } else if (state.focus) {
        if (state.focus.nodes.has(node)) {
          display.forceLabel = state.focus.nodes.size <= FORCED_NEIGHBOUR_LABELS;
          display.zIndex = 1;
        } else {
          display.color = DIMMED_NODE_COLOR;
          display.label = null;
          display.zIndex = 0;
        }
      } else if (state.highlight) {
        display.color = DIMMED_NODE_COLOR;
        display.label = null;
      }
      return display;
    },

    edgeReducer(edge, data) {
      const state = read();
      if (state.visible && !state.visible.edges.has(edge)) return { hidden: true };
      const display: Partial<EdgeDisplayData> = {
        color: edgeColor(data.kind),
        size: EDGE_SIZE.normal,
        type: graph.isDirected(edge) ? "arrow" : "line",
      };
      if (state.highlight?.edges.has(edge)) {
        display.size = EDGE_SIZE.highlighted;
        display.zIndex = 2;
      } else if (state.focus) {
        if (state.focus.edges.has(edge)) {
          display.size = EDGE_SIZE.focused;
          display.zIndex = 1;
        } else {
          display.color = DIMMED_EDGE_COLOR;
          display.zIndex = 0;
        }
      } else if (state.highlight) {
        display.color = DIMMED_EDGE_COLOR;
      }
      return display;
    },
  };
}
