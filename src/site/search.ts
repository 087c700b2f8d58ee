// Search: Pagefind indexes the written site after every build. Articles are
// indexed from their own pages (marked `data-pagefind-body` by the layouts),
// photos as records of their own pointing at the photo on its printed page.
// Pagefind's extended binary segments Chinese (jieba) at index time.
import fs from "node:fs";
import path from "node:path";
import type { PagefindIndex } from "pagefind";
import { BanmianError } from "../errors.ts";
import { NO_PROGRESS, type Progress } from "./progress.ts";
import type { Edition, SiteIssue, SitePage, SitePhoto } from "./edition.ts";
import { pageLabel, zhDate } from "./format.ts";

/** A search record not backed by an HTML file (Pagefind's CustomRecord). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
}

export interface SearchStats {
  /** HTML files Pagefind indexed. */
  pages: number;
  /** Photo records added beside them. */
  records: number;
  /** Bundles written. */
  bundles: number;
  /** Files and bytes of `<output>/pagefind/` and `<output>/pagefind-archive/`. */
  files: number;
  bytes: number;
  ms: number;
}

/**
 * The language Pagefind files an index under: the `<html lang>` of the
 * layouts, lower-cased. Records must use the same key or they land in an
 * index the search page never loads.
 */
export const SEARCH_LANGUAGE = "zh-cn";

/** The one metadata field a result shows besides title and excerpt: date and page, as the layouts write it. */
export const WHERE = "版面";

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * One record per photo: its caption, title and credit, linking to the photo
 * on its page; `where` names the page (2021年10月14日 第4版). `prefix` is
 * Eleventy's pathPrefix, which Pagefind adds to a record's URL but not to
 * its picture's.
 */
export function photoRecords(
  edition: Edition,
  text: (s: string) => string = (s) => s,
  where: (page: SitePage) => string = (page) => page.date,
  prefix = "/",
): SearchRecord[] {
  const out: SearchRecord[] = [];
  for (const page of edition.pages) {
    for (const ph of page.photos as SitePhoto[]) {
      const caption = text(ph.caption ?? "");
      const title = ph.title ? text(ph.title) : clip(caption, 30);
      const meta: Record<string, string> = { title, [WHERE]: where(page) };
      if (ph.image) {
        meta.image = `${prefix}${ph.image.src.replace(/^\//, "")}`;
        meta.image_alt = caption;
      }
      out.push({
        url: `${page.url}#${ph.id}`,
        content: [ph.title ? text(ph.title) : "", caption, ph.credit?.text ?? ""].filter(Boolean).join("\n"),
        language: SEARCH_LANGUAGE,
        meta,
      });
    }
  }
  return out;
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

/** The latest month's bundle, and the folder of the archive's bundles. */
export const RECENT_BUNDLE = "pagefind";
export const ARCHIVE_BUNDLE = "pagefind-archive";
/** In the archive's folder: the names of its bundles, which /search/ merges. */
export const ARCHIVE_LIST = "bundles.json";

/**
 * Characters of text one archive bundle holds at most. Pagefind (1.6) keeps
 * everything it indexes in memory until the bundle is written, about 600
 * bytes per character of Chinese text: one bundle of the whole archive took
 * 20 GB at 20,000 printed pages. A million characters (some 1,500 articles
 * and their pages' photos) stay near 620 MiB, whatever the archive's size.
 */
export const BUNDLE_CHARS = 1_000_000;

/** One Pagefind bundle: its folder under the output folder, the HTML it indexes and its records. */
export interface SearchBundle {
  dir: string;
  /** Globs relative to the output folder; none when its issues have no article pages. */
  globs: string[];
  records: SearchRecord[];
}

/**
 * Search is split in Pagefind bundles that the search page merges: the
 * issues of the latest issue's month (/pagefind/) and every earlier issue in
 * bundles of at most BUNDLE_CHARS (/pagefind-archive/<first issue's date>/).
 * A nightly issue re-indexes only the month; the archive's bundles are
 * rebuilt when an older issue changes or a month begins.
 */
export interface SearchSplit {
  /** `YYYY/MM` of the latest issue. */
  month: string;
  recent: SearchBundle;
  archive: SearchBundle[];
}

/**
 * The glob, below an issue's folder, of the HTML that carries
 * `data-pagefind-body`: the articles' own pages (NN/K/index.html), or the
 * printed pages when articles have none. Only those are given to Pagefind,
 * which otherwise parses and holds every other page too.
 */
function documentGlob(edition: Edition): string | undefined {
  const a = edition.articles[0];
  if (!a) return undefined;
  const below = a.url.split("#")[0]!.slice(a.issueUrl.length).split("/").filter(Boolean);
  return [...below.map(() => "*"), "index.html"].join("/");
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The glob of `issues`' documents: whole months as YYYY/MM/*, other issues by day, in one glob so that Pagefind walks the site once. */
function issuesGlob(issues: SiteIssue[], edition: Edition, below: string): string {
  const monthOf = (i: SiteIssue) => `${i.year}/${i.month}`;
  const inMonth = groupBy(edition.issues, monthOf);
  const folders = [...groupBy(issues, monthOf)].flatMap(([m, list]) =>
    (list.length === inMonth.get(m)?.length ? [`${m}/*`] : list.map((i) => `${m}/${i.day}`)));
  return `${folders.length === 1 ? folders[0] : `{${folders.join(",")}}`}/${below}`;
}

/** Characters Pagefind indexes for an issue: its articles' text and its records'. */
function issueChars(issue: SiteIssue, records: SearchRecord[]): number {
  let n = records.reduce((sum, r) => sum + r.content.length, 0);
  for (const page of issue.pages) for (const a of page.articles) for (const b of a.body) n += b.text.length;
  return n;
}

/**
 * Consecutive issues, oldest first, in groups of at most `max` characters
 * (an issue larger than that alone). Filled from the oldest, a group's
 * bounds move only when an issue before its end changes, so adding months
 * leaves every full bundle as it was.
 */
function groupIssues(issues: SiteIssue[], chars: (i: SiteIssue) => number, max: number): SiteIssue[][] {
  const groups: SiteIssue[][] = [];
  let size = 0;
  for (const issue of issues) {
    const n = chars(issue);
    const last = groups.at(-1);
    if (last && size + n <= max) {
      last.push(issue);
      size += n;
    } else {
      groups.push([issue]);
      size = n;
    }
  }
  return groups;
}

export function splitSearch(edition: Edition, records: SearchRecord[], maxChars = BUNDLE_CHARS): SearchSplit | undefined {
  const latest = edition.latest;
  if (!latest) return undefined;
  const month = `${latest.year}/${latest.month}`;
  const below = documentGlob(edition);
  // A record's URL is its page's, /YYYY/MM/DD/NN/#pK: it starts with its issue's URL.
  const byIssue = groupBy(records, (r) => r.url.slice(0, "/YYYY/MM/DD/".length));
  const bundle = (dir: string, issues: SiteIssue[]): SearchBundle => ({
    dir,
    globs: below ? [issuesGlob(issues, edition, below)] : [],
    records: issues.flatMap((i) => byIssue.get(i.url) ?? []),
  });
  const isRecent = (i: SiteIssue) => `${i.year}/${i.month}` === month;
  const earlier = edition.issues.filter((i) => !isRecent(i));
  const groups = groupIssues(earlier, (i) => issueChars(i, byIssue.get(i.url) ?? []), maxChars);
  return {
    month,
    recent: bundle(RECENT_BUNDLE, edition.issues.filter(isRecent)),
    archive: groups.map((g) => bundle(`${ARCHIVE_BUNDLE}/${g[0]!.date}`, g)),
  };
}

/** Adds records a thousand at a time: one awaited round trip each costs seconds, all at once holds them all in the pipe. */
async function addRecords(index: PagefindIndex, records: SearchRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += 1000) {
    const results = await Promise.all(records.slice(i, i + 1000).map((r) => index.addCustomRecord(r)));
    const errors = results.flatMap((r) => r.errors);
    if (errors.length) throw new Error(errors.join("; "));
  }
}

/**
 * Writes one bundle into `<outputDir>/<bundle.dir>`, replacing it, and stops
 * Pagefind's process: the next bundle's starts empty, whereas deleteIndex()
 * leaves the memory with the process (measured: 670 MiB before and after).
 */
async function writeBundle(pagefind: typeof import("pagefind"), outputDir: string, bundle: SearchBundle): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
    if (!index) throw new Error(errors.join("; "));
    let pages = 0;
    for (const glob of bundle.globs) {
      const added = await index.addDirectory({ path: outputDir, glob });
      if (added.errors.length) throw new Error(added.errors.join("; "));
      pages += added.page_count;
    }
    await addRecords(index, bundle.records);
    const dir = path.join(outputDir, bundle.dir);
    fs.rmSync(dir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length) throw new Error(written.errors.join("; "));
    return pages;
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the written site into `<outputDir>/pagefind/` (the latest month)
 * and, when `archive` is true, `<outputDir>/pagefind-archive/` (a bundle per
 * group of earlier issues, one after another, and the list of them),
 * replacing the bundles of an earlier build. Throws on Pagefind's errors.
 */
export async function indexSite(outputDir: string, split: SearchSplit, archive = true, progress: Progress = NO_PROGRESS): Promise<SearchStats> {
  const started = performance.now();
  const pagefind = await import("pagefind");
  const bundles = [split.recent, ...(archive ? split.archive : [])];
  try {
    if (archive) fs.rmSync(path.join(outputDir, ARCHIVE_BUNDLE), { recursive: true, force: true });
    let pages = 0;
    for (const bundle of bundles) {
      pages += await writeBundle(pagefind, outputDir, bundle);
      progress.tick();
    }
    progress.done();
    if (archive && split.archive.length) {
      const names = split.archive.map((b) => `${path.basename(b.dir)}/`);
      fs.writeFileSync(path.join(outputDir, ARCHIVE_BUNDLE, ARCHIVE_LIST), `${JSON.stringify(names)}\n`);
    }
    const size = [RECENT_BUNDLE, ARCHIVE_BUNDLE].map((d) => path.join(outputDir, d)).filter((d) => fs.existsSync(d)).map(folderSize);
    last = {
      pages, records: bundles.reduce((n, b) => n + b.records.length, 0), bundles: bundles.length, ms: performance.now() - started,
      files: size.reduce((n, x) => n + x.files, 0), bytes: size.reduce((n, x) => n + x.bytes, 0),
    };
    return last;
  } catch (e) {
    throw new BanmianError(`the search index could not be built: ${(e as Error).message}`, { cause: e });
  }
}

/**
 * Indexes what a build wrote: the edition's pages or articles, and a record
 * per photo. `text` is how the layouts show print text; `archive` false keeps
 * the archive's bundles of an earlier build. Returns a line for the log, or
 * undefined when the edition has nothing to index.
 */
export async function indexEdition(
  ed: Edition, outputDir: string, text: (s: string) => string, articlePages: boolean, archive: boolean,
  progress: (label: string, total: number) => Progress = () => NO_PROGRESS, prefix = "/",
): Promise<string | undefined> {
  const split = splitSearch(ed, photoRecords(ed, text, (pg) => `${zhDate(pg.date, "long")} ${pageLabel(pg.page)}`, prefix));
  if (!split) return undefined;
  const stats = await indexSite(outputDir, split, archive, progress("indexing search bundles", 1 + (archive ? split.archive.length : 0)));
  const what = articlePages ? `${ed.articles.length} articles` : `${ed.pages.length} pages`;
  return `search: indexed ${archive ? "" : `the latest month (${split.month}) of `}${what} and ${stats.records} photos in ${(stats.ms / 1000).toFixed(2)} s (${stats.files} files, ${(stats.bytes / 1024).toFixed(0)} KiB)`;
}
