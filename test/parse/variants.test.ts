// Each variant real pages use, on a small sample written for the test: the
// print first, then the reading it must give.
import { describe, expect, it } from "vitest";
import { parsePages, type PageModel } from "../../src/parse/index.ts";
import { articles, letterBag, modelBag, photos, print } from "./helpers.ts";

/** Reads a sample and checks, for every sample, that no letter or digit was lost or invented. */
function read(text: string): PageModel[] {
  const pages = parsePages(text);
  expect(modelBag(pages)).toBe(letterBag(text));
  return pages;
}
const one = (text: string) => {
  const pages = read(text);
  expect(pages).toHaveLength(1);
  return pages[0]!;
};
const firstArticle = (text: string) => articles(one(text))[0]!;

describe("titles", () => {
  it("引题 + 主题", () => {
    const a = firstArticle(print(
      "明确责任分工 层层抓好落实",
      "",
      "铁东召开城乡居民“两险”征收工作部署会议",
      "",
      "本报讯(通讯员 王健)日前，铁东区召开城乡居民“两险”征收工作部署会议。",
    ));
    expect([a.kicker, a.headline, a.subtitle]).toEqual(["明确责任分工 层层抓好落实", "铁东召开城乡居民“两险”征收工作部署会议", undefined]);
    expect(a.line).toBe(1);
  });

  it("主题 + ——副题", () => {
    const a = firstArticle(print(
      "金秋时节稻谷香",
      "——梨树县小宽镇水稻喜获丰收",
      "本报记者 张明",
      "眼下正值秋收时节，小宽镇的万亩稻田里，收割机来回穿梭。",
    ));
    expect([a.kicker, a.headline, a.subtitle]).toEqual([undefined, "金秋时节稻谷香", "——梨树县小宽镇水稻喜获丰收"]);
  });

  it.each(["——", "—", "－－", "--", "── "])("a 副题 opening with %s", (dash) => {
    const a = firstArticle(print("金秋时节稻谷香", `${dash}梨树县小宽镇水稻喜获丰收`, "本报记者 张明", "眼下正值秋收时节。"));
    expect([a.headline, a.subtitle]).toEqual(["金秋时节稻谷香", `${dash}梨树县小宽镇水稻喜获丰收`]);
  });

  it("引题 + 主题 + 副题", () => {
    const a = firstArticle(print(
      "坚持以人民为中心",
      "我市民生实事项目全部完工",
      "总投资逾12亿元 惠及群众百万人次",
      "",
      "本报讯（记者 李晓东）记者从市发改委获悉，今年确定的十件民生实事全部完工。",
    ));
    expect([a.kicker, a.headline, a.subtitle]).toEqual(["坚持以人民为中心", "我市民生实事项目全部完工", "总投资逾12亿元 惠及群众百万人次"]);
    expect(a.body).toEqual([{ kind: "paragraph", text: "记者从市发改委获悉，今年确定的十件民生实事全部完工。", line: 5 }]);
  });

  const text4 = print(
    "深入学习贯彻党的二十大精神",
    "奋力谱写高质量发展新篇章",
    "全市重点项目建设观摩会召开",
    "——38个项目集中开工 总投资156亿元",
    "本报讯（记者 张明）14日，全市重点项目建设观摩会召开。",
  );
  it("a kicker spanning two lines, before the 主题 and a ——副题", () => {
    const a = firstArticle(text4);
    expect(a.kicker).toBe("深入学习贯彻党的二十大精神 奋力谱写高质量发展新篇章");
    expect(a.headline).toBe("全市重点项目建设观摩会召开");
    expect(a.subtitle).toBe("——38个项目集中开工 总投资156亿元");
    expect(one(text4).warnings).toEqual([]);
  });

  it("a column label □… heads the article that follows it", () => {
    const page = one(print(
      "□聚焦乡村振兴",
      "",
      "小木耳撑起致富大产业",
      "",
      "本报讯（通讯员 李强）走进黄泥河镇的木耳种植基地，一排排菌袋整齐排列。",
    ));
    expect(page.items).toHaveLength(1);
    const a = articles(page)[0]!;
    expect(a.column).toBe("□聚焦乡村振兴");
    expect(a.headline).toBe("小木耳撑起致富大产业");
    expect(a.line).toBe(1);
  });

  it("crossheads inside an article, even ones that look like headlines, are not new articles", () => {
    const page = one(print(
      "全市新增就业岗位1.2万个",
      "",
      "本报讯(通讯员 王健)今年以来，全市新增城镇就业1.2万人。",
      "",
      "一、强化组织领导 压实工作责任",
      "",
      "各部门要把思想和行动统一到市委决策部署上来。",
      "",
      "搭建线上线下招聘平台",
      "",
      "今年以来，全市举办招聘会36场，提供岗位8000余个。",
    ));
    expect(page.items).toHaveLength(1);
    const a = articles(page)[0]!;
    expect(a.body.map((b) => [b.kind, b.line])).toEqual([
      ["paragraph", 3],
      ["crosshead", 5],
      ["paragraph", 7],
      ["crosshead", 9],
      ["paragraph", 11],
    ]);
    expect(a.body[1]!.text).toBe("一、强化组织领导 压实工作责任");
  });
});

describe("credits", () => {
  const dateline = (first: string) =>
    firstArticle(print("铁东召开会议", "", first, "", "会议强调，要明确目标，落实责任。")).dateline;

  it.each([
    ["本报讯(记者 张明)近日，铁东区召开会议。", "本报讯(记者 张明)"],
    ["本报讯（记者 张明）近日，铁东区召开会议。", "本报讯（记者 张明）"],
    ["本报讯 ( 记者  张明 ) 近日，铁东区召开会议。", "本报讯 ( 记者  张明 )"],
    ["本报讯（记者张明）近日，铁东区召开会议。", "本报讯（记者张明）"],
  ])("reads %s with any brackets and spacing", (first, text) => {
    expect(dateline(first)).toEqual({ text, source: "本报", people: [{ role: "记者", names: ["张明"] }] });
  });

  it("reads several people per role and several roles: 本报讯（记者 张明 李晓燕 通讯员 王健）", () => {
    expect(dateline("本报讯（记者 张明 李晓燕 通讯员 王健）近日，铁东区召开会议。")?.people).toEqual([
      { role: "记者", names: ["张明", "李晓燕"] },
      { role: "通讯员", names: ["王健"] },
    ]);
  });

  it.each(["记者", "通讯员", "实习生", "见习记者", "特约记者", "特约通讯员"])("reads the role %s", (role) => {
    expect(dateline(`本报讯（${role} 赵一鸣）近日，铁东区召开会议。`)?.people).toEqual([{ role, names: ["赵一鸣"] }]);
  });

  it("reads role words and names run together: 记者张明通讯员李强赵刚", () => {
    expect(dateline("本报讯（记者张明通讯员李强赵刚）近日，铁东区召开会议。")?.people).toEqual([
      { role: "记者", names: ["张明"] },
      { role: "通讯员", names: ["李强", "赵刚"] },
    ]);
  });

  it("reads a two-character name padded with a space as one name: 刘　洋, 孙 悦", () => {
    expect(dateline("本报讯（记者 刘　洋 孙 悦）近日，铁东区召开会议。")?.people).toEqual([{ role: "记者", names: ["刘洋", "孙悦"] }]);
  });

  it("reads a byline with the source before each role: 本报记者 张明 本报通讯员 李强 赵刚", () => {
    const a = firstArticle(print("金秋时节稻谷香", "", "本报记者 张明 本报通讯员 李强 赵刚", "", "眼下正值秋收时节，收割机来回穿梭。"));
    expect(a.byline).toEqual({
      text: "本报记者 张明 本报通讯员 李强 赵刚",
      source: "本报",
      people: [
        { role: "记者", names: ["张明"] },
        { role: "通讯员", names: ["李强", "赵刚"] },
      ],
    });
    expect(a.body).toHaveLength(1);
  });

  it("reads a wire dateline: 新华社北京10月13日电（记者 王晓 刘　洋）", () => {
    const a = firstArticle(print(
      "9月份CPI同比上涨0.7%",
      "",
      "新华社北京10月13日电（记者 王晓 刘　洋）国家统计局13日发布数据显示，9月份全国居民消费价格同比上涨0.7%。",
    ));
    expect(a.headline).toBe("9月份CPI同比上涨0.7%");
    expect(a.dateline).toMatchObject({ source: "新华社", place: "北京10月13日电", people: [{ role: "记者", names: ["王晓", "刘洋"] }] });
    expect(a.body[0]!.text.startsWith("国家统计局13日发布数据")).toBe(true);
  });

  it("reads a closing wire note （据新华社长春10月12日电） as the article's credit", () => {
    const a = firstArticle(print(
      "吉林秋粮收获进度过半",
      "",
      "记者从吉林省农业农村厅了解到，全省秋粮收获进度已过半。",
      "",
      "（据新华社长春10月12日电）",
    ));
    expect(a.credits).toEqual([{ text: "（据新华社长春10月12日电）", source: "新华社", place: "长春10月12日电", people: [] }]);
    expect(a.body).toHaveLength(1);
  });

  it("reads 本报讯 with no name", () => {
    const a = firstArticle(print("金秋时节稻谷香", "", "本报讯　近日，梨树县水稻喜获丰收。"));
    expect(a.dateline).toEqual({ text: "本报讯", source: "本报", people: [] });
    expect(a.body[0]!.text).toBe("近日，梨树县水稻喜获丰收。");
  });

  it("reads an author line closing the article: a name alone, and （作者系…）", () => {
    const page = one(print(
      "以实干笃定前行",
      "",
      "奋斗是青春最亮丽的底色。广大青年要勇于担当，在实干中成长。",
      "",
      "（作者系市委党校教授）",
      "",
      "李明远",
    ));
    expect(page.items).toHaveLength(1);
    const a = articles(page)[0]!;
    expect(a.headline).toBe("以实干笃定前行");
    expect(a.credits).toEqual([
      { text: "（作者系市委党校教授）", people: [] },
      { text: "李明远", people: [{ names: ["李明远"] }] },
    ]);
  });

  it("reads a desk code glued to a photo credit: ⑤2张华 刘洋 摄", () => {
    const p = photos(one(print("市民在公园里晨练。", "", "⑤2张华 刘洋 摄")))[0]!;
    expect(p.credit).toEqual({ text: "⑤2张华 刘洋 摄", code: "⑤2", people: [{ names: ["张华", "刘洋"] }], photo: true });
  });
});

describe("photos", () => {
  it("reads a caption and a credit line ending in 摄", () => {
    const p = photos(one(print("重阳节前夕，社区志愿者为老人义诊。", "", "本报通讯员 张绍杰 摄")))[0]!;
    expect(p).toMatchObject({ kind: "photo", line: 1, caption: "重阳节前夕，社区志愿者为老人义诊。" });
    expect(p.credit?.people).toEqual([{ role: "通讯员", names: ["张绍杰"] }]);
  });

  it("reads the credit at the end of the caption itself", () => {
    const page = one(print(
      "重阳节前夕，社区志愿者为老人进行义诊。 本报通讯员 张绍杰 摄",
      "",
      "工会干部与劳模代表合影留念。⑤2李丽摄",
    ));
    expect(page.items.map((i) => i.kind)).toEqual(["photo", "photo"]);
    const [p1, p2] = photos(page) as [ReturnType<typeof photos>[0], ReturnType<typeof photos>[0]];
    expect(p1.caption).toBe("重阳节前夕，社区志愿者为老人进行义诊。");
    expect(p1.credit).toMatchObject({ text: "本报通讯员 张绍杰 摄", source: "本报", photo: true });
    expect(p2.caption).toBe("工会干部与劳模代表合影留念。");
    expect(p2.credit).toMatchObject({ text: "⑤2李丽摄", code: "⑤2", people: [{ names: ["李丽"] }], photo: true });
    expect(p2.line).toBe(3);
  });

  it("reads a credit in brackets, at the end of the caption or on its own line", () => {
    const page = one(print("村民在田间收割水稻。（本报记者 张明 摄）", "", "游客在景区观赏红叶。", "（新华社记者 王五 摄）"));
    expect(photos(page).map((p) => [p.line, p.caption, p.credit])).toEqual([
      [1, "村民在田间收割水稻。", { text: "（本报记者 张明 摄）", source: "本报", people: [{ role: "记者", names: ["张明"] }], photo: true }],
      [3, "游客在景区观赏红叶。", { text: "（新华社记者 王五 摄）", source: "新华社", people: [{ role: "记者", names: ["王五"] }], photo: true }],
    ]);
    expect(page.warnings).toEqual([]);
  });

  it("reads a short title line over a photo", () => {
    const p = photos(one(print("金秋时节稻谷香", "", "村民在田间收割水稻，脸上洋溢着丰收的喜悦。", "", "本报记者 王五 摄")))[0]!;
    expect(p).toMatchObject({ line: 1, title: "金秋时节稻谷香", caption: "村民在田间收割水稻，脸上洋溢着丰收的喜悦。" });
  });

  it("never gives a caption to the paragraph before it: that paragraph is continued", () => {
    const page = one(print(
      "市委常委会召开扩大会议",
      "",
      "本报讯（记者 张明）13日，市委常委会召开扩大会议，传达学习省委全会精神，研究部署",
      "",
      "村民们在家门口参加技能培训。",
      "",
      "本报通讯员 张绍杰 摄",
    ));
    expect(page.items.map((i) => i.kind)).toEqual(["article", "photo"]);
    const a = articles(page)[0]!;
    expect(a.continued).toBe(true);
    expect(a.body).toEqual([{ kind: "paragraph", text: "13日，市委常委会召开扩大会议，传达学习省委全会精神，研究部署", line: 3 }]);
    expect(photos(page)[0]!.caption).toBe("村民们在家门口参加技能培训。");
  });
});

describe("page footers", () => {
  const story = ["金秋时节稻谷香", "", "本报讯 近日，梨树县水稻喜获丰收。", ""];

  it("reads a footer over several lines with 责任编辑, 版式制作, 校对, 电话, E-mail", () => {
    const page = one(print(...story, "责任编辑：张三　版式制作：李四", "校对：王五　电话：0434-3266101", "E-mail:sprb@163.com"));
    expect(page.footer).toMatchObject({
      line: 5,
      editors: ["张三"],
      proofreaders: ["王五"],
      phone: "0434-3266101",
      email: "sprb@163.com",
      roles: [
        { role: "责任编辑", names: ["张三"] },
        { role: "版式制作", names: ["李四"] },
        { role: "校对", names: ["王五"] },
      ],
    });
    expect(page.footer!.lines).toHaveLength(3);
  });

  it("reads 美编 and 本版校对 on one line", () => {
    const page = one(print(...story, "本版编辑 辛宏 美编 孙 悦 本版校对 刘铁铮 电子邮箱: sprbxjyw@163.com"));
    expect(page.footer).toMatchObject({ editors: ["辛宏"], proofreaders: ["刘铁铮"], email: "sprbxjyw@163.com" });
    expect(page.footer!.roles).toContainEqual({ role: "美编", names: ["孙悦"] });
  });

  it("reads a footer at the head of the text as this page's", () => {
    const page = one(print("本版编辑 辛宏 本版校对 刘铁铮", "电子邮箱: sprbxjyw@163.com", "", ...story));
    expect(page.footer).toMatchObject({ line: 1, editors: ["辛宏"], proofreaders: ["刘铁铮"] });
    expect(page.items).toHaveLength(1);
    expect(page.lines).toEqual({ from: 1, to: 6 });
  });
});

describe("jump lines", () => {
  it("attaches （下转第二版） to the article it ends", () => {
    const a = firstArticle(print(
      "全力以赴跑好年度“最后一棒”",
      "",
      "本报讯 10月9日，公司召开三季度生产经营形势分析会，部署四季度工作。",
      "",
      "（下转第二版）",
    ));
    expect(a.jumps).toEqual([{ text: "（下转第二版）", direction: "to", page: "第二版", line: 5 }]);
  });

  it("attaches a jump closing a paragraph", () => {
    const a = firstArticle(print("市教育局部署校园安全工作", "", "本报讯　近日，市教育局召开全市中小学安全工作会议。（下转第二版）"));
    expect(a.body[0]!.text).toBe("近日，市教育局召开全市中小学安全工作会议。");
    expect(a.jumps).toEqual([{ text: "（下转第二版）", direction: "to", page: "第二版", line: 3 }]);
  });

  it("opens a headline-less article with （上接第一版】, brackets mismatched, with no warning", () => {
    const page = one(print("（上接第一版】", "", "　　各地还将进一步完善农村养老服务体系，推动养老服务向农村延伸。"));
    const a = articles(page)[0]!;
    expect(a.line).toBe(1);
    expect(a.headline).toBeUndefined();
    expect(a.jumps).toEqual([{ text: "（上接第一版】", direction: "from", page: "第一版", line: 1 }]);
    expect(a.body).toEqual([{ kind: "paragraph", text: "各地还将进一步完善农村养老服务体系，推动养老服务向农村延伸。", line: 3 }]);
    expect(page.warnings).toEqual([]);
  });
});

describe("column breaks", () => {
  it("joins CJK pieces with no space and Latin words with one", () => {
    const a = firstArticle(print(
      "国际论坛在我市开幕",
      "",
      "本报讯 论坛上，来自各国的代表围绕the Belt and",
      "",
      "Road Initiative展开讨论，并就深化合作达成",
      "",
      "共识。",
    ));
    expect(a.body).toEqual([
      { kind: "paragraph", text: "论坛上，来自各国的代表围绕the Belt and Road Initiative展开讨论，并就深化合作达成共识。", line: 3 },
    ]);
    expect(a.continued).toBeUndefined();
  });

  it("marks a paragraph that stops mid-sentence at the end of the text as continued", () => {
    const a = firstArticle(print("梨树召开工作会议", "", "本报讯(通讯员 张玉雪)会上，与会人员共同学习了相关文件，同时对"));
    expect(a.continued).toBe(true);
  });
});

describe("layouts", () => {
  const web = [
    "增强防灾意识 提高应急能力",
    "双辽开展国际减灾日宣传活动",
    "本报讯（通讯员 于嘉宇）为切实做好国际减灾日的宣传工作，近日，双辽市开展了宣传活动。",
    "　　宣传活动以悬挂宣传条幅、摆放宣传展板等形式开展。",
    "    此次活动展出宣传板33块，发放宣传手册100余册。",
  ];
  const expectWeb = (page: PageModel) => {
    const a = articles(page)[0]!;
    expect([a.kicker, a.headline]).toEqual(["增强防灾意识 提高应急能力", "双辽开展国际减灾日宣传活动"]);
    expect(a.dateline?.people).toEqual([{ role: "通讯员", names: ["于嘉宇"] }]);
    expect(a.body.map((b) => [b.line, b.text.slice(0, 4)])).toEqual([
      [3, "为切实做"],
      [4, "宣传活动"],
      [5, "此次活动"],
    ]);
  };

  it("reads one paragraph per line (web copies), indented with U+3000 or spaces", () => expectWeb(one(web.join("\n"))));
  it("reads CRLF line ends", () => expectWeb(one(web.join("\r\n"))));
  it("reads text opening with a BOM", () => expectWeb(one(`\uFEFF${web.join("\r\n")}`)));

  it("un-spaces letter-spaced lines from PDF extraction, keeping Latin runs apart", () => {
    const a = firstArticle(print(
      "中 国 海 油 党 组 召 开 巡 视 动 员 部 署 会",
      "",
      "本 报 讯 10 月 14 日 ， 中 国 海 油 在 CEPA 平 台 召 开 会 议 。",
    ));
    expect(a.headline).toBe("中国海油党组召开巡视动员部署会");
    expect(a.body[0]!.text.replace(/\s/g, "")).toBe("10月14日，中国海油在CEPA平台召开会议。");
  });

  it("rejoins paragraphs hard-wrapped every 12–15 characters", () => {
    const a = firstArticle(print(
      "全市巡视工作动员部署会召开",
      "",
      "本报讯（记者 张明）10月14",
      "日，市委召开全市巡视工作动",
      "员部署会，深入学习贯彻省委",
      "巡视工作会议精神。",
      "会议指出，要深刻认识抓好巡",
      "视工作的重要性紧迫性，始终",
      "坚持政治巡视定位。",
    ));
    expect(a.dateline?.people).toEqual([{ role: "记者", names: ["张明"] }]);
    expect(a.body).toEqual([
      { kind: "paragraph", text: "10月14日，市委召开全市巡视工作动员部署会，深入学习贯彻省委巡视工作会议精神。", line: 3 },
      { kind: "paragraph", text: "会议指出，要深刻认识抓好巡视工作的重要性紧迫性，始终坚持政治巡视定位。", line: 7 },
    ]);
  });

  it("does not take one-sentence paragraphs of like length, one per line, for hard-wrapped text", () => {
    const a = firstArticle(print(
      "金秋",
      "",
      "本报讯 截至12日，全市秋粮收获进度已经过半了。",
      "其中，玉米收获面积达到120万亩，占总面积52%。",
      "水稻收获面积35万亩，收获进度快于去年的同期。",
      "各地农机部门组织农机手抢抓晴好天气抓紧收获。",
      "市农业农村局将继续做好秋收秋种服务保障工作。",
    ));
    expect(a.body.map((b) => b.line)).toEqual([3, 4, 5, 6, 7]);
    expect(a.body[0]!.text).toBe("截至12日，全市秋粮收获进度已经过半了。");
  });

  it("does not take a block of title lines of like length for hard-wrapped text", () => {
    const a = firstArticle(print(
      "坚持以人民为中心",
      "我市民生实事项目全部完工",
      "——总投资逾12亿元",
      "本报讯（记者 李晓东）记者从市发改委获悉，今年确定的十件民生实事全部完工。",
    ));
    expect([a.kicker, a.headline, a.subtitle]).toEqual(["坚持以人民为中心", "我市民生实事项目全部完工", "——总投资逾12亿元"]);
  });
});

describe("page splitting", () => {
  const page = (title: string, footer: string) => [title, "", `本报讯 近日，${title}。`, "", footer];

  it("splits a dump after each page footer", () => {
    const pages = read(print(...page("梨树县水稻喜获丰收", "本版编辑 辛宏"), "", "", "", ...page("双辽开展减灾宣传", "本版编辑 王森")));
    expect(pages.map((p) => [p.lines, p.footer?.editors])).toEqual([
      [{ from: 1, to: 5 }, ["辛宏"]],
      [{ from: 9, to: 13 }, ["王森"]],
    ]);
  });

  it("does not split on blank lines alone", () => {
    const pages = read(print("梨树县水稻喜获丰收", "", "本报讯 近日，梨树县水稻喜获丰收，收割机", "", "", "", "", "来回穿梭。", "", "", "", "双辽开展减灾宣传", "", "本报讯 近日，双辽开展减灾宣传。"));
    expect(pages).toHaveLength(1);
    expect(articles(pages[0]!).map((a) => a.headline)).toEqual(["梨树县水稻喜获丰收", "双辽开展减灾宣传"]);
    expect(articles(pages[0]!)[0]!.body[0]!.text).toBe("近日，梨树县水稻喜获丰收，收割机来回穿梭。");
  });

  it("numbers the pages of a dump from the first page given", () => {
    const pages = parsePages(print(...page("梨树县水稻喜获丰收", "本版编辑 辛宏"), ...page("双辽开展减灾宣传", "本版编辑 王森")), { paper: "四平日报", date: "2021-10-14", page: 3 });
    expect(pages.map((p) => [p.paper, p.date, p.page])).toEqual([
      ["四平日报", "2021-10-14", 3],
      ["四平日报", "2021-10-14", 4],
    ]);
  });
});

describe("lines that belong to no article", () => {
  it("keeps e-paper navigation and the masthead as extras", () => {
    const page = one(print(
      "上一版 下一版 本期共12版 当前第5版",
      "2021年10月14日 星期四",
      "",
      "金秋时节稻谷香",
      "",
      "本报讯 近日，梨树县水稻喜获丰收。",
    ));
    expect(page.extras).toEqual([
      { line: 1, text: "上一版 下一版 本期共12版 当前第5版", kind: "navigation" },
      { line: 2, text: "2021年10月14日 星期四", kind: "masthead" },
    ]);
    expect(page.items).toHaveLength(1);
  });
});

describe("warnings name their source line", () => {
  it("warns of text with no headline", () => {
    const page = one(print("", "村民们说，今年是个丰收年。"));
    expect(page.warnings).toEqual([{ line: 2, message: expect.stringContaining("no headline") }]);
  });

  it("warns of a headline with no text", () => {
    const page = one(print("金秋时节稻谷香"));
    expect(page.warnings).toEqual([{ line: 1, message: expect.stringContaining("no text") }]);
  });

  it("warns of a dateline whose bracket is never closed, and keeps the names in the text", () => {
    const page = one(print("铁东召开会议", "", "本报讯（记者 张明 近日，铁东区召开会议。"));
    expect(page.warnings).toEqual([{ line: 3, message: expect.stringContaining("never closed") }]);
    expect(articles(page)[0]!.body[0]!.text).toBe("（记者 张明 近日，铁东区召开会议。");
  });

  it("reads a dateline that lost its opening bracket, with a warning", () => {
    const page = one(print("铁东召开会议", "", "本报讯 记者 张明） 近日，铁东区召开会议。"));
    expect(articles(page)[0]!.dateline?.people).toEqual([{ role: "记者", names: ["张明"] }]);
    expect(page.warnings).toEqual([{ line: 3, message: expect.stringContaining("no opening one") }]);
  });
});

describe("lines left with nothing to belong to", () => {
  it("keeps a 上接 line with no text after it as an extra, with a warning", () => {
    const page = one(print("（上接第一版）"));
    expect(page.extras).toEqual([{ line: 1, text: "（上接第一版）", kind: "jump" }]);
    expect(page.warnings).toEqual([{ line: 1, message: expect.stringContaining("no article") }]);
  });

  it("keeps a column label heading no article as an extra, with a warning", () => {
    const page = one(print("□聚焦乡村振兴", "", "■民生关注", "", "小木耳撑起致富大产业", "", "本报讯 近日，黄泥河镇木耳喜获丰收。"));
    expect(page.extras).toEqual([{ line: 1, text: "□聚焦乡村振兴", kind: "column" }]);
    expect(page.warnings).toEqual([{ line: 1, message: expect.stringContaining("no article") }]);
    expect(articles(page)[0]!.column).toBe("■民生关注");
  });
});

describe("a page from another paper: a 人民日报 web copy", () => {
  const text = print(
    "人民日报 2024年10月16日 第 01 版",
    "",
    "产业链供应链韧性持续增强",
    "前三季度规上工业增加值增长5.8%",
    "",
    "　　本报记者　王　浩",
    "",
    "　　今年以来，各地区各部门坚持稳中求进工作总基调，工业经济运行总体平稳。",
    "",
    "　　■ 新动能加快成长",
    "",
    "　　高技术制造业增加值同比增长9.1%，增速快于全部规上工业。",
    "",
    "　　■ 外贸稳中有进",
    "",
    "　　前三季度，货物贸易进出口总值同比增长5.3%。",
    "",
    "　　《 人民日报 》（ 2024年10月16日 01 版）",
    "",
    "图为江苏省连云港港集装箱码头一派繁忙景象。",
    "王　春摄（人民视觉）",
  );
  const page = one(text);

  it("keeps the masthead line and the web copy's source line as extras", () => {
    expect(page.extras).toEqual([
      { line: 1, text: "人民日报 2024年10月16日 第 01 版", kind: "masthead" },
      { line: 18, text: "《 人民日报 》（ 2024年10月16日 01 版）", kind: "source" },
    ]);
  });

  it("reads ■ lines between paragraphs as crossheads, not column labels", () => {
    const a = articles(page)[0]!;
    expect([a.kicker, a.headline]).toEqual(["产业链供应链韧性持续增强", "前三季度规上工业增加值增长5.8%"]);
    expect(a.byline?.people).toEqual([{ role: "记者", names: ["王浩"] }]);
    expect(a.body.map((b) => [b.kind, b.line])).toEqual([
      ["paragraph", 8],
      ["crosshead", 10],
      ["paragraph", 12],
      ["crosshead", 14],
      ["paragraph", 16],
    ]);
  });

  it("reads a photo credit with the agency after 摄", () => {
    expect(photos(page)).toEqual([
      {
        kind: "photo",
        line: 20,
        caption: "图为江苏省连云港港集装箱码头一派繁忙景象。",
        credit: { text: "王　春摄（人民视觉）", source: "人民视觉", people: [{ names: ["王春"] }], photo: true },
      },
    ]);
    expect(page.warnings).toEqual([]);
  });
});

describe("a page from another paper: a county weekly's web copy", () => {
  const page = one(print(
    "第3版：县区新闻",
    "",
    "我县举办首届农民丰收节",
    "■本报记者 刘畅 通讯员 张鑫",
    "",
    "　　9月22日，我县首届中国农民丰收节在红旗镇开幕。活动现场，各乡镇展出特色农产品200余种。",
    "　　“今年玉米亩产达到1600斤，比去年多了200多斤。”红旗镇农民老李笑着说。",
    "",
    "　　丰收节现场。　本报记者 刘畅 摄",
    "",
    "打造“一刻钟便民生活圈”",
    "　　本报讯（记者 王磊）今年以来，我市新建便民服务网点56个，",
    "覆盖城区所有社区。",
    "",
    "责编：孙丽　美编：赵阳　校对：钱多多",
  ));

  it("reads the page label as an extra and the footer with short labels", () => {
    expect(page.extras).toEqual([{ line: 1, text: "第3版：县区新闻", kind: "page-label" }]);
    expect(page.footer).toMatchObject({ line: 15, editors: ["孙丽"], proofreaders: ["钱多多"] });
    expect(page.footer!.roles).toContainEqual({ role: "美编", names: ["赵阳"] });
  });

  it("reads a byline printed after an ornament: ■本报记者 刘畅 通讯员 张鑫", () => {
    const a = articles(page)[0]!;
    expect(a.headline).toBe("我县举办首届农民丰收节");
    expect(a.byline).toEqual({
      text: "■本报记者 刘畅 通讯员 张鑫",
      source: "本报",
      people: [
        { role: "记者", names: ["刘畅"] },
        { role: "通讯员", names: ["张鑫"] },
      ],
    });
    expect(a.body.map((b) => b.line)).toEqual([6, 7]);
  });

  it("reads the photo and the next article, joining its broken paragraph", () => {
    expect(page.items.map((i) => [i.kind, i.line])).toEqual([
      ["article", 3],
      ["photo", 9],
      ["article", 11],
    ]);
    expect(photos(page)[0]!.caption).toBe("丰收节现场。");
    const b = articles(page)[1]!;
    expect(b.dateline?.people).toEqual([{ role: "记者", names: ["王磊"] }]);
    expect(b.body).toEqual([{ kind: "paragraph", text: "今年以来，我市新建便民服务网点56个，覆盖城区所有社区。", line: 12 }]);
    expect(page.warnings).toEqual([]);
  });
});

describe("a page of wire stories", () => {
  const page = one(print(
    "神舟十九号载人飞船发射圆满成功",
    "",
    "　　据新华社酒泉10月30日电（记者 李国利 黄一宸）10月30日4时27分，神舟十九号载人飞船在酒泉卫星发射中心点火发射。",
    "",
    "　　10月30日，搭载神舟十九号载人飞船的长征二号F遥十九运载火箭点火发射。",
    "　　新华社记者 李刚 摄",
    "",
    "我国成功发射遥感四十三号卫星",
    "",
    "　　新华社电 10月30日，我国在太原卫星发射中心成功将遥感四十三号02组卫星发射升空。",
    "",
    "　　（新华社发）",
    "",
    "经济观察",
  ));

  it("reads a dateline opening with 据: 据新华社酒泉10月30日电（记者 李国利 黄一宸）", () => {
    expect(articles(page)[0]!.dateline).toEqual({
      text: "据新华社酒泉10月30日电（记者 李国利 黄一宸）",
      source: "新华社",
      place: "酒泉10月30日电",
      people: [{ role: "记者", names: ["李国利", "黄一宸"] }],
    });
  });

  it("reads 新华社记者 李刚 摄 as the photo's credit", () => {
    expect(photos(page)[0]).toMatchObject({ line: 5, credit: { source: "新华社", people: [{ role: "记者", names: ["李刚"] }], photo: true } });
  });

  it("reads （新华社发） as the closing credit of its article", () => {
    const a = articles(page)[1]!;
    expect(a.dateline).toMatchObject({ text: "新华社电", source: "新华社" });
    expect(a.credits).toEqual([{ text: "（新华社发）", source: "新华社", people: [] }]);
  });

  it("warns of a short line with nothing after it", () => {
    expect(page.warnings).toEqual([{ line: 14, message: expect.stringContaining("no text after it") }]);
  });
});
