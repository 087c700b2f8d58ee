// Text from the page is text: every field that reaches a web page is shown
// escaped, and no template syntax in it is ever executed.
import { describe, expect, it } from "vitest";
import { zhPunct } from "../../src/format/index.ts";
import { readPageFile } from "../../src/parse/index.ts";
import type { Article, Photo } from "../../src/model.ts";
import { build, tempSite } from "../site/helpers.ts";

const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(2)>";
const JS_URL = "javascript:alert(3)";
const EXPR = "{{ 7*7 }}";
const TAG = "{% raw %}";

const page = `---
paper: 四平${SCRIPT}日报
date: 2021-10-14
page: 3
pageName: 县区${EXPR}新闻
note: 示意${IMG}说明
---
引题${SCRIPT}内容

主题${EXPR}标题

——副题${TAG}内容

本报通讯员 杜文翰

正文${IMG}开头,链接${JS_URL}结束。

小标题${TAG}部分

第二段${EXPR}文字。

重阳节前夕,社区${SCRIPT}开展了义诊。

本报通讯员 张绍杰 摄

本版编辑 辛宏 王森 本版校对 刘铁铮
电子邮箱: ${JS_URL}
`;

/** As the page shows it: display punctuation on (the default), then HTML-escaped. */
const escaped = (s: string) => zhPunct(s).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** Every tag's own attributes (their quoted values blanked): where an event handler would live. */
const tagsOf = (html: string) => [...html.matchAll(/<[a-zA-Z][^>]*>/g)].map((m) => m[0].replace(/"[^"]*"/g, '""'));

describe("hostile page text", async () => {
  const [model] = readPageFile(page, "pages/2021-10-14/03.md");
  const article = model!.items[0] as Article;
  const photo = model!.items[1] as Photo;
  const site = await build(tempSite({ "pages/2021-10-14/03.md": page }), { siteUrl: "https://paper.example.cn" });
  const html = [...site.pages.values()].join("\n");
  // headlines carry <wbr> where they may break (between escaped pieces: never inside an entity)
  const pageHtml = (site.pages.get("/2021/10/14/03/") ?? "").replaceAll("<wbr>", "");
  const articleHtml = site.pages.get("/2021/10/14/03/1/") ?? "";

  it("is read into the fields it was meant to test", () => {
    expect(article.kicker).toBe(`引题${SCRIPT}内容`);
    expect(article.headline).toBe(`主题${EXPR}标题`);
    expect(article.subtitle).toBe(`——副题${TAG}内容`);
    expect(article.body.map((b) => b.kind)).toEqual(["paragraph", "crosshead", "paragraph"]);
    expect(photo.caption).toBe(`重阳节前夕,社区${SCRIPT}开展了义诊。`);
    expect(model!.paper).toBe(`四平${SCRIPT}日报`);
    expect(model!.note).toBe(`示意${IMG}说明`);
  });

  it("never lets markup through, in any field or page", () => {
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(tagsOf(html).filter((tag) => /\son[a-z]+\s*=/i.test(tag))).toEqual([]);
  });

  it("shows each field's markup as text", () => {
    for (const text of [article.kicker!, photo.caption, article.body[0]!.text, model!.paper!, model!.note!]) {
      expect(pageHtml).toContain(escaped(text));
    }
  });

  it("never executes template syntax: {{ }} and {% %} stay as printed", () => {
    for (const text of [article.headline!, article.subtitle!, article.body[1]!.text, article.body[2]!.text, model!.pageName!]) {
      expect(pageHtml).toContain(escaped(text));
    }
    expect(pageHtml).not.toContain("主题49标题");
  });

  it("makes no link of a javascript: URL, even where an e-mail address belongs", () => {
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(pageHtml).toContain("javascript:alert");
  });

  it("keeps JSON-LD closed: no </script> from the text inside it", () => {
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(articleHtml)?.[1] ?? "";
    expect(ld).not.toBe("");
    expect(ld).not.toContain("<");
    expect(JSON.parse(ld).isPartOf.isPartOf.name).toBe(`四平${SCRIPT}日报`);
  });
});
