// Pagefind alone, on a site already built without search: the peak memory
// of Pagefind's own process (which the build's maxRSS does not count), the
// time and the index size. A watchdog kills Pagefind above a limit, so that
// a runaway index cannot take the machine with it.
//   node bench/search.ts <site folder (pages/ inside)> <built output folder> [limit MiB, default 6144]
// Prints one JSON line: { ms, pagefindPeakMiB, records, bundles, indexed, files, bytes }.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildEdition } from "../src/site/edition.ts";
import { pageLabel } from "../src/site/format.ts";
import { readPages } from "../src/site/read.ts";
import { splitSearch } from "../src/site/search.ts";
import { issueRecords, indexSite } from "../src/site/search-index.ts";
import { watchChildren } from "./memory.ts";

const [site, output, limitArg] = process.argv.slice(2);
if (!site || !output) {
  console.error("usage: node bench/search.ts <site folder> <built output folder> [limit MiB]");
  process.exit(2);
}

const watch = watchChildren(Number(limitArg ?? 6144));

const sources = readPages(path.join(site, "pages"), (abs) => path.relative(site, abs));
const edition = buildEdition(sources, { articlePages: true }, (n) => pageLabel(n));
const split = splitSearch(edition, issueRecords());
if (!split) throw new Error("no issues");
// A cold index: a cache of its own, removed after.
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-bench-search-"));
const stats = await indexSite(output, split, { cacheDir });
fs.rmSync(cacheDir, { recursive: true, force: true });
console.log(JSON.stringify({ ...stats, pagefindPeakMiB: Math.round(watch.stop() / 1024) }));
