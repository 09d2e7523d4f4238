// Small graphs as layout input, with seeded starting positions, for the layout kernel and controller tests.

import type { LayoutInput } from "../../workers/protocol.ts";

/** mulberry32: a tiny seeded generator, so every test layout starts from the same positions. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Positions spread uniformly over a `side` × `side` square centred on the origin. */
export function randomPositions(nodeCount: number, seed: number, side = 100): Float32Array {
  const random = seededRandom(seed);
  return Float32Array.from({ length: nodeCount * 2 }, () => (random() - 0.5) * side);
}

export function layoutInput(nodeCount: number, pairs: Array<[number, number]>, seed = 1): LayoutInput {
  return { nodeCount, edges: Uint32Array.from(pairs.flat()), positions: randomPositions(nodeCount, seed) };
}

/** 0 – 1 – 2 – … – (n-1). */
export function pathGraph(nodeCount: number, seed = 1): LayoutInput {
  return layoutInput(
    nodeCount,
    Array.from({ length: nodeCount - 1 }, (_, i): [number, number] => [i, i + 1]),
    seed,
  );
}

/** Two cliques of `size` nodes (0..size-1 and size..2·size-1) joined by the single edge 0 – size. */
export function twoCliques(size: number, seed = 1): LayoutInput {
  const pairs: Array<[number, number]> = [];
  for (const offset of [0, size]) {
    for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) pairs.push([offset + i, offset + j]);
  }
  pairs.push([0, size]);
  return layoutInput(size * 2, pairs, seed);
}

/** `edgeCount` edges between uniformly drawn nodes (self-loops and parallel edges included, as in real data). */
export function randomGraph(nodeCount: number, edgeCount: number, seed = 1): LayoutInput {
  const random = seededRandom(seed + 1);
  const edges = new Uint32Array(edgeCount * 2);
  for (let i = 0; i < edges.length; i++) edges[i] = Math.floor(random() * nodeCount);
  return { nodeCount, edges, positions: randomPositions(nodeCount, seed) };
}

export function point(positions: Float32Array, index: number): [number, number] {
  return [positions[index * 2], positions[index * 2 + 1]];
}

export function distance(positions: Float32Array, a: number, b: number): number {
  return Math.hypot(positions[a * 2] - positions[b * 2], positions[a * 2 + 1] - positions[b * 2 + 1]);
}

export function centroid(positions: Float32Array, indices: number[]): [number, number] {
  let x = 0;
  let y = 0;
  for (const i of indices) [x, y] = [x + positions[i * 2], y + positions[i * 2 + 1]];
  return [x / indices.length, y / indices.length];
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
