// How a page's text sets its parts apart, read from the whole text before
// any line is read: the signs the reading rules weigh differ by layout.
import type { Shape } from "./shape.ts";
import type { Unit } from "./units.ts";

/** More title-like lines than this in a row are a list or a poem, not titles. */
export const MAX_TITLE_LINES = 4;
/** Paragraphs at least this long hold punctuation, if the text is punctuated at all. */
const LONG_PARAGRAPH = 60;
const PUNCTUATION = /[。，,；;！？!?]/u;

export const isBody = (s: Shape | undefined): boolean => s?.kind === "text" || s?.kind === "captioned";

export interface Layout {
  /**
   * One paragraph per line with blank lines only between articles (web
   * copies): there a blank line is a sign of its own, and a short line
   * inside a block of paragraphs is a crosshead, never a headline.
   */
  blankLinesSetArticlesApart: boolean;
  /**
   * Web copies that print 引题 / 主题 / 副题 in slots and leave an empty line
   * for a missing one (people.com.cn): titles followed by a blank line as a
   * rule, so titles running straight into the text end with a 副题.
   */
  subtitleSlot: boolean;
  /** Text printed with no punctuation (classical Chinese, 申報 1880): where a sentence ends cannot be told. */
  unpunctuated: boolean;
  /**
   * A portal's copy of one story, under its source line (http://www.sina.com.cn
   * 2004年04月01日01:33 新闻晨报): title lines once the story's text has begun
   * are the portal's links set into it, not another article.
   */
  oneStory: boolean;
}

/** http://www.sina.com.cn 2004年04月01日01:33 新闻晨报: a portal's line of where and when it took the story from. */
const PORTAL_SOURCE = /^https?:\/\/\S+\s+\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}\s*\p{Script=Han}{2,12}$/u;

export function readLayout(units: Unit[], shapes: Shape[]): Layout {
  const long = units.filter((u) => u.text.length >= LONG_PARAGRAPH);
  const unpunctuated = long.length >= 2 && long.filter((u) => PUNCTUATION.test(u.text)).length * 2 < long.length;
  let pairs = 0;
  let apart = 0;
  let blanks = 0;
  for (let k = 1; k < units.length; k++) {
    if (units[k]!.gap) blanks++;
    if (isBody(shapes[k]) && isBody(shapes[k - 1])) {
      pairs++;
      if (units[k]!.gap) apart++;
    }
  }
  const blankLinesSetArticlesApart = blanks > 0 && pairs >= 2 && apart * 4 < pairs;
  const oneStory = units.some((u) => PORTAL_SOURCE.test(u.text));
  if (!blankLinesSetArticlesApart) return { blankLinesSetArticlesApart, subtitleSlot: false, unpunctuated, oneStory };
  // Title runs that open a block, and whether a blank line parts them from their text.
  let runs = 0;
  let slotted = 0;
  for (let k = 0; k < units.length; k++) {
    if (shapes[k]!.kind !== "title" || (k > 0 && !units[k]!.gap)) continue;
    let j = k;
    while (shapes[j]?.kind === "title" && (j === k || !units[j]!.gap)) j++;
    if (!isBody(shapes[j]) || j - k > MAX_TITLE_LINES) continue;
    runs++;
    if (units[j]!.gap) slotted++;
  }
  return { blankLinesSetArticlesApart, subtitleSlot: runs >= 2 && slotted * 2 >= runs, unpunctuated, oneStory };
}
