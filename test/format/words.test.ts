import { describe, expect, it } from "vitest";
import { headlineUnits } from "../../src/format/words.ts";
import { cssString, headlineHtml, recent } from "../../src/site/filters.ts";

describe("where a headline of the seed may break", () => {
  it.each([
    // short phrases between spaces stay whole: the line breaks at a space
    ["解放思想 深化改革 狠抓落实", ["解放思想", " ", "深化改革", " ", "狠抓落实"]],
    // a name the dictionary splits (铁|东) and a quoted word stay whole; the rest breaks between words
    ["铁东召开城乡居民“两险”征收工作部署会议", ["铁东", "召开", "城乡", "居民", "“两险”", "征收", "工作", "部署", "会议"]],
    // 疫情防控及: characters the dictionary returned one at a time, kept together
    ["梨树召开医疗机构疫情防控及乡村振兴工作会议", ["梨树", "召开", "医疗", "机构", "疫情防控及", "乡村", "振兴", "工作", "会议"]],
    ["——铁西全力抓好全区营商环境建设记事", ["——铁西", "全力", "抓好", "全区", "营商", "环境", "建设", "记事"]],
    // a date in brackets is one piece
    ["国际减灾日（10月13日）", ["国际", "减灾日", "（10月13日）"]],
  ])("%s", (text, units) => {
    expect(headlineUnits(text)).toEqual(units);
    expect(headlineUnits(text).join("")).toBe(text);
  });

  it("marks the breaks with <wbr>, never beside a space, and escapes the text", () => {
    expect(headlineHtml("解放思想 深化改革")).toBe("解放思想 深化改革");
    expect(headlineHtml("伊通人社局开展深化助企纾困活动")).toBe("伊通人社局<wbr>开展<wbr>深化<wbr>助企纾困<wbr>活动");
    expect(headlineHtml("<script>“两险”&征收工作部署会议")).not.toContain("<script>");
  });
});

describe("a CSS string for the running head", () => {
  it("quotes the text and lets nothing close the string or the <style>", () => {
    expect(cssString("四平日报 2021年10月14日 第3版")).toBe('"四平日报 2021年10月14日 第3版"');
    const evil = cssString('a"b\\c</style><script>');
    expect(evil).toBe('"a\\22 b\\5c c\\3c /style\\3e \\3c script\\3e "');
    expect(evil.slice(1, -1)).not.toMatch(/["<>]/);
  });
});

describe("the headlines remembered while pages are rendered", () => {
  it("works a headline out once while it is among the last ones shown, again once it is not", () => {
    const worked: string[] = [];
    const html = recent((raw) => (worked.push(raw), headlineHtml(raw)), 2);
    const page = ["伊通人社局开展深化助企纾困活动", "解放思想 深化改革"];
    // A page, then each of its two articles: its navigator shows both headlines each time.
    for (let shown = 0; shown < 3; shown++) for (const h of page) expect(html(h)).toBe(headlineHtml(h));
    expect(worked).toEqual(page);
    // Four other headlines later (twice the size), the first is worked out again.
    for (const h of ["一", "二", "三", "四"]) html(h);
    html(page[0]!);
    expect(worked).toEqual([...page, "一", "二", "三", "四", page[0]]);
  });
});
