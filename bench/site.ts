// The site build's benchmark, against what a site would run instead, on the
// same text: bare Eleventy (one Markdown file per printed page and per
// article), bare Eleventy followed by the Pagefind CLI over its output, and
// Hugo where it is installed; banmian with search off and on, cold and with
// its bundle cache; changes to a built site (a layout, a new issue); time per
// page and peak memory by archive size; photos cold and warm. Every build
// runs in a process of its own (bench/child.ts, bench/command.ts) into a
// fresh output folder, after `sync`, so that builds share no memory and no
// disk write-back.
//   node bench/site.ts [--quick] [--compare 2000] [--sizes 10000,50000,100000]
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { searchBudget } from "../src/site/search-index.ts";
import { writeArchive, writeIssues } from "./archive.ts";

const here = import.meta.dirname;
const root = path.resolve(here, "..");
const child = path.join(here, "child.ts");
const command = path.join(here, "command.ts");
const PAGEFIND_CLI = path.join(root, "node_modules", ".bin", "pagefind");

export interface Run {
  /** Build time inside the child (Eleventy constructed → written, search included; the program's run for commands). */
  ms: number;
  /** Wall time of the whole child process, start-up included. */
  wallMs: number;
  /** User + system time of the child and every process it started. */
  cpuMs: number;
  /**
   * Peak memory in MiB: the build process's own peak plus the most that
   * the processes it started (Pagefind's) held together. An upper bound:
   * the two need not peak at once.
   */
  peakMiB: number;
  /** Of it, what the Pagefind processes a banmian build started held together at most. */
  pagefindPeakMiB?: number;
  search?: SearchStats;
  files: number;
  /** The watchdog stopped it above this many MiB. */
  stoppedAboveMiB?: number;
}

type SearchStats = import("../src/site/search.ts").SearchStats;

function countFiles(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let n = 0;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) n++;
  return n;
}

/** Runs `args` under /usr/bin/time in `cwd`; the last JSON line of its output and its CPU time and largest process. */
function timed(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  execFileSync("sync");
  const started = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "@@time %U %S %M", ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env });
  const wallMs = performance.now() - started;
  const json = r.stdout.split("\n").reverse().find((l) => l.startsWith("{"));
  const time = /@@time ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  return { r, wallMs, json: json ? (JSON.parse(json) as Record<string, unknown>) : undefined, time };
}

/**
 * One build in its own process. `kind` bare builds bare/ with bare.config.js.
 * The output stays (deleting a large tree makes the disk busy for the next
 * measurement); the work folder is removed at the end.
 */
export function measure(site: string, output: string, kind: "banmian" | "bare", options: Record<string, unknown> = {}): Run {
  const args = kind === "bare" ? [child, "bare", output, "bare.config.js"] : [child, ".", output, "eleventy.config.js"];
  const { r, wallMs, json, time } = timed(site, [process.execPath, ...args], { ...process.env, BANMIAN_BENCH_OPTIONS: JSON.stringify(options) });
  if (r.status !== 0 || !json || !time) {
    throw new Error(`build of ${site} (${kind}) failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-4000)}`);
  }
  const out = json as { ms: number; maxRssKiB: number; childPeakKiB: number; search?: SearchStats };
  return {
    ms: out.ms, wallMs, files: countFiles(output), search: out.search,
    cpuMs: (Number(time[1]) + Number(time[2])) * 1000,
    peakMiB: (out.maxRssKiB + out.childPeakKiB) / 1024,
    pagefindPeakMiB: out.childPeakKiB / 1024,
  };
}

/**
 * Another program (the Pagefind CLI, Hugo) in its own process, watched
 * (bench/command.ts); above `limitMiB` it is stopped and the run says so.
 * `files` counts `output` afterwards.
 */
export function measureCommand(cwd: string, output: string, limitMiB: number, program: string, ...args: string[]): Run {
  const { r, wallMs, json, time } = timed(cwd, [process.execPath, command, String(limitMiB), program, ...args]);
  const stopped = r.status === 13;
  if ((r.status !== 0 && !stopped) || !time) throw new Error(`${program} ${args.join(" ")} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-4000)}`);
  const out = (json ?? {}) as { ms?: number; childPeakKiB?: number };
  return {
    ms: out.ms ?? wallMs, wallMs, files: countFiles(output),
    cpuMs: (Number(time[1]) + Number(time[2])) * 1000,
    // A run shorter than the watch's first look has only its largest process's peak.
    peakMiB: Math.max(out.childPeakKiB ?? 0, Number(time[3])) / 1024,
    ...(stopped ? { stoppedAboveMiB: limitMiB } : {}),
  };
}

/** The fastest of `n` runs (other processes only ever add time), with the highest peak memory seen. */
function best(n: number, f: (i: number) => Run): Run {
  const runs = Array.from({ length: n }, (_, i) => f(i));
  const fastest = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  return { ...fastest, peakMiB: Math.max(...runs.map((r) => r.peakMiB)) };
}

/** Two runs one after the other, as one: times and CPU added, the higher peak. */
function then(a: Run, b: Run): Run {
  return { ...b, ms: a.ms + b.ms, wallMs: a.wallMs + b.wallMs, cpuMs: a.cpuMs + b.cpuMs, peakMiB: Math.max(a.peakMiB, b.peakMiB) };
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const mib = (m: number) => m.toFixed(0);
const int = (n: number) => n.toLocaleString("en");
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const indexed = (r: Run) => (r.search ? `${r.search.indexed} of ${r.search.bundles}` : "–");
const searchS = (r: Run) => (r.search ? s(r.search.ms) : "–");
/** Pagefind's own time, beside the pages (none: every bundle came from the cache). */
const pagefindS = (r: Run) => (r.search?.indexMs ? s(r.search.indexMs) : "–");
/** How many Pagefind processes a build runs at once on this machine, and why. */
function budgetLine(): string {
  const b = searchBudget();
  return `Pagefind processes at once: **${b.processes}** (one a core of ${b.cores}, within a memory budget of ${int(b.budgetMiB)} MiB, ` +
    `a quarter of the machine's ${int(b.machineMiB)} MiB, at ${b.perProcessMiB} MiB a process)`;
}
/** Time without search: the pages part. */
const pagesMs = (r: Run) => r.ms - (r.search?.ms ?? 0);

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

/** Hugo's version where it is installed (`hugo v0.111.3+extended …` → 0.111.3), else undefined. */
function hugoVersion(): string | undefined {
  const r = spawnSync("hugo", ["version"], { encoding: "utf8" });
  return r.status === 0 ? (/v(\d+\.\d+\.\d+)/.exec(r.stdout)?.[1] ?? "?") : undefined;
}

export interface SiteBenchOptions {
  quick?: boolean;
  /** Printed pages of the side-by-side comparison (a, b). Default 2,000; 160 with quick. */
  compare?: number;
  /** Archive sizes in printed pages for time per page and memory (c). Default 10,000 / 50,000 / 100,000; 80 / 160 / 320 with quick. */
  sizes?: number[];
  /** Where the archives are generated; removed afterwards. */
  workDir?: string;
  log?: (line: string) => void;
}

/** `--quick`, `--compare N`, `--sizes a,b,c` (or `--sizes=a,b,c`) from the command line. */
export function benchArgs(argv: string[]): SiteBenchOptions {
  const value = (name: string): string | undefined => {
    const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i < 0) return undefined;
    return argv[i]!.includes("=") ? argv[i]!.slice(name.length + 1) : argv[i + 1];
  };
  const pages = (v: string, name: string): number => {
    const n = Number(v.replaceAll("_", ""));
    if (!Number.isInteger(n) || n < 8) throw new Error(`${name}: "${v}" is not a number of pages (8 or more)`);
    return n;
  };
  const compare = value("--compare");
  const sizes = value("--sizes");
  return {
    quick: argv.includes("--quick"),
    ...(compare ? { compare: pages(compare, "--compare") } : {}),
    ...(sizes ? { sizes: sizes.split(",").map((v) => pages(v, "--sizes")) } : {}),
  };
}

/** Issues of 8 pages for about `pages` pages. */
const issuesOf = (pages: number) => Math.max(1, Math.round(pages / 8));

/** A layout change every page shows: the site's own copy of the base layout, one link renamed. */
function changeLayout(site: string): void {
  const base = fs.readFileSync(path.join(root, "src/site/layouts/banmian-base.njk"), "utf8");
  const changed = base.replace(">最新一期<", ">今日版面<");
  if (changed === base) throw new Error("bench: banmian-base.njk no longer has the link the layout change renames");
  fs.mkdirSync(path.join(site, "_includes"), { recursive: true });
  fs.writeFileSync(path.join(site, "_includes", "banmian-base.njk"), changed);
}

export async function benchSite(options: SiteBenchOptions = {}): Promise<string> {
  const quick = options.quick ?? false;
  const log = options.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const work = options.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "banmian-bench-"));
  const compareIssues = issuesOf(options.compare ?? (quick ? 160 : 2000));
  const comparePages = compareIssues * 8;
  const sizes = (options.sizes ?? (quick ? [80, 160, 320] : [10_000, 50_000, 100_000])).map(issuesOf);
  const photoIssues = quick ? 1 : 10;
  const reps = quick ? 1 : 3;
  // Pagefind's CLI holds every page it reads (4.7 GB at 2,000 pages, measured 2026-12-01): stopped above half the machine.
  const cliLimitMiB = Math.min(12_288, Math.floor(os.totalmem() / 2 / 2 ** 20));
  const hugo = hugoVersion();
  const lines: string[] = [];
  const started = new Date();
  const out = (name: string) => path.join(work, `out-${name}`);

  try {
    // (a) The same text, side by side.
    log(`(a) ${int(comparePages)} pages: bare Eleventy, Pagefind CLI, Hugo, banmian…`);
    const a = path.join(work, "a");
    writeArchive(a, { issues: compareIssues, bare: true });
    const cache = path.join(a, ".cache");
    // Taken in turns (bare, banmian, Hugo, bare, …): the disk's speed drifts over minutes (write-back of
    // the archive just generated), and runs of one kind in a row would each see a different disk.
    const turns = Array.from({ length: reps }, (_, i) => ({
      bare: measure(a, out(`bare-${i}`), "bare"),
      plain: measure(a, out(`plain-${i}`), "banmian", { search: false }),
      hugo: hugo ? measureCommand(a, out(`hugo-${i}`), cliLimitMiB, "hugo", "--source", "hugo", "--destination", out(`hugo-${i}`), "--quiet") : undefined,
    }));
    const bare = best(reps, (i) => turns[i]!.bare);
    const plain = best(reps, (i) => turns[i]!.plain);
    const hugoRun = hugo ? best(reps, (i) => turns[i]!.hugo!) : undefined;
    const markdownFiles = bare.files;
    log("(a) the Pagefind CLI over bare Eleventy's output…");
    const cli = measureCommand(a, out("bare-0"), cliLimitMiB, PAGEFIND_CLI, "--site", out("bare-0"));
    const bareCli = then(turns[0]!.bare, cli);
    log("(a) banmian with search, cold then warm…");
    fs.rmSync(cache, { recursive: true, force: true });
    const cold = measure(a, out("cold"), "banmian", { search: true });
    const warm = measure(a, out("warm"), "banmian", { search: true });
    const row = (name: string, r: Run, vsCli = true) =>
      `| ${name} | ${int(r.files)} | ${s(r.ms)} | ${s(r.cpuMs)} | ${mib(r.peakMiB)} | ${ratio(r.ms, bare.ms)} | ${vsCli && !cli.stoppedAboveMiB ? `**${ratio(r.ms, bareCli.ms)}**` : ""} |`;
    lines.push(
      `#### (a) The same text, ${int(comparePages)} printed pages: banmian against what a site would run instead`,
      "",
      `Bare Eleventy and Hugo render ${int(markdownFiles)} Markdown files (one a printed page, one an article: its titles, credits and text) ` +
        "with one trivial layout, at banmian's URLs; for search, a bare site runs the Pagefind CLI over its output. " +
        "banmian renders, from the page files, every printed page, every article's own page, the issue pages, archive, feed and sitemaps. " +
        `Best of ${reps}, taken in turns (Pagefind CLI and banmian with search: once each); time inside the build process; ` +
        "CPU is user + system of every process of the build; peak memory counts every process it started.",
      "",
      "| build | output files | time (s) | CPU (s) | peak memory (MiB) | vs bare Eleventy | vs bare Eleventy + Pagefind CLI |",
      "|---|---:|---:|---:|---:|---:|---:|",
      row("bare Eleventy", bare, false),
      cli.stoppedAboveMiB
        ? `| bare Eleventy + Pagefind CLI | – | stopped after ${s(cli.ms)} | ${s(cli.cpuMs)} | above ${int(cli.stoppedAboveMiB)} | – | – |`
        : row("bare Eleventy + Pagefind CLI over its output", bareCli),
      `| &nbsp;&nbsp;of which the Pagefind CLI | ${int(cli.files - turns[0]!.bare.files)} | ${s(cli.ms)} | ${s(cli.cpuMs)} | ${mib(cli.peakMiB)} | | |`,
      hugoRun
        ? row(`Hugo ${hugo}, the same Markdown files`, hugoRun, false)
        : "| Hugo | not installed: skipped (`apt-get install hugo` to compare) | | | | | |",
      row("banmian, search off", plain, false),
      row(`banmian, search on, cold (${indexed(cold)} bundles indexed)`, cold),
      row(`banmian, search on, warm: bundle cache, fresh output (${indexed(warm)} indexed)`, warm),
      `| per output file: banmian (search off) vs bare Eleventy | | ${((plain.ms / plain.files) * 1000).toFixed(0)} µs vs ${((bare.ms / bare.files) * 1000).toFixed(0)} µs | | | ${ratio(plain.ms / plain.files, bare.ms / bare.files)} | |`,
      "",
      `Search: cold, Pagefind indexed banmian's bundles in **${pagefindS(cold)} s** beside the pages and added **${searchS(cold)} s** to the build ` +
        `(${int(cold.search?.records ?? 0)} records, ${((cold.search?.bytes ?? 0) / 2 ** 20).toFixed(1)} MiB); warm, search added **${searchS(warm)} s**; the Pagefind CLI over bare Eleventy's ${int(turns[0]!.bare.files)} HTML files **${cli.stoppedAboveMiB ? `stopped above ${int(cli.stoppedAboveMiB)} MiB` : `${s(cli.ms)} s`}** at ${mib(cli.peakMiB)} MiB.`,
      "",
      `${budgetLine()}; in the cold build they held at most ${mib(cold.pagefindPeakMiB ?? 0)} MiB together.`,
      "",
    );

    // (b) Changes to the built site, with the bundle cache (a)'s builds left.
    log("(b) a layout change, then a new issue, incrementally…");
    const site = out("inc");
    const first = measure(a, site, "banmian", { search: true, incremental: true });
    changeLayout(a);
    const layout = measure(a, site, "banmian", { search: true, incremental: true });
    writeIssues(a, { issues: compareIssues + 1 }, compareIssues, 1);
    const added = measure(a, site, "banmian", { search: true, incremental: true });
    const full = measure(a, out("full"), "banmian", { search: true });
    const same = sameTree(site, out("full"));
    const step = (name: string, r: Run) =>
      `| ${name} | ${s(r.ms)} | ${s(pagesMs(r))} | ${searchS(r)} | ${indexed(r)} | ${ratio(r.ms, cold.ms)} |`;
    lines.push(
      `#### (b) Changes to a built ${int(comparePages)}-page site: a layout, then a new issue (incremental, bundle cache)`,
      "",
      "| build | time (s) | pages part (s) | search (s) | bundles indexed | vs cold build in (a) |",
      "|---|---:|---:|---:|---:|---:|",
      step("first incremental build (the cache (a) left)", first),
      step("a layout changed (the site's own banmian-base.njk): every page rendered again", layout),
      step("one new issue (8 pages) added: the issue and what lists it", added),
      step(`full build of the ${int(comparePages + 8)} pages into a fresh folder`, full),
      "",
      `After the layout change search indexed **${layout.search?.indexed ?? "–"}** bundles and took ${searchS(layout)} s. ` +
        `Output of the incremental builds equals the full build's, byte for byte: **${same.equal ? "yes" : "NO"}**` +
        `${same.equal ? "" : ` (${same.differences.slice(0, 5).join(", ")}${same.differences.length > 5 ? " …" : ""})`} (${int(same.files)} files compared).`,
      "",
    );

    // (c) Time per page and peak memory by size, and what search adds to a layout change at each.
    lines.push(
      `#### (c) Time per page and peak memory: ${sizes.map((n) => int(n * 8)).join(" / ")} printed pages`,
      "",
      "Full builds into a fresh folder: search off; search on, cold (no bundle cache); then a layout change " +
        "(the site's own banmian-base.njk) and a full build again into the cold build's folder, with its bundle cache, as a nightly build would. " +
        "Peak memory counts the build and every Pagefind process it started. Pagefind indexes beside the writing of the pages: " +
        "\"search\" is what it added to the build's time, \"Pagefind\" its own time.",
      "",
      "| pages | build | output files | time (s) | CPU (s) | ms per page | peak memory (MiB) | search (s) | Pagefind (s) | bundles indexed | per page vs the smallest |",
      "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    );
    const kinds = [
      ["search off", { search: false }],
      ["search on, cold", { search: true }],
      ["a layout changed, rebuilt in place, search on", { search: true }],
    ] as const;
    const growth: { pages: number; runs: Run[] }[] = [];
    for (const issues of sizes) {
      const n = issues * 8;
      log(`(c) ${int(n)} pages…`);
      const dir = path.join(work, `c${n}`);
      writeArchive(dir, { issues });
      const runs = kinds.map(([name, opts], k) => {
        if (k === 2) changeLayout(dir);
        // The layout change rebuilds the cold build's folder.
        return measure(dir, out(`c${n}-${Math.min(k, 1)}`), "banmian", opts);
      });
      growth.push({ pages: n, runs });
      const base = growth[0]!;
      runs.forEach((r, k) => lines.push(
        `| ${int(n)} | ${kinds[k]![0]} | ${int(r.files)} | ${s(r.ms)} | ${s(r.cpuMs)} | ${(r.ms / n).toFixed(3)} | ${mib(r.peakMiB)} | ${searchS(r)} | ${pagefindS(r)} | ${indexed(r)} | ${ratio(r.ms / n, base.runs[k]!.ms / base.pages)} |`,
      ));
      // 100,000 pages are some 700,000 files a build: gone before the next size is written.
      for (const f of [dir, out(`c${n}-0`), out(`c${n}-1`)]) fs.rmSync(f, { recursive: true, force: true });
    }
    const small = growth[0]!;
    const large = growth.at(-1)!;
    // The issue's memory target is relative to 20,000 pages, where that size was measured.
    const ref = growth.find((g) => g.pages === 20_000) ?? small;
    const perPage = (k: number) => ratio(large.runs[k]!.ms / large.pages, small.runs[k]!.ms / small.pages);
    lines.push(
      "",
      `At ${int(large.pages)} pages, time per page is ${perPage(0)} (search off) and ${perPage(1)} (search on, cold) that at ${int(small.pages)} (target: within 1.2×); ` +
        `peak memory **${mib(large.runs[0]!.peakMiB)} MiB** off, **${mib(large.runs[1]!.peakMiB)} MiB** on (target: under 2,048), ` +
        `${ratio(large.runs[1]!.peakMiB, ref.runs[1]!.peakMiB)} the peak at ${int(ref.pages)} (target: within 1.25× of 20,000's); ` +
        `after a layout change search took **${searchS(large.runs[2]!)} s** and indexed ${indexed(large.runs[2]!)} bundles (target: under 2 s at 20,000).`,
      "",
      `${budgetLine()}; in the cold builds with search they held at most ${growth.map((g) => mib(g.runs[1]!.pagefindPeakMiB ?? 0)).join(" / ")} MiB together ` +
        `(${growth.map((g) => int(g.pages)).join(" / ")} pages), counted in the peaks above.`,
      "",
    );

    // (d) photos: cold, then warm (eleventy-img skips what the output folder holds).
    log(`(d) photos, ${photoIssues} issues…`);
    const d = path.join(work, "d");
    writeArchive(d, { issues: photoIssues, photos: true });
    const photoOut = out("d");
    const photoCold = measure(d, photoOut, "banmian", { search: false });
    const photoWarm = measure(d, photoOut, "banmian", { search: false });
    const photos = photoIssues * 8;
    lines.push(
      `#### (d) Photos: ${photoIssues} issue${photoIssues === 1 ? "" : "s"}, ${photos} unique photos (2400×1600 JPEG), 3 widths × AVIF/WebP/JPEG`,
      "",
      "| build | time (s) | CPU (s) | peak memory (MiB) | per photo (ms) |",
      "|---|---:|---:|---:|---:|",
      `| first build | ${s(photoCold.ms)} | ${s(photoCold.cpuMs)} | ${mib(photoCold.peakMiB)} | ${(photoCold.ms / photos).toFixed(0)} |`,
      `| rebuild, images in the output folder | ${s(photoWarm.ms)} | ${s(photoWarm.cpuMs)} | ${mib(photoWarm.peakMiB)} | ${(photoWarm.ms / photos).toFixed(0)} |`,
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
      `sharp ${version("sharp")}, Pagefind ${version("pagefind")}, Hugo ${hugo ?? "not installed"}. Load average at the start: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} ` +
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

if (import.meta.main) await runSiteBench(benchArgs(process.argv.slice(2)));
