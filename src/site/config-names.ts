// The names Eleventy looks for a site's config file by: `banmian build`
// finds the config as Eleventy does, and `banmian check` finds the site's
// folder by it. Apart from build.ts so that check loads no Eleventy.
import fs from "node:fs";
import path from "node:path";

/** In Eleventy's order: the first found wins. */
export const CONFIG_NAMES = [".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs"];

/** The Eleventy config in `dir`, if there is one. */
export const configIn = (dir: string): string | undefined =>
  CONFIG_NAMES.map((name) => path.resolve(dir, name)).find((file) => fs.existsSync(file));
