import { describe, expect, it } from "vitest";
import { creditTail, parseAgency, parseAuthor, parseCredit, parseDateline, parseLabelledCredits, parsePeople, parseVia, splitNames } from "../../src/parse/credit.ts";

describe("reading credits", () => {
  it("reads a byline with its source, role and name", () => {
    expect(parseCredit("本报通讯员 杜文翰")).toEqual({
      text: "本报通讯员 杜文翰",
      source: "本报",
      people: [{ role: "通讯员", names: ["杜文翰"] }],
    });
  });

  it("reads several roles and several people per role, the source repeated or not", () => {
    expect(parseCredit("本报记者 张三 李四 本报通讯员 王五")?.people).toEqual([
      { role: "记者", names: ["张三", "李四"] },
      { role: "通讯员", names: ["王五"] },
    ]);
    expect(parseCredit("本报记者 张三 李四 通讯员 王五")?.people).toEqual([
      { role: "记者", names: ["张三", "李四"] },
      { role: "通讯员", names: ["王五"] },
    ]);
  });

  it("tells role words and names apart when they run together", () => {
    expect(parsePeople("记者张明通讯员李强赵刚")).toEqual([
      { role: "记者", names: ["张明"] },
      { role: "通讯员", names: ["李强", "赵刚"] },
    ]);
  });

  it("prefers the longest role: 特约记者 is not 记者", () => {
    expect(parseCredit("特约记者 杜鹏辉 摄")?.people).toEqual([{ role: "特约记者", names: ["杜鹏辉"] }]);
    expect(parseCredit("见习记者 孙 悦")?.people).toEqual([{ role: "见习记者", names: ["孙悦"] }]);
    expect(parseCredit("实习生 林可")?.people).toEqual([{ role: "实习生", names: ["林可"] }]);
  });

  it("keeps a two-character name padded with a space as one name", () => {
    expect(splitNames("刘　洋")).toEqual(["刘洋"]);
    expect(splitNames("孙 悦 王五")).toEqual(["孙悦", "王五"]);
    expect(splitNames("欧阳修文")).toEqual(["欧阳修文"]);
  });

  it("reads a photo credit with a desk code glued to it", () => {
    expect(parseCredit("⑤2张华 刘洋 摄")).toEqual({
      text: "⑤2张华 刘洋 摄",
      code: "⑤2",
      people: [{ names: ["张华", "刘洋"] }],
      photo: true,
    });
    expect(parseCredit("⑤2李丽摄")?.people).toEqual([{ names: ["李丽"] }]);
  });

  it("does not take a title or a sentence for a credit", () => {
    expect(parseCredit("全力推进招商引资 力争明显突破")).toBeUndefined();
    expect(parseCredit("会议强调,要明确目标")).toBeUndefined();
    expect(parseCredit("铁东召开城乡居民“两险”征收工作部署会议")).toBeUndefined();
  });

  it("reads an author line that is only a name, and nothing else as one", () => {
    expect(parseAuthor("田昀澍")?.people).toEqual([{ names: ["田昀澍"] }]);
    expect(parseAuthor("产业焕新")).toBeUndefined();
  });

  it("reads datelines with ASCII or full-width brackets and any spacing", () => {
    for (const text of ["本报讯(通讯员 王健)为深入贯彻", "本报讯（通讯员 王健）为深入贯彻", "本报讯 （ 通讯员王健 ） 为深入贯彻"]) {
      const found = parseDateline(text);
      expect(found?.credit.source).toBe("本报");
      expect(found?.credit.people).toEqual([{ role: "通讯员", names: ["王健"] }]);
      expect(found?.rest).toBe("为深入贯彻");
    }
  });

  it("reads 本报讯 with no name, and wire datelines with place and date", () => {
    expect(parseDateline("本报讯 10月14日，中国海油党组召开")).toMatchObject({
      credit: { text: "本报讯", source: "本报", people: [] },
      rest: "10月14日，中国海油党组召开",
    });
    const wire = parseDateline("新华社北京10月13日电（记者 张三）国务院新闻办公室13日举行发布会");
    expect(wire?.credit).toMatchObject({ source: "新华社", place: "北京10月13日电", people: [{ role: "记者", names: ["张三"] }] });
    expect(wire?.rest).toBe("国务院新闻办公室13日举行发布会");
  });

  it("reads a closing wire note", () => {
    expect(parseVia("（据新华社长春10月12日电）")).toMatchObject({ source: "新华社", place: "长春10月12日电", people: [] });
  });
});

describe("labelled credits", () => {
  it.each([
    ["易烨/文 张锦国/摄", [["易烨/文", ["易烨"], false], ["张锦国/摄", ["张锦国"], true]]],
    ["文/易烨 图/张锦国", [["文/易烨", ["易烨"], false], ["图/张锦国", ["张锦国"], true]]],
    ["摄影：张三 李四", [["摄影：张三 李四", ["张三", "李四"], true]]],
    ["图/文 张三", [["图/文 张三", ["张三"], false]]],
    ["文/本报记者 李四", [["文/本报记者 李四", ["李四"], false]]],
  ])("reads %s, one credit per label", (line, expected) => {
    expect(parseLabelledCredits(line)?.map((c) => [c.text, c.people.flatMap((p) => p.names), !!c.photo])).toEqual(expected);
  });

  it("reads no sentence and no title as labelled credits", () => {
    for (const line of ["武汉：市民戴口罩方可进入公共场所", "时间：1月22日", "他说：我们要努力。", "图为筑路现场。"]) {
      expect(parseLabelledCredits(line), line).toBeUndefined();
    }
  });
});

describe("credits closing a paragraph", () => {
  it.each([
    ["…图为筑路现场。 易烨/文 张锦国/摄", "…图为筑路现场。", ["易烨/文", "张锦国/摄"]],
    ["…时代之歌。 本报记者 王兴", "…时代之歌。", ["本报记者 王兴"]],
    ["…欢乐的海洋。 (王舜刘艳)", "…欢乐的海洋。", ["(王舜刘艳)"]],
    ["…问题。 (吕劲)?", "…问题。", ["(吕劲)?"]],
  ])("reads %s", (text, rest, credits) => {
    expect(creditTail(text)).toMatchObject({ rest, credits: credits.map((t) => ({ text: t })) });
  });

  it("leaves a paragraph closing with words, not names, alone", () => {
    expect(creditTail("…会议要求各部门认真落实。（试行）")).toBeUndefined();
    expect(creditTail("…大家都说好。 记者从市里获悉")).toBeUndefined();
  });
});

describe("photo agencies and photo roles", () => {
  it("reads an agency alone in brackets as a photo credit", () => {
    expect(parseAgency("（人民视觉）")).toEqual({ text: "（人民视觉）", source: "人民视觉", people: [], photo: true });
    expect(parseAgency("（人民视觉")).toBeUndefined();
  });

  it("reads 特约摄影 and 摄影报道 as crediting a photo, and 摄影报道 alone as no credit", () => {
    expect(parseCredit("特约摄影 吕华")).toMatchObject({ photo: true, people: [{ role: "特约摄影", names: ["吕华"] }] });
    expect(parseCredit("(邱海鹰 谢庆华 摄影报道)")).toMatchObject({ photo: true, people: [{ names: ["邱海鹰", "谢庆华"] }] });
    expect(parseCredit("摄影报道")).toBeUndefined();
  });

  it("splits names run together up to nine characters where surnames begin", () => {
    expect(splitNames("张宗桥贾胜波")).toEqual(["张宗桥", "贾胜波"]);
    expect(splitNames("摄影美术部")).toBeUndefined();
  });
});
