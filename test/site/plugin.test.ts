// The plugin on hand-written readings (the parser is mocked here; see
// example.test.ts for the real one): every URL, the page's HTML, escaping,
// photos, pathPrefix, overriding a layout.
import fs from "node:fs";
import { HtmlValidate } from "html-validate";
import { describe, expect, it, vi } from "vitest";
import { hostilePage, pageA, pageB } from "./fixtures.ts";
import { build, frontMatter, tempSite } from "./helpers.ts";

// The hand-written readings stand in for the parser: page 4's, as the parse
// layer gives it, carries its front matter's photos (a.jpg, b.jpg) and note.
vi.mock("../../src/parse/index.ts", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../src/parse/index.ts")>()),
  readPageFile(text: string, file: string) {
    if (file.endsWith("2021-10-14/03.md")) return [pageA()];
    if (file.endsWith("2021-10-14/04.md")) {
      const page = { ...pageB(), note: "照片为示意图。" };
      const named = /photos: \[(.*)\]/.exec(text)?.[1]?.split(", ") ?? [];
      page.items.filter((i) => i.kind === "photo").forEach((p, k) => {
        if (named[k]) p.src = named[k];
      });
      return [page];
    }
    if (file.endsWith("hostile.md")) return [hostilePage()];
    throw new Error(`no fixture for ${file}`);
  },
}));

const PHOTO = fs.readFileSync(new URL("./tiny.jpg", import.meta.url));

function exampleSite(extra: Record<string, string | Buffer> = {}) {
  return tempSite({
    "pages/2021-10-14/03.md": `${frontMatter({ paper: "四平日报", date: "2021-10-14", page: "3" })}text`,
    "pages/2021-10-14/04.md": `${frontMatter({ photos: "[a.jpg, b.jpg]", note: "照片为示意图。" })}text`,
    "photos/a.jpg": PHOTO,
    "photos/b.jpg": PHOTO,
    ...extra,
  });
}

const hrefs = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);

describe("the web edition", async () => {
  const site = await build(exampleSite(), { siteUrl: "https://paper.example.cn" });
  const get = (url: string) => {
    const html = site.pages.get(url);
    if (html === undefined) throw new Error(`no page at ${url}`);
    return html;
  };
  /** The HTML without the <wbr> that mark where a headline may break. */
  const text = (url: string) => get(url).replaceAll("<wbr>", "");

  it("creates every URL", () => {
    // Each page, article and issue with its text and its reading as JSON beside it.
    const withDownloads = (url: string, name: string) => [url, `${url}${name}.txt`, `${url}${name}.json`];
    expect([...site.pages.keys()].sort()).toEqual([
      "/", ...withDownloads("/2021/10/14/", "issue"), ...withDownloads("/2021/10/14/03/", "page"),
      ...withDownloads("/2021/10/14/03/1/", "article"), ...withDownloads("/2021/10/14/03/2/", "article"), ...withDownloads("/2021/10/14/03/3/", "article"),
      ...withDownloads("/2021/10/14/04/", "page"), ...withDownloads("/2021/10/14/04/1/", "article"), ...withDownloads("/2021/10/14/04/2/", "article"),
      "/404.html", "/archive/", "/archive/2021/", "/banmian.css", "/corrections/", "/favicon.svg", "/feed.xml", "/robots.txt", "/search/", "/sitemap-2021.xml", "/sitemap.xml",
    ].sort());
  });

  it("links only to pages that exist", () => {
    for (const [url, html] of site.pages) {
      if (!url.endsWith("/")) continue;
      for (const href of hrefs(html)) {
        // Photos and Pagefind's bundle are written beside the pages, not by templates.
        if (!href.startsWith("/") || href.startsWith("/img/") || href.startsWith("/pagefind/")) continue;
        expect(site.pages.has(href.replace(/#.*$/, "")), `${url} links to ${href}`).toBe(true);
      }
    }
  });

  it("sets kicker, headline and subtitle as an hgroup, h1 being the page's title", () => {
    const html = text("/2021/10/14/03/");
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toMatch(/<h1><span class="label">第3版<\/span> <span class="name">县区新闻<\/span><\/h1>/);
    expect(html).toMatch(/<hgroup><p class="kicker">明确责任分工 层层抓好落实<\/p><h2 class="headline"><a href="\/2021\/10\/14\/03\/2\/">铁东召开城乡居民“两险”征收工作部署会议<\/a><\/h2>\s*<\/hgroup>/);
    expect(html).toMatch(/<h2 class="headline">.*解放思想 深化改革 狠抓落实.*<\/h2><p class="subtitle">——铁西全力抓好全区营商环境建设记事<\/p>/);
    expect(html).toContain('<p class="byline">本报通讯员 杜文翰</p>');
    expect(html).toContain('<h3 class="crosshead">全力推进招商引资 力争明显突破</h3>');
    expect(html).toContain('<p><b class="dateline">本报讯（通讯员 王健）</b>为深入贯彻');
    // the masthead: paper, date line
    expect(html).toContain('<p class="paper"><a href="/">四平日报</a></p>');
    expect(html).toContain("2021年10月14日");
  });

  it("prints the footer with a mailto: link", () => {
    const html = get("/2021/10/14/03/");
    expect(html).toContain("本版编辑 辛宏 王森");
    expect(html).toContain("本版校对 刘铁铮");
    expect(html).toContain('<a href="mailto:sprbxjyw@163.com">sprbxjyw@163.com</a>');
  });

  it("shows photos as figures with caption and credit, the first eager, the rest lazy", () => {
    const html = get("/2021/10/14/04/");
    const figures = [...html.matchAll(/<figure class="photo"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
    expect(figures).toHaveLength(2);
    expect(figures[0]).toMatch(/<figcaption>.*重阳节前夕，双辽福康医院.*<span class="credit">本报通讯员 张绍杰 摄<\/span><\/figcaption>/);
    expect(figures[0]).toMatch(/<picture>[\s\S]*<source type="image\/avif"[\s\S]*<source type="image\/webp"[\s\S]*<img src="\/img\/[^"]+\.jpeg"[^>]* width="64" height="40" alt="照片（点击看大图）"/);
    // the caption is read from the figcaption: the alt does not repeat it
    expect(figures[0]).not.toMatch(/alt="[^"]*重阳节前夕/);
    expect(figures[0]).toMatch(/<a class="enlarge" href="\/img\/[^"]+-64\.jpeg">/);
    expect(figures[0]).not.toContain('loading="lazy"');
    expect(figures[1]).toContain('loading="lazy"');
    expect(figures[1]).toContain("本报通讯员 王仁海 摄");
    expect(html).toContain('<p class="note">照片为示意图。</p>');
  });

  it("marks an article that continues elsewhere", () => {
    expect(get("/2021/10/14/04/")).toContain("（未完）");
    expect(get("/2021/10/14/04/2/")).toContain("（未完）");
  });

  it("gives an article its own page with canonical link, Open Graph and NewsArticle JSON-LD", () => {
    const html = text("/2021/10/14/03/2/");
    expect(html).toMatch(/<hgroup><p class="kicker">明确责任分工 层层抓好落实<\/p><h1 class="headline">铁东召开/);
    expect(html).toContain('<link rel="canonical" href="https://paper.example.cn/2021/10/14/03/2/">');
    expect(html).toContain('<meta property="og:title" content="铁东召开城乡居民“两险”征收工作部署会议">');
    expect(html).toContain('href="/2021/10/14/03/#a2"');
    expect(html).toContain('href="/2021/10/14/"');
    const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(json).toMatchObject({
      "@type": "NewsArticle", headline: "铁东召开城乡居民“两险”征收工作部署会议",
      alternativeHeadline: "明确责任分工 层层抓好落实", author: { "@type": "Person", name: "王健" },
      datePublished: "2021-10-14", printPage: "3", printSection: "县区新闻",
      isPartOf: { "@type": "PublicationIssue", isPartOf: { "@type": "Newspaper", name: "四平日报" } },
    });
  });

  it("lists every page of an issue with its headlines; / is the latest issue", () => {
    const html = text("/2021/10/14/");
    expect(html).toContain('<a href="/2021/10/14/03/">第3版 县区新闻</a>');
    expect(html).toContain('<a href="/2021/10/14/04/2/">梨树召开医疗机构疫情防控及乡村振兴工作会议</a>');
    expect(get("/")).toContain('<a href="/2021/10/14/04/">第4版 县区新闻</a>');
    expect(get("/")).toContain('<link rel="canonical" href="https://paper.example.cn/2021/10/14/">');
  });

  it("keeps the archive to years and months, with a calendar per month", () => {
    expect(get("/archive/")).toContain('<a href="/archive/2021/#m10">10月</a>');
    const year = get("/archive/2021/");
    expect(year).toContain("<caption>2021年10月</caption>");
    expect(year).toContain('<td><a href="/2021/10/14/">14</a></td>');
  });

  it("writes an Atom feed, sitemaps and robots.txt with absolute URLs", () => {
    const feed = get("/feed.xml");
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">');
    expect(feed).toContain("<id>https://paper.example.cn/2021/10/14/04/2/</id>");
    expect(feed).toContain("<published>2021-10-14T00:00:00+08:00</published>");
    expect(feed).toContain("&lt;p&gt;&lt;b class=&quot;dateline&quot;&gt;");
    expect(feed.match(/<entry>/g)).toHaveLength(5);
    expect(get("/sitemap.xml")).toContain("<loc>https://paper.example.cn/sitemap-2021.xml</loc>");
    expect(get("/sitemap-2021.xml")).toContain("<loc>https://paper.example.cn/2021/10/14/03/1/</loc>");
    expect(get("/robots.txt")).toContain("Sitemap: https://paper.example.cn/sitemap.xml");
  });

  it("writes valid HTML", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    for (const [url, html] of site.pages) {
      if (!url.endsWith("/")) continue;
      const report = await validator.validateString(html);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
      expect(messages, url).toEqual([]);
    }
  });

  it("serves one stylesheet: mobile first, columns when wide, print styles", () => {
    const css = get("/banmian.css");
    expect(css).toContain("text-indent: 2em");
    expect(css).toContain("text-autospace: normal");
    expect(css).toContain("line-break: strict");
    expect(css).toContain("@media screen and (min-width: 640px)");
    expect(css).toContain("@media print");
  });
});

describe("safety", () => {
  it("fails the build with the path when a file of the edition cannot be written", async () => {
    const site = exampleSite({ "_site/2021": "a file where the year's folder goes" });
    await expect(build(site)).rejects.toThrow(/could not write \S*_site\/2021\/10\/14\/\S+: ENOTDIR: not a directory, mkdir '.*_site\/2021\/10\/14/);
  });

  it("shows template syntax and markup in page text as text, never executing it", async () => {
    const { pages } = await build(tempSite({ "pages/hostile.md": "---\ndate: 2021-10-15\npage: 1\n---\n{{ 7*7 }} {% raw %} <script>alert(1)</script>" }));
    for (const url of ["/2021/10/15/01/", "/2021/10/15/01/1/"]) {
      const html = pages.get(url)!;
      expect(html).toContain("标题{{ 7*7 }}");
      expect(html).toContain("{% raw %}引题");
      expect(html).toContain("正文&lt;script&gt;alert(1)&lt;/script&gt;{{ 7*7 }}{% raw %}&lt;/script&gt;结束");
      expect(html).not.toContain("<script>alert");
      expect(html).not.toContain("49");
    }
    const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(pages.get("/2021/10/15/01/1/")!)![1]!;
    expect(script).not.toMatch(/[<>]/);
    expect(JSON.parse(script).headline).toBe("标题{{ 7*7 }}");
    // the page file itself is not a template of the site
    expect([...pages.keys()].some((u) => u.includes("hostile"))).toBe(false);
  });

  it("fails the build naming the page file and the photo when a photo is missing", async () => {
    const dir = tempSite({
      "pages/2021-10-14/04.md": `${frontMatter({ photos: "[a.jpg, gone.jpg]" })}text`,
      "photos/a.jpg": PHOTO,
    });
    await expect(build(dir)).rejects.toThrow(/pages\/2021-10-14\/04\.md.*gone\.jpg|gone\.jpg[\s\S]*pages\/2021-10-14\/04\.md/);
  });
});

describe("pathPrefix", () => {
  it("makes every internal link start with the prefix", async () => {
    const { pages } = await build(exampleSite(), {}, { pathPrefix: "/paper/" });
    let count = 0;
    for (const [url, html] of pages) {
      if (!url.endsWith("/")) continue;
      for (const href of hrefs(html)) {
        if (/^(mailto:|https?:|#)/.test(href)) continue;
        expect(href, `${href} on ${url}`).toMatch(/^\/paper\//);
        count++;
      }
      for (const m of html.matchAll(/srcset="([^"]*)"/g)) {
        for (const part of m[1]!.split(",")) expect(part.trim()).toMatch(/^\/paper\/img\//);
      }
    }
    expect(count).toBeGreaterThan(50);
    // No siteUrl: no feed and no sitemap, whose URLs must be absolute (feed.test.ts has them with the prefix).
    expect(pages.has("/sitemap-2021.xml")).toBe(false);
    expect(pages.has("/feed.xml")).toBe(false);
  });
});

describe("layouts", () => {
  it("lets a site override a layout from its own _includes", async () => {
    const { pages } = await build(exampleSite({
      "_includes/banmian-photo.njk": '<figure class="mine">{{ ph.caption }}</figure>',
    }));
    expect(pages.get("/2021/10/14/04/")).toContain('<figure class="mine">重阳节前夕');
    expect(pages.get("/2021/10/14/03/")).toContain("<hgroup>");
  });

  it("registers the format filters for Liquid and JavaScript templates too, and the collections", async () => {
    const { pages } = await build(exampleSite({
      "extra.liquid": "---\npermalink: /extra/\n---\n{{ \"2021-10-14\" | zhDate: \"long\" }}|{{ 3 | pageLabel }}|{{ collections.banmianArticles.size }}",
      "extra.11ty.js": "export const data = { permalink: '/extra-js/' };\nexport function render() { return this.zhPunct('甲,乙') + '|' + this.mailto('a@b.cn'); }",
    }));
    expect(pages.get("/extra/")).toBe("2021年10月14日|第3版|5");
    expect(pages.get("/extra-js/")).toBe("甲，乙|mailto:a@b.cn");
  });

  it("passes zhDate's options through the filter, each call with its own", async () => {
    const { pages } = await build(exampleSite({
      "extra.njk": "---\npermalink: /lunar/\n---\n{{ \"2021-02-12\" | zhDate(\"lunar\") }}|{{ \"2021-02-12\" | zhDate(\"lunar\", { zheng: false }) }}",
    }));
    expect(pages.get("/lunar/")).toBe("农历辛丑年正月初一|农历辛丑年一月初一");
  });

  it("renders the edition as the site's own pages: its global data, its transforms", async () => {
    const { pages } = await build(exampleSite({
      "_data/site.json": '{ "motto": "<b>本地</b>新闻" }',
      "_includes/banmian-masthead.njk": '<header class="masthead"><p>{{ site.motto }} · {{ page.url }}</p></header>',
    }), { siteUrl: "https://paper.example.cn" }, {
      // As Eleventy's documentation writes a transform: outputPath is false for a template that writes nothing.
      config: (c) => c.addTransform("stamp", function (html) { return String(this.page.outputPath).endsWith(".html") ? `${html}<!-- ${this.page.url} -->` : html; }),
    });
    const page = pages.get("/2021/10/14/03/") ?? "";
    expect(page).toContain('<header class="masthead"><p>&lt;b&gt;本地&lt;/b&gt;新闻 · /2021/10/14/03/</p></header>');
    expect(page.endsWith("<!-- /2021/10/14/03/ -->")).toBe(true);
    expect(pages.get("/2021/10/14/03/1/")?.endsWith("<!-- /2021/10/14/03/1/ -->")).toBe(true);
    expect(pages.get("/feed.xml")).not.toContain("<!--");
  });

  it("refuses a template of the site that would write over a page of the edition, naming it", async () => {
    await expect(build(exampleSite({ "mine.njk": "---\npermalink: /archive/\n---\nmine" })))
      .rejects.toThrow("./mine.njk writes /archive/, a page of the edition: give it another permalink");
  });

  it("leaves out article pages when articlePages is false, linking to anchors", async () => {
    const { pages } = await build(exampleSite(), { articlePages: false, punctuation: false });
    expect(pages.has("/2021/10/14/03/2/")).toBe(false);
    expect(pages.get("/2021/10/14/")).toContain('href="/2021/10/14/03/#a2"');
    expect(pages.get("/2021/10/14/03/")).toContain("为深入贯彻国家关于城乡居民“两险”征收工作会议精神,日前");
  });
});
