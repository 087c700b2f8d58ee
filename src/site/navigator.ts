// The 版面 navigator: a printed page drawn from its text as blocks in print
// order, each as large as its share of the page's text. A 数字报 shows a scan
// with hot spots; a page known only as text gets this schematic instead.
import type { NavBlock, SiteItem, SitePage } from "./edition-model.ts";

/** The schematic's grid: two columns, about this many rows in all for a page. */
const COLUMNS = 2;
const PAGE_ROWS = 16;
/** The fewest rows a block gets: tall enough to tap (a row is 12 px, less 4 between blocks: 44 px). */
const MIN_ROWS = 4;
/** The most: the stylesheet has a class for each height from MIN_ROWS to this (r4 … r32). */
const MAX_ROWS = 2 * PAGE_ROWS;
/** A photo takes about as much room on the page as this many characters of text. */
const PHOTO_CHARS = 500;

const textLength = (item: SiteItem): number =>
  item.kind === "photo"
    ? PHOTO_CHARS + item.caption.length
    : [item.kicker, item.headline, item.subtitle, ...item.body.map((b) => b.text)].reduce((n, t) => n + (t?.length ?? 0), 0);

function labelOf(item: SiteItem): string {
  if (item.kind === "article") return item.title;
  const text = item.title ?? item.caption;
  return `图片：${text.length > 24 ? `${text.slice(0, 24)}…` : text}`;
}

export function pageBlocks(page: SitePage): NavBlock[] {
  const lengths = page.items.map(textLength);
  const total = lengths.reduce((a, b) => a + b, 0) || 1;
  return page.items.map((item, i) => {
    const next = page.items[i + 1];
    const wide = item.kind === "article" ? item.n === 1 : next?.kind === "article" && next.n === 1;
    const cols = wide ? COLUMNS : 1;
    return {
      id: item.id,
      url: item.kind === "article" ? item.url : `${page.url}#${item.id}`,
      kind: item.kind,
      label: labelOf(item),
      wide,
      rows: Math.min(MAX_ROWS, Math.max(MIN_ROWS, Math.round((lengths[i]! / total) * ((COLUMNS * PAGE_ROWS) / cols)))),
    };
  });
}
