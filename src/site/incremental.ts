// Incremental builds: render only the issues whose page files (or photos)
// changed since the last build into the same output folder, plus the pages
// that list them (home, archive, feed, sitemaps, the neighbouring issues'
// previous/next links). A manifest in a cache folder that survives between
// builds remembers each page file's content hash; anything that touches every
// page (layouts, the site's _includes, options, the plugin's version, the
// paper's name) changes the manifest's key and makes the next build full.
// A full build and an incremental one give the same bytes (test/incremental).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Edition, SiteIssue } from "./edition.ts";
import type { RenderSet } from "./outputs.ts";

export const MANIFEST_VERSION = 2;

export interface Manifest {
  version: number;
  /** Everything that touches every page, hashed. */
  key: string;
  /** The output folder this manifest describes. */
  output: string;
  /** Hash of the home page as written: an output folder wiped or replaced since does not match. */
  home: string;
  /** Page file (as named in the edition) → content hash and the issue dates it holds. */
  files: Record<string, { hash: string; dates: string[] }>;
  /** Photo file → size and modification time. */
  photos: Record<string, string>;
}

export interface Plan {
  full: boolean;
  /** Why the build is full, or what changed. */
  reason: string;
  /** Issue dates to render (every issue when full). */
  dates: Set<string>;
  /** Issue dates whose output folder must be cleared first (changed or gone). */
  clear: Set<string>;
}

export const sha1 = (data: string | Buffer): string => crypto.createHash("sha1").update(data).digest("hex");

/** Hash of every file under the given folders (sorted), for the manifest's key. */
export function hashFolders(dirs: string[]): string {
  const h = crypto.createHash("sha1");
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    const files = (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[]).sort();
    for (const f of files) {
      const abs = path.join(dir, f);
      if (!fs.statSync(abs).isFile()) continue;
      h.update(f).update("\0").update(fs.readFileSync(abs)).update("\0");
    }
  }
  return h.digest("hex");
}

/** Where the manifest of `outputDir` lives in `cacheDir`. */
export function manifestFile(cacheDir: string, outputDir: string): string {
  return path.join(cacheDir, `manifest-${sha1(path.resolve(outputDir)).slice(0, 12)}.json`);
}

export function readManifest(file: string): Manifest | undefined {
  try {
    const m = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
    return m.version === MANIFEST_VERSION ? m : undefined;
  } catch {
    return undefined;
  }
}

export function writeManifest(file: string, manifest: Manifest): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(manifest));
  fs.renameSync(tmp, file);
}

/** Content hashes of the page files, with the issue dates each holds in `edition`. */
export function pageFileHashes(edition: Edition, read: (file: string) => Buffer): Manifest["files"] {
  const out: Manifest["files"] = {};
  for (const p of edition.pages) {
    const entry = (out[p.file] ??= { hash: sha1(read(p.file)), dates: [] });
    if (!entry.dates.includes(p.date)) entry.dates.push(p.date);
  }
  return out;
}

/** Size and mtime of every photo the edition shows. */
export function photoStamps(edition: Edition, photosDir: string): Manifest["photos"] {
  const out: Manifest["photos"] = {};
  for (const ph of edition.photos) {
    if (!ph.file || out[ph.file]) continue;
    try {
      const st = fs.statSync(path.resolve(photosDir, ph.file));
      out[ph.file] = `${st.size}:${st.mtimeMs}`;
    } catch {
      out[ph.file] = "missing";
    }
  }
  return out;
}

/** Index of the first issue dated on or after `date` (issues are sorted by date). */
function position(issues: SiteIssue[], date: string): number {
  let lo = 0;
  let hi = issues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (issues[mid]!.date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What this build must render, given the last build's manifest (if any) and
 * the current state. `home` is the hash of the output's home page now, or
 * undefined when there is none.
 */
export function plan(edition: Edition, previous: Manifest | undefined, now: Omit<Manifest, "home">, home: string | undefined): Plan {
  const all = new Set(edition.issues.map((i) => i.date));
  const full = (reason: string): Plan => ({ full: true, reason, dates: all, clear: new Set() });
  if (!previous) return full("no manifest of an earlier build");
  if (previous.key !== now.key) return full("layouts, options or the plugin changed");
  if (previous.output !== now.output) return full("a different output folder");
  if (!home || previous.home !== home) return full("the output folder is not the one the last build wrote");

  const changed = new Set<string>();
  const files = new Set([...Object.keys(previous.files), ...Object.keys(now.files)]);
  for (const f of files) {
    const a = previous.files[f];
    const b = now.files[f];
    if (a?.hash === b?.hash) continue;
    for (const d of [...(a?.dates ?? []), ...(b?.dates ?? [])]) changed.add(d);
  }
  const photoChanged = new Set(
    Object.keys(now.photos).filter((p) => previous.photos[p] !== now.photos[p]),
  );
  if (photoChanged.size) {
    for (const ph of edition.pages) {
      if (ph.photos.some((x) => x.file && photoChanged.has(x.file))) changed.add(ph.date);
    }
  }
  if (changed.size === 0) return { full: false, reason: "nothing changed", dates: new Set(), clear: new Set() };

  // The issues beside a changed one link to it (previous/next issue).
  const dates = new Set<string>();
  for (const d of changed) {
    const i = position(edition.issues, d);
    for (const j of [i - 1, i, i + 1]) {
      const issue = edition.issues[j];
      if (issue && (j !== i || issue.date === d)) dates.add(issue.date);
    }
    if (edition.issues[i]?.date !== d) {
      // A new date sits between i-1 and i; a removed one leaves them neighbours.
      if (edition.issues[i]) dates.add(edition.issues[i]!.date);
    }
  }
  return {
    full: false,
    reason: `${changed.size} issue(s) changed: ${[...changed].sort().slice(0, 3).join(", ")}${changed.size > 3 ? " …" : ""}`,
    dates,
    clear: changed,
  };
}

/** An incremental build's plan, and the manifest it leaves once it has finished. */
export interface IncrementalBuild {
  plan: Plan;
  manifest: Omit<Manifest, "home">;
  /** Where the manifest is written. */
  file: string;
  /** This build's share of the edition; undefined renders all of it. */
  render?: RenderSet;
}

export interface IncrementalContext {
  /** Everything besides page files and photos that touches every page (options, path prefix, paper name), hashed into the key with `folders`. */
  keyParts: unknown[];
  /** Folders whose files touch every page: the plugin's code and layouts, the site's _includes. */
  folders: string[];
  outputDir: string;
  cacheDir: string;
  photosDir: string;
  read: (file: string) => Buffer;
}

/** Compares the edition with the last build's manifest: what this build renders. */
export function planIncremental(ed: Edition, ctx: IncrementalContext): IncrementalBuild {
  const key = sha1(JSON.stringify([MANIFEST_VERSION, ...ctx.keyParts, hashFolders(ctx.folders)]));
  const manifest = {
    version: MANIFEST_VERSION, key, output: ctx.outputDir,
    files: pageFileHashes(ed, ctx.read),
    photos: photoStamps(ed, ctx.photosDir),
  };
  const file = manifestFile(ctx.cacheDir, ctx.outputDir);
  const home = path.join(ctx.outputDir, "index.html");
  const previous = readManifest(file);
  const p = plan(ed, previous, manifest, fs.existsSync(home) ? sha1(fs.readFileSync(home)) : undefined);
  let render: RenderSet | undefined;
  if (!p.full) {
    const issues = ed.issues.filter((i) => p.dates.has(i.date));
    const pages = issues.flatMap((i) => i.pages);
    render = { issues, pages, articles: pages.flatMap((pg) => pg.articles) };
  }
  return { plan: p, manifest, file, render };
}
