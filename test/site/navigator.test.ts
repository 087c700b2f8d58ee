import { describe, expect, it } from "vitest";
import { buildEdition, type SourcePage } from "../../src/site/edition.ts";
import type { PageModel } from "../../src/model.ts";

const para = (text: string, line = 1) => ({ kind: "paragraph" as const, text, line });
const model = (items: PageModel["items"]): PageModel => ({ paper: "四平日报", date: "2021-10-14", page: 4, items, extras: [], warnings: [], lines: { from: 1, to: 12 } });

describe("the 版面 navigator of a page", () => {
  const src: SourcePage = {
    file: "pages/2021-10-14/04.md",
    model: model([
      { kind: "photo", line: 1, caption: "重阳节前夕，双辽福康医院党支部开展了“九九重阳节，浓浓敬老情”活动" },
      { kind: "article", line: 3, headline: "双辽开展国际减灾日宣传活动", body: [para("长".repeat(900))] },
      { kind: "article", line: 9, headline: "梨树召开医疗机构疫情防控及乡村振兴工作会议", body: [para("短".repeat(120))] },
    ]),
  };
  const [page] = buildEdition([src], { articlePages: true }, (n) => `第${n}版`).pages;

  it("draws every item as a block in print order, linked and labelled", () => {
    expect(page!.blocks.map((b) => [b.kind, b.url, b.label])).toEqual([
      ["photo", "/2021/10/14/04/#p1", "图片：重阳节前夕，双辽福康医院党支部开展了“九九重阳节…"],
      ["article", "/2021/10/14/04/1/", "双辽开展国际减灾日宣传活动"],
      ["article", "/2021/10/14/04/2/", "梨树召开医疗机构疫情防控及乡村振兴工作会议"],
    ]);
  });

  it("sets the lead and the photo above it across the page, and sizes blocks by their text", () => {
    const [photo, lead, short] = page!.blocks;
    expect([photo!.wide, lead!.wide, short!.wide]).toEqual([true, true, false]);
    // the lead holds most of the text: more area (two columns) and more rows than the short one
    expect(lead!.rows * 2).toBeGreaterThan(short!.rows * 4);
    // never too small to tap: 4 rows of 12 px
    expect(short!.rows).toBeGreaterThanOrEqual(4);
  });

  it("links each article to the ones before and after it on the page", () => {
    const [a1, a2] = page!.articles;
    expect(a1!.prev).toBeUndefined();
    expect(a1!.next).toEqual({ url: "/2021/10/14/04/2/", label: "梨树召开医疗机构疫情防控及乡村振兴工作会议" });
    expect(a2!.prev).toEqual({ url: "/2021/10/14/04/1/", label: "双辽开展国际减灾日宣传活动" });
    expect(a2!.next).toBeUndefined();
  });
});
