// The build step end to end: the bundled corpus in, a deterministic, evidenced graph out; and the command line
// that writes graph.json, skips broken files with a warning and stops on a missing folder.

import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import Graph from "graphology";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateGraphFile } from "../../src/graph/validate.ts";
import { buildGraph, type BuildResult } from "../../src/pipeline/index.ts";
import type { GraphAttributes, NodeAttributes } from "../../src/schema/graph.ts";
import { allEvidence, edgesBetween } from "../_pipeline.ts";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CORPUS = path.join(REPO_ROOT, "graph-data", "corpus");
const READOUT_2023_11_17 = "001_52f987d00cc3179a.txt";
/** Labelled "Joe Biden": the corpus writes that three times, "Joseph R. Biden, Jr." once. */
const BIDEN = "person:joe-biden";
const LOPEZ_OBRADOR = "person:andres-manuel-lopez-obrador";
const NODE_ID = /^(person|agency|program|country|place|meeting):[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u;

/** A corpus file as the pipeline decodes it: UTF-8 without a byte-order mark. */
const corpusText = (file: string) => fs.readFileSync(path.join(CORPUS, file), "utf8").replace(/^\ufeff/, "");

let built: BuildResult;
beforeAll(async () => {
  built = await buildGraph({ inputs: [CORPUS] });
});

describe("buildGraph on the bundled corpus", () => {
  it("reads the five documents without warnings", () => {
    expect(built.documents).toBe(5);
    expect(built.warnings).toEqual([]);
    const attributes = built.graph.getAttributes() as unknown as GraphAttributes;
    expect(attributes).toMatchObject({ format: "policygraph", version: 1 });
    expect(attributes.documents.map((d) => d.file)).toEqual(fs.readdirSync(CORPUS).sort());
    expect(attributes.documents.find((d) => d.file === READOUT_2023_11_17)?.date).toBe("2023-11-17");
  });

  it("has Biden and López Obrador MET_WITH each other, evidenced by 'met today' in the 2023-11-17 readout", () => {
    const metWith = edgesBetween(built.graph, "MET_WITH", BIDEN, LOPEZ_OBRADOR);
    const evidence = metWith.flatMap((e) => e.attributes.evidence).filter((x) => x.doc === READOUT_2023_11_17);
    expect(evidence).toHaveLength(1);
    expect(evidence[0].text).toContain("met today");
    expect(evidence[0].text).toMatch(
      /^President Joseph R\. Biden, Jr\. met today with President Andrés Manuel\s+López Obrador/,
    );
  });

  it("dates and places the 2023-11-17 meeting in San Francisco, attended by both presidents", () => {
    const meetings = built.graph.filterNodes((id, a) => {
      const n = a as NodeAttributes;
      return (
        n.kind === "meeting" && n.date === "2023-11-17" && edgesBetween(built.graph, "ATTENDED", BIDEN, id).length > 0
      );
    });
    expect(meetings).toHaveLength(1);
    const [meeting] = meetings;
    expect(built.graph.getNodeAttributes(meeting)).toMatchObject({ place: "San Francisco", format: "in person" });
    expect(edgesBetween(built.graph, "ATTENDED", LOPEZ_OBRADOR, meeting)).toHaveLength(1);
    expect(edgesBetween(built.graph, "LOCATED_IN", meeting, "place:san-francisco")).toHaveLength(1);
  });

  it("merges every spelling of the two presidents into one node each", () => {
    expect(built.graph.getNodeAttribute(BIDEN, "aliases")).toEqual(
      expect.arrayContaining(["Joseph R. Biden, Jr.", "Joe Biden"]),
    );
    expect(built.graph.getNodeAttribute(LOPEZ_OBRADOR, "aliases")).toEqual(
      expect.arrayContaining(["Andrés Manuel López Obrador", "Andres Manuel Lopez Obrador", "López Obrador"]),
    );
    expect(built.graph.filterNodes((id) => /biden/.test(id) && id.startsWith("person:"))).toEqual([BIDEN]);
    expect(built.graph.filterNodes((id) => /obrador/.test(id) && id.startsWith("person:"))).toEqual([LOPEZ_OBRADOR]);
  });

  it("gives every edge at least one evidence item", () => {
    expect(built.graph.size).toBeGreaterThan(0);
    built.graph.forEachEdge((key, attributes) => {
      expect(attributes.evidence.length, key).toBeGreaterThanOrEqual(1);
    });
  });

  it("makes every evidence text exactly the raw file between its start and end", () => {
    const texts = new Map(fs.readdirSync(CORPUS).map((file) => [file, corpusText(file)]));
    const evidence = allEvidence(built.graph);
    expect(evidence.length).toBeGreaterThan(0);
    for (const { edge, evidence: x } of evidence) {
      expect(texts.has(x.doc), edge).toBe(true);
      expect(x.text, edge).toBe(texts.get(x.doc)!.slice(x.start, x.end));
    }
  });

  it("gives every node a unique id of the form kind:slug, matching its kind", () => {
    const ids = built.graph.export().nodes.map((n) => n.key);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(NODE_ID);
      expect(id.split(":")[0]).toBe(built.graph.getNodeAttribute(id, "kind"));
    }
  });

  it("gives the same graph, byte for byte, on a second build", async () => {
    const again = await buildGraph({ inputs: [CORPUS] });
    expect(JSON.stringify(again.graph.export())).toBe(JSON.stringify(built.graph.export()));
  });
});

describe("the build:graph command line", () => {
  const exec = promisify(execFile);
  const temporaryFolders: string[] = [];
  afterAll(() => {
    for (const folder of temporaryFolders) fs.rmSync(folder, { recursive: true, force: true });
  });

  function folder(files: Record<string, string | Uint8Array>): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "policygraph-cli-"));
    temporaryFolders.push(root);
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(root, name), content);
    return root;
  }

  /** Runs the CLI; resolves with the exit code and both streams, whatever the exit code. */
  async function cli(...args: string[]): Promise<{ code: number; output: string }> {
    try {
      const { stdout, stderr } = await exec("npx", ["tsx", "src/pipeline/cli.ts", ...args], { cwd: REPO_ROOT });
      return { code: 0, output: stdout + stderr };
    } catch (err) {
      const e = err as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof e.code === "number" ? e.code : -1, output: (e.stdout ?? "") + (e.stderr ?? "") };
    }
  }

  it("builds from the good documents of a folder, naming the empty and the binary file it skipped", async () => {
    const root = folder({
      "readout.txt": "Prime Minister Kaja Kallas met today with Foreign Minister Penny Wong in Tallinn, Estonia.\n",
      "empty.txt": "",
      "scan.txt": new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]),
    });
    const out = path.join(root, "g.json");
    const { code, output } = await cli("--input", root, "--out", out);
    expect(code, output).toBe(0);
    expect(output).toMatch(/skipped empty\.txt/);
    expect(output).toMatch(/skipped scan\.txt/);
    expect(output).toMatch(/1 read, 2 skipped/);

    const file: unknown = JSON.parse(fs.readFileSync(out, "utf8"));
    const check = validateGraphFile(file);
    expect(check.ok).toBe(true);
    const graph = Graph.from(file as Parameters<typeof Graph.from>[0]);
    expect(graph.getAttribute("documents")).toEqual([expect.objectContaining({ file: "readout.txt" })]);
    expect(graph.getAttribute("stats")).toMatchObject({ documents: 1, skipped: 2 });
    expect(graph.hasNode("person:kaja-kallas")).toBe(true);
    expect(graph.hasNode("person:penny-wong")).toBe(true);
    expect(graph.filterEdges((_k, a) => a.kind === "MET_WITH")).toHaveLength(1);
  });

  it("stops with a non-zero exit and says the input folder does not exist", async () => {
    const root = folder({});
    const missing = path.join(root, "no-such-folder");
    const { code, output } = await cli("--input", missing, "--out", path.join(root, "g.json"));
    expect(code).not.toBe(0);
    expect(output).toMatch(/^pipeline\.load: input folder ".*no-such-folder" does not exist/m);
    expect(fs.existsSync(path.join(root, "g.json"))).toBe(false);
  });

  it("stops with a non-zero exit on an unknown option", async () => {
    const { code, output } = await cli("--inptu", "graph-data/corpus");
    expect(code).not.toBe(0);
    expect(output).toMatch(/^pipeline\.cli: unknown option --inptu/m);
  });
});

describe("graph-data/graph.json", () => {
  it("loads with graphology's Graph.from() and passes the loader's check", () => {
    const file: unknown = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "graph-data", "graph.json"), "utf8"));
    expect(validateGraphFile(file).ok).toBe(true);
    const graph = Graph.from(file as Parameters<typeof Graph.from>[0]);
    expect(graph.order).toBeGreaterThan(0);
    expect(graph.getAttribute("format")).toBe("policygraph");
    graph.forEachNode((id) => expect(id).toMatch(NODE_ID));
  });
});
