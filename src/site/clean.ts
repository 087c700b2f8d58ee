// The last build's files of the edition, settled: what this build keeps is
// put in place (from where `banmian build` carried it), what a fresh full
// build would not have is removed. Only files the last build's manifest
// lists are touched, and never one Eleventy wrote in this build: the site's
// own pages, copies and images are not banmian's to remove.
import fs from "node:fs";
import path from "node:path";

export interface Settle {
  outputDir: string;
  /** Where the last build's files are when `banmian build` carried them (else they are in place). */
  carried?: string;
  /** The last build's files, relative to the output folder. */
  previous: string[];
  /** Whether a full build of this edition has the file (relative): kept unless written again. */
  current: (file: string) => boolean;
  /** Whether this build writes the file (relative): left for the writer. */
  writing: (file: string) => boolean;
  /** Absolute paths Eleventy wrote in this build. */
  theirs: Set<string>;
}

/** Moves a file into place, its folders made. */
export function moveInto(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.renameSync(from, to);
}

/** Keeps what is current, removes what is stale; returns how many files were removed. */
export function settle(s: Settle): number {
  let removed = 0;
  const emptied = new Set<string>();
  for (const f of s.previous) {
    // Asked first, by name: in place, a full build goes through a million files with nothing to do.
    if (s.writing(f) || (!s.carried && s.current(f))) continue;
    const abs = path.join(s.outputDir, f);
    if (s.theirs.has(abs)) continue;
    const carried = s.carried ? path.join(s.carried, f) : undefined;
    const isCarried = carried !== undefined && fs.existsSync(carried);
    if (s.current(f)) {
      if (isCarried) moveInto(carried, abs);
    } else if (!isCarried && fs.existsSync(abs)) {
      fs.rmSync(abs);
      emptied.add(path.dirname(abs));
      removed++;
    }
  }
  // Folders a removal left empty (a withdrawn issue), up to the output folder.
  for (const dir of [...emptied].sort().reverse()) {
    for (let d = dir; d.startsWith(s.outputDir + path.sep) && fs.existsSync(d) && fs.readdirSync(d).length === 0; d = path.dirname(d)) fs.rmdirSync(d);
  }
  return removed;
}
