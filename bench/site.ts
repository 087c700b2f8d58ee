// The site build's benchmark: banmian against bare Eleventy on the same
// text, how time and memory grow with the archive, an added issue on a built
// archive, photos cold and warm, and Pagefind's index. Every build runs in a
// child process of its own (bench/child.ts) into a fresh output folder, after
// `sync`, so that builds share no memory and no disk write-back.
//   node bench/site.ts [--quick]
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { writeArchive, writeIssues } from "./archive.ts";

const here = import.meta.dirname;
const root = path.resolve(here, "..");
const child = path.join(here, "child.ts");

export interface Run {
  /** Build time inside the child (Eleventy constructed → written, search included). */
  ms: number;
  /** Wall time of the whole child process, start-up included. */
  wallMs: number;
  cpuMs: number;
  /**
   * Peak memory in MiB: the build process's own peak plus the highest peak
   * of a process it started (Pagefind). An upper bound: the two need not
   * peak at once.
   */
  peakMiB: number;
  search?: { ms: number; files: number; bytes: number; pages: number; records: number };
  files: number;
}

function countFiles(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) n++;
  return n;
}

/**
 * One build in its own process. `kind` bare builds bare/ with bare.config.js.
 * The output stays (deleting a large tree makes the disk busy for the next
 * measurement); the work folder is removed at the end.
 */
export function measure(site: string, output: string, kind: "banmian" | "bare", options: Record<string, unknown> = {}): Run {
  execFileSync("sync");
  const args = kind === "bare" ? [child, "bare", output, "bare.config.js"] : [child, ".", output, "eleventy.config.js"];
  const started = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "@@time %U %S", process.execPath, ...args], {
    cwd: site, encoding: "utf8", maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, BANMIAN_BENCH_OPTIONS: JSON.stringify(options) },
  });
  const wallMs = performance.now() - started;
  const json = r.stdout.split("\n").reverse().find((l) => l.startsWith("{"));
  const time = /@@time ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (r.status !== 0 || !json || !time) {
    throw new Error(`build of ${site} (${kind}) failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-4000)}`);
  }
  const out = JSON.parse(json) as { ms: number; maxRssKiB: number; childPeakKiB: number; search?: Run["search"] };
  const files = countFiles(output);
  return {
    ms: out.ms, wallMs, files, search: out.search,
    cpuMs: (Number(time[1]) + Number(time[2])) * 1000,
    peakMiB: (out.maxRssKiB + out.childPeakKiB) / 1024,
  };
}

/** The fastest of `n` runs (other processes only ever add time), with the highest peak memory seen. */
function best(n: number, f: (i: number) => Run): Run {
  const runs = Array.from({ length: n }, (_, i) => f(i));
  const fastest = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  return { ...fastest, peakMiB: Math.max(...runs.map((r) => r.peakMiB)) };
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const mib = (m: number) => m.toFixed(0);
const int = (n: number) => n.toLocaleString("en");

function version(pkg: string): string {
  try {
    const req = createRequire(path.join(root, "package.json"));
    return (req(`${pkg}/package.json`) as { version: string }).version;
  } catch {
    try {
      return (JSON.parse(fs.readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
    } catch {
      return "?";
    }
  }
}

export interface SiteBenchOptions {
  quick?: boolean;
  /** Where the archives are generated; removed afterwards. */
  workDir?: string;
  log?: (line: string) => void;
}

export async function benchSite(options: SiteBenchOptions = {}): Promise<string> {
  const quick = options.quick ?? false;
  const log = options.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const work = options.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "banmian-bench-"));
  const comparePages = quick ? 1000 : 4000;
  const sizes = quick ? [250, 500, 1000] : [1000, 5000, 10000, 20000];
  const photoIssues = quick ? 2 : 10;
  const reps = quick ? 1 : 3;
  const lines: string[] = [];
  const started = new Date();

  try {
    // (a) banmian against bare Eleventy on the same text.
    log(`(a) ${comparePages} pages: banmian and bare Eleventy…`);
    const a = path.join(work, `a${comparePages}`);
    writeArchive(a, { issues: comparePages / 8, bare: true });
    // Taken in turns (bare, banmian, bare, …): the disk's speed drifts over minutes (write-back of
    // the archive just generated), and runs of one kind in a row would each see a different disk.
    const pairs = Array.from({ length: reps }, (_, i) => ({
      bare: measure(a, path.join(work, `out-bare-${i}`), "bare"),
      plain: measure(a, path.join(work, `out-plain-${i}`), "banmian", { search: false }),
    }));
    const bare = best(reps, (i) => pairs[i]!.bare);
    const plain = best(reps, (i) => pairs[i]!.plain);
    const searched = measure(a, path.join(work, "out-search"), "banmian", { search: true });
    lines.push(
      `#### (a) Full build of ${int(comparePages)} printed pages: banmian against bare Eleventy`,
      "",
      "Bare Eleventy renders each page file's text as one plain Markdown page with one trivial Nunjucks layout. " +
        "banmian renders, from the same text, every printed page, every article's own page, the issue pages, archive, feed and sitemaps. " +
        `Best of ${reps}, taken in turns; time inside the build process (Eleventy created → files written); CPU is user + system of the whole process.`,
      "",
      "| build | output files | time (s) | CPU (s) | peak memory, build + Pagefind (MiB) | vs bare Eleventy |",
      "|---|---:|---:|---:|---:|---:|",
      `| bare Eleventy, ${int(comparePages)} Markdown pages | ${int(bare.files)} | ${s(bare.ms)} | ${s(bare.cpuMs)} | ${mib(bare.peakMiB)} | 1.00× |`,
      `| banmian, search off | ${int(plain.files)} | ${s(plain.ms)} | ${s(plain.cpuMs)} | ${mib(plain.peakMiB)} | **${(plain.ms / bare.ms).toFixed(2)}×** |`,
      `| banmian, with Pagefind | ${int(searched.files)} | ${s(searched.ms)} | ${s(searched.cpuMs)} | ${mib(searched.peakMiB)} | **${(searched.ms / bare.ms).toFixed(2)}×** |`,
      `| per output file: banmian (search off) vs bare | | ${((plain.ms / plain.files) * 1000).toFixed(0)} µs vs ${((bare.ms / bare.files) * 1000).toFixed(0)} µs | | | ${((plain.ms / plain.files) / (bare.ms / bare.files)).toFixed(2)}× |`,
      "",
    );
    if (searched.search) {
      const sr = searched.search;
      lines.push(
        `Pagefind at ${int(comparePages)} pages: ${int(sr.pages)} HTML files read, ${int(sr.records)} photo records, ` +
          `index written in **${s(sr.ms)} s**, ${int(sr.files)} files, **${(sr.bytes / 1024 / 1024).toFixed(1)} MiB**.`,
        "",
      );
    }

    // (b) growth from 1,000 to 20,000 pages, search included.
    lines.push(
      `#### (b) Growth: full build with search, ${sizes.map(int).join(" / ")} pages`,
      "",
      "Peak memory is the build process's own peak plus Pagefind's (one Pagefind process at a time): an upper bound. " +
        "The pages part is the build without Pagefind, compared with bare Eleventy on the same text as in (a).",
      "",
      "| pages | issues | output files | build (s) | of which Pagefind (s) | ms per page | peak memory, build + Pagefind (MiB) | index (MiB) | bare Eleventy (s) | pages part vs bare |",
      "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    );
    const growth: { pages: number; run: Run; bare: Run }[] = [];
    for (const n of sizes) {
      log(`(b) ${n} pages…`);
      const dir = path.join(work, `b${n}`);
      writeArchive(dir, { issues: n / 8, bare: true });
      const run = measure(dir, path.join(work, `out-b${n}`), "banmian", { search: true });
      const bareRun = measure(dir, path.join(work, `out-bb${n}`), "bare");
      growth.push({ pages: n, run, bare: bareRun });
      lines.push(
        `| ${int(n)} | ${int(n / 8)} | ${int(run.files)} | ${s(run.ms)} | ${run.search ? s(run.search.ms) : "–"} | ${(run.ms / n).toFixed(2)} | ${mib(run.peakMiB)} | ${run.search ? (run.search.bytes / 1024 / 1024).toFixed(1) : "–"} | ${s(bareRun.ms)} | ${((run.ms - (run.search?.ms ?? 0)) / bareRun.ms).toFixed(2)}× |`,
      );
    }
    const first = growth[0]!;
    const last = growth.at(-1)!;
    const perPageGrowth = (last.run.ms / last.pages) / (first.run.ms / first.pages);
    lines.push(
      "",
      `Time per page at ${int(last.pages)} pages is ${perPageGrowth.toFixed(2)}× that at ${int(first.pages)} pages ` +
        `(1.00× is linear); peak memory at ${int(last.pages)} pages: **${mib(last.run.peakMiB)} MiB** (goal: under 2,048).`,
      "",
    );

    // (c) one issue added to a built archive.
    log(`(c) adding an issue to ${comparePages} pages…`);
    const c = path.join(work, `c${comparePages}`);
    writeArchive(c, { issues: comparePages / 8 });
    const out = path.join(work, "out-c");
    const full = measure(c, out, "banmian", { search: true, incremental: true });
    writeIssues(c, { issues: comparePages / 8 + 1 }, comparePages / 8, 1);
    const inc = measure(c, out, "banmian", { search: true, incremental: true });
    const fullAgain = measure(c, path.join(work, "out-c-full"), "banmian", { search: true });
    const same = sameTree(out, path.join(work, "out-c-full"));
    const incPages = inc.ms - (inc.search?.ms ?? 0);
    const fullPages = fullAgain.ms - (fullAgain.search?.ms ?? 0);
    lines.push(
      `#### (c) One new issue (8 pages) added to a built ${int(comparePages)}-page archive`,
      "",
      "| build | time (s) | pages part (s) | Pagefind (s) | vs full build |",
      "|---|---:|---:|---:|---:|",
      `| full build, ${int(comparePages + 8)} pages | ${s(fullAgain.ms)} | ${s(fullPages)} | ${fullAgain.search ? s(fullAgain.search.ms) : "–"} | 1.00× |`,
      `| first build with the cache, ${int(comparePages)} pages | ${s(full.ms)} | ${s(full.ms - (full.search?.ms ?? 0))} | ${full.search ? s(full.search.ms) : "–"} | |`,
      `| incremental: the new issue and what lists it | ${s(inc.ms)} | ${s(incPages)} | ${inc.search ? s(inc.search.ms) : "–"} | **${(inc.ms / fullAgain.ms).toFixed(2)}×** (pages part ${(incPages / fullPages).toFixed(2)}×) |`,
      "",
      `Output of the incremental build equals the full build's, byte for byte: **${same.equal ? "yes" : "NO"}**` +
        `${same.equal ? "" : ` (${same.differences.slice(0, 5).join(", ")}${same.differences.length > 5 ? " …" : ""})`} (${int(same.files)} files compared).`,
      "",
    );

    // (d) photos: cold, then warm (eleventy-img skips what the output folder holds).
    log(`(d) photos, ${photoIssues} issues…`);
    const d = path.join(work, "d");
    writeArchive(d, { issues: photoIssues, photos: true });
    const photoOut = path.join(work, "out-d");
    const cold = measure(d, photoOut, "banmian", { search: false });
    const warm = measure(d, photoOut, "banmian", { search: false });
    const photos = photoIssues * 8;
    lines.push(
      `#### (d) Photos: ${photoIssues} issues, ${photos} unique photos (2400×1600 JPEG), 3 widths × AVIF/WebP/JPEG`,
      "",
      "| build | time (s) | CPU (s) | peak memory (MiB) | per photo (ms) |",
      "|---|---:|---:|---:|---:|",
      `| first build | ${s(cold.ms)} | ${s(cold.cpuMs)} | ${mib(cold.peakMiB)} | ${(cold.ms / photos).toFixed(0)} |`,
      `| rebuild, images in the output folder | ${s(warm.ms)} | ${s(warm.cpuMs)} | ${mib(warm.peakMiB)} | ${(warm.ms / photos).toFixed(0)} |`,
      "",
    );
  } finally {
    if (!options.workDir) fs.rmSync(work, { recursive: true, force: true });
  }

  const cpu = os.cpus()[0]?.model?.trim() ?? "unknown CPU";
  const head = [
    `### Site build${quick ? " (--quick)" : ""} — ${started.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ${os.platform()} ${os.release()}; ` +
      `Node ${process.version}; Eleventy ${version("@11ty/eleventy")}, eleventy-img ${version("@11ty/eleventy-img")}, ` +
      `sharp ${version("sharp")}, Pagefind ${version("pagefind")}. Load average at the start: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} ` +
      "(the machine may be shared: CPU time is the steadier figure).",
    "",
    "Synthetic archive: N issues × 8 pages from the seed's two printed pages, full paragraphs reshuffled with a fixed-seed PRNG (bench/archive.ts).",
    "",
  ];
  return [...head, ...lines].join("\n");
}

/** Whether two output folders hold the same files with the same bytes. */
export function sameTree(a: string, b: string): { equal: boolean; files: number; differences: string[] } {
  const list = (d: string) => new Set(
    (fs.readdirSync(d, { recursive: true, encoding: "utf8" }) as string[]).filter((f) => fs.statSync(path.join(d, f)).isFile()),
  );
  const fa = list(a);
  const fb = list(b);
  const differences: string[] = [];
  for (const f of fa) if (!fb.has(f)) differences.push(`only in incremental: ${f}`);
  for (const f of fb) if (!fa.has(f)) differences.push(`only in full: ${f}`);
  for (const f of fa) {
    if (fb.has(f) && !fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f)))) differences.push(`differs: ${f}`);
  }
  return { equal: differences.length === 0, files: fa.size, differences };
}

/** Runs the benchmark, prints the table and appends it to bench/results.md. */
export async function runSiteBench(options: SiteBenchOptions = {}): Promise<string> {
  const table = await benchSite(options);
  process.stdout.write(`${table}\n`);
  const results = path.join(here, "results.md");
  if (!fs.existsSync(results)) fs.writeFileSync(results, "# Benchmark results\n\nAppended by `npm run bench`, newest last.\n\n");
  fs.appendFileSync(results, `${table}\n`);
  return table;
}

if (import.meta.main) await runSiteBench({ quick: process.argv.includes("--quick") });
