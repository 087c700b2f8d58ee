// One Eleventy build of the edition, from `eleventy.before` to
// `eleventy.after`: the last build's manifest taken over and the edition
// read once; then the plan, the last build's files settled (kept or
// removed), the edition written, search linked in (search-index.ts) and the
// manifest left, in that order.
import fs from "node:fs";
import path from "node:path";
import { BanmianError } from "../errors.ts";
import { moveInto, settle } from "./clean.ts";
import type { Edition } from "./edition.ts";
import { codeFiles, folderFiles, rendererVersions, pageFileStamps, photoStamps, planIncremental, siteKey, type IncrementalBuild } from "./incremental.ts";
import { killPoint } from "./kill-point.ts";
import { loadEdition, type EditionSource } from "./load.ts";
import { CARRIED_DIR, MANIFEST_VERSION, readManifest, writeManifest, type Manifest } from "./manifest.ts";
import type { ResolvedOptions } from "./options.ts";
import { editionOutputs } from "./outputs.ts";
import { checkClashes, publishEdition, type SiteFiles } from "./publish.ts";
import type { ReadStamp } from "./read.ts";
import type { TemplateEnvironment, Transform } from "./render.ts";
import { ARCHIVE_BUNDLE, RECENT_BUNDLE } from "./search.ts";
import { indexEdition } from "./search-index.ts";
import { writeLedger } from "./ledger-file.ts";
import { outputFile } from "./write.ts";
import { photosOfYears, renderOfYears, searchOfYears } from "./years.ts";

/** What stays the same for every build of one site. */
export interface SiteContext extends Omit<EditionSource, "outputDir" | "statsOnly" | "stamps"> {
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
}

/** The options that change no byte of the output: a full and an incremental build agree on the rest. */
const keyOptions = ({ incremental: _i, shrinkage: _s, ...rest }: ResolvedOptions) => rest;
/** Global data that is not the site's own: the edition, and Eleventy's (its version is counted on its own). */
const NOT_SITE_DATA = new Set(["banmian", "eleventy"]);
const rel = (dir: string, abs: string): string => path.relative(dir, abs).split(path.sep).join("/");

export class EditionBuild {
  readonly #site: SiteContext;
  readonly outputDir: string;
  /** A JSON run or a dry run: nothing is written. */
  readonly statsOnly: boolean;
  #edition?: Promise<Edition>;
  readonly #stamps = new Map<string, ReadStamp>();
  /** The manifest of the build whose files this one starts from. */
  #previous?: Manifest;
  /** Where those files are when `banmian build` carried them over; else in the output folder. */
  #carried?: string;

  constructor(site: SiteContext, outputDir: string, statsOnly: boolean) {
    this.#site = site;
    this.outputDir = outputDir;
    this.statsOnly = statsOnly;
  }

  /** The edition, read once per build. */
  edition(): Promise<Edition> {
    this.#edition ??= (async () => {
      const site = this.#site;
      if (!this.statsOnly) this.#takeOver();
      const ed = await loadEdition(site.opts, { ...site, outputDir: this.outputDir, statsOnly: this.statsOnly, stamps: this.#stamps });
      this.#checkShrinkage();
      return ed;
    })();
    return this.#edition;
  }

  /** Whether this build read the edition (Eleventy asked for its data). */
  get started(): boolean {
    return this.#edition !== undefined;
  }

  /** Finds the last build's manifest and files, before anything is written. */
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

  /** Plans, settles the last build's files, writes the edition, indexes search and leaves the manifest, in turn. */
  async publish(render: { env?: TemplateEnvironment; globals?: Record<string, unknown>; transforms: Record<string, Transform>; theirs: SiteFiles }): Promise<void> {
    const { opts, log, text } = this.#site;
    if (!render.env) throw new BanmianError(`banmian: Eleventy made no Nunjucks environment: keep "njk" in templateFormats (banmian's layouts are Nunjucks)`);
    if (!render.globals) throw new BanmianError(`banmian: Eleventy did not read the plugin's data template (banmian-data.njk): is it ignored?`);
    const ed = await this.edition();
    const out = this.outputDir;

    // Every file a full build of this edition (this job's years of it) has, by its path in the output folder.
    const all = editionOutputs(ed, renderOfYears(ed, undefined, opts.years) ?? ed, opts);
    checkClashes(all, render.theirs, out);
    const images = photosOfYears(ed, opts.years).written.photos.flatMap((ph) => ph.image ? [ph.image.src, ...ph.image.sources.flatMap((s) => s.srcset.split(",").map((c) => c.trim().split(" ")[0]!))] : []);
    const current = new Set([...all.map((o) => outputFile(o.url)), ...images.map((u) => u.replace(/^\//, ""))]);

    const now = {
      key: this.#key(ed, render.globals, render.theirs),
      files: pageFileStamps(ed, this.#stamps),
      photos: photoStamps(ed, this.#site.photosDir),
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
    if (!this.#carried && previous) writeManifest(out, { ...previous, partial: true, outputs: [...new Set([...previous.outputs, ...current])].sort() });
    else if (!this.#carried) writeManifest(out, { version: MANIFEST_VERSION, key: "", files: {}, photos: {}, outputs: [...current].sort(), partial: true });

    const removed = settle({
      outputDir: out, carried: this.#carried, previous: previous?.outputs ?? [], current,
      writing: new Set(outputs.map((o) => outputFile(o.url))), theirs: new Set(render.theirs.keys()),
    });
    if (removed) log(`removed ${removed} file(s) of the last build that the edition no longer has`);
    // What was not kept of the carried files: links, gone before search reads the folder.
    if (this.#carried) fs.rmSync(this.#carried, { recursive: true, force: true });
    killPoint("settled");

    const started = performance.now();
    const written = await publishEdition(outputs, { ...render, env: render.env, globals: render.globals, outputDir: out });
    log(`wrote ${written} files of the edition in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    if (opts.years) log(`years ${opts.years.join(", ")}: ${renderOfYears(ed, undefined, opts.years)!.issues.length} of the edition's ${ed.issues.length} issues are this build's`);
    if (opts.search) {
      const line = await indexEdition(searchOfYears(ed, opts.years), out, text, {
        cacheDir: path.join(this.#site.cacheDir, "search"),
        progress: (done, total) => total > 1 && log(`search: ${done}/${total} bundles indexed`),
      });
      if (line) log(line);
    }
    const search = !opts.search ? [] : folderFiles([RECENT_BUNDLE, ARCHIVE_BUNDLE].map((d) => path.join(out, d))).map((f) => rel(out, f));
    killPoint("manifest");
    // Last: a build that failed on the way leaves no manifest claiming its files.
    writeManifest(out, { version: MANIFEST_VERSION, ...now, outputs: [...new Set([...current, ...search])].sort() });
    killPoint("manifest-written");
    // The URLs this build published, remembered in the site once everything is written.
    if (this.#site.ledgerDir && ed.ledger) for (const f of writeLedger(this.#site.ledgerDir, ed.ledger)) log(`updated ${this.#site.display(f)}`);
  }
}
