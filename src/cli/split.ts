// `banmian split`: a dump of several printed pages (one PDF's text) into one
// page file per printed page, with the front matter the build needs.
import fs from "node:fs";
import path from "node:path";
import { BanmianError } from "../errors.ts";
import { decodeText, parsePages } from "../parse/index.ts";
import { isCivilDate } from "../parse/front-matter.ts";
import { writeWhole } from "../site/write-whole.ts";
import { UsageError, type Command } from "./args.ts";

export const splitCommand: Command = {
  usage: `usage: banmian split DUMP --paper NAME --date YYYY-MM-DD --out DIR [--first-page N] [--page-name NAME] [--force]
  Writes one page file per printed page of DUMP, as DIR/YYYY-MM-DD/NN.md,
  each with front matter (paper, date, page) and its lines of the dump.
  --paper NAME       the paper's name, e.g. 四平日报
  --date YYYY-MM-DD  the issue's date, a real day of the calendar
  --out DIR          the pages folder to write into, e.g. pages
  --first-page N     the page number of the dump's first page (default 1)
  --page-name NAME   the first page's name (版名), e.g. 县区新闻
  --force            replace page files that exist (else refused, naming them)`,
  valued: ["paper", "date", "first-page", "out", "page-name"],
  bare: ["force"],
  run(rest, flags, io) {
    if (rest.length !== 1) throw new UsageError("split needs exactly one DUMP file", this.usage);
    const [dump] = rest as [string];
    const paper = flags.get("paper");
    const date = flags.get("date");
    const out = flags.get("out");
    const firstPage = Number(flags.get("first-page") ?? "1");
    if (!paper) throw new UsageError("split needs --paper NAME", this.usage);
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError("split needs --date YYYY-MM-DD", this.usage);
    if (!isCivilDate(date)) throw new UsageError(`--date ${date} is not a day of the calendar`, this.usage);
    if (!out) throw new UsageError("split needs --out DIR", this.usage);
    if (!Number.isInteger(firstPage) || firstPage < 1) throw new UsageError("--first-page must be a whole number from 1", this.usage);

    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(dump);
    } catch (e) {
      throw new BanmianError(`cannot read: ${(e as Error).message}`, { file: dump });
    }
    const decoded = decodeText(bytes, dump);
    // The page files are written as UTF-8: say what the dump was.
    if (decoded.warning) io.err(`${dump}:1: ${decoded.warning}\n`);
    const lines = decoded.text.replace(/^\uFEFF/u, "").split(/\r\n|\r|\n/);
    const pages = parsePages(decoded.text, { paper, date, page: firstPage });
    const targets = pages.map((p) => path.join(out, date, `${String(p.page).padStart(2, "0")}.md`));
    const existing = targets.filter((t) => fs.existsSync(t));
    if (existing.length && !flags.has("force")) {
      throw new BanmianError(`would overwrite ${existing.join(", ")}; pass --force to replace them`, { file: dump });
    }
    pages.forEach((p, k) => {
      const yaml = [
        "---",
        `# split from ${path.basename(dump)}, lines ${p.lines.from}–${p.lines.to}`,
        `paper: ${JSON.stringify(paper)}`,
        `date: ${date}`,
        `page: ${p.page}`,
        ...(flags.get("page-name") && k === 0 ? [`pageName: ${JSON.stringify(flags.get("page-name"))}`] : []),
        "---",
        "",
      ].join("\n");
      const text = lines.slice(p.lines.from - 1, p.lines.to).join("\n");
      writeWhole(targets[k]!, `${yaml}${text}\n`);
      io.err(`${targets[k]}: page ${p.page}, ${p.items.length} items (lines ${p.lines.from}–${p.lines.to})\n`);
    });
    return 0;
  },
};
