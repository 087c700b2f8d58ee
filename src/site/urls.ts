// URLs as feeds, sitemaps and structured data need them.

/** Path with Eleventy's pathPrefix, made absolute with siteUrl when there is one. */
export function siteHref(pathname: string, prefix: string, siteUrl?: string): string {
  const joined = `${prefix.replace(/\/$/, "")}/${pathname.replace(/^\//, "")}`;
  return siteUrl ? `${siteUrl}${joined}` : joined;
}

/** A civil date as an RFC 3339 timestamp: the midnight, Beijing time. */
export function atomDate(date: string): string {
  return `${date}T00:00:00+08:00`;
}
