// The last job of a build split by year (years.ts, docs/scale.md): the jobs'
// output folders joined into one site. Each job wrote its own years' files
// and the same cross-year files (home, archive, feed, sitemaps, the latest
// month's search bundle); a file two jobs both wrote must be the same bytes,
// or the jobs did not build the same edition and the merge stops. The list
// of the archive's search bundles is the one file no job can write whole:
// it is written here, from the bundles the jobs wrote.
import fs from "node:fs";
import path from "node:path";
import { BanmianError } from "../errors.ts";
import { ARCHIVE_BUNDLE, ARCHIVE_LIST } from "./search.ts";

/** Files under `dir`, relative, with `/` separators. */
function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
}

/** Hard-links `from` to `to` (the parts are never written again), or copies it across file systems. */
function place(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  try {
    fs.linkSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EXDEV") throw e;
    fs.copyFileSync(from, to);
  }
}

/**
 * Joins the output folders `parts` into `into` (which must not exist or be
 * empty). Throws BanmianError when two parts hold different bytes for one
 * file, or when a year of the archive is in no part. Returns how many
 * files the site has.
 */
export function mergeSites(parts: string[], into: string): number {
  if (fs.existsSync(into) && fs.readdirSync(into).length) {
    throw new BanmianError(`${into} is not empty: merge into a new folder`);
  }
  const list = `${ARCHIVE_BUNDLE}/${ARCHIVE_LIST}`;
  const from = new Map<string, string>();
  for (const part of parts) {
    if (!fs.statSync(part, { throwIfNoEntry: false })?.isDirectory()) throw new BanmianError(`${part} is not a folder a build wrote`);
    for (const rel of filesUnder(part)) {
      if (rel === list) continue;
      const file = path.join(part, rel);
      const other = from.get(rel);
      if (other === undefined) {
        from.set(rel, part);
        place(file, path.join(into, rel));
      } else if (!fs.readFileSync(file).equals(fs.readFileSync(path.join(other, rel)))) {
        throw new BanmianError(`${rel} differs between ${other} and ${part}: build every part from the same pages, photos, layouts and options`);
      }
    }
  }
  // Every job writes a sitemap for every year of the archive: a year no job built has one but no folder.
  const missing = [...from.keys()].flatMap((rel) => /^sitemap-(\d{4})\.xml$/.exec(rel)?.[1] ?? []).filter((y) => !fs.existsSync(path.join(into, y)));
  if (missing.length) {
    throw new BanmianError(`no part holds the issues of ${missing.join(", ")}: give ${missing.length > 1 ? "these years" : "that year"} to a job's \`years\``);
  }
  // As a single build lists them: every archive bundle, oldest first (their names are their first issues' dates).
  const archive = path.join(into, ARCHIVE_BUNDLE);
  if (!fs.existsSync(archive)) return from.size;
  const names = fs.readdirSync(archive, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${e.name}/`).sort();
  fs.writeFileSync(path.join(archive, ARCHIVE_LIST), `${JSON.stringify(names)}\n`);
  return from.size + 1;
}
