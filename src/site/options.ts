// The plugin's options: typed, documented, merged with the defaults once and
// validated with errors that say how to fix them.
import { BanmianError } from "../errors.ts";

export type ImageFormat = "avif" | "webp" | "jpeg" | "png";

export interface BanmianOptions {
  /** Folder of page files (`**\/*.md`), relative to Eleventy's input folder. Default `"pages"`. */
  pages?: string;
  /** Folder of the photos the pages name in `photos:`, relative to the input folder. Default `"photos"`. */
  photos?: string;
  /** Paper name used when a page's front matter names none (masthead, titles, feed). */
  paper?: string;
  /** The site's origin, e.g. `"https://paper.example.cn"`: needed for absolute URLs in the feed, sitemap, robots.txt, canonical links and Open Graph tags. */
  siteUrl?: string;
  /** Give every article its own page at `/YYYY/MM/DD/NN/K/`. Default `true`. */
  articlePages?: boolean;
  /** Show the text with display punctuation (full-width `，：（）`) through `zhPunct`. Default `true`. */
  punctuation?: boolean;
  /** Widths (px) each photo is rendered at. Default `[480, 960, 1600]`. */
  imageWidths?: number[];
  /** Formats each photo is rendered in, best first. Default `["avif", "webp", "jpeg"]`. */
  imageFormats?: ImageFormat[];
  /** How many articles the Atom feed holds, newest first. Default `50`. */
  feedSize?: number;
  /** Index the written site with Pagefind after every build and create `/search/`. Default `true`. */
  search?: boolean;
  /**
   * Render only the issues whose page files or photos changed since the last
   * build into the same output folder (plus home, archive, feed, sitemaps and
   * the neighbouring issues), remembering content hashes in the output
   * folder's `.banmian-manifest.json`. The output equals a full build's.
   * Default `false`.
   */
  incremental?: boolean;
  /**
   * Folder (relative to the input folder) of the URL ledger, which keeps
   * every article at the URL it was first published at; `false`: articles
   * are numbered in print order each build. Default `"ledger"`.
   */
  ledger?: string | false;
  /**
   * Write each page's, article's and issue's text and reading beside it
   * (page.txt, page.json, article.txt, article.json, issue.txt, issue.json)
   * and link them (下载文字版). About doubles the edition's files. Default `true`.
   */
  downloads?: boolean;
  /**
   * A page file with no date or page number stops the build (`"error"`), or
   * is built at `/undated/` with a warning (`"section"`): for supplements and
   * undated extras. Default `"error"`.
   */
  undated?: "error" | "section";
  /**
   * A page file with less than half the text it had at the last build (cut
   * by a failed copy?): `"warn"` says so with both counts, `"error"` stops
   * the build (for nightly runs that publish unattended). Default `"warn"`.
   */
  shrinkage?: "warn" | "error";
  /**
   * Build only these years' issues (their pages, articles, photos and search
   * bundles) besides the files every build writes alike (home, archive,
   * feed, sitemaps): one job of a build split by year, whose output folders
   * `mergeSites` joins into the whole site (docs/scale.md). Default: every year.
   */
  years?: (number | string)[];
}

export interface ResolvedOptions {
  pages: string;
  photos: string;
  paper?: string;
  siteUrl?: string;
  articlePages: boolean;
  punctuation: boolean;
  imageWidths: number[];
  imageFormats: ImageFormat[];
  feedSize: number;
  search: boolean;
  incremental: boolean;
  ledger: string | false;
  downloads: boolean;
  undated: "error" | "section";
  shrinkage: "warn" | "error";
  /** Sorted, as `YYYY`; undefined builds every year. */
  years?: string[];
}

export const defaults: ResolvedOptions = Object.freeze({
  pages: "pages",
  photos: "photos",
  articlePages: true,
  punctuation: true,
  imageWidths: [480, 960, 1600],
  imageFormats: ["avif", "webp", "jpeg"] as ImageFormat[],
  feedSize: 50,
  search: true,
  incremental: false,
  ledger: "ledger",
  downloads: true,
  undated: "error",
  shrinkage: "warn",
});

const FORMATS: readonly string[] = ["avif", "webp", "jpeg", "png"];
const KNOWN = new Set([
  "pages", "photos", "paper", "siteUrl", "articlePages", "punctuation",
  "imageWidths", "imageFormats", "feedSize", "search", "incremental", "ledger", "downloads", "undated", "shrinkage", "years",
]);

function fail(message: string): never {
  throw new BanmianError(message);
}

/** Merges `options` over the defaults and checks every value. */
export function resolveOptions(options: unknown = {}): ResolvedOptions {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    fail("options must be an object, e.g. addPlugin(banmian, { paper: \"四平日报\" })");
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (key === "pathPrefix") {
      fail("option `pathPrefix` is Eleventy's own: set `pathPrefix` in your Eleventy config (or run `eleventy --pathprefix=/paper/`), not in banmian's options");
    }
    if (!KNOWN.has(key)) {
      fail(`unknown option \`${key}\`; the options are ${[...KNOWN].map((k) => `\`${k}\``).join(", ")}`);
    }
  }
  const r: ResolvedOptions = {
    ...defaults,
    imageWidths: [...defaults.imageWidths],
    imageFormats: [...defaults.imageFormats],
  };
  for (const key of ["pages", "photos"] as const) {
    const v = o[key];
    if (v === undefined) continue;
    if (typeof v !== "string" || v.trim() === "" || v.includes("*")) {
      fail(`option \`${key}\` must be a folder name like "${defaults[key]}"`);
    }
    r[key] = v;
  }
  if (o.ledger !== undefined) {
    if (o.ledger !== false && (typeof o.ledger !== "string" || o.ledger.trim() === "" || o.ledger.includes("*"))) {
      fail("option `ledger` must be a folder name like \"ledger\", or false for no URL ledger");
    }
    r.ledger = o.ledger as string | false;
  }
  if (o.undated !== undefined) {
    if (o.undated !== "error" && o.undated !== "section") fail("option `undated` must be \"error\" (a page with no date or number stops the build) or \"section\" (it is built at /undated/)");
    r.undated = o.undated;
  }
  if (o.paper !== undefined) {
    if (typeof o.paper !== "string" || o.paper.trim() === "") fail("option `paper` must be the paper's name, like \"四平日报\"");
    r.paper = o.paper.trim();
  }
  if (o.siteUrl !== undefined) {
    let url: URL | undefined;
    try { url = typeof o.siteUrl === "string" ? new URL(o.siteUrl) : undefined; } catch { url = undefined; }
    if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
      fail("option `siteUrl` must be the site's origin, like \"https://paper.example.cn\" (a sub-path belongs in Eleventy's `pathPrefix`)");
    }
    r.siteUrl = url.origin;
  }
  for (const key of ["articlePages", "punctuation", "search", "incremental", "downloads"] as const) {
    const v = o[key];
    if (v === undefined) continue;
    if (typeof v !== "boolean") fail(`option \`${key}\` must be true or false`);
    r[key] = v;
  }
  if (o.imageWidths !== undefined) {
    const v = o.imageWidths;
    if (!Array.isArray(v) || v.length === 0 || !v.every((w) => Number.isInteger(w) && w > 0)) {
      fail("option `imageWidths` must be a list of widths in pixels, like [480, 960, 1600]");
    }
    r.imageWidths = [...new Set(v as number[])].sort((a, b) => a - b);
  }
  if (o.imageFormats !== undefined) {
    const v = o.imageFormats;
    if (!Array.isArray(v) || v.length === 0 || !v.every((f) => typeof f === "string" && FORMATS.includes(f))) {
      fail(`option \`imageFormats\` must be a list drawn from ${FORMATS.map((f) => `"${f}"`).join(", ")}, like ["avif", "webp", "jpeg"]`);
    }
    r.imageFormats = [...new Set(v as ImageFormat[])];
  }
  if (o.feedSize !== undefined) {
    if (!Number.isInteger(o.feedSize) || (o.feedSize as number) < 1) fail("option `feedSize` must be a whole number of articles, like 50");
    r.feedSize = o.feedSize as number;
  }
  if (o.shrinkage !== undefined) {
    if (o.shrinkage !== "warn" && o.shrinkage !== "error") fail('option `shrinkage` must be "warn" or "error"');
    r.shrinkage = o.shrinkage;
  }
  if (o.years !== undefined) {
    const v = o.years;
    if (!Array.isArray(v) || v.length === 0 || !v.every((y) => /^\d{4}$/.test(String(y)))) {
      fail("option `years` must be a list of years, like [1996, 1997]");
    }
    r.years = [...new Set((v as unknown[]).map(String))].sort();
  }
  return r;
}

/** Eleventy's pathPrefix, checked: "/" or "/paper/". */
export function checkPathPrefix(prefix: unknown): string {
  if (prefix === undefined || prefix === null || prefix === "") return "/";
  if (typeof prefix !== "string" || /\s|[?#]/.test(prefix)) {
    fail("option `pathPrefix` must be a string like \"/paper/\"");
  }
  let p = prefix;
  if (!p.startsWith("/")) p = `/${p}`;
  if (!p.endsWith("/")) p = `${p}/`;
  return p;
}
