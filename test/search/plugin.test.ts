// The search option without a browser: what the layouts mark for Pagefind,
// the photo records, and that only a build that writes files is indexed.
import fs from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { describe, expect, it } from "vitest";
import banmian from "../../src/site/plugin.ts";
import { resolveOptions } from "../../src/site/options.ts";
import { photoRecords, SEARCH_LANGUAGE } from "../../src/site/search.ts";
import { buildEdition } from "../../src/site/edition.ts";
import { readPages } from "../../src/site/read.ts";
import { build, exampleFiles, tempSite } from "../site/helpers.ts";

const root = path.resolve(import.meta.dirname, "../..");

describe("search, on by default", async () => {
  const dir = tempSite(exampleFiles());
  const site = await build(dir, { paper: "四平日报" });

  it("creates /search/ with Pagefind's UI and a form on every page", () => {
    const html = site.pages.get("/search/") ?? "";
    expect(html).toContain('<script src="/pagefind/pagefind-ui.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="/pagefind/pagefind-ui.css">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    for (const url of ["/", "/2021/10/14/03/", "/2021/10/14/03/1/", "/archive/"]) {
      expect(site.pages.get(url), url).toMatch(/<form class="site-search" role="search" action="\/search\/"><input type="search" name="q"/);
    }
  });

  it("marks the article's own page, not the printed page, as what Pagefind indexes", () => {
    const article = site.pages.get("/2021/10/14/03/1/") ?? "";
    expect(article).toContain('<article class="story single" data-pagefind-body>');
    expect(article).toContain('<meta name="banmian:title" data-pagefind-meta="title[content]" content="解放思想 深化改革 狠抓落实">');
    expect(article).toContain('data-pagefind-meta="版面[content]" content="2021年10月14日 第3版"');
    for (const url of ["/", "/2021/10/14/", "/2021/10/14/03/", "/archive/", "/search/"]) {
      expect(site.pages.get(url), url).not.toContain("data-pagefind-body");
    }
  });

  it("writes the index beside the site, and nothing at all for a JSON build", async () => {
    expect(fs.existsSync(path.join(dir, "_site", "pagefind", "pagefind.js"))).toBe(true);
    const json = tempSite(exampleFiles());
    const elev = new Eleventy(json, path.join(json, "_site"), {
      configPath: false, quietMode: true, config(c: { addPlugin(p: unknown, o: unknown): void }) { c.addPlugin(banmian, {}); },
    } as never);
    elev.disableLogger();
    await elev.toJSON();
    expect(fs.existsSync(path.join(json, "_site"))).toBe(false);
  });
});

describe("search: false", async () => {
  const site = await build(tempSite(exampleFiles()), { paper: "四平日报", search: false });
  it("has no /search/ and no form", () => {
    expect(site.pages.has("/search/")).toBe(false);
    expect(site.pages.get("/")).not.toContain("site-search");
  });
  it("is checked like every option", () => {
    expect(() => resolveOptions({ search: "yes" })).toThrow("option `search` must be true or false");
  });
});

describe("search with articlePages: false", async () => {
  const site = await build(tempSite(exampleFiles()), { articlePages: false });
  it("indexes the printed page's items instead", () => {
    expect(site.pages.get("/2021/10/14/03/")).toContain('<div class="items" data-pagefind-body>');
  });
});

describe("photo records", () => {
  it("point at each photo on its printed page, with caption and credit as text", () => {
    const dir = path.join(root, "pages");
    const ed = buildEdition(readPages(dir, (f) => path.relative(root, f)), { articlePages: true }, (n) => `第${n}版`);
    const records = photoRecords(ed, (s) => s, (p) => `${p.date} 第${p.page}版`);
    expect(records.map((r) => r.url)).toEqual(["/2021/10/14/04/#p1", "/2021/10/14/04/#p2"]);
    expect(records[0]!.content).toContain("重阳节");
    expect(records[0]!.content).toContain("张绍杰");
    expect(records[0]!.language).toBe(SEARCH_LANGUAGE);
    expect(records[0]!.meta.版面).toBe("2021-10-14 第4版");
    expect(records[0]!.meta.title.length).toBeLessThanOrEqual(31);
  });
});

describe("a written build with search: false", () => {
  it("writes the site and no Pagefind bundle", async () => {
    const dir = tempSite(exampleFiles());
    await build(dir, { search: false, imageFormats: ["jpeg"], imageWidths: [480] });
    expect(fs.existsSync(path.join(dir, "_site", "index.html"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "_site", "pagefind"))).toBe(false);
  });
});
