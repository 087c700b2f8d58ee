// Reading credits: the tables of roles, sources and footer labels, and the
// small readers of bylines, datelines, photo credits and closing notes that
// the reading rules call. A newspaper with other roles or agencies is read
// by adding a row, not code. Printing them again is format/credit.ts.
import type { Credit, Person } from "../model.ts";
import { isSurname, COMPOUND_SURNAMES } from "./surnames.ts";
import { charCodes, DESK_CODE } from "./text.ts";

/** Roles a person is credited under, longest first so 特约记者 wins over 记者. */
export const ROLES = [
  "特约通讯员", "特约记者", "见习记者", "实习记者", "摄影记者", "首席记者",
  "融媒记者", "全媒体记者", "评论员", "通讯员", "实习生", "记者", "编译",
  "特约摄影", "摄影", "指导老师", "指导教师",
].sort((a, b) => b.length - a.length);
/** Roles that credit a photo on their own: …助力乡村振兴。特约摄影 吕华. */
const PHOTO_ROLES = new Set(["特约摄影", "摄影"]);

/** Who a credit is from. `本报` is the paper itself. */
export const SOURCES = [
  "本报", "新华社", "中新社", "人民日报", "光明日报", "经济日报", "工人日报",
  "央视新闻", "人民网", "新华网", "中国新闻网", "中央广播电视总台",
].sort((a, b) => b.length - a.length);

const HAN = "\\p{Script=Han}";
const OPEN = "[（(【〔\\[]";
const CLOSE = "[）)】〕\\]]";
/** The same closing brackets, as characters. */
const CLOSE_CHARS = "）)】〕]";
/** An ornament some papers print before a byline: ■本报记者 刘畅. */
const MARK = "[■□◆◇●○▲△★☆▌▍]";

const roleAlt = ROLES.join("|");
const roleRe = new RegExp(roleAlt, "gu");
const sourceAlt = SOURCES.join("|");
const sourceBeforeRoleRe = new RegExp(`(?:${sourceAlt})(?=${roleAlt})`, "gu");
const leadingSourceRe = new RegExp(`^(?:${sourceAlt})`, "u");
const sourcedPeopleRe = new RegExp(`^(?<source>${sourceAlt})?(?<people>.*)$`, "u");
/** Punctuation no credit holds: a line with it is a sentence. */
const SENTENCE_MARK = /[，。！？；,;!?]/u;
/** A source in a credit: a known one, or any paper named before a role (晨报记者, 楚天金报记者). */
const creditSource = `${sourceAlt}|${HAN}{1,6}?报(?=${roleAlt})`;
/** A name (张明, 阿依古丽·买买提), or names run together (张宗桥贾胜波) for splitRun to part. */
const nameToken = new RegExp(`^(?:${HAN}{1,9}|${HAN}{1,6}·${HAN}{1,8})$`, "u");
const NAME_MAX = 4;

/**
 * Splits a run of names as printed. Two-character names padded with a space
 * (刘　洋, 孙 悦) are one name; names run together (李强赵刚) are split where
 * the surname table says a new name begins.
 */
export function splitNames(text: string): string[] | undefined {
  const tokens = text.split(/[\s\u3000、，,/／]+/u).filter(Boolean);
  if (!tokens.length || !tokens.every((t) => nameToken.test(t))) return undefined;
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.length === 1 && tokens[i + 1]?.length === 1) {
      names.push(t + tokens[++i]);
    } else if (t.length === 1) {
      return undefined;
    } else {
      const run = splitRun(t);
      if (run.some((n) => n.length > NAME_MAX && !n.includes("·"))) return undefined;
      names.push(...run);
    }
  }
  return names;
}

/** Where a run of names may be cut, in order of preference: 2+2, then 2+3 / 3+2, then 3+3. */
const cutsOf = (run: string) => (run.length === 4 ? [2] : run.length === 5 ? [2, 3] : [3, 2, 4]);
/** Each part of a cut run must open with a surname. */
const cutsAt = (run: string, cut: number) => isSurname(run.slice(0, cut)) && isSurname(run.slice(cut));

/** A run of 4–9 Han characters with no space: one name or several? */
function splitRun(run: string): string[] {
  if (run.length <= 3 || run.includes("·")) return [run];
  if (run.length === 4 && COMPOUND_SURNAMES.some((s) => run.startsWith(s))) return [run];
  const cut = cutsOf(run).find((c) => cutsAt(run, c));
  return cut ? [run.slice(0, cut), ...splitRun(run.slice(cut))] : [run];
}

const nameRunRe = new RegExp(`${HAN}{5,9}`, "gu");
const sourcesRe = new RegExp(sourceAlt, "gu");

/**
 * Names run together that the surname table cuts more than one way
 * (张明王小刚: 张明 王小刚 or 张明王 小刚): the reading keeps the first and
 * says so.
 */
export function namesSplitMoreThanOneWay(credit: Credit): string[] {
  const text = credit.text.replace(roleRe, " ").replace(sourcesRe, " ");
  return [...text.matchAll(nameRunRe)].map((m) => m[0]).filter((run) => cutsOf(run).filter((c) => cutsAt(run, c)).length > 1);
}

/**
 * Reads people as printed: 记者 张三 李四 通讯员 王五, 记者张明通讯员李强赵刚.
 * Names before the first role word have no role (a photo credit ⑤2张华 刘洋).
 */
export function parsePeople(text: string): Person[] | undefined {
  const people: Person[] = [];
  let last = 0;
  let role: string | undefined;
  const flush = (end: number): boolean => {
    const chunk = text.slice(last, end).trim();
    if (!chunk) return role === undefined;
    const names = splitNames(chunk);
    if (!names) return false;
    people.push(role === undefined ? { names } : { role, names });
    return true;
  };
  for (const m of text.matchAll(roleRe)) {
    const before = text.slice(last, m.index).trim();
    // A role with nothing after the previous role (本报记者 本报通讯员 …) is an error.
    if (role !== undefined && !before) return undefined;
    if (!flush(m.index)) return undefined;
    role = m[0];
    last = m.index + m[0].length;
  }
  if (!flush(text.length)) return undefined;
  return people.length ? people : undefined;
}

/** ●松门二小五(2)班 林谨诚 指导老师 莫星宇: a school or a workplace printed before the names. */
const AFFILIATION = `\\S{1,16}?(?:班|小学|中学|学校|大学|学院|幼儿园|公司|医院)`;

// 本报通讯员 杜文翰 · 本报记者 张三 本报通讯员 李四 · ⑤2张华 刘洋 摄 · 本报通讯员 张绍杰 摄 ·
// （新华社记者 王五 摄） · 王　春摄（人民视觉） · 晨报记者丁志平摄影报道 · 本报记者 张三报道
const creditLineRe = new RegExp(
  `^(?:${MARK}\\s*)?(?<open>${OPEN})?\\s*(?<code>${DESK_CODE})?\\s*(?<source>${creditSource})?\\s*(?:${AFFILIATION}\\s+)?(?<people>.+?)\\s*(?:(?<photo>摄)|(?<report>摄影报道|报道))?\\s*(?:${OPEN}\\s*(?<agency>${HAN}{2,8})\\s*${CLOSE})?\\s*(?<close>${CLOSE})?$`,
  "u",
);

/**
 * What a credit line holds at least one of: a role, a source, 摄, 报道 or a
 * desk code (bare names are no credit). Most title lines hold none, and are
 * ruled out before the costly creditLineRe and the name splitting.
 */
const MAY_BE_CREDIT = new RegExp(`${roleAlt}|${sourceAlt}|摄|报道|${DESK_CODE}`, "u");

/**
 * A credit standing on its own: a byline, an author line or a photo credit.
 * Returns undefined when the text is anything else (a title, a sentence).
 */
export function parseCredit(text: string): Credit | undefined {
  const line = text.trim();
  if (!line || line.length > 80 || SENTENCE_MARK.test(line) || !MAY_BE_CREDIT.test(line)) return undefined;
  const m = creditLineRe.exec(line);
  if (!m?.groups) return undefined;
  const { code, agency, report } = m.groups;
  // (邱海鹰 谢庆华 摄影报道): text and photos by the same hands, credited as a photo's.
  const photo = m.groups.photo ?? (report === "摄影报道" ? report : undefined);
  // （本报记者 张明 摄）: a credit may stand in brackets, both of them.
  if (!m.groups.open !== !m.groups.close) return undefined;
  // 王　春摄（人民视觉）: a photo agency in brackets after 摄 is the source.
  if (agency && !photo) return undefined;
  const source = m.groups.source ?? agency;
  // 本报记者 张三 本报通讯员 李四: the source may repeat before each role.
  const peopleText = source ? m.groups.people!.replaceAll(sourceBeforeRoleRe, " ") : m.groups.people!;
  const people = parsePeople(peopleText);
  if (!people) return undefined;
  // Bare names are a credit only with 摄, a code or a source: otherwise a
  // short title line would read as a name. Callers that expect an author
  // line use parseAuthor.
  if (!people.some((p) => p.role) && !photo && !code && !source && !report) return undefined;
  // 摄影报道 is a strip label, 摄影 吕华 a credit: a name after a photo role opens with a surname.
  if (people.some((p) => PHOTO_ROLES.has(p.role ?? "") && !p.names.every(isSurname))) return undefined;
  return build(line, { source, people, photo: !!photo || people.some((p) => PHOTO_ROLES.has(p.role ?? "")), code });
}

/** An author line that is only a name (田昀澍, 宗何): read where a byline is expected. */
export function parseAuthor(text: string): Credit | undefined {
  const line = text.trim();
  const names = splitNames(line);
  if (!names || names.length > 3 || !names.every((n) => isSurname(n))) return undefined;
  return { text: line, people: [{ names }] };
}

const NOT_BRACKET = "[^（(【〔\\[）)】〕\\]]";

const NAMES = `${HAN}{2,4}(?:[\\s、]+(?:(?:${roleAlt})\\s*)?${HAN}{2,4}){0,5}`;

/**
 * Datelines, each row one convention; named groups: source, place, and the
 * people in one of four forms. A row may name its lead, what stands before
 * the names: the dateline it reads when the names turn out to be words of the text.
 */
const DATELINES: RegExp[] = [
  // 本报讯(通讯员 王健) · 本报讯 · 新华社北京10月13日电（记者 X） · 本报长春10月12日讯 ·
  // 本报讯 记者 张明） (opening bracket lost) · 本报讯 记者 李洋 4月27日下午,… (no brackets, running into the text) ·
  // 本报讯 周建巨报道 五月竹乡 (the reporter's name and 报道)
  new RegExp(
    `^(?<lead>(?:据\\s*)?(?<source>${sourceAlt})(?<place>${HAN}{0,8}?(?:\\d{1,2}月\\d{1,2}日)?(?:电|讯))\\s*)` +
      `(?:${OPEN}(?<people>${NOT_BRACKET}{1,80})${CLOSE}|(?<unopened>(?:${roleAlt})[^（(【〔\\[）)】〕\\]，,。]{1,40})${CLOSE}|` +
      `(?<reported>(?:(?:${roleAlt})\\s*)?${NAMES})\\s*报道\\s*[:：]?|` +
      `(?<bare>(?:${roleAlt})\\s*${NAMES})(?=\\s))?`,
    "u",
  ),
  // 荆楚在线消息(楚天金报)记者吴志远报道: — a web site's dateline, the paper in brackets
  new RegExp(`^(?<source>${HAN}{2,8}?)(?<place>消息|讯)\\s*(?:${OPEN}${HAN}{2,10}${CLOSE})?\\s*(?<reported>(?:${roleAlt})\\s*${NAMES})\\s*报道\\s*[:：]?`, "u"),
  // （记者 张明）近日，… — the people alone, in brackets, opening the paragraph
  new RegExp(`^${OPEN}\\s*(?<people>(?:${roleAlt})${NOT_BRACKET}{1,60})${CLOSE}`, "u"),
];
const openAfterRe = new RegExp(`^${OPEN}`, "u");

/**
 * 记者 李洋 4月27日下午: unbracketed names stop where the text begins. The
 * longest run of names that all open with a surname is taken (记者 李洋
 * 近日… keeps 近日 in the text).
 */
function bareNames(bare: string): { text: string; people: Person[] } | undefined {
  for (let text = bare; text; text = text.replace(/[\s、]*[^\s、]+$/u, "")) {
    const people = parsePeople(text);
    if (people?.every((p) => p.role && p.names.every(isSurname))) return { text, people };
  }
  return undefined;
}

/**
 * A credit opening a paragraph. Returns the credit and the paragraph text
 * after it, or undefined when the paragraph opens with none.
 */
export function parseDateline(paragraph: string): { credit: Credit; rest: string; unsure?: string } | undefined {
  for (const re of DATELINES) {
    const m = re.exec(paragraph);
    if (!m?.groups) continue;
    const { source, place, unopened, bare, reported } = m.groups;
    let head = m[0];
    let people: Person[] | undefined = [];
    const inner = m.groups.people ?? unopened;
    if (inner !== undefined) people = parsePeople(inner.replace(leadingSourceRe, ""));
    else if (reported !== undefined) {
      people = parsePeople(reported);
      // 本报讯 近日报道…: names that open with no surname are words of the text.
      if (!people?.every((p) => p.names.every(isSurname))) {
        if (m.groups.lead === undefined) continue;
        head = m.groups.lead;
        people = [];
      }
    } else if (bare !== undefined) {
      const names = bareNames(bare);
      head = head.slice(0, head.length - bare.length) + (names?.text ?? "");
      people = names?.people ?? [];
    }
    const credit = build(head.trim(), { source, place: place === "讯" ? undefined : place, people: people ?? [] });
    const rest = paragraph.slice(head.length).trimStart();
    const unsure =
      inner !== undefined && !people
        ? `could not read the names in the dateline “${head.trim()}”`
        : unopened !== undefined
          ? `the dateline “${head.trim()}” has a closing bracket but no opening one`
          : openAfterRe.test(rest)
            ? `the bracket after “${head.trim()}” is never closed: the names in it were left in the text`
            : undefined;
    return { credit, rest, ...(unsure ? { unsure } : {}) };
  }
  return undefined;
}

/**
 * Notes closing an article that say where it came from or who wrote it:
 * （据新华社长春10月12日电） · （据人民日报） · （作者系市委党校教授） ·
 * （作者单位：吉林大学） · （新华社发）. Each row is one convention, with
 * the characters its notes end on: a line ending on none of them (a
 * sentence, as most lines are) is not tried against the row.
 */
const CLOSING_NOTES: { ends: string; pattern: RegExp }[] = [
  { ends: CLOSE_CHARS, pattern: new RegExp(`^${OPEN}\\s*据(?<source>${sourceAlt}|${HAN}{2,10}?)(?<place>${HAN}{0,8}?\\d{1,2}月\\d{1,2}日电)?\\s*${CLOSE}$`, "u") },
  { ends: CLOSE_CHARS, pattern: new RegExp(`^${OPEN}\\s*(?<source>${sourceAlt})\\s*发\\s*${CLOSE}$`, "u") },
  { ends: CLOSE_CHARS, pattern: new RegExp(`^${OPEN}\\s*作者[^（(【〔\\[）)】〕\\]]{1,60}${CLOSE}$`, "u") },
  // ——编者 · ——本报评论员: the signature closing an editor's note or a commentary
  { ends: "者部员", pattern: /^(?:—{1,2}|－－|--)\s*(?:编者|本报编辑部|编辑部|本报评论员|评论员)$/u },
  // 莫釐樵寄初草: a writer's sign-off closing a poem or an essay of the old press, the pen name then 寄 (sent) and 初草 (first draft)
  { ends: "草稿", pattern: new RegExp(`^(?<author>${HAN}{2,4}?)寄?(?:初草|初稿|拜稿)$`, "u") },
];

/** A closing note of where a story came from or who wrote it: （据新华社长春10月12日电）. */
export function parseVia(text: string): Credit | undefined {
  const line = text.trim();
  const last = line.at(-1) ?? "";
  for (const { ends, pattern } of CLOSING_NOTES) {
    const m = ends.includes(last) ? pattern.exec(line) : null;
    if (!m) continue;
    const author = m.groups?.author;
    return build(line, { source: m.groups?.source, place: m.groups?.place, people: author ? [{ names: [author] }] : [] });
  }
  return undefined;
}

/**
 * Labels that say what the people named did, printed before the names
 * (摄影：张三 · 图/文 张三 · 文/本报记者 李四) or after them (易烨/文 张锦国/摄).
 * Longest first, so 摄影 wins over 摄.
 */
const CREDIT_LABELS: { label: string; photo: boolean }[] = [
  { label: "图[/／]文", photo: false }, { label: "文[/／]图", photo: false }, { label: "图文", photo: false }, { label: "文图", photo: false },
  { label: "摄影", photo: true }, { label: "撰文", photo: false }, { label: "文字", photo: false },
  { label: "作者", photo: false }, { label: "摄", photo: true }, { label: "图", photo: true }, { label: "文", photo: false },
];
/** 作者:雷收麦 《光明日报》( 2012年10月27日 06版): a web copy names the paper and page after the byline. */
const webSourceRe = /\s*《(?<paper>[^》]{2,12})》\s*[（(][^（()）]{0,30}[)）]$/u;
const labelAlt = CREDIT_LABELS.map((l) => l.label).join("|");
const labelOnlyRe = new RegExp(`^(?<label>${labelAlt})[/／:：]?$`, "u");
const prefixRe = new RegExp(`^(?<label>${labelAlt})[/／:：](?<names>.+)$`, "u");
const suffixRe = new RegExp(`^(?<names>.+?)[/／](?<label>${labelAlt})$`, "u");
const photoLabels = new RegExp(`^(?:${CREDIT_LABELS.filter((l) => l.photo).map((l) => l.label).join("|")})$`, "u");

/**
 * A line of labelled credits: 易烨/文 张锦国/摄 · 摄影：张三 · 图/文 张三 李四.
 * One credit per label, each with its own part of the line as its text.
 */
export function parseLabelledCredits(text: string): Credit[] | undefined {
  const whole = text.trim();
  if (!whole || whole.length > 80 || !/[/／:：]/u.test(whole) || SENTENCE_MARK.test(whole)) return undefined;
  const web = webSourceRe.exec(whole);
  const line = web ? whole.slice(0, web.index) : whole;
  const parts: { from: number; to: number; photo: boolean; names: string[] }[] = [];
  let pending: { from: number; names: string[] } | undefined;
  let open = false;
  for (const m of line.matchAll(/\S+/gu)) {
    const token = m[0];
    const from = m.index;
    const to = from + token.length;
    const before = labelOnlyRe.exec(token) ?? prefixRe.exec(token);
    const after = before ? null : suffixRe.exec(token);
    if (before?.groups) {
      if (pending) return undefined;
      parts.push({ from, to, photo: photoLabels.test(before.groups.label!), names: before.groups.names ? [before.groups.names] : [] });
      open = true;
    } else if (after?.groups) {
      parts.push({ from: pending?.from ?? from, to, photo: photoLabels.test(after.groups.label!), names: [...(pending?.names ?? []), after.groups.names!] });
      pending = undefined;
      open = false;
    } else if (open) {
      parts.at(-1)!.names.push(token);
      parts.at(-1)!.to = to;
    } else {
      pending ??= { from, names: [] };
      pending.names.push(token);
    }
  }
  if (pending || !parts.length) return undefined;
  // The paper named after the byline is its source, and the credit's text runs to the line's end.
  if (web) parts.at(-1)!.to = whole.length;
  const credits: Credit[] = [];
  for (const part of parts) {
    const named = sourcedPeopleRe.exec(part.names.join(" "))!.groups!;
    const people = parsePeople(named.people!.trim());
    if (!people) return undefined;
    credits.push(build(whole.slice(part.from, part.to), { source: named.source ?? web?.groups?.paper, people, photo: part.photo }));
  }
  return credits;
}

/** Where a sentence ends: the credits closing a paragraph come after the last one. */
const SENTENCE_END = charCodes("。！？!?”’");
/** The longest run of credits closing a paragraph. */
const TAIL_MAX = 40;

/** What a closing credit holds one of: a label's slash or colon, a bracket, a role. */
const MAY_CLOSE_WITH_CREDIT = new RegExp(`[/／:：（(]|${roleAlt}`, "u");

/** (王舜刘艳) · （吕劲）?: names alone in brackets closing a paragraph (a character lost in conversion may follow as ?). */
const bracketedNamesRe = new RegExp(`^${OPEN}\\s*(?<names>[^（(【〔\\[）)】〕\\]]{2,20})\\s*${CLOSE}[?？]?$`, "u");

/** A credit closing a paragraph: labelled (易烨/文 张锦国/摄), a byline (本报记者 王兴), or names in brackets ((王舜刘艳)). */
function closingCredits(tail: string): Credit[] | undefined {
  const labelled = parseLabelledCredits(tail);
  if (labelled) return labelled;
  const credit = parseCredit(tail);
  if (credit && !credit.photo && credit.people.some((p) => p.role)) return [credit];
  const names = bracketedNamesRe.exec(tail)?.groups?.names;
  const author = names === undefined ? undefined : parseAuthor(names);
  return author && [{ ...author, text: tail }];
}

/**
 * …争分夺秒工作,图为筑路现场。 易烨/文 张锦国/摄 · …时代之歌。 本报记者 王兴 ·
 * …欢乐的海洋。 (王舜刘艳): credits closing a paragraph, after its last sentence.
 */
export function creditTail(text: string): { rest: string; credits: Credit[] } | undefined {
  if (!MAY_CLOSE_WITH_CREDIT.test(text.slice(-TAIL_MAX))) return undefined;
  for (let k = text.length - 2; k >= Math.max(0, text.length - TAIL_MAX); k--) {
    if (!SENTENCE_END.has(text.charCodeAt(k))) continue;
    const tail = text.slice(k + 1).trim();
    const credits = tail ? closingCredits(tail) : undefined;
    if (credits) return { rest: text.slice(0, k + 1), credits };
  }
  return undefined;
}

/** 上图 张明 摄  下图 李强 摄: the credits of several photos on one line, each closing on 摄. */
const photoCreditPartRe = /\s*(?:(?:[上下左右中]图|图\s*[\d①-⑩]+)\s*[:：]?\s*)?[^摄]+?摄\s*/gu;

/** A line of several photo credits (上图 张明 摄  下图 李强 摄), one credit per photo. */
export function parsePhotoCredits(text: string): Credit[] | undefined {
  const line = text.trim();
  // Every part closes on 摄: a line with fewer than two is never several credits (and the pattern backtracks).
  if (line.length > 80 || line.indexOf("摄") === line.lastIndexOf("摄") || SENTENCE_MARK.test(line)) return undefined;
  const parts = line.match(photoCreditPartRe);
  if (!parts || parts.length < 2 || parts.join("") !== line) return undefined;
  const credits: Credit[] = [];
  for (const part of parts) {
    const text = part.trim();
    const credit = parseCredit(text.replace(/^(?:[上下左右中]图|图\s*[\d①-⑩]+)\s*[:：]?\s*/u, ""));
    if (!credit?.photo) return undefined;
    credits.push({ ...credit, text });
  }
  return credits;
}

/** Photo agencies credited alone under a photo: （人民视觉） · 影像中国. */
const PHOTO_AGENCIES = ["人民视觉", "影像中国", "视觉中国", "东方IC", "CFP", "IC photo", "图虫创意"];
const agencyRe = new RegExp(`^(?<open>${OPEN})?\\s*(?<agency>${PHOTO_AGENCIES.join("|")})\\s*(?<close>${CLOSE})?$`, "u");

/** An agency's credit standing alone: （人民视觉）. */
export function parseAgency(text: string): Credit | undefined {
  const m = agencyRe.exec(text.trim());
  if (!m?.groups || !m.groups.open !== !m.groups.close) return undefined;
  return build(text.trim(), { source: m.groups.agency, people: [], photo: true });
}

function build(
  text: string,
  parts: { source?: string; place?: string; people: Person[]; photo?: boolean; code?: string },
): Credit {
  const credit: Credit = { text, people: parts.people };
  if (parts.source) credit.source = parts.source;
  if (parts.place) credit.place = parts.place;
  if (parts.photo) credit.photo = true;
  if (parts.code) credit.code = parts.code;
  return credit;
}

export type FooterKind = "editor" | "proofreader" | "other" | "email" | "phone";

/** Footer labels and what they credit: the table the footer rule reads with. */
export const FOOTER_LABELS: { label: string; kind: FooterKind }[] = (
  [
    ["本期值班副总编", "other"], ["值班副总编", "other"], ["值班总编", "other"], ["值班编委", "other"],
    ["本版责编", "editor"], ["本版编辑", "editor"], ["责任编辑", "editor"], ["责编", "editor"], ["编辑", "editor"],
    ["美术编辑", "other"], ["美编", "other"], ["版式制作", "other"], ["版式设计", "other"], ["版式", "other"], ["组版", "other"],
    ["本版策划", "other"], ["策划", "other"], ["本版统筹", "other"], ["统筹", "other"], ["本版摄影", "other"], ["制图", "other"],
    ["本版校对", "proofreader"], ["责任校对", "proofreader"], ["校对", "proofreader"],
    ["电子邮箱", "email"], ["投稿邮箱", "email"], ["电子信箱", "email"], ["邮箱", "email"], ["E-mail", "email"], ["Email", "email"],
    ["电话", "phone"], ["传真", "phone"],
  ] as [string, FooterKind][]
)
  .map(([label, kind]) => ({ label, kind }))
  .sort((a, b) => b.label.length - a.label.length);
