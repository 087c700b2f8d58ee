// Corrections published after a page: shown on the page and on each article
// they concern, dating the page's and article's last change (dateModified,
// sitemap lastmod, the feed's updated), and gathered newest first for the
// site's /corrections/ page. Runs after the ledger has numbered the articles,
// since `article:` names an article by the number in its URL.
import { BanmianError } from "../errors.ts";
import type { Edition, Forward, SiteCorrection } from "./edition-model.ts";

const latest = (dates: string[]): string | undefined => dates.reduce<string | undefined>((a, d) => (!a || d > a ? d : a), undefined);

/** Attaches every page's corrections; an `article:` that names no article of the page is an error at its line. */
export function attachCorrections(ed: Edition, forwards: Forward[]): void {
  const all: SiteCorrection[] = [];
  for (const p of [...ed.pages, ...(ed.undated ?? [])]) {
    const list = p.model.corrections ?? [];
    if (!list.length) continue;
    const gone = forwards.filter((f) => f.pageUrl === p.url);
    const own: SiteCorrection[] = list.map((c) => {
      const a = c.article === undefined ? undefined : p.articles.find((x) => x.slot === c.article);
      const withdrawn = c.article === undefined ? undefined : gone.find((f) => f.slot === c.article);
      if (c.article !== undefined && !a && !withdrawn) {
        const slots = p.articles.map((x) => x.slot).sort((x, y) => x - y).join(", ");
        throw new BanmianError(`\`article: ${c.article}\` names no article of this page: its articles are ${slots || "none"} (the number in each article's URL)`, { file: p.file, line: c.line });
      }
      const url = a?.url ?? withdrawn?.url ?? p.url;
      const title = a?.title ?? withdrawn?.headline ?? `${p.pageName ?? ""}`;
      return { ...c, url, title, pageUrl: p.url, page: p.page, issueDate: p.date, file: p.file };
    });
    p.corrections = own;
    p.modified = latest(own.map((c) => c.date));
    for (const f of gone) f.corrections = own.filter((c) => c.article === f.slot);
    for (const a of p.articles) {
      a.corrections = own.filter((c) => c.article === a.slot);
      a.modified = latest(a.corrections.map((c) => c.date));
    }
    all.push(...own);
  }
  for (const issue of ed.issues) issue.modified = latest(issue.pages.flatMap((p) => (p.modified ? [p.modified] : [])));
  // Newest first; one day's in the order of the edition.
  ed.corrections = all.map((c, i) => [c, i] as const).sort(([a, i], [b, j]) => b.date.localeCompare(a.date) || i - j).map(([c]) => c);
}
