// One Eleventy build of the edition, from `eleventy.before` to the end of
// Eleventy's writing: the edition read once, the incremental plan, then,
// once Eleventy has written the site's own pages, the photos converted, the
// edition written, the stale files cleared, search indexed and the manifest
// left, in that order. A JSON run gets the edition in its list instead; a
// dry run writes nothing.
import fs from "node:fs";
import path from "node:path";
import { BanmianError } from "../errors.ts";
import type { Edition } from "./edition.ts";
import { renderPhotos } from "./images.ts";
import { planIncremental, sha1, writeManifest, type IncrementalBuild } from "./incremental.ts";
import { clearStale } from "./clean.ts";
import { loadEdition, photoJob, type EditionSource } from "./load.ts";
import type { ResolvedOptions } from "./options.ts";
import { collectEdition, publishEdition, type EleventyResults } from "./publish.ts";
import type { TemplateEnvironment, Transform } from "./render.ts";
import { NO_PROGRESS, type Progress } from "./progress.ts";
import { indexEdition } from "./search-index.ts";
import { photosOfYears, renderOfYears, searchOfYears } from "./years.ts";

/** What stays the same for every build of one site. */
export interface SiteContext extends Omit<EditionSource, "outputDir"> {
  opts: ResolvedOptions;
  /** Where incremental builds keep their manifests. */
  cacheDir: string;
  /** Parts of the incremental key beyond the options: see IncrementalContext. */
  keyParts: (ed: Edition) => unknown[];
  keyFolders: string[];
  /** Display text as the layouts show it (for search records). */
  text: (raw: string) => string;
  log: (message: string) => void;
  /** Eleventy's pathPrefix ("/" or "/paper/") as it is when the build runs. */
  pathPrefix: () => string;
  /**
   * The plugin's own template, which Eleventy writes (as an empty
   * banmian.css, written over by the edition's) unless it is a dry run:
   * Eleventy tells a plugin of a dry run in no other way.
   */
  dataTemplate: string;
}

/** What Eleventy hands `eleventy.before` and `eleventy.after` handlers. */
export interface BuildEvent {
  directories?: { output?: string };
  /** "fs", "json" or "ndjson". */
  outputMode?: string;
  /** Eleventy's own --incremental (watch mode): templates left unchanged are not written either. */
  incremental?: boolean;
  results?: EleventyResults;
}

/** How the edition is rendered: the environment and data Eleventy made for this build. */
export interface RenderInput {
  env?: TemplateEnvironment;
  globals?: Record<string, unknown>;
  transforms: Record<string, Transform>;
}

export class EditionBuild {
  readonly #site: SiteContext;
  readonly outputDir: string;
  /** Whether Eleventy writes files in this build (not a JSON run): incremental plans only then. */
  readonly #writes: boolean;
  #edition?: Promise<Edition>;
  #incremental?: IncrementalBuild;
  #finished = false;

  constructor(site: SiteContext, outputDir: string, writes: boolean) {
    this.#site = site;
    this.outputDir = outputDir;
    this.#writes = writes;
  }

  /** The edition, read once per build. */
  edition(): Promise<Edition> {
    this.#edition ??= (async () => {
      const site = this.#site;
      const ed = await loadEdition(site.opts, { ...site, outputDir: this.outputDir });
      if (site.opts.incremental && this.#writes) {
        this.#incremental = planIncremental(ed, {
          keyParts: [site.opts, ...site.keyParts(ed)], folders: site.keyFolders,
          outputDir: this.outputDir, cacheDir: site.cacheDir, photosDir: site.photosDir,
          read: (f) => fs.readFileSync(path.resolve(f)),
        });
        const p = this.#incremental.plan;
        site.log(`${p.full ? "full build" : "incremental build"}: ${p.reason}`);
      }
      return ed;
    })();
    return this.#edition;
  }

  /**
   * Once Eleventy has written the site's own pages: the edition written, or
   * added to a JSON run's list, or left out of a dry run, saying so. Called
   * from two events (see plugin.ts); the first call does the work.
   */
  async finish(event: BuildEvent, render: RenderInput): Promise<void> {
    if (this.#finished || this.#edition === undefined) return;
    this.#finished = true;
    const { log, dataTemplate } = this.#site;
    const results = event.results ?? [];
    const own = (r: EleventyResults[number] | undefined) => Boolean(r?.inputPath && r.inputPath.endsWith(`/${dataTemplate}`));
    if (event.outputMode === "json") {
      // Eleventy returns this very list from toJSON() (and prints it for --to=json).
      const at = results.findIndex(own);
      if (at >= 0) results.splice(at, 1);
      results.push(...(await collectEdition(await this.edition(), this.#site.opts, { ...this.#ready(render), outputDir: this.outputDir, results, display: this.#site.display })));
      return;
    }
    if (event.outputMode !== "fs") {
      this.#site.warn(`--to=${event.outputMode} leaves out the edition: Eleventy has closed its stream by now. Use --to=json to list it.`);
      return;
    }
    // Before the dry-run sign is read: without Nunjucks, the plugin's template is not written either.
    this.#ready(render);
    if (!event.incremental && !results.some(own)) {
      log("a dry run: the edition and its photos are not written");
      return;
    }
    await this.#publish(render, results.filter((r) => !own(r)));
  }

  #ready(render: RenderInput): Required<RenderInput> {
    if (!render.env) throw new BanmianError(`Eleventy made no Nunjucks environment: keep "njk" in templateFormats (banmian's layouts are Nunjucks)`);
    if (!render.globals) throw new BanmianError(`Eleventy did not read the plugin's data template (${this.#site.dataTemplate}): is it ignored?`);
    return { env: render.env, globals: render.globals, transforms: render.transforms };
  }

  /** Converts the photos, writes the edition, clears what is stale, indexes search and leaves the manifest, in turn. */
  async #publish(render: RenderInput, results: EleventyResults): Promise<void> {
    const site = this.#site;
    const { opts, log, text } = site;
    const ready = this.#ready(render);
    const ed = await this.edition();
    if (!opts.siteUrl) {
      site.warn("no feed.xml and no sitemaps: both need absolute URLs, and the plugin has no `siteUrl` option: set it to the site's origin, e.g. addPlugin(banmian, { siteUrl: \"https://paper.example.org\" })");
    }
    const inc = this.#incremental;
    // A build of some years (years.ts) converts their photos only; the others' were measured when read.
    await renderPhotos(photosOfYears(ed, opts.years).written, photoJob(opts, { ...site, outputDir: this.outputDir }, false));
    const started = performance.now();
    const written = await publishEdition(ed, renderOfYears(ed, inc?.render, opts.years), opts, { ...ready, outputDir: this.outputDir, results, progress: site.progress });
    log(`wrote ${written.size} files of the edition in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    if (opts.years) log(`years ${opts.years.join(", ")}: ${renderOfYears(ed, undefined, opts.years)!.issues.length} of the edition's ${ed.issues.length} issues are this build's`);
    if (inc) clearStale(this.outputDir, ed, inc.plan, written);
    if (opts.search) {
      let indexing: Progress | undefined;
      const line = await indexEdition(searchOfYears(ed, opts.years), this.outputDir, text, {
        cacheDir: path.join(site.cacheDir, "search"),
        pathPrefix: site.pathPrefix(),
        progress: (done, total) => {
          indexing ??= site.progress?.("indexing search bundles", total) ?? NO_PROGRESS;
          indexing.tick();
          if (done === total) indexing.done();
        },
      });
      if (line) log(line);
    }
    // Remembered last: a build that failed on the way leaves no manifest claiming its output.
    if (inc) writeManifest(inc.file, { ...inc.manifest, home: sha1(fs.readFileSync(path.join(this.outputDir, "index.html"))) });
  }
}
