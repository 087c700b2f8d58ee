// One Eleventy build of the edition, from `eleventy.before` to
// `eleventy.after`: the edition read once, the incremental plan, then the
// edition written, the stale files cleared, search indexed and the
// manifest left, in that order.
import fs from "node:fs";
import path from "node:path";
import { BanmianError } from "../errors.ts";
import type { Edition } from "./edition.ts";
import { planIncremental, sha1, writeManifest, type IncrementalBuild } from "./incremental.ts";
import { clearStale } from "./clean.ts";
import { loadEdition, type EditionSource } from "./load.ts";
import type { ResolvedOptions } from "./options.ts";
import { publishEdition, type EleventyResults } from "./publish.ts";
import type { TemplateEnvironment, Transform } from "./render.ts";
import { indexEdition } from "./search-index.ts";
import { renderOfYears, searchOfYears } from "./years.ts";

/** What stays the same for every build of one site. */
export interface SiteContext extends Omit<EditionSource, "outputDir" | "statsOnly"> {
  opts: ResolvedOptions;
  /** Where incremental builds keep their manifests. */
  cacheDir: string;
  /** Parts of the incremental key beyond the options: see IncrementalContext. */
  keyParts: (ed: Edition) => unknown[];
  keyFolders: string[];
  /** Display text as the layouts show it (for search records). */
  text: (raw: string) => string;
  log: (message: string) => void;
}

export class EditionBuild {
  readonly #site: SiteContext;
  readonly outputDir: string;
  /** A JSON run or a dry run: nothing is written. */
  readonly statsOnly: boolean;
  #edition?: Promise<Edition>;
  #incremental?: IncrementalBuild;

  constructor(site: SiteContext, outputDir: string, statsOnly: boolean) {
    this.#site = site;
    this.outputDir = outputDir;
    this.statsOnly = statsOnly;
  }

  /** The edition, read once per build. */
  edition(): Promise<Edition> {
    this.#edition ??= (async () => {
      const site = this.#site;
      const ed = await loadEdition(site.opts, { ...site, outputDir: this.outputDir, statsOnly: this.statsOnly });
      if (site.opts.incremental && !this.statsOnly) {
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

  /** Whether this build read the edition (Eleventy asked for its data). */
  get started(): boolean {
    return this.#edition !== undefined;
  }

  /** Writes the edition, clears what is stale, indexes search and leaves the manifest, in turn. */
  async publish(render: { env?: TemplateEnvironment; globals?: Record<string, unknown>; transforms: Record<string, Transform>; results: EleventyResults }): Promise<void> {
    const { opts, log, text } = this.#site;
    if (!render.env) throw new BanmianError(`banmian: Eleventy made no Nunjucks environment: keep "njk" in templateFormats (banmian's layouts are Nunjucks)`);
    if (!render.globals) throw new BanmianError(`banmian: Eleventy did not read the plugin's data template (banmian-data.njk): is it ignored?`);
    const ed = await this.edition();
    const inc = this.#incremental;
    const started = performance.now();
    const written = await publishEdition(ed, renderOfYears(ed, inc?.render, opts.years), opts, { ...render, env: render.env, globals: render.globals, outputDir: this.outputDir });
    log(`wrote ${written.size} files of the edition in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    if (opts.years) log(`years ${opts.years.join(", ")}: ${renderOfYears(ed, undefined, opts.years)!.issues.length} of the edition's ${ed.issues.length} issues are this build's`);
    if (inc) clearStale(this.outputDir, ed, inc.plan, written);
    if (opts.search) {
      const line = await indexEdition(searchOfYears(ed, opts.years), this.outputDir, text, {
        cacheDir: path.join(this.#site.cacheDir, "search"),
        progress: (done, total) => total > 1 && log(`search: ${done}/${total} bundles indexed`),
      });
      if (line) log(line);
    }
    // Remembered last: a build that failed on the way leaves no manifest claiming its output.
    if (inc) writeManifest(inc.file, { ...inc.manifest, home: sha1(fs.readFileSync(path.join(this.outputDir, "index.html"))) });
  }
}
