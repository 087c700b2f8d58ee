// The format layer as filters for Nunjucks, Liquid and JavaScript templates,
// and the site's own helpers the layouts use.
import { creditText, headlineUnits, mailto, pageCredits, pageLabel, zhDate, zhPunct } from "./format.ts";
import type { ZhDateStyle, ZhDateOptions, PageLabelStyle, CreditStyle } from "./format.ts";
import type { Credit, Footer } from "../model.ts";
import type { SiteArticle } from "./edition.ts";
import { newsArticle, scriptJson } from "./jsonld.ts";
import type { ResolvedOptions } from "./options.ts";
import { atomDate, siteHref } from "./urls.ts";

/** The part of Eleventy's config the filters need. */
export interface FilterHost {
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  on(event: string, fn: () => unknown): void;
}

/**
 * Print text for display: without the print's U+3000 indent (CSS indents),
 * with display punctuation when the `punctuation` option is on. Each text is
 * shown at least twice (printed page and article page), so it is worked out
 * once per build; `clear` forgets them when the next build starts.
 */
export function displayTexts(punctuation: boolean): { text: (raw: string) => string; clear: () => void } {
  const displayed = new Map<string, string>();
  return {
    text(text: string): string {
      const raw = String(text ?? "");
      let out = displayed.get(raw);
      if (out === undefined) {
        const t = raw.replace(/^[\u3000 ]+/, "");
        displayed.set(raw, (out = punctuation ? zhPunct(t) : t));
      }
      return out;
    },
    clear: () => displayed.clear(),
  };
}

/**
 * `fn`, remembering its last results (between `size` and twice as many):
 * a printed page and then each of its articles show the same headlines
 * (their navigator), one page after another. Bounded, unlike the display
 * texts: kept for the whole build, every headline's HTML would be one more
 * copy of the archive's headlines.
 */
export function recent<V>(fn: (key: string) => V, size: number): (key: string) => V {
  let now = new Map<string, V>();
  let before = new Map<string, V>();
  return (key) => {
    let value = now.get(key);
    if (value === undefined) {
      now.set(key, (value = before.get(key) ?? fn(key)));
      if (now.size >= size) [before, now] = [now, new Map()];
    }
    return value;
  };
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** A headline as HTML: escaped, with <wbr> where it may break (between words, not beside a space). */
export function headlineHtml(text: string): string {
  const units = headlineUnits(text);
  return units.map((u, i) => (i > 0 && !/\s$/u.test(units[i - 1]!) && !/^\s/u.test(u) ? "<wbr>" : "") + escapeHtml(u)).join("");
}

/** Text as a CSS string literal (for a print running head): quoted, nothing in it can close the string or the <style>. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

/**
 * Registers the filters. `prefix` gives Eleventy's pathPrefix as it is when
 * a filter runs (a site may set it after adding the plugin).
 */
export function addFilters(config: FilterHost, opts: ResolvedOptions, prefix: () => string, display: (raw: string) => string): void {
  // Every page shows its date (the masthead's lunar date is the costly part):
  // each date and style is worked out once per process.
  const dates = new Map<string, string>();
  config.addFilter("zhDate", (date: string, style?: ZhDateStyle, options?: ZhDateOptions) => {
    const key = `${date}|${style ?? ""}|${options ? JSON.stringify(options) : ""}`;
    let out = dates.get(key);
    if (out === undefined) dates.set(key, (out = zhDate(date, style, options)));
    return out;
  });
  config.addFilter("pageLabel", (n: number | string, style?: PageLabelStyle) => pageLabel(n, style));
  config.addFilter("zhPunct", (text: string) => zhPunct(String(text ?? "")));
  config.addFilter("mailto", (email: string) => mailto(email));
  config.addFilter("creditText", (credit: Credit, style?: CreditStyle) => (credit ? creditText(credit, style) : ""));
  config.addFilter("pageCredits", (footer: Footer) => (footer ? pageCredits(footer) : ""));

  const url = (pathname: string): string => siteHref(String(pathname), prefix(), opts.siteUrl);
  config.addFilter("banmianText", display);
  /** Display text as a headline's HTML: pipe into `safe`. */
  const headline = recent((raw) => headlineHtml(display(raw)), 256);
  config.addFilter("banmianHeadline", (raw: string) => headline(String(raw ?? "")));
  config.addFilter("banmianCssString", (text: string) => cssString(String(text ?? "")));
  /** A site path as a full URL (siteUrl and pathPrefix), for feeds, sitemaps, canonical links. */
  config.addFilter("banmianUrl", url);
  /** In HTML: the full URL with siteUrl, else the bare path (the <base> plugin adds pathPrefix to HTML links). */
  config.addFilter("banmianHref", (pathname: string) => (opts.siteUrl ? url(pathname) : String(pathname)));
  /** A site path with pathPrefix, for what the <base> plugin does not see (text, _redirects). */
  config.addFilter("banmianPath", (pathname: string) => siteHref(String(pathname), prefix()));
  config.addFilter("banmianAtomDate", (date: string) => atomDate(date));
  config.addFilter("banmianJsonLd", (article: SiteArticle) => scriptJson(newsArticle(article, url)));
}
