// Structured data for an article page, built as plain objects and serialised
// so that nothing in the text can close the <script> element it sits in.
import type { SiteArticle } from "./edition.ts";

function people(a: SiteArticle): { "@type": "Person"; name: string }[] {
  const credits = [a.byline, a.dateline, ...(a.credits ?? [])].filter((c) => c !== undefined);
  const names = credits.flatMap((c) => c.people.flatMap((p) => p.names));
  return [...new Set(names)].map((name) => ({ "@type": "Person", name }));
}

/** schema.org NewsArticle for one article; `absolute` turns a site path into a full URL. */
export function newsArticle(a: SiteArticle, absolute: (path: string) => string): Record<string, unknown> {
  const alternative = [a.kicker, a.subtitle].filter((t): t is string => Boolean(t));
  const authors = people(a);
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.title,
    mainEntityOfPage: absolute(a.url),
    url: absolute(a.url),
    datePublished: a.date,
    ...(a.modified ? { dateModified: a.modified } : {}),
    printPage: String(a.page),
    inLanguage: "zh-CN",
    isPartOf: {
      "@type": "PublicationIssue",
      datePublished: a.date,
      url: absolute(a.issueUrl),
      isPartOf: { "@type": "Newspaper", name: a.paper },
    },
    publisher: { "@type": "Organization", name: a.paper },
  };
  if (alternative.length) data.alternativeHeadline = alternative.join(" ");
  if (a.pageName) data.printSection = a.pageName;
  if (authors.length) data.author = authors.length === 1 ? authors[0] : authors;
  if (a.ogImage) data.image = absolute(a.ogImage);
  return data;
}

/** JSON for inside <script>: `<`, `>`, `&` and the JS line separators escaped. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
