// How the reading applies an editor's marks (marks.ts finds them): one rule,
// first in read.ts's RULES, so a marked line is never guessed at (the shape
// a marked line shows the other rules is shape.ts's markShape); and the
// list of marked lines each page keeps for `banmian outline`.
import type { Article, Credit, MarkRole, PageModel, Photo, Warning } from "../model.ts";
import { parseAuthor } from "./credit.ts";
import { joinTitle, type Reader, type Rule } from "./reader.ts";
import type { Unit } from "./units.ts";

/** The most unmarked title lines a headline mark takes above it (kicker) or below it (subtitle). */
const NEIGHBOURS = 2;

function setRole(units: Unit[], role: MarkRole): void {
  for (const u of units) u.mark!.role = role;
}

/**
 * A headline group around `#` and `##` marks: `##` above `#` is the kicker,
 * below it the subtitle; unmarked title lines next to a mark take the role
 * the reader would give them beside that headline. Declines (0) at an
 * unmarked line with no such mark after it.
 */
function readTitles(r: Reader, i: number): number {
  // An unmarked title line, unless the reader gives it to a photo (a caption over its credit) or reads it as a repeat of the next.
  const plainTitle = (k: number) => {
    const next = r.shapes[k + 1];
    return (
      !r.units[k]?.mark && r.shapes[k]?.kind === "title" && r.units[k]!.text !== r.units[k + 1]?.text &&
      next?.kind !== "captioned" && !(next?.kind === "credit" && next.style === "photo")
    );
  };
  const is = (role: MarkRole) => (k: number) => r.units[k]?.mark?.role === role;
  const run = (from: number, test: (k: number) => boolean, max = Infinity) => {
    let k = from;
    while (k - from < max && test(k)) k++;
    return r.units.slice(from, k);
  };
  const line = r.units[i]!.line;
  const above = run(i, plainTitle, NEIGHBOURS);
  let j = i + above.length;
  const kickers = run(j, is("kicker"));
  j += kickers.length;
  const heads = run(j, is("headline"));
  j += heads.length;
  if (!kickers.length && !heads.length) return 0;

  let titles: Partial<Pick<Article, "kicker" | "headline" | "subtitle">>;
  let byline: Credit | undefined;
  if (heads.length) {
    const subs = run(j, is("kicker"));
    j += subs.length;
    const below = subs.length ? [] : run(j, plainTitle, NEIGHBOURS);
    j += below.length;
    // 奔向人工智能的“海油高地” / 田昀澍: a lone name under the titles is the byline, as unmarked.
    byline = below.length ? parseAuthor(below.at(-1)!.text) : undefined;
    if (byline) below.pop();
    setRole(subs, "subtitle");
    titles = { kicker: joinTitle([...above, ...kickers]), headline: joinTitle(heads), subtitle: joinTitle([...subs, ...below]) };
  } else if (above.length) {
    // 主题 / ## 副题: the line over a lone `##` is the headline.
    setRole(kickers, "subtitle");
    titles = { kicker: joinTitle(above.slice(0, -1)), headline: joinTitle(above.slice(-1)), subtitle: joinTitle(kickers) };
  } else if (plainTitle(j)) {
    // ## 引题 / 主题: the line under a lone `##` is the headline.
    titles = { kicker: joinTitle(kickers), headline: joinTitle([r.units[j++]!]) };
  } else {
    r.warn(line, "a `##` line (kicker or subtitle) with no headline next to it: read as the headline; mark the headline with `#`");
    setRole(kickers, "headline");
    titles = { headline: joinTitle(kickers) };
  }
  for (const key of ["kicker", "subtitle"] as const) if (!titles[key]) delete titles[key];
  const article = r.startArticle(line, titles);
  if (byline) article.byline = byline;
  return j - i;
}

/** A photo stands here; the line after the mark is its caption, and a credit may follow. */
function readPhoto(r: Reader, i: number): number {
  const u = r.units[i]!;
  r.endArticle();
  const photo: Photo = { kind: "photo", line: u.line, caption: "" };
  if (u.text) photo.title = u.text;
  if (u.mark!.src) photo.src = u.mark!.src;
  let j = i + 1;
  const next = r.shapes[j];
  const plain = r.units[j] && !r.units[j]!.mark;
  if (plain && next?.kind === "captioned") {
    photo.caption = next.caption.trim();
    photo.credit = next.credit;
    j++;
  } else {
    if (plain && (next?.kind === "text" || next?.kind === "title")) photo.caption = r.units[j++]!.text;
    // A marked credit, or one that reads as a photo's (…摄), is the photo's.
    const credit = r.shapes[j];
    if (credit?.kind === "credit" && (r.units[j]!.mark || credit.style === "photo")) {
      photo.credit = credit.credit;
      j++;
    }
  }
  if (!photo.caption) r.warn(u.line, "a photo mark with no caption on the line after it");
  r.page.items.push(photo);
  return j - i;
}

/** What each mark does to the reading, by the role it gives its line. */
const APPLY: Record<MarkRole, Rule> = {
  kicker: readTitles,
  headline: readTitles,
  subtitle: readTitles,
  crosshead(r, i) {
    const u = r.units[i]!;
    const a = r.article ?? r.articleForText(u);
    r.closeParagraph();
    a.body.push({ kind: "crosshead", text: u.text, line: u.line });
    r.open = undefined;
    return 1;
  },
  // Its shape is a credit's: the reading rules place it as they place any credit line.
  credit: () => 0,
  // A paragraph of its own: no column-break join with the text before or after it.
  body(r, i) {
    r.closeParagraph();
    r.open = undefined;
    r.paragraph(r.units[i]!);
    r.closeParagraph();
    r.open = undefined;
    return 1;
  },
  break(r) {
    r.endArticle();
    return 1;
  },
  photo: readPhoto,
};

/** The reading rule for marked lines (and unmarked title lines right above a headline mark). */
export function readMark(r: Reader, i: number): number {
  const mark = r.units[i]!.mark;
  if (mark) return APPLY[mark.role](r, i);
  // Cheap for unmarked pages: only a title line with a mark close after it can be a headline's neighbour.
  return r.units[i + 1]?.mark || r.units[i + 2]?.mark ? readTitles(r, i) : 0;
}

/**
 * Each page's marked lines, with the role the reading settled, and the
 * warnings the marks gave (marks.ts), on the page that holds their line.
 */
export function noteMarks(pages: PageModel[], units: Unit[], problems: Warning[]): void {
  const pageOf = (line: number) => pages.find((p) => line <= p.lines.to) ?? pages.at(-1)!;
  for (const u of units) if (u.mark) (pageOf(u.line).marks ??= []).push({ line: u.line, role: u.mark.role });
  for (const p of problems) pageOf(p.line).warnings.push(p);
}
