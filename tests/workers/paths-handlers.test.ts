// The worker's path group, called as the page calls it: build the adjacency once, then ask for paths by index.

import { describe, expect, it } from "vitest";
import { createGraphWorkerHandlers } from "../../workers/handlers.ts";
import { RELATION_KINDS } from "../../src/schema/graph.ts";

const kind = (name: (typeof RELATION_KINDS)[number]) => RELATION_KINDS.indexOf(name);

/** 0 - 1 - 2 - 3 in a line (ATTENDED, MET_WITH, MEMBER_OF), a detour 0 - 4 - 3 (LEADS, LEADS), and 5 alone. */
function input() {
  return {
    nodeCount: 6,
    edgeSources: Uint32Array.from([0, 1, 2, 0, 4]),
    edgeTargets: Uint32Array.from([1, 2, 3, 4, 3]),
    edgeKinds: Uint8Array.from([kind("ATTENDED"), kind("MET_WITH"), kind("MEMBER_OF"), kind("LEADS"), kind("LEADS")]),
  };
}

describe("the worker's path handlers", () => {
  it("answers the shortest path and its alternatives, best first", async () => {
    const worker = createGraphWorkerHandlers();
    expect(await worker.pathsInit(input())).toEqual({ nodeCount: 6, edgeCount: 5 });
    const answer = await worker.pathsFind({ from: 0, to: 3, k: 5 });
    expect(answer.shortest?.nodes).toEqual([0, 4, 3]);
    expect(answer.alternatives.map((path) => path.nodes)).toEqual([
      [0, 4, 3],
      [0, 1, 2, 3],
    ]);
    expect(answer.explanation).toBeNull();
  });

  it("says which option blocks a path when there is none", async () => {
    const worker = createGraphWorkerHandlers();
    await worker.pathsInit(input());
    const answer = await worker.pathsFind({
      from: 0,
      to: 3,
      options: { excludeKinds: [kind("LEADS"), kind("MEMBER_OF")] },
    });
    expect(answer.shortest).toBeNull();
    expect(answer.explanation?.blockedBy).toBe("excludeKinds");
    const alone = await worker.pathsFind({ from: 0, to: 5 });
    expect(alone.explanation?.disconnected).toBe(true);
  });

  it("rejects a question before pathsInit, and a bad index, with where it comes from", async () => {
    const worker = createGraphWorkerHandlers();
    await expect(worker.pathsFind({ from: 0, to: 1 })).rejects.toThrow(/^paths\.find: no graph/);
    await worker.pathsInit(input());
    await expect(worker.pathsFind({ from: 0, to: 12 })).rejects.toThrow(/^paths\.find: node index 12 out of range/);
    await worker.pathsDispose();
    await expect(worker.pathsFind({ from: 0, to: 1 })).rejects.toThrow(/^paths\.find: no graph/);
  });
});

describe("the worker's view of the filters", () => {
  it("keeps paths within the edges the view shows until the view changes", async () => {
    const worker = createGraphWorkerHandlers();
    await worker.pathsInit(input());
    await worker.pathsSetView(Uint8Array.from([1, 1, 1, 0, 1]));
    expect((await worker.pathsFind({ from: 0, to: 3 })).shortest?.nodes).toEqual([0, 1, 2, 3]);
    await worker.pathsSetView(Uint8Array.from([1, 0, 1, 0, 1]));
    const blocked = await worker.pathsFind({ from: 0, to: 3 });
    expect(blocked.shortest).toBeNull();
    expect(blocked.explanation?.blockedBy).toBe("filters");
    await worker.pathsSetView(null);
    expect((await worker.pathsFind({ from: 0, to: 3 })).shortest?.nodes).toEqual([0, 4, 3]);
  });

  it("lists every fewest-hop path when asked", async () => {
    const worker = createGraphWorkerHandlers();
    await worker.pathsInit({
      nodeCount: 4,
      edgeSources: Uint32Array.from([0, 0, 1, 2]),
      edgeTargets: Uint32Array.from([1, 2, 3, 3]),
      edgeKinds: new Uint8Array(4),
    });
    const answer = await worker.pathsFind({ from: 0, to: 3, allShortest: 10 });
    expect(answer.allShortest.map((path) => path.nodes)).toEqual([
      [0, 1, 3],
      [0, 2, 3],
    ]);
    expect((await worker.pathsFind({ from: 0, to: 3 })).allShortest).toEqual([]);
  });

  it("rejects a mask of the wrong length, or before pathsInit", async () => {
    const worker = createGraphWorkerHandlers();
    await expect(worker.pathsSetView(new Uint8Array(5))).rejects.toThrow(/^paths\.view: no graph/);
    await worker.pathsInit(input());
    await expect(worker.pathsSetView(new Uint8Array(2))).rejects.toThrow(/^paths\.view: the mask has 2 entries for 5/);
  });
});
