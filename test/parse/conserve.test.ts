// “Nothing lost, nothing invented” (DESIGN.md): every letter and digit of the
// source lands in exactly one text field of the model. Checked over
// generated pages built from pieces of real print, over adversarial pages,
// and over the bytes → text step (encodings) that comes before reading.
import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BanmianError } from "../../src/errors.ts";
import { decodeText, parsePages } from "../../src/parse/index.ts";
import { articles, letterBag, modelBag } from "./helpers.ts";

const conserved = (text: string) => expect(modelBag(parsePages(text))).toBe(letterBag(text));

// Pieces of real lines, by kind: what a page is built from.
const PIECES: Record<string, string[]> = {
  title: [
    "解放思想 深化改革 狠抓落实", "——铁西全力抓好全区营商环境建设记事", "明确责任分工 层层抓好落实",
    "铁东召开城乡居民“两险”征收工作部署会议", "中 国 海 油 党 组 召 开", "2024年下半年巡视动员部署会",
    "9月份CPI同比上涨0.7%", "□聚焦乡村振兴", "一、强化组织领导", "金秋时节稻谷香",
  ],
  credit: [
    "本报通讯员 杜文翰", "本报记者 张明 本报通讯员 李强 赵刚", "记者张明通讯员李强赵刚", "特约记者 王 芳 见习记者 陈立",
    "（据新华社长春10月12日电）", "（作者系市委党校教授）", "宗何", "⑤2张华 刘洋 摄", "本报通讯员 张绍杰 摄",
  ],
  paragraph: [
    "本报讯(通讯员 王健)为深入贯彻国家关于城乡居民“两险”征收工作会议精神,日前,铁东召开城乡居民“两险”征收工作部署会议。",
    "本报讯（记者 刘　洋 孙 悦）连日来，伊通县各乡镇抢抓农时。",
    "新华社北京10月13日电（记者 王晓）国家统计局13日发布数据显示，9月份全国居民消费价格同比上涨0.7%。",
    "重点针对辖区内8家小贷公司、1家担保公司、12家资产管理公司开展了",
    "金融风险排查工作,会同市金融办对8家小贷公司年度经营状况进行风险评定审核,确保平稳运行。",
    "本 报 讯 10 月 14 日 ， 中 国 海 油 党 组 召 开",
    "论坛上，来自各国的代表围绕the Belt and",
    "Road Initiative展开讨论。",
    "本报讯 （记者徐昕联 通讯员",
    "本报讯 记者 张明） 近日，铁东区召开会议。",
    "本报讯（记者 张明 近日，铁东区召开会议。",
    "近日，市教育局召开全市中小学安全工作会议。（下转第二版）",
  ],
  footer: [
    "本版编辑 辛宏 王森 本版校对 刘铁铮", "电子邮箱: sprbxjyw@163.com", "责任编辑：张三　版式制作：李四",
    "校对：王五　电话：0434-3266101", "E-mail:sprb@163.com", "本期值班副总编 / 姜啸啸 责任编辑 / 常容轩 责任校对 / 赵秀娟 电话：（010）84528274",
  ],
  caption: [
    "重阳节前夕,双辽福康医院党支部开展了“九九重阳节,浓浓敬老情”活动。", "…合影留念。⑤2李丽摄",
    "中国海油“海能”人工智能模型发布会在集团总部召开。 本报记者 刘梦涛 摄",
  ],
  jump: ["（上接第一版）", "（下转第二版）", "（上接第一版】", "【转第3版）"],
  extra: ["上一版 下一版 本期共12版 当前第5版", "2024年10月 16 日 星期三", "CHINA OFFSHORE OIL PRESS", "□", "★★★"],
  // Pieces of the corpus's other kinds of page (test/corpus/).
  web: [
    "PDF  下一版»本期共8版(1-2-3-4-5-6-7-8)", "浙江日报 数字报纸", "00013版:今日湖州", "国家卫健委：", "武汉：市民戴口罩方可进入公共场所",
    "今年以来,湖州市公路部门开展大中修,图为筑路现场。 易烨/文 张锦国/摄", "本报讯 记者 李洋 4月27日下午,7名政协委员紧紧围绕我县决战完胜脱贫攻坚。",
    "▲近日,来安县杨郢乡红星村农户正在收获红薯。特约摄影 吕华", "△联席会议制度已在我省全面实行。 (季哲)?", "[小忿逞凶]", "三秦短波",
    "(上接第一版)2019年,在市委、市政府的坚强领导下,主要指标进位实。", "上图 张明 摄  下图 李强 摄", "区域协调发展是中国式现代化的内在要求。   我国幅员辽阔。",
    "2020-10-23 2 2 滁州日报 content_22410.html 1 3 金秋时节收获忙 /enpproperty-->", "本版摄影:高新生 栗卢建", "张占兵 田红萍 兰立强", "【新春走基层】",
  ],
};

const piece = fc.oneof(
  ...Object.values(PIECES).map((list) => fc.constantFrom(...list)),
  fc.constant(""),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);
const line = fc.tuple(fc.constantFrom("", "", "\u3000\u3000", "  ", "\t"), piece).map(([indent, text]) => indent + text);
const page = fc
  .tuple(fc.boolean(), fc.array(line, { maxLength: 60 }), fc.constantFrom("\n", "\r\n", "\r", "\n\n"))
  .map(([bom, lines, eol]) => (bom ? "\uFEFF" : "") + lines.join(eol));

describe("nothing lost, nothing invented", () => {
  it("holds for generated pages of real pieces, junk, CRLF, BOMs and indents", () => {
    fc.assert(
      fc.property(page, (text) => {
        conserved(text);
      }),
      { numRuns: Number(process.env.BANMIAN_RUNS ?? 600) },
    );
  });

  it("is deterministic: the same text gives the same model", () => {
    fc.assert(
      fc.property(page, (text) => {
        expect(JSON.stringify(parsePages(text))).toBe(JSON.stringify(parsePages(text)));
      }),
      { numRuns: 100 },
    );
  });

  it("holds with no blank lines at all", () => {
    const text = Object.values(PIECES).flat().join("\n");
    conserved(text);
  });

  it("holds for a page of titles only, read as paragraphs with a warning", () => {
    const text = Array.from({ length: 12 }, (_, k) => PIECES.title![k % 10]!).join("\n");
    conserved(text);
    expect(parsePages(text)[0]!.warnings.length).toBeGreaterThan(0);
  });

  it("holds for 10,000 short lines, in linear time", () => {
    const text = Array.from({ length: 10_000 }, (_, k) => `短行${k}`).join("\n");
    const t = performance.now();
    conserved(text);
    expect(performance.now() - t).toBeLessThan(5_000);
  });

  it("holds for a 1 MB line, read as one paragraph with a warning", () => {
    const text = "会议指出，要深刻认识抓好巡视工作的重要性紧迫性。".repeat(42_000);
    const pages = parsePages(text);
    expect(pages).toHaveLength(1);
    expect(articles(pages[0]!)).toHaveLength(1);
    expect(pages[0]!.warnings).toEqual([
      { line: 1, message: expect.stringContaining("1,008,000 characters long") },
      { line: 1, message: expect.stringContaining("no headline") },
    ]);
    expect(modelBag(pages)).toBe(letterBag(text));
  });

  // Each of these once took a minute or more: joining re-read the growing text.
  it.each([
    ["a letter-spaced line", "中 ".repeat(200_000)],
    ["hard-wrapped lines with no blank line", Array.from({ length: 30_000 }, () => "会议指出，要深刻认").join("\n")],
    ["pieces of one paragraph between blank lines", `金秋\n\n${Array.from({ length: 30_000 }, () => "会议指出，要深刻认").join("\n\n")}`],
    ["Latin pieces between blank lines", `金秋\n\n${Array.from({ length: 30_000 }, () => "the Belt, and").join("\n\n")}`],
    ["crossheads and paragraphs", `金秋\n\n${Array.from({ length: 10_000 }, () => "全力推进招商引资\n\n会议指出，要深刻认识。").join("\n\n")}`],
    ["articles", Array.from({ length: 10_000 }, () => "全力推进招商引资\n\n本报讯(通讯员 王健)会议指出，要深刻认识。").join("\n\n")],
    ["footers", Array.from({ length: 20_000 }, () => "本版编辑 辛宏").join("\n")],
    ["sentence ends and Latin letters", "。a".repeat(200_000)],
  ])("holds for %s, read in linear time", (_, text) => {
    const t = performance.now();
    const pages = parsePages(text);
    expect(performance.now() - t).toBeLessThan(3_000);
    expect(modelBag(pages)).toBe(letterBag(text));
  });

  it("holds for text with no recognisable structure: one article and a warning, never an exception", () => {
    const text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\nSed do eiusmod tempor incididunt ut labore.";
    const pages = parsePages(text);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.items).toHaveLength(1);
    expect(pages[0]!.warnings).toHaveLength(1);
    expect(articles(pages[0]!)[0]!.body.map((b) => b.text)).toEqual([
      "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
      "Sed do eiusmod tempor incididunt ut labore.",
    ]);
    conserved(text);
  });

  // Decided: an empty text is one empty page (a page file that exists is a
  // page) with a warning at its first line, so `banmian check` reports it.
  it("reads an empty text as one empty page with a warning", () => {
    for (const text of ["", "\n\n", "\uFEFF", " \u3000 \r\n"]) {
      expect(parsePages(text)).toEqual([
        { lines: { from: 0, to: 0 }, items: [], extras: [], warnings: [{ line: 1, message: "no print text: the page is empty" }] },
      ]);
    }
    expect(parsePages("", {}, 6)[0]!.warnings).toEqual([{ line: 6, message: "no print text: the page is empty" }]);
  });
});

describe("bytes → text: other encodings are decoded with a warning, never shown as mojibake", () => {
  const text = "中文报纸\n本报讯(通讯员 王健)日前,铁东召开会议。";
  const iconv = (encoding: string) => execFileSync("iconv", ["-f", "UTF-8", "-t", encoding], { input: text });
  let hasIconv = true;
  try {
    execFileSync("iconv", ["--version"]);
  } catch {
    hasIconv = false;
  }

  it("reads UTF-8 with no warning, with or without a BOM", () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ text, encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: "utf-8" });
  });

  it("decodes GBK bytes built by hand (中=D6D0 文=CEC4 报=B1A8 纸=D6BD) with a warning naming the encoding", () => {
    const gbk = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xa8, 0xd6, 0xbd]);
    const decoded = decodeText(gbk, "a.md");
    expect(decoded.text).toBe("中文报纸");
    expect(decoded.warning).toMatch(/GBK/);
  });

  it.skipIf(!hasIconv)("decodes GB18030 and GBK text from iconv", () => {
    for (const enc of ["GBK", "GB18030"]) {
      const decoded = decodeText(iconv(enc));
      expect(decoded.text).toBe(text);
      expect(decoded.warning).toMatch(/GBK\/GB18030/);
    }
  });

  it.skipIf(!hasIconv)("decodes Big5 text with a warning naming Big5", () => {
    const big5 = "中國報紙\n本報訊(通訊員 王健)日前,鐵東召開會議。";
    const decoded = decodeText(execFileSync("iconv", ["-f", "UTF-8", "-t", "BIG5"], { input: big5 }));
    expect(decoded.text).toBe(big5);
    expect(decoded.warning).toMatch(/Big5/);
  });

  it("decodes UTF-16LE with a BOM and without one", () => {
    const le = (s: string) => {
      const out = new Uint8Array(s.length * 2);
      for (let i = 0; i < s.length; i++) {
        out[2 * i] = s.charCodeAt(i) & 0xff;
        out[2 * i + 1] = s.charCodeAt(i) >> 8;
      }
      return out;
    };
    const withBom = decodeText(new Uint8Array([0xff, 0xfe, ...le(text)]));
    expect(withBom.text).toBe(text);
    expect(withBom.warning).toMatch(/UTF-16LE/);
    // Without a BOM the zero bytes of ASCII text give it away.
    const ascii = "Page 3\nbanmian 2021-10-14\n";
    const bare = decodeText(le(ascii));
    expect(bare.text).toBe(ascii);
    expect(bare.warning).toMatch(/UTF-16LE/);
  });

  it("refuses a binary file with NUL bytes, naming the file", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]);
    expect(() => decodeText(png, "photo.png")).toThrow(BanmianError);
    try {
      decodeText(png, "photo.png");
    } catch (e) {
      expect(String(e)).toMatch(/^photo\.png: .*binary/);
    }
  });

  it("refuses bytes that are no known text encoding, naming the file", () => {
    const noise = new Uint8Array(Array.from({ length: 64 }, (_, k) => 0x80 + ((k * 37) % 0x7f)));
    expect(() => decodeText(noise, "noise.txt")).toThrow(BanmianError);
  });

  it("reads an empty file as empty text", () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });
});
