// `banmian check --report DIR`: the archive's problems per issue and page,
// as report.json (for tools) and report.html (for the editor who works
// through them), the counts at the top. Built from check's findings and the
// edition check reads; the HTML holds page text only escaped.
import fs from "node:fs";
import path from "node:path";
import type { Credit, Item } from "../model.ts";
import type { Edition, SitePage } from "../site/edition.ts";
import type { PageChange } from "../site/ledger.ts";
import { SHRINK, type Finding } from "./archive-check.ts";

export const REPORT_VERSION = 1;


export interface PageReport {
  file: string;
  page: number;
  pageName?: string;
  url: string;
  findings: Omit<Finding, "file">[];
  /** Credits in which no name could be read, at the line of their article or photo. */
  unreadableCredits: { line: number; text: string }[];
  footer: boolean;
  /** Photo captions with no photo file. */
  unmatchedPhotos: { line: number; caption: string }[];
  /** Letters and digits when last published and now, when it shrank by more than SHRINK. */
  shrank?: { before: number; after: number };
}

export interface Report {
  schemaVersion: number;
  counts: Record<string, number>;
  issues: { date: string; url: string; pages: PageReport[] }[];
  /** Files no issue holds (unreadable, no date or page number, a page claimed twice), with their findings. */
  unplaced: { file: string; findings: Omit<Finding, "file">[] }[];
}

export interface ReportInput {
  files: string[];
  findings: Finding[];
  edition: Edition;
  changes: PageChange[];
}

/**
 * Words that promise a name after them: a credit holding one and no name was
 * not read (本报讯(通讯员) is; 本报讯 and 新华社北京10月13日电 name no one by design).
 */
const NAMING = /记者|通讯员|实习生|特约|摄/u;

const credits = (item: Item): { line: number; credit: Credit }[] =>
  item.kind === "photo"
    ? (item.credit ? [{ line: item.line, credit: item.credit }] : [])
    : [item.byline, item.dateline, ...(item.credits ?? [])].flatMap((c) => (c ? [{ line: item.line, credit: c }] : []));

/** The page of the edition a finding is about: a file may hold several printed pages, its front matter belongs to the first. */
function pageOf(f: Finding, byFile: Map<string, SitePage[]>): SitePage | undefined {
  const pages = byFile.get(f.file);
  if (!pages) return undefined;
  return pages.findLast((p) => f.line !== undefined && p.model.lines.from <= f.line) ?? pages[0];
}

export function archiveReport(input: ReportInput): Report {
  const { edition, findings } = input;
  const shrank = new Map(input.changes.filter((c) => c.after < c.before * (1 - SHRINK)).map((c) => [c.page, c] as const));
  const byFile = new Map<string, SitePage[]>();
  for (const p of [...edition.pages].sort((a, b) => a.model.lines.from - b.model.lines.from)) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const byPage = new Map<SitePage, Finding[]>();
  const rest = new Map<string, Omit<Finding, "file">[]>();
  for (const f of findings) {
    const p = pageOf(f, byFile);
    const { file, ...finding } = f;
    if (p) byPage.set(p, [...(byPage.get(p) ?? []), f]);
    else rest.set(file, [...(rest.get(file) ?? []), finding]);
  }
  const pageReport = (p: SitePage): PageReport => {
    const own = byPage.get(p) ?? [];
    const s = shrank.get(p);
    return {
      file: p.file, page: p.page, ...(p.pageName ? { pageName: p.pageName } : {}), url: p.url,
      findings: own.map(({ file: _, ...f }) => f),
      unreadableCredits: p.model.items.flatMap(credits).filter(({ credit }) => NAMING.test(credit.text) && !credit.people.some((x) => x.names.length)).map(({ line, credit }) => ({ line, text: credit.text })),
      footer: Boolean(p.model.footer),
      unmatchedPhotos: p.model.items.flatMap((i) => (i.kind === "photo" && !i.src ? [{ line: i.line, caption: i.caption }] : [])),
      ...(s ? { shrank: { before: s.before, after: s.after } } : {}),
    };
  };
  const issues = edition.issues.map((i) => ({ date: i.date, url: i.url, pages: i.pages.map(pageReport) }));
  const pages = issues.flatMap((i) => i.pages);
  const counts = {
    files: input.files.length,
    issues: issues.length,
    pages: pages.length,
    articles: edition.articles.length,
    photos: edition.photos.length,
    errors: findings.filter((f) => f.level === "error").length,
    warnings: findings.filter((f) => f.level === "warning").length,
    unreadableCredits: pages.reduce((n, p) => n + p.unreadableCredits.length, 0),
    pagesWithoutFooter: pages.filter((p) => !p.footer).length,
    unmatchedPhotos: pages.reduce((n, p) => n + p.unmatchedPhotos.length, 0),
    shrunkPages: pages.filter((p) => p.shrank).length,
  };
  return { schemaVersion: REPORT_VERSION, counts, issues, unplaced: [...rest].map(([file, list]) => ({ file, findings: list })) };
}

const esc = (text: string | number): string =>
  String(text).replace(/[&<>"']/g, (c) => `&${({ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" } as Record<string, string>)[c]};`);

const LABELS: Record<string, string> = {
  files: "files", issues: "issues", pages: "pages", articles: "articles", photos: "photos",
  errors: "errors", warnings: "warnings", unreadableCredits: "unreadable credits", pagesWithoutFooter: "pages without footer",
  unmatchedPhotos: "photos without a file", shrunkPages: `pages shorter by over ${SHRINK * 100}% since published`,
};

function findingItems(list: Omit<Finding, "file">[], file: string): string {
  return list.map((f) => `<li class="${f.level}"><b>${f.level}</b> <code>${esc(file)}${f.line ? `:${f.line}` : ""}</code> ${esc(f.message)}</li>`).join("\n");
}

function pageHtml(p: PageReport): string {
  const items = [
    findingItems(p.findings, p.file),
    ...p.unreadableCredits.map((c) => `<li class="credit"><b>unreadable credit</b> <code>${esc(p.file)}:${c.line}</code> ${esc(c.text)}</li>`),
    ...p.unmatchedPhotos.map((c) => `<li class="photo"><b>photo without a file</b> <code>${esc(p.file)}:${c.line}</code> ${esc(c.caption)}</li>`),
    p.footer ? "" : `<li class="footer"><b>no footer</b> no 本版编辑/本版校对 line was read</li>`,
    p.shrank ? `<li class="shrank"><b>shorter</b> ${p.shrank.before} letters and digits when published, ${p.shrank.after} now</li>` : "",
  ].filter(Boolean);
  // The site's URLs as text: the report is opened from disk, where they lead nowhere.
  const title = `page ${p.page}${p.pageName ? ` ${esc(p.pageName)}` : ""} <code>${esc(p.file)}</code> <code>${esc(p.url)}</code>`;
  return items.length ? `<h3>${title}</h3>\n<ul>\n${items.join("\n")}\n</ul>` : `<h3 class="ok">${title}: nothing to look at</h3>`;
}

export function reportHtml(r: Report): string {
  const counts = Object.entries(r.counts).map(([k, v]) => `<tr class="${k}${v && !["files", "issues", "pages", "articles", "photos"].includes(k) ? " some" : ""}"><th scope="row">${esc(LABELS[k] ?? k)}</th><td>${v}</td></tr>`).join("\n");
  const unplaced = r.unplaced.length
    ? `<section id="unplaced"><h2>Files in no issue</h2>\n${r.unplaced.map((u) => `<ul>\n${findingItems(u.findings, u.file)}\n</ul>`).join("\n")}</section>`
    : "";
  const issues = r.issues.map((i) => `<section id="d${i.date}"><h2>${i.date}</h2>\n${i.pages.map(pageHtml).join("\n")}\n</section>`).join("\n");
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>banmian check: ${r.counts.errors} errors, ${r.counts.warnings} warnings</title>
<style>
body { font: 15px/1.6 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #1b1b1b; }
table { border-collapse: collapse; } th, td { text-align: start; padding: .1rem .75rem .1rem 0; } td { text-align: end; }
tr.some td { font-weight: 700; color: #9b1c1c; }
h3 { font-size: 1rem; margin: .75rem 0 .25rem; } h3.ok { font-weight: 400; color: #707070; }
ul { margin: 0; padding-left: 1.25rem; } li.error b { color: #9b1c1c; } li b { font-weight: 600; }
code { font-size: .9em; color: #505050; }
</style>
</head>
<body>
<h1>banmian check</h1>
<table class="counts">
${counts}
</table>
${unplaced}
${issues}
</body>
</html>
`;
}

/** Writes report.json and report.html into `dir`; returns their paths. */
export function writeReport(dir: string, input: ReportInput): string[] {
  const report = archiveReport(input);
  fs.mkdirSync(dir, { recursive: true });
  const json = path.join(dir, "report.json");
  const html = path.join(dir, "report.html");
  fs.writeFileSync(json, `${JSON.stringify(report, null, 1)}\n`);
  fs.writeFileSync(html, reportHtml(report));
  return [json, html];
}
