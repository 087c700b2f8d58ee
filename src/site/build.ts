// `banmian build`: a build that never leaves a half-written site where the
// last good one was, and never changes a file of it.
//
// - One build at a time (lock.ts).
// - Eleventy writes into `<output>.building`, a fresh folder. The last good
//   site's files of the edition (those its manifest lists, nothing of the
//   site's own) are hard-linked into `.banmian-carried/` inside it, a folder
//   no one writes into: the plugin moves out what it keeps, and every file it
//   writes is a new one. The site's own pages and copies are written fresh
//   by Eleventy, so no write can reach a file of the last good site.
// - The manifest is inside the built folder, written last: it moves with
//   the site it describes.
// - The swap is two renames: the output to `<output>.previous`, the built
//   folder to the output. A kill between them leaves no output but the last
//   good site as `.previous`: the next build puts it back before anything
//   else. So after `kill -9` at any moment there is a complete site at the
//   output, or the next start restores one, and the next build starts from
//   the site that is there and its own manifest.
import fs from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { BanmianError, isBug } from "../errors.ts";
import { killPoint } from "./kill-point.ts";
import { lockOutput } from "./lock.ts";
import { CONFIG_NAMES, configIn } from "./config-names.ts";
import { CARRIED_DIR, MANIFEST_FILE, readManifest } from "./manifest.ts";

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
 * Matched by name: the site's config may load another copy of this module
 * (in this repository the command runs src/ while the config imports dist/;
 * a global `banmian` command and a site's own install are two copies too).
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

/** Puts back the last good site a kill left between the swap's renames, and clears what a killed build left. */
function recover(output: string, building: string, previous: string): void {
  if (!fs.existsSync(output) && fs.existsSync(previous)) fs.renameSync(previous, output);
  fs.rmSync(building, { recursive: true, force: true });
  fs.rmSync(previous, { recursive: true, force: true });
}

/** Hard-links the last good site's files of the edition (its manifest's list) into the new build's carried folder. */
function carryOver(output: string, building: string): void {
  fs.mkdirSync(building, { recursive: true });
  const manifest = readManifest(output);
  if (!manifest) return;
  const carried = path.join(building, CARRIED_DIR);
  const made = new Set<string>();
  for (const f of [...manifest.outputs, MANIFEST_FILE]) {
    const to = path.join(carried, f);
    const dir = path.dirname(to);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    try {
      fs.linkSync(path.join(output, f), to);
    } catch (e) {
      // A file gone from the last good site: the plugin sees it missing and builds everything.
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
  }
}

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
    const found = configIn(dir);
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
  const unlock = lockOutput(output);
  try {
    killPoint("locked");
    recover(output, building, previous);
    try {
      carryOver(output, building);
      killPoint("carried");
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
      await elev.write();
      // What the plugin did not keep of the last good site: links, removed without touching it.
      fs.rmSync(path.join(building, CARRIED_DIR), { recursive: true, force: true });
    } catch (e) {
      fs.rmSync(building, { recursive: true, force: true });
      if (isBug(e) && !banmianCause(e)) throw e;
      throw banmianCause(e) ?? new BanmianError(`the build failed, and ${path.basename(output)} was left as it was: ${(e as Error).message}`);
    }
    killPoint("built");
    if (fs.existsSync(output)) {
      fs.renameSync(output, previous);
      killPoint("swap-half");
    }
    fs.renameSync(building, output);
    killPoint("swapped");
    fs.rmSync(previous, { recursive: true, force: true });
  } finally {
    unlock();
  }
  return { output };
}
