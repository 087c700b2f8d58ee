// URLs that never move. The ledger lists every page and article URL the site
// has published; a new reading of the pages is matched to it, so that an
// article keeps the URL it was published at (its number on the page may then
// differ from its place in print order). An article found on another page,
// or merged into another, leaves its old URL as a redirect; an article found
// nowhere leaves a page saying it was withdrawn. Pure: ledger-file.ts reads
// and writes the ledger's files.
import crypto from "node:crypto";
import type { Article } from "../model.ts";
import { linkPage } from "./site-page.ts";
import type { Edition, Forward, LedgerRow, SiteArticle, SitePage } from "./edition-model.ts";
import { articleText, pageText } from "./downloads.ts";

/** How many letters and digits of an article's text identify it beside its headline. */
const OPENING = 20;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isAsciiLetterOrDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
/** CJK Unified Ideographs: letters all (Lo). */
const isIdeograph = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/**
 * The letters and digits of `text` (what `\p{L}` and `\p{N}` match), in
 * order. Every build reads every page's and article's text through this: a
 * loop that decides ideographs and ASCII without a regular expression is
 * ~4× faster on page text than one (~100 against ~26 million characters a
 * second), and copies runs, not characters.
 */
export function letters(text: string): string {
  let out = "";
  let run = -1;
  for (let i = 0; i < text.length;) {
    const c = text.codePointAt(i)!;
    const keep = c < 0x80 ? isAsciiLetterOrDigit(c) : isIdeograph(c) || LETTER_OR_DIGIT.test(String.fromCodePoint(c));
    if (keep && run < 0) run = i;
    else if (!keep && run >= 0) {
      out += text.slice(run, i);
      run = -1;
    }
    i += c > 0xffff ? 2 : 1;
  }
  return run >= 0 ? out + text.slice(run) : out;
}

const bodyOf = (a: Article): string => letters(a.body.map((b) => b.text).join(""));

const hash = (text: string): string => crypto.createHash("sha1").update(text).digest("hex").slice(0, 12);

/** What the ledger knows an article by: its text's hash, its headline's letters, its opening letters. */
interface ArticlePrint {
  text: string;
  headline: string;
  opening: string;
}

function articlePrint(a: Article): ArticlePrint {
  // Copied out, not sliced: the ledger lasts the whole build, and a slice would keep all of the article's letters alive with it.
  const opening = Array.from(bodyOf(a).slice(0, OPENING)).join("");
  return { text: hash(letters(articleText(a))), headline: letters(a.headline ?? ""), opening };
}

/** `fn` worked out once for each key: matching tries every article of a page against every row of it. */
function once<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = fn(key)));
    return value;
  };
}

/** What the ledger remembers of a page: its text's hash and size. */
function pageFingerprint(p: SitePage): { text: string; size: number } {
  const all = letters(pageText(p.model));
  return { text: hash(all), size: all.length };
}

/** `/2021/10/14/03/2/` → [`/2021/10/14/03/`, 2]. */
export function splitArticleUrl(url: string): [string, number] {
  const m = /^(.*\/)(\d+)\/$/.exec(url);
  return m ? [m[1]!, Number(m[2])] : [url, 0];
}

/** Where the `/`-separated segment of `url` that starts at `from` ends. */
const segmentEnd = (url: string, from: number): number => {
  const end = url.indexOf("/", from);
  return end < 0 ? url.length : end;
};

const isDigits = (s: string, from: number, to: number): boolean => {
  if (from === to) return false;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) < 0x30 || s.charCodeAt(i) > 0x39) return false;
  return true;
};

/** `s[from, to)` without its leading zeros, as a range. */
const skipZeros = (s: string, from: number, to: number): number => {
  while (from < to - 1 && s.charCodeAt(from) === 0x30) from++;
  return from;
};

/** The order of two ranges of code units, as `<` orders strings. */
function compareRanges(a: string, as: number, ae: number, b: string, bs: number, be: number): number {
  for (let i = 0; i < Math.min(ae - as, be - bs); i++) {
    const d = a.charCodeAt(as + i) - b.charCodeAt(bs + i);
    if (d) return d;
  }
  return (ae - as) - (be - bs);
}

/**
 * URLs in the order of the edition: by date and page, articles by number,
 * segment by segment (a missing or empty segment first, numbers by value,
 * the rest as strings). Sorting the ledger (350,000 rows at 100,000 printed
 * pages) calls this millions of times, so it reads the segments in place
 * instead of splitting both URLs each time.
 */
export function compareUrls(a: string, b: string): number {
  let i = 0;
  let j = 0;
  // Past the last segment, a URL reads as empty segments: `i > a.length`.
  while (i <= a.length || j <= b.length) {
    const ae = i <= a.length ? segmentEnd(a, i) : i;
    const be = j <= b.length ? segmentEnd(b, j) : j;
    const d = compareRanges(a, i, ae, b, j, be);
    if (d !== 0) {
      if (ae === i || be === j) return ae === i ? -1 : 1;
      if (isDigits(a, i, ae) && isDigits(b, j, be)) {
        const x = skipZeros(a, i, ae);
        const y = skipZeros(b, j, be);
        // The longer number is the larger, once leading zeros are gone; else the first digit that differs.
        return (ae - x) - (be - y) || compareRanges(a, x, ae, b, y, be);
      }
      return d < 0 ? -1 : 1;
    }
    i = ae + 1;
    j = be + 1;
  }
  return 0;
}

/**
 * Numbers `a` `slot`; says whether that changed it. Most articles keep the
 * number they were read with, and their strings are left as they are: new
 * ones for hundreds of thousands of articles would replace ones held since
 * the reading, in the old generation.
 */
function setSlot(a: SiteArticle, slot: number, articlePages: boolean): boolean {
  const url = articlePages ? `${a.pageUrl}${slot}/` : `${a.pageUrl}#a${slot}`;
  if (a.slot === slot && a.url === url) return false;
  a.slot = slot;
  a.id = `a${slot}`;
  a.url = url;
  return true;
}

export interface LedgerResult {
  /** The ledger after this reading: what a build writes back. */
  rows: LedgerRow[];
  /** Old URLs whose article moved or was withdrawn. */
  forwards: Forward[];
  /** The pages whose text changed since the ledger was last written (their last build or `check --fix`). */
  changes: PageChange[];
}

/**
 * Gives every article of `ed` the URL the ledger knows it by (renumbering
 * `slot`, `id` and `url`), new articles the first number their page never
 * published, and returns the ledger to keep and the pages whose text
 * changed since it was written.
 */
export function applyLedger(ed: Edition, old: LedgerRow[], articlePages = true): LedgerResult {
  // Rows are never changed in place: one that changes is replaced in this map, so the old ones are kept as they are.
  const rows = new Map<string, LedgerRow>();
  for (const r of old) rows.set(r.url, r);
  const articleRows = old.filter((r) => r.kind === "article");
  const onPage = Map.groupBy(articleRows, (r) => splitArticleUrl(r.url)[0]);
  const matched = new Set<string>();
  const pinned = new Set<SiteArticle>();
  /** Pages with an article numbered anew: their links and drawing are made again. */
  const renumbered = new Set<SitePage>();
  const print = once(articlePrint);
  const rowHeadline = once((r: LedgerRow) => letters(r.headline ?? ""));

  // 1. On its own page: the same headline and opening, else the same opening (a headline read anew).
  const tests: ((r: LedgerRow, a: SiteArticle) => boolean)[] = [
    (r, a) => rowHeadline(r) === print(a).headline && r.opening === print(a).opening,
    (r, a) => Boolean(r.opening) && r.opening === print(a).opening,
  ];
  for (const test of tests) {
    for (const p of ed.pages) {
      // Live rows first: a withdrawn article that returns takes its URL back only if no live one claims the match.
      const candidates = [...(onPage.get(p.url) ?? [])].sort((x, y) => Number(x.state !== "live") - Number(y.state !== "live"));
      for (const a of p.articles) {
        if (pinned.has(a)) continue;
        const row = candidates.find((r) => !matched.has(r.url) && test(r, a));
        if (!row) continue;
        matched.add(row.url);
        pinned.add(a);
        if (setSlot(a, splitArticleUrl(row.url)[1], articlePages)) renumbered.add(p);
      }
    }
  }
  // 2. New articles: the first number their page has not published.
  for (const p of ed.pages) {
    const taken = new Set([...(onPage.get(p.url) ?? []).map((r) => splitArticleUrl(r.url)[1]), ...p.articles.filter((a) => pinned.has(a)).map((a) => a.slot)]);
    let next = 1;
    for (const a of p.articles) {
      if (pinned.has(a)) continue;
      while (taken.has(next)) next++;
      taken.add(next);
      if (setSlot(a, next, articlePages)) renumbered.add(p);
    }
    // The neighbours' links and the page's drawing name the URLs kept.
    if (renumbered.has(p)) linkPage(p);
  }
  // The new articles by their text, to find a published one that moved to another page.
  const newByText = new Map<string, SiteArticle>();
  const changes: PageChange[] = [];
  for (const p of ed.pages) {
    for (const a of p.articles) {
      const { text, opening } = print(a);
      rows.set(a.url, { url: a.url, kind: "article", state: "live", text, headline: (a.headline ?? "").replace(/\s+/gu, " ").trim(), opening });
      if (!pinned.has(a) && !newByText.has(text)) newByText.set(text, a);
    }
    // The page's text against the ledger's, in the same pass: its letters are the costly part of the ledger.
    const before = rows.get(p.url);
    const now = pageFingerprint(p);
    const corrections = p.model.corrections?.length ?? 0;
    if (before?.kind === "page" && before.text && before.text !== now.text) {
      changes.push({ page: p, unannounced: corrections <= (before.corrections ?? 0), before: before.size ?? 0, after: now.size });
    }
    rows.set(p.url, { url: p.url, kind: "page", state: "live", ...now, corrections });
  }
  // 3. Published articles no page holds under their URL now: moved (the same text on another page, or
  //    its opening inside an article of its page: a merge), else withdrawn. Headline and opening alone
  //    are not enough across pages: a paper prints the same dateline paragraph under the same headline
  //    on more than one page.
  const live = new Set<string>();
  for (const part of [ed.articles, ed.pages, ed.issues]) for (const { url } of part) live.add(url);
  for (const r of old) {
    // A page no file holds now: withdrawn, its articles with it.
    if (r.kind === "page" && !live.has(r.url)) rows.set(r.url, { ...rows.get(r.url)!, state: "withdrawn" });
  }
  const pages = new Map(ed.pages.map((p) => [p.url, p] as const));
  for (const r of articleRows) {
    const row = rows.get(r.url)!;
    if (matched.has(r.url) || live.has(r.url) || row.state !== "live") continue;
    const [page] = splitArticleUrl(r.url);
    const moved = (r.text ? newByText.get(r.text) : undefined)
      ?? (r.opening ? pages.get(page)?.articles.find((a) => bodyOf(a).includes(r.opening!)) : undefined);
    rows.set(r.url, moved ? { ...row, state: "moved", to: moved.url } : { ...row, state: "withdrawn" });
  }
  // Every live row is made above from the edition. The others are the old ledger's, whose strings are slices of their
  // file's text, and a slice keeps its whole text alive (V8): a few withdrawn rows a year held the whole ledger's
  // text through the build (52 MiB at 100,000 pages for one a year). They get strings of their own.
  const all = [...rows.values()].map((r) => (r.state === "live" ? r : JSON.parse(JSON.stringify(r)) as LedgerRow)).sort((a, b) => compareUrls(a.url, b.url));
  return { rows: all, forwards: forwardsOf(all, live).sort((a, b) => compareUrls(a.url, b.url)), changes };
}

/** The redirects and withdrawn pages of the ledger; a moved article's target followed to where it is now. */
function forwardsOf(rows: LedgerRow[], live: Set<string>): Forward[] {
  const movedTo = new Map<string, string | undefined>();
  for (const r of rows) if (r.state === "moved") movedTo.set(r.url, r.to);
  const out: Forward[] = [];
  const issues = new Set<string>();
  for (const r of rows) {
    if (r.state === "live" || live.has(r.url)) continue;
    if (r.kind === "page") {
      const issue = r.url.slice(0, "/YYYY/MM/DD/".length);
      out.push({ url: r.url, kind: "page", pageUrl: issue, slot: 0, headline: "" });
      // An issue with none of its pages left answers too.
      if (!live.has(issue) && !issues.has(issue)) out.push({ url: issue, kind: "issue", pageUrl: "/", slot: 0, headline: "" });
      issues.add(issue);
      continue;
    }
    let to = r.to;
    // A chain of moves ends at the URL that shows the article now (or at a withdrawn one).
    for (let hops = 0; to && !live.has(to) && hops < rows.length; hops++) to = movedTo.get(to);
    const [pageUrl, slot] = splitArticleUrl(r.url);
    out.push({ url: r.url, kind: "article", pageUrl, slot, headline: r.headline ?? "", ...(to ? { to } : {}) });
  }
  return out;
}

/** A page whose text differs from what the ledger says was published. */
export interface PageChange {
  page: SitePage;
  /** No correction was added since: the change is unannounced. */
  unannounced: boolean;
  /** Letters and digits then and now. */
  before: number;
  after: number;
}

/** The warning an unannounced change gets, in check and in the build. */
export const unannouncedMessage = (ledgerDir: string): string =>
  `the text of this page changed since it was published (${ledgerDir}/ says so), and no correction was added: add a \`corrections:\` entry saying what changed, or restore the text`;
