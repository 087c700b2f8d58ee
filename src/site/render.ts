// Renders the edition's files with the site's own Nunjucks environment (its
// _includes, filters and shortcodes, the plugin's layouts behind them) and
// runs the site's transforms on each (Eleventy's HTML transformer among them:
// pathPrefix through the <base> plugin), as Eleventy would for a template.
// The edition is tens of thousands of files: Eleventy's per-template work
// (data cascade, pagination, one synchronous write each) cost more than the
// rendering, so the plugin renders its files in one loop and writes them
// off the main thread (write.ts).
import path from "node:path";
import { BanmianError, isBug } from "../errors.ts";
import { EDITION_PAGE } from "./image-guard.ts";
import type { Output } from "./outputs.ts";
import { withoutPretenuring } from "./pretenuring.ts";
import { NO_PROGRESS, type Progress } from "./progress.ts";

/** Where rendered files go: the output folder (write.ts), or a JSON run's list (publish.ts). */
export interface RenderTarget {
  /** The file `url` is written to. */
  fileOf(url: string): string;
  write(file: string, content: string): Promise<void>;
  /** Waits for every write; throws the first that failed. */
  done(): Promise<void>;
  close(): Promise<void>;
}

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
  page: { url: string; inputPath: string | false; outputPath: string; fileSlug: string; filePathStem: string; outputFileExtension: string; [EDITION_PAGE]?: boolean };
  baseHref?: string;
}

export type Transform = (this: TransformContext, content: string, outputPath: string) => unknown;

export interface RenderOptions {
  env: TemplateEnvironment;
  /** Every layout's variables: the site's global data and `banmian`. */
  globals: Record<string, unknown>;
  transforms: Record<string, Transform>;
  writer: RenderTarget;
  progress?: Progress;
}

const renderTemplate = (template: Template, context: object): Promise<string> =>
  new Promise((resolve, reject) => template.render(context, (e, html) => (e ? reject(e) : resolve(html ?? ""))));

function pageData(output: Output, outputPath: string): TransformContext["page"] {
  const stem = output.url === "/" ? "/index" : output.url.replace(/\/$/, "").replace(/\.[^./]+$/, "");
  return {
    url: output.url, inputPath: output.file ?? false, outputPath,
    fileSlug: path.posix.basename(stem), filePathStem: stem, outputFileExtension: path.extname(outputPath).slice(1),
    [EDITION_PAGE]: true,
  };
}

/** Renders and writes every output; a failure names the URL, the layout and the page file. */
export async function renderOutputs(outputs: Iterable<Output>, options: RenderOptions): Promise<void> {
  // Each page's objects die young only if V8 does not judge the loop's allocations long-lived: see pretenuring.ts.
  await withoutPretenuring(() => renderEach(outputs, options));
}

async function renderEach(outputs: Iterable<Output>, options: RenderOptions): Promise<void> {
  const { env, globals, transforms, writer, progress = NO_PROGRESS } = options;
  const templates = new Map<string, Template>();
  const steps = Object.entries(transforms);
  try {
    for (const output of outputs) {
      const outputPath = writer.fileOf(output.url);
      const page = pageData(output, outputPath);
      let step = `the layout ${output.layout}`;
      let content: unknown;
      if (output.content !== undefined) {
        // A download: its bytes as they are, no layout, no transform.
        await writer.write(outputPath, output.content());
        progress.tick();
        continue;
      }
      try {
        let template = templates.get(output.layout);
        if (!template) templates.set(output.layout, (template = env.getTemplate(output.layout, true)));
        content = await renderTemplate(template, { ...globals, page, ...output.data });
        for (const [name, transform] of steps) {
          step = `the transform ${name}`;
          content = await transform.call({ inputPath: page.inputPath, outputPath, url: output.url, page }, content as string, outputPath);
        }
      } catch (e) {
        if (isBug(e)) throw e; // a TypeError in a filter or transform: its stack trace says where
        const from = output.file ? ` (from ${output.file})` : "";
        throw new BanmianError(`${output.url}${from} could not be rendered: ${step} failed: ${(e as Error).message}`, { file: output.file, cause: e });
      }
      // Outside the try: a failed write is the output folder's, not this page's.
      await writer.write(outputPath, String(content ?? ""));
      progress.tick();
    }
    await writer.done();
    progress.done();
  } finally {
    await writer.close();
  }
}
