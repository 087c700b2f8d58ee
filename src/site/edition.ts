// The edition: every PageModel of the site, gathered into issues, pages,
// articles and photos with their URLs. Plain data built by plain functions;
// the plugin only hands it to Eleventy. Nothing here renders HTML.
import type { Article, Item, PageModel, Photo } from "../model.ts";
import { BanmianError } from "../errors.ts";
import type { SiteCorrection } from "./corrections.ts";
import type { Forward, LedgerRow } from "./ledger.ts";
import { undatedPages, undatedReason } from "./undated.ts";
import { pageBlocks, type NavBlock } from "./navigator.ts";

/** One page file as read from disk: where it is, its front matter's own fields, its reading. */
export interface SourcePage {
  /** The file as an editor names it, e.g. `pages/2021-10-14/03.md`. */
  file: string;
  model: PageModel;
}

export interface Link {
  url: string;
  label: string;
}

export interface ImageSource {
  type: string;
  srcset: string;
}

/** A photo rendered by eleventy-img: what a `<picture>` needs. */
export interface ImageInfo {
  src: string;
  width: number;
  height: number;
  sources: ImageSource[];
  /** The largest rendering in the fallback format: what "enlarge" opens, and the share image. */
  large: string;
}

export interface SitePhoto extends Photo {
  /** 1-based among the page's photos. */
  n: number;
  id: string;
  /** The file in the photos folder this photo shows, if the page names one. */
  file?: string;
  image?: ImageInfo;
  /** The first photo of a page loads eagerly, the rest lazily. */
  eager: boolean;
}

export interface SiteArticle extends Article {
  /** 1-based among the page's articles, in print order. */
  n: number;
  /** The number in its URL (`/03/2/` → 2): n, unless the URL ledger keeps an older one (ledger.ts). */
  slot: number;
  id: string;
  /** The article's own page, or its anchor on the printed page when articlePages is off. */
  url: string;
  pageUrl: string;
  issueUrl: string;
  paper: string;
  date: string;
  page: number;
  pageLabel: string;
  pageName?: string;
  file: string;
  /** The headline, else the kicker, else the start of the text: a title for lists and feeds. */
  title: string;
  /** The first paragraph, for feeds and descriptions. */
  lead: string;
  /** Stops mid-text with no 下转 line of its own: show （未完）. */
  unfinished: boolean;
  /** The page's first photo URL (for Open Graph), if any. */
  ogImage?: string;
  /** The articles before and after it on its printed page. */
  prev?: Link;
  next?: Link;
  /** Its printed page drawn from the text (shared with the page). */
  blocks: NavBlock[];
  /** The corrections that name it, and the date of the latest (corrections.ts). */
  corrections?: SiteCorrection[];
  modified?: string;
}

export type SiteItem = SiteArticle | SitePhoto;

export interface SitePage {
  file: string;
  /** The reading this page was built from (for the downloads). */
  model: PageModel;
  paper: string;
  date: string;
  page: number;
  /** Two digits: "03". */
  nn: string;
  pageName?: string;
  url: string;
  issueUrl: string;
  items: SiteItem[];
  articles: SiteArticle[];
  photos: SitePhoto[];
  footer: PageModel["footer"];
  note?: string;
  /** The note as Markdown rendered (HTML in the note is shown as text), set once the edition is loaded. */
  noteHtml?: string;
  warnings: PageModel["warnings"];
  prev?: PageLink;
  next?: PageLink;
  /** Every page of the issue, this one included. */
  siblings: PageLink[];
  /** The page drawn from its text: see navigator.ts. */
  blocks: NavBlock[];
  /** A scan of the printed page (front matter `scan:`), a file in the photos folder, and its renderings. */
  scan?: string;
  scanImage?: ImageInfo;
  /** Its corrections, and the date of the latest (corrections.ts). */
  corrections?: SiteCorrection[];
  modified?: string;
}

export interface PageLink {
  url: string;
  page: number;
  nn: string;
  pageName?: string;
}

export interface SiteIssue {
  paper: string;
  date: string;
  year: string;
  month: string;
  day: string;
  url: string;
  pages: SitePage[];
  prev?: { url: string; date: string };
  next?: { url: string; date: string };
  /** The date of its latest correction. */
  modified?: string;
}

export interface CalendarDay {
  day: number;
  url?: string;
}

export interface ArchiveMonth {
  year: string;
  month: string;
  count: number;
  /** Anchor on the year page. */
  url: string;
  id: string;
  /** Weeks Monday first; null pads days outside the month. */
  weeks: (CalendarDay | null)[][];
}

export interface ArchiveYear {
  year: string;
  url: string;
  count: number;
  months: ArchiveMonth[];
  issues: SiteIssue[];
}

export interface Edition {
  paper: string;
  issues: SiteIssue[];
  pages: SitePage[];
  articles: SiteArticle[];
  photos: SitePhoto[];
  latest?: SiteIssue;
  years: ArchiveYear[];
  /** Pages with no date or number, built apart with `undated: "section"` (undated.ts). */
  undated?: SitePage[];
  /** Every correction, newest first (corrections.ts). */
  corrections?: SiteCorrection[];
  /** The URL ledger after this reading, and the old URLs it forwards (ledger.ts). */
  ledger?: LedgerRow[];
  forwards?: Forward[];
}

export interface EditionOptions {
  paper?: string;
  articlePages: boolean;
  /** Pages with no date or number: stop the build ("error", the default) or build them at /undated/ ("section"). */
  undated?: "error" | "section";
}

export const issueUrl = (date: string): string => `/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/`;
export const twoDigits = (n: number): string => String(n).padStart(2, "0");

function firstText(article: Article): string {
  return article.body.find((b) => b.kind === "paragraph")?.text ?? article.body[0]?.text ?? "";
}

function titleOf(article: Article): string {
  const t = article.headline ?? article.kicker ?? article.subtitle;
  if (t) return t;
  const text = firstText(article);
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** Weeks of a month, Monday first. */
export function monthWeeks(year: number, month: number, urls: Map<number, string>): (CalendarDay | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const first = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const cells: (CalendarDay | null)[] = Array.from({ length: first }, () => null);
  for (let d = 1; d <= days; d++) cells.push(urls.has(d) ? { day: d, url: urls.get(d) } : { day: d });
  while (cells.length % 7) cells.push(null);
  const weeks: (CalendarDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Where a page is in the edition: its issue's date, its number, its URL and its issue's (or section's). */
export interface PagePlace {
  date: string;
  page: number;
  url: string;
  issueUrl: string;
  label: string;
}

/** A page of the edition with its articles and photos, at `place`; articles get pages of their own when `articlePages`. */
export function sitePage({ file, model }: SourcePage, place: PagePlace, opts: EditionOptions): SitePage {
  const { date, page: pageNo, url, issueUrl: iUrl, label } = place;
  const paper = model.paper ?? opts.paper ?? "版面";
  const items: SiteItem[] = [];
  const articles: SiteArticle[] = [];
  const photos: SitePhoto[] = [];
  const page: SitePage = {
    file, model, paper, date, page: pageNo, nn: twoDigits(pageNo), pageName: model.pageName, url, issueUrl: iUrl,
    items, articles, photos, footer: model.footer, note: model.note, warnings: model.warnings, siblings: [], blocks: [], ...(model.scan ? { scan: model.scan } : {}),
  };
  for (const item of model.items as Item[]) {
    if (item.kind === "article") {
      const n = articles.length + 1;
      const a: SiteArticle = {
        ...item, n, slot: n, id: `a${n}`,
        url: opts.articlePages ? `${url}${n}/` : `${url}#a${n}`,
        pageUrl: url, issueUrl: iUrl, paper, date, page: pageNo, pageLabel: label,
        pageName: model.pageName, file, title: titleOf(item), lead: firstText(item),
        unfinished: Boolean(item.continued) && !(item.jumps ?? []).some((j) => j.direction === "to"),
        blocks: [],
      };
      articles.push(a);
      items.push(a);
    } else {
      const n = photos.length + 1;
      // The parse layer matched the front matter's photos: to the captions, in order.
      const p: SitePhoto = { ...item, n, id: `p${n}`, eager: n === 1, ...(item.src ? { file: item.src } : {}) };
      photos.push(p);
      items.push(p);
    }
  }
  linkPage(page);
  return page;
}

/** The articles' links to their neighbours and the page's drawing: made again when the URL ledger renumbers the articles. */
export function linkPage(page: SitePage): void {
  const { articles } = page;
  articles.forEach((a, j) => {
    const [before, after] = [articles[j - 1], articles[j + 1]];
    if (before) a.prev = { url: before.url, label: before.title };
    if (after) a.next = { url: after.url, label: after.title };
  });
  page.blocks = pageBlocks(page);
  for (const a of articles) a.blocks = page.blocks;
}

/**
 * Gathers page readings into the edition. A page with no date or page
 * number, or a second file for one page, is refused with a BanmianError
 * naming the file: thrown, or handed to `refuse` (which `banmian check`
 * uses to report them all), the page then left out.
 * `pageLabel` renders a page number for titles (e.g. 第3版).
 */
export function buildEdition(
  sources: SourcePage[], opts: EditionOptions, pageLabel: (n: number) => string,
  refuse: (error: BanmianError) => void = (error) => { throw error; },
): Edition {
  const byKey = new Map<string, SitePage>();
  const undated: SourcePage[] = [];
  for (const src of sources) {
    const { model, file } = src;
    const refused = (message: string): void => refuse(new BanmianError(message, { file, line: model.lines?.from }));
    if (opts.undated === "section" && undatedReason(model)) {
      undated.push(src);
      continue;
    }
    if (!model.date || !/^\d{4}-\d{2}-\d{2}$/.test(model.date)) {
      refused(`${file} has no issue date: add \`date: YYYY-MM-DD\` to its front matter, or put it in a folder named like pages/2021-10-14/`);
      continue;
    }
    if (!model.page || !Number.isInteger(model.page) || model.page < 1) {
      refused(`${file} has no page number: add \`page: 3\` to its front matter, or name the file like 03.md`);
      continue;
    }
    const key = `${model.date}/${model.page}`;
    const other = byKey.get(key);
    if (other) {
      refused(`${file} holds page ${model.page} of ${model.date}, and so does ${other.file}: each printed page must come from one file`);
      continue;
    }
    const iUrl = issueUrl(model.date);
    const place = { date: model.date, page: model.page, url: `${iUrl}${twoDigits(model.page)}/`, issueUrl: iUrl, label: pageLabel(model.page) };
    byKey.set(key, sitePage(src, place, opts));
  }

  const pages = [...byKey.values()].sort((a, b) => a.date.localeCompare(b.date) || a.page - b.page);
  const issues: SiteIssue[] = [];
  for (const p of pages) {
    let issue = issues.at(-1);
    if (!issue || issue.date !== p.date) {
      issue = {
        paper: p.paper, date: p.date, year: p.date.slice(0, 4), month: p.date.slice(5, 7), day: p.date.slice(8, 10),
        url: p.issueUrl, pages: [],
      };
      issues.push(issue);
    }
    issue.pages.push(p);
  }
  issues.forEach((issue, i) => {
    const prev = issues[i - 1];
    const next = issues[i + 1];
    if (prev) issue.prev = { url: prev.url, date: prev.date };
    if (next) issue.next = { url: next.url, date: next.date };
    const links: PageLink[] = issue.pages.map((p) => ({ url: p.url, page: p.page, nn: p.nn, pageName: p.pageName }));
    issue.pages.forEach((p, j) => {
      p.siblings = links;
      if (links[j - 1]) p.prev = links[j - 1];
      if (links[j + 1]) p.next = links[j + 1];
    });
  });

  // Archive: years, months, calendars; only months that hold issues.
  const years: ArchiveYear[] = [];
  for (const issue of issues) {
    let y = years.at(-1);
    if (!y || y.year !== issue.year) {
      y = { year: issue.year, url: `/archive/${issue.year}/`, count: 0, months: [], issues: [] };
      years.push(y);
    }
    y.count++;
    y.issues.push(issue);
    let m = y.months.at(-1);
    if (!m || m.month !== issue.month) {
      m = { year: issue.year, month: issue.month, count: 0, id: `m${issue.month}`, url: `/archive/${issue.year}/#m${issue.month}`, weeks: [] };
      y.months.push(m);
    }
    m.count++;
  }
  for (const y of years) {
    for (const m of y.months) {
      const urls = new Map<number, string>();
      for (const issue of y.issues) {
        if (issue.month === m.month) urls.set(Number(issue.day), issue.url);
      }
      m.weeks = monthWeeks(Number(y.year), Number(m.month), urls);
    }
  }

  const latest = issues.at(-1);
  return {
    paper: latest?.paper ?? opts.paper ?? "版面",
    issues,
    pages,
    articles: pages.flatMap((p) => p.articles),
    photos: pages.flatMap((p) => p.photos),
    latest,
    years,
    ...(undated.length ? { undated: undatedPages(undated, opts, pageLabel) } : {}),
  };
}
