// The document worker (worker.ts) as one ES module for a build run from TypeScript sources (tsx, vitest), where a
// worker thread cannot import .ts files itself: esbuild bundles it with everything it imports, packages included, and
// the bundle is kept under node_modules/.cache/policygraph with a manifest of its inputs, so that the next build
// reuses it until one of them changes. Bundling took the main thread 0.12 s at the start of every build; reading the
// manifest and checking its inputs takes a few milliseconds.

import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type * as Esbuild from "esbuild";
import { hashKey } from "../graph/random.ts";

/** What the cache keeps of a bundle: its entry and file, and each input file with its size and modification time. */
interface Manifest {
  entry: string;
  bundle: string;
  inputs: Record<string, [size: number, mtimeMs: number]>;
}

const MANIFEST = "document-worker.json";
/** Bundles of sources that have changed since are removed once they are this old (another build may still start one). */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Packages bundled as CommonJS may `require` Node's own modules, which an ES module has no `require` for: the
 * bundle makes one.
 */
const BANNER =
  'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);';

/**
 * The URL of an up-to-date bundle of `entry` (worker.ts), built now if needed, in `folder` (by default the project's
 * node_modules/.cache/policygraph); null where esbuild is missing or the folder cannot be written.
 */
export function cachedWorkerBundle(entry: URL, folder?: string): URL | null {
  try {
    const require = createRequire(import.meta.url);
    const esbuild = require("esbuild") as typeof Esbuild;
    const modules = path.dirname(path.dirname(require.resolve("esbuild/package.json"))); // …/node_modules
    const root = path.dirname(modules);
    folder ??= path.join(modules, ".cache", "policygraph");
    const reused = upToDate(folder, root, fileURLToPath(entry));
    if (reused) return pathToFileURL(reused);

    const built = esbuild.buildSync({
      entryPoints: [fileURLToPath(entry)],
      absWorkingDir: root,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      // esbuild rewrites an expression with a Unicode property (`/^\p{Lu}/u`) as `new RegExp(…)` for this target,
      // which then builds it anew at every call; Node 20 reads them as they are.
      supported: { "regexp-unicode-property-escapes": true },
      banner: { js: BANNER },
      outfile: "document-worker.mjs",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const code = built.outputFiles[0].contents;
    // Bundles of different sources get different names: 32-bit FNV-1a of the code, as 8 hex digits.
    const name = `document-worker-${hashKey(built.outputFiles[0].text).toString(16).padStart(8, "0")}.mjs`;
    const inputs: Manifest["inputs"] = {};
    for (const input of Object.keys(built.metafile.inputs)) {
      const stat = fs.statSync(path.resolve(root, input));
      inputs[input] = [stat.size, stat.mtimeMs];
    }
    fs.mkdirSync(folder, { recursive: true });
    writeAtomically(path.join(folder, name), code);
    const manifest: Manifest = { entry: fileURLToPath(entry), bundle: name, inputs };
    writeAtomically(path.join(folder, MANIFEST), JSON.stringify(manifest));
    removeStale(folder, name);
    return pathToFileURL(path.join(folder, name));
  } catch {
    return null;
  }
}

/** The bundle the manifest names, if it is of `entry`, exists, and every input is as it was when it was built. */
function upToDate(folder: string, root: string, entry: string): string | null {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(folder, MANIFEST), "utf8")) as Manifest;
  } catch {
    return null;
  }
  const bundle = path.join(folder, manifest.bundle);
  if (manifest.entry !== entry || !fs.existsSync(bundle)) return null;
  for (const [input, [size, mtimeMs]] of Object.entries(manifest.inputs)) {
    const stat = fs.statSync(path.resolve(root, input), { throwIfNoEntry: false });
    if (!stat || stat.size !== size || stat.mtimeMs !== mtimeMs) return null;
  }
  return bundle;
}

/** Written under another name first, then renamed: a build that starts meanwhile never reads half a file. */
function writeAtomically(file: string, content: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}

function removeStale(folder: string, keep: string): void {
  const now = Date.now();
  for (const entry of fs.readdirSync(folder)) {
    if (entry === keep || !/^document-worker-.*\.mjs$/.test(entry)) continue;
    const file = path.join(folder, entry);
    if (now - fs.statSync(file).mtimeMs > STALE_MS) fs.rmSync(file, { force: true });
  }
}
