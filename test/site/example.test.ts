// The example newspaper (pages/, photos/) through the real parser, built
// in-process to JSON: no image files are written (eleventy-img reads sizes only).
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { build, exampleFiles, tempSite } from "./helpers.ts";

describe("the example newspaper, read by the parser", async () => {
  const site = await build(tempSite(exampleFiles()), { paper: "四平日报", siteUrl: "https://paper.example.cn" });
  const get = (url: string) => site.pages.get(url) ?? "";

  it("builds every URL of the seed's two pages", () => {
    for (const url of ["/", "/2021/10/14/", "/2021/10/14/03/", "/2021/10/14/04/", "/archive/", "/archive/2021/", "/feed.xml", "/sitemap.xml", "/robots.txt"]) {
      expect(site.pages.has(url), url).toBe(true);
    }
    for (let k = 1; k <= 3; k++) expect(site.pages.has(`/2021/10/14/03/${k}/`)).toBe(true);
    for (let k = 1; k <= 2; k++) expect(site.pages.has(`/2021/10/14/04/${k}/`)).toBe(true);
  });

  it("shows page 3 as the editor reads it", () => {
    const html = get("/2021/10/14/03/").replaceAll("<wbr>", "");
    expect(html).toMatch(/<hgroup><p class="kicker">明确责任分工 层层抓好落实<\/p><h2 class="headline">.*铁东召开城乡居民“两险”征收工作部署会议/);
    expect(html).toContain("——铁西全力抓好全区营商环境建设记事");
    expect(html).toContain("本报通讯员 杜文翰");
    expect(html).toMatch(/<b class="dateline">本报讯（通讯员 王健）<\/b>为深入贯彻/);
    expect(html).toContain('<h3 class="crosshead">全力推进招商引资 力争明显突破</h3>');
    expect(html).toContain('<a href="mailto:sprbxjyw@163.com">');
    expect(html).toContain('<p class="page-credits">本版编辑 辛宏 王森\u3000本版校对 刘铁铮</p>');
  });

  it("keeps each page within the phone budget: HTML plus CSS at most 30 KB gzipped", () => {
    const css = gzipSync(get("/banmian.css")).length;
    expect(css).toBeGreaterThan(0);
    for (const url of ["/", "/2021/10/14/", "/2021/10/14/03/", "/2021/10/14/04/", "/2021/10/14/03/1/", "/archive/2021/", "/404.html"]) {
      expect(get(url), url).toContain("</html>");
      expect(gzipSync(get(url)).length + css, url).toBeLessThanOrEqual(30 * 1024);
    }
  });

  it("prints a page's and an article's own address at their end (screen: hidden)", () => {
    expect(get("/2021/10/14/03/")).toContain('<p class="print-url">https://paper.example.cn/2021/10/14/03/</p>');
    expect(get("/2021/10/14/03/1/")).toContain('<p class="print-url">https://paper.example.cn/2021/10/14/03/1/</p>');
  });

  it("shares an article of page 4 with its page's lead photo, at its largest", () => {
    expect(get("/2021/10/14/04/1/")).toMatch(/<meta property="og:image" content="https:\/\/paper\.example\.cn\/img\/[^"]+-1600\.jpeg">/);
    expect(get("/2021/10/14/03/1/")).not.toContain("og:image");
  });

  it("shows page 4's photos with caption and credit, and the unfinished article", () => {
    const html = get("/2021/10/14/04/");
    expect(html.match(/<figure class="photo"/g)).toHaveLength(2);
    expect(html).toMatch(/<figcaption>.*重阳节前夕.*本报通讯员 张绍杰 摄.*<\/figcaption>/);
    expect(html).toMatch(/<figcaption>.*梨树县交警部门.*本报通讯员 王仁海 摄.*<\/figcaption>/);
    expect(html).toMatch(/<img src="\/img\/[^"]+\.jpeg"[^>]* width="1600" height="106[67]"/);
    expect(html).toContain("（未完）");
    expect(html).toContain("本版照片为示意图");
  });

  it("shows every footer line: the phone, and an address that is no address as text, not a link", async () => {
    const { pages } = await build(tempSite({
      "pages/2021-10-15/01.md": "---\npaper: 四平日报\n---\n标题\n\n本报讯 正文。\n\n责任编辑 / 常容轩 电话：（010）84528274\n电子邮箱: sprbxjyw at 163.com\n",
    }));
    const html = pages.get("/2021/10/15/01/") ?? "";
    expect(html).toContain("电话：（010）84528274");
    expect(html).toContain("电子邮箱：sprbxjyw at 163.com");
    expect(html).not.toContain("mailto:");
  });

  it("keeps template syntax and markup in print text as text", async () => {
    const { pages } = await build(tempSite({
      "pages/2021-10-15/01.md": "---\npaper: 四平日报\n---\n\n标题{{ 7*7 }}\n\n本报讯(通讯员 王健)正文<script>alert(1)</script>{% raw %}结束。\n",
    }));
    const html = pages.get("/2021/10/15/01/") ?? "";
    expect(html).toContain("{{ 7*7 }}");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;{% raw %}");
    expect(html).not.toContain("<script>alert");
  });

  it("fails naming the page file and the photo when a named photo is missing", async () => {
    const files = exampleFiles();
    delete files["photos/jiaojing.jpg"];
    await expect(build(tempSite(files))).rejects.toThrow(/pages\/2021-10-14\/04\.md names photo "jiaojing\.jpg"/);
  });
});
