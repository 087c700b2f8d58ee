// The archive's search bundles: bounded in size, covering every earlier
// issue once, each indexing only its issues' article and photo records, and
// with bounds that stay put as months are added (so that a month beginning
// leaves every full bundle's records, and so its key, as they were).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { writeArchive } from "../../bench/archive.ts";
import { buildEdition, type Edition } from "../../src/site/edition.ts";
import { readPages } from "../../src/site/read.ts";
import { ARCHIVE_BUNDLE, ARCHIVE_LIST, articleRecords, bundleRecords, photoRecords, splitSearch } from "../../src/site/search.ts";
import { issueRecords, indexSite, searchBudget } from "../../src/site/search-index.ts";

const root = path.resolve(import.meta.dirname, "../..");
/** Small bundles, about two issues of the synthetic archive each. */
const MAX = 30_000;

const edition = (dir: string): Edition =>
  buildEdition(readPages(path.join(dir, "pages"), (f) => path.relative(dir, f)), { articlePages: true }, (n) => `第${n}版`);

const chars = (ed: Edition, dates: Set<string>): number =>
  ed.issues.flatMap(issueRecords()).filter((r) => dates.has(r.url.slice(1, 11).replaceAll("/", "-"))).reduce((n, r) => n + r.content.length, 0);

describe("the archive's search bundles", () => {
  let dir = "";
  let out = "";
  let ed: Edition;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-search-bundles-"));
    out = `${dir}-site`;
    writeArchive(dir, { issues: 70 });
    const built = spawnSync(process.execPath, [path.join(root, "bench/child.ts"), ".", out, "eleventy.config.js"], {
      cwd: dir, encoding: "utf8", env: { ...process.env, BANMIAN_BENCH_OPTIONS: JSON.stringify({ search: false }) },
    });
    expect(built.status, built.stderr).toBe(0);
    ed = edition(dir);
  });

  afterAll(() => {
    for (const d of [dir, out]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  it("hold every issue before the latest month once, in order, each at most the bound", () => {
    const split = splitSearch(ed, issueRecords(), MAX)!;
    expect(split.month).toBe("1996/03");
    expect(split.archive.length).toBeGreaterThan(5);
    const firsts = split.archive.map((b) => b.dir);
    expect(firsts[0]).toBe(`${ARCHIVE_BUNDLE}/1996-01-01`);
    expect([...firsts].sort()).toEqual(firsts);
    const earlier = ed.issues.filter((i) => i.month !== "03").map((i) => i.date);
    const ends = [...firsts.slice(1).map((d) => path.basename(d)), "1996-03-01"];
    const covered = firsts.flatMap((d, k) => earlier.filter((date) => date >= path.basename(d) && date < ends[k]!));
    expect(covered).toEqual(earlier);
    firsts.forEach((d, k) => {
      const dates = new Set(earlier.filter((date) => date >= path.basename(d) && date < ends[k]!));
      if (dates.size > 1) expect(chars(ed, dates)).toBeLessThanOrEqual(MAX);
    });
  });

  it("keep their bounds when later issues are added", () => {
    // February's issues join the archive when March begins.
    const shorter = { ...ed, issues: ed.issues.slice(0, 40), latest: ed.issues[39] } as Edition;
    const before = splitSearch(shorter, issueRecords(), MAX)!;
    const after = splitSearch(ed, issueRecords(), MAX)!;
    // All but the last bundle of the shorter archive are full: only that one may grow.
    expect(after.archive.slice(0, before.archive.length - 1)).toEqual(before.archive.slice(0, -1));
  });

  it("index their issues' articles and photos only, listed for the search page", async () => {
    const records = ed.issues.flatMap(issueRecords());
    expect(records.length).toBe(ed.articles.length + photoRecords(ed).length);
    const split = splitSearch(ed, issueRecords(), MAX)!;
    const stats = await indexSite(out, split, { cacheDir: path.join(dir, "cache") });
    expect(stats.bundles).toBe(split.archive.length + 1);
    expect(stats.indexed).toBe(stats.bundles);
    expect(stats.records).toBe(records.length);
    expect(stats.processes).toBeGreaterThanOrEqual(1);
    expect(stats.processes).toBeLessThanOrEqual(searchBudget().processes);
    const list = JSON.parse(fs.readFileSync(path.join(out, ARCHIVE_BUNDLE, ARCHIVE_LIST), "utf8")) as string[];
    expect(list).toEqual(split.archive.map((b) => `${path.basename(b.dir)}/`));
    for (const bundle of [split.recent, ...split.archive]) {
      const entry = JSON.parse(fs.readFileSync(path.join(out, bundle.dir, "pagefind-entry.json"), "utf8"));
      const first = bundle === split.recent ? "1996-03-01" : path.basename(bundle.dir);
      const next = split.archive[split.archive.indexOf(bundle) + 1];
      const end = bundle === split.recent ? "9999" : next ? path.basename(next.dir) : "1996-03-01";
      const inBundle = (url: string) => url.slice(1, 11).replaceAll("/", "-") >= first && url.slice(1, 11).replaceAll("/", "-") < end;
      expect(entry.languages["zh-cn"].page_count, bundle.dir).toBe(records.filter((r) => inBundle(r.url)).length);
      expect(bundleRecords(split, bundle).filter((r) => articleRecords(ed).some((a) => a.url === r.url)).length, bundle.dir)
        .toBe(ed.articles.filter((a) => a.date >= first && a.date < end).length);
    }
  }, 300_000); // some thirty Pagefind processes on a shared machine
});

describe("Pagefind processes at once", () => {
  const machine = (cores: number, gib: number) => {
    vi.spyOn(os, "availableParallelism").mockReturnValue(cores);
    vi.spyOn(os, "totalmem").mockReturnValue(gib * 2 ** 30);
  };
  afterAll(() => vi.restoreAllMocks());

  it("are one a core where a quarter of the memory holds them", () => {
    machine(2, 24);
    expect(searchBudget()).toEqual({ processes: 2, cores: 2, machineMiB: 24 * 1024, budgetMiB: 6 * 1024, perProcessMiB: 700 });
  });

  it("are fewer than the cores where memory is short, and never none", () => {
    machine(16, 8); // a quarter is 2,048 MiB: two processes of 700
    expect(searchBudget().processes).toBe(2);
    machine(4, 2); // 512 MiB: less than one process needs, one all the same
    expect(searchBudget().processes).toBe(1);
  });
});
