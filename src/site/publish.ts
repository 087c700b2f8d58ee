// Writes the edition's files into the output folder once Eleventy has
// written the site's own (see render.ts for why not as Eleventy templates).
import path from "node:path";
import { BanmianError } from "../errors.ts";
import type { Output } from "./outputs.ts";
import { renderOutputs, type TemplateEnvironment, type Transform } from "./render.ts";
import { OutputWriter, outputFile } from "./write.ts";

/** What Eleventy reports of the files it wrote. */
export type EleventyResults = { outputPath?: string | false; inputPath?: string }[];

/** The files Eleventy wrote in this build (absolute path → where from), which no file of the edition may replace. */
export type SiteFiles = Map<string, { source: string; copied: boolean }>;

/** The site's own files: its templates' output, and its passthrough copies (Eleventy's map of URL → source). */
export function siteFiles(results: EleventyResults, passthrough: Record<string, string>, outputDir: string): SiteFiles {
  const out: SiteFiles = new Map();
  for (const r of results) if (r.outputPath) out.set(path.resolve(r.outputPath), { source: r.inputPath ?? "?", copied: false });
  for (const [url, source] of Object.entries(passthrough)) out.set(path.join(outputDir, decodeURI(url)), { source, copied: true });
  return out;
}

/** A site file where the edition has one stops the build, naming both. */
export function checkClashes(outputs: Output[], theirs: SiteFiles, outputDir: string): void {
  for (const o of outputs) {
    const clash = theirs.get(path.join(outputDir, outputFile(o.url)));
    if (!clash) continue;
    throw new BanmianError(clash.copied
      ? `banmian: ${clash.source} is copied to ${o.url}, a file of the edition: copy it elsewhere or leave it out`
      : `banmian: ${clash.source} writes ${o.url}, a page of the edition: give it another permalink`, { file: clash.source });
  }
}

export interface PublishContext {
  outputDir: string;
  env: TemplateEnvironment;
  /** Every layout's variables: the site's global data and `banmian`. */
  globals: Record<string, unknown>;
  transforms: Record<string, Transform>;
}

/** Renders and writes `outputs`; returns how many files were written. */
export async function publishEdition(outputs: Output[], ctx: PublishContext): Promise<number> {
  const writer = new OutputWriter(ctx.outputDir);
  await renderOutputs(outputs, { env: ctx.env, globals: ctx.globals, transforms: ctx.transforms, writer });
  return writer.written;
}
