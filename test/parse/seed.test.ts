// The seed (test/fixtures/000_8a1b2aab4ad79620.txt) read exactly as
// test/fixtures/seed-EXPECTED.md gives it: two printed pages of a city daily.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { main, type Io } from "../../src/cli/main.ts";
import { parsePages } from "../../src/parse/index.ts";
import { articles, crossheads, letterBag, modelBag, paragraphs, photos, root, seedFile, seedText } from "./helpers.ts";

const pages = parsePages(seedText);
const [A, B] = pages as [(typeof pages)[0], (typeof pages)[0]];

describe("the seed: two pages, split after page A's footer", () => {
  it("reads two pages: lines 3–60 and 64–94", () => {
    expect(pages).toHaveLength(2);
    expect(A.lines).toEqual({ from: 3, to: 60 });
    expect(B.lines).toEqual({ from: 64, to: 94 });
  });

  it("is sure of everything it read: no warnings, no extras", () => {
    expect(pages.flatMap((p) => p.warnings)).toEqual([]);
    expect(pages.flatMap((p) => p.extras)).toEqual([]);
  });

  it("loses and invents no letter or digit", () => {
    expect(modelBag(pages)).toBe(letterBag(seedText));
  });
});

describe("page A", () => {
  it("holds three articles and nothing else", () => {
    expect(A.items.map((i) => [i.kind, i.line])).toEqual([
      ["article", 3],
      ["article", 35],
      ["article", 45],
    ]);
  });

  describe("article 1: 主题 + ——副题, a byline, five crossheads", () => {
    const a = articles(A)[0]!;
    it("has its headline (l.3) and subtitle (l.5), no kicker", () => {
      expect(a.kicker).toBeUndefined();
      expect(a.headline).toBe("解放思想 深化改革 狠抓落实");
      expect(a.subtitle).toBe("——铁西全力抓好全区营商环境建设记事");
    });
    it("has the byline 本报通讯员 杜文翰 (l.7), no dateline", () => {
      expect(a.byline).toEqual({ text: "本报通讯员 杜文翰", source: "本报", people: [{ role: "通讯员", names: ["杜文翰"] }] });
      expect(a.dateline).toBeUndefined();
    });
    it("has a lead paragraph, then five crossheads each followed by its paragraph", () => {
      expect(a.body.map((b) => [b.kind, b.line])).toEqual([
        ["paragraph", 9],
        ["crosshead", 11],
        ["paragraph", 13],
        ["crosshead", 15],
        ["paragraph", 17],
        ["crosshead", 19],
        ["paragraph", 21],
        ["crosshead", 25],
        ["paragraph", 27],
        ["crosshead", 31],
        ["paragraph", 33],
      ]);
      expect(crossheads(a).map((c) => c.text)).toEqual([
        "全力推进招商引资 力争明显突破",
        "摸排重大项目线索 掌握产业布局",
        "提升金融服务工作 确保平稳运行",
        "进一步落实“四个责任” 建立处置机制",
        "加强商贸安全生产工作 保持形势平稳",
      ]);
    });
    it("mends the column breaks at l.21/23 and l.27/29 with no space", () => {
      const [, , , p21, p27] = paragraphs(a);
      expect(p21!.line).toBe(21);
      expect(p21!.text).toContain("12家资产管理公司开展了金融风险排查工作,会同市金融办");
      expect(p21!.text.endsWith("达成贷款意向5000余万元。")).toBe(true);
      expect(p27!.text).toContain("积极协调上级部门依法依规纪进行处置,切实帮助群众挽回损失");
      expect(p27!.text.endsWith("加快项目落地。")).toBe(true);
    });
    it("is not continued", () => expect(a.continued).toBeUndefined());
  });

  describe("article 2: 引题 + 主题, dateline 本报讯(通讯员 王健)", () => {
    const a = articles(A)[1]!;
    it("has its kicker (l.35) and headline (l.37)", () => {
      expect(a.kicker).toBe("明确责任分工 层层抓好落实");
      expect(a.headline).toBe("铁东召开城乡居民“两险”征收工作部署会议");
      expect(a.subtitle).toBeUndefined();
    });
    it("takes the dateline off its first paragraph", () => {
      expect(a.dateline).toEqual({ text: "本报讯(通讯员 王健)", source: "本报", people: [{ role: "通讯员", names: ["王健"] }] });
      expect(a.byline).toBeUndefined();
      expect(a.body[0]!.text.startsWith("为深入贯彻国家关于城乡居民")).toBe(true);
    });
    it("has three paragraphs at l.39, 41, 43", () => {
      expect(a.body.map((b) => [b.kind, b.line])).toEqual([
        ["paragraph", 39],
        ["paragraph", 41],
        ["paragraph", 43],
      ]);
    });
  });

  describe("article 3: 引题 + 主题, dateline 本报讯(通讯员 薛丽丽)", () => {
    const a = articles(A)[2]!;
    it("has its kicker (l.45) and headline (l.47)", () => {
      expect(a.kicker).toBe("发挥部门职能作用 助推民营企业发展");
      expect(a.headline).toBe("伊通人社局开展深化助企纾困活动");
    });
    it("reads the dateline's people", () => {
      expect(a.dateline?.source).toBe("本报");
      expect(a.dateline?.people).toEqual([{ role: "通讯员", names: ["薛丽丽"] }]);
    });
    it("has four paragraphs, l.51 joined with l.53", () => {
      expect(a.body.map((b) => b.line)).toEqual([49, 51, 55, 57]);
      expect(a.body[1]!.text).toContain("确保政策知晓率,为推动民营企业");
      expect(a.body.every((b) => b.kind === "paragraph")).toBe(true);
    });
  });

  it("closes with the footer (l.59–60): editors, proofreader, mailbox", () => {
    expect(A.footer).toMatchObject({
      line: 59,
      editors: ["辛宏", "王森"],
      proofreaders: ["刘铁铮"],
      email: "sprbxjyw@163.com",
      lines: ["本版编辑 辛宏 王森 本版校对 刘铁铮", "电子邮箱: sprbxjyw@163.com"],
    });
  });
});

describe("page B", () => {
  it("holds a photo, two articles and a photo, and no footer", () => {
    expect(B.items.map((i) => [i.kind, i.line])).toEqual([
      ["photo", 64],
      ["article", 68],
      ["article", 78],
      ["photo", 92],
    ]);
    expect(B.footer).toBeUndefined();
  });

  it("reads the first photo: caption l.64, credit 本报通讯员 张绍杰 摄 (l.66)", () => {
    const p = photos(B)[0]!;
    expect(p.caption).toBe(
      "重阳节前夕,双辽福康医院党支部开展了“九九重阳节,浓浓敬老情”活动,组织多名医护人员走进社区为老人进行义诊。",
    );
    expect(p.title).toBeUndefined();
    expect(p.credit).toEqual({
      text: "本报通讯员 张绍杰 摄",
      source: "本报",
      people: [{ role: "通讯员", names: ["张绍杰"] }],
      photo: true,
    });
  });

  it("reads the 双辽 article: 引题 l.68, 主题 l.70, dateline, three paragraphs", () => {
    const a = articles(B)[0]!;
    expect([a.kicker, a.headline]).toEqual(["增强防灾意识 提高应急能力", "双辽开展国际减灾日宣传活动"]);
    expect(a.dateline?.text).toBe("本报讯(通讯员 于嘉宇)");
    expect(a.dateline?.people).toEqual([{ role: "通讯员", names: ["于嘉宇"] }]);
    expect(a.body.map((b) => b.line)).toEqual([72, 74, 76]);
    expect(a.continued).toBeUndefined();
  });

  it("reads the 梨树 article as continued: two paragraphs, each two pieces joined", () => {
    const a = articles(B)[1]!;
    expect([a.kicker, a.headline]).toEqual(["严守“三线”思维 拓展健康脱贫成果", "梨树召开医疗机构疫情防控及乡村振兴工作会议"]);
    expect(a.dateline?.people).toEqual([{ role: "通讯员", names: ["张玉雪"] }]);
    expect(a.body.map((b) => [b.kind, b.line])).toEqual([
      ["paragraph", 82],
      ["paragraph", 86],
    ]);
    expect(a.body[0]!.text).toContain("提升迎检能力等方面工作,日前");
    // l.86 is short like a heading, but it is a sentence cut by a column break.
    expect(a.body[1]!.text).toContain("国家联防联控机制综发〔2021〕96号文件");
    expect(a.body[1]!.text.endsWith("相关人员")).toBe(true);
    expect(a.continued).toBe(true);
  });

  it("reads the last photo: caption l.92, credit 本报通讯员 王仁海 摄 (l.94)", () => {
    const p = photos(B)[1]!;
    expect(p.caption.startsWith("梨树县交警部门开展“文明创城”交通秩序整治攻坚战。")).toBe(true);
    expect(p.caption.endsWith("行人闯红灯等不文明行为。")).toBe(true);
    expect(p.credit?.people).toEqual([{ role: "通讯员", names: ["王仁海"] }]);
    expect(p.credit?.photo).toBe(true);
  });
});

describe("the command line gives the same reading", () => {
  it("main(['outline', seed, '--json']) prints {pages} equal to parsePages", async () => {
    let out = "";
    let err = "";
    const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t) };
    expect(await main(["outline", seedFile, "--json"], io)).toBe(0);
    expect(err).toBe("");
    expect(JSON.parse(out)).toEqual({ pages: JSON.parse(JSON.stringify(pages)) });
  });

  it("`npx banmian outline seed --json` prints pure JSON on stdout", () => {
    const stdout = execFileSync("npx", ["banmian", "outline", seedFile, "--json"], { cwd: root, encoding: "utf8" });
    expect(() => JSON.parse(stdout)).not.toThrow();
    expect(JSON.parse(stdout)).toEqual({ pages: JSON.parse(JSON.stringify(pages)) });
  });
});
