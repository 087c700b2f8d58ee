// Pages with no date or page number (a supplement, an undated extra): with
// `undated: "section"` they are built at /undated/ with a warning instead of
// stopping the archive. The supplement here is the example's page 4 with its
// date and page number taken out of the front matter.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeIssues } from "../../bench/archive.ts";
import { main } from "../../src/cli/main.ts";
import { resolveOptions } from "../../src/site/options.ts";
import { undatedSlug } from "../../src/site/undated.ts";
import { build, exampleFiles, inside, tempSite } from "../site/helpers.ts";
import { htmlProblems } from "./valid-html.ts";

const undate = (page: string | Buffer) => page.toString().replace(/^date: .*\n/m, "").replace(/^page: .*\n/m, "");

describe("undated pages", () => {
  afterEach(() => vi.restoreAllMocks());

  it("stop the build by default, naming the file", async () => {
    const files = exampleFiles();
    files["pages/增刊/重阳.md"] = undate(files["pages/2021-10-14/04.md"]!);
    await expect(build(tempSite(files), { search: false })).rejects.toThrow(/pages\/增刊\/重阳\.md has no issue date/);
  });

  it("with undated: \"section\", build at /undated/ with a warning, the issues as they were", async () => {
    const files = exampleFiles();
    files["pages/增刊/重阳.md"] = undate(files["pages/2021-10-14/04.md"]!).replace(/\n---\n/, "\ncorrections:\n  - date: 2021-10-20\n    text: （测试）更正。\n    article: 2\n---\n");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const site = await build(tempSite(files), { search: false, undated: "section", siteUrl: "https://example.org" }, { logger: true });
    expect(warn.mock.calls.map((c) => c.join(" "))).toContainEqual(expect.stringContaining(
      'pages/增刊/重阳.md: no issue date: built at /undated/增刊-重阳/ (option undated: "section"), in no issue; give it a date and page number to place it',
    ));
    const page = site.pages.get("/undated/增刊-重阳/")!.replaceAll("<wbr>", ""); // headlines may break at <wbr>
    expect(page).toContain("双辽开展国际减灾日宣传活动");
    // No article pages of its own: the headlines are anchors' targets, not links.
    expect(page).toContain('<article class="story lead" id="a1">');
    expect(page).not.toContain('href="/undated/增刊-重阳/1/"');
    expect(site.pages.get("/undated/增刊-重阳/page.txt")).toBe(site.pages.get("/2021/10/14/04/page.txt"));
    const index = site.pages.get("/undated/")!;
    expect(index).toContain('<a href="/undated/增刊-重阳/">县区新闻</a>');
    expect(index).toContain('<a href="/undated/增刊-重阳/#a2">梨树召开医疗机构疫情防控及乡村振兴工作会议</a>');
    expect(site.pages.get("/archive/")).toContain('<a href="/undated/">无日期版面</a>');
    // The issue, its feed and sitemap hold the dated pages only.
    expect(site.pages.get("/2021/10/14/")!.match(/class="issue-page"/g)).toHaveLength(2);
    expect(site.pages.get("/feed.xml")).not.toContain("/undated/");
    expect(site.pages.get("/sitemap-2021.xml")).not.toContain("/undated/");
    // Its corrections show on it and at /corrections/, as a dated page's do.
    expect(page).toContain("：（测试）更正。</p>");
    expect(site.pages.get("/corrections/")).toContain('<a href="/undated/增刊-重阳/#a2">无日期版面 梨树召开医疗机构疫情防控及乡村振兴工作会议</a>');
    for (const url of ["/undated/", "/undated/增刊-重阳/", "/corrections/"]) expect(await htmlProblems(site.pages.get(url)!), url).toEqual([]);
  });

  it("in a generated archive: each undated file its own page, a file name's odd characters out of the URL", async () => {
    const dir = tempSite({});
    writeIssues(dir, { issues: 2, start: "2022-03-01" });
    for (const [from, to] of [["2022-03-01/02.md", "extra/号外 1.md"], ["2022-03-02/03.md", "extra/号外 2.md"]] as const) {
      fs.mkdirSync(path.join(dir, "pages/extra"), { recursive: true });
      fs.writeFileSync(path.join(dir, "pages", to), undate(fs.readFileSync(path.join(dir, "pages", from))));
      fs.rmSync(path.join(dir, "pages", from));
    }
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const site = await build(dir, { search: false, undated: "section" });
    expect([...site.pages.keys()].filter((u) => u.startsWith("/undated/") && u.endsWith("/")).sort()).toEqual(["/undated/", "/undated/extra-号外-1/", "/undated/extra-号外-2/"]);
    expect(site.pages.get("/2022/03/01/")!.match(/class="issue-page"/g)).toHaveLength(7);
  });

  it("banmian check --undated and export --undated treat them as the build with the option does", async () => {
    const files = exampleFiles();
    files["pages/增刊/重阳.md"] = undate(files["pages/2021-10-14/04.md"]!);
    const dir = tempSite(files);
    let out = "";
    const io = { out: (t: string) => void (out += t), err: () => {} };
    expect(await main(["check", path.join(dir, "pages")], io)).toBe(1);
    expect(out).toContain(`error: pages/增刊/重阳.md has no issue date`);
    out = "";
    expect(await main(["check", path.join(dir, "pages"), "--undated"], io)).toBe(0);
    expect(out).toContain(`warning: pages/增刊/重阳.md: no issue date: built at /undated/增刊-重阳/ (option undated: "section")`);
    expect(await main(["check", path.join(dir, "pages"), "--undated", "--strict"], io)).toBe(1);
    expect(await inside(dir, () => main(["export", "pages", "--out", "text", "--undated"], io))).toBe(0);
    expect(fs.readFileSync(path.join(dir, "text/undated/增刊-重阳/page.txt"), "utf8")).toBe(fs.readFileSync(path.join(dir, "text/2021/10/14/04/page.txt"), "utf8"));
  });

  it("the option takes error or section only", () => {
    expect(resolveOptions({}).undated).toBe("error");
    expect(() => resolveOptions({ undated: "yes" })).toThrow('option `undated` must be "error" (a page with no date or number stops the build) or "section" (it is built at /undated/)');
    expect(undatedSlug("pages/a/b c.md")).toBe("a-b-c");
  });
});
