// Renders the edition's files with the site's own Nunjucks environment (its
// _includes, filters and shortcodes, the plugin's layouts behind them) and
// runs the site's transforms on each (Eleventy's HTML transformer among them:
// pathPrefix through the <base> plugin), as Eleventy would for a template.
// The edition is tens of thousands of files: Eleventy's per-template work
// (data cascade, pagination, one synchronous write each) cost more than the
// rendering, so the plugin renders its files in one loop and writes them
// off the main thread (write.ts).
import path from "node:path";
import { BanmianError } from "../errors.ts";
import type { Output } from "./outputs.ts";
import type { OutputWriter } from "./write.ts";

interface Template {
  render(context: object, done: (error: Error | null, html?: string) => void): void;
}

/** The part of a Nunjucks Environment used here. */
export interface TemplateEnvironment {
  getTemplate(name: string, eagerCompile: boolean): Template;
}

/** What Eleventy gives a transform as `this`. */
export interface TransformContext {
  inputPath: string | false;
  outputPath: string;
  url: string;
  page: { url: string; inputPath: string | false; outputPath: string; fileSlug: string; filePathStem: string; outputFileExtension: string };
  baseHref?: string;
}

export type Transform = (this: TransformContext, content: string, outputPath: string) => unknown;

export interface RenderOptions {
  env: TemplateEnvironment;
  /** Every layout's variables: the site's global data and `banmian`. */
  globals: Record<string, unknown>;
  transforms: Record<string, Transform>;
  writer: OutputWriter;
}

const renderTemplate = (template: Template, context: object): Promise<string> =>
  new Promise((resolve, reject) => template.render(context, (e, html) => (e ? reject(e) : resolve(html ?? ""))));

function pageData(output: Output, outputPath: string): TransformContext["page"] {
  const stem = output.url === "/" ? "/index" : output.url.replace(/\/$/, "").replace(/\.[^./]+$/, "");
  return {
    url: output.url, inputPath: output.file ?? false, outputPath,
    fileSlug: path.posix.basename(stem), filePathStem: stem, outputFileExtension: path.extname(outputPath).slice(1),
  };
}

/** Renders and writes every output; a failure names the URL, the layout and the page file. */
export async function renderOutputs(outputs: Output[], options: RenderOptions): Promise<void> {
  const { env, globals, transforms, writer } = options;
  const templates = new Map<string, Template>();
  const steps = Object.entries(transforms);
  try {
    for (const output of outputs) {
      const outputPath = writer.fileOf(output.url);
      const page = pageData(output, outputPath);
      let step = `the layout ${output.layout}`;
      try {
        if (output.content) {
          // A download: its bytes as they are, no layout, no transform.
          await writer.write(outputPath, output.content());
          continue;
        }
        let template = templates.get(output.layout);
        if (!template) templates.set(output.layout, (template = env.getTemplate(output.layout, true)));
        let content: unknown = await renderTemplate(template, { ...globals, page, ...output.data });
        for (const [name, transform] of steps) {
          step = `the transform ${name}`;
          content = await transform.call({ inputPath: page.inputPath, outputPath, url: output.url, page }, content as string, outputPath);
        }
        step = "writing";
        await writer.write(outputPath, String(content ?? ""));
      } catch (e) {
        // A write that failed names its own file (batched, it may be an earlier one).
        if (step === "writing") throw e;
        const from = output.file ? ` (from ${output.file})` : "";
        throw new BanmianError(`banmian: ${output.url}${from} could not be rendered: ${step} failed: ${(e as Error).message}`, { file: output.file });
      }
    }
    await writer.done();
  } finally {
    await writer.close();
  }
}
