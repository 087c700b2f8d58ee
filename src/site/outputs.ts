// Every file of the web edition, as data: its URL, the layout that renders
// it, what the layout calls the thing it shows, and the page file it comes
// from (for error messages). The plugin renders this list; nothing here
// renders or writes.
import type { Edition, SiteIssue, SitePage, SiteArticle } from "./edition.ts";
import { downloads } from "./downloads.ts";
import { UNDATED_URL } from "./undated.ts";

export interface Output {
  url: string;
  /** The layout, looked up in the site's _includes first, then the plugin's. */
  layout: string;
  /** The layout's own variables, e.g. `{ p: page }`. */
  data: Record<string, unknown>;
  /** The page file behind it, if one. */
  file?: string;
  /** The file's content when no layout is needed (the downloads), made as it is written. */
  content?: () => string;
}

export interface OutputOptions {
  articlePages: boolean;
  search: boolean;
  downloads: boolean;
  /** Without it there is no feed and no sitemap: both must carry absolute URLs. */
  siteUrl?: string;
}

/** What a build renders: every issue, or (incremental) the issues that changed and their neighbours. */
export interface RenderSet {
  issues: SiteIssue[];
  pages: SitePage[];
  articles: SiteArticle[];
}

/**
 * The old URLs (ledger.ts) of the issues rendered, and of issues the edition
 * no longer has (an incremental build clears their folders): every one on a
 * full build.
 */
function forwardsOf(edition: Edition, render: RenderSet) {
  const issueOf = (url: string) => url.slice(0, "/YYYY/MM/DD/".length);
  const rendered = new Set(render.issues.map((i) => i.url));
  const existing = new Set(edition.issues.map((i) => i.url));
  return (edition.forwards ?? []).filter((f) => render === edition || rendered.has(issueOf(f.url)) || !existing.has(issueOf(f.url)));
}

/**
 * The files of the edition, the bulk (issues, pages, articles) limited to
 * `render`, made afresh each time they are gone through and never held: a
 * list of them (a million at 100,000 printed pages) held ~2.6 KiB of heap a
 * printed page for the whole build; made one at a time, each dies young.
 */
export function editionOutputs(edition: Edition, render: RenderSet, opts: OutputOptions): Iterable<Output> {
  return { [Symbol.iterator]: () => outputsOf(edition, render, opts) };
}

function* outputsOf(edition: Edition, render: RenderSet, opts: OutputOptions): Generator<Output> {
  yield { url: "/", layout: "banmian-home.njk", data: {} };
  for (const issue of render.issues) yield { url: issue.url, layout: "banmian-issue.njk", data: { issue } };
  for (const p of render.pages) yield { url: p.url, layout: "banmian-page.njk", data: { p }, file: p.file };
  if (opts.articlePages) for (const article of render.articles) yield { url: article.url, layout: "banmian-article.njk", data: { article }, file: article.file };
  if (opts.downloads) for (const d of downloads(render.issues, edition.undated)) yield { ...d, layout: "", data: {} };
  yield* [
    ...forwardsOf(edition, render).map((f) => ({ url: f.url, layout: "banmian-forward.njk", data: { f } })),
    { url: "/corrections/", layout: "banmian-corrections.njk", data: {} },
    ...(edition.undated ? [{ url: UNDATED_URL, layout: "banmian-undated.njk", data: {} }] : []),
    ...(edition.undated ?? []).map((p) => ({ url: p.url, layout: "banmian-undated-page.njk", data: { p }, file: p.file })),
    // Only when an article moved: a site without moves keeps any _redirects of its own.
    ...((edition.forwards ?? []).some((f) => f.to) ? [{ url: "/_redirects", layout: "banmian-redirects.njk", data: {} }] : []),
    { url: "/archive/", layout: "banmian-archive.njk", data: {} },
    ...edition.years.map((y) => ({ url: y.url, layout: "banmian-archive-year.njk", data: { y } })),
    ...(opts.siteUrl ? [
      { url: "/feed.xml", layout: "banmian-feed.njk", data: {} },
      { url: "/sitemap.xml", layout: "banmian-sitemap.njk", data: {} },
      ...edition.years.map((y) => ({ url: `/sitemap-${y.year}.xml`, layout: "banmian-sitemap-year.njk", data: { y } })),
    ] : []),
    { url: "/robots.txt", layout: "banmian-robots.njk", data: {} },
    { url: "/banmian.css", layout: "banmian.css", data: {} },
    { url: "/favicon.svg", layout: "banmian-favicon.svg", data: {} },
    { url: "/404.html", layout: "banmian-404.njk", data: {} },
    ...(opts.search ? [{ url: "/search/", layout: "banmian-search.njk", data: {} }] : []),
  ];
}
