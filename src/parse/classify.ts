// What a unit looks like on its own, before its neighbours are considered.
// The order of CLASSIFIERS is the order of precedence: a footer line is a
// footer even though it also reads as names.
import { parseAgency, parseCredit, parseDateline, parseLabelledCredits, parsePhotoCredits, parseVia } from "./credit.ts";
import type { Credit } from "../model.ts";
import { extraKind, footerLine, jumpLine } from "./patterns.ts";
import { markShape, type Shape } from "./shape.ts";
import { charCodes, holdsWhatNoTitleHolds, opensWithDash } from "./text.ts";
import type { Unit } from "./units.ts";

const NOT_IN_SUBTITLE = /[。；;]/u;

/** The longest title line; a 副题 opening with —— may run longer. */
const TITLE_MAX = { plain: 36, subtitle: 50 } as const;

/** □聚焦乡村振兴 · ■民生关注 · 【新春走基层】: a column label heading a group of articles. */
const columnRe = /^[□■◆◇●○▲△★☆▌▍]\s*\p{Script=Han}[^。，,；;：:]{1,15}$|^[【〔]\s*\p{Script=Han}[^。，,；;：:【】〔〕]{1,15}[】〕]$/u;
/** 编者按 · 编后 · 记者手记: labels of a part of a story, read as a column label is (a crosshead inside an article). */
export const PART_LABELS = /^(?:编者按|编后|编后语|编者的话|记者手记|采访手记|短评|小贴士|新闻链接|背景链接|背景资料)$/u;

/** Where a caption's sentence ends: a credit closing the caption comes after. */
const CAPTION_END = charCodes("。！？!?”）)");
/** The longest credit closing a caption: …合影留念。⑤2李丽摄 · …乡村振兴。特约摄影 吕华 · …景象。王　春摄（人民视觉）. */
const CAPTION_CREDIT_MAX = 60;

/** What a photo credit holds one of: 摄, a label's slash or colon, an agency's bracket. */
const MAY_CREDIT_PHOTO = /[摄/／:：（(]/u;

function photoCredit(text: string): Credit | undefined {
  if (!MAY_CREDIT_PHOTO.test(text)) return undefined;
  const labelled = parseLabelledCredits(text);
  const credit = parseCredit(text) ?? parseAgency(text) ?? labelled?.[0];
  return credit?.photo && !labelled?.some((c) => !c.photo) ? credit : undefined;
}

/** A caption and the photo credit closing it. */
function captioned(text: string): { caption: string; credit: Credit } | undefined {
  if (!MAY_CREDIT_PHOTO.test(text.slice(-CAPTION_CREDIT_MAX))) return undefined;
  for (let k = text.length - 2; k >= Math.max(1, text.length - CAPTION_CREDIT_MAX); k--) {
    if (!CAPTION_END.has(text.charCodeAt(k))) continue;
    const credit = photoCredit(text.slice(k + 1).trim());
    if (credit) return { caption: text.slice(0, k + 1), credit };
  }
  return undefined;
}

/**
 * Words a title never ends on: a line stopping at one (…开展了, …的) is a
 * sentence cut by a column break, however short.
 */
const NEVER_ENDS_TITLE = "的了和与及在对把被将从向以并而或、";
/** A title holds at least two Han characters (lazy: the next one is found without running to the line's end first). */
const TWO_HAN = /\p{Script=Han}.*?\p{Script=Han}/u;

/** `commaAllowed`: where the page says the line is a title, a comma does not make it a sentence. */
export function isTitleLike(text: string, commaAllowed = false): boolean {
  const dash = opensWithDash(text);
  const max = dash ? TITLE_MAX.subtitle : TITLE_MAX.plain;
  return (
    // Code points: a string of more than 2×max UTF-16 units has more than max, one of max or fewer has no more (neither is spread).
    text.length <= 2 * max && (text.length <= max || [...text].length <= max) &&
    // ——优化区域经济布局,促进区域协调发展: a 副题 may hold a comma.
    !(dash || commaAllowed ? NOT_IN_SUBTITLE.test(text) : holdsWhatNoTitleHolds(text)) &&
    !NEVER_ENDS_TITLE.includes(text.at(-1)!) &&
    TWO_HAN.test(text)
  );
}

/**
 * The shapes in order of precedence. `sentence`: whether a line holding a
 * full stop may take the shape. Most lines of a page are sentences: they are
 * tried against those shapes alone (each other shape refuses a full stop on
 * its own too, so the reading is the same, only sooner).
 */
const CLASSIFIERS: { sentence: boolean; shape: (text: string) => Shape | undefined }[] = [
  {
    sentence: false,
    shape: (t) => {
      const footer = footerLine(t);
      return footer && { kind: "footer", footer };
    },
  },
  {
    sentence: false,
    shape: (t) => {
      const jump = jumpLine(t);
      return jump && { kind: "jump", jump };
    },
  },
  {
    // （作者系市委党校教授。）
    sentence: true,
    shape: (t) => {
      const credit = parseVia(t);
      return credit && { kind: "via", credit };
    },
  },
  {
    sentence: false,
    shape: (t) => {
      const credit = parseCredit(t);
      return credit && { kind: "credit", credit, style: credit.photo ? "photo" : "byline" };
    },
  },
  {
    sentence: false,
    shape: (t) => {
      const credits = parseLabelledCredits(t) ?? parsePhotoCredits(t);
      if (!credits) return undefined;
      const [credit] = credits as [Credit];
      if (credits.length > 1) return { kind: "credits", credits };
      return credit.photo ? { kind: "credit", credit, style: "photo" } : { kind: "via", credit };
    },
  },
  {
    sentence: false,
    shape: (t) => {
      const credit = parseAgency(t);
      return credit && { kind: "credit", credit, style: "photo" };
    },
  },
  {
    sentence: true,
    shape: (t) => {
      const c = captioned(t);
      return c && { kind: "captioned", ...c };
    },
  },
  { sentence: false, shape: (t) => (columnRe.test(t) || PART_LABELS.test(t) ? { kind: "column" } : undefined) },
  {
    sentence: false,
    shape: (t) => {
      const extra = extraKind(t);
      return extra ? { kind: "extra", extra } : undefined;
    },
  },
  // 本报讯 （记者徐昕联 通讯员 is short and has no comma, but opens a paragraph.
  { sentence: false, shape: (t) => (isTitleLike(t) && !parseDateline(t) ? { kind: "title" } : undefined) },
];

function shapeOf(text: string): Shape {
  const sentence = text.includes("。");
  for (const c of CLASSIFIERS) {
    const shape = sentence && !c.sentence ? undefined : c.shape(text);
    if (shape) return shape;
  }
  return { kind: "text" };
}

export function classify(unit: Unit): Shape {
  return unit.mark ? markShape(unit.mark, unit.text, shapeOf(unit.text)) : shapeOf(unit.text);
}

/** 《 舟山晚报 》( 2025年12月18日 第 02 版 ): the source line an e-paper's article view prints under the titles. */
const VIEW_SOURCE = /^《[^》]{2,14}》\s*[（(][^（()）]*版\s*[）)]$/u;

/**
 * The head of an e-paper's article view: every line from the top of the text
 * down to the source line, site labels (字数) aside, is a title line, a comma
 * in one notwithstanding (我与晚报的故事 / 那些年,我的青春和晚报紧紧相连 /
 * 字数 / 《 舟山晚报 》( 2025年12月18日 第 02 版 )).
 */
export function withViewTitles(units: Unit[], shapes: Shape[]): Shape[] {
  const source = units.findIndex((u, i) => shapes[i]!.kind === "extra" && VIEW_SOURCE.test(u.text));
  const head = shapes.slice(0, Math.max(0, source));
  if (!head.every((s, i) => s.kind === "extra" || s.kind === "title" || isTitleLike(units[i]!.text, true))) return shapes;
  return shapes.map((s, i) => (i < source && s.kind === "text" ? { kind: "title" } : s));
}

/** Lines that never join a wrapped paragraph. */
export function standsAlone(text: string): boolean {
  return !!(footerLine(text) || jumpLine(text) || parseVia(text) || parseCredit(text) || parseLabelledCredits(text) || parsePhotoCredits(text) || parseAgency(text));
}
