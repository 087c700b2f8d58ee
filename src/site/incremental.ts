// Incremental builds: render only the issues whose page files (or photos)
// changed since the last build, plus the pages that list them (home,
// archive, feed, sitemaps, the neighbouring issues' previous/next links).
// The last build's manifest (manifest.ts) remembers each page file's hash;
// everything else that can reach a rendered file — the layouts and the
// site's _includes, its global data (_data, addGlobalData, package.json),
// its code (the config and every module beside it), the lockfile and the
// installed versions, the options, banmian itself — is hashed into the
// manifest's key, and a different key makes the build full. A full build
// and an incremental one give the same bytes (test/incremental).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Edition, SiteIssue } from "./edition.ts";
import { MANIFEST_FILE, type Manifest } from "./manifest.ts";
import type { RenderSet } from "./outputs.ts";
import type { ReadStamp } from "./read.ts";

export interface Plan {
  full: boolean;
  /** Why the build is full, or what changed. */
  reason: string;
  /** Issue dates to render (every issue when full). */
  dates: Set<string>;
}

/** A site's code and the lockfiles that pin what is installed. */
const CODE = /\.(?:[cm]?[jt]s|json)$|^(?:yarn\.lock|pnpm-lock\.yaml|bun\.lockb?)$/;
/** Folders that hold no code of the site (installed packages are counted by the lockfile and their versions). */
const NOT_CODE = new Set(["node_modules", ".git", ".cache"]);

/**
 * The site's code under `root`: its Eleventy config, every module it may
 * import, package.json and the lockfile. Folders in `skip` (page files,
 * photos, the output) and output folders of banmian (they hold a manifest)
 * are left out.
 */
export function codeFiles(root: string, skip: Set<string>): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!NOT_CODE.has(entry.name) && !skip.has(abs) && !fs.existsSync(path.join(abs, MANIFEST_FILE))) walk(abs);
      } else if (entry.isFile() && CODE.test(entry.name)) out.push(abs);
    }
  };
  if (fs.existsSync(root)) walk(root);
  return out;
}

/** Every file under the given folders (a missing one holds none). */
export function folderFiles(dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[]).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile()) : [],
  );
}

/** The packages besides Eleventy (whose version its global data gives) that shape banmian's output. */
const RENDERERS = ["@11ty/eleventy-img", "pagefind", "sharp"];

/** Installed version of each, as found from banmian's own code: counted even where the site keeps no lockfile. */
export function rendererVersions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of RENDERERS) {
    out[name] = "not installed";
    try {
      for (let dir = path.dirname(fileURLToPath(import.meta.resolve(name))); dir !== path.dirname(dir); dir = path.dirname(dir)) {
        const pkg = path.join(dir, "package.json");
        const found = fs.existsSync(pkg) ? (JSON.parse(fs.readFileSync(pkg, "utf8")) as { name?: string; version?: string }) : {};
        if (found.name !== name) continue;
        out[name] = found.version ?? "?";
        break;
      }
    } catch {
      // Not resolvable from here: "not installed" is what the key remembers.
    }
  }
  return out;
}

/**
 * A value as text that changes whenever the value does: keys sorted,
 * functions by their source, a value met again (a cycle) marked once.
 */
export function fingerprint(value: unknown): string {
  const seen = new WeakSet<object>();
  const walk = (v: unknown): unknown => {
    if (typeof v === "function") return `function ${v.toString()}`;
    if (typeof v === "bigint" || typeof v === "symbol") return String(v);
    if (v === null || typeof v !== "object") return v;
    if (seen.has(v)) return "[again]";
    seen.add(v);
    if (v instanceof Date) return `date ${v.getTime()}`;
    if (v instanceof Map || v instanceof Set) return [v.constructor.name, ...[...v].map(walk)];
    if (Array.isArray(v)) return v.map(walk);
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, walk((v as Record<string, unknown>)[k])]));
  };
  return JSON.stringify(walk(value)) ?? "undefined";
}

/** The manifest's key: `parts` and the bytes of every file in `files` (named relative to `root`). */
export function siteKey(parts: unknown[], files: string[], root: string): string {
  const h = crypto.createHash("sha1").update(fingerprint(parts));
  for (const f of [...new Set(files)].sort()) h.update("\0").update(path.relative(root, f)).update("\0").update(fs.readFileSync(f));
  return h.digest("hex");
}

/** Each page file's stamp, with the issue dates it holds in `edition`. */
export function pageFileStamps(edition: Edition, stamps: Map<string, ReadStamp>): Manifest["files"] {
  const out: Manifest["files"] = {};
  for (const p of edition.pages) {
    const stamp = stamps.get(p.file);
    if (!stamp) continue;
    const entry = (out[p.file] ??= { ...stamp, dates: [] });
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

/** What this build must render, given the manifest of the build that wrote the files it starts from. */
export function plan(edition: Edition, previous: Manifest | undefined, now: Pick<Manifest, "key" | "files" | "photos">): Plan {
  const all = new Set(edition.issues.map((i) => i.date));
  const full = (reason: string): Plan => ({ full: true, reason, dates: all });
  if (!previous) return full("no manifest of an earlier build");
  if (previous.partial) return full("the last build into this folder did not finish, or its files are not all there");
  if (previous.key !== now.key) return full("layouts, data, code, options or installed versions changed");

  const changed = new Set<string>();
  const files = new Set([...Object.keys(previous.files), ...Object.keys(now.files)]);
  for (const f of files) {
    const a = previous.files[f];
    const b = now.files[f];
    if (a?.hash === b?.hash) continue;
    for (const d of [...(a?.dates ?? []), ...(b?.dates ?? [])]) changed.add(d);
  }
  const photoChanged = new Set(Object.keys(now.photos).filter((p) => previous.photos[p] !== now.photos[p]));
  if (photoChanged.size) {
    for (const ph of edition.pages) {
      if (ph.photos.some((x) => x.file && photoChanged.has(x.file))) changed.add(ph.date);
    }
  }
  if (changed.size === 0) return { full: false, reason: "nothing changed", dates: new Set() };

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
  };
}

/** What an incremental build renders. */
export interface IncrementalBuild {
  plan: Plan;
  /** This build's share of the edition; undefined renders all of it. */
  render?: RenderSet;
}

/** Compares the edition with the last build's manifest: what this build renders. */
export function planIncremental(ed: Edition, previous: Manifest | undefined, now: Pick<Manifest, "key" | "files" | "photos">): IncrementalBuild {
  const p = plan(ed, previous, now);
  if (p.full) return { plan: p };
  const issues = ed.issues.filter((i) => p.dates.has(i.date));
  const pages = issues.flatMap((i) => i.pages);
  return { plan: p, render: { issues, pages, articles: pages.flatMap((pg) => pg.articles) } };
}
