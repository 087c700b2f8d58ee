import { describe, expect, it } from "vitest";
import { pageLabel } from "../../src/format/page-label.ts";
import type { PageLabelStyle } from "../../src/format/page-label.ts";
import { BanmianError } from "../../src/errors.ts";

describe("pageLabel", () => {
  it.each([
    [3, "default", "第3版"],
    [12, "default", "第12版"],
    [3, "padded", "第03版"],
    [12, "padded", "第12版"],
    [100, "padded", "第100版"],
    [3, "hanzi", "第三版"],
    [10, "hanzi", "第十版"],
    [12, "hanzi", "第十二版"],
    [20, "hanzi", "第二十版"],
    [101, "hanzi", "第一百零一版"],
  ] as [number, PageLabelStyle, string][])("%i %s → %s", (page, style, expected) => {
    expect(pageLabel(page, style)).toBe(expected);
  });

  it("uses the default style unless told", () => {
    expect(pageLabel(3)).toBe("第3版");
  });

  it("reads a page number given as text, as front matter or a file name may hold it", () => {
    expect(pageLabel("03")).toBe("第3版");
    expect(pageLabel(" 3 ")).toBe("第3版");
    expect(pageLabel("３")).toBe("第3版"); // full-width digit
  });

  it.each([
    ["A3", "default", "A3版"],
    ["A3", "padded", "A03版"],
    ["A03", "default", "A3版"],
    ["b12", "padded", "B12版"],
    ["Ａ３", "default", "A3版"],
    ["A3", "hanzi", "A3版"], // sections keep their digits
  ] as [string, PageLabelStyle, string][])("section page %s %s → %s", (page, style, expected) => {
    expect(pageLabel(page, style)).toBe(expected);
  });

  it.each([[0], [-1], [Number.NaN], [1.5], [Number.POSITIVE_INFINITY], [""], ["A"], ["A0"], ["AB3"], ["3A"], ["第3版"]])(
    "refuses %j",
    (page) => {
      expect(() => pageLabel(page)).toThrow(BanmianError);
      expect(() => pageLabel(page)).toThrow(/not a page number/);
    },
  );

  it("names the refused value", () => {
    expect(() => pageLabel(-1)).toThrow("not a page number: -1");
    expect(() => pageLabel("AB3")).toThrow('not a page number: "AB3"');
  });

  it("refuses an unknown style", () => {
    expect(() => pageLabel(3, "roman" as PageLabelStyle)).toThrow(/unknown pageLabel style "roman"/);
  });
});
