// `banmian check [DIR]`: every validation a build would make, without
// building. Prints each problem as file:line and a summary; exit 1 on any error.
import fs from "node:fs";
import path from "node:path";
import { BanmianError } from "../errors.ts";
import type { PageModel } from "../model.ts";
import type { Io } from "./main.ts";
import { readFile } from "./main.ts";
import { photoProblem } from "../site/photo-file.ts";

function pageFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => f.endsWith(".md") && path.basename(f).toLowerCase() !== "readme.md")
    .map((f) => path.join(dir, f))
    .sort();
}

export async function check(args: string[], io: Io): Promise<number> {
  const dir = args[0] ?? "pages";
  const photosDir = path.join(path.dirname(path.resolve(dir)), "photos");
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new BanmianError("no such folder", { file: dir });
  const files = pageFiles(dir);
  let errors = 0;
  let warnings = 0;
  const issues = new Set<string>();
  const claimed = new Map<string, string>();
  const all: PageModel[] = [];
  const error = (where: string, message: string) => {
    errors++;
    io.out(`error   ${where}: ${message}\n`);
  };
  for (const file of files) {
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
      for (const w of page.warnings) {
        warnings++;
        io.out(`warning ${file}:${w.line}: ${w.message}\n`);
      }
      if (!page.date) error(file, "no date: give `date: YYYY-MM-DD` in the front matter or put the file in a pages/YYYY-MM-DD/ folder");
      if (page.page === undefined) error(file, "no page number: give `page: N` in the front matter or name the file NN.md");
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
  const articles = all.reduce((n, p) => n + p.items.filter((i) => i.kind === "article").length, 0);
  const photos = all.reduce((n, p) => n + p.items.filter((i) => i.kind === "photo").length, 0);
  io.out(
    `${files.length} files, ${issues.size} issues, ${all.length} pages, ${articles} articles, ${photos} photos: ` +
      `${warnings} warnings, ${errors} errors\n`,
  );
  return errors ? 1 : 0;
}
