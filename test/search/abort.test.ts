// A build that fails while search is indexing ends its Pagefind processes
// (the workers and the Pagefind services they started) at once, and leaves
// no bundle in the cache under a key: the next build indexes it again.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeArchive } from "../../bench/archive.ts";
import { descendants, procStat } from "../../bench/memory.ts";
import { buildEdition } from "../../src/site/edition.ts";
import { readPages } from "../../src/site/read.ts";
import { startSearch } from "../../src/site/search-index.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-search-abort-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Whether a process is still running (a zombie waiting to be reaped has ended). */
function running(pid: number): boolean {
  const state = procStat(pid)?.[0];
  return state !== undefined && state !== "Z";
}

const commandOf = (pid: number): string => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return "";
  }
};

async function until(done: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) if (done()) return true;
  return done();
}

describe.runIf(process.platform === "linux")("a build that fails while search indexes", { timeout: 120_000 }, () => {
  it("ends every Pagefind process it started, and caches no bundle", async () => {
    // Two months of a daily: the archive's bundle and the latest month's, each some seconds of Pagefind.
    writeArchive(dir, { issues: 60 });
    const ed = buildEdition(readPages(path.join(dir, "pages"), (f) => path.relative(dir, f)), { articlePages: true }, (n) => `第${n}版`);
    const cacheDir = path.join(dir, "cache");
    const search = startSearch(ed, (s) => s, { cacheDir })!;
    expect(search.missing).toBe(2);
    // The workers, and the Pagefind services they start once their records are sent.
    const services = () => descendants().filter((pid) => commandOf(pid).includes("pagefind") && !commandOf(pid).includes("search-worker"));
    expect(await until(() => services().length >= 2, 30_000), "Pagefind's services started").toBe(true);
    const pids = descendants();
    search.abort();
    expect(await until(() => !pids.some(running), 3_000), `still running: ${pids.filter(running).join(", ")}`).toBe(true);
    const cached = fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).filter((f) => !f.endsWith(".tmp")) : [];
    expect(cached).toEqual([]);
  });
});
