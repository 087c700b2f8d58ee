// Writes the edition's files into the output folder once Eleventy has
// written the site's own (see render.ts for why not as Eleventy templates),
// or lists them as Eleventy's JSON output does.
import path from "node:path";
import { BanmianError } from "../errors.ts";
import { sortedUnique } from "./file-list.ts";
import type { Output } from "./outputs.ts";
import { renderOutputs, type RenderTarget, type TemplateEnvironment, type Transform } from "./render.ts";
import type { Progress } from "./progress.ts";
import { OutputWriter, outputFile } from "./write.ts";

/** What Eleventy reports of the files it wrote (or, in a JSON run, lists). */
export type EleventyResults = { url?: string; outputPath?: string | false; inputPath?: string | false; content?: unknown }[];

/** The files Eleventy wrote in this build (absolute path → where from), which no file of the edition may replace. */
export type SiteFiles = Map<string, { source: string; copied: boolean }>;

/** The site's own files: its templates' output, and its passthrough copies (Eleventy's map of URL → source). */
export function siteFiles(results: EleventyResults, passthrough: Record<string, string>, outputDir: string): SiteFiles {
  const out: SiteFiles = new Map();
  for (const r of results) if (r.outputPath) out.set(path.resolve(r.outputPath), { source: r.inputPath || "?", copied: false });
  for (const [url, source] of Object.entries(passthrough)) out.set(path.join(outputDir, decodeURI(url)), { source, copied: true });
  return out;
}

/**
 * The files of `outputs`, relative to the output folder, sorted, each
 * checked against the site's own: a site file where the edition has one
 * stops the build, naming both.
 */
export function claimFiles(outputs: Iterable<Output>, theirs: SiteFiles, outputDir: string): string[] {
  const files: string[] = [];
  for (const o of outputs) {
    const file = outputFile(o.url);
    files.push(file);
    const clash = theirs.get(path.join(outputDir, file));
    if (!clash) continue;
    throw new BanmianError(clash.copied
      ? `${clash.source} is copied to ${o.url}, a file of the edition: copy it elsewhere or leave it out`
      : `${clash.source} writes ${o.url}, a page of the edition: give it another permalink`, { file: clash.source });
  }
  return sortedUnique(files);
}

export interface PublishContext {
  outputDir: string;
  env: TemplateEnvironment;
  /** Every layout's variables: the site's global data and `banmian`. */
  globals: Record<string, unknown>;
  transforms: Record<string, Transform>;
  progress?: (label: string, total: number) => Progress;
}

/** Renders and writes `outputs` (`total` of them); returns how many files were written. */
export async function publishEdition(outputs: Iterable<Output>, total: number, ctx: PublishContext): Promise<number> {
  const writer = new OutputWriter(ctx.outputDir);
  const progress = ctx.progress?.("writing the edition", total);
  await renderOutputs(outputs, { env: ctx.env, globals: ctx.globals, transforms: ctx.transforms, writer, progress });
  return writer.written;
}

/** One file of a JSON run, in the shape of Eleventy's own entries. */
export interface JsonEntry {
  url: string;
  inputPath: string | false;
  outputPath: string;
  content: string;
}

/** Collects rendered files in memory, in Eleventy's JSON shape. */
class JsonTarget implements RenderTarget {
  readonly entries: JsonEntry[] = [];
  readonly #dir: string;
  readonly #display: (abs: string) => string;
  readonly #outputs = new Map<string, Output>();

  constructor(dir: string, outputs: Iterable<Output>, display: (abs: string) => string) {
    this.#dir = dir;
    this.#display = display;
    for (const o of outputs) this.#outputs.set(this.fileOf(o.url), o);
  }

  fileOf(url: string): string {
    return path.join(this.#dir, outputFile(url));
  }

  async write(file: string, content: string): Promise<void> {
    const o = this.#outputs.get(file);
    this.entries.push({ url: o?.url ?? "", inputPath: o?.file ?? false, outputPath: `./${this.#display(file)}`, content });
  }

  async done(): Promise<void> {}
  async close(): Promise<void> {}
}

/** Every file of `outputs` as Eleventy's `toJSON()` lists a template's output. */
export async function collectEdition(outputs: Iterable<Output>, ctx: PublishContext & { display: (abs: string) => string }): Promise<JsonEntry[]> {
  const target = new JsonTarget(ctx.outputDir, outputs, ctx.display);
  await renderOutputs(outputs, { env: ctx.env, globals: ctx.globals, transforms: ctx.transforms, writer: target });
  return target.entries;
}
