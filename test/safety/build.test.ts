// A failed build never leaves a half-written site where the last good one was.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BanmianError } from "../../src/errors.ts";
import { buildIn, exampleSite, inside, snapshot, withoutManifest } from "./site-build.ts";
import { buildSite } from "../../src/site/build.ts";

describe("banmian build", () => {
  it("replaces the output only after a build that finished, and keeps it after one that failed half-way", async () => {
    const site = exampleSite();
    await inside(site, () => buildSite({ configPath: ".eleventy.js", quiet: true }));
    const good = snapshot(path.join(site, "_site"));
    expect(good.has("2021/10/14/03/index.html")).toBe(true);
    expect([...good.keys()].some((f) => f.startsWith("img/"))).toBe(true);

    // An article layout that fails on the second article of a page: the
    // build has written other pages by the time it fails.
    fs.mkdirSync(path.join(site, "_includes"));
    fs.writeFileSync(
      path.join(site, "_includes/banmian-article.njk"),
      "{% if article.n == 2 %}{{ nothing.here.at.all() }}{% endif %}<p>{{ article.title }}</p>",
    );
    fs.writeFileSync(path.join(site, "pages/2021-10-14/05.md"), "---\npage: 5\n---\n新的一版\n\n本报讯 今天有新闻。\n");
    await expect(inside(site, () => buildSite({ configPath: ".eleventy.js", quiet: true }))).rejects.toThrow(BanmianError);

    expect(snapshot(path.join(site, "_site"))).toEqual(good);
    expect(fs.existsSync(path.join(site, "_site.building"))).toBe(false);
    expect(fs.existsSync(path.join(site, "_site/2021/10/14/05/index.html"))).toBe(false);
  });

  it("fails with the plugin's own sentence when a photo is missing, the last good site untouched", async () => {
    const site = exampleSite();
    await inside(site, () => buildSite({ configPath: ".eleventy.js", quiet: true }));
    const good = snapshot(path.join(site, "_site"));
    fs.rmSync(path.join(site, "photos/jiaojing.jpg"));
    await expect(inside(site, () => buildSite({ configPath: ".eleventy.js", quiet: true }))).rejects.toThrow(
      /pages\/2021-10-14\/04\.md names photo "jiaojing\.jpg"/,
    );
    expect(snapshot(path.join(site, "_site"))).toEqual(good);
  });

  it("carries the rendered images over, so a rebuild re-encodes nothing", async () => {
    const site = exampleSite();
    await inside(site, () => buildSite({ configPath: ".eleventy.js", quiet: true }));
    const img = path.join(site, "_site/img");
    const first = new Map(fs.readdirSync(img).map((f) => [f, fs.statSync(path.join(img, f)).ino]));
    await inside(site, () => buildSite({ configPath: ".eleventy.js", quiet: true }));
    const second = new Map(fs.readdirSync(img).map((f) => [f, fs.statSync(path.join(img, f)).ino]));
    // The same inodes: the files were linked across, not written again.
    expect(second).toEqual(first);
    // The last good site, beside the new build, is never read as input.
    expect(fs.existsSync(path.join(site, "_site/_site"))).toBe(false);
  });

  it("with `incremental`, starts from the last good site and renders only what changed; a failure leaves that site as it was", async () => {
    const page = (title: string) => `---\npaper: 四平日报\n---\n${title}\n\n本报讯 今天有新闻。\n`;
    // Two older issues of 15 pages: more files than the writer sends at once, so that writes happen before the failure below.
    const older: Record<string, string> = {};
    for (const day of [12, 13]) for (let n = 1; n <= 15; n++) older[`pages/2021-10-${day}/${String(n).padStart(2, "0")}.md`] = page(`${day}日第${n}版的新闻`);
    const site = exampleSite({ incremental: true }, older);
    const out = path.join(site, "_site");
    await inside(site, () => buildSite({ configPath: ".eleventy.js", quiet: true }));
    const untouched = "2021/10/12/01/index.html";
    const inode = fs.statSync(path.join(out, untouched)).ino;

    // The night's issue: it and its neighbour (the 14th's "next issue" link) are rendered, the 12th is carried over.
    fs.mkdirSync(path.join(site, "pages/2021-10-15"));
    fs.writeFileSync(path.join(site, "pages/2021-10-15/01.md"), page("十五日的新闻"));
    const logs = await buildIn(site);
    expect(logs, logs.join("\n")).toContain("[banmian] incremental build: 1 issue(s) changed: 2021-10-15");
    expect(fs.statSync(path.join(out, untouched)).ino).toBe(inode);
    expect(fs.readFileSync(path.join(out, "2021/10/14/index.html"), "utf8")).toContain('href="/2021/10/15/"');

    // Byte for byte what a full build of the same pages writes.
    const fresh = exampleSite({}, { ...older, "pages/2021-10-15/01.md": page("十五日的新闻") });
    await inside(fresh, () => buildSite({ configPath: ".eleventy.js", quiet: true }));
    const good = snapshot(out);
    // The manifest aside: it holds the hash of each site's config, and theirs differ in `incremental`.
    expect(withoutManifest(good)).toEqual(withoutManifest(snapshot(path.join(fresh, "_site"))));

    // A layout change makes the next build full: every file is written again
    // (the last good site's are hard links) before robots.txt's layout fails.
    fs.mkdirSync(path.join(site, "_includes"));
    fs.writeFileSync(path.join(site, "_includes/banmian-masthead.njk"), "<header>改过的报头</header>");
    fs.writeFileSync(path.join(site, "_includes/banmian-robots.njk"), "{{ nothing.here.at.all() }}");
    await expect(inside(site, () => buildSite({ configPath: ".eleventy.js", quiet: true }))).rejects.toThrow(/\/robots\.txt could not be rendered/);
    expect(snapshot(out)).toEqual(good);
  });
});
