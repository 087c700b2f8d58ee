// `banmian export PAGES… --out DIR`: the build's downloads (page.txt,
// page.json, article.txt, article.json, issue.txt, issue.json) without
// building, at the same paths and with the same bytes as the site's.
import fs from "node:fs";
import path from "node:path";
import { BanmianError } from "../errors.ts";
import { buildEdition, type SourcePage } from "../site/edition.ts";
import { downloads } from "../site/downloads.ts";
import { pageLabel } from "../format/page-label.ts";
import { applyLedger, readLedger } from "../site/ledger-file.ts";
import { outputFile } from "../site/write.ts";
import { listPageFiles } from "../site/read.ts";
import { readFile, type Io } from "./main.ts";

/** A path as the build names page files: relative to the working folder, with forward slashes. */
export const displayPath = (file: string): string => path.relative(process.cwd(), path.resolve(file)).split(path.sep).join("/");

/** Every page file named, folders read for their `*.md`, as the build would. */
export function readSources(names: string[]): SourcePage[] {
  const sources: SourcePage[] = [];
  for (const name of names) {
    const files = fs.existsSync(name) && fs.statSync(name).isDirectory() ? listPageFiles(name) : [name];
    for (const f of files) for (const model of readFile(f)) sources.push({ file: displayPath(f), model });
  }
  return sources;
}

export function exportCommand(names: string[], out: string, opts: { paper?: string; undated: boolean }, io: Io): number {
  if (!names.length) throw new BanmianError("export needs page files or folders: banmian export pages --out DIR");
  const edition = buildEdition(readSources(names), { paper: opts.paper, articlePages: true, undated: opts.undated ? "section" : "error" }, (n) => pageLabel(n));
  // The URLs of the site: the ledger of the site in the working folder, as `banmian build` reads it.
  applyLedger(edition, readLedger("ledger"));
  const files = downloads(edition.issues, edition.undated);
  for (const d of files) {
    const file = path.join(out, outputFile(d.url));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, d.content());
  }
  io.err(`banmian: wrote ${files.length} files of ${edition.pages.length} pages into ${out}\n`);
  return 0;
}
