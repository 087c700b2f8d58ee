// URLs that never move: once an article URL is published it keeps showing
// that article, whatever a new reading or an edit of the page does to the
// order of its articles. Every change below uses only the pages' own text
// (lines moved, deleted or broken), never new words.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prng, writeIssues } from "../../bench/archive.ts";
import { parseLedger } from "../../src/site/ledger-file.ts";
import { compareUrls, letters as ledgerLetters } from "../../src/site/ledger.ts";
import { build, exampleFiles, tempSite } from "../site/helpers.ts";
import { htmlProblems } from "./valid-html.ts";

const letters = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).join("");
/** The article URLs a site has: every folder with an article.txt. */
const articleUrls = (site: string): string[] =>
  fs.readdirSync(site, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("article.txt")).map((f) => `/${path.dirname(f).split(path.sep).join("/")}/`).sort();
const read = (site: string, url: string, name = "index.html") => {
  const f = path.join(site, url, name);
  return fs.existsSync(f) ? fs.readFileSync(f, "utf8") : undefined;
};

/** Builds `dir` afresh (no file of an earlier build left behind) and returns its output folder. */
async function rebuild(dir: string, pathPrefix?: string): Promise<string> {
  fs.rmSync(path.join(dir, "_site"), { recursive: true, force: true });
  await build(dir, { search: false }, pathPrefix ? { pathPrefix } : {});
  return path.join(dir, "_site");
}

/**
 * Every article URL of `before` still answers: with the same article (its
 * text the same, cut short by a split, or grown by a merge), or as a redirect
 * to the page that shows it now, or as a page saying it was withdrawn.
 * Returns what became of each.
 */
function expectUrlsKept(before: Map<string, string>, site: string): Map<string, "same" | "moved" | "withdrawn"> {
  const fate = new Map<string, "same" | "moved" | "withdrawn">();
  for (const [url, text] of before) {
    const html = read(site, url);
    expect(html, `${url} answers`).toBeDefined();
    const now = read(site, url, "article.txt");
    if (now !== undefined) {
      const [a, b] = [letters(now), letters(text)];
      expect(a.includes(b) || b.includes(a), `${url} shows the article it showed`).toBe(true);
      fate.set(url, "same");
      continue;
    }
    const to = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html!)?.[1];
    if (to) {
      expect(html).toContain(`<link rel="canonical" href="${to}">`);
      const there = read(site, to, "article.txt");
      expect(there, `${url} redirects to ${to}, which shows an article`).toBeDefined();
      // The body's opening (after headline and credits) is where the article is found again.
      const body = text.split("\n").slice(-1)[0]!;
      expect(letters(there!)).toContain(letters(body).slice(0, 20));
      expect(read(site, "/", "_redirects")).toContain(`${url} ${to} 301\n`);
      fate.set(url, "moved");
    } else {
      expect(html).toContain("本文已撤下");
      fate.set(url, "withdrawn");
    }
  }
  return fate;
}

describe("the letters and digits the ledger hashes", () => {
  it("are what \\p{L} and \\p{N} match, for every character of Unicode", () => {
    const kept: string[] = [];
    const all: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      all.push(ch);
      if (/[\p{L}\p{N}]/u.test(ch)) kept.push(ch);
    }
    // 〇 (a number letter), 々 (a modifier letter) and 𠀀 (beyond the BMP) are among them; 、 and the ideographic space are not.
    expect(kept).toEqual(expect.arrayContaining(["〇", "々", "𠀀", "a", "9"]));
    expect(kept).not.toContain("、");
    expect(kept).not.toContain("\u3000");
    expect(ledgerLetters(all.join(""))).toBe(kept.join(""));
  });

  it("leave out a lone surrogate, and keep a pair whole", () => {
    expect(ledgerLetters("本\uD840报\uDC00讯 𠀀。")).toBe("本报讯𠀀");
  });
});

describe("the order of URLs in the ledger", () => {
  it("is by date, page and article number, a page before its articles", () => {
    const urls = ["/2021/10/14/03/10/", "/2022/01/01/01/", "/2021/10/14/03/2/", "/2021/10/14/", "/2021/10/14/03/", "/2021/9/30/01/", "/2021/10/14/12/1/"];
    expect(urls.sort(compareUrls)).toEqual([
      "/2021/9/30/01/", "/2021/10/14/", "/2021/10/14/03/", "/2021/10/14/03/2/", "/2021/10/14/03/10/", "/2021/10/14/12/1/", "/2022/01/01/01/",
    ]);
  });

  it("agrees with splitting the URLs at every slash, segment by segment, for any two URLs", () => {
    /** The order as first written: missing and empty segments first, numbers by value, the rest as strings. */
    const bySplit = (a: string, b: string): number => {
      const pa = a.split("/");
      const pb = b.split("/");
      for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i] ?? "";
        const y = pb[i] ?? "";
        if (x === y) continue;
        if (x === "" || y === "") return x === "" ? -1 : 1;
        return /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x < y ? -1 : 1;
      }
      return 0;
    };
    const parts = ["", "0", "00", "1", "01", "2", "9", "10", "010", "123", "a", "a1", "1a", "b", "ab", "本", "z"];
    const rand = prng(7);
    const pick = () => parts[Math.floor(rand() * parts.length)]!;
    const url = () => Array.from({ length: 1 + Math.floor(rand() * 5) }, pick).join("/") + (rand() < 0.5 ? "/" : "");
    for (let n = 0; n < 20_000; n++) {
      const a = url();
      const b = rand() < 0.3 ? a.replace(/\d+/, (d) => `0${d}`) : url();
      expect([a, b, Math.sign(compareUrls(a, b))]).toEqual([a, b, Math.sign(bySplit(a, b))]);
    }
  });
});

describe("the example's article URLs across new readings", () => {
  /** A fresh copy of the example, built once; `change` edits its page files (line arrays, 1-based as in the file). */
  async function scenario(change: (pages: { p03: string[]; p04: string[] }) => void) {
    const dir = tempSite(exampleFiles());
    const site = await rebuild(dir);
    const before = new Map(articleUrls(site).map((u) => [u, read(site, u, "article.txt")!]));
    const files = { p03: path.join(dir, "pages/2021-10-14/03.md"), p04: path.join(dir, "pages/2021-10-14/04.md") };
    const pages = { p03: fs.readFileSync(files.p03, "utf8").split("\n"), p04: fs.readFileSync(files.p04, "utf8").split("\n") };
    change(pages);
    fs.writeFileSync(files.p03, pages.p03.join("\n"));
    fs.writeFileSync(files.p04, pages.p04.join("\n"));
    const after = await rebuild(dir);
    return { dir, before, after, fate: expectUrlsKept(before, after) };
  }
  const cut = (lines: string[], from: number, to: number) => lines.splice(from - 1, to - from + 1);

  it("an article moved to the top of another page: its old URL redirects, the page's articles keep theirs", async () => {
    // Page 4's second article (梨树…, lines 33–43) printed above page 3's first.
    const { after, fate } = await scenario(({ p03, p04 }) => p03.splice(15, 0, ...cut(p04, 33, 43), ""));
    expect(fate.get("/2021/10/14/04/2/")).toBe("moved");
    expect(read(after, "/2021/10/14/04/2/")).toContain('url=/2021/10/14/03/4/');
    for (const k of [1, 2, 3]) expect(fate.get(`/2021/10/14/03/${k}/`)).toBe("same");
    // Printed first, numbered after the page's three published articles.
    const page = read(after, "/2021/10/14/03/")!;
    expect(page.indexOf('id="a4"')).toBeLessThan(page.indexOf('id="a1"'));
    expect(read(after, "/2021/10/14/03/4/", "article.txt")).toContain("梨树召开医疗机构疫情防控及乡村振兴工作会议");
    // Its neighbours in print, linked by the URLs kept: the page's first article follows it.
    expect(read(after, "/2021/10/14/03/4/")).toContain('<a rel="next" href="/2021/10/14/03/1/">');
    expect(read(after, "/2021/10/14/03/1/")).toContain('<a rel="prev" href="/2021/10/14/03/4/">');
    expect(await htmlProblems(read(after, "/2021/10/14/04/2/")!)).toEqual([]);
  });

  it("an article split in two: the first part keeps the URL, the second gets the page's next number", async () => {
    // Line 38, a crosshead of article 1, broken in two: the reading starts a new article there.
    const { after, fate } = await scenario(({ p03 }) => p03.splice(37, 1, ...p03[37]!.split(" ").flatMap((part) => [part, ""])));
    expect([...fate.values()].every((f) => f === "same")).toBe(true);
    expect(read(after, "/2021/10/14/03/1/", "article.txt")).toContain("解放思想 深化改革 狠抓落实");
    expect(read(after, "/2021/10/14/03/2/", "article.txt")).toContain("铁东召开城乡居民“两险”征收工作部署会议");
    expect(read(after, "/2021/10/14/03/4/", "article.txt")).toContain("建立处置机制");
  });

  it("two articles merged: the second's URL redirects to the first, which holds its text", async () => {
    // Article 3's kicker, headline and dateline deleted (lines 58, 60 and the start of 62): its text joins article 2.
    const { after, fate } = await scenario(({ p03 }) => {
      p03[61] = p03[61]!.replace("本报讯(通讯员 薛丽丽)", "");
      cut(p03, 60, 60);
      cut(p03, 58, 58);
    });
    expect(fate.get("/2021/10/14/03/3/")).toBe("moved");
    expect(read(after, "/2021/10/14/03/3/")).toContain("url=/2021/10/14/03/2/");
    expect(fate.get("/2021/10/14/03/2/")).toBe("same");
  });

  it("an article removed: its URL says it was withdrawn, with the correction that says why", async () => {
    const { after, fate } = await scenario(({ p03 }) => {
      cut(p03, 58, 71);
      p03.splice(12, 0, "corrections:", "  - date: 2021-10-20", "    text: （测试）本文已撤下。", "    article: 3");
    });
    expect(fate.get("/2021/10/14/03/3/")).toBe("withdrawn");
    const html = read(after, "/2021/10/14/03/3/")!;
    expect(html).toContain("伊通人社局开展深化助企纾困活动");
    expect(html).toMatch(/<b>更正<\/b>（<time datetime="2021-10-20">[^<]+<\/time>）：（测试）本文已撤下。/);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(await htmlProblems(html)).toEqual([]);
  });

  it("a headline read anew (the article without its kicker and headline): the URL stays with the text", async () => {
    const { after, fate } = await scenario(({ p03 }) => {
      cut(p03, 60, 60);
      cut(p03, 58, 58);
    });
    expect(fate.get("/2021/10/14/03/3/")).toBe("same");
    expect(read(after, "/2021/10/14/03/3/", "article.txt")).toMatch(/^本报讯\(通讯员 薛丽丽\)为全面落实/);
  });

  it("a page file removed: the page's URL and its articles' say they were withdrawn", async () => {
    const dir = tempSite(exampleFiles());
    const site = await rebuild(dir);
    const before = new Map(articleUrls(site).map((u) => [u, read(site, u, "article.txt")!]));
    fs.rmSync(path.join(dir, "pages/2021-10-14/04.md"));
    const after = await rebuild(dir);
    const fate = expectUrlsKept(before, after);
    expect([fate.get("/2021/10/14/04/1/"), fate.get("/2021/10/14/04/2/"), fate.get("/2021/10/14/03/1/")]).toEqual(["withdrawn", "withdrawn", "same"]);
    expect(read(after, "/2021/10/14/04/")).toContain("<h1>本版已撤下</h1>");
    expect(parseLedger(fs.readFileSync(path.join(dir, "ledger/2021.tsv"), "utf8"), "ledger/2021.tsv").find((r) => r.url === "/2021/10/14/04/")!.state).toBe("withdrawn");
  });

  it("under a pathPrefix: the redirect and _redirects name the prefixed URLs", async () => {
    const dir = tempSite(exampleFiles());
    await rebuild(dir, "/paper/");
    const p03 = path.join(dir, "pages/2021-10-14/03.md");
    const p04 = path.join(dir, "pages/2021-10-14/04.md");
    const lines03 = fs.readFileSync(p03, "utf8").split("\n");
    const lines04 = fs.readFileSync(p04, "utf8").split("\n");
    lines03.splice(15, 0, ...lines04.splice(32, 11), "");
    fs.writeFileSync(p03, lines03.join("\n"));
    fs.writeFileSync(p04, lines04.join("\n"));
    const after = await rebuild(dir, "/paper/");
    const html = read(after, "/2021/10/14/04/2/")!;
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/paper/2021/10/14/03/4/">');
    expect(html).toContain('<link rel="canonical" href="/paper/2021/10/14/03/4/">');
    expect(read(after, "/", "_redirects")).toBe("\n/paper/2021/10/14/04/2/ /paper/2021/10/14/03/4/ 301\n");
  });

  it("keeps the ledger as readable rows, and writes it again only when it changes", async () => {
    const dir = tempSite(exampleFiles());
    await rebuild(dir);
    const file = path.join(dir, "ledger/2021.tsv");
    const text = fs.readFileSync(file, "utf8");
    const rows = parseLedger(text, "ledger/2021.tsv");
    expect(rows.map((r) => `${r.url} ${r.kind} ${r.state}`)).toEqual([
      "/2021/10/14/03/ page live", "/2021/10/14/03/1/ article live", "/2021/10/14/03/2/ article live", "/2021/10/14/03/3/ article live",
      "/2021/10/14/04/ page live", "/2021/10/14/04/1/ article live", "/2021/10/14/04/2/ article live",
    ]);
    expect(text).toContain("\t铁东召开城乡居民“两险”征收工作部署会议\t为深入贯彻国家关于城乡居民两险征收工作会\n");
    const mtime = fs.statSync(file).mtimeMs;
    await rebuild(dir);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.readFileSync(file, "utf8")).toBe(text);
  });

  it("the example's committed ledger is the one its build writes", async () => {
    const dir = tempSite(exampleFiles());
    await rebuild(dir);
    const repo = path.resolve(import.meta.dirname, "../..");
    expect(fs.readFileSync(path.join(dir, "ledger/2021.tsv"), "utf8")).toBe(fs.readFileSync(path.join(repo, "ledger/2021.tsv"), "utf8"));
  });
});

describe("a generated archive's article URLs when every page loses its first article", async () => {
  const dir = tempSite({});
  const written = writeIssues(dir, { issues: 2, start: "2022-03-01" });
  const site = await rebuild(dir);
  const before = new Map(articleUrls(site).map((u) => [u, read(site, u, "article.txt")!]));
  // The first article of each page: from its first line to the line before the next item, as page.json says.
  for (const rel of written) {
    const file = path.join(dir, rel);
    const { reading } = JSON.parse(read(site, `/${rel.slice(6, 16).replaceAll("-", "/")}/${rel.slice(17, 19)}/`, "page.json")!);
    const k = reading.items.findIndex((i: { kind: string }) => i.kind === "article");
    const [from, to] = [reading.items[k].line, reading.items[k + 1]?.line ?? reading.footer.line];
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").split("\n").filter((_, i) => i + 1 < from || i + 1 >= to).join("\n"));
  }
  const after = await rebuild(dir);

  it("every URL published before still answers, none with another article", () => {
    expect(before.size).toBeGreaterThan(16);
    const fate = expectUrlsKept(before, after);
    expect([...fate.values()].filter((f) => f === "withdrawn").length).toBeGreaterThan(0);
  });
});
