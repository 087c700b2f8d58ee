// Pagefind bundles, each indexed only when its records changed. A bundle's
// key is a hash of its records (and of Pagefind's version): a bundle with
// that key already in the cache is linked into the site as it is, so a
// layout or option change, or a new issue, re-indexes only the bundles whose
// text changed. The bundles that must be indexed are indexed side by side,
// one Pagefind process each, as many at once as cores and memory allow.
import { fork } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BanmianError } from "../errors.ts";
import type { Edition } from "./edition.ts";
import { pageLabel, zhDate } from "./format.ts";
import {
  ARCHIVE_BUNDLE, ARCHIVE_LIST, RECENT_BUNDLE, SEARCH_LANGUAGE, articleRecords, photoRecords, splitSearch,
  type SearchBundle, type SearchSplit, type SearchStats,
} from "./search.ts";
import type { BundleJob, BundleReply } from "./search-worker.ts";
import { linkTree } from "./link-tree.ts";

/** Pagefind's own peak while it writes one bundle of at most BUNDLE_CHARS (measured: ~620 MiB). */
const PAGEFIND_PEAK = 700 * 1024 * 1024;
/** The share of the machine's memory the Pagefind processes may take together. */
const MEMORY_SHARE = 0.25;

/** How many Pagefind processes run at once: one a core, within the memory budget. */
export function searchConcurrency(): number {
  return Math.max(1, Math.min(os.availableParallelism(), Math.floor((os.totalmem() * MEMORY_SHARE) / PAGEFIND_PEAK)));
}

/** Pagefind's version, from its package.json (which its exports do not offer). */
const PAGEFIND_VERSION = (JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.resolve("pagefind")), "utf8")) as { version: string }).version;

/** A bundle's key: everything Pagefind's output depends on. */
export function bundleKey(bundle: SearchBundle): string {
  return crypto.createHash("sha1").update(JSON.stringify([PAGEFIND_VERSION, SEARCH_LANGUAGE, bundle.records])).digest("hex");
}

// Run from src/ (Node strips the types) or from the built dist/ alike.
const WORKER = new URL(import.meta.url.endsWith(".ts") ? "./search-worker.ts" : "./search-worker.js", import.meta.url);

/** Indexes one bundle into `outputPath` in a Pagefind process of its own. */
function indexBundle(job: BundleJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, { stdio: ["ignore", "ignore", "pipe", "ipc"], serialization: "advanced" });
    let stderr = "";
    let reply: BundleReply | undefined;
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("message", (m: BundleReply) => (reply = m));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (reply?.ok) resolve();
      else reject(new Error(reply?.error ?? `Pagefind's process ended (${signal ?? `exit ${code}`}) ${stderr.trim()}`.trim()));
    });
    child.send(job);
  });
}

/** Runs `jobs` at most `limit` at a time; rejects with the first failure once the running ones are done. */
async function pool<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await run(items[next++]!);
  });
  const results = await Promise.allSettled(runners);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
}

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[]) {
    const st = fs.statSync(path.join(dir, f));
    if (st.isFile()) {
      files++;
      bytes += st.size;
    }
  }
  return { files, bytes };
}

let last: SearchStats | undefined;
/** What the last index of this process took (for the benchmarks). */
export function lastSearchStats(): SearchStats | undefined {
  return last;
}

export interface IndexOptions {
  /** Where bundles are kept by key between builds. */
  cacheDir: string;
  /** Called as each bundle is indexed (done of total). */
  progress?: (done: number, total: number) => void;
  /** Eleventy's pathPrefix ("/" or "/paper/"), for the photos' pictures. */
  pathPrefix?: string;
}

/**
 * Writes every bundle of `split` into the site: from the cache where its
 * key is there, else indexed by Pagefind into the cache first. Replaces the
 * bundles of an earlier build; leaves in the cache only the bundles this
 * site uses. Throws on Pagefind's errors.
 */
export async function indexSite(outputDir: string, split: SearchSplit, options: IndexOptions): Promise<SearchStats> {
  const started = performance.now();
  fs.mkdirSync(options.cacheDir, { recursive: true });
  const bundles = [split.recent, ...split.archive];
  const keyed = bundles.map((b) => ({ bundle: b, key: bundleKey(b) }));
  const cached = (key: string) => path.join(options.cacheDir, key);
  const missing = [...new Map(keyed.filter((k) => !fs.existsSync(cached(k.key))).map((k) => [k.key, k])).values()];
  let done = 0;
  try {
    await pool(missing, searchConcurrency(), async ({ bundle, key }) => {
      // Written beside its place and renamed into it: a killed build leaves no half bundle under a key.
      const tmp = `${cached(key)}.${process.pid}.tmp`;
      fs.rmSync(tmp, { recursive: true, force: true });
      await indexBundle({ records: bundle.records, outputPath: tmp, language: SEARCH_LANGUAGE });
      try {
        fs.renameSync(tmp, cached(key));
      } catch (e) {
        // Another build wrote the same key meanwhile: same records, same bundle.
        if (!fs.existsSync(cached(key))) throw e;
        fs.rmSync(tmp, { recursive: true, force: true });
      }
      options.progress?.(++done, missing.length);
    });
  } catch (e) {
    throw new BanmianError(`the search index could not be built: ${(e as Error).message}`, { cause: e });
  }
  for (const dir of [RECENT_BUNDLE, ARCHIVE_BUNDLE]) fs.rmSync(path.join(outputDir, dir), { recursive: true, force: true });
  // The cache's files are never written again once renamed into place: sharing them by links is safe.
  for (const { bundle, key } of keyed) linkTree(cached(key), path.join(outputDir, bundle.dir));
  if (split.archive.length) {
    const names = split.archive.map((b) => `${path.basename(b.dir)}/`);
    fs.writeFileSync(path.join(outputDir, ARCHIVE_BUNDLE, ARCHIVE_LIST), `${JSON.stringify(names)}\n`);
  }
  const used = new Set(keyed.map((k) => k.key));
  for (const name of fs.readdirSync(options.cacheDir)) if (!used.has(name)) fs.rmSync(path.join(options.cacheDir, name), { recursive: true, force: true });
  const size = [RECENT_BUNDLE, ARCHIVE_BUNDLE].map((d) => path.join(outputDir, d)).filter((d) => fs.existsSync(d)).map(folderSize);
  last = {
    records: bundles.reduce((n, b) => n + b.records.length, 0), bundles: bundles.length, indexed: missing.length,
    ms: performance.now() - started, files: size.reduce((n, x) => n + x.files, 0), bytes: size.reduce((n, x) => n + x.bytes, 0),
  };
  return last;
}

/** Every record of the edition: its articles (or their places on the printed pages) and its photos. */
export function editionRecords(ed: Edition, text: (s: string) => string = (s) => s, pathPrefix = "/") {
  const where = (pg: { date: string; page: number }) => `${zhDate(pg.date, "long")} ${pageLabel(pg.page)}`;
  return [...articleRecords(ed, text, where), ...photoRecords(ed, text, where, pathPrefix)];
}

/**
 * Indexes the edition for search. `text` is how the layouts show print
 * text. Returns a line for the log, or undefined when there is nothing to index.
 */
export async function indexEdition(ed: Edition, outputDir: string, text: (s: string) => string, options: IndexOptions): Promise<string | undefined> {
  const split = splitSearch(ed, editionRecords(ed, text, options.pathPrefix));
  if (!split) return undefined;
  const stats = await indexSite(outputDir, split, options);
  return `search: ${stats.records} records in ${stats.bundles} bundle(s), ${stats.indexed} indexed, ${stats.bundles - stats.indexed} unchanged, in ${(stats.ms / 1000).toFixed(2)} s (${stats.files} files, ${(stats.bytes / 1024).toFixed(0)} KiB)`;
}
