// Units → PageModels. Reading is an ordered list of small named rules (the
// shape of markdown-it's block parser, kept in a Ruler): each looks at the
// unit under the cursor and its next neighbours, and either consumes some
// units or declines with 0. The order is data, visible in RULES at the
// bottom. Where a decision weighs several signs (does a title run open an
// article?), the signs and their weights are a table too.
import { parseAuthor, splitNames } from "./credit.ts";
import { isBody, MAX_TITLE_LINES } from "./layout.ts";
import { PART_LABELS } from "./classify.ts";
import type { Shape } from "./shape.ts";
import type { Article, Credit, PageMeta, PageModel, Photo } from "../model.ts";
import { readMark } from "./read-marks.ts";
import { Ruler } from "./ruler.ts";
import { joinPieces, opensWithDash } from "./text.ts";
import type { Unit } from "./units.ts";
import { BRIEF, joinTitle, MARKED_TITLE, Reader, type Rule } from "./reader.ts";

/** A caption under a photo title is a sentence or two, not a column of text. */
const CAPTION_MAX = 150;
/** Lines of a caption between a photo's title and its credit (节前巡检 保障供水 / 春节前，… / 图为… / 朱孝荣摄). */
const CAPTION_LINES = 3;

/** 摄影报道 · 报道: a credit for a story told (in photos), not for one photo. */
const REPORTED = /报道[）)]?$/u;
/** 图为… · 上图：… · 图①…: the sentence that says what a photo shows, closing a caption of several lines. */
const SAYS_WHAT_PHOTO_SHOWS = /^(?:图为|[上下左右]图|图\s*[\d①-⑩])/u;


/** Does an article begin at unit i: a byline, a dateline or a jump line? */
function opensArticle(r: Reader, i: number): boolean {
  const s = r.shapes[i];
  const u = r.units[i];
  if (!s || !u) return false;
  if (s.kind === "credit" && s.style === "byline") return true;
  if (s.kind === "jump" && s.jump.direction === "from") return true;
  return s.kind === "text" && r.opensWithDateline(u);
}

/** A photo's credit at unit i: 本报通讯员 张绍杰 摄. */
function isPhotoCredit(r: Reader, i: number): boolean {
  return photoCreditsAt(r, i).length > 0;
}

/** Most units credit no photo: one empty list for them all (the lookahead asks of every unit). */
const NO_CREDITS: readonly Credit[] = [];

/** The photo credits of unit i: one (本报记者 张明 摄), several (上图 张明 摄  下图 李强 摄), or none. */
function photoCreditsAt(r: Reader, i: number): readonly Credit[] {
  const s = r.shapes[i];
  if (s?.kind === "credit" && s.style === "photo") return [s.credit];
  return s?.kind === "credits" && s.credits.every((c) => c.photo) ? s.credits : NO_CREDITS;
}

/** A reading rule: the number of units it read at unit i, or 0 to decline. */

const morePhotos = (credits: readonly Credit[], line: number): Photo[] => credits.map((credit) => ({ kind: "photo", line, caption: "", credit }));

interface PhotoAt {
  photo: Photo;
  used: number;
  /** A credit with no caption before it. */
  bare: boolean;
  /** 图片说明：上图为…；下图为… / 上图 张明 摄  下图 李强 摄: the other photos one caption speaks for. */
  more: Photo[];
}

/**
 * The one lookahead for photos: does a photo start at unit i, and how many
 * units does it take? A caption with its credit (…合影留念。⑤2李丽摄), up to
 * `captionLines` caption lines and then a credit line, or a credit alone.
 */
function photoAt(r: Reader, i: number, captionLines: number): PhotoAt | undefined {
  const s = r.shapes[i];
  const u = r.units[i];
  if (!s || !u) return undefined;
  if (s.kind === "captioned") return { photo: { kind: "photo", line: u.line, caption: s.caption.trim(), credit: s.credit }, used: 1, bare: false, more: [] };
  const bare = photoCreditsAt(r, i);
  if (bare.length) return { photo: { kind: "photo", line: u.line, caption: "", credit: bare[0]! }, used: 1, bare: true, more: morePhotos(bare.slice(1), u.line) };
  for (let k = 1; k <= captionLines; k++) {
    const kind = r.shapes[i + k - 1]?.kind;
    if (kind !== "text" && kind !== "title") return undefined;
    const credits = photoCreditsAt(r, i + k);
    if (!credits.length) continue;
    const credit = credits[0]!;
    // 蓦然回首在这里 / 晨报记者丁志平摄影报道: a title over a story's credit is its headline, not a caption.
    if (REPORTED.test(credit.text) && r.shapes[i]!.kind === "title") return undefined;
    const lines = r.units.slice(i, i + k);
    if (k > 1 && (lines.reduce((n, l) => n + l.text.length, 0) > 2 * CAPTION_MAX || !SAYS_WHAT_PHOTO_SHOWS.test(lines.at(-1)!.text) || lines.some((_, n) => opensArticle(r, i + n)))) return undefined;
    const caption = joinPieces(lines.map((l) => l.text));
    return { photo: { kind: "photo", line: u.line, caption, credit }, used: k + 1, bare: false, more: morePhotos(credits.slice(1), r.units[i + k]!.line) };
  }
  return undefined;
}

/**
 * A photo whose title stands at unit i: 金秋丰收 / 村民在田间收割水稻。 / 本报记者 王五 摄.
 * An e-paper view may print the title twice and a record line before the caption
 * (候鸟乐园 / 候鸟乐园 / ( 2020-12-22 ) 稿件来源:… / 12月21日,白鹤…。 新华社记者万象摄):
 * `between` counts those lines.
 */
function titledPhotoAt(r: Reader, i: number, acrossSiteLines: boolean): (PhotoAt & { between: number }) | undefined {
  if (r.shapes[i]?.kind !== "title") return undefined;
  let k = i + 1;
  while (acrossSiteLines && (r.shapes[k]?.kind === "extra" || (r.shapes[k]?.kind === "title" && r.units[k]!.text === r.units[i]!.text))) k++;
  if (r.shapes[k]?.kind === "title") return undefined;
  const p = photoAt(r, k, CAPTION_LINES);
  if (!p || p.bare || (p.used === 2 && r.units[k]!.text.length > CAPTION_MAX)) return undefined;
  return { ...p, between: k - i - 1 };
}

/** Signs that a run of title lines opens an article rather than heading a part of the open one (a crosshead), with their weights. */
const OPENS_ARTICLE: { weight: number; holds: (r: Reader, run: { from: number; to: number; byline: boolean }) => boolean }[] = [
  // 本报讯（记者 张明）… or 本报记者 张明 right after the titles
  { weight: 4, holds: (r, run) => run.byline || opensArticle(r, run.to) },
  // Nothing is open for it to head a part of.
  { weight: 4, holds: (r) => !r.article },
  // [傷人破鈔]: the digitizer marked it as a title.
  { weight: 4, holds: (r, run) => MARKED_TITLE.test(r.units[run.from]!.text) },
  // 引题 + 主题: a crosshead is one line.
  { weight: 2, holds: (r, run) => run.to - run.from >= 2 },
  // …共同学习了国家联防 | 联控机制…: the text before stops mid-sentence.
  { weight: -4, holds: (r) => !r.openEnds() },
  // Web copies: set apart by a blank line, as articles are and paragraphs are not.
  { weight: 2, holds: (r, run) => r.blankLinesSetArticlesApart && r.units[run.from]!.gap > 0 },
  // Web copies: inside a block of paragraphs (启动联防联控机制 between two of them).
  { weight: -3, holds: (r, run) => r.blankLinesSetArticlesApart && !r.units[run.from]!.gap && isBody(r.shapes[run.from - 1]) },
];

const opensArticleWeight = (r: Reader, run: { from: number; to: number; byline: boolean }) =>
  OPENS_ARTICLE.reduce((n, sign) => n + (sign.holds(r, run) ? sign.weight : 0), 0);

/**
 * Title lines that head no text (杂 志 before the masthead line; 每月2元享用15兆邮箱
 * after the story): the next thing on the page, past site lines, is another title,
 * or nothing at all after the page's stories. A web page's menus and
 * advertisements, never headlines.
 */
function strayTitles(r: Reader, i: number, j: number): boolean {
  // 金手指颁奖大典急招 古天乐新片征召女主角 between two paragraphs of a portal's one story: its links.
  if (r.oneStory && r.article?.body.length) return true;
  const run = r.units.slice(i, j).map((u) => u.text);
  let k = j;
  // Site lines, and a title printed again, stand between titles and their text.
  while (r.shapes[k]?.kind === "extra" || (r.shapes[k]?.kind === "title" && run.includes(r.units[k]!.text))) k++;
  const next = r.shapes[k]?.kind;
  if (next === "title") return true;
  const told = r.page.items.some((item) => (item.kind === "article" ? item.body.length : item.caption));
  return told && (next === undefined || next === "footer");
}

/** 国家卫健委： · 财政部、医保局要求：: a title line ending in a colon leads into the next one; it never ends a run. */
const LEADS_IN = /[:：]$/u;


/**
 * Which title line is 引题, 主题, 副题. One line is the headline; a line
 * opening with —— is a subtitle; otherwise the headline is preceded by a
 * kicker. Four lines: one of the three spans two lines.
 */
function titleRoles(units: Unit[], endsWithSubtitle: boolean): { titles: Partial<Pick<Article, "kicker" | "headline" | "subtitle">>; unsure?: string } {
  const dash = units.findIndex((u, k) => k > 0 && opensWithDash(u.text));
  const t = (from: number, to = from + 1) => joinTitle(units.slice(from, to));
  switch (units.length) {
    case 1:
      return { titles: { headline: t(0) } };
    case 2:
      return dash === 1 || (endsWithSubtitle && !LEADS_IN.test(units[0]!.text))
        ? { titles: { headline: t(0), subtitle: t(1) } }
        : { titles: { kicker: t(0), headline: t(1) } };
    case 3:
      return dash === 1
        ? { titles: { headline: t(0), subtitle: t(1, 3) } }
        : { titles: { kicker: t(0), headline: t(1), subtitle: t(2) } };
    default:
      if (dash === 2) return { titles: { kicker: t(0), headline: t(1), subtitle: t(2, 4) } };
      return {
        titles: { kicker: t(0, 2), headline: t(2), subtitle: t(3) },
        ...(dash === 3 ? {} : { unsure: "four title lines and no —— subtitle: read the first two as the kicker" }),
      };
  }
}

const footer: Rule = (r, i) => {
  if (r.shapes[i]!.kind !== "footer") return 0;
  let j = i;
  while (r.shapes[j]?.kind === "footer") j++;
  // A page already closed by a footer: this one heads the next page.
  if (r.page.footer) r.closePage();
  const footer = (r.page.footer = {
    editors: [] as string[],
    proofreaders: [] as string[],
    roles: [] as { role: string; names: string[] }[],
    lines: [] as string[],
    line: r.units[i]!.line,
  }) as NonNullable<PageModel["footer"]>;
  // 本版摄影:高新生 栗卢建 … / 张占兵 田红萍 …: a role's names may run on to the next line.
  while (r.units[j] && !r.units[j]!.gap && (splitNames(r.units[j]!.text)?.length ?? 0) >= 2) j++;
  for (let k = i; k < j; k++) {
    if (r.shapes[k]!.kind !== "footer") {
      footer.lines.push(r.units[k]!.text);
      footer.roles.at(-1)?.names.push(...splitNames(r.units[k]!.text)!);
      continue;
    }
    const s = r.shapes[k] as Extract<Shape, { kind: "footer" }>;
    footer.lines.push(r.units[k]!.text);
    for (const role of s.footer.roles) {
      footer.roles.push({ role: role.role, names: role.names });
      if (role.kind === "editor") footer.editors.push(...role.names);
      if (role.kind === "proofreader") footer.proofreaders.push(...role.names);
    }
    if (s.footer.email) footer.email = s.footer.email;
    for (const problem of s.footer.problems) r.warn(r.units[k]!.line, problem);
    if (s.footer.phone) footer.phone = s.footer.phone;
  }
  // A footer at the foot of a page ends it; one at the head opens it.
  if (r.page.items.length) r.closePage();
  return j - i;
};

const extra: Rule = (r, i) => {
  const s = r.shapes[i]!;
  if (s.kind !== "extra") return 0;
  const u = r.units[i]!;
  r.page.extras.push({ line: u.line, text: u.text, kind: s.extra });
  return 1;
};

const jump: Rule = (r, i) => {
  const s = r.shapes[i]!;
  if (s.kind !== "jump") return 0;
  const line = r.units[i]!.line;
  const a = r.article;
  if (s.jump.direction === "to") {
    if (!a) {
      r.warn(line, `a jump line (${s.jump.text}) with no article before it`);
      r.pendingFrom.push({ text: s.jump.text, direction: "to", page: s.jump.page, line });
      return 1;
    }
    r.addJump(a, s.jump, line);
    r.endArticle();
  } else if (a && !a.body.length) {
    r.addJump(a, s.jump, line);
  } else {
    r.endArticle();
    r.pendingFrom.push({ text: s.jump.text, direction: "from", page: s.jump.page, line });
  }
  return 1;
};

function addPhoto(r: Reader, p: PhotoAt): void {
  // 传承邮驿 寻梦递铺 / 安吉举办… / 秦盱丰 摄 / 本报讯…: a photo between an article's titles and its text leaves it open.
  if (!(r.article && !r.article.body.length)) r.endArticle();
  if (p.bare) r.warn(p.photo.line, "a photo credit with no caption before it");
  r.page.items.push(p.photo, ...p.more);
}

const photoTitle: Rule = (r, i) => {
  const p = titledPhotoAt(r, i, true);
  // A lone name after an article's text is its author, not a photo's title.
  if (!p || (r.article?.body.length && parseAuthor(r.units[i]!.text))) return 0;
  p.photo.title = r.units[i]!.text;
  p.photo.line = r.units[i]!.line;
  addPhoto(r, p);
  for (let k = i + 1; k <= i + p.between; k++) {
    const s = r.shapes[k]!;
    r.page.extras.push({ line: r.units[k]!.line, text: r.units[k]!.text, kind: s.kind === "extra" ? s.extra : "repeat" });
  }
  return 1 + p.between + p.used;
};

const photo: Rule = (r, i) => {
  const p = photoAt(r, i, 1);
  // 蓦然回首在这里 / 晨报记者丁志平摄影报道: a report in photos credited right under a headline is the story's byline.
  if (!p || (p.bare && REPORTED.test(p.photo.credit!.text) && r.article && !r.article.body.length && !r.article.byline && !r.article.dateline)) return 0;
  addPhoto(r, p);
  return p.used;
};

const columnLabel: Rule = (r, i) => {
  if (r.shapes[i]!.kind !== "column") return 0;
  // ■ 新动能加快成长 between paragraphs of an article heads the next ones: a crosshead.
  // So does 编者按 right under an article's titles: the note is the article's first part.
  const a = r.article;
  if (a && (a.body.length || PART_LABELS.test(r.units[i]!.text)) && r.shapes[i + 1]?.kind === "text" && !opensArticle(r, i + 1)) {
    r.closeParagraph();
    a.body.push({ kind: "crosshead", text: r.units[i]!.text, line: r.units[i]!.line });
    r.open = undefined;
    return 1;
  }
  r.endArticle();
  r.keepColumn();
  const u = r.units[i]!;
  r.column = { text: u.text, line: u.line };
  return 1;
};

/**
 * 出席中印领导人第二次非正式会晤并对尼泊尔进行国事访问 习近平抵达金奈 … over the
 * lines 出席中印领导人第二次非正式会晤 / 并对尼泊尔进行国事访问 / 习近平抵达金奈 / …:
 * a site prints the titles on one line, then as printed.
 */
function joinedTitlesAt(r: Reader, i: number): boolean {
  // The titles as printed are two lines or more: a unit with fewer title lines under it is not read further.
  if (r.shapes[i + 1]?.kind !== "title" || r.shapes[i + 2]?.kind !== "title") return false;
  const joined = r.units[i]!.text.replace(/\s/gu, "");
  let lines = "";
  for (let k = i + 1; r.shapes[k]?.kind === "title" && lines.length < joined.length; k++) {
    lines += r.units[k]!.text.replace(/\s/gu, "");
    if (k > i + 1 && lines === joined) return true;
  }
  return false;
}

/**
 * 公路“颜值” 精心保养 twice over: an e-paper's article view prints the
 * headline above the article too, and may print a title again over the text.
 */
const repeatedTitle: Rule = (r, i) => {
  const u = r.units[i]!;
  if (joinedTitlesAt(r, i)) {
    r.page.extras.push({ line: u.line, text: u.text, kind: "repeat" });
    return 1;
  }
  if (r.shapes[i]!.kind !== "title") return 0;
  const a = r.article;
  const again = r.shapes[i + 1]?.kind === "title" && r.units[i + 1]!.text === u.text;
  if (!again && !(a && !a.body.length && [a.kicker, a.headline, a.subtitle].includes(u.text))) return 0;
  r.page.extras.push({ line: u.line, text: u.text, kind: "repeat" });
  return 1;
};

const titles: Rule = (r, i) => {
  if (r.shapes[i]!.kind !== "title") return 0;
  const a = r.article;
  // A lone name closing an article is its author: 宗何.
  const next = r.shapes[i + 1];
  if (a?.body.length && next?.kind !== "text" && next?.kind !== "title" && !opensArticle(r, i + 1)) {
    const author = parseAuthor(r.units[i]!.text);
    if (author) {
      r.closeParagraph();
      (a.credits ??= []).push(author);
      r.open = undefined;
      return 1;
    }
  }
  let j = i;
  // A title line that is a photo's caption or title belongs to the photo; under other titles, it is one of them.
  // A line printed again right under itself is not a second title line.
  while (r.shapes[j]?.kind === "title" && !(j === i && photoAt(r, j, 1)) && !(j > i && (titledPhotoAt(r, j, false) || r.units[j]!.text === r.units[j - 1]!.text))) j++;
  // A line an editor marked is the mark rule's: the run stops before it.
  const marked = r.units.slice(i, j).findIndex((u) => u.mark);
  if (marked >= 0) j = i + marked;
  // A line leading into the next (国家卫健委：) cannot end the run.
  while (j > i && LEADS_IN.test(r.units[j - 1]!.text)) j--;
  if (j === i) return 0;
  let run = r.units.slice(i, j);
  const u = run[0]!;
  const midSentence = !r.openEnds();

  // A lone name after the titles is the byline: 奔向人工智能的“海油高地” / 田昀澍.
  let byline: Credit | undefined;
  if (run.length >= 2) {
    byline = parseAuthor(run.at(-1)!.text);
    if (byline) run = run.slice(0, -1);
  }

  if (run.length > MAX_TITLE_LINES) {
    r.warn(u.line, `${run.length} short lines in a row with no punctuation: read as paragraphs, not titles`);
    for (const unit of run) {
      r.articleForText(unit);
      r.closeParagraph();
      r.open = { kind: "paragraph", text: unit.text, line: unit.line };
      r.article!.body.push(r.open);
    }
    r.open = undefined;
    return j - i;
  }

  // 三秦短波 / △…。 / △…。: a line over briefs is their column's name.
  if (run.length === 1 && !byline && r.shapes[j]?.kind === "text" && BRIEF.test(r.units[j]!.text)) {
    r.endArticle();
    r.keepColumn();
    r.column = { text: u.text, line: u.line };
    return 1;
  }
  const opens = opensArticleWeight(r, { from: i, to: j, byline: !!byline }) > 0;
  if (opens && !byline && strayTitles(r, i, j)) {
    for (const unit of r.units.slice(i, j)) {
      r.page.extras.push({ line: unit.line, text: unit.text, kind: "stray" });
      r.warn(unit.line, `a short line (${unit.text}) heading no text: kept as site text, not as a headline`);
    }
    return j - i;
  }
  if (!opens) {
    if (midSentence) {
      // A short line after a sentence cut by a column break is its end, not a heading.
      r.paragraph(u);
      return 1;
    }
    r.closeParagraph();
    a!.body.push({ kind: "crosshead", text: u.text, line: u.line });
    r.open = undefined;
    if (r.shapes[i + 1]?.kind !== "text") r.warn(u.line, `a short line (${u.text}) with no text after it: read as a crosshead`);
    return 1;
  }
  const runsIntoText = !byline && !r.units[j]?.gap && isBody(r.shapes[j]);
  const { titles, unsure } = titleRoles(run, r.subtitleSlot && runsIntoText);
  const article = r.startArticle(u.line, titles);
  if (unsure) r.warn(u.line, unsure);
  if (byline) article.byline = byline;
  if (a && !byline && !opensArticle(r, j) && run.length >= 2) {
    r.warn(u.line, "title lines with no byline or dateline after them: read as a new article");
  }
  return run.length + (byline ? 1 : 0);
};

const credit: Rule = (r, i) => {
  const s = r.shapes[i]!;
  if (s.kind === "credits") r.credits(r.units[i]!, s.credits);
  else if (s.kind === "credit" || s.kind === "via") r.credit(r.units[i]!, s.credit, s.kind === "credit");
  else return 0;
  return 1;
};

const paragraph: Rule = (r, i) => {
  const u = r.units[i]!;
  r.paragraph(u);
  return 1;
};

/** The reading rules in the order they are tried: the first that reads the unit wins. */
const RULES = new Ruler<Rule>()
  // An editor's mark decides before any guess.
  .push("mark", readMark)
  .push("footer", footer)
  .push("extra", extra)
  .push("jump", jump)
  .push("photo title", photoTitle)
  .push("photo", photo)
  .push("column label", columnLabel)
  .push("repeated title", repeatedTitle)
  .push("titles", titles)
  .push("credit", credit)
  .push("paragraph", paragraph).rules;

export function readUnits(units: Unit[], meta: PageMeta, firstLine = 1): PageModel[] {
  return new Reader(units, meta, firstLine).run(RULES);
}
