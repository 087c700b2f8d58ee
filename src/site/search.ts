// Search as data: what Pagefind indexes, and how it is split in bundles.
// Every article and every photo is a record of its own (its text as the
// layouts show it, its URL, its title and page), built from the edition, not
// read back from the written HTML: a bundle then depends on its records
// only, so a bundle whose records did not change is never indexed again
// (search-index.ts), whatever happened to the layouts around them.
import type { Edition, SiteArticle, SiteIssue, SitePage, SitePhoto } from "./edition.ts";
import { creditText } from "./format.ts";

/** A search record not backed by an HTML file (Pagefind's CustomRecord). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
}

export interface SearchStats {
  /** Records in the bundles (articles or pages, and photos). */
  records: number;
  /** Bundles in the site, and how many of them Pagefind indexed (the rest came from the cache). */
  bundles: number;
  indexed: number;
  /** Files and bytes of `<output>/pagefind/` and `<output>/pagefind-archive/`. */
  files: number;
  bytes: number;
  /** What search added to the build's time: planning, waiting for Pagefind after the pages were written, placing the bundles. */
  ms: number;
  /** Pagefind's own time, first bundle started to last written, beside the build's other work (0: nothing indexed). */
  indexMs: number;
  /** Pagefind processes run at most at once (fewer than searchBudget allows when fewer bundles were indexed; 0: none). */
  processes: number;
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

/** An article as its page shows it, in print order: titles, credits, text. */
function articleText(a: SiteArticle, text: (s: string) => string): string {
  const lines = [a.column, a.kicker, a.headline, a.subtitle].filter((t): t is string => Boolean(t)).map(text);
  if (a.byline) lines.push(creditText(a.byline, "byline"));
  if (a.dateline) lines.push(creditText(a.dateline, "dateline"));
  for (const b of a.body) lines.push(text(b.text));
  for (const c of a.credits ?? []) lines.push(creditText(c, "byline"));
  return lines.join("\n");
}

/** Records are made from an edition's pages, or an issue's. */
type Pages = Pick<Edition, "pages">;

/** One record per article, linking to its own page (or its place on the printed page); `where` names the page. */
export function articleRecords(
  edition: Pages,
  text: (s: string) => string = (s) => s,
  where: (page: SitePage) => string = (page) => page.date,
): SearchRecord[] {
  return edition.pages.flatMap((page) =>
    page.articles.map((a) => ({
      url: a.url,
      content: articleText(a, text),
      language: SEARCH_LANGUAGE,
      meta: { title: text(a.title), [WHERE]: where(page) },
    })));
}

/**
 * One record per photo: its caption, title and credit, linking to the photo
 * on its page; `where` names the page (2021年10月14日 第4版). `prefix` is
 * Eleventy's pathPrefix, which Pagefind adds to a record's URL but not to
 * its picture's.
 */
export function photoRecords(
  edition: Pages,
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

/** One Pagefind bundle: its folder under the output folder and its issues, oldest first. */
export interface SearchBundle {
  dir: string;
  issues: SiteIssue[];
}

/**
 * An issue's records, made when asked: a build holds one bundle's records
 * at a time, never the whole archive's.
 */
export type IssueRecords = (issue: SiteIssue) => SearchRecord[];

/**
 * Search is split in Pagefind bundles that the search page merges: the
 * issues of the latest issue's month (/pagefind/) and every earlier issue in
 * bundles of at most BUNDLE_CHARS within a year (/pagefind-archive/<first issue's date>/).
 * A nightly issue re-indexes only the month; the archive's bundles are
 * rebuilt when an older issue changes or a month begins.
 */
export interface SearchSplit {
  /** `YYYY/MM` of the latest issue. */
  month: string;
  recent: SearchBundle;
  archive: SearchBundle[];
  records: IssueRecords;
}

export const bundleRecords = (split: SearchSplit, bundle: SearchBundle): SearchRecord[] => bundle.issues.flatMap(split.records);

/** Characters Pagefind indexes for an issue's records. */
const recordChars = (records: SearchRecord[]): number => records.reduce((sum, r) => sum + r.content.length, 0);

/**
 * Consecutive issues of one year, oldest first, in groups of at most `max`
 * characters (an issue larger than that alone). Filled from the oldest, a
 * group's bounds move only when an issue before its end changes, so adding
 * months leaves every full bundle as it was. No group spans a year: a
 * year's bundles depend on that year's issues only, and a build split by
 * year (years.ts) indexes the bundles a single build would.
 */
function groupIssues(issues: SiteIssue[], chars: (i: SiteIssue) => number, max: number): SiteIssue[][] {
  const groups: SiteIssue[][] = [];
  let size = 0;
  for (const issue of issues) {
    const n = chars(issue);
    const last = groups.at(-1);
    if (last && last[0]!.year === issue.year && size + n <= max) {
      last.push(issue);
      size += n;
    } else {
      groups.push([issue]);
      size = n;
    }
  }
  return groups;
}

export function splitSearch(edition: Edition, records: IssueRecords, maxChars = BUNDLE_CHARS): SearchSplit | undefined {
  const latest = edition.latest;
  if (!latest) return undefined;
  const month = `${latest.year}/${latest.month}`;
  const isRecent = (i: SiteIssue) => `${i.year}/${i.month}` === month;
  const earlier = edition.issues.filter((i) => !isRecent(i));
  const groups = groupIssues(earlier, (i) => recordChars(records(i)), maxChars);
  return {
    month,
    recent: { dir: RECENT_BUNDLE, issues: edition.issues.filter(isRecent) },
    archive: groups.map((g) => ({ dir: `${ARCHIVE_BUNDLE}/${g[0]!.date}`, issues: g })),
    records,
  };
}
