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
import { BanmianError, isBug } from "../errors.ts";
import { linkTree } from "./link-tree.ts";
import { buildSignals } from "./write.ts";

export interface BuildOptions {
  /** The site's input folder (holding pages/ and photos/). */
  input?: string;
  /** Where the finished site goes: by default `_site` in the folder of the config file. */
  output?: string;
  /** The site's Eleventy config file, relative to the working folder; by default found as Eleventy finds it (see findConfig). */
  configPath?: string;
  pathPrefix?: string;
  quiet?: boolean;
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

/** The names Eleventy looks for a config file by, in its order: the first found wins. */
export const CONFIG_NAMES = [".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs"];

/**
 * The site's config file: `named`, else the first of Eleventy's names in the
 * working folder (where Eleventy looks), else in the input folder, so that
 * `banmian build --input ../paper` works from anywhere.
 */
export function findConfig(input: string, named?: string): string {
  if (named) {
    if (!fs.existsSync(named)) throw new BanmianError("no such config file: give the site's Eleventy config (e.g. eleventy.config.js) or leave --config out", { file: named });
    return path.resolve(named);
  }
  for (const dir of [".", input]) {
    const found = CONFIG_NAMES.map((name) => path.resolve(dir, name)).find((file) => fs.existsSync(file));
    if (found) return found;
  }
  const where = path.resolve(input) === path.resolve(".") ? "this folder" : `this folder or ${input}`;
  throw new BanmianError(`no Eleventy config in ${where} (${CONFIG_NAMES.join(", ")}): add one that adds the plugin, \`eleventyConfig.addPlugin(banmian)\``);
}

/** Builds the site; the output folder changes only if the whole build succeeded. */
export async function buildSite(options: BuildOptions = {}): Promise<{ output: string }> {
  const input = options.input ?? ".";
  const configPath = findConfig(input, options.configPath);
  const output = path.resolve(options.output ?? path.join(path.dirname(configPath), "_site"));
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
    // Eleventy reads ignores relative to the working folder, not the input.
    const ignored = [output, previous].map((dir) => path.relative(process.cwd(), dir).split(path.sep).join("/"));
    const elev = new Eleventy(input, building, {
      quietMode: options.quiet ?? false,
      config(eleventyConfig: { ignores: Set<string> }) {
        for (const dir of ignored) eleventyConfig.ignores.add(`${dir}/**`);
      },
      configPath,
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
    if (isBug(e) && !banmianCause(e)) throw e;
    throw banmianCause(e) ?? new BanmianError(`the build failed, and ${path.basename(output)} was left as it was: ${(e as Error).message}`);
  } finally {
    signals.linked.delete(building);
  }

  if (fs.existsSync(output)) fs.renameSync(output, previous);
  fs.renameSync(building, output);
  fs.rmSync(previous, { recursive: true, force: true });
  return { output };
}
