// A build split by year (docs/scale.md): three jobs, one a year, each
// building its year in a checkout of its own, then merged, give the site a
// single build gives, byte for byte, search bundles and photos included. The
// archive crosses two years' ends, so previous/next links, the calendar,
// feed and sitemaps list issues no one job wrote, and the latest month's
// photos are only measured by the jobs of the other years.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueDate, writeArchive, writeIssues } from "../../bench/archive.ts";
import { sameTree } from "../../bench/site.ts";
import { main } from "../../src/cli/main.ts";
import { mergeSites } from "../../src/site/merge.ts";
import { resolveOptions, type BanmianOptions } from "../../src/site/options.ts";

const child = path.resolve(import.meta.dirname, "../../bench/child.ts");
// siteUrl: the feed and sitemaps, which list every year, are written only with it.
const OPTIONS: BanmianOptions = { paper: "四平日报", siteUrl: "https://example.org", search: true, imageFormats: ["jpeg"], imageWidths: [320] };
const YEARS = [["1996"], ["1997"], ["1998"]];

/** `banmian merge …`: its exit code and what it printed. */
async function merge(...args: string[]): Promise<{ code: number; err: string }> {
  let err = "";
  const code = await main(["merge", ...args], { out: () => {}, err: (t) => (err += t) });
  return { code, err };
}

/** One build in a process of its own, as a CI job runs it; returns what it printed. */
function build(dir: string, output: string, options: BanmianOptions): string {
  const r = spawnSync(process.execPath, [child, ".", output, "eleventy.config.js"], {
    cwd: dir, encoding: "utf8", env: { ...process.env, BANMIAN_BENCH_OPTIONS: JSON.stringify(options) },
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const issueFolders = (out: string) => fs.readdirSync(out).filter((f) => /^\d{4}$/.test(f)).sort();

describe("a build split by year, merged", () => {
  let work: string;
  let single: string;
  let merged: string;
  let parts: string[];
  let merging: { code: number; err: string };
  const logs: string[] = [];

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-split-"));
    const site = path.join(work, "site");
    // 1996-12-26 … 1997-01-05, then 1997-12-30 … 1998-01-03 with photos: two years' ends.
    writeArchive(site, { issues: 11, start: "1996-12-26" });
    writeIssues(site, { issues: 16, start: issueDate("1997-12-30", -11), photos: true }, 11, 5);
    single = path.join(work, "single");
    build(site, single, OPTIONS);
    // Each job in a checkout of its own: no bundle cache shared with the single build or another job.
    parts = YEARS.map((years, k) => {
      const checkout = path.join(work, `job-${k}`);
      fs.cpSync(site, checkout, { recursive: true, filter: (src) => !src.includes(`${path.sep}.cache`) });
      const out = path.join(work, `out-${k}`);
      logs.push(build(checkout, out, { ...OPTIONS, years }));
      return out;
    });
    merged = path.join(work, "merged");
    merging = await merge(...parts, "--into", merged);
  }, 300_000);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it("each job writes its own year's issues and photos only", () => {
    expect(parts.map(issueFolders)).toEqual(YEARS);
    expect(logs[1]).toContain("years 1997: 7 of the edition's 16 issues are this build's");
    // 1997-12's photos are the 1997 job's, 1998-01's the 1998 job's: each job has some, none has all.
    const images = parts.map((p) => (fs.existsSync(path.join(p, "img")) ? fs.readdirSync(path.join(p, "img")).length : 0));
    const all = fs.readdirSync(path.join(single, "img")).length;
    expect(images[0]).toBe(0);
    expect(images[1]! + images[2]!).toBe(all);
    expect(images[1]).toBeGreaterThan(0);
    expect(images[2]).toBeGreaterThan(0);
  });

  it("merged, equals the single build byte for byte", () => {
    expect(merging).toEqual({ code: 0, err: expect.stringMatching(/^banmian: merged 3 parts into .*merged \(\d+ files\)\n$/) });
    const result = sameTree(merged, single);
    // But the single build's manifest: the merged site is no one build's (the next build of it is full).
    expect(result.differences).toEqual(["only in full: .banmian-manifest.json"]);
    expect(result.files).toBeGreaterThan(300);
    // Links across a year's end that no job holds both sides of.
    const first1997 = fs.readFileSync(path.join(merged, "1997/01/01/index.html"), "utf8");
    expect(first1997).toContain('href="/1996/12/31/"');
    const last1997 = fs.readFileSync(path.join(merged, "1997/12/31/index.html"), "utf8");
    expect(last1997).toContain('href="/1998/01/01/"');
  });

  it("with search bundles that never span a year, listed whole only after the merge", () => {
    const list = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, "pagefind-archive/bundles.json"), "utf8")) as string[];
    // 1996's six issues, then 1997's seven; January 1998 is the latest month (/pagefind/).
    expect(list(single)).toEqual(["1996-12-26/", "1997-01-01/"]);
    expect(list(merged)).toEqual(list(single));
    expect(list(parts[0]!)).toEqual(["1996-12-26/"]);
    expect(fs.existsSync(path.join(parts[2]!, "pagefind-archive"))).toBe(false);
  });

  it("stops on parts that disagree, naming the file", async () => {
    const odd = path.join(work, "odd");
    fs.cpSync(parts[0]!, odd, { recursive: true });
    fs.appendFileSync(path.join(odd, "feed.xml"), "\n");
    const r = await merge(odd, parts[1]!, "--into", path.join(work, "merged-odd"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^banmian: feed\.xml differs between .*odd and .*out-1: build every part from the same/);
    expect(() => mergeSites(parts, merged)).toThrow(/is not empty/);
  });

  it("stops when no part holds a year of the archive", () => {
    expect(() => mergeSites(parts.slice(0, 2), path.join(work, "merged-short"))).toThrow("no part holds the issues of 1998: give that year to a job's `years`");
  });
});

describe("the years option", () => {
  it("takes years as numbers or strings, sorted, once each", () => {
    expect(resolveOptions({ years: [1997, "1996", 1997] }).years).toEqual(["1996", "1997"]);
    expect(resolveOptions({}).years).toBeUndefined();
  });

  it.each([["1996"], [[]], [[96]], [["1996-1998"]]])("refuses %j", (years) => {
    expect(() => resolveOptions({ years })).toThrow("option `years` must be a list of years, like [1996, 1997]");
  });
});
