// A build that never leaves a half-written site where the last good one was:
// Eleventy writes into a fresh folder beside the output, and only a build
// that finished replaces the output (two renames). A failed build leaves the
// last good edition in place, so a nightly deploy never publishes a broken one.
import fs from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { BanmianError } from "../errors.ts";

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
 * Hard-links a folder tree: the previous build's rendered images carry over
 * into the new build (eleventy-img skips files that exist) at no cost.
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

/** Builds the site; the output folder changes only if the whole build succeeded. */
export async function buildSite(options: BuildOptions = {}): Promise<{ output: string }> {
  const input = options.input ?? ".";
  const output = path.resolve(options.output ?? "_site");
  const building = `${output}.building`;
  const previous = `${output}.previous`;
  // Leftovers of a build that was killed: never mistaken for a site.
  fs.rmSync(building, { recursive: true, force: true });
  fs.rmSync(previous, { recursive: true, force: true });
  const images = path.join(output, "img");
  if (fs.existsSync(images)) linkTree(images, path.join(building, "img"));

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
    // Eleventy prints its own stack traces for failed builds; ours is one sentence.
    elev.disableLogger();
    await elev.write();
  } catch (e) {
    fs.rmSync(building, { recursive: true, force: true });
    throw banmianCause(e) ?? new BanmianError(`the build failed, and ${path.basename(output)} was left as it was: ${(e as Error).message}`);
  }

  if (fs.existsSync(output)) fs.renameSync(output, previous);
  fs.renameSync(building, output);
  fs.rmSync(previous, { recursive: true, force: true });
  return { output };
}
