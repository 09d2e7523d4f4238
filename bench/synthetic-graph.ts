// Seeded synthetic graphs in graph.json's shape, for the explorer bench and the browser tests that need size:
// communities of nodes laid out around their centres, about `edgesPerNode` edges per node, mostly within a community.

import type { EdgeAttributes, EntityKind, GraphAttributes, NodeAttributes, RelationKind } from "../src/schema/graph.ts";
import { mulberry32 } from "../src/graph/random.ts";
import { ENTITY_KINDS, RELATION_KINDS, SYMMETRIC_RELATIONS } from "../src/schema/graph.ts";

export interface SyntheticOptions {
  nodes: number;
  edgesPerNode: number;
  seed: number;
  /** Write x, y (as the build does); false leaves positions to the page. */
  positions: boolean;
}

export const DEFAULT_SYNTHETIC: SyntheticOptions = { nodes: 1000, edgesPerNode: 4, seed: 1, positions: true };

interface SerializedNode {
  key: string;
  attributes: NodeAttributes;
}
interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  undirected?: boolean;
  attributes: EdgeAttributes;
}

/** A graph.json text (graphology's serialized format with policygraph's attributes). */
export function syntheticGraphJson(partial: Partial<SyntheticOptions> = {}): string {
  const options = { ...DEFAULT_SYNTHETIC, ...partial };
  const random = mulberry32(options.seed);
  const n = options.nodes;
  const communities = Math.max(1, Math.round(Math.sqrt(n) / 2));
  const sentence = "A synthetic sentence that stands for the evidence of this relation.";
  const doc = "synthetic.txt";

  const community = new Int32Array(n);
  const members: number[][] = Array.from({ length: communities }, () => []);
  const nodes: SerializedNode[] = [];
  const spread = Math.sqrt(n) * 10;
  const centres = Array.from({ length: communities }, () => [(random() - 0.5) * spread, (random() - 0.5) * spread]);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(random() * communities);
    community[i] = c;
    members[c].push(i);
    const kind: EntityKind = ENTITY_KINDS[Math.floor(random() * ENTITY_KINDS.length)];
    const attributes: NodeAttributes = { label: `${kind} ${i}`, kind, aliases: [], docs: [doc], mentions: 1 };
    if (options.positions) {
      const angle = random() * Math.PI * 2;
      const radius = Math.sqrt(random()) * (spread / Math.sqrt(communities)) * 0.6;
      attributes.x = Math.round((centres[c][0] + Math.cos(angle) * radius) * 100) / 100;
      attributes.y = Math.round((centres[c][1] + Math.sin(angle) * radius) * 100) / 100;
    }
    nodes.push({ key: `n${i}`, attributes });
  }

  const edges: SerializedEdge[] = [];
  const target = Math.round(n * options.edgesPerNode);
  for (let e = 0; e < target; e++) {
    const s = Math.floor(random() * n);
    const local = random() < 0.85;
    const pool = local ? members[community[s]] : null;
    let t = pool ? pool[Math.floor(random() * pool.length)] : Math.floor(random() * n);
    if (t === s) t = (s + 1) % n;
    const kind: RelationKind = RELATION_KINDS[Math.floor(random() * RELATION_KINDS.length)];
    const edge: SerializedEdge = {
      key: `e${e}`,
      source: `n${s}`,
      target: `n${t}`,
      attributes: { kind, evidence: [{ doc, text: sentence, start: 0, end: sentence.length }] },
    };
    if (SYMMETRIC_RELATIONS.has(kind)) edge.undirected = true;
    edges.push(edge);
  }

  const attributes: GraphAttributes = {
    format: "policygraph",
    version: 1,
    documents: [
      {
        id: "doc:synthetic-txt",
        file: doc,
        title: "Synthetic",
        date: "2022-01-01",
        url: null,
        kind: null,
        chars: sentence.length,
      },
    ],
    stats: { documents: 1, skipped: 0, entities: {}, relations: {} },
  };
  return JSON.stringify({ options: { type: "mixed", multi: true, allowSelfLoops: false }, attributes, nodes, edges });
}
