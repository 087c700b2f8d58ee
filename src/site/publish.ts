// Writes the edition's files into the output folder once Eleventy has
// written the site's own (see render.ts for why not as Eleventy templates),
// or lists them as Eleventy's JSON output does.
import path from "node:path";
import { BanmianError } from "../errors.ts";
import type { Edition } from "./edition.ts";
import type { ResolvedOptions } from "./options.ts";
import { editionOutputs, type Output, type RenderSet } from "./outputs.ts";
import { renderOutputs, type RenderTarget, type TemplateEnvironment, type Transform } from "./render.ts";
import type { Progress } from "./progress.ts";
import { OutputWriter, outputFile } from "./write.ts";

/** What Eleventy reports of the files it wrote (or, in a JSON run, lists). */
export type EleventyResults = { url?: string; outputPath?: string | false; inputPath?: string | false; content?: unknown }[];

export interface PublishContext {
  outputDir: string;
  env: TemplateEnvironment;
  /** Every layout's variables: the site's global data and `banmian`. */
  globals: Record<string, unknown>;
  transforms: Record<string, Transform>;
  /** The site's own files, which no file of the edition may overwrite. */
  results: EleventyResults;
  progress?: (label: string, total: number) => Progress;
}

/** Refuses a file of the site that would be written over by one of `outputs`, naming it. */
function checkClashes(outputs: Output[], results: EleventyResults, fileOf: (url: string) => string): void {
  const theirs = new Map(results.flatMap((r) => (r.outputPath ? [[path.resolve(r.outputPath), r.inputPath || "?"] as const] : [])));
  for (const o of outputs) {
    const clash = theirs.get(fileOf(o.url));
    if (clash) throw new BanmianError(`${clash} writes ${o.url}, a page of the edition: give it another permalink`, { file: clash });
  }
}

/** Renders and writes `render` (all of `ed` when undefined); returns the files written. */
export async function publishEdition(ed: Edition, render: RenderSet | undefined, opts: ResolvedOptions, ctx: PublishContext): Promise<Set<string>> {
  const outputs = editionOutputs(ed, render ?? ed, opts);
  const writer = new OutputWriter(ctx.outputDir);
  checkClashes(outputs, ctx.results, (url) => writer.fileOf(url));
  const progress = ctx.progress?.("writing the edition", outputs.length);
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

  constructor(dir: string, outputs: Output[], display: (abs: string) => string) {
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

/** Every file of the edition as Eleventy's `toJSON()` lists a template's output. */
export async function collectEdition(ed: Edition, opts: ResolvedOptions, ctx: PublishContext & { display: (abs: string) => string }): Promise<JsonEntry[]> {
  const outputs = editionOutputs(ed, ed, opts);
  const target = new JsonTarget(ctx.outputDir, outputs, ctx.display);
  checkClashes(outputs, ctx.results, (url) => target.fileOf(url));
  await renderOutputs(outputs, { env: ctx.env, globals: ctx.globals, transforms: ctx.transforms, writer: target });
  return target.entries;
}
