// banmian's Eleventy plugin: `eleventyConfig.addPlugin(banmian, options)`.
// This file is the wiring only: the edition is read once per build
// (load.ts), handed to Eleventy as global data and collections, and once
// Eleventy has written the site's own pages it is rendered with Nunjucks
// layouts a site can override from _includes and written (publish.ts), then
// search is indexed (edition-build.ts holds one build's steps in order),
// all before any `eleventy.after` handler runs.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BanmianError } from "../errors.ts";
import { displayFrom } from "./display.ts";
import { EditionBuild, type BuildEvent, type SiteContext } from "./edition-build.ts";
import { addFilters, displayTexts } from "./filters.ts";
import { guardEditionImages, type HtmlTransformer } from "./image-guard.ts";
import { addLayouts, layoutsDir, type NunjucksEngineEvent } from "./layouts.ts";
import { eleventyLog, type EleventyLogger } from "./log.ts";
import { banmianMarkdown, type MarkdownEngine } from "./markdown.ts";
import { checkPathPrefix, resolveOptions, type BanmianOptions } from "./options.ts";
import type { TemplateEnvironment, Transform } from "./render.ts";

export type { BanmianOptions, ResolvedOptions } from "./options.ts";
export type { Edition, SiteArticle, SiteIssue, SitePage, SitePhoto } from "./edition.ts";

const PACKAGE_NAME = "banmian";

/**
 * The one template the plugin gives Eleventy: its computed data hands the
 * plugin the site's global data for the layouts. Being Nunjucks, it also
 * makes Eleventy create the Nunjucks environment the plugin renders with.
 * It writes an empty banmian.css, which the edition's stylesheet replaces:
 * that Eleventy wrote it is how the plugin knows a build is no dry run.
 */
const DATA_TEMPLATE = "banmian-data.njk";
const DATA_TEMPLATE_OUTPUT = "/banmian.css";
/** Its own data, which is not the site's: every other key is handed to the layouts. */
const TEMPLATE_OWN_DATA = new Set(["permalink", "eleventyExcludeFromCollections", "eleventyComputed", "banmianGlobals", "page"]);

// Eleventy's config object is untyped JavaScript; these are the parts used here.
interface EleventyConfig {
  pathPrefix?: string;
  directories?: { input?: string; output?: string; includes?: string; data?: string; layouts?: string };
  ignores: Set<string>;
  addTemplate(path: string, content: string, data: Record<string, unknown>): void;
  /** The site's transforms by name, Eleventy's HTML transformer (pathPrefix) among them. */
  transforms?: Record<string, Transform>;
  addGlobalData(name: string, value: unknown): void;
  addCollection(name: string, fn: () => unknown): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  addWatchTarget(target: string): void;
  amendLibrary?(name: "md", fn: (md: MarkdownEngine & { use(plugin: unknown, options?: unknown): unknown }) => void): void;
  /** Eleventy's logger (3.0+): quiet with --quiet. */
  logger?: EleventyLogger;
  htmlTransformer?: HtmlTransformer;
  resolvePlugin(name: string): unknown;
  versionCheck?(range: string): void;
  on(event: string, fn: (arg: never) => unknown): void;
}

export default function banmian(eleventyConfig: EleventyConfig, options: BanmianOptions = {}): void {
  if (typeof eleventyConfig?.addTemplate !== "function") {
    throw new BanmianError("this plugin needs Eleventy 3 or newer (eleventyConfig.addTemplate is missing): npm install @11ty/eleventy@3");
  }
  eleventyConfig.versionCheck?.(">=3.0.0");
  const opts = resolveOptions(options);
  const initialPrefix = checkPathPrefix(eleventyConfig.pathPrefix);
  /** pathPrefix as it is when used: a site may set it after adding the plugin. */
  const prefix = () => checkPathPrefix(eleventyConfig.pathPrefix ?? initialPrefix);

  const dirs = eleventyConfig.directories;
  const inputDir = path.resolve(dirs?.input ?? ".");
  const pagesDir = path.resolve(inputDir, opts.pages);
  const photosDir = path.resolve(inputDir, opts.photos);
  const ledgerDir = opts.ledger === false ? undefined : path.resolve(inputDir, opts.ledger);
  const display = displayFrom(process.cwd());

  // The page files are data, never templates: Eleventy must not render them
  // (print text holding {{ or {% would be executed). Photos are copied by
  // eleventy-img only as rendered sizes.
  for (const dir of [pagesDir, photosDir, ...(ledgerDir ? [ledgerDir] : [])]) {
    // Eleventy's ignores are globs relative to the working folder.
    eleventyConfig.ignores.add(`${path.relative(process.cwd(), dir).split(path.sep).join("/") || "."}/**`);
  }
  eleventyConfig.addWatchTarget(pagesDir);
  eleventyConfig.addWatchTarget(photosDir);

  // Links are written root-relative; the HTML <base> plugin adds pathPrefix.
  eleventyConfig.addPlugin(eleventyConfig.resolvePlugin("@11ty/eleventy/html-base-plugin"));
  // The edition's <img> are eleventy-img's output: the site's image transform must leave them be.
  guardEditionImages(eleventyConfig.htmlTransformer);

  // The site's own Markdown pages get the edition's typography.
  eleventyConfig.amendLibrary?.("md", (md) => md.use(banmianMarkdown, { punctuation: opts.punctuation }));

  const texts = displayTexts(opts.punctuation);
  addFilters(eleventyConfig, opts, prefix, texts.text);

  const { log, warn, progress } = eleventyLog(() => eleventyConfig.logger);
  const site: SiteContext = {
    opts, pagesDir, photosDir, ledgerDir, display, log, warn, progress, dataTemplate: DATA_TEMPLATE, pathPrefix: prefix,
    cacheDir: path.resolve(inputDir, ".cache", "banmian"),
    keyParts: (ed) => [prefix(), opts.paper ?? ed.paper],
    // Eleventy's folders are relative to the working folder, the input folder included.
    keyFolders: () => [
      fileURLToPath(new URL("../", import.meta.url)), layoutsDir,
      ...[dirs?.includes ?? "_includes", dirs?.data ?? "_data", dirs?.layouts].flatMap((d) => (d ? [path.resolve(d)] : [])),
    ],
    codeRoot: process.cwd(),
    text: texts.text,
  };

  // One build at a time: Eleventy's environment (new each build), the site's
  // global data for the layouts, and the build's own state.
  let env: TemplateEnvironment | undefined;
  let globals: Record<string, unknown> | undefined;
  let passthrough: Record<string, string> = {};
  let build = new EditionBuild(site, path.resolve(eleventyConfig.directories?.output ?? "_site"));
  eleventyConfig.on("eleventy.engine.njk", (event: NunjucksEngineEvent) => {
    env = addLayouts(event);
  });
  eleventyConfig.on("eleventy.before", ({ directories }: BuildEvent) => {
    globals = undefined;
    passthrough = {};
    texts.clear();
    build = new EditionBuild(site, directories?.output ? path.resolve(directories.output) : build.outputDir);
  });

  eleventyConfig.addGlobalData("banmian", async () => {
    const ed = await build.edition();
    return {
      ...ed,
      site: {
        paper: opts.paper ?? ed.paper, siteUrl: opts.siteUrl, articlePages: opts.articlePages, punctuation: opts.punctuation, feedSize: opts.feedSize, search: opts.search, downloads: opts.downloads,
        /** Whether /search/ merges the bundle of the issues before the latest month. */
        searchArchive: Boolean(ed.latest && ed.issues[0] && ed.issues[0].date.slice(0, 7) !== ed.latest.date.slice(0, 7)),
      },
    };
  });
  eleventyConfig.addCollection("banmianIssues", async () => (await build.edition()).issues);
  eleventyConfig.addCollection("banmianPages", async () => (await build.edition()).pages);
  eleventyConfig.addCollection("banmianArticles", async () => (await build.edition()).articles);
  eleventyConfig.addCollection("banmianPhotos", async () => (await build.edition()).photos);

  // The site's passthrough copies, which no file of the edition may replace.
  eleventyConfig.on("eleventy.passthrough", ({ map }: { map?: Record<string, string> }) => {
    passthrough = map ?? {};
  });

  // Once Eleventy has written the site's own pages, and before any
  // `eleventy.after` handler runs (Eleventy runs those side by side): on
  // `afterBuild`, the name Eleventy still emits, and awaits, just before
  // `eleventy.after`. Should a later Eleventy stop emitting it, the edition
  // is written on `eleventy.after` instead.
  const finish = (event: BuildEvent) => build.finish(event, { env, globals, transforms: eleventyConfig.transforms ?? {}, passthrough });
  eleventyConfig.on("afterBuild", finish);
  eleventyConfig.on("eleventy.after", finish);

  eleventyConfig.addTemplate(DATA_TEMPLATE, "", {
    permalink: DATA_TEMPLATE_OUTPUT,
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
