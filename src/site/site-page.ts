// One printed page as the site shows it: its articles and photos numbered
// and given URLs, linked to their neighbours, with the page's drawing for
// the navigator. Used for the issues' pages (edition.ts) and the undated
// section's (undated.ts) alike.
import type { Article, Item } from "../model.ts";
import type { EditionOptions, SiteArticle, SiteItem, SitePage, SitePhoto, SourcePage } from "./edition-model.ts";
import { pageBlocks } from "./navigator.ts";

export const twoDigits = (n: number): string => String(n).padStart(2, "0");

function firstText(article: Article): string {
  return article.body.find((b) => b.kind === "paragraph")?.text ?? article.body[0]?.text ?? "";
}

function titleOf(article: Article): string {
  const t = article.headline ?? article.kicker ?? article.subtitle;
  if (t) return t;
  const text = firstText(article);
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** Where a page is in the edition: its issue's date, its number, its URL and its issue's (or section's). */
export interface PagePlace {
  date: string;
  page: number;
  url: string;
  issueUrl: string;
  label: string;
}

/** A page of the edition with its articles and photos, at `place`; articles get pages of their own when `articlePages`. */
export function sitePage({ file, model }: SourcePage, place: PagePlace, opts: EditionOptions): SitePage {
  const { date, page: pageNo, url, issueUrl: iUrl, label } = place;
  const paper = model.paper ?? opts.paper ?? "版面";
  const items: SiteItem[] = [];
  const articles: SiteArticle[] = [];
  const photos: SitePhoto[] = [];
  const page: SitePage = {
    file, model, paper, date, page: pageNo, nn: twoDigits(pageNo), pageName: model.pageName, url, issueUrl: iUrl,
    items, articles, photos, footer: model.footer, note: model.note, warnings: model.warnings, siblings: [], blocks: [], ...(model.scan ? { scan: model.scan } : {}),
  };
  for (const item of model.items as Item[]) {
    if (item.kind === "article") {
      const n = articles.length + 1;
      const a: SiteArticle = {
        ...item, n, slot: n, id: `a${n}`,
        url: opts.articlePages ? `${url}${n}/` : `${url}#a${n}`,
        pageUrl: url, issueUrl: iUrl, paper, date, page: pageNo, pageLabel: label,
        pageName: model.pageName, file, title: titleOf(item), lead: firstText(item),
        unfinished: Boolean(item.continued) && !(item.jumps ?? []).some((j) => j.direction === "to"),
        blocks: [],
      };
      articles.push(a);
      items.push(a);
    } else {
      const n = photos.length + 1;
      // The parse layer matched the front matter's photos: to the captions, in order.
      const p: SitePhoto = { ...item, n, id: `p${n}`, eager: n === 1, ...(item.src ? { file: item.src } : {}) };
      photos.push(p);
      items.push(p);
    }
  }
  linkPage(page);
  return page;
}

/** The articles' links to their neighbours and the page's drawing: made again when the URL ledger renumbers the articles. */
export function linkPage(page: SitePage): void {
  const { articles } = page;
  articles.forEach((a, j) => {
    const [before, after] = [articles[j - 1], articles[j + 1]];
    if (before) a.prev = { url: before.url, label: before.title };
    if (after) a.next = { url: after.url, label: after.title };
  });
  page.blocks = pageBlocks(page);
  for (const a of articles) a.blocks = page.blocks;
}
