// Editor's marks (README, "Editor's marks"): Markdown on a line of a page
// file that fixes the line's role. Samples are lines of the seed
// (test/fixtures/000_8a1b2aab4ad79620.txt) and of 人民日报 2020-01-23 第4版
// (test/corpus/06-renmin.txt, lines 26–34) and 滁州日报 2020-10-23 第A03版
// (test/corpus/21-chuzhou-2020-photo.txt, line 6, its credit put on a line
// of its own), verbatim, marks added.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { outline } from "../../src/cli/outline.ts";
import { parsePages, readPageFile, withoutMarks, type PageModel } from "../../src/parse/index.ts";
import { articles, letterBag, modelBag, paragraphs, photos, print, root, seedText } from "./helpers.ts";

const SEED = {
  headline: "解放思想 深化改革 狠抓落实",
  subtitle: "——铁西全力抓好全区营商环境建设记事",
  byline: "本报通讯员 杜文翰",
  firstParagraph:
    "铁西区认真落实省、市营商环境建设大会精神,按照稳中求进工作总基调,以创新、改革、开放为动力,以改作风、提效率、重执行为核心,主动作为、真抓实干,努力打造一流发展环境,为推动“十四五”取得良好开局、加快新时代铁西区振兴发展筑牢坚实支撑。",
  crosshead: "全力推进招商引资 力争明显突破",
  caption: "重阳节前夕,双辽福康医院党支部开展了“九九重阳节,浓浓敬老情”活动,组织多名医护人员走进社区为老人进行义诊。",
  photoCredit: "本报通讯员 张绍杰 摄",
  kicker: "增强防灾意识 提高应急能力",
  headline2: "双辽开展国际减灾日宣传活动",
  dateline: "本报讯(通讯员 于嘉宇)为切实做好国际减灾日的宣传工作,近日,双辽市围绕“构建灾害风险适应性和抗灾力”主题,组织减灾委员会各成员单位开展了国际减灾日宣传活动。全市25家成员单位参加。",
  paragraph2: "宣传活动以悬挂宣传条幅、摆放宣传展板、发放宣传手册等形式开展,大力普及防灾减灾科普知识和安全常识。参加活动的有关单位人员为群众发放了防灾减灾宣传手册。",
};

// 人民日报 2020-01-23 第4版: a subtitle with no ——, a kicker ending in a colon.
const RENMIN = {
  headline: "中央广播电视总台春节联欢晚会准备就绪",
  subtitle: "黄坤明看望慰问演职人员",
  paragraph:
    "　　新华社北京1月22日电\u00a0\u00a01月22日晚，中共中央政治局委员、中宣部部长黄坤明来到中央广播电视总台2020年春节联欢晚会彩排现场，看望正在辛勤排练的演职人员，向大家致以节日慰问和美好祝愿。他勉励大家坚持正确的创作导向，悉心打磨、精心排演，全力打造一台情意满满、笑声满满、深受群众喜爱的高水平春晚，为海内外中华儿女送上精品荟萃、精彩纷呈的文化盛宴，营造共圆小康梦、欢乐过大年的浓厚氛围。",
  kicker: "国家卫健委：",
  headline2: "21日国内新增确诊病例149例",
  paragraph2:
    "　　新华社北京1月22日电\u00a0\u00a0（记者王秉阳、屈婷）记者从国家卫健委获悉：2020年1月21日零时至24时，国家卫健委收到国内13省（区、市）报告新增新型冠状病毒感染的肺炎确诊病例149例（北京市5例、天津市2例、上海市7例、浙江省5例、江西省2例、山东省1例、河南省1例、湖北省105例、湖南省1例、广东省12例、重庆市5例、四川省2例和云南省1例），新增死亡3例（均来自湖北省）；除湖北省外，6省（区、市）报告新增疑似病例26例（上海市10例、浙江省10例、安徽省2例、广西壮族自治区1例、广东省1例和四川省2例）。",
};

// 滁州日报 2020-10-23 第A03版: a caption with its credit run into it.
const CHUZHOU = {
  caption: "◀10月20日,全椒县六镇镇大殷村连片水稻迎来丰收季(无人机照片)。时下,当地农民抢抓晴好天气收割水稻,确保颗粒归仓。",
  credit: "特约摄影 沈果",
};

const seedLines = seedText.split(/\r?\n/);
/** Lines as blocks between blank lines, the seed's own layout. */
const blocks = (...lines: string[]) => lines.join("\n\n");
const only = (text: string): PageModel => {
  const pages = parsePages(text);
  expect(pages).toHaveLength(1);
  return pages[0]!;
};

describe("the samples", () => {
  const corpus = (name: string) => fs.readFileSync(path.join(root, "test/corpus", name), "utf8").split(/\r?\n/);
  it("are lines of their pages, verbatim", () => {
    for (const line of Object.values(SEED)) expect(seedLines).toContain(line);
    for (const line of Object.values(RENMIN)) expect(corpus("06-renmin.txt")).toContain(line);
    expect(corpus("21-chuzhou-2020-photo.txt")).toContain(`${CHUZHOU.caption}${CHUZHOU.credit}`);
  });
});

describe("each mark on its own", () => {
  it("`# ` makes a headline that starts an article: a crosshead of the seed read as a new article's headline", () => {
    const unmarked = articles(only(blocks(SEED.headline, SEED.firstParagraph, SEED.crosshead, SEED.paragraph2)));
    expect(unmarked).toHaveLength(1);
    expect(unmarked[0]!.body.map((b) => b.kind)).toEqual(["paragraph", "crosshead", "paragraph"]);

    const page = only(blocks(SEED.headline, SEED.firstParagraph, `# ${SEED.crosshead}`, SEED.paragraph2));
    expect(articles(page).map((a) => [a.line, a.headline, paragraphs(a).map((p) => p.line)])).toEqual([
      [1, SEED.headline, [3]],
      [5, SEED.crosshead, [7]],
    ]);
    expect(page.marks).toEqual([{ line: 5, role: "headline" }]);
  });

  it("`## ` under a `#` headline is its subtitle, even with no ——", () => {
    const a = articles(only(print(`# ${RENMIN.headline}`, `## ${RENMIN.subtitle}`, RENMIN.paragraph)))[0]!;
    expect([a.kicker, a.headline, a.subtitle]).toEqual([undefined, RENMIN.headline, RENMIN.subtitle]);
    expect(a.dateline?.text).toBe("新华社北京1月22日电");
  });

  it("`## ` over an unmarked title line is the kicker, and that line the headline: 国家卫健委：", () => {
    const page = only(print(`## ${RENMIN.kicker}`, RENMIN.headline2, "", RENMIN.paragraph2));
    expect(articles(page).map((a) => [a.kicker, a.headline])).toEqual([[RENMIN.kicker, RENMIN.headline2]]);
    expect(page.marks).toEqual([{ line: 1, role: "kicker" }]);
    expect(page.warnings).toEqual([]);
  });

  it("`## ` under an unmarked title line is the subtitle, and that line the headline", () => {
    const a = articles(only(print(RENMIN.headline, `## ${RENMIN.subtitle}`, RENMIN.paragraph)))[0]!;
    expect([a.kicker, a.headline, a.subtitle]).toEqual([undefined, RENMIN.headline, RENMIN.subtitle]);
  });

  it("`## ` with no headline next to it is read as the headline, with a warning", () => {
    const page = only(print(SEED.firstParagraph, "", `## ${SEED.headline2}`, "", SEED.dateline));
    expect(articles(page).map((a) => a.headline)).toEqual([undefined, SEED.headline2]);
    expect(page.marks).toEqual([{ line: 3, role: "headline" }]);
    expect(page.warnings.map((w) => w.line)).toEqual([1, 3]);
    expect(page.warnings[1]!.message).toContain("mark the headline with `#`");
  });

  it("`### ` makes a crosshead: a title pair the reader takes for a new article stays in the article", () => {
    const unmarked = articles(only(blocks(SEED.headline, SEED.firstParagraph, SEED.kicker, SEED.headline2, SEED.dateline)));
    expect(unmarked.map((a) => [a.kicker, a.headline])).toEqual([[undefined, SEED.headline], [SEED.kicker, SEED.headline2]]);
    const page = only(blocks(SEED.headline, SEED.firstParagraph, `### ${SEED.kicker}`, SEED.headline2, SEED.dateline));
    const [first, second] = articles(page);
    expect(first!.body.map((b) => [b.kind, b.line])).toEqual([["paragraph", 3], ["crosshead", 5]]);
    expect(first!.body[1]!.text).toBe(SEED.kicker);
    expect([second!.kicker, second!.headline]).toEqual([undefined, SEED.headline2]);
    expect(page.marks).toEqual([{ line: 5, role: "crosshead" }]);
  });

  it("`*…*` (or `_…_`) makes a credit: the byline after the titles, a closing credit after the text", () => {
    const a = articles(only(print(`# ${SEED.headline}`, `*${SEED.byline}*`, SEED.firstParagraph, `_${SEED.byline}_`)))[0]!;
    expect(a.byline).toEqual({ text: SEED.byline, source: "本报", people: [{ role: "通讯员", names: ["杜文翰"] }] });
    expect(a.credits?.map((c) => c.text)).toEqual([SEED.byline]);
    expect(paragraphs(a).map((p) => p.text)).toEqual([SEED.firstParagraph]);
  });

  it("`*…*` makes a line a credit, verbatim, whether or not the credit patterns know its form: 特约摄影 沈果 under a photo", () => {
    const page = only(print("![]()", CHUZHOU.caption, `*${CHUZHOU.credit}*`));
    expect(page.items).toMatchObject([{ kind: "photo", line: 1, caption: CHUZHOU.caption, credit: { text: CHUZHOU.credit } }]);
    expect(page.items).toHaveLength(1);
  });

  it("`\\` makes a line body text: a crosshead of the seed read as a paragraph", () => {
    const page = only(blocks(SEED.headline, SEED.firstParagraph, `\\${SEED.crosshead}`, SEED.paragraph2));
    const a = articles(page)[0]!;
    expect(a.body.map((b) => [b.kind, b.text])).toEqual([
      ["paragraph", SEED.firstParagraph],
      ["paragraph", SEED.crosshead],
      ["paragraph", SEED.paragraph2],
    ]);
    expect(page.marks).toEqual([{ line: 5, role: "body" }]);
  });

  it("`\\` keeps a line opening with —— from being read as a subtitle (a preview shows the backslash before a Chinese character)", () => {
    expect(articles(only(blocks(SEED.headline, SEED.subtitle, SEED.firstParagraph)))[0]!.subtitle).toBe(SEED.subtitle);
    const a = articles(only(blocks(SEED.headline, `\\${SEED.subtitle}`, SEED.firstParagraph)))[0]!;
    expect(a.subtitle).toBeUndefined();
    expect(paragraphs(a).map((p) => p.text)).toEqual([SEED.subtitle, SEED.firstParagraph]);
  });

  it("`---` breaks articles: the text after it is no longer the article's", () => {
    expect(articles(only(print(SEED.headline, SEED.firstParagraph, "", SEED.paragraph2)))).toHaveLength(1);
    const page = only(print(SEED.headline, SEED.firstParagraph, "", "---", "", SEED.paragraph2));
    expect(articles(page).map((a) => [a.headline, a.body.map((b) => b.line)])).toEqual([
      [SEED.headline, [2]],
      [undefined, [6]],
    ]);
    expect(page.marks).toEqual([{ line: 4, role: "break" }]);
    // A headline-less article is still one to check.
    expect(page.warnings.map((w) => w.line)).toEqual([6]);
  });

  it("`***` and `___` are article breaks too (CommonMark's thematic breaks)", () => {
    for (const rule of ["***", "___", "- - -"]) {
      expect(articles(only(print(SEED.headline, SEED.firstParagraph, "", rule, "", SEED.paragraph2)))).toHaveLength(2);
    }
  });

  it("`![](file)` puts a photo here, the next line its caption: a caption with no credit the reader takes for text", () => {
    expect(photos(only(print(SEED.caption)))).toEqual([]);
    const page = only(print("![](chongyang.jpg)", SEED.caption));
    expect(page.items).toEqual([{ kind: "photo", line: 1, caption: SEED.caption, src: "chongyang.jpg" }]);
    expect(page.marks).toEqual([{ line: 1, role: "photo" }]);
  });

  it("`![title](file)` gives the photo a title; `![]()` names no file, and `photos:` in the front matter does", () => {
    const page = only(print(`![${SEED.kicker}]()`, SEED.caption));
    expect(photos(page)[0]).toEqual({ kind: "photo", line: 1, title: SEED.kicker, caption: SEED.caption });
    const file = readPageFile(print("---", "photos: [chongyang.jpg, jiaojing.jpg]", "---", "![](jiaojing.jpg)", SEED.caption, "", "![]()", SEED.caption), "p.md");
    expect(photos(file[0]!).map((p) => [p.line, p.src])).toEqual([[4, "jiaojing.jpg"], [7, "chongyang.jpg"]]);
    expect(file[0]!.warnings).toEqual([{ line: 4, message: "the front matter names 2 photo file(s) for the 1 photo(s) whose photo mark names no file" }]);
  });

  it("a photo mark with nothing after it is a photo with no caption, with a warning", () => {
    const page = only(print(SEED.headline, SEED.firstParagraph, "", "![](chongyang.jpg)", "", `# ${SEED.headline2}`, SEED.dateline));
    expect(page.items.map((i) => [i.kind, i.line])).toEqual([["article", 1], ["photo", 4], ["article", 6]]);
    expect(page.warnings).toEqual([{ line: 4, message: "a photo mark with no caption on the line after it" }]);
  });
});

describe("marks next to each other", () => {
  // No page on hand prints all three over one story: the seed's kicker and headline of one article and its subtitle of another show the marks side by side.
  it("kicker, headline and subtitle: `##` above `#` is the kicker, below it the subtitle", () => {
    const page = only(print(`## ${SEED.kicker}`, `# ${SEED.headline2}`, `## ${SEED.subtitle}`, "", SEED.dateline));
    const a = articles(page)[0]!;
    expect([a.line, a.kicker, a.headline, a.subtitle]).toEqual([1, SEED.kicker, SEED.headline2, SEED.subtitle]);
    expect(a.dateline?.text).toBe("本报讯(通讯员 于嘉宇)");
    expect(page.marks).toEqual([
      { line: 1, role: "kicker" },
      { line: 2, role: "headline" },
      { line: 3, role: "subtitle" },
    ]);
  });

  it("a `#` headline printed over two lines is one headline", () => {
    const a = articles(only(print(`# ${SEED.kicker}`, `# ${SEED.headline2}`, SEED.dateline)))[0]!;
    expect([a.kicker, a.headline]).toEqual([undefined, `${SEED.kicker} ${SEED.headline2}`]);
  });

  it("two articles separated by `---`, each with its marked headline and byline", () => {
    const text = print(
      `# ${SEED.headline}`, `## ${SEED.subtitle}`, `*${SEED.byline}*`, SEED.firstParagraph,
      "", "---", "",
      `## ${SEED.kicker}`, `# ${SEED.headline2}`, SEED.dateline, SEED.paragraph2,
    );
    const page = only(text);
    expect(articles(page).map((a) => [a.line, a.kicker, a.headline, a.subtitle, a.byline?.text, a.dateline?.text, a.body.length])).toEqual([
      [1, undefined, SEED.headline, SEED.subtitle, SEED.byline, undefined, 1],
      [8, SEED.kicker, SEED.headline2, undefined, undefined, "本报讯(通讯员 于嘉宇)", 2],
    ]);
    expect(page.warnings).toEqual([]);
  });

  it("a photo mark, then its caption and a marked credit, ends the article before it", () => {
    const page = only(print(`# ${SEED.headline}`, SEED.firstParagraph, "", "![](chongyang.jpg)", "", SEED.caption, "", `*${SEED.photoCredit}*`, "", SEED.kicker, SEED.headline2, SEED.dateline));
    expect(page.items.map((i) => [i.kind, i.line])).toEqual([["article", 1], ["photo", 4], ["article", 10]]);
    const photo = photos(page)[0]!;
    expect([photo.caption, photo.credit?.text, photo.credit?.photo, photo.src]).toEqual([SEED.caption, SEED.photoCredit, true, "chongyang.jpg"]);
    expect(page.marks!.map((m) => m.role)).toEqual(["headline", "photo", "credit"]);
  });

  it("a photo mark over a caption with its credit on the same line splits them as the reader does", () => {
    const line = `${SEED.caption} ${SEED.photoCredit}`;
    const photo = photos(only(print("![](chongyang.jpg)", line)))[0]!;
    expect([photo.caption, photo.credit?.text]).toEqual([SEED.caption, SEED.photoCredit]);
  });

  it("marks need no blank lines between them: one paragraph per line reads the same", () => {
    const spaced = print(`## ${SEED.kicker}`, "", `# ${SEED.headline2}`, "", `*${SEED.byline}*`, "", SEED.dateline, "", "---", "", "![](chongyang.jpg)", "", SEED.caption);
    const packed = print(`## ${SEED.kicker}`, `# ${SEED.headline2}`, `*${SEED.byline}*`, SEED.dateline, "", "---", "![](chongyang.jpg)", SEED.caption);
    const shape = (p: PageModel) => JSON.stringify(p.items, (k, v) => (k === "line" ? undefined : v));
    expect(shape(only(packed))).toBe(shape(only(spaced)));
    expect(articles(only(packed))[0]!.byline?.text).toBe(SEED.byline);
  });
});

/** A text with a mark on every title, byline and crosshead line, as the reader reads them unmarked. */
function markAsRead(text: string): string {
  const lines = text.split(/\r?\n/);
  const marks = new Map<number, (line: string) => string>();
  for (const page of parsePages(text)) {
    for (const a of articles(page)) {
      const put = (title: string | undefined, mark: (line: string) => string) => {
        const k = lines.findIndex((l, k) => k + 1 >= a.line && l.trim() === title);
        if (title !== undefined && k >= 0) marks.set(k, mark);
      };
      put(a.kicker, (l) => `## ${l}`);
      put(a.headline, (l) => `# ${l}`);
      put(a.subtitle, (l) => `## ${l}`);
      put(a.byline?.text, (l) => `*${l.trim()}*`);
      for (const c of a.body) if (c.kind === "crosshead") marks.set(c.line - 1, (l) => `### ${l}`);
    }
  }
  return lines.map((l, k) => marks.get(k)?.(l) ?? l).join("\n");
}

const markedSeed = () => markAsRead(seedText);

describe("a mark on a line the reader already reads that way", () => {
  const strip = (pages: PageModel[]) => pages.map(({ marks: _, ...page }) => page);

  it("changes nothing: the seed with every title, byline and crosshead marked reads as the seed", () => {
    const marked = markedSeed();
    expect(marked).toContain(`# ${SEED.headline}`);
    expect(marked).toContain(`## ${SEED.kicker}`);
    expect(marked).toContain(`### ${SEED.crosshead}`);
    expect(marked).toContain(`*${SEED.byline}*`);
    const pages = parsePages(marked);
    expect(strip(pages)).toEqual(parsePages(seedText));
    expect(pages[0]!.marks!.slice(0, 4)).toEqual([
      { line: 3, role: "headline" },
      { line: 5, role: "subtitle" },
      { line: 7, role: "credit" },
      { line: 11, role: "crosshead" },
    ]);
  });

  // The reader's warnings of what it was unsure of may go: the marks settle it.
  const reading = (pages: PageModel[]) => pages.map(({ marks: _, warnings: __, ...page }) => page);
  const pages = ["test/fixtures/pdf-extract-front-page.txt", ...fs.readdirSync(path.join(root, "test/corpus")).filter((f) => f.endsWith(".txt")).map((f) => `test/corpus/${f}`)];
  it.each(pages)("changes nothing on %s with every title, byline and crosshead marked", (file) => {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    const marked = markAsRead(text);
    const [plain, read] = [parsePages(text), parsePages(marked)];
    expect(reading(read)).toEqual(reading(plain));
    expect(read.flatMap((p) => p.marks ?? []).length).toBe(marked.split("\n").filter((l, k) => l !== text.split(/\r?\n/)[k]).length);
    for (const [k, page] of read.entries()) expect(plain[k]!.warnings).toEqual(expect.arrayContaining(page.warnings));
  });

  it("changes nothing for a marked headline alone: the unmarked title lines beside it are its kicker and subtitle", () => {
    const kicker = print(SEED.kicker, "", `# ${SEED.headline2}`, "", SEED.dateline);
    expect(strip(parsePages(kicker))).toEqual(parsePages(print(SEED.kicker, "", SEED.headline2, "", SEED.dateline)));
    const subtitle = print(`# ${SEED.headline}`, "", SEED.subtitle, "", SEED.byline, "", SEED.firstParagraph);
    expect(strip(parsePages(subtitle))).toEqual(parsePages(print(SEED.headline, "", SEED.subtitle, "", SEED.byline, "", SEED.firstParagraph)));
  });

  it("changes nothing for a marked body paragraph or photo credit", () => {
    const plain = print(SEED.headline, SEED.firstParagraph, SEED.caption, SEED.photoCredit);
    const marked = print(SEED.headline, `\\${SEED.firstParagraph}`, SEED.caption, `*${SEED.photoCredit}*`);
    expect(strip(parsePages(marked))).toEqual(parsePages(plain));
    expect(photos(parsePages(plain)[0]!)).toHaveLength(1);
  });

  it("leaves a page with no marks without a `marks` field", () => {
    expect(parsePages(seedText).every((p) => !("marks" in p))).toBe(true);
  });
});

describe("a marked page is CommonMark", () => {
  const md = new MarkdownIt("commonmark", { html: false });

  it("previews as headings, a byline in italics, a rule, an image and paragraphs, with no raw HTML", () => {
    const html = md.render(
      print(
        `## ${SEED.kicker}`, `# ${SEED.headline2}`, `*${SEED.byline}*`, "", SEED.dateline, "",
        `### ${SEED.crosshead}`, "", `\\${SEED.paragraph2}`, "", "---", "", "![](chongyang.jpg)", "", SEED.caption,
      ),
    );
    expect(html).toBe(
      [
        `<h2>${SEED.kicker}</h2>`,
        `<h1>${SEED.headline2}</h1>`,
        `<p><em>${SEED.byline}</em></p>`,
        `<p>${SEED.dateline}</p>`,
        `<h3>${SEED.crosshead}</h3>`,
        `<p>\\${SEED.paragraph2}</p>`,
        "<hr />",
        `<p><img src="chongyang.jpg" alt="" /></p>`,
        `<p>${SEED.caption}</p>`,
        "",
      ].join("\n"),
    );
  });

  it("reads what a preview reads: `---` right under a line underlines it, so it is no break, and says so", () => {
    const page = only(print(SEED.headline, SEED.firstParagraph, "---", SEED.paragraph2));
    expect(md.render(print(SEED.firstParagraph, "---"))).toBe(`<h2>${SEED.firstParagraph}</h2>\n`);
    expect(articles(page)).toHaveLength(1);
    expect(page.extras).toEqual([{ line: 3, text: "---", kind: "ornament" }]);
    expect(page.warnings).toEqual([{ line: 3, message: expect.stringContaining("Leave a blank line before it") }]);
  });

  it("reads no mark where a preview sees none: `#` with no space, an indented code line", () => {
    const text = print(SEED.headline, "", `#${SEED.crosshead}`, "", `    # ${SEED.crosshead}`, "", SEED.firstParagraph);
    expect(md.render(text)).not.toMatch(/<h[1-6]>/);
    const page = only(text);
    expect(page.marks).toBeUndefined();
    expect(articles(page)).toHaveLength(1);
  });
});

describe("marks are not text", () => {
  it("leave no trace in the model: only a photo mark's file name is dropped from the letters and digits", () => {
    const text = print(`## ${SEED.kicker}`, `# ${SEED.headline2}`, `*${SEED.byline}*`, "---", "![](chongyang.jpg)", SEED.caption, `\\${SEED.paragraph2}`);
    expect(letterBag(withoutMarks(text))).toBe(letterBag(print(SEED.kicker, SEED.headline2, SEED.byline, SEED.caption, SEED.paragraph2)));
    expect(letterBag(text)).toBe(letterBag(withoutMarks(text) + "chongyangjpg"));
    expect(modelBag(parsePages(text))).toBe(letterBag(withoutMarks(text)));
  });

  it("keep their line numbers: the marked seed's items stand on the seed's own lines", () => {
    const marked = parsePages(markedSeed());
    expect(marked.flatMap((p) => p.items.map((i) => i.line))).toEqual(parsePages(seedText).flatMap((p) => p.items.map((i) => i.line)));
  });

  // Pieces of real lines and every mark, in any order: letters and digits are conserved.
  const piece = fc.oneof(
    fc.constantFrom(...Object.values(SEED), ...Object.values(RENMIN), ""),
    fc.tuple(fc.constantFrom("# ", "## ", "### ", "#### ", "\\", "> ", "- ", "1. ", "    "), fc.constantFrom(...Object.values(SEED))).map(([m, l]) => m + l),
    fc.constantFrom(...Object.values(SEED)).map((l) => `*${l}*`),
    fc.constantFrom("---", "***", "___", "===", "![](chongyang.jpg)", `![${SEED.kicker}](a/b 1.jpg "图")`, "![]()", "#", "\\", "*", "```"),
  );
  it("holds for generated marked pages", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom("\n", "\n\n", "\r\n"), (lines, eol) => {
        const text = lines.join(eol);
        expect(modelBag(parsePages(text))).toBe(letterBag(withoutMarks(text)));
      }),
      { numRuns: Number(process.env.BANMIAN_RUNS ?? 300) },
    );
  });
});

describe("banmian outline shows the marked lines", () => {
  it("lists each item's marks with their lines and roles, and --json carries them in `marks`", () => {
    const text = print(`## ${SEED.kicker}`, `# ${SEED.headline2}`, SEED.dateline, "", "---", "", "![](chongyang.jpg)", SEED.caption, `*${SEED.photoCredit}*`);
    const pages = parsePages(text);
    const out = outline("p.md", pages);
    expect(out).toContain(`    引题 ${SEED.kicker}\n    主题 ${SEED.headline2}\n`);
    expect(out).toContain("    [mark] l.1 引题, l.2 主题, l.5 article break\n  photo l.7 chongyang.jpg\n");
    expect(out).toContain("    [mark] l.7 photo, l.9 credit\n");
    expect(outline("p.md", parsePages(seedText))).not.toContain("[mark]");
    expect(JSON.parse(JSON.stringify(pages))[0].marks).toEqual([
      { line: 1, role: "kicker" },
      { line: 2, role: "headline" },
      { line: 5, role: "break" },
      { line: 7, role: "photo" },
      { line: 9, role: "credit" },
    ]);
  });
});

describe("the README's example", () => {
  it("reads as the README says", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const example = /### Editor's marks[\s\S]*?```markdown\n([\s\S]*?)```/u.exec(readme)![1]!;
    const page = only(example);
    const [a, second] = page.items;
    expect(a).toMatchObject({ kind: "article", headline: SEED.headline, subtitle: SEED.subtitle, byline: { text: SEED.byline } });
    expect(second).toMatchObject({ kind: "photo", src: "chongyang.jpg", credit: { text: SEED.photoCredit } });
    expect(page.items).toHaveLength(2);
    expect(page.marks!.map((m) => m.role)).toEqual(["headline", "subtitle", "credit", "crosshead", "break", "photo"]);
  });
});
