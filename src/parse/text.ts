// Character classes and small text mendings shared by the reading rules.

const hanRe = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFF0F\uFF1A-\uFF20\u2014\u2026\u201C\u201D\u2018\u2019\u00B7]/u;

/** Han characters and CJK punctuation: the characters that take no spaces between them. */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && hanRe.test(ch);
}

/** Where a paragraph may end: after these, a break in the text is a real paragraph end. */
export const PARAGRAPH_END = "。！？!?.…；;：:”’\"）)】》」』";

/** The dash a 副题 opens with, as extraction gives it: ——, —, ──, －－, --. */
const SUBTITLE_DASH = /^(?:—{1,2}|─{1,2}|－－|--)\s*[\p{L}\p{N}“「《(（]/u;
export const opensWithDash = (text: string): boolean => SUBTITLE_DASH.test(text);

/** A comma or a full stop: never in a title line. */
const TITLE_NEVER_PUNCTUATION = /[。，,；;]/u;
/**
 * A field label (时间：, 地点：) or a colon deep inside the line
 * (…重要文章：《…》): never in a title line either. A colon after a short
 * lead (武汉：市民戴口罩方可进入公共场所) or at the end (国家卫健委：) it may hold.
 */
const TITLE_NEVER_COLON = /^(?:时间|日期|地点|地址|电话|网址|邮编|联系人|主办|承办|协办|来源|作者)\s*[:：]|^[^:：]{11,}[:：]./u;

/** What a title line never holds. The colon's patterns are slow to fail: a line with no colon is not tried against them. */
export function holdsWhatNoTitleHolds(text: string): boolean {
  return TITLE_NEVER_PUNCTUATION.test(text) || ((text.includes(":") || text.includes("：")) && TITLE_NEVER_COLON.test(text));
}

/** A desk code (⑤2, ①, ⑩12): printed before a credit or after a paragraph's last sentence, not part of the text. */
export const DESK_CODE = "[\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF]\\d{0,3}";
const DESK_CODE_END = new RegExp(`${DESK_CODE}$`, "u");

/** The character a paragraph's sentence ends on, a desk code after it (…演讲选拔赛。②11) set aside. */
export function lastCharOf(text: string): string {
  const code = DESK_CODE_END.exec(text);
  return (code ? text.slice(0, code.index) : text).at(-1) ?? "";
}


/**
 * What goes between two pieces of one paragraph that a line or column break
 * cut apart, from the last character before the break and the first after:
 * nothing between CJK characters, one space between Latin words (and after
 * Latin punctuation before a word: "elit," + "sed").
 */
export function separator(last: string | undefined, first: string | undefined): "" | " " {
  return !isCjk(last) && !isCjk(first) && /[\p{L}\p{N},.;:!?)]/u.test(last ?? "") && /[\p{L}\p{N}(]/u.test(first ?? "") ? " " : "";
}

/** Joins two pieces of one paragraph that a line or column break cut apart. */
export function joinBroken(a: string, b: string): string {
  return a + separator(a.at(-1), b[0]) + b;
}

/**
 * Joins many pieces in linear time: each separator is decided from the
 * pieces' own ends, never by reading the growing text again.
 */
export function joinPieces(pieces: string[]): string {
  const out: string[] = [];
  let last: string | undefined;
  for (const piece of pieces) {
    if (!piece) continue;
    if (out.length) out.push(separator(last, piece[0]));
    out.push(piece);
    last = piece.at(-1);
  }
  return out.join("");
}

/**
 * PDF extraction letter-spaces some lines (中 国 海 油 党 组 召 开): when most
 * characters of a line stand alone between spaces, the spaces are layout,
 * not text, and go. Runs of Latin letters and digits (CEPA, 23-2) keep the
 * spaces between them.
 */
export function unLetterSpace(line: string): string {
  // Most lines hold no space at all: no need to split them.
  if (!line.includes(" ") && !line.includes("\u3000")) return line;
  const tokens = line.split(/[ \u3000]+/);
  if (tokens.length < 5) return line;
  const single = tokens.filter((t) => [...t].length === 1 && isCjk(t)).length;
  if (single / tokens.length < 0.6) return line;
  return joinPieces(tokens);
}

/**
 * Characters as a set of UTF-16 codes (each one unit long): a text scanned
 * character by character is tested with charCodeAt, which makes no string
 * of each character as text[k] does.
 */
export const charCodes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));

/** The lines of a text, whatever its line breaks. A text with no \r is split on \n as a string: twice as fast as the pattern. */
export function splitLines(text: string): string[] {
  return text.includes("\r") ? text.split(/\r\n|\r|\n/u) : text.split("\n");
}

/** Letters and digits: what the reading must never lose or invent. */
export function lettersAndDigits(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, "");
}
