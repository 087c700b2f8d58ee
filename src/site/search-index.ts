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
  ARCHIVE_BUNDLE, ARCHIVE_LIST, RECENT_BUNDLE, SEARCH_LANGUAGE, articleRecords, bundleRecords, photoRecords, splitSearch,
  type IssueRecords, type SearchBundle, type SearchRecord, type SearchSplit, type SearchStats,
} from "./search.ts";
import type { BundleJob, BundleReply } from "./search-worker.ts";
import { linkTree, listTree } from "./link-tree.ts";

/** Pagefind's own peak while it writes one bundle of at most BUNDLE_CHARS (measured: ~620 MiB). */
const PAGEFIND_PEAK_MIB = 700;
/** The share of the machine's memory the Pagefind processes may take together. */
const MEMORY_SHARE = 0.25;

/** How many Pagefind processes run at once, and what decides it. */
export interface SearchBudget {
  /** Processes at once: one a core, as many as the memory budget holds, at least one. */
  processes: number;
  cores: number;
  /** The machine's memory and the share of it the processes may take together. */
  machineMiB: number;
  budgetMiB: number;
  /** What one process is allowed for (its measured peak, rounded up). */
  perProcessMiB: number;
}

export function searchBudget(): SearchBudget {
  const cores = os.availableParallelism();
  const machineMiB = Math.floor(os.totalmem() / 2 ** 20);
  const budgetMiB = Math.floor(machineMiB * MEMORY_SHARE);
  const processes = Math.max(1, Math.min(cores, Math.floor(budgetMiB / PAGEFIND_PEAK_MIB)));
  return { processes, cores, machineMiB, budgetMiB, perProcessMiB: PAGEFIND_PEAK_MIB };
}

/** Pagefind's version, from its package.json (which its exports do not offer). */
const PAGEFIND_VERSION = (JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.resolve("pagefind")), "utf8")) as { version: string }).version;

/** A bundle's key: everything Pagefind's output depends on. */
export function bundleKey(records: SearchRecord[]): string {
  return crypto.createHash("sha1").update(JSON.stringify([PAGEFIND_VERSION, SEARCH_LANGUAGE, records])).digest("hex");
}

// Run from src/ (Node strips the types) or from the built dist/ alike.
const WORKER = new URL(import.meta.url.endsWith(".ts") ? "./search-worker.ts" : "./search-worker.js", import.meta.url);

/** Indexes one bundle into `outputPath` in a Pagefind process of its own; `signal` ends the process. */
function indexBundle(job: BundleJob, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, { stdio: ["ignore", "ignore", "pipe", "ipc"], serialization: "advanced", signal });
    let stderr = "";
    let reply: BundleReply | undefined;
    child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("message", (m: BundleReply) => (reply = m));
    child.on("error", reject);
    // "close", not "exit": a process can be seen to exit before its last message is read, and the
    // IPC channel is among what "close" waits for (a CI run failed so: "Pagefind's process ended (exit 0)").
    child.on("close", (code, signal) => {
      if (reply?.ok) resolve();
      else reject(new Error(reply?.error ?? `Pagefind's process ended (${signal ?? `exit ${code}`}) ${stderr.trim()}`.trim()));
    });
    child.send(job);
  });
}

/** Runs `jobs` at most `limit` at a time, none started once `signal` aborts; rejects with the first failure once the running ones are done. */
async function pool<T>(items: T[], limit: number, run: (item: T) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length && !signal?.aborted) await run(items[next++]!);
  });
  const results = await Promise.allSettled(runners);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
  signal?.throwIfAborted();
}

/**
 * A cached bundle's files ("/"-separated, relative to its folder) and
 * bytes, written beside it as `<key>.json` when it enters the cache: a build
 * knows them without listing or measuring ~2,000 files a bundle.
 */
interface BundleFiles { files: string[]; bytes: number }

/** A cached bundle's files from its `<key>.json`; listed, measured and written there when missing (a cache of an earlier version). */
function bundleFiles(dir: string): BundleFiles {
  try {
    return JSON.parse(fs.readFileSync(`${dir}.json`, "utf8")) as BundleFiles;
  } catch {
    return describeBundle(dir, dir);
  }
}

/** Lists and measures the bundle at `dir` and writes that beside `at` (its place in the cache). */
function describeBundle(dir: string, at: string): BundleFiles {
  const files = listTree(dir);
  const described = { files, bytes: files.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0) };
  fs.writeFileSync(`${at}.json`, `${JSON.stringify(described)}\n`);
  return described;
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
  /** Stops indexing: no bundle is started after it aborts, and the running ones are ended. */
  signal?: AbortSignal;
}

/** A bundle of the split, with its key and, once in the cache, its files. */
interface PlannedBundle {
  bundle: SearchBundle;
  key: string;
  /** How many records it has (they are made again when it is indexed). */
  records: number;
  /** Its files and size, when the cache holds it. */
  cached?: BundleFiles;
}

/**
 * The split's bundles keyed, and which the cache already holds: a cached
 * bundle's files are known before anything is indexed, so the build keeps
 * them in the output folder instead of removing and linking them again.
 */
export interface SearchPlan {
  split: SearchSplit;
  cacheDir: string;
  bundles: PlannedBundle[];
  /** When planning began, and how long it took (keying every bundle). */
  started: number;
  planMs: number;
  /** How long Pagefind took, from the first bundle started to the last written (beside the build's other work). */
  indexMs: number;
  /** Pagefind processes run at most at once (0: nothing indexed). */
  processes: number;
}

const cachedAt = (plan: SearchPlan, key: string): string => path.join(plan.cacheDir, key);

export function planSearch(split: SearchSplit, cacheDir: string): SearchPlan {
  const started = performance.now();
  fs.mkdirSync(cacheDir, { recursive: true });
  const plan: SearchPlan = { split, cacheDir, bundles: [], started, planMs: 0, indexMs: 0, processes: 0 };
  for (const bundle of [split.recent, ...split.archive]) {
    const records = bundleRecords(split, bundle);
    const key = bundleKey(records);
    const dir = cachedAt(plan, key);
    plan.bundles.push({ bundle, key, records: records.length, cached: fs.existsSync(dir) ? bundleFiles(dir) : undefined });
  }
  plan.planMs = performance.now() - started;
  return plan;
}

/** The output files of the plan's cached bundles and of the archive's list, relative to the output folder. */
export function plannedFiles(plan: SearchPlan): string[] {
  const list = plan.split.archive.length ? [`${ARCHIVE_BUNDLE}/${ARCHIVE_LIST}`] : [];
  return [...list, ...plan.bundles.flatMap((b) => (b.cached?.files ?? []).map((f) => `${b.bundle.dir}/${f}`))];
}

/** The plan's bundles the cache lacks, one a key (two bundles of the same records are indexed once), the largest first. */
function missingBundles(plan: SearchPlan): PlannedBundle[] {
  return [...new Map(plan.bundles.filter((b) => !b.cached).map((b) => [b.key, b])).values()].sort((a, b) => b.records - a.records);
}

/**
 * Indexes into the cache every bundle of the plan the cache lacks, the
 * largest first (the pool's last round then is short), as many at once as
 * cores and memory allow. Writes nothing in the output folder: a build
 * starts it as soon as its records are known and places the bundles
 * (placeBundles) once its pages are written. Returns how many it indexed.
 */
export async function indexMissing(plan: SearchPlan, options: Omit<IndexOptions, "cacheDir" | "pathPrefix"> = {}): Promise<number> {
  const missing = missingBundles(plan);
  if (!missing.length) return 0;
  let done = 0;
  const started = performance.now();
  try {
    plan.processes = Math.min(searchBudget().processes, missing.length);
    await pool(missing, plan.processes, async ({ bundle, key }) => {
      // Written beside its place and renamed into it: a killed build leaves no half bundle under a key.
      const at = cachedAt(plan, key);
      const tmp = `${at}.${process.pid}.tmp`;
      fs.rmSync(tmp, { recursive: true, force: true });
      await indexBundle({ records: bundleRecords(plan.split, bundle), outputPath: tmp, language: SEARCH_LANGUAGE }, options.signal);
      const described = describeBundle(tmp, at);
      try {
        fs.renameSync(tmp, at);
      } catch (e) {
        // Another build wrote the same key meanwhile: same records, same bundle.
        if (!fs.existsSync(at)) throw e;
        fs.rmSync(tmp, { recursive: true, force: true });
      }
      for (const b of plan.bundles) if (b.key === key) b.cached = described;
      options.progress?.(++done, missing.length);
    }, options.signal);
  } catch (e) {
    if (options.signal?.aborted) throw e;
    throw new BanmianError(`the search index could not be built: ${(e as Error).message}`, { cause: e });
  }
  plan.indexMs = performance.now() - started;
  return missing.length;
}

/** The same file, not a copy: the output's file is a link to the cache's. */
function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [fs.statSync(a), fs.statSync(b)];
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

/** Puts one cached bundle at `to`: where the output already holds it (its files linked from the same key), only what is missing or extra is mended. */
function placeBundle(from: string, files: string[], to: string): void {
  const sentinel = files.find((f) => !f.includes("/")) ?? files[0];
  if (!sentinel || !sameFile(path.join(from, sentinel), path.join(to, sentinel))) {
    fs.rmSync(to, { recursive: true, force: true });
    linkTree(from, to);
    return;
  }
  const want = new Set(files);
  const have = new Set(listTree(to));
  for (const f of have) if (!want.has(f)) fs.rmSync(path.join(to, f));
  for (const f of files) {
    if (have.has(f)) continue;
    const dst = path.join(to, f);
    fs.mkdirSync(path.dirname(dst), { recursive: true });
    fs.linkSync(path.join(from, f), dst);
  }
}

/**
 * Puts every bundle of an indexed plan into the site, links to the cache's
 * files; removes the bundles of an earlier build the plan does not have;
 * leaves in the cache only the bundles this site uses. `ms` is what
 * search took of the build's time before this. Returns the files it
 * placed, relative to the output folder.
 */
export function placeBundles(outputDir: string, plan: SearchPlan, indexed: number, ms: number): { stats: SearchStats; files: string[] } {
  const started = performance.now();
  const { split } = plan;
  const dirs = new Set(plan.bundles.map((b) => b.bundle.dir));
  // Bundles of an earlier build at folders this one does not use.
  const archive = path.join(outputDir, ARCHIVE_BUNDLE);
  if (!split.archive.length) fs.rmSync(archive, { recursive: true, force: true });
  else if (fs.existsSync(archive)) {
    for (const name of fs.readdirSync(archive)) {
      if (name !== ARCHIVE_LIST && !dirs.has(`${ARCHIVE_BUNDLE}/${name}`)) fs.rmSync(path.join(archive, name), { recursive: true, force: true });
    }
  }
  // The cache's files are never written again once renamed into place: sharing them by links is safe.
  for (const { bundle, key, cached } of plan.bundles) placeBundle(cachedAt(plan, key), cached!.files, path.join(outputDir, bundle.dir));
  if (split.archive.length) {
    const names = split.archive.map((b) => `${path.basename(b.dir)}/`);
    fs.writeFileSync(path.join(archive, ARCHIVE_LIST), `${JSON.stringify(names)}\n`);
  }
  const used = new Set(plan.bundles.flatMap((b) => [b.key, `${b.key}.json`]));
  for (const name of fs.readdirSync(plan.cacheDir)) if (!used.has(name)) fs.rmSync(path.join(plan.cacheDir, name), { recursive: true, force: true });
  last = {
    records: plan.bundles.reduce((n, b) => n + b.records, 0), bundles: plan.bundles.length, indexed, indexMs: plan.indexMs, processes: plan.processes,
    ms: ms + performance.now() - started,
    files: plan.bundles.reduce((n, b) => n + b.cached!.files.length, 0), bytes: plan.bundles.reduce((n, b) => n + b.cached!.bytes, 0),
  };
  return { stats: last, files: plannedFiles(plan) };
}

/**
 * Writes every bundle of `split` into the site: from the cache where its
 * key is there, else indexed by Pagefind into the cache first. Replaces the
 * bundles of an earlier build; leaves in the cache only the bundles this
 * site uses. Throws on Pagefind's errors.
 */
export async function indexSite(outputDir: string, split: SearchSplit, options: IndexOptions): Promise<SearchStats> {
  const plan = planSearch(split, options.cacheDir);
  const indexed = await indexMissing(plan, options);
  return placeBundles(outputDir, plan, indexed, performance.now() - plan.started).stats;
}

/** An issue's records: its articles (or their places on the printed pages) and its photos, as the layouts show their text. */
export function issueRecords(text: (s: string) => string = (s) => s, pathPrefix = "/"): IssueRecords {
  const where = (pg: { date: string; page: number }) => `${zhDate(pg.date, "long")} ${pageLabel(pg.page)}`;
  return (issue) => [...articleRecords(issue, text, where), ...photoRecords(issue, text, where, pathPrefix)];
}

/** Search as a build runs it: started once the records are known, placed once the pages are written. */
export interface EditionSearch {
  /** The output files of the bundles the cache holds already (see plannedFiles). */
  files: string[];
  /** Bundles Pagefind must index. */
  missing: number;
  /** Waits for the indexing, places the bundles; the log's line and every search file placed. */
  finish(outputDir: string): Promise<{ line: string; files: string[] }>;
  /** Ends the indexing (the build failed): no bundle is started, the running ones end. */
  abort(): void;
}

/**
 * Starts indexing the edition's search bundles that the cache lacks, in
 * processes of their own beside the build's other work: their records
 * depend on the edition's text only. `text` is how the layouts show print
 * text. Undefined when there is nothing to index.
 */
export function startSearch(ed: Edition, text: (s: string) => string, options: IndexOptions): EditionSearch | undefined {
  const split = splitSearch(ed, issueRecords(text, options.pathPrefix));
  if (!split) return undefined;
  const plan = planSearch(split, options.cacheDir);
  const controller = new AbortController();
  const signal = AbortSignal.any([controller.signal, ...(options.signal ? [options.signal] : [])]);
  const files = plannedFiles(plan);
  const missing = missingBundles(plan).length;
  const indexing = indexMissing(plan, { progress: options.progress, signal });
  // A failure is thrown where the build waits for it (finish), or not at all when the build failed first.
  indexing.catch(() => {});
  return {
    files,
    missing,
    async finish(outputDir) {
      const waitStarted = performance.now();
      const indexed = await indexing;
      const waited = performance.now() - waitStarted;
      const placed = placeBundles(outputDir, plan, indexed, plan.planMs + waited);
      const { stats } = placed;
      const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
      const line = `search: ${stats.records} records in ${stats.bundles} bundle(s), ${stats.indexed} indexed, ${stats.bundles - stats.indexed} unchanged` +
        `${stats.indexed ? ` (Pagefind ${seconds(stats.indexMs)}, ${stats.processes} at a time, beside the pages)` : ""}; ${seconds(stats.ms)} added to the build; ${stats.files} files, ${(stats.bytes / 1024).toFixed(0)} KiB`;
      return { line, files: placed.files };
    },
    abort: () => controller.abort(),
  };
}
