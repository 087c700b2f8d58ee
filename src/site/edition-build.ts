// One Eleventy build of the edition, from `eleventy.before` to the end of
// Eleventy's writing: the edition read once; then, once Eleventy has written
// the site's own pages, the last build's manifest taken over, the plan, the
// last build's files settled (kept or removed), the photos converted, the
// edition written, search linked in (search-index.ts) and the manifest
// left, in that order. A JSON run gets the edition in its list instead; a
// dry run writes nothing.
import fs from "node:fs";
import path from "node:path";
import { BanmianError } from "../errors.ts";
import { moveInto, settle } from "./clean.ts";
import type { Edition } from "./edition.ts";
import { includes, mergeUnique, sortedUnique } from "./file-list.ts";
import { codeFiles, folderFiles, rendererVersions, pageFileStamps, photoStamps, planIncremental, siteKey, type IncrementalBuild } from "./incremental.ts";
import { renderPhotos } from "./images.ts";
import { killPoint } from "./kill-point.ts";
import { loadEdition, photoJob, type EditionSource } from "./load.ts";
import { CARRIED_DIR, MANIFEST_VERSION, readManifest, writeManifest, type Manifest } from "./manifest.ts";
import type { ResolvedOptions } from "./options.ts";
import { editionOutputs, type Output } from "./outputs.ts";
import { claimFiles, collectEdition, publishEdition, siteFiles, type EleventyResults, type SiteFiles } from "./publish.ts";
import type { ReadStamp } from "./read.ts";
import type { TemplateEnvironment, Transform } from "./render.ts";
import type { Progress } from "./progress.ts";
import { startSearch, type EditionSearch } from "./search-index.ts";
import { writeLedger } from "./ledger-file.ts";
import { undatedPart } from "./undated.ts";
import { outputFile } from "./write.ts";
import { photosOfYears, renderOfYears, searchOfYears } from "./years.ts";

/** What stays the same for every build of one site. */
export interface SiteContext extends Omit<EditionSource, "outputDir" | "stamps"> {
  opts: ResolvedOptions;
  /** Where builds keep what outlives an output folder (search bundles by key). */
  cacheDir: string;
  /** Parts of the manifest's key beyond the options and the site's global data: see incremental.ts. */
  keyParts: (ed: Edition) => unknown[];
  /** Folders whose every file can reach a rendered page: banmian's code and layouts, the site's _includes and _data. */
  keyFolders: () => string[];
  /** The project folder, whose code (config, modules, lockfile) is hashed into the key. */
  codeRoot: string;
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
  /** The site's passthrough copies (URL → source), which no file of the edition may replace. */
  passthrough: Record<string, string>;
}

/** The options that change no byte of the output: a full and an incremental build agree on the rest. */
const keyOptions = ({ incremental: _i, shrinkage: _s, ...rest }: ResolvedOptions) => rest;
/** Global data that is not the site's own: the edition, and Eleventy's (its version is counted on its own). */
const NOT_SITE_DATA = new Set(["banmian", "eleventy"]);

/**
 * The files of a full build of the edition, relative to the output folder:
 * the edition's own (a build writes them all, or its share of them), and
 * the photos' renderings and cached search bundles it keeps in place. Apart:
 * the edition's are a million names at 100,000 printed pages, held as a
 * sorted list only while the output folder is settled, and made again from
 * the edition for the manifest.
 */
interface Current {
  edition: Iterable<string>;
  kept: Set<string>;
}

/** A manifest's list of files: the edition's (sorted), the kept ones and `more` (the last build's, search's), once each, in order. */
const listed = (edition: readonly string[], kept: Set<string>, more: Iterable<string> = []): Iterable<string> =>
  mergeUnique([edition, sortedUnique(kept), sortedUnique(more)]);

/** The names of the files `outputs` are written to, made afresh each time they are gone through. */
const namesOf = (outputs: Iterable<Output>): Iterable<string> => ({
  *[Symbol.iterator]() {
    for (const o of outputs) yield outputFile(o.url);
  },
});

/** What a build wrote and what its manifest records: its stamps, and every file of the edition it keeps in the output folder. */
interface Written {
  now: Omit<Manifest, "version" | "outputs">;
  current: Current;
}

/** What the output folder is ready for: what the build will have written, and the outputs to render, how many, and the parts whose photos to convert. */
interface Plan extends Written {
  outputs: Iterable<Output>;
  total: number;
  photos: Edition[];
}

export class EditionBuild {
  readonly #site: SiteContext;
  readonly outputDir: string;
  #edition?: Promise<Edition>;
  readonly #stamps = new Map<string, ReadStamp>();
  /** The manifest of the build whose files this one starts from. */
  #previous?: Manifest;
  /** Where those files are when `banmian build` carried them over; else in the output folder. */
  #carried?: string;
  #finished = false;

  constructor(site: SiteContext, outputDir: string) {
    this.#site = site;
    this.outputDir = outputDir;
  }

  /** The edition, read once per build. */
  edition(): Promise<Edition> {
    this.#edition ??= loadEdition(this.#site.opts, { ...this.#site, outputDir: this.outputDir, stamps: this.#stamps });
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
      const ed = await this.edition();
      const outputs = editionOutputs(ed, ed, this.#site.opts);
      claimFiles(outputs, siteFiles(results, {}, this.outputDir), this.outputDir);
      results.push(...(await collectEdition(outputs, { ...this.#ready(render), outputDir: this.outputDir, display: this.#site.display })));
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
    return { ...render, env: render.env, globals: render.globals };
  }

  /** Finds the last build's manifest and files, before banmian writes anything (Eleventy has written the site's own pages). */
  #takeOver(): void {
    const carried = path.join(this.outputDir, CARRIED_DIR);
    const from = fs.existsSync(carried) ? carried : this.outputDir;
    let previous = readManifest(from);
    // Files of the last build gone since (deleted by hand, a disk restored in part): build everything.
    if (previous?.outputs.some((f) => !fs.existsSync(path.join(from, f)))) previous = { ...previous, partial: true };
    this.#previous = previous;
    this.#carried = from === carried ? carried : undefined;
    if (!previous) return;
    if (this.#carried) {
      // Photo renderings go where eleventy-img looks for them: it skips a file that is there, never writing into it.
      for (const f of previous.outputs) if (f.startsWith("img/")) moveInto(path.join(carried, f), path.join(this.outputDir, f));
    } else {
      // In place: a build killed from here on leaves a folder the next build rebuilds in full.
      writeManifest(this.outputDir, { ...previous, partial: true });
    }
  }

  /** A page file with less than half the text it had at the last build was probably cut. */
  #checkShrinkage(): void {
    const previous = this.#previous;
    if (!previous) return;
    for (const [file, now] of this.#stamps) {
      const before = previous.files[file]?.chars;
      if (!before || now.chars * 2 >= before) continue;
      const message = `${file}: ${now.chars} characters of text, against ${before} at the last build: more than half of it is gone. Was the file cut short?`;
      if (this.#site.opts.shrinkage === "error") throw new BanmianError(`${message} Restore it, or build with \`shrinkage: "warn"\` if the cut is meant.`, { file });
      this.#site.warn(`${message} (\`shrinkage: "error"\` makes this stop the build)`);
    }
  }

  /** The manifest's key: everything besides page files and photos that can reach a rendered file. */
  #key(ed: Edition, globals: Record<string, unknown>, theirs: SiteFiles): string {
    const site = this.#site;
    const data = Object.fromEntries(Object.entries(globals).filter(([k]) => !NOT_SITE_DATA.has(k)));
    // A layout may list the site's collections (a menu of its pages): their URLs count, their pages' text is in the templates below.
    data.collections = Object.fromEntries(Object.entries((globals.collections ?? {}) as Record<string, { url?: string }[]>)
      .filter(([name]) => !name.startsWith("banmian")).map(([name, items]) => [name, items.map((i) => i.url)]));
    const templates = [...theirs.values()].filter((t) => !t.copied).map((t) => path.resolve(t.source));
    const eleventy = (globals.eleventy as { version?: string } | undefined)?.version;
    const skip = new Set([site.pagesDir, site.photosDir, this.outputDir]);
    return siteKey([MANIFEST_VERSION, keyOptions(site.opts), ...site.keyParts(ed), eleventy, rendererVersions(), data],
      [...folderFiles(site.keyFolders()), ...codeFiles(site.codeRoot, skip), ...templates], site.codeRoot);
  }

  /** Takes the last build's files over, writes the edition while search indexes beside it, places search and leaves the manifest, in turn. */
  async #publish(render: RenderInput, results: EleventyResults): Promise<void> {
    const site = this.#site;
    const { opts, log, text } = site;
    const ed = await this.edition();
    const out = this.outputDir;
    if (!opts.siteUrl) {
      site.warn("no feed.xml and no sitemaps: both need absolute URLs, and the plugin has no `siteUrl` option: set it to the site's origin, e.g. addPlugin(banmian, { siteUrl: \"https://paper.example.org\" })");
    }
    this.#takeOver();
    this.#checkShrinkage();
    // Pagefind indexes the bundles the cache lacks while the pages are converted and written.
    let indexed = 0;
    let indexing: Progress | undefined;
    const search = opts.search ? startSearch(searchOfYears(ed, opts.years), text, {
      cacheDir: path.join(site.cacheDir, "search"),
      pathPrefix: site.pathPrefix(),
      progress: () => (indexed++, indexing?.tick()),
    }) : undefined;
    let written: Written;
    try {
      written = await this.#write(render, ed, results, search);
    } catch (e) {
      search?.abort();
      throw e;
    }
    let searchFiles: string[] = [];
    if (search) {
      // Shown once the pages are written: one progress line at a time.
      indexing = search.missing > indexed ? site.progress?.("indexing search bundles", search.missing) : undefined;
      indexing?.tick(indexed);
      const placed = await search.finish(out);
      indexing?.done();
      searchFiles = placed.files;
      log(placed.line);
    }
    killPoint("manifest");
    // Last: a build that failed on the way leaves no manifest claiming its files.
    writeManifest(out, { version: MANIFEST_VERSION, ...written.now, outputs: listed(sortedUnique(written.current.edition), written.current.kept, searchFiles) });
    killPoint("manifest-written");
    // The URLs this build published, remembered in the site once everything is written.
    if (site.ledgerDir && ed.ledger) for (const f of writeLedger(site.ledgerDir, ed.ledger)) log(`updated ${site.display(f)}`);
  }

  /** Plans, settles the output folder, converts the photos and writes the edition; the cached search bundles are kept in place. */
  async #write(render: RenderInput, ed: Edition, results: EleventyResults, search: EditionSearch | undefined): Promise<Written> {
    const site = this.#site;
    const { opts, log } = site;
    const ready = this.#ready(render);
    const out = this.outputDir;
    const { now, outputs, total, photos, current } = this.#settle(ready, ed, results, search);
    for (const part of photos) await renderPhotos(part, photoJob(opts, { ...site, outputDir: out }, false));
    const started = performance.now();
    const written = await publishEdition(outputs, total, { ...ready, outputDir: out, progress: site.progress });
    log(`wrote ${written} files of the edition in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    if (opts.years) log(`years ${opts.years.join(", ")}: ${renderOfYears(ed, undefined, opts.years)!.issues.length} of the edition's ${ed.issues.length} issues are this build's`);
    return { now, current };
  }

  /**
   * Plans the build and settles the output folder for it. The names of a
   * full build's files, a million at 100,000 printed pages, are
   * held here only: the manifest lists them again once the edition is
   * written, so they are not held while every page is rendered.
   */
  #settle(ready: Required<RenderInput>, ed: Edition, results: EleventyResults, search: EditionSearch | undefined): Plan {
    const site = this.#site;
    const { opts, log } = site;
    const out = this.outputDir;
    const theirs = siteFiles(results, ready.passthrough, out);

    // Every file a full build of this edition (this job's years of it) has, by its path in the output folder.
    const all = editionOutputs(ed, renderOfYears(ed, undefined, opts.years) ?? ed, opts);
    // A build of some years (years.ts) converts their photos only; the others' were measured when read.
    const photos = [photosOfYears(ed, opts.years), undatedPart(ed)].flatMap((part) => (part ? [part] : []));
    const images = photos.flatMap((part) => part.photos).flatMap((ph) => ph.image ? [ph.image.src, ...ph.image.sources.flatMap((s) => s.srcset.split(",").map((c) => c.trim().split(" ")[0]!))] : []);
    const edition = claimFiles(all, theirs, out);
    const kept = new Set([...images.map((u) => u.replace(/^\//, "")), ...(search?.files ?? [])]);

    const now = {
      key: this.#key(ed, ready.globals, theirs),
      files: pageFileStamps(ed, this.#stamps),
      photos: photoStamps(ed, site.photosDir),
    };
    const previous = this.#previous;
    let inc: IncrementalBuild | undefined;
    if (opts.incremental) {
      inc = planIncremental(ed, previous, now);
      log(`${inc.plan.full ? "full build" : "incremental build"}: ${inc.plan.reason}`);
    }
    const share = renderOfYears(ed, inc?.render, opts.years);
    const outputs = share ? editionOutputs(ed, share, opts) : all;

    // In place, the files this build may write are listed before it writes them: a kill leaves none unknown.
    if (!this.#carried && previous) writeManifest(out, { ...previous, partial: true, outputs: listed(edition, kept, previous.outputs) });
    else if (!this.#carried) writeManifest(out, { version: MANIFEST_VERSION, key: "", files: {}, photos: {}, outputs: listed(edition, kept), partial: true });

    // What this build writes: the whole edition, or its share.
    const shareFiles = share ? new Set(namesOf(outputs)) : undefined;
    const removed = settle({
      outputDir: out, carried: this.#carried, previous: previous?.outputs ?? [],
      current: (f) => includes(edition, f) || kept.has(f),
      writing: shareFiles ? (f) => shareFiles.has(f) : (f) => includes(edition, f),
      theirs: new Set(theirs.keys()),
    });
    // The last build's manifest, a million names at 100,000 printed pages, is not held while the edition is written.
    this.#previous = undefined;
    if (removed) log(`removed ${removed} file(s) of the last build that the edition no longer has`);
    // What was not kept of the carried files: links, gone before search reads the folder.
    if (this.#carried) fs.rmSync(this.#carried, { recursive: true, force: true });
    killPoint("settled");
    return { now, outputs, total: shareFiles?.size ?? edition.length, photos, current: { edition: namesOf(all), kept } };
  }
}
