// A build that never leaves a half-written site where the last good one was:
// Eleventy writes into a fresh folder beside the output, and only a build
// that finished replaces the output (two renames). A failed build leaves the
// last good edition in place, so a nightly deploy never publishes a broken one.
// With the plugin's `incremental` option the fresh folder starts as a copy of
// the last good site (its bulk hard-linked), so that the nightly build renders
// only the new issue.
import fs from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { BanmianError } from "../errors.ts";
import { buildSignals } from "./write.ts";

export interface BuildOptions {
  /** The site's input folder (holding pages/, photos/ and .eleventy.js). */
  input?: string;
  /** Where the finished site goes. */
  output?: string;
  /** The site's Eleventy config file, relative to the working folder. */
  configPath?: string;
  pathPrefix?: string;
  quiet?: boolean;
}

/**
 * Hard-links a folder tree: the previous build's files carry over at no cost.
 * Safe only where nothing writes into a file in place: eleventy-img skips
 * files that exist, banmian's writer replaces them (see write-worker.ts),
 * Pagefind's bundles are removed before they are written.
 */
function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(src, dst);
    else if (entry.isFile()) fs.linkSync(src, dst);
  }
}

/**
 * The BanmianError behind Eleventy's wrappers, if one caused the failure.
 * Matched by name: the site's config may load another copy of this module.
 */
export function banmianCause(error: unknown): BanmianError | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 10; depth++) {
    if (e instanceof Error && e.name === "BanmianError") {
      const { file, line } = e as BanmianError;
      return new BanmianError(e.message, { file, line });
    }
    const next = e as { originalError?: unknown; cause?: unknown };
    e = next.originalError ?? next.cause;
  }
  return undefined;
}

/** The folders of the last good site that only banmian writes: the issues (by year), images, search bundles. */
const isBulk = (name: string): boolean => /^\d{4}$|^img$|^pagefind/.test(name);

/**
 * The last good site as the start of an incremental build: the bulk
 * hard-linked, the rest (the site's own pages, which Eleventy writes in
 * place) copied.
 */
function startFrom(previous: string, building: string): void {
  fs.mkdirSync(building, { recursive: true });
  for (const entry of fs.readdirSync(previous, { withFileTypes: true })) {
    const src = path.join(previous, entry.name);
    const dst = path.join(building, entry.name);
    if (entry.isDirectory() && isBulk(entry.name)) linkTree(src, dst);
    else fs.cpSync(src, dst, { recursive: true });
  }
}

/** Builds the site; the output folder changes only if the whole build succeeded. */
export async function buildSite(options: BuildOptions = {}): Promise<{ output: string }> {
  const input = options.input ?? ".";
  const output = path.resolve(options.output ?? "_site");
  const building = `${output}.building`;
  const previous = `${output}.previous`;
  // Leftovers of a build that was killed: never mistaken for a site.
  fs.rmSync(building, { recursive: true, force: true });
  fs.rmSync(previous, { recursive: true, force: true });
  const signals = buildSignals();
  signals.incremental = false;
  try {
    // The last good site stays in place while the new one is built beside it:
    // Eleventy must not read it as input (its HTML would be rendered again).
    const ignored = [output, previous].map((dir) => path.relative(path.resolve(input), dir).split(path.sep).join("/"));
    const elev = new Eleventy(input, building, {
      quietMode: options.quiet ?? false,
      config(eleventyConfig: { ignores: Set<string> }) {
        for (const dir of ignored) if (!dir.startsWith("..")) eleventyConfig.ignores.add(`${dir}/**`);
      },
      ...(options.configPath ? { configPath: options.configPath } : {}),
      ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}),
    } as never);
    // Eleventy prints its own stack traces for failed builds; ours is one
    // sentence. Its logger stays: banmian's lines go through it.
    (elev.errorHandler as unknown as { logger: { overrideLogger(l: false): void } | undefined }).logger = undefined;
    (elev.errorHandler as unknown as { logger: { overrideLogger(l: false): void } }).logger.overrideLogger(false);
    await elev.init(); // loads the site's config: is the plugin incremental?
    if (fs.existsSync(output)) {
      if (signals.incremental) {
        startFrom(output, building);
        signals.linked.add(building);
      } else if (fs.existsSync(path.join(output, "img"))) {
        linkTree(path.join(output, "img"), path.join(building, "img"));
      }
    }
    await elev.write();
  } catch (e) {
    fs.rmSync(building, { recursive: true, force: true });
    throw banmianCause(e) ?? new BanmianError(`the build failed, and ${path.basename(output)} was left as it was: ${(e as Error).message}`);
  } finally {
    signals.linked.delete(building);
  }

  if (fs.existsSync(output)) fs.renameSync(output, previous);
  fs.renameSync(building, output);
  fs.rmSync(previous, { recursive: true, force: true });
  return { output };
}
