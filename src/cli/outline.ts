// The outline: a page's reading as an indented tree an editor can check
// against the print, every entry with its source line.
import { creditText } from "../format/credit.ts";
import type { Article, Credit, MarkRole, PageModel, Photo } from "../model.ts";
import { UsageError, type Command } from "./args.ts";
import { readFile } from "./read.ts";

const clip = (text: string, max = 40) => ([...text].length > max ? `${[...text].slice(0, max).join("")}…` : text);

function credit(label: string, c: Credit | undefined, style: "byline" | "dateline" | "photo"): string[] {
  return c ? [`    ${label} ${creditText(c, style)}`] : [];
}

function article(a: Article): string[] {
  const paragraphs = a.body.filter((b) => b.kind === "paragraph").length;
  const crossheads = a.body.filter((b) => b.kind === "crosshead");
  return [
    `  article l.${a.line}${a.continued ? " (continued on another page)" : ""}`,
    ...(a.column ? [`    栏目 ${a.column}`] : []),
    ...(a.kicker ? [`    引题 ${a.kicker}`] : []),
    ...(a.headline ? [`    主题 ${a.headline}`] : []),
    ...(a.subtitle ? [`    副题 ${a.subtitle}`] : []),
    ...credit("byline", a.byline, "byline"),
    ...credit("dateline", a.dateline, "dateline"),
    ...(a.credits ?? []).map((c) => `    credit ${creditText(c, c.photo ? "photo" : "byline")}`),
    ...(a.jumps ?? []).map((j) => `    jump ${j.text} (l.${j.line})`),
    `    ${paragraphs} paragraph${paragraphs === 1 ? "" : "s"}${crossheads.length ? `, ${crossheads.length} crosshead${crossheads.length === 1 ? "" : "s"}` : ""}`,
    ...crossheads.map((c) => `      小标题 ${c.text} (l.${c.line})`),
  ];
}

function photo(p: Photo): string[] {
  return [
    `  photo l.${p.line}${p.src ? ` ${p.src}` : ""}`,
    ...(p.title ? [`    title ${p.title}`] : []),
    `    caption ${clip(p.caption)}`,
    ...credit("credit", p.credit, "photo"),
  ];
}

/** Each role an editor's mark gave, by the label the outline shows it under. */
const MARK_LABEL: Record<MarkRole, string> = {
  kicker: "引题", headline: "主题", subtitle: "副题", crosshead: "小标题",
  credit: "credit", body: "paragraph", break: "article break", photo: "photo",
};

/** The marked lines of item k: from its first line to the next item's (all of them on a page with no items). */
function marks(page: PageModel, k: number, indent: string): string[] {
  const from = k > 0 ? page.items[k]!.line : -Infinity;
  const to = page.items[k + 1]?.line ?? Infinity;
  const lines = (page.marks ?? []).filter((m) => m.line >= from && m.line < to);
  return lines.length ? [`${indent}[mark] ${lines.map((m) => `l.${m.line} ${MARK_LABEL[m.role]}`).join(", ")}`] : [];
}

export function outline(file: string, pages: PageModel[]): string {
  const out: string[] = [];
  for (const page of pages) {
    const what = [page.paper, page.date, page.page === undefined ? undefined : `page ${page.page}`, page.pageName]
      .filter(Boolean)
      .join(" ");
    out.push(`${file}${what ? ` — ${what}` : ""} (lines ${page.lines.from}–${page.lines.to})`);
    page.items.forEach((item, k) => out.push(...(item.kind === "article" ? article(item) : photo(item)), ...marks(page, k, "    ")));
    if (!page.items.length) out.push(...marks(page, 0, "  "));
    if (page.footer) {
      const f = page.footer;
      out.push(`  footer l.${f.line}`, ...f.roles.map((r) => `    ${r.role} ${r.names.join(" ")}`));
      if (f.email) out.push(`    电子邮箱 ${f.email}`);
      if (f.phone) out.push(`    电话 ${f.phone}`);
    }
    for (const e of page.extras) out.push(`  ${e.kind} l.${e.line}: ${clip(e.text)}`);
    for (const w of page.warnings) out.push(`  warning l.${w.line}: ${w.message}`);
  }
  return `${out.join("\n")}\n`;
}

export const outlineCommand: Command = {
  usage: `usage: banmian outline FILE… [--json]
  Prints the reading of page files (front matter optional; a file may hold
  several printed pages), every entry with its source line.
  --json   print {"pages": [PageModel, …]} and nothing else instead`,
  valued: [],
  bare: ["json"],
  run(rest, flags, io) {
    if (!rest.length) throw new UsageError("outline needs at least one FILE", this.usage);
    const pages: PageModel[] = [];
    for (const file of rest) {
      const read = readFile(file);
      pages.push(...read);
      if (!flags.has("json")) io.out(outline(file, read));
    }
    if (flags.has("json")) io.out(`${JSON.stringify({ pages }, null, 2)}\n`);
    return 0;
  },
};
