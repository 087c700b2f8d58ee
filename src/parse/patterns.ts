// Tables of what lines that are not articles look like: page footers, jump
// lines, mastheads and e-paper navigation. A newspaper with other
// conventions is read by adding rows here.
import { FOOTER_LABELS, splitNames, type FooterKind } from "./credit.ts";

/** Words of an e-paper site's own navigation, and the page lists it prints. */
const NAV_WORD = [
  // 3上一版  下一版4: a site's arrow glyphs come through as digits glued to the words
  "\\d?(?:上一版|下一版|前一版|后一版|上一篇|下一篇|上一期|下一期)\\d?", "返回\\S{0,6}", "版面导航", "版面概览",
  "放大", "缩小", "默认", "PDF", "打印", "关闭", "收藏", "分享到", "往期回顾", "标题导航",
  "本期共\\s*\\d+\\s*版", "当前第\\s*\\d+\\s*版", "\\d{4}年\\d{1,2}月\\d{1,2}日",
  // (1-2-3-4-5-6-7-8) · [1][2][3]: the list of the pages
  "[(（][\\d\\s\\-—、,，]+[)）]", "(?:\\[\\d+\\])+",
].join("|");
const NAV_SEP = "[\\s»«|｜·•>＞<＜:：/,]*";

/**
 * Lines that belong to no article, kept as `extras` with their kind. Title
 * lines are tried against every row, and some patterns are slow to fail:
 * `holds` lists text one of which every match of the row holds, so a line
 * holding none is not tried against the pattern.
 */
export const EXTRAS: { kind: string; pattern: RegExp; holds?: string[] }[] = [
  // 2024年10月 16 日 星期三 · 人民日报 2024年10月16日 第 01 版 · 2003年4月20日人民日报 第5版 (masthead date, with the paper and page)
  { kind: "masthead", holds: ["年"], pattern: /^(?:\p{Script=Han}{2,10}\s*)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期[一二三四五六日天])?\s*(?:农历\S*)?\s*(?:\p{Script=Han}{1,8}报)?\s*(?:第\s*[\dA-Z]{1,3}\s*版)?$/u },
  // 上一版 下一版 本期共12版 当前第5版 · PDF  下一版»本期共8版(1-2-3-4-5-6-7-8) · 放大 缩小 默认 · 下一版»本期共4版, 当前第1版 PDF
  { kind: "navigation", pattern: new RegExp(`^${NAV_SEP}(?:(?:${NAV_WORD})${NAV_SEP})+$`, "u") },
  // 浙江日报 数字报纸 · 沁县报电子版: the e-paper's masthead
  { kind: "masthead", holds: ["报"], pattern: /^\p{Script=Han}{1,10}报\s*(?:数字报纸?|电子版|电子报|数字版|多媒体数字报刊?)$/u },
  // 《 人民日报 》（ 2024年10月16日 01 版） — the source line of a web copy
  { kind: "source", pattern: /^《\s*\p{Script=Han}{2,12}\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第\s*)?[\dA-Z]{1,3}\s*版\s*[）)]$/u },
  // 国内统一连续出版物号CN 11-0138 国外代号D4489 总第3807期 今日四版
  { kind: "masthead", pattern: /(?:连续出版物号|CN\s*\d{2}\s*-\s*\d{4}|国外代号|邮发代号|总第\s*\d+\s*期|今日\s*[一二三四五六七八九十\d]+\s*版|主管主办|主办单位)/u },
  // 版权所有 © 浙江日报报业集团 · Copyright © 2020 · 京ICP备16066560号 · 未经授权禁止转载 · 不良信息举报电话:陕工网(029-87339475) ·
  // 新闻中心意见反馈留言板 电话:010-82612286 欢迎批评指正
  { kind: "copyright", pattern: /(?:版权所有|Copyright|©|ICP\s*备|ICP证|未经(?:书面)?(?:授权|许可)|网络传播视听节目许可证|举报电话|违法和不良信息|跟帖评论|意见反馈|留言板|欢迎批评指正)/iu },
  // 出版日期:1999年03月03日: an archive's date field
  { kind: "masthead", pattern: /^出版日期\s*[:：]/u },
  // 新浪首页 > 新闻中心 > 社会新闻 > 正文: where the web copy sat on its site
  { kind: "navigation", holds: [">", "＞", "»"], pattern: /^[^>＞»]{1,12}(?:\s*[>＞»]\s*[^>＞»]{1,12}){2,}$/u },
  // 首页 天气预报 新闻 邮箱 搜索 短信 聊天 · 首页English: the site's menu
  { kind: "navigation", pattern: /^首页(?:\s*\S{1,8}){0,24}$/u },
  // • 时政 · · 国庆专题:新鲜十一 悠长假期: a site's bulleted links
  { kind: "navigation", pattern: /^[•·]\s*\S/u },
  // 【发表评论】【短信和E-Mail推荐】【关闭窗口】: a site's buttons
  { kind: "navigation", pattern: /】\s*【/u },
  // 陕西工人报官方网站 | 陕工网首页 今天是: a site's header links
  { kind: "navigation", holds: ["|", "｜"], pattern: /^\S{2,16}\s*[|｜]\s*\S{2,16}/u },
  // http://www.sina.com.cn 2002年09月28日10:00 楚天金报: the web copy's own source line
  { kind: "source", pattern: /https?:\/\/|www\.[a-z0-9-]+\./iu },
  // 2010年09月10日09:14来源:大河网-河南日报 · 来源：人民网 · ( 2020-12-22 ) 稿件来源:新华每日电讯 要 闻
  { kind: "source", holds: ["来源"], pattern: /^[^。，]{0,30}?(?:稿件)?来源\s*[:：]/u },
  // 详见C03、C04、C05版 · 相关报道见第二版: where more is, on other pages
  { kind: "reference", pattern: /^(?:详见|详细报道见|更多报道见|相关报道见|另见)\s*[^。，]{1,30}$/u },
  // 武汉国际旅游节盛装开幕 (2002/09/26 09:09): a link to another story, with its time
  { kind: "link", pattern: /[（(]\s*\d{4}[/-]\d{1,2}[/-]\d{1,2}(?:\s+\d{1,2}:\d{2})?\s*[)）]$/u },
  // CHINA OFFSHORE OIL PRESS
  { kind: "masthead", pattern: /^[A-Z][A-Z .,&'-]{5,60}$/u },
  // 第3版：县区新闻 · 第03版 · A3版 · 00013版:今日湖州 · 第5版(摄影) · 第A03版:视觉·影像 · 3343 期 / 第2版:综合新闻 ·
  // 01版:要 闻 · 05版:特别报道·拼过2020的你还好吗
  { kind: "page-label", pattern: /^(?:\d{1,5}\s*期\s*[/／|｜]?\s*)?(?:第\s*)?[\dA-Za-z一二三四五六七八九十]{1,5}\s*版(?:\s*[:：]?\s*(?:[\p{Script=Han}·\d]\s?){2,20}|\s*[（(]\s*\p{Script=Han}{2,10}\s*[)）])?$/u },
  // 01 · Page 4: a page number alone
  { kind: "page-label", pattern: /^(?:Page\s*)?\d{1,3}$/iu },
  // 浙江日报 今日湖州 00013 公路“颜值” 精心保养 2017-09-21 浙江日报2017-09-2100013;…: an article view's record line
  { kind: "metadata", holds: ["-"], pattern: /^\p{Script=Han}{2,12}\s.*\d{4}-\d{2}-\d{2}(?:\d{3,}|.*\d{4}年\d{1,2}月\d{1,2}日)/u },
  // 2020-10-23 2 2 滁州日报 content_22410.html 1 3 金秋时节收获忙 /enpproperty-->: a Founder e-paper's record line
  { kind: "metadata", pattern: /content_\d+\.s?html?|enpproperty|<!--|-->/u },
  // 专栏: · 专栏:摄影报道 · 栏目：要闻 — an archive's fields, not print
  { kind: "label", pattern: /^(?:专栏|栏目|版名|版次|稿件来源)\s*[:：]\s*\p{Script=Han}{0,12}$/u },
  // 摄影报道 · 图片新闻 · 组图: a strip label over photos
  { kind: "label", pattern: /^(?:摄影报道|图片新闻|新闻图片|图片报道|图说新闻|新闻图说|组图|摄影作品)$/u },
  // 本版导读 · 相关链接 · 头版: labels of a page's guide and a site's boxes
  { kind: "label", pattern: /^(?:本版导读|导读|本期导读|相关链接|相关新闻|相关阅读|延伸阅读|推荐阅读|热点推荐|头版|要闻|字数)$/u },
  // ①②③ · [图片]: where the site showed an image
  { kind: "image", pattern: /^(?:[\u2460-\u2473\s]+|[\[【]\s*(?:图片|图|image|img)\s*[\]】])$/iu },
  // A line of ornaments (□, ★★★, ——) holds no text at all.
  { kind: "ornament", pattern: /^[^\p{L}\p{N}]+$/u },
];

export function extraKind(line: string): string | undefined {
  // A sentence is never a masthead, however many of its words look like one.
  if (line.length > 200 || /[。，]/u.test(line)) return undefined;
  return EXTRAS.find((e) => (!e.holds || e.holds.some((h) => line.includes(h))) && e.pattern.test(line))?.kind;
}

const PAGE_NAME = "第?[\\d一二三四五六七八九十百A-Z]{1,4}版";
const JUMP_CLOSE = "[）)】〕\\]]";
/** （上接第一版） （下转第二版） — brackets may not match (（上接第一版】). */
const jumpRe = new RegExp(`[（(【〔\\[]\\s*(上接|接|下转|转)\\s*(${PAGE_NAME})\\s*${JUMP_CLOSE}`, "u");
const jumpLineRe = new RegExp(`^${jumpRe.source}$`, "u");
const jumpTailRe = new RegExp(`${jumpRe.source}$`, "u");
/** A jump closing a paragraph ends on its bracket: a paragraph ending on none is not searched for one. */
const endsOnJumpCloseRe = new RegExp(`${JUMP_CLOSE}$`, "u");
const DIRECTION: Record<string, "from" | "to"> = { 上接: "from", 接: "from", 下转: "to", 转: "to" };

export interface JumpMatch {
  text: string;
  direction: "from" | "to";
  page: string;
}

function jumpOf(m: RegExpExecArray): JumpMatch {
  return { text: m[0], direction: DIRECTION[m[1]!]!, page: m[2]! };
}

const jumpHeadRe = new RegExp(`^${jumpRe.source}`, "u");

/** A jump opening a paragraph: （上接第一版）2019年，… */
export function jumpHead(text: string): { rest: string; jump: JumpMatch } | undefined {
  const m = jumpHeadRe.exec(text);
  if (!m || m[0].length === text.length) return undefined;
  return { rest: text.slice(m[0].length).trimStart(), jump: jumpOf(m) };
}

/** A line that is only a jump. */
export function jumpLine(line: string): JumpMatch | undefined {
  const m = jumpLineRe.exec(line);
  return m ? jumpOf(m) : undefined;
}

/** A jump closing a paragraph: …工作。（下转第二版） */
export function jumpTail(text: string): { rest: string; jump: JumpMatch } | undefined {
  const m = endsOnJumpCloseRe.test(text) ? jumpTailRe.exec(text) : null;
  if (!m || m.index === 0) return undefined;
  return { rest: text.slice(0, m.index).trimEnd(), jump: jumpOf(m) };
}

export interface FooterLine {
  roles: { role: string; kind: FooterKind; names: string[] }[];
  email?: string;
  phone?: string;
  /** What an editor should correct, e.g. an address that is no address. */
  problems: string[];
}

/** A desk credited in a footer: 摄影美术部. */
const DESK = /^[\p{Script=Han}·]{2,12}$/u;

const labelAlt = FOOTER_LABELS.map((l) => l.label).join("|");
const labelRe = new RegExp(labelAlt, "gu");
/** A footer line opens with a label: most lines are ruled out here, before every label is searched for. */
const opensWithLabelRe = new RegExp(`^(?:${labelAlt})`, "u");
const kindOf = new Map(FOOTER_LABELS.map((l) => [l.label, l.kind]));
const emailRe = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/u;
const phoneRe = /^[\d（）()\s\-—、,，]+$/u;

/**
 * A footer line: 本版编辑 辛宏 王森 本版校对 刘铁铮 · 电子邮箱: x@163.com ·
 * 本期值班副总编 / 姜啸啸 责任编辑 / 常容轩 … Every part must read as a label
 * with names (or an address, a number), or the line is something else.
 */
export function footerLine(line: string): FooterLine | undefined {
  if (line.length > 200 || /[。！？]/u.test(line) || !opensWithLabelRe.test(line)) return undefined;
  const matches = [...line.matchAll(labelRe)];
  const out: FooterLine = { roles: [], problems: [] };
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const role = m[0];
    const kind = kindOf.get(role)!;
    const value = line
      .slice(m.index + role.length, matches[i + 1]?.index ?? line.length)
      .replace(/^[\s:：/／|｜]+|[\s/／|｜]+$/gu, "");
    if (kind === "email") {
      const email = emailRe.exec(value)?.[0];
      // The label makes it a footer line; what follows it is kept, and the
      // site's mailto() shows anything but an address as text, never as a link.
      const valid = email && !value.replace(email, "").trim();
      if (!valid) out.problems.push(`“${role}” is followed by “${value}”, which is not an e-mail address`);
      if (valid || value) out.email = valid ? email : value;
    } else if (kind === "phone") {
      if (!phoneRe.test(value)) return undefined;
      out.phone = value;
    } else {
      const names = splitNames(value);
      // 策划:摄影美术部: a desk, not a person, may be credited with a role that edits nothing.
      if (!names && !(kind === "other" && DESK.test(value))) return undefined;
      out.roles.push({ role, kind, names: names ?? [] });
    }
  }
  return out;
}
