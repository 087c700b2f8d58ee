// What `banmian check` asks of an archive beyond each file: the URL ledger
// (a page changed since it was published without a correction; `--fix`
// writes the ledger as a build would), the corrections' articles, and the
// report an editor works through (`--report DIR`).
import path from "node:path";
import { BanmianError, located } from "../errors.ts";
import type { PageModel } from "../model.ts";
import { pageLabel } from "../format/page-label.ts";
import { buildEdition, type Edition } from "../site/edition.ts";
import { applyLedger, unannouncedMessage, type PageChange } from "../site/ledger.ts";
import { readLedger, writeLedger } from "../site/ledger-file.ts";
import { attachCorrections } from "../site/corrections.ts";

/** A page that lost more than this share of its letters and digits since it was published was probably cut short. */
export const SHRINK = 0.2;
/** One line of check's output: `error: file:line: message`. */
export interface Finding {
  level: "error" | "warning";
  file: string;
  line?: number;
  message: string;
}

export const findingText = (f: Finding): string => `${f.level}: ${located(f.message, f.file, f.line)}`;

export interface ArchiveResult {
  findings: Finding[];
  /** The pages that could be placed in an issue, numbered as the site numbers them. */
  edition: Edition;
  /** Pages whose text changed since the ledger was written. */
  changes: PageChange[];
  /** Ledger files `--fix` wrote. */
  fixed: string[];
}

/** The site's ledger folder: beside the pages folder, as the plugin's default `ledger` option has it. */
export const ledgerDirOf = (pagesDir: string): string => path.join(path.dirname(path.resolve(pagesDir)), "ledger");

/**
 * Checks the pages that have a date and a number against the ledger in
 * `ledgerDir`; with `fix`, writes the ledger of this reading.
 */
export function checkArchive(pages: { file: string; model: PageModel }[], ledgerDir: string, fix: boolean): ArchiveResult {
  const findings: Finding[] = [];
  // Check reports pages without a date or number, and two files of one page, itself: they stay out of the edition.
  const seen = new Set<string>();
  const placed = pages.filter(({ model }) => {
    const key = `${model.date}/${model.page}`;
    if (!model.date || model.page === undefined || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const edition = buildEdition(placed, { articlePages: true }, (n) => pageLabel(n));
  let old;
  try {
    old = readLedger(ledgerDir);
  } catch (e) {
    if (!(e instanceof BanmianError)) throw e;
    findings.push({ level: "error", file: e.file ?? ledgerDir, line: e.line, message: e.message });
    return { findings, edition, changes: [], fixed: [] };
  }
  const { rows, forwards, changes } = applyLedger(edition, old);
  const relative = path.relative(process.cwd(), ledgerDir);
  const display = relative.startsWith("..") ? ledgerDir : relative || ".";
  for (const c of changes) {
    if (c.unannounced) findings.push({ level: "warning", file: c.page.file, message: unannouncedMessage(display) });
    if (c.after < c.before * (1 - SHRINK)) {
      findings.push({ level: "warning", file: c.page.file, message: `this page has ${c.after} letters and digits, ${c.before} when it was published: was its text cut short?` });
    }
  }
  edition.ledger = rows;
  edition.forwards = forwards;
  try {
    attachCorrections(edition, forwards);
  } catch (e) {
    if (!(e instanceof BanmianError)) throw e;
    findings.push({ level: "error", file: e.file ?? "?", line: e.line, message: e.message });
  }
  const fixed = fix ? writeLedger(ledgerDir, rows) : [];
  return { findings, edition, changes, fixed };
}
