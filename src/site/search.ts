// Search: Pagefind indexes the written site after every build. Articles are
// indexed from their own pages (marked `data-pagefind-body` by the layouts),
// photos as records of their own pointing at the photo on its printed page.
// Pagefind's extended binary segments Chinese (jieba) at index time.
import fs from "node:fs";
import path from "node:path";
import type { Edition, SitePage, SitePhoto } from "./edition.ts";

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
  /** Files and bytes of `<output>/pagefind/`. */
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

/** One record per photo: its caption, title and credit, linking to the photo on its page; `where` names the page (2021年10月14日 第4版). */
export function photoRecords(
  edition: Edition,
  text: (s: string) => string = (s) => s,
  where: (page: SitePage) => string = (page) => page.date,
): SearchRecord[] {
  const out: SearchRecord[] = [];
  for (const page of edition.pages) {
    for (const ph of page.photos as SitePhoto[]) {
      const caption = text(ph.caption ?? "");
      const title = ph.title ? text(ph.title) : clip(caption, 30);
      const meta: Record<string, string> = { title, [WHERE]: where(page) };
      if (ph.image) {
        meta.image = ph.image.src;
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

/** The two bundles: the latest month, and everything before it. */
export const RECENT_BUNDLE = "pagefind";
export const ARCHIVE_BUNDLE = "pagefind-archive";

/**
 * Search is split in two Pagefind bundles that the search page merges: the
 * issues of the latest issue's month (/pagefind/) and every earlier issue
 * (/pagefind-archive/). A nightly issue re-indexes only the month; the
 * archive bundle is rebuilt when an older issue changes or a month begins.
 */
export interface SearchSplit {
  /** `YYYY/MM` of the latest issue. */
  month: string;
  /** Globs (relative to the output folder) of the archive's HTML; none when every issue is in the latest month. */
  archiveGlobs: string[];
  recentGlob: string;
  archiveRecords: SearchRecord[];
  recentRecords: SearchRecord[];
}

export function splitSearch(edition: Edition, records: SearchRecord[]): SearchSplit | undefined {
  const latest = edition.latest;
  if (!latest) return undefined;
  const month = `${latest.year}/${latest.month}`;
  const earlierYears = [...new Set(edition.issues.filter((i) => i.year < latest.year).map((i) => i.year))];
  const earlierMonths = [...new Set(edition.issues.filter((i) => i.year === latest.year && i.month < latest.month).map((i) => i.month))];
  const archiveGlobs: string[] = [];
  if (earlierYears.length) archiveGlobs.push(`{${earlierYears.join(",")}}/**/*.html`);
  if (earlierMonths.length) archiveGlobs.push(`${latest.year}/{${earlierMonths.join(",")}}/**/*.html`);
  const inMonth = (r: SearchRecord) => r.url.slice(1, 8) === month;
  return {
    month, archiveGlobs, recentGlob: `${month}/**/*.html`,
    archiveRecords: records.filter((r) => !inMonth(r)),
    recentRecords: records.filter(inMonth),
  };
}

/** Builds one bundle from `globs` under `outputDir` plus `records`, replacing the folder `bundle`. */
async function writeBundle(
  pagefind: typeof import("pagefind"), outputDir: string, bundle: string, globs: string[], records: SearchRecord[],
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  if (!index) throw new Error(errors.join("; "));
  let pages = 0;
  for (const glob of globs) {
    const added = await index.addDirectory({ path: outputDir, glob });
    if (added.errors.length) throw new Error(added.errors.join("; "));
    pages += added.page_count;
  }
  // All at once: one round trip to Pagefind's process each, awaited in turn, costs seconds.
  const results = await Promise.all(records.map((r) => index.addCustomRecord(r)));
  const recordErrors = results.flatMap((r) => r.errors);
  if (recordErrors.length) throw new Error(recordErrors.join("; "));
  fs.rmSync(bundle, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length) throw new Error(written.errors.join("; "));
  await index.deleteIndex();
  return pages;
}

/**
 * Indexes the written site into `<outputDir>/pagefind/` (the latest month)
 * and, when `archive` is true, `<outputDir>/pagefind-archive/` (the rest),
 * replacing the bundles of an earlier build. Throws on Pagefind's errors.
 */
export async function indexSite(outputDir: string, split: SearchSplit, archive = true): Promise<SearchStats> {
  const started = performance.now();
  const pagefind = await import("pagefind");
  const recent = path.join(outputDir, RECENT_BUNDLE);
  const older = path.join(outputDir, ARCHIVE_BUNDLE);
  try {
    let pages = await writeBundle(pagefind, outputDir, recent, [split.recentGlob], split.recentRecords);
    let records = split.recentRecords.length;
    if (archive) {
      fs.rmSync(older, { recursive: true, force: true });
      if (split.archiveGlobs.length) {
        pages += await writeBundle(pagefind, outputDir, older, split.archiveGlobs, split.archiveRecords);
        records += split.archiveRecords.length;
      }
    }
    const size = [recent, older].filter((d) => fs.existsSync(d)).map(folderSize);
    last = {
      pages, records, ms: performance.now() - started,
      files: size.reduce((n, x) => n + x.files, 0), bytes: size.reduce((n, x) => n + x.bytes, 0),
    };
    return last;
  } catch (e) {
    throw new Error(`banmian: the search index could not be built: ${(e as Error).message}`);
  } finally {
    await pagefind.close();
  }
}
