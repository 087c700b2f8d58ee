// `npm run score`: one row per corpus page (points, %, conservation) and the
// pooled figure. `npm run score -- --misses` also lists every entry of the
// editor's reading that the reader missed, and what conservation lost.
import path from "node:path";
import { corpusPages, percent, scorePage, type CorpusPage } from "./score.ts";

const here = import.meta.dirname;
const fixtures = path.resolve(here, "../fixtures");

/** The corpus, then the seed with its reading (written from seed-EXPECTED.md). */
export const scoredPages = (): CorpusPage[] => [...corpusPages(here), ...corpusPages(fixtures)];

const misses = process.argv.includes("--misses");
const rows: string[][] = [["page", "points", "%", "letters and digits"]];
let points = 0;
let total = 0;
let conserved = 0;
const pages = scoredPages();
for (const page of pages) {
  const s = scorePage(page);
  points += s.points;
  total += s.total;
  if (s.conserved) conserved++;
  rows.push([page.name, `${s.points}/${s.total}`, percent(s).toFixed(0), s.conserved ? "conserved" : `NOT conserved (lost ${s.lost.length}, invented ${s.invented.length})`]);
  if (misses) {
    for (const c of s.checks.filter((c) => c.points < 1)) rows.push([`  ${c.key}`, String(c.points), "", c.entry]);
    if (s.lost) rows.push(["  lost", "", "", s.lost.slice(0, 60)]);
    if (s.invented) rows.push(["  invented", "", "", s.invented.slice(0, 60)]);
  }
}
rows.push(["pooled", `${points}/${total}`, percent({ points, total }).toFixed(1), `${conserved}/${pages.length} conserved`]);

const widths = rows[0]!.map((_, k) => Math.max(...rows.map((r) => [...(r[k] ?? "")].length)));
for (const r of rows) console.log(r.map((cell, k) => cell.padEnd(widths[k]!)).join("  ").trimEnd());
