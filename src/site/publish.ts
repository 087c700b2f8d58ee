// Writes the edition's files into the output folder once Eleventy has
// written the site's own (see render.ts for why not as Eleventy templates).
import path from "node:path";
import { BanmianError } from "../errors.ts";
import type { Edition } from "./edition.ts";
import type { ResolvedOptions } from "./options.ts";
import { editionOutputs, type RenderSet } from "./outputs.ts";
import { renderOutputs, type TemplateEnvironment, type Transform } from "./render.ts";
import { OutputWriter } from "./write.ts";

/** What Eleventy reports of the files it wrote. */
export type EleventyResults = { outputPath?: string | false; inputPath?: string }[];

export interface PublishContext {
  outputDir: string;
  env: TemplateEnvironment;
  /** Every layout's variables: the site's global data and `banmian`. */
  globals: Record<string, unknown>;
  transforms: Record<string, Transform>;
  /** The site's own files, which no file of the edition may overwrite. */
  results: EleventyResults;
}

/** Renders and writes `render` (all of `ed` when undefined); returns the files written. */
export async function publishEdition(ed: Edition, render: RenderSet | undefined, opts: ResolvedOptions, ctx: PublishContext): Promise<Set<string>> {
  const outputs = editionOutputs(ed, render ?? ed, opts);
  const writer = new OutputWriter(ctx.outputDir);
  const theirs = new Map(ctx.results.flatMap((r) => (r.outputPath ? [[path.resolve(r.outputPath), r.inputPath ?? "?"] as const] : [])));
  for (const o of outputs) {
    const clash = theirs.get(writer.fileOf(o.url));
    if (clash) throw new BanmianError(`banmian: ${clash} writes ${o.url}, a page of the edition: give it another permalink`, { file: clash });
  }
  await renderOutputs(outputs, { env: ctx.env, globals: ctx.globals, transforms: ctx.transforms, writer });
  return writer.written;
}
