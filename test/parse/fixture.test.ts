// The PDF extract of a front page (test/fixtures/pdf-extract-front-page.txt):
// letter-spaced lines, text hard-wrapped every 12–15 characters, columns cut
// by blank lines, a masthead, a jump line and a footer on one line.
import { describe, expect, it } from "vitest";
import { parsePages, type Article } from "../../src/parse/index.ts";
import { articles, fixtureText, letterBag, modelBag, photos } from "./helpers.ts";

const pages = parsePages(fixtureText);
const page = pages[0]!;
const all = articles(page);
const byHeadline = (h: string) => all.find((a) => a.headline === h)!;
const withDateline = (text: string) => all.find((a) => a.dateline?.text.replace(/\s/g, "").startsWith(text))!;
const paragraph = (a: Article, opening: string) => a.body.find((b) => b.text.startsWith(opening))!;

describe("the PDF extract of a front page", () => {
  it("is one printed page, lines 1–361", () => {
    expect(pages).toHaveLength(1);
    expect(page.lines).toEqual({ from: 1, to: 361 });
  });

  it("loses and invents no letter or digit", () => {
    expect(modelBag(pages)).toBe(letterBag(fixtureText));
  });

  it("keeps the masthead lines as extras", () => {
    expect(page.extras.filter((e) => e.kind === "masthead").map((e) => e.line)).toEqual([1, 3, 5, 7]);
    expect(page.extras[0]!.text).toBe("CHINA OFFSHORE OIL PRESS");
  });

  it("un-spaces the letter-spaced title 中 国 海 油 党 组 召 开 (l.18)", () => {
    const a = all.find((x) => x.line === 18)!;
    expect(a.kicker).toBe("中国海油党组召开");
    expect(a.headline).toBe("2024年下半年巡视动员部署会");
    expect(a.dateline).toMatchObject({ source: "本报", people: [] });
  });

  it("un-spaces letter-spaced lines inside paragraphs", () => {
    const a = all.find((x) => x.line === 18)!;
    expect(a.body[0]!.text.replace(/\s/g, "")).toMatch(/^10月14日，中国海油党组召开2024年下半年巡视动员部署会，深入学习贯彻习近平新时代中国特色社会主义思想特别是习近平总书记/u);
    const p = paragraph(byHeadline("我国海上首个多层稠油热采项目陆地完工"), "循序渐进");
    expect(p.text).toBe(
      "循序渐进、稳扎稳打，以务实理性的态度推动人工智能发展落地见效。要加强人工智能顶层设计规划，推动从行业大模型向业务场景应用模型拓展；" +
        "结合公司发展阶段和发展实际，大力培育和引进人才，不断增强公司数字化团队的专业性和技术能力，在拥抱人工智能的时代中走得更稳、" +
        "行得更远，为打造人工智能“中国高地”作出海油贡献。",
    );
  });

  it("rejoins hard-wrapped paragraphs, also across a column break", () => {
    const a = all.find((x) => x.line === 18)!;
    expect(a.body.map((b) => b.line)).toEqual([21, 34, 53, 71, 87, 92]);
    const p34 = a.body[1]!;
    expect(p34.text).toContain("以习近平同志为核心的党中央");
    expect(p34.text.endsWith("更好发挥巡视在深化全面从严治党中的战略作用。")).toBe(true);
    // l.58 …健 | blank line | l.60 全中国特色…: one paragraph.
    expect(a.body[2]!.text).toContain("突出对全面深化改革、健全中国特色现代企业制度情况的监督");
    expect(a.body[2]!.text.endsWith("提供坚强保障。")).toBe(true);
    expect(a.body[4]!.text.replace(/\s/g, "")).toBe(
      "经集团党组批准，2024年下半年党组巡视共成立4个巡视组，分别对有限新能源部党支部和新能源分公司党委、中联公司党委、中海油服党委等开展巡视。",
    );
  });

  it("reads 宗何 (l.99) as the author closing the 巡视 article", () => {
    expect(all.find((x) => x.line === 18)!.credits).toEqual([{ text: "宗何", people: [{ names: ["宗何"] }] }]);
  });

  it("reads the dateline 本报讯 （记者徐昕联 通讯员 | 田明 宋宗泽 姜山） cut by a column break", () => {
    const a = withDateline("本报讯（记者徐昕联");
    expect(a.dateline).toMatchObject({
      source: "本报",
      people: [
        { role: "记者", names: ["徐昕联"] },
        { role: "通讯员", names: ["田明", "宋宗泽", "姜山"] },
      ],
    });
    expect(a.body[0]!.line).toBe(151);
    expect(a.body[0]!.text.replace(/\s/g, "").startsWith("10月14日，中国海油“海能”人工智能模型发布会在集团总部召开。")).toBe(true);
  });

  it("reads the dateline （记者郝艳军 通讯员曹晓林）, names run up to their roles", () => {
    const a = withDateline("本报讯（记者郝艳军");
    expect(a.dateline?.people).toEqual([
      { role: "记者", names: ["郝艳军"] },
      { role: "通讯员", names: ["曹晓林"] },
    ]);
    expect(a.body.map((b) => b.line)).toEqual([325, 331]);
  });

  it("reads “深海一号”二期完成首船原油外输 with the dateline （通讯员宁思雅）", () => {
    const a = byHeadline("“深海一号”二期完成首船原油外输");
    expect(a.line).toBe(337);
    expect(a.dateline?.people).toEqual([{ role: "通讯员", names: ["宁思雅"] }]);
    expect(a.body.map((b) => b.line)).toEqual([339, 345, 352]);
    expect(a.body[1]!.text.endsWith("采用“深浅结合”“新老结合”的思路进行建设。")).toBe(true);
  });

  it("attaches （下转第二版） (l.321) to 全力以赴跑好年度“最后一棒”", () => {
    const a = byHeadline("全力以赴跑好年度“最后一棒”");
    expect(a.subtitle).toBe("——中国海油各单位全力冲刺全年生产经营目标综述之二");
    expect(a.jumps).toEqual([{ text: "（下转第二版）", direction: "to", page: "第二版", line: 321 }]);
    expect(a.body.map((b) => b.line)).toEqual([251, 263, 295, 307]);
  });

  it("reads the two photos with the credit at the end of the caption", () => {
    expect(photos(page).map((p) => [p.line, p.caption, p.credit?.text, p.credit?.people])).toEqual([
      [101, "中国海油“海能”人工智能模型发布会在集团总部召开。", "本报记者 刘梦涛 摄", [{ role: "记者", names: ["刘梦涛"] }]],
      [323, "10 月 13 日，锦州 23-2 油田开发项目 CEPA 平台完工装船。", "特约记者 杜鹏辉 摄", [{ role: "特约记者", names: ["杜鹏辉"] }]],
    ]);
  });

  it("reads the one-line footer (l.361): editor, proofreader, phone", () => {
    expect(page.footer).toMatchObject({
      line: 361,
      editors: ["常容轩"],
      proofreaders: ["赵秀娟"],
      phone: "（010）84528274",
      roles: [
        { role: "本期值班副总编", names: ["姜啸啸"] },
        { role: "责任编辑", names: ["常容轩"] },
        { role: "责任校对", names: ["赵秀娟"] },
      ],
    });
  });

  it("warns, with the line, where the columns leave text with no headline", () => {
    for (const w of page.warnings) expect(w.line).toBeGreaterThan(0);
    expect(page.warnings.map((w) => w.line)).toContain(103);
  });
});
