// The edition as plain data, without Eleventy.
import { describe, expect, it } from "vitest";
import { buildEdition, monthWeeks } from "../../src/site/edition.ts";
import { scriptJson } from "../../src/site/jsonld.ts";
import { pageA, pageB } from "./fixtures.ts";

const label = (n: number) => `第${n}版`;
/** A page reading whose photos the front matter named `photos`, in order (as the parse layer sets them). */
const src = (file: string, model = pageA(), photos: string[] = []) => {
  model.items.filter((i) => i.kind === "photo").forEach((p, k) => {
    if (photos[k]) p.src = photos[k];
  });
  return { file, model };
};

describe("buildEdition", () => {
  it("numbers articles per page in print order and links pages and issues", () => {
    const later = { ...pageA(), date: "2021-10-15" };
    const ed = buildEdition([src("b.md", pageB(), ["x.jpg", "y.jpg"]), src("a.md"), src("c.md", later)], { articlePages: true }, label);
    expect(ed.issues.map((i) => i.url)).toEqual(["/2021/10/14/", "/2021/10/15/"]);
    expect(ed.latest?.date).toBe("2021-10-15");
    expect(ed.issues[0]!.next).toEqual({ url: "/2021/10/15/", date: "2021-10-15" });
    const [p3, p4] = ed.issues[0]!.pages;
    expect(p3!.articles.map((a) => a.url)).toEqual(["/2021/10/14/03/1/", "/2021/10/14/03/2/", "/2021/10/14/03/3/"]);
    expect(p4!.articles.map((a) => [a.n, a.title, a.unfinished])).toEqual([
      [1, "双辽开展国际减灾日宣传活动", false], [2, "梨树召开医疗机构疫情防控及乡村振兴工作会议", true],
    ]);
    expect(p4!.photos.map((p) => [p.file, p.eager])).toEqual([["x.jpg", true], ["y.jpg", false]]);
    expect(p3!.next?.url).toBe("/2021/10/14/04/");
    expect(p4!.prev?.url).toBe("/2021/10/14/03/");
    expect(p4!.siblings.map((s) => s.nn)).toEqual(["03", "04"]);
    expect(ed.years[0]!.months[0]!.url).toBe("/archive/2021/#m10");
  });

  it("links articles into their page when there are no article pages", () => {
    const ed = buildEdition([src("b.md", pageB(), ["x.jpg"])], { articlePages: false }, label);
    expect(ed.articles[0]!.url).toBe("/2021/10/14/04/#a1");
  });

  it("refuses a page without date or page number, or one page from two files", () => {
    expect(() => buildEdition([src("x.md", { ...pageA(), date: undefined })], { articlePages: true }, label)).toThrow("x.md has no issue date");
    expect(() => buildEdition([src("x.md", { ...pageA(), page: undefined })], { articlePages: true }, label)).toThrow("x.md has no page number");
    expect(() => buildEdition([src("x.md"), src("y.md")], { articlePages: true }, label)).toThrow("y.md holds page 3 of 2021-10-14, and so does x.md");
  });

  it("lays out a month Monday first", () => {
    const weeks = monthWeeks(2021, 10, new Map([[14, "/2021/10/14/"]]));
    expect(weeks[0]!.slice(0, 5)).toEqual([null, null, null, null, { day: 1 }]); // 1 Oct 2021 was a Friday
    expect(weeks.flat().find((d) => d?.day === 14)).toEqual({ day: 14, url: "/2021/10/14/" });
  });
});

describe("scriptJson", () => {
  it("cannot close a script element", () => {
    const s = scriptJson({ t: "</script><!-- & \u2028" });
    expect(s).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(s)).toEqual({ t: "</script><!-- & \u2028" });
  });
});
