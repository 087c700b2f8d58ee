// Archives hold GBK, GB18030, Big5 and UTF-16 files: each is decoded with a
// warning naming its encoding, and the page shows the real characters.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readFile } from "../../src/cli/read.ts";
import type { Article } from "../../src/model.ts";
import { build, tempSite } from "../site/helpers.ts";

const dir = path.resolve(import.meta.dirname, "encodings");
const SIMPLIFIED = "铁东召开城乡居民“两险”征收工作部署会议";
const TRADITIONAL = "鐵東召開城鄉居民兩險徵收工作部署會議";

const cases = [
  { file: "gbk.md", encoding: "GBK/GB18030", headline: SIMPLIFIED },
  { file: "gb18030.md", encoding: "GBK/GB18030", headline: SIMPLIFIED, name: "王𠀾" },
  { file: "big5.md", encoding: "Big5", headline: TRADITIONAL },
  { file: "utf16le-bom.md", encoding: "UTF-16LE", headline: SIMPLIFIED },
  { file: "utf16be.md", encoding: "UTF-16BE", headline: SIMPLIFIED },
];

describe("page files in other encodings", () => {
  for (const c of cases) {
    it(`reads ${c.file} as ${c.encoding}, with a warning`, () => {
      const [page] = readFile(path.join(dir, c.file));
      expect(page!.warnings[0]).toEqual({ line: 1, message: `decoded from ${c.encoding}; save the file as UTF-8` });
      const article = page!.items[0] as Article;
      expect(article.headline).toBe(c.headline);
      if (c.name) expect(article.dateline?.people[0]?.names).toEqual([c.name]);
    });
  }

  it("builds pages that show the real characters, never mojibake", async () => {
    const site = await build(
      tempSite({
        "pages/2021-10-14/03.md": fs.readFileSync(path.join(dir, "gbk.md")),
        "pages/2021-10-14/04.md": fs.readFileSync(path.join(dir, "big5.md")),
      }),
    );
    // headlines carry <wbr> where they may break
    expect(site.pages.get("/2021/10/14/03/")?.replaceAll("<wbr>", "")).toContain(SIMPLIFIED);
    expect(site.pages.get("/2021/10/14/04/")?.replaceAll("<wbr>", "")).toContain(TRADITIONAL);
    expect([...site.pages.values()].join("")).not.toContain("\uFFFD");
  });
});
