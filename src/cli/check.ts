// `banmian check [PAGES]`: every check a build makes, without building, from
// the same code (site/load.ts readEdition), but reporting every problem
// instead of stopping at the first. Prints each as `warning: file:line: …`
// or `error: file:line: …` and a summary; exit 1 on any error.
import fs from "node:fs";
import path from "node:path";
import { BanmianError } from "../errors.ts";
import { readEdition } from "../site/load.ts";
import { resolveOptions } from "../site/options.ts";
import { UsageError, type Command } from "./args.ts";

const display = (abs: string) => path.relative(process.cwd(), abs).split(path.sep).join("/") || ".";

export const checkCommand: Command = {
  usage: `usage: banmian check [PAGES] [--photos DIR]
  Checks every page file as a build would (reading, dates and page numbers,
  one file per printed page, the photos they name, decoded to their end),
  reporting every problem as file:line, without building.
  PAGES          the pages folder, one of its folders, or one page file (default pages)
  --photos DIR   the photos folder, as the plugin's \`photos\` option (default photos)`,
  valued: ["photos"],
  bare: [],
  async run(rest, flags, io) {
    if (rest.length > 1) throw new UsageError(`check takes one folder or file (got ${rest.join(" ")})`, this.usage);
    const pages = rest[0] ?? "pages";
    if (!fs.existsSync(pages)) throw new BanmianError("no such folder or file", { file: pages });
    const photosDir = path.resolve(flags.get("photos") ?? "photos");
    let errors = 0;
    let warnings = 0;
    const ed = await readEdition(resolveOptions({}), {
      pagesDir: path.resolve(pages), photosDir, display,
      warn: (message) => {
        warnings++;
        io.out(`warning: ${message}\n`);
      },
    }, (error) => {
      errors++;
      io.out(`error: ${error.message}\n`);
    }, true);
    io.out(
      `${ed.issues.length} issues, ${ed.pages.length} pages, ${ed.articles.length} articles, ${ed.photos.length} photos: ` +
        `${warnings} warnings, ${errors} errors\n`,
    );
    return errors ? 1 : 0;
  },
};
