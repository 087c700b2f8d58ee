// banmian's Eleventy plugin: `eleventyConfig.addPlugin(banmian, options)`.
// It reads every page file once per build, hands the edition to Eleventy as
// global data, creates every page of the web edition as a virtual template
// and renders it with Nunjucks layouts a site can override from _includes.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BanmianError } from "../errors.ts";
import { creditText, mailto, pageCredits, pageLabel, zhDate, zhPunct } from "./format.ts";
import type { ZhDateStyle, ZhDateOptions, PageLabelStyle, CreditStyle } from "./format.ts";
import type { Credit, Footer } from "../parse/model.ts";
import { buildEdition, type Edition, type SiteArticle } from "./edition.ts";
import { checkPhotos, renderPhotos } from "./images.ts";
import { newsArticle, scriptJson } from "./jsonld.ts";
import { checkPathPrefix, resolveOptions, type BanmianOptions, type ResolvedOptions } from "./options.ts";
import { readPages } from "./read.ts";
import { ARCHIVE_BUNDLE, indexSite, photoRecords, splitSearch } from "./search.ts";
import {
  hashFolders, manifestFile, pageFileHashes, photoStamps, plan, readManifest, sha1, writeManifest, MANIFEST_VERSION,
  type Manifest, type Plan,
} from "./incremental.ts";

export type { BanmianOptions, ResolvedOptions } from "./options.ts";
export type { Edition, SiteArticle, SiteIssue, SitePage, SitePhoto } from "./edition.ts";

/**
 * The layouts folder, found from the package root so it works from
 * src/site/plugin.ts and from dist/site/plugin.js alike.
 */
export const layoutsDir = fileURLToPath(new URL("../../src/site/layouts/", import.meta.url));

const PACKAGE_NAME = "banmian";

/** The templates the plugin creates: virtual path → layout it includes and its data. */
function templates(opts: ResolvedOptions): { name: string; layout: string; data: Record<string, unknown> }[] {
  const list = [
    { name: "home", layout: "banmian-home.njk", data: { permalink: "/" } },
    {
      name: "issue", layout: "banmian-issue.njk",
      data: { pagination: { data: "banmian.render.issues", size: 1, alias: "issue", addAllPagesToCollections: false }, permalink: "{{ issue.url }}" },
    },
    {
      name: "page", layout: "banmian-page.njk",
      data: { pagination: { data: "banmian.render.pages", size: 1, alias: "p" }, permalink: "{{ p.url }}" },
    },
    { name: "archive", layout: "banmian-archive.njk", data: { permalink: "/archive/" } },
    {
      name: "archive-year", layout: "banmian-archive-year.njk",
      data: { pagination: { data: "banmian.years", size: 1, alias: "y" }, permalink: "{{ y.url }}" },
    },
    { name: "feed", layout: "banmian-feed.njk", data: { permalink: "/feed.xml" } },
    { name: "sitemap", layout: "banmian-sitemap.njk", data: { permalink: "/sitemap.xml" } },
    {
      name: "sitemap-year", layout: "banmian-sitemap-year.njk",
      data: { pagination: { data: "banmian.years", size: 1, alias: "y" }, permalink: "/sitemap-{{ y.year }}.xml" },
    },
    { name: "robots", layout: "banmian-robots.njk", data: { permalink: "/robots.txt" } },
    { name: "css", layout: "banmian.css", data: { permalink: "/banmian.css" } },
  ];
  if (opts.search) list.push({ name: "search", layout: "banmian-search.njk", data: { permalink: "/search/" } });
  if (opts.articlePages) {
    list.push({
      name: "article", layout: "banmian-article.njk",
      data: { pagination: { data: "banmian.render.articles", size: 1, alias: "article" }, permalink: "{{ article.url }}" },
    });
  }
  return list;
}

// Eleventy's config object is untyped JavaScript; these are the parts used here.
interface EleventyConfig {
  pathPrefix?: string;
  directories?: { input?: string; output?: string; includes?: string };
  ignores: Set<string>;
  addTemplate(path: string, content: string, data: Record<string, unknown>): void;
  addGlobalData(name: string, value: unknown): void;
  addCollection(name: string, fn: () => unknown): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  addWatchTarget(target: string): void;
  resolvePlugin(name: string): unknown;
  versionCheck?(range: string): void;
  on(event: string, fn: (arg: never) => unknown): void;
}

interface NunjucksEngineEvent {
  nunjucks: { FileSystemLoader: new (dirs: string[]) => unknown };
  environment: { loaders: unknown[] };
}

/** Path with Eleventy's pathPrefix, made absolute with siteUrl when there is one. */
export function siteHref(pathname: string, prefix: string, siteUrl?: string): string {
  const joined = `${prefix.replace(/\/$/, "")}/${pathname.replace(/^\//, "")}`;
  return siteUrl ? `${siteUrl}${joined}` : joined;
}

/** A civil date as an RFC 3339 timestamp: the issue's midnight, Beijing time. */
export function atomDate(date: string): string {
  return `${date}T00:00:00+08:00`;
}

export default function banmian(eleventyConfig: EleventyConfig, options: BanmianOptions = {}): void {
  if (typeof eleventyConfig?.addTemplate !== "function") {
    throw new BanmianError("banmian: this plugin needs Eleventy 3 or newer (eleventyConfig.addTemplate is missing): npm install @11ty/eleventy@3");
  }
  eleventyConfig.versionCheck?.(">=3.0.0");
  const opts = resolveOptions(options);
  const prefix = checkPathPrefix(eleventyConfig.pathPrefix);

  const inputDir = path.resolve(eleventyConfig.directories?.input ?? ".");
  const pagesDir = path.resolve(inputDir, opts.pages);
  const photosDir = path.resolve(inputDir, opts.photos);
  const display = (abs: string) => path.relative(process.cwd(), abs).split(path.sep).join("/");

  // The page files are data, never templates: Eleventy must not render them
  // (print text holding {{ or {% would be executed). Photos are copied by
  // eleventy-img only as rendered sizes.
  for (const dir of [pagesDir, photosDir]) {
    eleventyConfig.ignores.add(`${display(dir) || "."}/**`);
  }
  eleventyConfig.addWatchTarget(pagesDir);
  eleventyConfig.addWatchTarget(photosDir);

  // Links are written root-relative; the HTML <base> plugin adds pathPrefix.
  eleventyConfig.addPlugin(eleventyConfig.resolvePlugin("@11ty/eleventy/html-base-plugin"));

  // Layouts: the site's own _includes first, then the plugin's folder.
  eleventyConfig.on("eleventy.engine.njk", ({ nunjucks, environment }: NunjucksEngineEvent) => {
    const loader = new nunjucks.FileSystemLoader([layoutsDir]) as { cache?: Record<string, unknown> };
    loader.cache = {}; // what nunjucks' Environment gives the loaders it is built with
    environment.loaders.push(loader);
  });

  // One reading per build.
  let outputDir = path.resolve(eleventyConfig.directories?.output ?? "_site");
  let statsOnly = false;
  let current: Promise<Edition> | undefined;
  let buildStarted = 0;
  // Incremental builds: what this build renders, and the manifest it leaves.
  const cacheDir = path.resolve(inputDir, ".cache", "banmian");
  const includesDir = path.resolve(inputDir, eleventyConfig.directories?.includes ?? "_includes");
  const codeDir = fileURLToPath(new URL("../", import.meta.url));
  let building: { plan: Plan; manifest: Omit<Manifest, "home">; file: string; searchArchive: boolean } | undefined;
  let built: Edition | undefined;
  let render: { issues: Edition["issues"]; pages: Edition["pages"]; articles: Edition["articles"] } | undefined;
  eleventyConfig.on("eleventy.before", ({ directories, outputMode }: { directories?: { output?: string }; outputMode?: string }) => {
    current = undefined;
    building = undefined;
    built = undefined;
    render = undefined;
    buildStarted = Date.now();
    if (directories?.output) outputDir = path.resolve(directories.output);
    statsOnly = outputMode !== undefined && outputMode !== "fs";
  });
  const edition = (): Promise<Edition> => {
    current ??= (async () => {
      const sources = readPages(pagesDir, display);
      const ed = buildEdition(sources, opts, (n) => pageLabel(n));
      // What the reading was unsure of, where an editor can find it.
      for (const page of ed.pages) {
        for (const w of page.warnings ?? []) console.warn(`[banmian] ${page.file}:${w.line}: ${w.message}`);
      }
      await checkPhotos(ed, photosDir, display(photosDir) || ".");
      await renderPhotos(ed, {
        photosDir, outputDir, pathPrefix: "/", widths: opts.imageWidths, formats: opts.imageFormats, statsOnly,
      });
      for (const page of ed.pages) {
        const first = page.photos.find((p) => p.image);
        if (first?.image) for (const a of page.articles) a.ogImage = first.image.src;
      }
      built = ed;
      render = { issues: ed.issues, pages: ed.pages, articles: ed.articles };
      if (opts.incremental && !statsOnly) {
        const key = sha1(JSON.stringify([
          MANIFEST_VERSION, opts, checkPathPrefix(eleventyConfig.pathPrefix ?? prefix), opts.paper ?? ed.paper,
          hashFolders([codeDir, layoutsDir, includesDir]),
        ]));
        const month = ed.latest ? `${ed.latest.year}/${ed.latest.month}` : undefined;
        const manifest = {
          version: MANIFEST_VERSION, key, output: outputDir,
          files: pageFileHashes(ed, (f) => fs.readFileSync(path.resolve(f))),
          photos: photoStamps(ed, photosDir),
          searchMonth: month,
        };
        const file = manifestFile(cacheDir, outputDir);
        const home = path.join(outputDir, "index.html");
        const previous = readManifest(file);
        const p = plan(ed, previous, manifest, fs.existsSync(home) ? sha1(fs.readFileSync(home)) : undefined);
        // The archive's search bundle stays when only the latest month changed, and it is the month it was.
        const archiveKept = !p.full && previous?.searchMonth === month && [...p.clear].every((d) => d.slice(0, 7).replace("-", "/") === month) &&
          (ed.issues[0]?.date.slice(0, 7).replace("-", "/") === month || fs.existsSync(path.join(outputDir, ARCHIVE_BUNDLE)));
        building = { plan: p, manifest, file, searchArchive: !archiveKept };
        if (!p.full) {
          const issues = ed.issues.filter((i) => p.dates.has(i.date));
          const pages = issues.flatMap((i) => i.pages);
          render = { issues, pages, articles: pages.flatMap((pg) => pg.articles) };
        }
        console.log(`[banmian] ${p.full ? "full build" : "incremental build"}: ${p.reason}`);
      }
      return ed;
    })();
    return current;
  };

  eleventyConfig.addGlobalData("banmian", async () => {
    const ed = await edition();
    return {
      ...ed,
      /** What the paginated templates render: everything, or an incremental build's share. */
      render,
      site: {
        paper: opts.paper ?? ed.paper, siteUrl: opts.siteUrl, articlePages: opts.articlePages, punctuation: opts.punctuation, feedSize: opts.feedSize, search: opts.search,
        /** Whether /search/ merges the bundle of the issues before the latest month. */
        searchArchive: Boolean(ed.latest && ed.issues[0] && ed.issues[0].date.slice(0, 7) !== ed.latest.date.slice(0, 7)),
      },
    };
  });
  eleventyConfig.addCollection("banmianIssues", async () => (await edition()).issues);
  eleventyConfig.addCollection("banmianPages", async () => (await edition()).pages);
  eleventyConfig.addCollection("banmianArticles", async () => (await edition()).articles);
  eleventyConfig.addCollection("banmianPhotos", async () => (await edition()).photos);

  // The format layer, as filters for Nunjucks, Liquid and JavaScript templates.
  // Every page shows its date (the masthead's lunar date is the costly part):
  // each date and style is worked out once per process.
  const dates = new Map<string, string>();
  eleventyConfig.addFilter("zhDate", (date: string, style?: ZhDateStyle, options?: ZhDateOptions) => {
    const key = `${date}|${style ?? ""}|${options ? JSON.stringify(options) : ""}`;
    let out = dates.get(key);
    if (out === undefined) dates.set(key, (out = zhDate(date, style, options)));
    return out;
  });
  eleventyConfig.addFilter("pageLabel", (n: number | string, style?: PageLabelStyle) => pageLabel(n, style));
  eleventyConfig.addFilter("zhPunct", (text: string) => zhPunct(String(text ?? "")));
  eleventyConfig.addFilter("mailto", (email: string) => mailto(email));
  eleventyConfig.addFilter("creditText", (credit: Credit, style?: CreditStyle) => (credit ? creditText(credit, style) : ""));
  eleventyConfig.addFilter("pageCredits", (footer: Footer) => (footer ? pageCredits(footer) : ""));

  // The site's own helpers.
  /** Print text for display: display punctuation when the `punctuation` option is on. */
  // Each text is shown at least twice (printed page and article page): it is
  // worked out once per build and remembered until the next one starts.
  const displayed = new Map<string, string>();
  eleventyConfig.on("eleventy.before", () => displayed.clear());
  const displayText = (text: string): string => {
    const raw = String(text ?? "");
    let out = displayed.get(raw);
    if (out === undefined) {
      const t = raw.replace(/^[\u3000 ]+/, "");
      displayed.set(raw, (out = opts.punctuation ? zhPunct(t) : t));
    }
    return out;
  };
  eleventyConfig.addFilter("banmianText", displayText);
  /** A site path as a full URL (siteUrl and pathPrefix), for feeds, sitemaps, canonical links. */
  eleventyConfig.addFilter("banmianUrl", (pathname: string) => siteHref(String(pathname), checkPathPrefix(eleventyConfig.pathPrefix ?? prefix), opts.siteUrl));
  /** In HTML: the full URL with siteUrl, else the bare path (the <base> plugin adds pathPrefix to HTML links). */
  eleventyConfig.addFilter("banmianHref", (pathname: string) =>
    opts.siteUrl ? siteHref(String(pathname), checkPathPrefix(eleventyConfig.pathPrefix ?? prefix), opts.siteUrl) : String(pathname));
  eleventyConfig.addFilter("banmianAtomDate", (date: string) => atomDate(date));
  eleventyConfig.addFilter("banmianJsonLd", (article: SiteArticle) =>
    scriptJson(newsArticle(article, (p) => siteHref(p, checkPathPrefix(eleventyConfig.pathPrefix ?? prefix), opts.siteUrl))));

  // Incremental: clear what a changed issue no longer has, then remember this
  // build. Synchronous, and registered before search: Pagefind must not index stale files.
  eleventyConfig.on("eleventy.after", ({ outputMode, results }: { outputMode?: string; results?: { outputPath?: string | false }[] }) => {
    if (!building || outputMode !== "fs") return;
    const home = path.join(outputDir, "index.html");
    if (!fs.existsSync(home) || fs.statSync(home).mtimeMs < buildStarted - 1000) return;
    const written = new Set((results ?? []).map((r) => (r.outputPath ? path.resolve(r.outputPath) : "")));
    for (const date of building.plan.clear) removeStale(path.join(outputDir, date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)), written);
    // Renderings of photos since changed or dropped: a fresh build would not have them.
    if (building.plan.full) {
      // Into a folder an earlier build wrote: issues gone since must go too.
      for (const year of fs.readdirSync(outputDir)) if (/^\d{4}$/.test(year)) removeStale(path.join(outputDir, year), written);
    }
    if (built) removeStaleImages(path.join(outputDir, "img"), built);
    writeManifest(building.file, { ...building.manifest, home: sha1(fs.readFileSync(home)) });
  });

  // Search: Pagefind indexes what this build wrote (never a JSON or dry run,
  // which write nothing: the home page must be newer than the build's start).
  eleventyConfig.on("eleventy.after", async ({ outputMode }: { outputMode?: string }) => {
    if (!opts.search || outputMode !== "fs" || !current) return;
    const home = path.join(outputDir, "index.html");
    if (!fs.existsSync(home) || fs.statSync(home).mtimeMs < buildStarted - 1000) return;
    const ed = await current;
    const split = splitSearch(ed, photoRecords(ed, displayText, (pg) => `${zhDate(pg.date, "long")} ${pageLabel(pg.page)}`));
    if (!split) return;
    const stats = await indexSite(outputDir, split, building?.searchArchive ?? true);
    const what = opts.articlePages ? `${ed.articles.length} articles` : `${ed.pages.length} pages`;
    console.log(`[banmian] search: indexed ${building?.searchArchive === false ? `the latest month (${split.month}) of ` : ""}${what} and ${stats.records} photos in ${(stats.ms / 1000).toFixed(2)} s (${stats.files} files, ${(stats.bytes / 1024).toFixed(0)} KiB)`);
  });

  for (const t of templates(opts)) {
    eleventyConfig.addTemplate(`banmian-${t.name}.njk`, `{% include "${t.layout}" %}`, {
      ...t.data,
      eleventyExcludeFromCollections: true,
      banmianTemplate: t.name,
    });
  }
}

Object.defineProperty(banmian, "eleventyPackage", { value: PACKAGE_NAME });
Object.defineProperty(banmian, "eleventyPluginOptions", { value: { unique: true } });

/** Removes every file under `dir` this build did not write, and the folders left empty. */
function removeStale(dir: string, written: Set<string>): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) removeStale(abs, written);
    else if (!written.has(abs)) fs.rmSync(abs);
  }
  if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

/** Removes eleventy-img renderings (`<hash>-<width>.<format>`) in `dir` that no photo of `edition` uses. */
function removeStaleImages(dir: string, edition: Edition): void {
  if (!fs.existsSync(dir)) return;
  const used = new Set<string>();
  for (const ph of edition.photos) {
    for (const source of ph.image?.sources ?? []) {
      for (const candidate of source.srcset.split(",")) used.add(path.posix.basename(candidate.trim().split(" ")[0]!));
    }
    if (ph.image) used.add(path.posix.basename(ph.image.src));
  }
  for (const name of fs.readdirSync(dir)) {
    if (/^[\w-]{6,}-\d+\.(?:avif|webp|jpeg|png)$/.test(name) && !used.has(name)) fs.rmSync(path.join(dir, name));
  }
}

/** Whether the plugin's layouts are where the plugin expects them (a packaging check). */
export function layoutsPresent(): boolean {
  return fs.existsSync(path.join(layoutsDir, "banmian-page.njk"));
}
