// Corrections published after a page: read from the front matter with
// errors at their line, shown on the page and on the article they concern,
// dating the page's last change for search engines and feed readers, listed
// at /corrections/; and `banmian check` noticing a page changed without one.
// The correction sentences here are marked （测试）: test data, not print.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeIssues } from "../../bench/archive.ts";
import { main } from "../../src/cli/main.ts";
import { BanmianError } from "../../src/errors.ts";
import { readPageFile } from "../../src/parse/index.ts";
import { build, exampleFiles, tempSite } from "../site/helpers.ts";

/** Feed and sitemaps are written with a siteUrl only (absolute URLs). */
const SITE = "https://example.org";
import { htmlProblems } from "./valid-html.ts";

const withCorrections = (page: string, lines: string[]) => page.replace(/\n---\n/, `\n${lines.join("\n")}\n---\n`);
const EXAMPLE_CORRECTIONS = [
  "corrections:",
  "  - date: 2021-10-16",
  "    text: （测试）第二篇文章的一处人名已改正。",
  "    article: 2",
  "  - date: 2021-10-18",
  "    text: （测试）本版版名已改正。",
];

describe("corrections: in the front matter", () => {
  const page = (yaml: string) => `---\ndate: 2021-10-14\npage: 3\n${yaml}\n---\n本报讯 正文。\n`;
  const fails = (yaml: string): BanmianError => {
    try {
      readPageFile(page(yaml), "pages/x.md");
    } catch (e) {
      return e as BanmianError;
    }
    throw new Error("read without an error");
  };

  it("reads each entry with the line it is on", () => {
    const [model] = readPageFile(page(EXAMPLE_CORRECTIONS.join("\n")), "pages/x.md");
    expect(model!.corrections).toEqual([
      { date: "2021-10-16", text: "（测试）第二篇文章的一处人名已改正。", article: 2, line: 5 },
      { date: "2021-10-18", text: "（测试）本版版名已改正。", line: 8 },
    ]);
    expect(model!.warnings.filter((w) => w.message.includes("front matter"))).toEqual([]); // corrections is a known key
  });

  it("refuses what is not a correction, naming the entry's line", () => {
    let e = fails("corrections:\n  - date: 2021-10-16\n    text: a\n  - date: 2021-02-30\n    text: b");
    expect([e.file, e.line]).toEqual(["pages/x.md", 7]);
    expect(e.message).toContain("a day of the calendar (got `2021-02-30`)");
    e = fails("corrections:\n  - date: 2021-10-13\n    text: a");
    expect(e.message).toBe("pages/x.md:5: a correction dated 2021-10-13 comes before the issue itself (2021-10-14)");
    e = fails("corrections:\n  - date: 2021-10-16\n    text: a\n    article: 第二篇");
    expect([e.line, e.message]).toEqual([5, "pages/x.md:5: `article: 第二篇` must be the article's number in its URL, like 2 for /2021/10/14/03/2/"]);
    e = fails("corrections:\n  - date: 2021-10-16");
    expect(e.message).toContain("needs its `text:`");
    e = fails("corrections:\n  - date: 2021-10-16\n    text: a\n    page: 2");
    expect(e.message).toBe("pages/x.md:5: a correction has no `page:` (it has date, text, article)");
    e = fails("corrections: 本版有误");
    expect([e.line, e.message.startsWith("pages/x.md:4: `corrections:` must be a list")]).toEqual([4, true]);
  });
});

describe("corrections on the example's page 3", async () => {
  const files = exampleFiles();
  const p03 = "pages/2021-10-14/03.md";
  files[p03] = withCorrections(files[p03]!.toString(), EXAMPLE_CORRECTIONS);
  const site = await build(tempSite(files), { search: false, siteUrl: SITE });
  const get = (url: string) => site.pages.get(url) ?? "";

  it("shows every correction on the printed page, and each article's own on its page", () => {
    const notices = (html: string) => [...html.matchAll(/<p><b>更正<\/b>（<time datetime="([\d-]+)">/g)].map((m) => m[1]);
    expect(notices(get("/2021/10/14/03/"))).toEqual(["2021-10-16", "2021-10-18"]);
    expect(notices(get("/2021/10/14/03/2/"))).toEqual(["2021-10-16"]);
    expect(get("/2021/10/14/03/2/")).toContain("：（测试）第二篇文章的一处人名已改正。</p>");
    expect(notices(get("/2021/10/14/03/1/"))).toEqual([]);
    expect(notices(get("/2021/10/14/04/"))).toEqual([]);
  });

  it("dates the change: dateModified, the sitemap's lastmod, the feed's updated", () => {
    const ld = (url: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(get(url))![1]!);
    expect(ld("/2021/10/14/03/2/").dateModified).toBe("2021-10-16");
    expect(ld("/2021/10/14/03/1/")).not.toHaveProperty("dateModified");
    const lastmod = (url: string) => new RegExp(`<loc>${SITE}${url}</loc><lastmod>([\\d-]+)</lastmod>`).exec(get("/sitemap-2021.xml"))?.[1];
    expect(lastmod("/2021/10/14/")).toBe("2021-10-18");
    expect(lastmod("/2021/10/14/03/")).toBe("2021-10-18");
    expect(lastmod("/2021/10/14/03/2/")).toBe("2021-10-16");
    expect(lastmod("/2021/10/14/03/1/")).toBe("2021-10-14");
    expect(lastmod("/2021/10/14/04/")).toBe("2021-10-14");
    const entry = (url: string) => get("/feed.xml").split("<entry>").find((e) => e.includes(`<id>${SITE}${url}</id>`))!;
    expect(entry("/2021/10/14/03/2/")).toContain("<published>2021-10-14T00:00:00+08:00</published>\n<updated>2021-10-16T00:00:00+08:00</updated>");
    expect(entry("/2021/10/14/03/1/")).toContain("<updated>2021-10-14T00:00:00+08:00</updated>");
    // The feed itself changed with its latest correction.
    expect(get("/feed.xml").split("<entry>")[0]).toContain("<updated>2021-10-18T00:00:00+08:00</updated>");
  });

  it("lists them at /corrections/, newest first, each linking to what it corrects", () => {
    const html = get("/corrections/");
    const items = [...html.matchAll(/<li><time datetime="([\d-]+)">[^<]*<\/time> <a href="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(items).toEqual(["2021-10-18 /2021/10/14/03/", "2021-10-16 /2021/10/14/03/2/"]);
    expect(get("/")).toContain('<a href="/corrections/">更正</a>');
  });

  it("writes valid HTML with the notices", async () => {
    for (const url of ["/corrections/", "/2021/10/14/03/", "/2021/10/14/03/2/"]) expect(await htmlProblems(get(url)), url).toEqual([]);
  });

  it("a correction naming no article of the page stops the build at its line", async () => {
    const bad = exampleFiles();
    bad[p03] = withCorrections(bad[p03]!.toString(), ["corrections:", "  - date: 2021-10-16", "    text: （测试）", "    article: 9"]);
    await expect(build(tempSite(bad), { search: false })).rejects.toThrow(/article: 9` names no article of this page: its articles are 1, 2, 3/);
  });
});

describe("banmian check: a page changed after publication", () => {
  async function check(dir: string, ...flags: string[]) {
    let out = "";
    const code = await main(["check", path.join(dir, "pages"), ...flags], { out: (t) => void (out += t), err: () => {} });
    return { code, out };
  }

  it("is a warning until a correction says what changed (the ledger says what was published)", async () => {
    const dir = tempSite(exampleFiles());
    // Publication as `check --fix` records it (a build records the same rows).
    expect((await check(dir, "--fix")).code).toBe(0);
    expect(fs.existsSync(path.join(dir, "ledger/2021.tsv"))).toBe(true);
    expect((await check(dir)).out).not.toContain("changed since it was published");

    const file = path.join(dir, "pages/2021-10-14/04.md");
    const lines = fs.readFileSync(file, "utf8").split("\n");
    fs.writeFileSync(file, lines.filter((_, i) => i !== 40).join("\n")); // a paragraph of 梨树… deleted
    let r = await check(dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`warning: pages/2021-10-14/04.md: the text of this page changed since it was published`);
    expect((await check(dir, "--strict")).code).toBe(1);

    fs.writeFileSync(file, withCorrections(lines.filter((_, i) => i !== 40).join("\n"), ["corrections:", "  - date: 2021-10-15", "    text: （测试）删去一段重复的文字。"]));
    r = await check(dir, "--strict");
    expect(r.out).not.toContain("changed since it was published");
    expect(r.code).toBe(0);
  });

  it("on a generated archive: only the changed page is named", async () => {
    const dir = tempSite({});
    writeIssues(dir, { issues: 2, start: "2022-03-01" });
    await check(dir, "--fix");
    const file = path.join(dir, "pages/2022-03-02/05.md");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/.。\n/, "。\n")); // one letter deleted
    const changed = (await check(dir)).out.split("\n").filter((l) => l.includes("changed since it was published"));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain("pages/2022-03-02/05.md");
  });
});
