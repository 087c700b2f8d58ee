// `banmian build`: Eleventy's build of the site, replacing the output only
// when it succeeded (site/build.ts).
import fs from "node:fs";
import path from "node:path";
import { UsageError, type Command } from "./args.ts";

function countFiles(dir: string): number {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((e) => e.isFile()).length;
}

export const buildCommand: Command = {
  usage: `usage: banmian build [--input DIR] [--output DIR] [--config FILE] [--pathprefix /PATH/] [--quiet]
  Builds the site with Eleventy; the output changes only if the build succeeds.
  --input DIR         the site's input folder, holding pages/ and photos/ (default .)
  --output DIR        where the site goes (default _site beside the config file)
  --config FILE       the Eleventy config (default: the first of .eleventy.js,
                      eleventy.config.js, eleventy.config.mjs, eleventy.config.cjs
                      in this folder, else in the input folder)
  --pathprefix /PATH/ serve the site under a sub-path, as Eleventy's --pathprefix
  --quiet             print only warnings and errors, as Eleventy's --quiet`,
  valued: ["input", "output", "config", "pathprefix"],
  bare: ["quiet"],
  async run(rest, flags, io) {
    if (rest.length) throw new UsageError(`build takes no file names (got ${rest.join(" ")})`, this.usage);
    const started = performance.now();
    // Eleventy is loaded only for this command: outline, split and check never need it.
    const { buildSite } = await import("../site/build.ts");
    const { output } = await buildSite({
      input: flags.get("input"),
      output: flags.get("output"),
      configPath: flags.get("config"),
      pathPrefix: flags.get("pathprefix"),
      quiet: flags.has("quiet"),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (!flags.has("quiet")) io.err(`banmian: built ${path.relative(process.cwd(), output) || output} (${countFiles(output)} files) in ${seconds} s\n`);
    return 0;
  },
};
