// The edition's shape: the site's view of every page (issues, pages,
// articles and photos with their URLs, corrections and the URL ledger's
// rows), as plain types. Apart from the functions that build it
// (edition.ts, site-page.ts, corrections.ts, ledger.ts, navigator.ts), so
// that each of them imports the shape without importing another.
import type { Article, Correction, PageModel, Photo } from "../model.ts";

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

export interface SiteCorrection extends Correction {
  /** The page or article it concerns, and what to call it in a list. */
  url: string;
  title: string;
  pageUrl: string;
  page: number;
  /** The issue's date. */
  issueDate: string;
  file: string;
}

export type LedgerState = "live" | "moved" | "withdrawn";

export interface LedgerRow {
  url: string;
  kind: "page" | "article";
  state: LedgerState;
  /** Where a moved article went. */
  to?: string;
  /** A hash of the page's or article's letters and digits as last published. */
  text?: string;
  /** A page: how many letters and digits it had (a page that shrinks much was probably misread). */
  size?: number;
  /** A page: how many corrections it had. */
  corrections?: number;
  /** An article: its headline as printed (compared by letters and digits). */
  headline?: string;
  /** An article: the first letters and digits of its text. */
  opening?: string;
}

/** An old URL that no longer shows what it showed: where its article went, or that it was withdrawn. */
export interface Forward {
  url: string;
  /** An article's URL, or a page's or an issue's that the edition no longer has. */
  kind: "article" | "page" | "issue";
  /** The page it was on (an article), the issue (a page), the home page (an issue). */
  pageUrl: string;
  /** What it showed when it was published. */
  headline: string;
  /** moved: the URL that shows it now. */
  to?: string;
  /** An article's number on its page, for the corrections that name it (0: a page or an issue). */
  slot: number;
  /** Those corrections (corrections.ts). */
  corrections?: SiteCorrection[];
}

export interface NavBlock {
  /** The item's id on its page (a1, p1). */
  id: string;
  /** Where the block leads: the article's own page, or the photo on the printed page. */
  url: string;
  kind: "article" | "photo";
  label: string;
  /** Spans both columns of the schematic: the lead article and a photo printed above it. */
  wide: boolean;
  /** Height in rows of the schematic's grid. */
  rows: number;
}
