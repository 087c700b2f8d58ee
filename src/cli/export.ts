// `banmian export PAGES… --out DIR`: the build's downloads (page.txt,
// page.json, article.txt, article.json, issue.txt, issue.json) without
// building, at the same paths and with the same bytes as the site's.
import fs from "node:fs";
import path from "node:path";
import { buildEdition, type SourcePage } from "../site/edition.ts";
import { displayFrom } from "../site/display.ts";
import { downloads } from "../site/downloads.ts";
import { pageLabel } from "../format/page-label.ts";
import { applyLedger, readLedger } from "../site/ledger-file.ts";
import { outputFile } from "../site/write.ts";
import { listPageFiles } from "../site/read.ts";
import { UsageError, type Command } from "./args.ts";
import { readFile } from "./read.ts";

/** Page files named as the build names them. */
const displayPath = (file: string): string => displayFrom(process.cwd())(path.resolve(file));

/** Every page file named, folders read for their `*.md`, as the build would. */
export function readSources(names: string[]): SourcePage[] {
  const sources: SourcePage[] = [];
  for (const name of names) {
    const files = fs.existsSync(name) && fs.statSync(name).isDirectory() ? listPageFiles(name) : [name];
    for (const f of files) for (const model of readFile(f)) sources.push({ file: displayPath(f), model });
  }
  return sources;
}

export const exportCommand: Command = {
  usage: `usage: banmian export PAGES… --out DIR [--paper NAME] [--undated]
  Writes the text and data downloads of page files (or folders of them)
  into DIR: page.txt, page.json, article.txt, article.json, issue.txt and
  issue.json, at the site's paths and with the site's bytes (docs/downloads.md),
  numbered by the URL ledger in ./ledger as \`banmian build\` numbers them.
  PAGES…        page files, or folders read for their *.md
  --out DIR     the folder to write into
  --paper NAME  the paper's name where a page's front matter gives none
  --undated     pages with no date or number are exported under undated/, as a site with \`undated: "section"\` builds them`,
  valued: ["out", "paper"],
  bare: ["undated"],
  run(names, flags, io) {
    const out = flags.get("out");
    if (!out) throw new UsageError("export needs --out DIR", this.usage);
    if (!names.length) throw new UsageError("export needs page files or folders: banmian export pages --out DIR", this.usage);
    const edition = buildEdition(readSources(names), { paper: flags.get("paper"), articlePages: true, undated: flags.has("undated") ? "section" : "error" }, (n) => pageLabel(n));
    // The URLs of the site: the ledger of the site in the working folder, as `banmian build` reads it.
    applyLedger(edition, readLedger("ledger"));
    let written = 0;
    for (const d of downloads(edition.issues, edition.undated)) {
      const file = path.join(out, outputFile(d.url));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, d.content());
      written++;
    }
    io.err(`banmian: wrote ${written} files of ${edition.pages.length} pages into ${out}\n`);
    return 0;
  },
};
