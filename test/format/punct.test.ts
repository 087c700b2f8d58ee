import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { zhPunct } from "../../src/format/punct.ts";

describe("zhPunct on lines of the seed page", () => {
  it.each([
    ["精神,按照稳中求进", "精神，按照稳中求进"],
    ["全市(五个县市区)排名", "全市（五个县市区）排名"],
    ["电子邮箱: sprbxjyw@163.com", "电子邮箱：sprbxjyw@163.com"],
    ["本报讯(通讯员 王健)为深入", "本报讯（通讯员 王健）为深入"],
    ["79.1%,9月中旬", "79.1%，9月中旬"],
    ["《医疗机构内新型冠状病毒感染预防与控制技术指南(第三版)》", "《医疗机构内新型冠状病毒感染预防与控制技术指南（第三版）》"],
  ])("%s → %s", (input, expected) => {
    expect(zhPunct(input)).toBe(expected);
  });
});

describe("marks beside Chinese", () => {
  it.each([
    ["真的吗?是的!", "真的吗？是的！"],
    ["一是;二是", "一是；二是"],
    ["GDP,同比增长", "GDP，同比增长"], // Chinese on one side is enough
    ["报告(2021),显示", "报告（2021），显示"],
    ["(1)加强管理", "（1）加强管理"], // the closing bracket is beside Chinese, so the pair converts
    ["Apple (苹果) 公司", "Apple（苹果）公司"], // full-width brackets carry their own outer space
    ["精神 , 按照", "精神，按照"],
    ["他说\"好的\",然后", "他说“好的”，然后"],
    ["他说:\"OK\"。", "他说：“OK”。"],
    ["“好”,他说", "“好”，他说"], // seen through the quote
  ])("%s → %s", (input, expected) => {
    expect(zhPunct(input)).toBe(expected);
  });

  it("opens a quotation that runs on into the next paragraph", () => {
    expect(zhPunct("他说:\"第一,")).toBe("他说：“第一，");
  });
});

describe("what stays as printed", () => {
  it.each([
    ["39.55亿元"],
    ["共1,200人"],
    ["1,200,000元"],
    ["上午10:30开始"],
    ["比分3:2"],
    ["电子邮箱:sprbxjyw@163.com".replace(":", "：")],
    ["f(x) = 1, g!"], // no Chinese beside: Latin text keeps Latin marks
    ["He said \"hi\" (twice)."],
    ["见https://a.b/c?x=1&y=(2)"],
    ["　　本报讯"], // ideographic-space indent is not touched
  ])("%s", (input) => {
    expect(zhPunct(input)).toBe(input);
  });

  it("converts a mark before a URL, not the URL, and not the sentence after it", () => {
    expect(zhPunct("网址:https://a.b/c?x=1,欢迎访问")).toBe("网址：https://a.b/c?x=1，欢迎访问");
    expect(zhPunct("详见www.gov.cn/zhengce;谢谢")).toBe("详见www.gov.cn/zhengce；谢谢");
    // Nothing Chinese beside it: a mark closing a URL at the end of a line stays ASCII.
    expect(zhPunct("详见www.gov.cn/zhengce!")).toBe("详见www.gov.cn/zhengce!");
  });

  it("does not look across a line break", () => {
    expect(zhPunct("中文\n,abc")).toBe("中文\n,abc");
    expect(zhPunct("中文,\nabc")).toBe("中文，\nabc");
  });

  it("keeps spaces that are line indents", () => {
    expect(zhPunct("  (一)工作")).toBe("  （一）工作");
  });

  it("keeps the comma between digits when it is not a thousands separator", () => {
    expect(zhPunct("第1,2名")).toBe("第1，2名");
  });
});

describe("full-width Latin letters and digits", () => {
  it("become ASCII", () => {
    expect(zhPunct("ＡＢＣ１２３")).toBe("ABC123");
    expect(zhPunct("２０２１年ｘ")).toBe("2021年x");
  });
  it("leave full-width punctuation alone", () => {
    expect(zhPunct("好，行：（对）")).toBe("好，行：（对）");
  });
});

// Letters, digits and Han characters, in order: what zhPunct must never lose
// or invent (full-width letters and digits counted as their ASCII selves).
const WORD = /[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\p{Script=Han}]/gu;
const words = (text: string): string =>
  (text.match(WORD) ?? [])
    .map((c) => (c.charCodeAt(0) >= 0xff00 ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c))
    .join("");

describe("zhPunct over any text", () => {
  const alphabet = fc.constantFrom(..."中文报a1Ｂ２ ,:;!?()\"'.%@/\n　，（）“”", "https://", "𠀀");
  it("keeps every letter, digit and Han character, in order, never lengthens the text and never adds markup", () => {
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 60 }), (text) => {
        const out = zhPunct(text);
        expect(words(out)).toBe(words(text));
        expect(out.length).toBeLessThanOrEqual(text.length);
        expect(out.includes("<") || out.includes(">") || out.includes("&")).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a megabyte on one line", () => {
  it("is handled in one pass, giving each repeat the same result", () => {
    const sentence =
      "本报讯(通讯员 王健)为深入贯彻精神,按照要求,全市(五个县市区)排名79.1%,9月中旬共1,200人10:30到场,电子邮箱: sprbxjyw@163.com,网址:https://a.b/c?x=1,他说\"好\"!";
    const times = Math.ceil((1 << 20) / sentence.length);
    const line = sentence.repeat(times);
    expect(line.length).toBeGreaterThanOrEqual(1 << 20);
    const out = zhPunct(line);
    expect(out).toBe(zhPunct(sentence).repeat(times));
    expect(words(out)).toBe(words(line));
  });

  it("survives megabyte runs of the marks that are paired or looked around", () => {
    for (const unit of ["(", ")", '"', "1,", "中 ", " ,", "https://"]) {
      const line = unit.repeat(Math.ceil((1 << 20) / unit.length));
      expect(words(zhPunct(line))).toBe(words(line));
    }
  });
});
