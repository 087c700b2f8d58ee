// `banmian check [DIR] [--fix] [--strict] [--report DIR]`: every validation
// a build would make, without building. Prints each problem as file:line and
// a summary; exit 1 on any error (with --strict, on any warning too).
import fs from "node:fs";
import path from "node:path";
import { BanmianError } from "../errors.ts";
import type { PageModel } from "../model.ts";
import type { Io } from "./main.ts";
import { readFile } from "./main.ts";
import { photoProblem } from "../site/photo-file.ts";
import { checkArchive, findingText, ledgerDirOf, type Finding } from "./archive-check.ts";
import { checkOptions, progress } from "./check-options.ts";
import { writeReport } from "./report.ts";

function pageFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => f.endsWith(".md") && path.basename(f).toLowerCase() !== "readme.md")
    .map((f) => path.join(dir, f))
    .sort();
}

export async function check(args: string[], io: Io): Promise<number> {
  const { dir, fix, strict, report, undated } = checkOptions(args);
  const photosDir = path.join(path.dirname(path.resolve(dir)), "photos");
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new BanmianError("no such folder", { file: dir });
  const files = pageFiles(dir);
  let errors = 0;
  let warnings = 0;
  const issues = new Set<string>();
  const claimed = new Map<string, string>();
  const all: PageModel[] = [];
  const read: { file: string; model: PageModel }[] = [];
  const findings: Finding[] = [];
  const say = (f: Finding) => {
    findings.push(f);
    if (f.level === "error") errors++;
    else warnings++;
    io.out(`${findingText(f)}\n`);
  };
  const error = (where: string, message: string) => {
    const [, file, line] = /^(.*?)(?::(\d+))?$/.exec(where)!;
    say({ level: "error", file: file!, ...(line ? { line: Number(line) } : {}), message });
  };
  const tick = progress(io, files.length);
  for (const file of files) {
    tick();
    let pages: PageModel[];
    try {
      pages = readFile(file);
    } catch (e) {
      if (!(e instanceof BanmianError)) throw e;
      error(`${e.file ?? file}${e.line ? `:${e.line}` : ""}`, e.message);
      continue;
    }
    for (const page of pages) {
      all.push(page);
      read.push({ file, model: page });
      for (const w of page.warnings) say({ level: "warning", file, line: w.line, message: w.message });
      // A site built with `undated: "section"` builds such a page apart, with a warning.
      const missing = undated ? (where: string, message: string) => say({ level: "warning", file: where, message: `${message} (built at /undated/)` }) : error;
      if (!page.date) missing(file, "no date: give `date: YYYY-MM-DD` in the front matter or put the file in a pages/YYYY-MM-DD/ folder");
      if (page.page === undefined) missing(file, "no page number: give `page: N` in the front matter or name the file NN.md");
      if (page.date && page.page !== undefined) {
        issues.add(page.date);
        const key = `${page.date} page ${page.page}`;
        const other = claimed.get(key);
        if (other) error(file, `${key} is claimed by ${other} too`);
        else claimed.set(key, file);
      }
      for (const item of page.items) {
        if (item.kind !== "photo" || !item.src) continue;
        const problem = await photoProblem(photosDir, item.src);
        if (problem) error(`${file}:${item.line}`, `${path.relative(process.cwd(), path.join(photosDir, item.src))} ${problem}`);
      }
    }
  }
  const archive = checkArchive(read, ledgerDirOf(dir), fix);
  for (const f of archive.findings) say(f);
  for (const f of archive.fixed) io.err(`banmian: wrote ${path.relative(process.cwd(), f)}\n`);
  if (report) for (const f of writeReport(report, { ...archive, files, findings })) io.err(`banmian: wrote ${f}\n`);
  const articles = all.reduce((n, p) => n + p.items.filter((i) => i.kind === "article").length, 0);
  const photos = all.reduce((n, p) => n + p.items.filter((i) => i.kind === "photo").length, 0);
  io.out(
    `${files.length} files, ${issues.size} issues, ${all.length} pages, ${articles} articles, ${photos} photos: ` +
      `${warnings} warnings, ${errors} errors\n`,
  );
  return errors || (strict && warnings) ? 1 : 0;
}
