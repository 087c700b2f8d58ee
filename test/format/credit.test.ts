import { describe, expect, it } from "vitest";
import { creditText, pageCredits } from "../../src/format/credit.ts";
import type { Footer } from "../../src/model.ts";
import { parseCredit, parseDateline, parseVia } from "../../src/parse/credit.ts";

describe("printing credits", () => {
  it("prints a byline, a dateline and a photo credit as the paper does", () => {
    expect(creditText(parseCredit("本报通讯员 杜文翰")!, "byline")).toBe("本报通讯员 杜文翰");
    expect(creditText(parseDateline("本报讯(通讯员 王健)为")!.credit, "dateline")).toBe("本报讯（通讯员 王健）");
    expect(creditText(parseCredit("本报通讯员 张绍杰 摄")!, "photo")).toBe("本报通讯员 张绍杰 摄");
  });

  it("prints several roles and people, never splitting or merging a name", () => {
    const credit = { text: "", source: "本报", people: [{ role: "记者", names: ["张三", "李四"] }, { role: "通讯员", names: ["王五"] }] };
    expect(creditText(credit)).toBe("本报记者 张三 李四 通讯员 王五");
    expect(creditText({ text: "", people: [{ role: "记者", names: ["欧阳修文"] }] })).toBe("记者 欧阳修文");
  });

  it("prints a wire dateline with its place, and a credit with no people as read", () => {
    expect(creditText(parseDateline("新华社北京10月13日电（记者 张三）")!.credit, "dateline")).toBe("新华社北京10月13日电（记者 张三）");
    expect(creditText(parseDateline("本报讯 今天")!.credit, "dateline")).toBe("本报讯");
    expect(creditText(parseVia("（据新华社长春10月12日电）")!)).toBe("（据新华社长春10月12日电）");
  });

  it("prints the page's people as printed, the roles set apart by an ideographic space", () => {
    const footer: Footer = {
      editors: ["辛宏", "王森"],
      proofreaders: ["刘铁铮"],
      roles: [
        { role: "本版编辑", names: ["辛宏", "王森"] },
        { role: "本版校对", names: ["刘铁铮"] },
      ],
      lines: ["本版编辑 辛宏 王森 本版校对 刘铁铮"],
      line: 59,
    };
    expect(pageCredits(footer)).toBe("本版编辑 辛宏 王森\u3000本版校对 刘铁铮");
  });
});
