// A build split by year, for an archive that outgrows one machine
// (docs/scale.md): each job of a CI matrix reads the whole edition (fast)
// but writes only its years' issues, pages, articles and photos and indexes
// only its years' search bundles; the files that list every year (home,
// archive, feed, sitemaps, previous/next links across a year's end) come
// from the whole edition, so every job writes them alike. merge.ts joins
// the jobs' output folders into the site one build would have written.
import type { Edition } from "./edition.ts";
import type { RenderSet } from "./outputs.ts";

/** The part of the edition whose issues `keep` dates; `latest` and the archive's years stay the whole edition's. */
export function editionPart(ed: Edition, keep: (date: string) => boolean): Edition {
  const issues = ed.issues.filter((i) => keep(i.date));
  const pages = issues.flatMap((i) => i.pages);
  return { ...ed, issues, pages, articles: pages.flatMap((p) => p.articles), photos: pages.flatMap((p) => p.photos) };
}

/** Whether a date (YYYY-MM-DD) is one of `years`. */
export const inYears = (years: readonly string[]) => (date: string): boolean => years.includes(date.slice(0, 4));

/** What a job of `years` renders: its share of `render` (the whole edition when undefined). */
export function renderOfYears(ed: Edition, render: RenderSet | undefined, years: readonly string[] | undefined): RenderSet | undefined {
  if (!years) return render;
  const own = inYears(years);
  const all = render ?? ed;
  return { issues: all.issues.filter((i) => own(i.date)), pages: all.pages.filter((p) => own(p.date)), articles: all.articles.filter((a) => own(a.date)) };
}

/**
 * What a job of `years` indexes: its years' issues, whose bundles never
 * span a year (search.ts), and the latest month's, the one bundle
 * (/pagefind/) every job indexes alike.
 */
export function searchOfYears(ed: Edition, years: readonly string[] | undefined): Edition {
  if (!years) return ed;
  const own = inYears(years);
  const month = ed.latest?.date.slice(0, 7);
  return editionPart(ed, (date) => own(date) || date.slice(0, 7) === month);
}

/** The job's photos, converted and written; the others' are only measured when the edition is read (their sizes and URLs serve search and links). */
export function photosOfYears(ed: Edition, years: readonly string[] | undefined): Edition {
  return years ? editionPart(ed, inYears(years)) : ed;
}
