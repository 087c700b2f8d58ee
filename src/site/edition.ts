// The edition: every PageModel of the site, gathered into issues, pages,
// articles and photos with their URLs. Plain data built by plain functions;
// the plugin only hands it to Eleventy. Nothing here renders HTML.
import { BanmianError } from "../errors.ts";
import type { ArchiveYear, CalendarDay, Edition, EditionOptions, PageLink, SiteIssue, SitePage, SourcePage } from "./edition-model.ts";
import { undatedPages, undatedReason } from "./undated.ts";
import { sitePage, twoDigits } from "./site-page.ts";

export type * from "./edition-model.ts";

export const issueUrl = (date: string): string => `/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/`;

/** Weeks of a month, Monday first. */
export function monthWeeks(year: number, month: number, urls: Map<number, string>): (CalendarDay | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const first = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const cells: (CalendarDay | null)[] = Array.from({ length: first }, () => null);
  for (let d = 1; d <= days; d++) cells.push(urls.has(d) ? { day: d, url: urls.get(d) } : { day: d });
  while (cells.length % 7) cells.push(null);
  const weeks: (CalendarDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/**
 * Gathers page readings into the edition. A page with no date or page
 * number, or a second file for one page, is refused with a BanmianError
 * naming the file: thrown, or handed to `refuse` (which `banmian check`
 * uses to report them all), the page then left out.
 * `pageLabel` renders a page number for titles (e.g. 第3版).
 */
export function buildEdition(
  sources: SourcePage[], opts: EditionOptions, pageLabel: (n: number) => string,
  refuse: (error: BanmianError) => void = (error) => { throw error; },
): Edition {
  const byKey = new Map<string, SitePage>();
  const undated: SourcePage[] = [];
  for (const src of sources) {
    const { model, file } = src;
    const refused = (message: string): void => refuse(new BanmianError(message, { file, line: model.lines?.from }));
    if (opts.undated === "section" && undatedReason(model)) {
      undated.push(src);
      continue;
    }
    if (!model.date || !/^\d{4}-\d{2}-\d{2}$/.test(model.date)) {
      refused(`${file} has no issue date: add \`date: YYYY-MM-DD\` to its front matter, or put it in a folder named like pages/2021-10-14/`);
      continue;
    }
    if (!model.page || !Number.isInteger(model.page) || model.page < 1) {
      refused(`${file} has no page number: add \`page: 3\` to its front matter, or name the file like 03.md`);
      continue;
    }
    const key = `${model.date}/${model.page}`;
    const other = byKey.get(key);
    if (other) {
      refused(`${file} holds page ${model.page} of ${model.date}, and so does ${other.file}: each printed page must come from one file`);
      continue;
    }
    const iUrl = issueUrl(model.date);
    const place = { date: model.date, page: model.page, url: `${iUrl}${twoDigits(model.page)}/`, issueUrl: iUrl, label: pageLabel(model.page) };
    byKey.set(key, sitePage(src, place, opts));
  }

  const pages = [...byKey.values()].sort((a, b) => a.date.localeCompare(b.date) || a.page - b.page);
  const issues: SiteIssue[] = [];
  for (const p of pages) {
    let issue = issues.at(-1);
    if (!issue || issue.date !== p.date) {
      issue = {
        paper: p.paper, date: p.date, year: p.date.slice(0, 4), month: p.date.slice(5, 7), day: p.date.slice(8, 10),
        url: p.issueUrl, pages: [],
      };
      issues.push(issue);
    }
    issue.pages.push(p);
  }
  issues.forEach((issue, i) => {
    const prev = issues[i - 1];
    const next = issues[i + 1];
    if (prev) issue.prev = { url: prev.url, date: prev.date };
    if (next) issue.next = { url: next.url, date: next.date };
    const links: PageLink[] = issue.pages.map((p) => ({ url: p.url, page: p.page, nn: p.nn, pageName: p.pageName }));
    issue.pages.forEach((p, j) => {
      p.siblings = links;
      if (links[j - 1]) p.prev = links[j - 1];
      if (links[j + 1]) p.next = links[j + 1];
    });
  });

  // Archive: years, months, calendars; only months that hold issues.
  const years: ArchiveYear[] = [];
  for (const issue of issues) {
    let y = years.at(-1);
    if (!y || y.year !== issue.year) {
      y = { year: issue.year, url: `/archive/${issue.year}/`, count: 0, months: [], issues: [] };
      years.push(y);
    }
    y.count++;
    y.issues.push(issue);
    let m = y.months.at(-1);
    if (!m || m.month !== issue.month) {
      m = { year: issue.year, month: issue.month, count: 0, id: `m${issue.month}`, url: `/archive/${issue.year}/#m${issue.month}`, weeks: [] };
      y.months.push(m);
    }
    m.count++;
  }
  for (const y of years) {
    for (const m of y.months) {
      const urls = new Map<number, string>();
      for (const issue of y.issues) {
        if (issue.month === m.month) urls.set(Number(issue.day), issue.url);
      }
      m.weeks = monthWeeks(Number(y.year), Number(m.month), urls);
    }
  }

  const latest = issues.at(-1);
  return {
    paper: latest?.paper ?? opts.paper ?? "版面",
    issues,
    pages,
    articles: pages.flatMap((p) => p.articles),
    photos: pages.flatMap((p) => p.photos),
    latest,
    years,
    ...(undated.length ? { undated: undatedPages(undated, opts, pageLabel) } : {}),
  };
}
