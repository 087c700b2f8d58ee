// What Eleventy promises a site holds for the edition too: dry runs write
// nothing, JSON runs list it, eleventy-img's transform plugin works beside
// its photos, `eleventy.after` handlers see it whole, its lines go through
// Eleventy's logger, and its errors read as one sentence.
import fs from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { eleventyImageTransformPlugin } from "@11ty/eleventy-img";
import { afterEach, describe, expect, it, vi } from "vitest";
import banmian from "../../src/site/plugin.ts";
import { BanmianError } from "../../src/errors.ts";
import type { BanmianOptions } from "../../src/site/options.ts";
import { frontMatter, readSite, tempSite } from "./helpers.ts";

const PHOTO = fs.readFileSync(new URL("./tiny.jpg", import.meta.url));

/** A one-page issue with one photo: a headline, a dateline, a caption. */
function site(extra: Record<string, string | Buffer> = {}): string {
  return tempSite({
    "pages/2021-10-14/04.md": `${frontMatter({ paper: "四平日报", photos: "[a.jpg]" })}` +
      "双辽开展国际减灾日宣传活动\n\n本报讯(通讯员 于嘉宇)近日，双辽市组织开展了国际减灾日宣传活动。\n\n" +
      "重阳节前夕，双辽福康医院开展了敬老活动。\n本报通讯员 张绍杰 摄\n",
    "photos/a.jpg": PHOTO,
    ...extra,
  });
}

type Config = { addPlugin(p: unknown, o?: unknown): void; on(event: string, fn: (arg: never) => unknown): void };

function eleventy(dir: string, options: Record<string, unknown> = {}, config?: (c: Config) => void, banmianOptions: BanmianOptions = { search: false, siteUrl: "https://example.org" }) {
  return new Eleventy(dir, path.join(dir, "_site"), {
    configPath: false, quietMode: true, ...options,
    config(c: Config) {
      c.addPlugin(banmian, banmianOptions);
      config?.(c);
    },
  } as never);
}

/** Runs `fn` with the console captured: what banmian printed through Eleventy's logger. */
async function printed(fn: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
  const spies = [vi.spyOn(console, "log").mockImplementation(keep), vi.spyOn(console, "warn").mockImplementation(keep), vi.spyOn(console, "error").mockImplementation(keep)];
  try {
    await fn();
  } finally {
    for (const s of spies) s.mockRestore();
  }
  return lines;
}

afterEach(() => vi.restoreAllMocks());

describe("dry runs and JSON runs", () => {
  it("writes nothing in a dry run: no edition, no photos", async () => {
    const dir = site();
    const elev = eleventy(dir, { dryRun: true });
    elev.disableLogger();
    await elev.write();
    expect(fs.existsSync(path.join(dir, "_site"))).toBe(false);
  });

  it("lists the edition in toJSON(), as Eleventy lists a site's pages, and writes nothing", async () => {
    const dir = site({ "about.njk": "---\npermalink: /about/\n---\n关于本报" });
    const elev = eleventy(dir);
    elev.disableLogger();
    const json = (await elev.toJSON()) as unknown as { url: string; content: string; inputPath: string | false }[];
    const urls = json.map((e) => e.url);
    expect(urls).toEqual(expect.arrayContaining(["/about/", "/", "/2021/10/14/", "/2021/10/14/04/", "/2021/10/14/04/1/", "/feed.xml", "/banmian.css"]));
    expect(urls.filter((u) => u === "/banmian.css")).toHaveLength(1);
    expect(json.find((e) => e.url === "/banmian.css")?.content).toContain("banmian 版面");
    const page = json.find((e) => e.url === "/2021/10/14/04/")!;
    expect(page.inputPath).toMatch(/(^|\/)pages\/2021-10-14\/04.md$/);
    expect(page.content).toContain("双辽市组织开展了国际减灾日宣传活动");
    expect(page.content).toMatch(/<img [^>]*src="\/img\/[\w-]+-\d+\.jpeg"/);
    expect(fs.existsSync(path.join(dir, "_site"))).toBe(false);
  });
});

describe("beside eleventy-img's transform plugin", () => {
  it("builds: the edition's photos stay as banmian rendered them, the site's own <img> are transformed", async () => {
    const dir = site({
      "about.md": "---\npermalink: /about/\n---\n# 关于本报\n\n![报社大楼](building.jpg)\n",
      "building.jpg": PHOTO,
    });
    const elev = eleventy(dir, {}, (c) => c.addPlugin(eleventyImageTransformPlugin, { formats: ["webp", "jpeg"], widths: [100] }));
    elev.disableLogger();
    await elev.write();
    const pages = readSite(path.join(dir, "_site"));
    const edition = pages.get("/2021/10/14/04/") ?? "";
    expect(edition).toMatch(/<img [^>]*src="\/img\/[\w-]+-64\.jpeg"/);
    expect(edition).not.toContain("eleventy:ignore");
    const about = pages.get("/about/") ?? "";
    // A relative source is rendered beside the page that names it.
    expect(about).toMatch(/<picture><source type="image\/webp" srcset="\/about\/[\w-]+-64\.webp"><img src="\/about\/[\w-]+-64\.jpeg" alt="报社大楼"/);
  });
});

describe("eleventy.after", () => {
  it("runs once the edition is complete: every page, the stylesheet, the search index", async () => {
    const dir = site();
    const out = path.join(dir, "_site");
    const seen: Record<string, boolean | number> = {};
    const elev = eleventy(dir, {}, (c) => c.on("eleventy.after", () => {
      const files = fs.readdirSync(out, { recursive: true, encoding: "utf8" });
      seen.pages = files.filter((f) => f.startsWith("2021") && f.endsWith("index.html")).length;
      seen.css = fs.readFileSync(path.join(out, "banmian.css"), "utf8").length > 1000;
      seen.search = fs.existsSync(path.join(out, "pagefind", "pagefind.js"));
    }), { search: true, siteUrl: "https://example.org" });
    elev.disableLogger();
    await elev.write();
    // The issue, its page, the page's article.
    expect(seen).toEqual({ pages: 3, css: true, search: true });
  });
});

describe("logging", () => {
  it("goes through Eleventy's logger, quiet when Eleventy is, warnings shown all the same", async () => {
    // A page the reader has a doubt about: it holds no print text.
    const empty = { "pages/2021-10-14/05.md": frontMatter({ paper: "四平日报" }) };
    const loud = await printed(() => eleventy(site(empty), { quietMode: false }).write());
    expect(loud.some((l) => /\[banmian\] wrote \d+ files of the edition/.test(l))).toBe(true);
    const quiet = await printed(() => eleventy(site(empty), { quietMode: true }).write());
    expect(quiet.filter((l) => l.includes("[banmian]"))).toEqual([expect.stringMatching(/\[banmian\] .*pages\/2021-10-14\/05\.md:\d+: .*no print text/)]);
    const dry = await printed(() => eleventy(site(), { quietMode: false, dryRun: true }).write());
    expect(dry.some((l) => l.includes("[banmian] a dry run: the edition and its photos are not written"))).toBe(true);
  });
});

describe("errors", () => {
  it("say what is wrong once, without a stack trace, when the output cannot be written", async () => {
    const dir = site();
    // The year's folder of the edition is taken by a file: nothing can be written below it.
    fs.mkdirSync(path.join(dir, "_site"));
    fs.writeFileSync(path.join(dir, "_site", "2021"), "");
    const elev = eleventy(dir);
    elev.disableLogger();
    const error = await elev.write().then(() => undefined, (e: unknown) => e);
    const cause = findBanmian(error);
    expect(cause?.message).toMatch(/^could not write \S+\/index\.html: ENOTDIR/);
    expect(cause?.skipOriginalStack).toBe(true);
  });

  it("leave a bug (a TypeError in a filter) as the TypeError it is, with its stack", async () => {
    const dir = site({ "_includes/banmian-masthead.njk": "{{ paper | broken }}" });
    const elev = eleventy(dir, {}, (c) => (c as unknown as { addFilter(n: string, f: () => never): void }).addFilter("broken", () => {
      throw new TypeError("x is undefined");
    }));
    elev.disableLogger();
    const error = await elev.write().then(() => undefined, (e: unknown) => e);
    expect(findBanmian(error)).toBeUndefined();
  });
});

function findBanmian(error: unknown): BanmianError | undefined {
  for (let e = error as { originalError?: unknown; cause?: unknown } | undefined; e; e = (e.originalError ?? e.cause) as typeof e) {
    if (e instanceof BanmianError) return e;
  }
  return undefined;
}

describe("an issue of 1890", () => {
  it("builds end to end: the masthead leaves out the lunar date, and the build says so once", async () => {
    const dir = tempSite({
      "pages/1890-03-01/01.md": `${frontMatter({ paper: "申报" })}光绪年间的新闻\n\n本报讯 今天有新闻。\n`,
      "pages/1890-03-02/01.md": `${frontMatter({ paper: "申报" })}次日的新闻\n\n本报讯 又有新闻。\n`,
      "pages/2021-10-14/01.md": `${frontMatter({ paper: "申报" })}今天的新闻\n\n本报讯 今天有新闻。\n`,
    });
    const lines = await printed(() => eleventy(dir).write());
    expect(lines.filter((l) => l.includes("lunar"))).toEqual([
      // The file as named from the working folder, which is not the site's here.
      expect.stringMatching(/^\[banmian\] \S*pages\/1890-03-01\/01\.md: 2 issues \(the first 1890-03-01\) are outside 1901–2099, the years whose lunar dates are known here: their masthead and zhDate leave the lunar date out$/),
    ]);
    const pages = readSite(path.join(dir, "_site"));
    expect(pages.get("/1890/03/01/01/")).toContain('<time datetime="1890-03-01">1890年3月1日 星期六</time>');
    expect(pages.get("/2021/10/14/01/")).toContain('<time datetime="2021-10-14">2021年10月14日 星期四 农历辛丑年九月初九</time>');
  });
});

describe("a site without Nunjucks", () => {
  it("stops with a sentence saying to keep njk, not a silent dry run", async () => {
    const dir = site();
    const elev = eleventy(dir, {}, (c) => (c as unknown as { setTemplateFormats(f: string[]): void }).setTemplateFormats(["md"]));
    elev.disableLogger();
    const error = await elev.write().then(() => undefined, (e: unknown) => e);
    expect(findBanmian(error)?.message).toBe('Eleventy made no Nunjucks environment: keep "njk" in templateFormats (banmian\'s layouts are Nunjucks)');
  });
});
