// The edition's downloads: beside every printed page and article its text
// as printed (page.txt, article.txt) and its reading as JSON (page.json,
// article.json), and each issue whole (issue.txt, issue.json). Plain strings
// from the PageModel, so the build and `banmian export` write the same bytes
// for the same pages. The JSON's shape is docs/downloads.md; a change to it
// raises SCHEMA_VERSION.
import type { Article, Item, PageModel } from "../model.ts";
import type { SiteArticle, SiteIssue, SitePage } from "./edition.ts";

export const SCHEMA_VERSION = 1;

/**
 * A file of the edition whose content is known without a layout. The
 * content is made when the file is written, never before: the downloads
 * hold the whole archive's text again, twice (text and JSON).
 */
export interface Download {
  url: string;
  content: () => string;
}

/** An article's lines as printed: headings, credits, the dateline opening the first paragraph, the text, jumps. */
function articleLines(a: Article): string[] {
  const from = (a.jumps ?? []).filter((j) => j.direction === "from").map((j) => j.text);
  const to = (a.jumps ?? []).filter((j) => j.direction === "to").map((j) => j.text);
  const body = a.body.map((b) => b.text);
  if (a.dateline) {
    // The dateline is printed at the start of the first paragraph (本报讯(通讯员 王健)为深入贯彻…).
    if (a.body[0]?.kind === "paragraph") body[0] = `${a.dateline.text}${body[0]}`;
    else body.unshift(a.dateline.text);
  }
  return [
    a.column, a.kicker, a.headline, a.subtitle, ...from, a.byline?.text,
    ...body, ...(a.credits ?? []).map((c) => c.text), ...to,
  ].filter((t): t is string => Boolean(t));
}

function itemLines(item: Item): string[] {
  if (item.kind === "article") return articleLines(item);
  return [item.title, item.caption, item.credit?.text].filter((t): t is string => Boolean(t));
}

/**
 * A page's text as printed: its items, footer and the lines around them
 * (masthead, e-paper navigation), in the order of their source lines, a blank
 * line between them. UTF-8, one line per printed paragraph.
 */
export function pageText(model: PageModel): string {
  const units: { line: number; lines: string[] }[] = [
    ...model.items.map((item) => ({ line: item.line, lines: itemLines(item) })),
    ...model.extras.map((e) => ({ line: e.line, lines: [e.text] })),
    ...(model.footer ? [{ line: model.footer.line, lines: model.footer.lines }] : []),
  ];
  // A stable sort: units of one line keep the reader's order.
  units.sort((a, b) => a.line - b.line);
  return `${units.map((u) => u.lines.join("\n")).join("\n\n")}\n`;
}

export const articleText = (a: Article): string => `${articleLines(a).join("\n")}\n`;

/** Where an article's files are: its own URL's folder, also when articles have no page of their own. */
export const articleFolder = (a: SiteArticle): string => `${a.pageUrl}${a.slot}/`;

/** Which URL each article of the page answers at: the reading's articles in print order. */
const articleUrls = (p: SitePage) => p.articles.map((a) => ({ n: a.n, url: articleFolder(a) }));

function pageData(p: SitePage): Record<string, unknown> {
  return { file: p.file, url: p.url, articles: articleUrls(p), reading: p.model };
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 1)}\n`;

/** An issue's heading in issue.txt: the page's date, number and name. */
const pageHeading = (p: SitePage): string => `【${p.date} 第${p.page}版${p.pageName ? ` ${p.pageName}` : ""}】`;

/** A page's downloads and its articles'. */
function pageDownloads(p: SitePage): Download[] {
  // The reading's own articles, without what the site added to them.
  const read = p.model.items.filter((i) => i.kind === "article");
  return [
    { url: `${p.url}page.txt`, content: () => pageText(p.model) },
    { url: `${p.url}page.json`, content: () => json({ schemaVersion: SCHEMA_VERSION, ...pageData(p) }) },
    ...p.articles.flatMap((a) => [
      { url: `${articleFolder(a)}article.txt`, content: () => articleText(a) },
      { url: `${articleFolder(a)}article.json`, content: () => json({ schemaVersion: SCHEMA_VERSION, file: p.file, url: articleFolder(a), page: p.url, article: read[a.n - 1] }) },
    ]),
  ];
}

/**
 * The downloads of `issues` (their pages and articles, and each issue
 * whole) and of pages in no issue, an issue at a time as they are gone
 * through: half a million at 100,000 printed pages are never held at once.
 */
export function* downloads(issues: SiteIssue[], undated: SitePage[] = []): Generator<Download> {
  for (const issue of issues) {
    for (const p of issue.pages) yield* pageDownloads(p);
    yield { url: `${issue.url}issue.txt`, content: () => issue.pages.map((p) => `${pageHeading(p)}\n\n${pageText(p.model)}`).join("\n") };
    yield { url: `${issue.url}issue.json`, content: () => json({ schemaVersion: SCHEMA_VERSION, paper: issue.paper, date: issue.date, url: issue.url, pages: issue.pages.map(pageData) }) };
  }
  for (const p of undated) yield* pageDownloads(p);
}
