// `banmian check [PAGES]`: every check a build makes, without building, from
// the same code (site/load.ts readEdition), but reporting every problem
// instead of stopping at the first; then what an archive asks beyond each
// file (the URL ledger, corrections: archive-check.ts). Prints each as
// `warning: file:line: …` or `error: file:line: …` and a summary; exit 1 on
// any error (with --strict, on any warning too).
import fs from "node:fs";
import path from "node:path";
import { BanmianError, located, type Place } from "../errors.ts";
import { configIn } from "../site/config-names.ts";
import { displayFrom } from "../site/display.ts";
import { readEdition } from "../site/load.ts";
import { resolveOptions } from "../site/options.ts";
import { NO_PROGRESS, progress } from "../site/progress.ts";
import { listPageFiles } from "../site/read.ts";
import { UsageError, type Command } from "./args.ts";
import { checkArchive, findingText, type Finding } from "./archive-check.ts";
import { writeReport } from "./report.ts";

/** The site's folder: the nearest above PAGES holding an Eleventy config, else the one holding PAGES. */
function siteFolder(pages: string): string {
  const start = path.dirname(path.resolve(pages));
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (configIn(dir)) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

/** A finding about `at`; a refusal's message starts with its `file:line: `, which the finding keeps apart. */
function finding(level: Finding["level"], text: string, at?: Place): Finding {
  const { file = "", line } = at ?? {};
  const prefix = located("", file, line);
  return { level, file, ...(line ? { line } : {}), message: prefix && text.startsWith(prefix) ? text.slice(prefix.length) : text };
}

export const checkCommand: Command = {
  usage: `usage: banmian check [PAGES] [--photos DIR] [--ledger DIR] [--undated] [--fix] [--strict] [--report DIR]
  Checks every page file as a build would (reading, dates and page numbers,
  one file per printed page, the photos they name, decoded to their end),
  and the archive against its URL ledger (a page changed since it was
  published without a correction), reporting every problem as file:line,
  without building. The site's folder is the nearest folder above PAGES
  holding an Eleventy config, else the folder holding PAGES; files are
  named as the build names them, from the site's folder.
  PAGES          the pages folder, one of its folders, or one page file (default pages)
  --photos DIR   the photos folder, as the plugin's \`photos\` option (default: photos in the site's folder)
  --ledger DIR   the URL ledger's folder, as the plugin's \`ledger\` option (default: ledger in the site's folder)
  --undated      pages with no date or number are warnings, as a site with \`undated: "section"\` builds them
  --fix          write the URL ledger of this reading, as a build would
  --strict       any warning fails the check too (exit 1): for nightly jobs
  --report DIR   write report.html and report.json, per issue and page, into DIR`,
  valued: ["photos", "ledger", "report"],
  bare: ["undated", "fix", "strict"],
  async run(rest, flags, io) {
    if (rest.length > 1) throw new UsageError(`check takes one folder or file (got ${rest.join(" ")})`, this.usage);
    const pages = rest[0] ?? "pages";
    if (!fs.existsSync(pages)) throw new BanmianError("no such folder or file", { file: pages });
    const site = siteFolder(pages);
    const display = displayFrom(site);
    const fromHere = displayFrom(process.cwd());
    const photosDir = path.resolve(flags.get("photos") ?? path.join(site, "photos"));
    const ledgerDir = path.resolve(flags.get("ledger") ?? path.join(site, "ledger"));
    const findings: Finding[] = [];
    const say = (f: Finding) => {
      findings.push(f);
      io.out(`${findingText(f)}\n`);
    };
    const tty = Boolean(process.stderr.isTTY);
    const ed = await readEdition(resolveOptions({ undated: flags.has("undated") ? "section" : "error" }), {
      pagesDir: path.resolve(pages), photosDir, display,
      warn: (message, at) => say(finding("warning", message, at)),
      progress: (label, total) => (tty ? progress("banmian:", label, total) : NO_PROGRESS),
    }, (error) => say(finding("error", error.message, error.file ? { file: error.file, line: error.line } : undefined)), true);
    const archive = checkArchive(ed.pages.map((p) => ({ file: p.file, model: p.model })), ledgerDir, flags.has("fix"));
    for (const f of archive.findings) say(f);
    for (const f of archive.fixed) io.err(`banmian: wrote ${fromHere(f)}\n`);
    const files = listPageFiles(pages).map(display);
    const report = flags.get("report");
    if (report) for (const f of writeReport(report, { ...archive, files, findings })) io.err(`banmian: wrote ${fromHere(f)}\n`);
    const count = (level: Finding["level"]) => findings.filter((f) => f.level === level).length;
    const [warnings, errors] = [count("warning"), count("error")];
    io.out(
      `${files.length} files, ${ed.issues.length} issues, ${ed.pages.length} pages, ${ed.articles.length} articles, ${ed.photos.length} photos: ` +
        `${warnings} warnings, ${errors} errors\n`,
    );
    return errors || (flags.has("strict") && warnings) ? 1 : 0;
  },
};
