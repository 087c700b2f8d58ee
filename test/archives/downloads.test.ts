// The text and data downloads beside every page, article and issue: the
// text as printed (nothing lost, nothing added), the reading as versioned
// JSON, the same bytes from every build and from `banmian export`.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePages, readSource } from "../../src/parse/index.ts";
import { SCHEMA_VERSION } from "../../src/site/downloads.ts";
import { main } from "../../src/cli/main.ts";
import { writeIssues } from "../../bench/archive.ts";
import { build, exampleFiles, tempSite } from "../site/helpers.ts";

const repo = path.resolve(import.meta.dirname, "../..");
const letters = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).join("");
const filesUnder = (dir: string) =>
  fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /(page|article|issue)\.(txt|json)$/.test(f)).sort();

describe("downloads of the example", async () => {
  const site = await build(tempSite(exampleFiles()), { search: false, siteUrl: "https://example.org" });
  const file = (url: string) => fs.readFileSync(path.join(site.dir, "_site", url), "utf8");

  it("page.txt of each seed page holds the seed's lines for that page: every letter and digit, in order", () => {
    const seed = fs.readFileSync(path.join(repo, "test/fixtures/000_8a1b2aab4ad79620.txt"), "utf8");
    const lines = seed.split(/\r?\n/);
    const seedPages = parsePages(seed);
    expect(seedPages).toHaveLength(2);
    seedPages.forEach((p, k) => {
      const printed = lines.slice(p.lines.from - 1, p.lines.to).join("\n");
      expect(letters(file(`2021/10/14/0${k + 3}/page.txt`))).toBe(letters(printed));
    });
  });

  it("page.txt is the print in reading order: headings first, then credit, dateline and text, the footer last", () => {
    const text = file("2021/10/14/03/page.txt");
    expect(text.startsWith("解放思想 深化改革 狠抓落实\n——铁西全力抓好全区营商环境建设记事\n本报通讯员 杜文翰\n")).toBe(true);
    expect(text).toMatch(/\n本报讯\(通讯员 王健\)为深入贯彻/);
    expect(text.trimEnd().endsWith("sprbxjyw@163.com")).toBe(true);
    // Items apart by a blank line, no HTML, one trailing newline.
    expect(text).toContain("\n\n明确责任分工 层层抓好落实\n");
    expect(text).not.toMatch(/<[a-z]/);
    expect(text.endsWith("\n") && !text.endsWith("\n\n")).toBe(true);
  });

  it("article.txt is one article's part of page.txt", () => {
    const page = file("2021/10/14/03/page.txt");
    for (let k = 1; k <= 3; k++) {
      const a = file(`2021/10/14/03/${k}/article.txt`);
      expect(page).toContain(a.trimEnd());
    }
    expect(file("2021/10/14/03/2/article.txt").split("\n").slice(0, 2)).toEqual(["明确责任分工 层层抓好落实", "铁东召开城乡居民“两险”征收工作部署会议"]);
  });

  it("page.json is the reading with its source lines, versioned", () => {
    const data = JSON.parse(file("2021/10/14/04/page.json"));
    expect(data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.file).toBe("pages/2021-10-14/04.md");
    expect(data.url).toBe("/2021/10/14/04/");
    expect(data.reading.date).toBe("2021-10-14");
    expect(data.reading.page).toBe(4);
    expect(data.reading.lines.from).toBeGreaterThan(1);
    const photos = data.reading.items.filter((i: { kind: string }) => i.kind === "photo");
    expect(photos.map((p: { src: string }) => p.src)).toEqual(["chongyang.jpg", "jiaojing.jpg"]);
    expect(data.articles).toEqual([{ n: 1, url: "/2021/10/14/04/1/" }, { n: 2, url: "/2021/10/14/04/2/" }]);
    // Every item and block names the line it was read from.
    for (const item of data.reading.items) expect(item.line).toBeGreaterThan(0);
    const article = JSON.parse(file("2021/10/14/04/1/article.json"));
    expect(article.article.kind).toBe("article");
    expect(article.article).not.toHaveProperty("url"); // the reading, not the site's additions
  });

  it("the issue's text and JSON hold every page", () => {
    const text = file("2021/10/14/issue.txt");
    expect(text.indexOf("【2021-10-14 第3版 县区新闻】")).toBe(0);
    expect(text).toContain("【2021-10-14 第4版 县区新闻】");
    expect(text).toBe(`【2021-10-14 第3版 县区新闻】\n\n${file("2021/10/14/03/page.txt")}\n【2021-10-14 第4版 县区新闻】\n\n${file("2021/10/14/04/page.txt")}`);
    const data = JSON.parse(file("2021/10/14/issue.json"));
    expect(data.pages.map((p: { url: string }) => p.url)).toEqual(["/2021/10/14/03/", "/2021/10/14/04/"]);
  });

  it("links to them from the page, the article and the issue as 下载文字版, and lists the issue's text in the sitemap", () => {
    expect(site.pages.get("/2021/10/14/03/")).toMatch(/下载文字版：<a href="\/2021\/10\/14\/03\/page.txt"[^>]*>文字<\/a> · <a href="\/2021\/10\/14\/03\/page.json"/);
    expect(site.pages.get("/2021/10/14/03/2/")).toContain('href="/2021/10/14/03/2/article.txt"');
    expect(site.pages.get("/2021/10/14/")).toContain('href="/2021/10/14/issue.json"');
    expect(site.pages.get("/sitemap-2021.xml")).toContain("/2021/10/14/issue.txt</loc>");
  });

  it("banmian export writes the same files, byte for byte", async () => {
    const out = tempSite({});
    const cwd = process.cwd();
    process.chdir(site.dir);
    let code: number;
    try {
      code = await main(["export", "pages", "--out", path.join(out, "export")], { out: () => {}, err: () => {} });
    } finally {
      process.chdir(cwd);
    }
    expect(code).toBe(0);
    const built = filesUnder(path.join(site.dir, "_site"));
    expect(filesUnder(path.join(out, "export"))).toEqual(built);
    for (const f of built) expect(fs.readFileSync(path.join(out, "export", f), "utf8"), f).toBe(file(f));
  });
});

describe("downloads: false", async () => {
  const site = await build(tempSite(exampleFiles()), { search: false, downloads: false, siteUrl: "https://example.org" });

  it("writes no downloads and links none", () => {
    expect([...site.pages.keys()].filter((u) => /\.(txt|json)$/.test(u) && u !== "/robots.txt")).toEqual([]);
    expect(site.pages.get("/2021/10/14/03/")).not.toContain("下载文字版");
    expect(site.pages.get("/sitemap-2021.xml")).not.toContain("issue.txt");
  });
});

describe("downloads of a generated archive", async () => {
  const dir = tempSite({});
  const written = writeIssues(dir, { issues: 2, start: "2022-03-01" });
  const first = await build(dir, { search: false });
  const firstFiles = new Map(filesUnder(path.join(dir, "_site")).map((f) => [f, fs.readFileSync(path.join(dir, "_site", f))]));

  it("page.txt of every page holds the page file's text, every letter and digit in order", () => {
    expect(written).toHaveLength(16);
    for (const rel of written) {
      const { body } = readSource(fs.readFileSync(path.join(dir, rel), "utf8"), rel);
      const [, date, nn] = /(\d{4}-\d\d-\d\d)\/(\d\d)\.md$/.exec(rel)!;
      expect(letters(first.pages.get(`/${date!.replaceAll("-", "/")}/${nn}/page.txt`) ?? ""), rel).toBe(letters(body));
    }
  });

  it("are byte-identical when the archive is built again", async () => {
    fs.rmSync(path.join(dir, "_site"), { recursive: true });
    await build(dir, { search: false });
    const again = filesUnder(path.join(dir, "_site"));
    expect(again).toEqual([...firstFiles.keys()]);
    for (const f of again) expect(fs.readFileSync(path.join(dir, "_site", f)).equals(firstFiles.get(f)!), f).toBe(true);
  });
});
