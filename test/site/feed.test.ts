// The feed and the sitemaps carry absolute URLs, as Atom (RFC 4287) and the
// sitemap protocol require: in ids, links and the HTML inside entries, with
// pathPrefix. Without siteUrl neither is written, and the build says why.
// The XML is read by a real XML parser (@rgrove/parse-xml, which
// eleventy-fetch brings); Atom's rules are checked on its tree.
import path from "node:path";
import { parseXml, type XmlElement } from "@rgrove/parse-xml";
import { describe, expect, it, vi } from "vitest";
import Eleventy from "@11ty/eleventy";
import banmian from "../../src/site/plugin.ts";
import { build, frontMatter, readSite, tempSite } from "./helpers.ts";

const ATOM = "http://www.w3.org/2005/Atom";

function site(): string {
  return tempSite({
    "pages/2021-10-14/03.md": `${frontMatter({ paper: "四平日报" })}铁东召开城乡居民“两险”征收工作部署会议\n\n本报讯(通讯员 王健)会议指出，全区上下要进一步统一思想。\n`,
    // A site's own body layout with a link and an image, as a site may write one.
    "_includes/banmian-article-body.njk": '<p><a href="/about/">关于本报</a> <img src="/img/logo.png" alt="报徽"></p>{{ a.headline }}',
  });
}

const children = (el: XmlElement, name: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => c.type === "element" && (c as XmlElement).name === name);
const text = (el: XmlElement, name: string): string => children(el, name)[0]?.text ?? "";
const isAbsolute = (url: string) => /^https:\/\/example\.org\/paper\//.test(url);

describe("the Atom feed", async () => {
  const { pages } = await build(site(), { siteUrl: "https://example.org", search: false }, { pathPrefix: "/paper/" });
  const feed = parseXml(pages.get("/feed.xml") ?? "").root!;

  it("is an Atom feed with id, title, updated, a self link and an author for every entry", () => {
    expect(feed.name).toBe("feed");
    expect(feed.attributes.xmlns).toBe(ATOM);
    expect(text(feed, "id")).toBe("https://example.org/paper/");
    expect(text(feed, "title")).toBe("四平日报");
    expect(text(feed, "updated")).toBe("2021-10-14T00:00:00+08:00");
    expect(children(feed, "link").map((l) => [l.attributes.rel, l.attributes.href])).toEqual([
      ["self", "https://example.org/paper/feed.xml"], ["alternate", "https://example.org/paper/"],
    ]);
    const entries = children(feed, "entry");
    expect(entries).toHaveLength(1);
    for (const e of entries) {
      expect(text(e, "id")).toBe("https://example.org/paper/2021/10/14/03/1/");
      expect(children(e, "link")[0]?.attributes.href).toBe("https://example.org/paper/2021/10/14/03/1/");
      expect(text(e, "updated")).toBe("2021-10-14T00:00:00+08:00");
      expect(text(children(e, "author")[0]!, "name")).toBe("本报通讯员 王健");
    }
  });

  it("makes every URL in an entry's HTML absolute, pathPrefix included", () => {
    const content = children(children(feed, "entry")[0]!, "content")[0]!;
    expect(content.attributes.type).toBe("html");
    const urls = [...content.text.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
    expect(urls).toEqual(["https://example.org/paper/about/", "https://example.org/paper/img/logo.png"]);
    expect(urls.every(isAbsolute)).toBe(true);
  });

  it("has sitemaps of absolute URLs only", () => {
    const index = parseXml(pages.get("/sitemap.xml") ?? "").root!;
    const year = parseXml(pages.get("/sitemap-2021.xml") ?? "").root!;
    const locs = [...children(index, "sitemap"), ...children(year, "url")].map((u) => text(u, "loc"));
    expect(locs).toContain("https://example.org/paper/sitemap-2021.xml");
    expect(locs).toContain("https://example.org/paper/2021/10/14/03/1/");
    expect(locs.filter((u) => !isAbsolute(u))).toEqual([]);
    expect(pages.get("/robots.txt")).toContain("Sitemap: https://example.org/paper/sitemap.xml");
  });
});

describe("without siteUrl", () => {
  it("writes no feed and no sitemap, links to neither, and says to set siteUrl", async () => {
    const warned: string[] = [];
    const spy = vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void warned.push(args.join(" ")));
    const dir = site();
    try {
      // Quiet, and the logger on: a warning is shown all the same.
      const elev = new Eleventy(dir, path.join(dir, "_site"), {
        configPath: false, quietMode: true, config: (c: { addPlugin(p: unknown, o: unknown): void }) => c.addPlugin(banmian, { search: false }),
      } as never);
      await elev.write();
    } finally {
      spy.mockRestore();
    }
    const pages = readSite(path.join(dir, "_site"));
    expect([...pages.keys()].filter((u) => /feed|sitemap/.test(u))).toEqual([]);
    expect(pages.get("/2021/10/14/03/")).not.toContain("feed.xml");
    expect(pages.get("/robots.txt")).not.toContain("Sitemap");
    expect(warned).toEqual([expect.stringContaining("no feed.xml and no sitemaps: both need absolute URLs, and the plugin has no `siteUrl` option")]);
  });
});
