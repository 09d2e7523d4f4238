// The "no two in a row" rule of the path kernel (`noChainKinds`): a path may not pass through a node by two edges of
// the given classes, so two members of one country are not joined through the country itself, while a single
// membership, at an end or between other relations, stays usable.

import { describe, expect, it } from "vitest";
import type { Csr } from "../../workers/csr.ts";
import {
  allShortestPaths,
  explainNoPath,
  kShortestPaths,
  shortestPath,
  type Path,
  type PathOptions,
} from "../../workers/paths.ts";
import { seededRandom } from "./_graphs.ts";
import { allSimplePaths, csrOf, expectValidPath, kind, type EdgeSpec } from "./_csr.ts";

const MEMBER = kind("MEMBER_OF");
const RULE: PathOptions = { noChainKinds: [MEMBER] };

// People 0 (Ana) and 1 (Ben) are members of country 2; the country funds program 3; 4 and 5 are other people.
const ANA = 0;
const BEN = 1;
const COUNTRY = 2;
const PROGRAM = 3;
const MEMBERSHIPS: EdgeSpec[] = [
  [ANA, COUNTRY, "MEMBER_OF"],
  [BEN, COUNTRY, "MEMBER_OF"],
  [COUNTRY, PROGRAM, "FUNDS"],
];
/** Ana – 4 – 5 – Ben: three hops that do not go through the country. */
const LONG_WAY: EdgeSpec[] = [
  [ANA, 4],
  [4, 5],
  [5, BEN],
];

/** Whether two edges of the rule's classes follow one another in `path`. */
function breaksRule(csr: Csr, path: Path): boolean {
  return path.edges.some((e, i) => i > 0 && csr.edgeKinds[e] === MEMBER && csr.edgeKinds[path.edges[i - 1]] === MEMBER);
}

describe.each([false, true])("the no-detour rule (weighted: %s)", (weighted) => {
  const options: PathOptions = { ...RULE, weighted };

  it("does not join two members of a country through the country", () => {
    const csr = csrOf(6, MEMBERSHIPS);
    expect(shortestPath(csr, ANA, BEN, { weighted })?.nodes).toEqual([ANA, COUNTRY, BEN]);
    expect(shortestPath(csr, ANA, BEN, options)).toBeNull();
  });

  it("takes a longer way round rather than the detour", () => {
    const csr = csrOf(6, [...MEMBERSHIPS, ...LONG_WAY]);
    expect(shortestPath(csr, ANA, BEN, options)?.nodes).toEqual([ANA, 4, 5, BEN]);
  });

  it("keeps a single membership: at an end, and before or after another relation", () => {
    const csr = csrOf(6, MEMBERSHIPS);
    expect(shortestPath(csr, ANA, COUNTRY, options)?.nodes).toEqual([ANA, COUNTRY]);
    expect(shortestPath(csr, ANA, PROGRAM, options)?.nodes).toEqual([ANA, COUNTRY, PROGRAM]);
    expect(shortestPath(csr, PROGRAM, BEN, options)?.nodes).toEqual([PROGRAM, COUNTRY, BEN]);
  });

  it("does not leave the country by another relation only to come back to it, even along a parallel edge", () => {
    // Country – program twice (FUNDS and COMMITTED): Ana → country → program → country → Ben is a walk, not a path.
    const csr = csrOf(6, [...MEMBERSHIPS, [PROGRAM, COUNTRY, "COMMITTED"]]);
    expect(shortestPath(csr, ANA, BEN, options)).toBeNull();
    expect(kShortestPaths(csr, ANA, BEN, 5, options)).toEqual([]);
  });

  it("lists k shortest paths that all keep the rule", () => {
    const csr = csrOf(8, [...MEMBERSHIPS, ...LONG_WAY, [ANA, 6], [6, 7], [7, BEN], [4, COUNTRY, "MEMBER_OF"]]);
    const paths = kShortestPaths(csr, ANA, BEN, 10, options);
    expect(paths.map((path) => path.nodes)).toContainEqual([ANA, 4, 5, BEN]);
    expect(paths.map((path) => path.nodes)).toContainEqual([ANA, 6, 7, BEN]);
    for (const path of paths) {
      expectValidPath(csr, path, ANA, BEN);
      expect(breaksRule(csr, path)).toBe(false);
    }
    // Ana → country ← 4 and 4 → country ← Ben are both detours; unruled, the two-hop one comes first.
    expect(kShortestPaths(csr, ANA, BEN, 10, { weighted }).some((path) => breaksRule(csr, path))).toBe(true);
  });
});

describe("the no-detour rule elsewhere", () => {
  it("lists every shortest path that keeps it, and none that does not", () => {
    const csr = csrOf(8, [...MEMBERSHIPS, ...LONG_WAY, [ANA, 6], [6, 5]]);
    expect(allShortestPaths(csr, ANA, BEN, RULE).map((path) => path.nodes)).toEqual([
      [ANA, 4, 5, BEN],
      [ANA, 6, 5, BEN],
    ]);
  });

  it("is named with the excluded kinds as what blocks a path", () => {
    const csr = csrOf(6, MEMBERSHIPS);
    expect(explainNoPath(csr, ANA, BEN, RULE)).toEqual({
      blockedBy: "excludeKinds",
      sufficient: ["excludeKinds"],
      disconnected: false,
    });
  });

  it("rejects a class that is not a byte", () => {
    expect(() => shortestPath(csrOf(2, [[0, 1]]), 0, 1, { noChainKinds: [256] })).toThrow(
      "paths.find: edge class 256 out of range (0 to 255)",
    );
  });
});

describe("the no-detour rule on random graphs, against every simple path", () => {
  // Eight nodes, twelve edges, two in five of them memberships: small enough to list every simple path.
  const graphs = Array.from({ length: 120 }, (_, g) => {
    const random = seededRandom(1000 + g);
    const edges: EdgeSpec[] = Array.from({ length: 12 }, () => [
      Math.floor(random() * 8),
      Math.floor(random() * 8),
      random() < 0.4 ? "MEMBER_OF" : "MET_WITH",
      0.5 + random() * 3,
    ]);
    return csrOf(8, edges);
  });

  it.each([false, true])(
    "always gives a simple path that keeps the rule, the best one on nearly every pair (weighted: %s)",
    (weighted) => {
      let pairs = 0;
      let best = 0;
      for (const csr of graphs) {
        for (let from = 0; from < 8; from++) {
          for (let to = 0; to < 8; to++) {
            if (from === to) continue;
            const keeping = allSimplePaths(csr, from, to, weighted).filter((path) => !breaksRule(csr, path));
            const found = shortestPath(csr, from, to, { ...RULE, weighted });
            pairs++;
            if (found === null) {
              if (keeping.length === 0) best++;
              continue;
            }
            expectValidPath(csr, found, from, to);
            expect(breaksRule(csr, found)).toBe(false);
            expect(found.cost).toBeGreaterThanOrEqual(keeping[0].cost - 1e-9);
            if (Math.abs(found.cost - keeping[0].cost) < 1e-9) best++;
          }
        }
      }
      // A search over states finds the shortest walk under the rule, which may come back to a node; the kernel's
      // repair of such a walk (see `search` in workers/paths.ts) misses the best path on a few adversarial pairs.
      expect(best / pairs).toBeGreaterThan(0.98);
    },
  );
});
