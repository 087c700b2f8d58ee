// The plugin on hand-written readings (the parser is mocked): every URL,
// the page's HTML, escaping, photos, pathPrefix.
import fs from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { hostilePage, pageA, pageB } from "./fixtures.ts";
import { build, frontMatter, tempSite } from "./helpers.ts";

vi.mock("../../src/parse/index.ts", () => ({
  readPageFile(text: string, file: string) {
    if (file.endsWith("2021-10-14/03.md")) return [pageA()];
    if (file.endsWith("2021-10-14/04.md")) return [pageB()];
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

describe("the web edition", () => {
  it("creates every URL", async () => {
    const { pages } = await build(exampleSite(), { siteUrl: "https://paper.example.cn" });
    const urls = [...pages.keys()].sort();
    expect(urls).toEqual([
      "/", "/2021/10/14/", "/2021/10/14/03/", "/2021/10/14/03/1/", "/2021/10/14/03/2/", "/2021/10/14/03/3/",
      "/2021/10/14/04/", "/2021/10/14/04/1/", "/2021/10/14/04/2/",
      "/archive/", "/archive/2021/", "/banmian.css", "/feed.xml", "/robots.txt", "/sitemap-2021.xml", "/sitemap.xml",
    ].sort());
  });
});
