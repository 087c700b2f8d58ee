// Pages with no issue date or no page number (a supplement, an undated
// extra), with the option `undated: "section"`: built apart at
// /undated/<file>/ and listed at /undated/, each with a warning, rather than
// stopping the archive's build. They have no issue, so no neighbours, no
// article pages (articles are anchors on the page) and no place in the feed,
// the sitemap or the URL ledger.
import type { Edition, EditionOptions, SitePage, SourcePage } from "./edition-model.ts";
import { sitePage } from "./site-page.ts";

export const UNDATED_URL = "/undated/";

/** `pages/extra/增刊.md` → `extra-增刊`: the file's path under the pages folder, as one URL segment. */
export function undatedSlug(file: string): string {
  const parts = file.replace(/\.md$/i, "").split("/");
  const under = parts.length > 1 ? parts.slice(1) : parts;
  return under.join("-").replace(/[^\p{L}\p{N}_-]+/gu, "-").replace(/^-+|-+$/g, "") || "page";
}

/** Why a page cannot be placed in an issue, or undefined when it can. */
export function undatedReason(model: SourcePage["model"]): string | undefined {
  if (!model.date || !/^\d{4}-\d{2}-\d{2}$/.test(model.date)) return "no issue date";
  if (!model.page || !Number.isInteger(model.page) || model.page < 1) return "no page number";
  return undefined;
}

/** The undated pages, in the order of their files; a file of several pages numbers them -2, -3 …. */
export function undatedPages(sources: SourcePage[], opts: EditionOptions, pageLabel: (n: number) => string): SitePage[] {
  const seen = new Map<string, number>();
  return sources.map((src) => {
    const slug = undatedSlug(src.file);
    const k = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, k);
    const url = `${UNDATED_URL}${slug}${k > 1 ? `-${k}` : ""}/`;
    const page = src.model.page ?? 0;
    return sitePage(src, { date: src.model.date ?? "", page, url, issueUrl: UNDATED_URL, label: page ? pageLabel(page) : "" }, { ...opts, articlePages: false });
  });
}

/** The undated pages as an edition of their own, for the photo steps; none when there are none. */
export function undatedPart(ed: Edition): Edition | undefined {
  const pages = ed.undated ?? [];
  return pages.length ? { ...ed, pages, photos: pages.flatMap((p) => p.photos) } : undefined;
}
