// Pagefind alone, on a site already built without search: the peak memory
// of Pagefind's own process (which the build's maxRSS does not count), the
// time and the index size. A watchdog kills Pagefind above a limit, so that
// a runaway index cannot take the machine with it.
//   node bench/search.ts <site folder (pages/ inside)> <built output folder> [limit MiB, default 6144]
// Prints one JSON line: { ms, pagefindPeakMiB, pages, records, files, bytes }.
import fs from "node:fs";
import path from "node:path";
import { buildEdition } from "../src/site/edition.ts";
import { pageLabel, zhDate } from "../src/site/format.ts";
import { readPages } from "../src/site/read.ts";
import { indexSite, photoRecords, splitSearch } from "../src/site/search.ts";

const [site, output, limitArg] = process.argv.slice(2);
if (!site || !output) {
  console.error("usage: node bench/search.ts <site folder> <built output folder> [limit MiB]");
  process.exit(2);
}
const limitKiB = Number(limitArg ?? 6144) * 1024;

/** Pids of this process's children (Pagefind's service is one). */
function children(): number[] {
  const out: number[] = [];
  for (const pid of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // The command name is in parentheses and may hold spaces: the ppid follows the last one.
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === process.pid) out.push(Number(pid));
    } catch { /* gone meanwhile */ }
  }
  return out;
}

function statusKiB(pid: number, field: string): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

// VmHWM is the kernel's own peak, so polling misses no spike; VmRSS is what the watchdog acts on.
let peakKiB = 0;
const watchdog = setInterval(() => {
  for (const pid of children()) {
    peakKiB = Math.max(peakKiB, statusKiB(pid, "VmHWM"));
    if (statusKiB(pid, "VmRSS") > limitKiB) {
      console.error(`watchdog: Pagefind (pid ${pid}) passed ${limitKiB / 1024} MiB, killed`);
      process.kill(pid, "SIGKILL");
      process.exit(13);
    }
  }
}, 250);

const sources = readPages(path.join(site, "pages"), (abs) => path.relative(site, abs));
const edition = buildEdition(sources, { articlePages: true }, (n) => pageLabel(n));
const split = splitSearch(edition, photoRecords(edition, (s) => s, (pg) => `${zhDate(pg.date, "long")} ${pageLabel(pg.page)}`));
if (!split) throw new Error("no issues");
const stats = await indexSite(output, split);
clearInterval(watchdog);
console.log(JSON.stringify({ ...stats, pagefindPeakMiB: Math.round(peakKiB / 1024) }));
