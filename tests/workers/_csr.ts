// Small CSR graphs for the path kernel's tests: edges by spec, a check that a path is a real simple path, and every
// simple path by brute force.

import { expect } from "vitest";
import { RELATION_KINDS, type RelationKind } from "../../src/schema/graph.ts";
import { buildCsr, isoDateMs, type Csr } from "../../workers/csr.ts";
import { comparePaths, type Path } from "../../workers/paths.ts";

/** An edge as [source, target, kind = MET_WITH, weight = 1, date = undated]. */
export type EdgeSpec = [number, number, RelationKind?, number?, string?];

export function kind(name: RelationKind): number {
  return RELATION_KINDS.indexOf(name);
}

export function csrOf(nodeCount: number, edges: EdgeSpec[]): Csr {
  return buildCsr({
    nodeCount,
    edgeSources: Uint32Array.from(edges, (edge) => edge[0]),
    edgeTargets: Uint32Array.from(edges, (edge) => edge[1]),
    edgeKinds: Uint8Array.from(edges, (edge) => kind(edge[2] ?? "MET_WITH")),
    edgeWeights: Float32Array.from(edges, (edge) => edge[3] ?? 1),
    edgeDates: Float64Array.from(edges, (edge) => isoDateMs(edge[4])),
  });
}

export function nodesOf(paths: Path[]): number[][] {
  return paths.map((path) => path.nodes);
}

/** Every path must walk real, allowed-by-construction edges from one endpoint to the other without repeating nodes. */
export function expectValidPath(csr: Csr, path: Path, from: number, to: number): void {
  expect(path.nodes[0]).toBe(from);
  expect(path.nodes[path.nodes.length - 1]).toBe(to);
  expect(path.edges.length).toBe(path.nodes.length - 1);
  expect(new Set(path.nodes).size).toBe(path.nodes.length);
  path.edges.forEach((e, i) => {
    const ends = [csr.edgeSources[e], csr.edgeTargets[e]].sort((a, b) => a - b);
    expect(ends).toEqual([path.nodes[i], path.nodes[i + 1]].sort((a, b) => a - b));
  });
}

/** Every simple path by brute force, in `comparePaths` order. */
export function allSimplePaths(csr: Csr, from: number, to: number, weighted: boolean): Path[] {
  const paths: Path[] = [];
  const nodes = [from];
  const edges: number[] = [];
  const walk = (u: number): void => {
    if (u === to) {
      const cost = weighted ? edges.reduce((sum, e) => sum + csr.edgeWeights[e], 0) : edges.length;
      paths.push({ nodes: nodes.slice(), edges: edges.slice(), cost });
      return;
    }
    for (let i = csr.offsets[u]; i < csr.offsets[u + 1]; i++) {
      const v = csr.neighbours[i];
      if (nodes.includes(v)) continue;
      nodes.push(v);
      edges.push(csr.edgeIds[i]);
      walk(v);
      nodes.pop();
      edges.pop();
    }
  };
  walk(from);
  return paths.sort(comparePaths);
}
