// After an incremental build: what a fresh full build would not have is
// removed from the output folder it rendered into.
import fs from "node:fs";
import path from "node:path";
import type { Edition } from "./edition.ts";
import type { Plan } from "./incremental.ts";

/** Clears what a changed issue no longer has, and photo renderings no photo uses. */
export function clearStale(outputDir: string, ed: Edition, plan: Plan, written: Set<string>): void {
  for (const date of plan.clear) removeStale(path.join(outputDir, date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)), written);
  if (plan.full) {
    // Into a folder an earlier build wrote: issues gone since must go too.
    for (const year of fs.readdirSync(outputDir)) if (/^\d{4}$/.test(year)) removeStale(path.join(outputDir, year), written);
  }
  // Renderings of photos since changed or dropped: a fresh build would not have them.
  removeStaleImages(path.join(outputDir, "img"), ed);
}

/** Removes every file under `dir` this build did not write, and the folders left empty. */
function removeStale(dir: string, written: Set<string>): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) removeStale(abs, written);
    else if (!written.has(abs)) fs.rmSync(abs);
  }
  if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

/** Removes eleventy-img renderings (`<hash>-<width>.<format>`) in `dir` that no photo of `edition` uses. */
function removeStaleImages(dir: string, edition: Edition): void {
  if (!fs.existsSync(dir)) return;
  const used = new Set<string>();
  for (const ph of edition.photos) {
    for (const source of ph.image?.sources ?? []) {
      for (const candidate of source.srcset.split(",")) used.add(path.posix.basename(candidate.trim().split(" ")[0]!));
    }
    if (ph.image) used.add(path.posix.basename(ph.image.src));
  }
  for (const name of fs.readdirSync(dir)) {
    if (/^[\w-]{6,}-\d+\.(?:avif|webp|jpeg|png)$/.test(name) && !used.has(name)) fs.rmSync(path.join(dir, name));
  }
}
