// Stage 01 (load): which files become documents, which become warnings, and how front matter and HTML are blanked.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_LOAD_OPTIONS, LoadError, loadCorpus, parseDocument } from "../../src/pipeline/01-load.ts";

const SEED_001 = fs.readFileSync(new URL("../../graph-data/corpus/001_52f987d00cc3179a.txt", import.meta.url), "utf8");
const BODY = "President Biden met President López Obrador in San Francisco.\n";

const temporaryFolders: string[] = [];
afterAll(() => {
  for (const folder of temporaryFolders) {
    // Undo chmod 000 so that the folder can be removed.
    for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isSymbolicLink()) fs.chmodSync(path.join(entry.parentPath, entry.name), 0o700);
    }
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

/** A fresh folder holding `files` (relative path → content); a function value lets a test make the file itself. */
function corpus(files: Record<string, string | Uint8Array | ((file: string) => void)>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "policygraph-load-"));
  temporaryFolders.push(root);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (typeof content === "function") content(file);
    else fs.writeFileSync(file, content);
  }
  return root;
}

/** Root ignores file permissions, so chmod 000 cannot make a file unreadable there. */
function permissionsAreEnforced(): boolean {
  const root = corpus({ "probe.txt": "x" });
  const probe = path.join(root, "probe.txt");
  fs.chmodSync(probe, 0o000);
  try {
    fs.readFileSync(probe);
    return false;
  } catch {
    return true;
  }
}

describe("loadCorpus: which files are documents", () => {
  it("reads .txt, .md, .markdown, .html and .htm files in nested folders and ignores other extensions", async () => {
    const root = corpus({
      "a.txt": BODY,
      "b.md": BODY,
      "c.markdown": BODY,
      "d/e.html": `<p>${BODY}</p>`,
      "d/f/g.HTM": `<p>${BODY}</p>`,
      "notes.docx": BODY,
      "image.png": BODY,
      README: BODY,
    });
    const { documents, warnings } = await loadCorpus([root]);
    expect(documents.map((d) => d.file)).toEqual(["a.txt", "b.md", "c.markdown", "d/e.html", "d/f/g.HTM"]);
    expect(warnings).toEqual([]);
  });

  it("skips hidden files, hidden folders and node_modules", async () => {
    const root = corpus({
      "kept.txt": BODY,
      ".hidden.txt": BODY,
      ".git/notes.txt": BODY,
      "node_modules/pkg/readme.md": BODY,
      "sub/.draft.md": BODY,
    });
    const { documents } = await loadCorpus([root]);
    expect(documents.map((d) => d.file)).toEqual(["kept.txt"]);
  });

  it("sorts documents by relative path, comparing code units rather than by locale", async () => {
    const names = ["z.txt", "é.txt", "a/b.txt", "a-b.txt", "B.txt", "a.txt", "10.txt", "9.txt"];
    const root = corpus(Object.fromEntries(names.map((name) => [name, BODY])));
    const { documents } = await loadCorpus([root]);
    expect(documents.map((d) => d.file)).toEqual([
      "10.txt",
      "9.txt",
      "B.txt",
      "a-b.txt",
      "a.txt",
      "a/b.txt",
      "z.txt",
      "é.txt",
    ]);
  });

  it("gives the same result twice", async () => {
    const root = corpus({ "b.txt": BODY, "a.md": `---\ntitle: A\n---\n${BODY}`, "c/d.html": `<p>${BODY}</p>` });
    expect(await loadCorpus([root])).toEqual(await loadCorpus([root]));
  });

  it("prefixes names with the input folder's name when several folders are given", async () => {
    const seeds = corpus({ "seeds/000.txt": BODY });
    const more = corpus({ "more/000.txt": BODY, "more/sub/1.md": BODY });
    const { documents } = await loadCorpus([path.join(more, "more"), path.join(seeds, "seeds")]);
    expect(documents.map((d) => d.file)).toEqual(["more/000.txt", "more/sub/1.md", "seeds/000.txt"]);
  });

  it("refuses two input folders with the same name, since their documents would share names", async () => {
    const first = corpus({ "docs/a.txt": BODY });
    const second = corpus({ "docs/a.txt": BODY });
    await expect(loadCorpus([path.join(first, "docs"), path.join(second, "docs")])).rejects.toThrow(
      /^pipeline\.load: input folders .* have the same name "docs"/,
    );
  });

  it("loads a folder given twice once", async () => {
    const root = corpus({ "a.txt": BODY });
    const { documents } = await loadCorpus([root, `${root}/`]);
    expect(documents.map((d) => d.file)).toEqual(["a.txt"]);
  });

  it("reports progress after each file, with the total", async () => {
    const root = corpus({ "a.txt": BODY, "b.txt": "", "c.txt": BODY });
    const calls: [number, number][] = [];
    await loadCorpus([root], {}, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it("tells the number of files before reading any, and keeps what onDocument returns for each document", async () => {
    const root = corpus({ "a.txt": BODY, "b.txt": "", "c.txt": BODY });
    const events: string[] = [];
    const { documents, warnings } = await loadCorpus(
      [root],
      {},
      {
        onStart: (files) => events.push(`start ${files}`),
        onDocument: (d) => (events.push(`read ${d.file}`), { file: d.file, chars: d.raw.length }),
      },
    );
    expect(events).toEqual(["start 3", "read a.txt", "read c.txt"]);
    expect(documents).toEqual([
      { file: "a.txt", chars: BODY.length },
      { file: "c.txt", chars: BODY.length },
    ]);
    expect(warnings.map((w) => w.file)).toEqual(["b.txt"]);
  });

  it("drops a leading byte order mark from raw, so that offsets count from the first real character", async () => {
    const root = corpus({ "bom.txt": `\uFEFF${BODY}` });
    const [document] = (await loadCorpus([root])).documents;
    expect(document.raw).toBe(BODY);
    expect(document.text).toBe(BODY);
  });
});

describe("loadCorpus: bad files are skipped with a warning, the rest is loaded", () => {
  const BINARY = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
  const CONTROLS = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
  const INVALID_UTF8 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b, 0x0a]); // "Café ok" in Latin-1
  const UTF16 = Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);

  it.each([
    ["an empty file", "", "empty file"],
    ["a whitespace-only file", " \n\t\r\n  ", "empty file"],
    ["a binary file (NUL bytes)", BINARY, "binary file"],
    ["a file that is mostly control characters", CONTROLS, "binary file"],
    ["a file that is not valid UTF-8", INVALID_UTF8, "not UTF-8 text"],
    ["a UTF-16 file", UTF16, "not UTF-8 text (UTF-16)"],
    [
      "a Markdown file that is only front matter",
      "---\ntitle: Nothing else\n---\n\n",
      "no text besides the front matter",
    ],
  ])("skips %s with a warning that names it", async (_, content, reason) => {
    const root = corpus({ "good.txt": BODY, "sub/bad.md": content });
    const { documents, warnings } = await loadCorpus([root]);
    expect(documents.map((d) => d.file)).toEqual(["good.txt"]);
    expect(warnings).toEqual([{ file: "sub/bad.md", reason }]);
  });

  it("skips an HTML file with no visible text", async () => {
    const root = corpus({ "good.txt": BODY, "menu.html": "<nav><a href='/'>Home</a></nav><script>x()</script>" });
    const { warnings } = await loadCorpus([root]);
    expect(warnings).toEqual([{ file: "menu.html", reason: "no visible text in the HTML" }]);
  });

  it("skips a file larger than maxBytes without reading it, and says the limit", async () => {
    const root = corpus({ "small.txt": BODY, "big.txt": "x".repeat(2000) });
    const { documents, warnings } = await loadCorpus([root], { maxBytes: 1024 });
    expect(documents.map((d) => d.file)).toEqual(["small.txt"]);
    expect(warnings).toEqual([{ file: "big.txt", reason: "larger than 1.0 KB" }]);
  });

  it("skips files over 5 MB by default", async () => {
    expect(DEFAULT_LOAD_OPTIONS.maxBytes).toBe(5 * 1024 * 1024);
    const root = corpus({ "small.txt": BODY, "huge.txt": "word ".repeat(DEFAULT_LOAD_OPTIONS.maxBytes / 5 + 1) });
    const { warnings } = await loadCorpus([root]);
    expect(warnings).toEqual([{ file: "huge.txt", reason: "larger than 5.0 MB" }]);
  });

  it("reports a dangling symlink as unreadable, naming the error code (fails even for root)", async () => {
    const root = corpus({
      "good.txt": BODY,
      "gone.txt": (file) => fs.symlinkSync(path.join(path.dirname(file), "missing-target.txt"), file),
    });
    const { documents, warnings } = await loadCorpus([root]);
    expect(documents.map((d) => d.file)).toEqual(["good.txt"]);
    expect(warnings).toEqual([{ file: "gone.txt", reason: "unreadable (ENOENT)" }]);
  });

  it.skipIf(!permissionsAreEnforced())("reports a file without read permission as unreadable (EACCES)", async () => {
    const root = corpus({ "good.txt": BODY, "secret.txt": (file) => fs.writeFileSync(file, BODY, { mode: 0o000 }) });
    const { warnings } = await loadCorpus([root]);
    expect(warnings).toEqual([{ file: "secret.txt", reason: "unreadable (EACCES)" }]);
  });

  it("follows symlinked folders, but not around a cycle", async () => {
    const root = corpus({ "real/a.txt": BODY });
    fs.symlinkSync(path.join(root, "real"), path.join(root, "linked"));
    fs.symlinkSync(path.join(root, "real"), path.join(root, "also-linked"));
    fs.symlinkSync(root, path.join(root, "real", "loop"));
    const { documents } = await loadCorpus([root]);
    expect(documents.map((d) => d.file)).toEqual(["also-linked/a.txt", "linked/a.txt", "real/a.txt"]);
  });
});

describe("loadCorpus: fatal problems throw a LoadError that says what to do", () => {
  it("throws for a missing input folder", async () => {
    const missing = path.join(os.tmpdir(), "policygraph-no-such-folder");
    const error = await loadCorpus([missing]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toMatch(/^pipeline\.load: input folder ".*" does not exist; pass --input DIR/);
  });

  it("throws when the input is a file rather than a folder", async () => {
    const root = corpus({ "a.txt": BODY });
    await expect(loadCorpus([path.join(root, "a.txt")])).rejects.toThrow(/^pipeline\.load: input ".*a\.txt" is a file/);
  });

  it("throws when no input is given", async () => {
    await expect(loadCorpus([])).rejects.toThrow(/^pipeline\.load: no input folder given/);
  });

  it("throws when the folders hold no document at all", async () => {
    const root = corpus({ "photo.jpg": "jpeg", "empty/.keep": "" });
    await expect(loadCorpus([root])).rejects.toThrow(/^pipeline\.load: no \.txt, \.md or \.html documents found in/);
  });

  it("throws when every document had to be skipped, quoting why", async () => {
    const root = corpus({ "a.txt": "", "b.txt": Uint8Array.from([0, 1, 2]) });
    await expect(loadCorpus([root])).rejects.toThrow(
      /^pipeline\.load: none of the 2 files .* could be loaded \(a\.txt: empty file; b\.txt: binary file\)/,
    );
  });

  it("rejects a maxBytes that is not a positive number", async () => {
    const root = corpus({ "a.txt": BODY });
    await expect(loadCorpus([root], { maxBytes: 0 })).rejects.toThrow(
      /^pipeline\.load: maxBytes must be a positive number/,
    );
  });
});

describe("parseDocument: YAML front matter", () => {
  const seed = parseDocument("001_52f987d00cc3179a.txt", SEED_001);

  it("decodes the YAML escapes of the seed's title (\\_ \\u2019 \\xE9, a folded line) and normalises its spaces", () => {
    expect(seed.meta.title).toBe(
      "Readout of President Joe Biden’s Meeting with President Andrés Manuel López Obrador of Mexico",
    );
  });

  it("takes date, url and the other keys of the seed's front matter", () => {
    expect(seed.meta.date).toBe("2023-11-17");
    expect(seed.meta.url).toMatch(/^https:\/\/bidenwhitehouse\.archives\.gov\/briefing-room\/.*-of-mexico\/$/);
    expect(seed.meta.kind).toBeNull();
    expect(seed.meta.extra).toEqual({
      modified_time: "2023-11-17 17:33:24-05:00",
      published_time: "2023-11-17 17:33:23-05:00",
      tags: "statements-releases",
    });
  });

  it("blanks the front matter in text, keeping its length, its newlines and the body untouched", () => {
    expect(seed.raw).toBe(SEED_001);
    expect(seed.text.length).toBe(seed.raw.length);
    expect(seed.text.trimStart().startsWith("President Joseph R. Biden")).toBe(true);
    expect(seed.text).not.toContain("source_url");
    const bodyStart = seed.raw.indexOf("President Joseph R. Biden");
    expect(seed.text.slice(bodyStart)).toBe(seed.raw.slice(bodyStart));
    expect([...seed.text.slice(0, bodyStart)].filter((c) => c === "\n").length).toBe(
      [...seed.raw.slice(0, bodyStart)].filter((c) => c === "\n").length,
    );
    expect(seed.text.slice(0, bodyStart).trim()).toBe("");
  });

  it("keeps meta JSON-safe", () => {
    expect(JSON.parse(JSON.stringify(seed.meta))).toEqual(seed.meta);
  });

  it.each([
    ["2021-03-01", "2021-03-01"],
    ["'2021-03'", "2021-03"],
    ["2021", "2021"],
    ["2021-03-01T10:00:00Z", "2021-03-01"],
    ["2023-11-17 17:33:23-05:00", "2023-11-17"],
    ["March 1, 2021", "2021-03-01"],
    ["1 Sept 2021", "2021-09-01"],
    ["2021-02-30", null],
    ["next week", null],
  ])("reads the date %s as %s", (written, expected) => {
    expect(parseDocument("a.md", `---\ndate: ${written}\n---\n${BODY}`).meta.date).toBe(expected);
  });

  it("falls back to published_time, source_url and link, and takes kind from type", () => {
    const raw = "---\npublished_time: 2022-05-04 10:00:00-04:00\nlink: https://a.gov/x\ntype: readout\n---\nText\n";
    const { meta } = parseDocument("a.md", raw);
    expect(meta).toEqual({ title: null, date: "2022-05-04", url: "https://a.gov/x", kind: "readout", extra: {} });
  });

  it("prefers url to source_url, and keeps the unused one in extra", () => {
    const { meta } = parseDocument("a.md", "---\nsource_url: https://b.gov\nurl: https://a.gov\n---\nText\n");
    expect(meta.url).toBe("https://a.gov");
    expect(meta.extra).toEqual({ source_url: "https://b.gov" });
  });

  it("accepts a `...` closing line and CRLF line ends", () => {
    const raw = "---\r\ntitle: Joint  Statement\r\n...\r\nBody text\r\n";
    const document = parseDocument("a.txt", raw);
    expect(document.meta.title).toBe("Joint Statement");
    const bodyStart = raw.indexOf("Body");
    expect(document.text).toBe(raw.slice(0, bodyStart).replace(/[^\n]/g, " ") + "Body text\r\n");
  });

  it("does not fail on malformed YAML: meta stays empty and the block is still blanked", () => {
    const raw = '---\ntitle: "unterminated\ndate: [2021\n---\nBody text\n';
    const document = parseDocument("a.md", raw);
    expect(document.meta).toEqual({ title: null, date: null, url: null, kind: null, extra: {} });
    expect(document.text.trim()).toBe("Body text");
    expect(document.text.length).toBe(raw.length);
  });

  it("reads an alias bomb as broken metadata: meta stays empty, the block is blanked, and it returns at once", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [name, prev] of [
      ["b", "a"],
      ["c", "b"],
      ["d", "c"],
      ["e", "d"],
      ["f", "e"],
      ["g", "f"],
    ])
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    const raw = `---\n${lines.join("\n")}\ntitle: Bomb\n---\nBody text\n`;
    const document = parseDocument("a.md", raw);
    expect(document.meta).toEqual({ title: null, date: null, url: null, kind: null, extra: {} });
    expect(document.text.trim()).toBe("Body text");
  });

  it("takes the last value of a key written twice", () => {
    expect(parseDocument("a.md", "---\ntitle: First\ntitle: Second\n---\nBody text\n").meta.title).toBe("Second");
  });

  it.each([
    ["without a closing line", "---\ntitle: x\nBody text\n"],
    ["that is a plain sentence between rules", "---\nSome words in a box\n---\nBody text\n"],
    ["that does not start on the first line", "Intro\n---\ntitle: x\n---\nBody\n"],
  ])("leaves a block %s in the text", (_, raw) => {
    const document = parseDocument("a.txt", raw);
    expect(document.text).toBe(raw);
    expect(document.meta.title).toBeNull();
  });

  it("leaves a file without front matter as it is", () => {
    expect(parseDocument("a.txt", BODY)).toEqual({
      file: "a.txt",
      raw: BODY,
      text: BODY,
      meta: { title: null, date: null, url: null, kind: null, extra: {} },
    });
  });
});

describe("parseDocument: HTML", () => {
  const PAGE = `<!DOCTYPE html>
<HTML lang="en"><HEAD><Title>Joint Statement &amp; Readout</Title>
<meta name="date" content="2023-11-17"><link rel="canonical" href="https://example.gov/readout">
<meta name="description" content="A readout">
<script>var s = "<p>not text</p>"; if (a < b) {}</script><style>p { color: red }</style></HEAD>
<body><nav><ul><li>Home</li><li>Briefing Room</li></ul></nav>
<header><h1>Site banner</h1></header>
<!-- a comment <p>with a tag</p> -->
<article><h1>Readout of the Meeting</h1>
<p class="lead" data-note="a > b">President Biden met President López Obrador in San Francisco.</p>
<p>Costs rose 5 &lt; 6&nbsp;percent at the caf&eacute; &#8211; &#x2019;twas &unknown; so.</p>
<p>Image <img src=x onerror=alert(1)> here.<br/>Next line</p>
<svg viewBox="0 0 10 10"><title>icon</title><path d="M0 0"/></svg>
<noscript>Enable JavaScript</noscript><template><p>Template text</p></template>
</article><aside>Related stories</aside><footer>Copyright</footer>
</body></HTML>`;
  const page = parseDocument("page.html", PAGE);
  const words = (s: string) => s.split(/\s+/).filter(Boolean);

  it("keeps text the same length as raw", () => {
    expect(page.raw).toBe(PAGE);
    expect(page.text.length).toBe(PAGE.length);
  });

  it("keeps the visible text, one block per line", () => {
    const lines = page.text
      .split("\n")
      .map((line) => words(line).join(" "))
      .filter(Boolean);
    expect(lines).toEqual([
      "Readout of the Meeting",
      "President Biden met President López Obrador in San Francisco.",
      "Costs rose 5 < 6 percent at the café – ’ twas &unknown; so.",
      "Image here.",
      "Next line",
    ]);
  });

  it.each(["var s", "not text", "color", "Home", "Briefing Room", "Site banner", "a comment", "with a tag", "icon"])(
    "drops %j (script, style, nav, header, comments, svg)",
    (hidden) => expect(page.text).not.toContain(hidden),
  );

  it.each(["Enable JavaScript", "Template text", "Related stories", "Copyright", "Joint Statement"])(
    "drops %j (noscript, template, aside, footer, head)",
    (hidden) => expect(page.text).not.toContain(hidden),
  );

  it("leaks no markup from tags and attributes, even an attribute holding `>`", () => {
    for (const leak of ["<", "onerror", "alert", "src=", "a > b", "data-note", "img"]) {
      expect(page.text.replace(/5 <\s+6/, "")).not.toContain(leak);
    }
  });

  it("replaces a character reference by its character padded with spaces, so offsets do not move", () => {
    const start = PAGE.indexOf("caf&eacute;");
    expect(page.text.slice(start, start + "caf&eacute;".length)).toBe("café       ");
    const dash = PAGE.indexOf("&#8211;");
    expect(page.text.slice(dash, dash + 7)).toBe("–      ");
  });

  it("points offsets found in text at the same words in raw", () => {
    const sentence = "President Biden met President López Obrador in San Francisco.";
    const at = page.text.indexOf(sentence);
    expect(at).toBeGreaterThan(0);
    expect(page.raw.slice(at, at + sentence.length)).toBe(sentence);
  });

  it("keeps every newline of raw as a newline in text", () => {
    const newlines = (s: string) => [...s.matchAll(/\n/g)].map((m) => m.index);
    const inText = new Set(newlines(page.text));
    for (const index of newlines(PAGE)) expect(inText.has(index)).toBe(true);
  });

  it("reads title, date and canonical url from the head; other meta tags go to extra", () => {
    expect(page.meta).toEqual({
      title: "Joint Statement & Readout",
      date: "2023-11-17",
      url: "https://example.gov/readout",
      kind: null,
      extra: { description: "A readout" },
    });
  });

  it("falls back to og:url and article:published_time", () => {
    const raw = `<head><meta property="og:url" content="https://a.gov/x"><meta property="article:published_time"
      content="2022-01-05T09:00:00-05:00"></head><p>Text</p>`;
    const { meta } = parseDocument("a.htm", raw);
    expect([meta.url, meta.date]).toEqual(["https://a.gov/x", "2022-01-05"]);
  });

  it("shows the body of a page that never closes its head", () => {
    const document = parseDocument("a.html", "<html><head><title>T</title><body><p>Visible text</p></body>");
    expect(words(document.text)).toEqual(["Visible", "text"]);
  });

  it.each([
    ["an unterminated comment", "<p>Text</p><!-- never closed <p>x</p>", ["Text"]],
    ["empty comments", "<!--><p>One</p><!---><p>Two</p>", ["One", "Two"]],
    ["an unterminated tag", "<p>Text</p><a href='x", ["Text"]],
    ["a lone `<` and `</>`", "a < b and c <3 d </> e", ["a", "<", "b", "and", "c", "<3", "d", "e"]],
    ["CDATA and processing instructions", "<?xml version='1.0'?><![CDATA[x]]><p>Text</p>", ["Text"]],
    ["a reference at the very end", "Fish &amp; chips &#169", ["Fish", "&", "chips", "©"]],
    ["an unclosed script", "<p>Text</p><script>never closed", ["Text"]],
    ["a script end tag in another case", "<script>x</SCRIPT >Text", ["Text"]],
  ])("copes with %s", (_, raw, expected) => {
    const document = parseDocument("a.html", raw);
    expect(document.text.length).toBe(raw.length);
    expect(words(document.text)).toEqual(expected);
  });
});
