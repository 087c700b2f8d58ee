import { describe, expect, it } from "vitest";
import * as format from "../../src/format/index.ts";

describe("the format layer's entry point", () => {
  it("exports every filter the site registers", () => {
    for (const name of ["zhDate", "pageLabel", "zhPunct", "mailto", "isEmail", "creditText", "pageCredits"]) {
      expect(typeof (format as Record<string, unknown>)[name], name).toBe("function");
    }
  });

  it("gives the same answers as the modules themselves", () => {
    expect(format.zhDate("2021-10-14", "masthead")).toBe("2021年10月14日 星期四 农历辛丑年九月初九");
    expect(format.pageLabel(3, "hanzi")).toBe("第三版");
    expect(format.zhPunct("精神,按照")).toBe("精神，按照");
    expect(format.mailto("sprbxjyw@163.com")).toBe("mailto:sprbxjyw@163.com");
  });
});
