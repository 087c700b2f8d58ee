// The parser's speed: pages per second on seed-sized pages, and how the time
// per page grows from 1× to 100× page size (it must grow linearly: the time
// per character stays flat). Prints a table and appends it to bench/results.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parsePages } from "../src/parse/index.ts";

const here = import.meta.dirname;
const seedPath = path.resolve(here, "../test/fixtures/000_8a1b2aab4ad79620.txt");

/** The seed's printed pages, as separate texts (the footer closes page A). */
function seedPages(): string[] {
  const text = fs.readFileSync(seedPath, "utf8");
  const lines = text.split("\n");
  return parsePages(text).map((p) => lines.slice(p.lines.from - 1, p.lines.to).join("\n"));
}

/** Runs fn until at least `ms` have passed; returns the calls made and the time taken. */
function timed(fn: () => void, ms: number): { calls: number; ms: number } {
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    fn();
    calls++;
    now = performance.now();
  }
  return { calls, ms: now - start };
}

export interface ParseBench {
  pagesPerSecond: number;
  meanPageChars: number;
  scaling: { factor: number; chars: number; msPerPage: number; nsPerChar: number; ratio: number }[];
  table: string;
}

export function benchParse(options: { seconds?: number } = {}): ParseBench {
  const budget = (options.seconds ?? 2) * 1000;
  const pages = seedPages();
  const meanPageChars = Math.round(pages.reduce((n, p) => n + p.length, 0) / pages.length);

  // Warm up the JIT, then read the seed's pages round-robin.
  timed(() => pages.forEach((p) => parsePages(p)), 500);
  let k = 0;
  const run = timed(() => parsePages(pages[k++ % pages.length]!), budget);
  const pagesPerSecond = (run.calls / run.ms) * 1000;

  // One page's text repeated: the reading grows with it and must stay linear.
  const base = pages[0]!;
  const scaling = [1, 10, 100].map((factor) => {
    const text = Array.from({ length: factor }, () => base).join("\n\n\n");
    parsePages(text);
    // The best of five batches: garbage collection and other processes only ever add time.
    const msPerPage = Math.min(
      ...Array.from({ length: 5 }, () => {
        const r = timed(() => parsePages(text), budget / 10);
        return r.ms / r.calls;
      }),
    );
    return { factor, chars: text.length, msPerPage, nsPerChar: (msPerPage * 1e6) / text.length, ratio: 1 };
  });
  for (const s of scaling) s.ratio = s.nsPerChar / scaling[0]!.nsPerChar;

  const cpu = os.cpus()[0]?.model?.trim() ?? "unknown CPU";
  const table = [
    `### parsePages — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    `${cpu}, ${os.cpus().length} cores; Node ${process.version}; ${os.platform()} ${os.release()}`,
    "",
    `Seed-sized pages (${pages.length} pages of the seed, mean ${meanPageChars} characters), one core: ` +
      `**${Math.round(pagesPerSecond).toLocaleString("en")} pages/s** (${run.calls.toLocaleString("en")} pages in ${(run.ms / 1000).toFixed(2)} s)`,
    "",
    "| page size | characters | ms per text | ns per character | per character vs 1× |",
    "|---|---:|---:|---:|---:|",
    ...scaling.map(
      (s) => `| ${s.factor}× | ${s.chars.toLocaleString("en")} | ${s.msPerPage.toFixed(3)} | ${s.nsPerChar.toFixed(1)} | ${s.ratio.toFixed(2)} |`,
    ),
    "",
  ].join("\n");
  return { pagesPerSecond, meanPageChars, scaling, table };
}

/** Runs the benchmark, prints the table and appends it to bench/results.md. */
export function runParseBench(): ParseBench {
  const result = benchParse();
  process.stdout.write(`${result.table}\n`);
  const results = path.join(here, "results.md");
  if (!fs.existsSync(results)) fs.writeFileSync(results, "# Benchmark results\n\nAppended by `npm run bench`, newest last.\n\n");
  fs.appendFileSync(results, `${result.table}\n`);
  return result;
}
