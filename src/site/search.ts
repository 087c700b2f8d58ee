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

/**
 * Indexes the HTML under `outputDir` plus `records` and writes the bundle to
 * `<outputDir>/pagefind/`, replacing any bundle of an earlier build (its
 * hashed file names would otherwise pile up). Throws on Pagefind's errors.
 */
export async function indexSite(outputDir: string, records: SearchRecord[]): Promise<SearchStats> {
  const started = performance.now();
  const pagefind = await import("pagefind");
  const bundle = path.join(outputDir, "pagefind");
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
    if (!index) throw new Error(errors.join("; "));
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length) throw new Error(added.errors.join("; "));
    // All at once: one round trip to Pagefind's process each, awaited in turn, costs seconds.
    const added2 = await Promise.all(records.map((r) => index.addCustomRecord(r)));
    const recordErrors = added2.flatMap((r) => r.errors);
    if (recordErrors.length) throw new Error(recordErrors.join("; "));
    fs.rmSync(bundle, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(written.errors.join("; "));
    const size = folderSize(bundle);
    last = { pages: added.page_count, records: records.length, ...size, ms: performance.now() - started };
    return last;
  } catch (e) {
    throw new Error(`banmian: the search index could not be built: ${(e as Error).message}`);
  } finally {
    await pagefind.close();
  }
}
