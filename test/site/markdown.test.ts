// The site's own Markdown pages read like the edition: markdown-it, with
// banmian's plugin added through amendLibrary, joins hard-wrapped Chinese
// lines without a space and gives display punctuation; a page's `note:` is
// Markdown read the same way, with HTML off.
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { banmianMarkdown } from "../../src/site/markdown.ts";
import { build, frontMatter, tempSite } from "./helpers.ts";

describe("banmian's markdown-it plugin", () => {
  const md = new MarkdownIt().use(banmianMarkdown);

  it("joins a line broken between two Chinese characters without a space, keeps one between Latin words", () => {
    expect(md.render("四平日报创刊于\n一九四八年。\n")).toBe("<p>四平日报创刊于一九四八年。</p>\n");
    expect(md.render("欢迎来稿，\n来信请寄编辑部。\n")).toBe("<p>欢迎来稿，来信请寄编辑部。</p>\n");
    expect(md.render("Siping\nDaily\n")).toBe("<p>Siping\nDaily</p>\n");
    // Chinese before, Latin after: the break stays a space.
    expect(md.render("本报网址\nexample.org\n")).toBe("<p>本报网址\nexample.org</p>\n");
  });

  it("gives display punctuation, leaving numbers, addresses and code as written", () => {
    expect(md.render("地址:四平市铁西区(邮编136000),电话0434-1234567。")).toBe("<p>地址：四平市铁西区（邮编136000），电话0434-1234567。</p>\n");
    expect(md.render("共39.55亿元, 见 `a,b` 。")).toBe("<p>共39.55亿元，见 <code>a,b</code> 。</p>\n");
  });

  it("leaves punctuation as printed when the punctuation option is off", () => {
    expect(new MarkdownIt().use(banmianMarkdown, { punctuation: false }).render("地址:四平\n市")).toBe("<p>地址:四平市</p>\n");
  });
});

describe("a site's Markdown page and a page's note", async () => {
  const { pages } = await build(tempSite({
    "about.md": "---\npermalink: /about/\n---\n# 关于本报\n\n四平日报是中共四平市委机关报,\n创刊于一九四八年。\n",
    "pages/2021-10-14/03.md": `${frontMatter({ paper: "四平日报", note: '"本版照片为**示意图**,<b>来源</b>:本报资料。"' })}今天的头条\n\n本报讯 今天有新闻。\n`,
  }), { search: false });

  it("renders the site's own page with the edition's typography", () => {
    expect(pages.get("/about/")).toBe("<h1>关于本报</h1>\n<p>四平日报是中共四平市委机关报，创刊于一九四八年。</p>\n");
  });

  it("renders the note as Markdown, its HTML shown as text", () => {
    expect(pages.get("/2021/10/14/03/")).toContain('<p class="note">本版照片为<strong>示意图</strong>，&lt;b&gt;来源&lt;/b&gt;：本报资料。</p>');
  });
});
