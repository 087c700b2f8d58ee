// The ledger's files: one per year (`ledger/2021.tsv`) in the site's input
// folder, tab-separated text an editor can read and a diff can show, kept
// under version control with the pages. Written only when its rows change,
// so a build of unchanged pages leaves them byte for byte as they were.
import fs from "node:fs";
import path from "node:path";
import { BanmianError } from "../errors.ts";
import type { LedgerRow, LedgerState } from "./edition-model.ts";
import { writeWhole } from "./write-whole.ts";

export { applyLedger } from "./ledger.ts";

const COLUMNS = ["url", "kind", "state", "to", "text", "size", "corrections", "headline", "opening"] as const;
const STATES: readonly string[] = ["live", "moved", "withdrawn"];
const header = (year: string): string =>
  `# banmian URL ledger, ${year}: every page and article URL this site has published, and where each article is now.\n` +
  "# Written by `banmian build` and `banmian check --fix`: commit it with the pages, edit it only to correct a match.\n" +
  `${COLUMNS.join("\t")}\n`;

/** A cell as written: no tab or line break inside, `-` for none. */
const cell = (v: string | number | undefined): string => (v === undefined || v === "" ? "-" : String(v).replace(/\s+/gu, " "));

/** The ledger's rows as one file per year: `2021` and its text, a year at a time (the whole is ~120 bytes a URL). */
export function* ledgerTexts(rows: LedgerRow[]): Generator<[string, string]> {
  for (const [year, rs] of Map.groupBy(rows, (r) => r.url.slice(1, 5))) {
    yield [year, `${header(year)}${rs.map((r) => COLUMNS.map((c) => cell(r[c])).join("\t")).join("\n")}\n`];
  }
}

/** Reads one ledger file's rows; a row it cannot read is an error naming its line. */
export function parseLedger(text: string, file: string): LedgerRow[] {
  const rows: LedgerRow[] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim() || line.startsWith("#") || line.startsWith("url\t")) return;
    const cells = line.split("\t");
    const [url, kind, state, to, textHash, size, corrections, headline, opening] = cells.map((c) => (c === "-" ? undefined : c));
    if (cells.length !== COLUMNS.length || !url?.startsWith("/") || (kind !== "page" && kind !== "article") || !STATES.includes(state ?? "")) {
      throw new BanmianError(`this ledger row is not ${COLUMNS.join(", ")} separated by tabs: restore it from version control, or delete the file and build again (articles then keep the URLs of the present reading)`, { file, line: i + 1 });
    }
    rows.push({
      url, kind, state: state as LedgerState,
      ...(to ? { to } : {}), ...(textHash ? { text: textHash } : {}),
      ...(size ? { size: Number(size) } : {}), ...(corrections ? { corrections: Number(corrections) } : {}),
      ...(headline ? { headline } : {}), ...(opening ? { opening } : {}),
    });
  });
  return rows;
}

const ledgerFiles = (dir: string): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^\d{4}\.tsv$/.test(f)).sort().map((f) => path.join(dir, f)) : [];

/** Every row of the ledger folder `dir` (none when there is no folder yet). */
export function readLedger(dir: string): LedgerRow[] {
  return ledgerFiles(dir).flatMap((f) => parseLedger(fs.readFileSync(f, "utf8"), path.relative(process.cwd(), f).split(path.sep).join("/")));
}

/** Writes the files of `rows` whose text changed; returns the files written. */
export function writeLedger(dir: string, rows: LedgerRow[]): string[] {
  const written: string[] = [];
  for (const [year, text] of ledgerTexts(rows)) {
    const file = path.join(dir, `${year}.tsv`);
    if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) continue;
    writeWhole(file, text);
    written.push(file);
  }
  return written;
}
