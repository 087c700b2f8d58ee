// banmian's Eleventy plugin: `eleventyConfig.addPlugin(banmian, options)`.
// It reads every page file once per build, hands the edition to Eleventy as
// global data and collections, and once Eleventy has written the site's own
// pages renders every file of the edition (outputs.ts, render.ts) with
// Nunjucks layouts a site can override from _includes, then indexes search.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BanmianError } from "../errors.ts";
import { creditText, mailto, pageCredits, pageLabel, zhDate, zhPunct } from "./format.ts";
import type { ZhDateStyle, ZhDateOptions, PageLabelStyle, CreditStyle } from "./format.ts";
import type { Credit, Footer } from "../model.ts";
import { buildEdition, type Edition, type SiteArticle } from "./edition.ts";
import { checkPhotos, renderPhotos } from "./images.ts";
import { newsArticle, scriptJson } from "./jsonld.ts";
import { checkPathPrefix, resolveOptions, type BanmianOptions } from "./options.ts";
import { readPages } from "./read.ts";
import { editionOutputs, type RenderSet } from "./outputs.ts";
import { renderOutputs, type TemplateEnvironment, type Transform } from "./render.ts";
import { buildSignals, OutputWriter } from "./write.ts";
import { ARCHIVE_BUNDLE, indexSite, photoRecords, splitSearch } from "./search.ts";
import {
  hashFolders, manifestFile, pageFileHashes, photoStamps, plan, readManifest, sha1, writeManifest, MANIFEST_VERSION,
  type Manifest, type Plan,
} from "./incremental.ts";

export type { BanmianOptions, ResolvedOptions } from "./options.ts";
export { lastSearchStats } from "./search.ts";
export type { Edition, SiteArticle, SiteIssue, SitePage, SitePhoto } from "./edition.ts";

/**
 * The layouts folder, found from the package root so it works from
 * src/site/plugin.ts and from dist/site/plugin.js alike.
 */
export const layoutsDir = fileURLToPath(new URL("../../src/site/layouts/", import.meta.url));

const PACKAGE_NAME = "banmian";

/**
 * The one template the plugin gives Eleventy: it writes nothing, and its
 * computed data hands the plugin the site's global data for the layouts.
 * Being Nunjucks, it also makes Eleventy create the Nunjucks environment the
 * plugin renders with.
 */
const DATA_TEMPLATE = "banmian-data.njk";
/** Its own data, which is not the site's: every other key is handed to the layouts. */
const TEMPLATE_OWN_DATA = new Set(["permalink", "eleventyExcludeFromCollections", "eleventyComputed", "banmianGlobals", "page"]);

// Eleventy's config object is untyped JavaScript; these are the parts used here.
interface EleventyConfig {
  pathPrefix?: string;
  directories?: { input?: string; output?: string; includes?: string };
  ignores: Set<string>;
  addTemplate(path: string, content: string, data: Record<string, unknown>): void;
  /** The site's transforms by name, Eleventy's HTML transformer (pathPrefix) among them. */
  transforms?: Record<string, Transform>;
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
  environment: TemplateEnvironment & { loaders: unknown[] };
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
  if (opts.incremental) buildSignals().incremental = true; // banmian build then starts from the last good site
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

  // Layouts: the site's own _includes first, then the plugin's folder. The
  // environment (Eleventy makes a new one for each build) is what renders.
  let env: TemplateEnvironment | undefined;
  eleventyConfig.on("eleventy.engine.njk", ({ nunjucks, environment }: NunjucksEngineEvent) => {
    const loader = new nunjucks.FileSystemLoader([layoutsDir]) as { cache?: Record<string, unknown> };
    loader.cache = {}; // what nunjucks' Environment gives the loaders it is built with
    environment.loaders.push(loader);
    env = environment;
  });
  let globals: Record<string, unknown> | undefined;

  // One reading per build.
  let outputDir = path.resolve(eleventyConfig.directories?.output ?? "_site");
  let statsOnly = false;
  let current: Promise<Edition> | undefined;
  // Incremental builds: what this build renders, and the manifest it leaves.
  const cacheDir = path.resolve(inputDir, ".cache", "banmian");
  const includesDir = path.resolve(inputDir, eleventyConfig.directories?.includes ?? "_includes");
  const codeDir = fileURLToPath(new URL("../", import.meta.url));
  let building: { plan: Plan; manifest: Omit<Manifest, "home">; file: string; searchArchive: boolean } | undefined;
  /** An incremental build's share of the edition; undefined renders all of it. */
  let render: RenderSet | undefined;
  eleventyConfig.on("eleventy.before", ({ directories, outputMode }: { directories?: { output?: string }; outputMode?: string }) => {
    current = undefined;
    building = undefined;
    render = undefined;
    globals = undefined;
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

  type Results = { outputPath?: string | false; inputPath?: string }[];
  /** Renders and writes the edition's files (see render.ts for why not as Eleventy templates); returns the files written. */
  const writeEdition = async (ed: Edition, results: Results): Promise<Set<string>> => {
    if (!env) throw new BanmianError(`banmian: Eleventy made no Nunjucks environment: keep "njk" in templateFormats (banmian's layouts are Nunjucks)`);
    if (!globals) throw new BanmianError(`banmian: Eleventy did not read the plugin's data template (${DATA_TEMPLATE}): is it ignored?`);
    const started = performance.now();
    const outputs = editionOutputs(ed, render ?? ed, opts);
    const writer = new OutputWriter(outputDir);
    const theirs = new Map(results.flatMap((r) => (r.outputPath ? [[path.resolve(r.outputPath), r.inputPath ?? "?"] as const] : [])));
    for (const o of outputs) {
      const clash = theirs.get(writer.fileOf(o.url));
      if (clash) throw new BanmianError(`banmian: ${clash} writes ${o.url}, a page of the edition: give it another permalink`, { file: clash });
    }
    await renderOutputs(outputs, { env, globals, transforms: eleventyConfig.transforms ?? {}, writer });
    console.log(`[banmian] wrote ${outputs.length} files of the edition in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    return writer.written;
  };

  /** Incremental builds: clears what a changed issue no longer has. */
  const clearStale = (ed: Edition, b: NonNullable<typeof building>, written: Set<string>): void => {
    for (const date of b.plan.clear) removeStale(path.join(outputDir, date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)), written);
    if (b.plan.full) {
      // Into a folder an earlier build wrote: issues gone since must go too.
      for (const year of fs.readdirSync(outputDir)) if (/^\d{4}$/.test(year)) removeStale(path.join(outputDir, year), written);
    }
    // Renderings of photos since changed or dropped: a fresh build would not have them.
    removeStaleImages(path.join(outputDir, "img"), ed);
  };

  /** Pagefind indexes what this build wrote. */
  const indexSearch = async (ed: Edition): Promise<void> => {
    const split = splitSearch(ed, photoRecords(ed, displayText, (pg) => `${zhDate(pg.date, "long")} ${pageLabel(pg.page)}`));
    if (!split) return;
    const stats = await indexSite(outputDir, split, building?.searchArchive ?? true);
    const what = opts.articlePages ? `${ed.articles.length} articles` : `${ed.pages.length} pages`;
    console.log(`[banmian] search: indexed ${building?.searchArchive === false ? `the latest month (${split.month}) of ` : ""}${what} and ${stats.records} photos in ${(stats.ms / 1000).toFixed(2)} s (${stats.files} files, ${(stats.bytes / 1024).toFixed(0)} KiB)`);
  };

  // Once Eleventy has written the site's own pages: the edition, then the
  // incremental clean-up, search and manifest, in turn (Eleventy runs the handlers of
  // one event side by side). JSON runs and --dryrun write nothing, nor does banmian.
  eleventyConfig.on("eleventy.after", async ({ outputMode, results }: { outputMode?: string; results?: Results }) => {
    if (outputMode !== "fs" || process.argv.includes("--dryrun") || !current) return;
    const ed = await current;
    const written = await writeEdition(ed, results ?? []);
    if (building) clearStale(ed, building, written);
    if (opts.search) await indexSearch(ed);
    // Remembered last: a build that failed on the way leaves no manifest claiming its output.
    if (building) writeManifest(building.file, { ...building.manifest, home: sha1(fs.readFileSync(path.join(outputDir, "index.html"))) });
  });

  eleventyConfig.addTemplate(DATA_TEMPLATE, "", {
    permalink: false,
    eleventyExcludeFromCollections: true,
    eleventyComputed: {
      banmianGlobals(data: Record<string, unknown>) {
        globals = Object.fromEntries(Object.entries(data).filter(([k]) => !TEMPLATE_OWN_DATA.has(k)));
        return true;
      },
    },
  });
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
