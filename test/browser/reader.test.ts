// The example newspaper as a reader meets it (issue 13): at 390, 768 and
// 1280 px, in print and as a PDF, light and dark, with and without
// JavaScript. Each check measures what a reader would see: where a headline
// breaks, how wide a printed photo is, whether a grid column stands empty,
// how tall a link is to a thumb.
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExample, CHROMIUM, LAUNCH_ARGS, serve, skipBrowser, type Server } from "./site.ts";

const title = skipBrowser
  ? `the reader's edition — SKIPPED: ${CHROMIUM} not found (apt-get install chromium); CI runs it`
  : "the reader's edition";

const WIDTHS = [390, 768, 1280] as const;
const P3 = "/2021/10/14/03/";
const P4 = "/2021/10/14/04/";
const ISSUE = "/2021/10/14/";
/** The second article of page 3: it has a 上一篇 and a 下一篇. */
const ARTICLE = "/2021/10/14/03/2/";

/** Words of the seed's headlines a line must never split (clreq). */
const WORDS = ["狠抓落实", "深化改革", "解放思想", "征收", "工作", "部署", "会议", "乡村", "振兴", "两险", "铁东", "伊通", "纾困", "减灾", "防灾", "应急", "能力", "疫情", "防控"];

/**
 * The lines of each headline-like element: where each line break falls, as
 * the text before and after it, and whether a space or a <wbr> stands there.
 */
async function headlineBreaks(page: Page) {
  return page.evaluate(() => {
    const out: { text: string; before: string; after: string; marked: boolean }[] = [];
    for (const el of Array.from(document.querySelectorAll("h1, h2, h3, hgroup p, .schematic a, .schematic span"))) {
      // every character with its line (the top of its box) and whether a <wbr> or a space precedes it
      const chars: { ch: string; top: number; marked: boolean }[] = [];
      let marked = false;
      const walk = (node: Node) => {
        for (const child of Array.from(node.childNodes)) {
          if (child.nodeType === Node.TEXT_NODE) {
            const text = child.textContent ?? "";
            for (let i = 0; i < text.length; i++) {
              const range = document.createRange();
              range.setStart(child, i);
              range.setEnd(child, i + 1);
              const rects = range.getClientRects();
              if (/\s/.test(text[i]!)) { marked = true; continue; }
              if (rects.length) chars.push({ ch: text[i]!, top: Math.round(rects[0]!.top), marked });
              marked = false;
            }
          } else if ((child as Element).tagName === "WBR") {
            marked = true;
          } else {
            walk(child);
          }
        }
      };
      walk(el);
      const text = chars.map((c) => c.ch).join("");
      for (let i = 1; i < chars.length; i++) {
        if (chars[i]!.top > chars[i - 1]!.top + 2) {
          out.push({ text, before: text.slice(0, i), after: text.slice(i), marked: chars[i]!.marked });
        }
      }
    }
    return out;
  });
}

/** The tracks of a grid and the items' boxes, relative to the grid's left edge. */
async function gridUse(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const grid = document.querySelector(sel)!;
    const style = getComputedStyle(grid);
    const box = grid.getBoundingClientRect();
    const gap = parseFloat(style.columnGap) || 0;
    const tracks: { left: number; right: number }[] = [];
    let x = parseFloat(style.paddingLeft) || 0;
    for (const w of style.gridTemplateColumns.split(" ").map(parseFloat)) {
      tracks.push({ left: x, right: x + w });
      x += w + gap;
    }
    const items = Array.from(grid.children).map((c) => {
      const r = c.getBoundingClientRect();
      return { left: r.left - box.left, right: r.right - box.left, width: r.width };
    });
    return { display: style.display, tracks, items };
  }, selector);
}

const emptyTracks = (use: Awaited<ReturnType<typeof gridUse>>) =>
  use.display !== "grid" ? [] : use.tracks.filter((t) => !use.items.some((i) => i.left < t.right - 1 && i.right > t.left + 1));

/** Link, button and input boxes under `selector` smaller than 44 px high. */
async function smallTargets(page: Page, selector: string) {
  return page.evaluate((sel) => Array.from(document.querySelectorAll(sel))
    .flatMap((root) => Array.from(root.querySelectorAll("a, button, input:not([type=radio]), label")))
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => ({ text: (el.textContent || el.getAttribute("aria-label") || "").trim(), h: el.getBoundingClientRect().height, w: el.getBoundingClientRect().width }))
    .filter((t) => t.h < 44 - 0.5)
    .map((t) => `${t.text}: ${t.w.toFixed(0)}×${t.h.toFixed(0)}`), selector);
}

/** PDF pages, counted from the page objects of the file chromium writes. */
const pdfPages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;

describe.skipIf(skipBrowser)(title, () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let out = "";
  const contexts: BrowserContext[] = [];
  const open = async (options: Parameters<Browser["newContext"]>[0] = {}): Promise<Page> => {
    const context = await browser!.newContext({ locale: "zh-CN", ...options });
    contexts.push(context);
    return context.newPage();
  };
  const at = (width: number, options: Parameters<Browser["newContext"]>[0] = {}) =>
    open({ viewport: { width, height: width < 500 ? 844 : 800 }, ...options });
  const url = (path: string) => server!.origin + path;

  beforeAll(async () => {
    out = await buildExample();
    server = await serve(out);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  describe("1. print on A4", () => {
    // A4 less the stylesheet's 15 mm margins, at 96 px to the inch: the width print media lays out in.
    const A4_TEXT = Math.round(((210 - 30) / 25.4) * 96);

    it("sets page 4's lead photo at the page's width and the other at a column's, each with its caption; no navigation", async () => {
      const page = await at(A4_TEXT);
      await page.goto(url(P4));
      await page.emulateMedia({ media: "print" });
      const m = await page.evaluate(() => {
        const items = document.querySelector(".items")!.getBoundingClientRect();
        return {
          items: items.width,
          photos: Array.from(document.querySelectorAll("figure.photo")).map((f) => ({
            img: f.querySelector("img")!.getBoundingClientRect().width,
            caption: f.querySelector("figcaption")!.getBoundingClientRect().width,
            captionText: f.querySelector("figcaption")!.textContent,
          })),
          shown: [".bar", ".navigator", ".site-footer", ".page-nav", ".text-size", ".skip"]
            .filter((s) => Array.from(document.querySelectorAll(s)).some((e) => e.getClientRects().length > 0)),
        };
      });
      expect(m.shown, "navigation chrome printed").toEqual([]);
      expect(m.photos).toHaveLength(2);
      expect(m.photos[0]!.img, "lead photo at the page's width").toBeGreaterThan(m.items * 0.95);
      // three columns with 6 mm gaps: a column is about a third of the page
      expect(m.photos[1]!.img, "second photo at a column's width").toBeGreaterThan(m.items / 3 - 30);
      expect(m.photos[1]!.img).toBeLessThan(m.items / 2);
      for (const p of m.photos) {
        expect(p.captionText).toMatch(/摄/);
        expect(Math.abs(p.caption - p.img), "caption as wide as its photo").toBeLessThan(2);
      }
    });

    it("names the paper, the date and the 版 in each printed sheet's running head", async () => {
      const page = await at(A4_TEXT);
      for (const [path, head] of [[P3, "四平日报 2021年10月14日 第3版 县区新闻"], [ARTICLE, "四平日报 2021年10月14日 第3版"], [ISSUE, "四平日报 2021年10月14日 版面导航"]] as const) {
        await page.goto(url(path));
        const css = await page.locator("style[media=print]").textContent();
        expect(css).toContain(`@top-left { content: "${head}"`);
      }
    });

    it("prints pages and articles as A4 PDFs of a sensible length", { timeout: 180_000 }, async () => {
      const page = await at(A4_TEXT);
      for (const [path, min, max] of [[P3, 2, 4], [P4, 1, 3], [ARTICLE, 1, 2], [ISSUE, 1, 1]] as const) {
        await page.goto(url(path));
        // every photo in, lazy ones too
        await page.evaluate(() => Promise.all(Array.from(document.images).map((img) => {
          img.loading = "eager";
          return img.complete ? null : new Promise((resolve) => { img.onload = img.onerror = resolve; });
        })));
        const pdf = await page.pdf({ format: "A4" });
        const n = pdfPages(pdf);
        expect(n, `${path}: ${n} sheets`).toBeGreaterThanOrEqual(min);
        expect(n, `${path}: ${n} sheets`).toBeLessThanOrEqual(max);
      }
    });
  });

  describe("2. desktop layout like a page", () => {
    for (const width of WIDTHS) {
      it(`leaves no grid column empty at ${width} px, with 1 to 7 items on a page`, async () => {
        const page = await at(width);
        for (const path of [P3, P4]) {
          await page.goto(url(path));
          expect(emptyTracks(await gridUse(page, ".items")), `${path} empty columns`).toEqual([]);
        }
        // the same stylesheet over other numbers of items: page 4's items, repeated or cut
        await page.goto(url(P4));
        for (const n of [1, 2, 3, 4, 5, 7]) {
          await page.evaluate((count) => {
            const items = document.querySelector(".items")!;
            const w = window as unknown as { original?: Element[] };
            const kinds = (w.original ??= Array.from(items.children));
            const lead = kinds.find((k) => k.classList.contains("lead"))!;
            const rest = kinds.filter((k) => k !== lead);
            items.replaceChildren(lead, ...Array.from({ length: count - 1 }, (_, i) => rest[i % rest.length]!.cloneNode(true)));
          }, n);
          expect(emptyTracks(await gridUse(page, ".items")), `${n} items: empty columns`).toEqual([]);
        }
      });

      it(`never sets the lead article in columns taller than the window at ${width} px`, async () => {
        const page = await at(width);
        await page.goto(url(P3));
        const lead = await page.evaluate(() => {
          const body = document.querySelector(".lead .body")!;
          const s = getComputedStyle(body);
          return { columns: s.columnCount, height: body.getBoundingClientRect().height, window: innerHeight };
        });
        if (lead.columns !== "auto" && lead.columns !== "1") expect(lead.height).toBeLessThanOrEqual(lead.window);
        else expect(lead.columns).toMatch(/^(auto|1)$/);
      });
    }

    it("sets an article page's other articles beside the text on a desktop, below it on a phone", async () => {
      for (const width of [1280, 390]) {
        const page = await at(width);
        await page.goto(url(ARTICLE));
        const m = await page.evaluate(() => {
          const text = document.querySelector("article.story")!.getBoundingClientRect();
          const aside = document.querySelector("aside.navigator")!.getBoundingClientRect();
          return { textRight: text.right, textBottom: text.bottom, textWidth: text.width, asideLeft: aside.left, asideTop: aside.top, asideWidth: aside.width };
        });
        if (width === 1280) {
          expect(m.asideLeft).toBeGreaterThanOrEqual(m.textRight);
          expect(m.textWidth + m.asideWidth, "the two use the width").toBeGreaterThan(1280 * 0.75);
        } else {
          expect(m.asideTop).toBeGreaterThanOrEqual(m.textBottom);
        }
      }
    });
  });

  describe("3. navigation", () => {
    for (const width of WIDTHS) {
      it(`puts the page's headlines and 上一版/下一版 at the top of a printed page at ${width} px`, async () => {
        const page = await at(width);
        await page.goto(url(P4));
        const m = await page.evaluate(() => {
          const firstStory = document.querySelector(".items > *")!.getBoundingClientRect().top;
          const bar = document.querySelector(".bar")!;
          const nav = document.querySelector(".navigator")!;
          return {
            bar: Array.from(bar.querySelectorAll("a")).map((a) => [a.textContent, a.getAttribute("href")]),
            barTop: bar.getBoundingClientRect().top,
            navLinks: Array.from(nav.querySelectorAll("a")).map((a) => a.getAttribute("href")),
            // on a phone the headlines come before the first item; on a desktop they stand beside it
            navAbove: nav.getBoundingClientRect().top < firstStory || nav.getBoundingClientRect().left > document.querySelector(".items")!.getBoundingClientRect().right,
            firstStory,
          };
        });
        expect(m.bar).toContainEqual(["上一版", "/2021/10/14/03/"]);
        expect(m.bar).toContainEqual(["本期版面", "/2021/10/14/"]);
        expect(m.barTop).toBeLessThan(m.firstStory);
        expect(m.navLinks).toEqual(["#p1", "#a1", "#a2", "#p2"]);
        expect(m.navAbove).toBe(true);
      });

      it(`links an article to the articles before and after it, its page and its issue at ${width} px`, async () => {
        const page = await at(width);
        await page.goto(url(ARTICLE));
        const bar = await page.locator(".bar a").evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")]));
        expect(bar).toEqual([["上一篇", "/2021/10/14/03/1/"], ["回到版面", "/2021/10/14/03/#a2"], ["下一篇", "/2021/10/14/03/3/"]]);
        const bottom = await page.locator("nav.back a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
        expect(bottom).toEqual(expect.arrayContaining(["/2021/10/14/03/1/", "/2021/10/14/03/3/", "/2021/10/14/03/#a2", "/2021/10/14/"]));
      });

      it(`makes every navigation target at least 44 px high and inputs 16 px at ${width} px`, async () => {
        const page = await at(width);
        for (const path of ["/", P3, ARTICLE, "/archive/2021/", "/404.html"]) {
          await page.goto(url(path));
          const small = await smallTargets(page, ".bar, .navigator, .page-nav, .prev-next, .breadcrumb, .site-footer, .text-size, .masthead .issue-date, .issue-index, .calendars, .not-found");
          expect(small, `${path}: targets under 44 px`).toEqual([]);
          const inputs = await page.locator("input[type=search], button").evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
          for (const size of inputs) expect(size, `${path}: input font size`).toBeGreaterThanOrEqual(16);
        }
      });
    }

    it("keeps the bar in sight on a phone while the reader scrolls down a long page", async () => {
      const page = await at(390);
      await page.goto(url(P3));
      await page.evaluate(() => window.scrollTo(0, 3000));
      const top = await page.locator(".bar").evaluate((b) => b.getBoundingClientRect().top);
      expect(top).toBe(0);
    });
  });

  describe("4. typography after clreq", () => {
    for (const width of [320, ...WIDTHS]) {
      it(`breaks headlines only at spaces or between words at ${width} px`, async () => {
        const page = await at(width);
        for (const path of [ISSUE, P3, P4, "/2021/10/14/03/1/", ARTICLE, "/2021/10/14/04/2/"]) {
          await page.goto(url(path));
          const breaks = await headlineBreaks(page);
          for (const b of breaks) {
            const where = `${path}: ${b.before}|${b.after}`;
            expect(b.marked, where).toBe(true);
            for (const w of WORDS) {
              for (let k = 1; k < w.length; k++) {
                expect(b.before.endsWith(w.slice(0, k)) && b.after.startsWith(w.slice(k)), `${where} splits ${w}`).toBe(false);
              }
            }
          }
        }
      });
    }

    it("sets 引题 < 副题 < 主题, crossheads at body size and bold, the credit smaller than its caption", async () => {
      const page = await at(390);
      const style = (sel: string) => page.locator(sel).first().evaluate((e) => {
        const s = getComputedStyle(e);
        return { size: parseFloat(s.fontSize), weight: Number(s.fontWeight) };
      });
      await page.goto(url(P3));
      const [kicker, subtitle, headline, crosshead, body] = await Promise.all([
        style(".story:nth-child(2) .kicker"), style(".lead .subtitle"), style(".lead .headline"), style(".lead .crosshead"), style(".lead .body p"),
      ]);
      expect(kicker.size).toBeLessThan(subtitle.size);
      expect(subtitle.size).toBeLessThan(headline.size);
      expect(kicker.weight).toBeLessThan(subtitle.weight);
      expect(subtitle.weight).toBeLessThan(headline.weight);
      expect(crosshead.size).toBeGreaterThanOrEqual(body.size);
      expect(crosshead.weight).toBeGreaterThanOrEqual(700);
      await page.goto(url(P4));
      const [caption, credit] = await Promise.all([style("figcaption .caption"), style("figcaption .credit")]);
      expect(credit.size).toBeLessThan(caption.size);
      expect(caption.size).toBeLessThan(body.size);
    });

    it("justifies paragraphs only, and only where no line stretches beyond 1.1 em a character", async () => {
      for (const width of WIDTHS) {
        const page = await at(width);
        await page.goto(url(P3));
        const m = await page.evaluate(() => {
          const aligns = Object.fromEntries(["figcaption", "hgroup p", ".byline", ".crosshead", ".jump"].map((s) => [s, document.querySelector(s) ? getComputedStyle(document.querySelector(s)!).textAlign : "none"]));
          let worst = { em: 0, at: "" };
          for (const p of Array.from(document.querySelectorAll(".body p"))) {
            const size = parseFloat(getComputedStyle(p).fontSize);
            const text = p.firstChild?.nodeType === Node.TEXT_NODE ? p.firstChild : p.lastChild;
            if (!text || text.nodeType !== Node.TEXT_NODE) continue;
            const s = text.textContent ?? "";
            const boxes: { ch: string; left: number; top: number }[] = [];
            for (let i = 0; i < s.length; i++) {
              const r = document.createRange();
              r.setStart(text, i);
              r.setEnd(text, i + 1);
              const rect = r.getClientRects()[0];
              if (rect) boxes.push({ ch: s[i]!, left: rect.left, top: Math.round(rect.top) });
            }
            const lastTop = boxes.at(-1)?.top;
            for (let i = 1; i < boxes.length; i++) {
              const [a, b] = [boxes[i - 1]!, boxes[i]!];
              // two ideographs side by side on a full line: their advance is the glyph plus any stretch
              if (a.top !== b.top || b.top === lastTop || !/\p{Script=Han}/u.test(a.ch) || !/\p{Script=Han}/u.test(b.ch)) continue;
              const em = (b.left - a.left) / size;
              if (em > worst.em) worst = { em, at: s.slice(Math.max(0, i - 6), i + 6) };
            }
          }
          return { aligns, justify: Array.from(document.querySelectorAll(".body p")).map((p) => getComputedStyle(p).textAlign), worst };
        });
        // the lead article's measure on a tablet is wide enough for justified lines; a phone's is not
        if (width !== 1280) expect(m.justify[0]).toBe(width === 390 ? "start" : "justify");
        for (const [sel, align] of Object.entries(m.aligns)) expect(align, sel).not.toBe("justify");
        expect(m.worst.em, `${width} px: "${m.worst.at}"`).toBeLessThanOrEqual(1.1);
      }
    });

    it("names Noto/Source Han, Songti/PingFang and Microsoft YaHei in its font stacks", async () => {
      const page = await at(390);
      await page.goto(url(P3));
      const [serif, sans] = await Promise.all([page.locator("body").evaluate((e) => getComputedStyle(e).fontFamily), page.locator("h1").evaluate((e) => getComputedStyle(e).fontFamily)]);
      for (const face of ["Noto Serif", "Source Han Serif", "Songti SC", "Microsoft YaHei"]) expect(serif).toContain(face);
      for (const face of ["PingFang SC", "Noto Sans", "Source Han Sans", "Microsoft YaHei"]) expect(sans).toContain(face);
    });
  });

  describe("5. dark mode, 字号, 404, photos, icons", () => {
    it("turns dark with the system, photos untouched", async () => {
      for (const width of WIDTHS) {
        const page = await at(width, { colorScheme: "dark" });
        await page.goto(url(P4));
        const m = await page.evaluate(() => {
          const lum = (c: string) => {
            const [r, g, b] = (c.match(/\d+(\.\d+)?/g) ?? []).map(Number);
            return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
          };
          const body = getComputedStyle(document.body);
          return {
            bg: lum(body.backgroundColor), fg: lum(body.color),
            filters: Array.from(document.images).map((i) => getComputedStyle(i).filter),
            theme: Array.from(document.querySelectorAll("meta[name=theme-color]")).map((mt) => mt.getAttribute("media")),
          };
        });
        expect(m.bg).toBeLessThan(0.15);
        expect(m.fg).toBeGreaterThan(0.8);
        expect(m.filters).toEqual(["none", "none"]);
        expect(m.theme).toEqual(["(prefers-color-scheme: light)", "(prefers-color-scheme: dark)"]);
      }
    });

    it("switches the text size (A− A A+) and remembers it from page to page", async () => {
      const page = await at(390);
      await page.goto(url(P3));
      const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector(".body p")!).fontSize));
      const normal = await size();
      await page.getByLabel("大字号").check();
      expect(await size()).toBeGreaterThan(normal);
      await page.goto(url(P4));
      expect(await size()).toBeGreaterThan(normal);
      await page.getByLabel("小字号").check();
      expect(await size()).toBeLessThan(normal);
    });

    it("reads at the default size without JavaScript, and the switch still works there", async () => {
      const page = await at(390, { javaScriptEnabled: false });
      await page.goto(url(P3));
      const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector(".body p")!).fontSize));
      expect(await size()).toBe(17);
      await page.locator("label", { hasText: "A+" }).click();
      expect(await size()).toBeGreaterThan(17);
    });

    it("answers /404.html in the site's style, with the latest issue, the archive and search", async () => {
      const page = await at(390);
      const response = await page.goto(url("/404.html"));
      expect(response?.status()).toBe(200);
      expect(await page.locator("h1").textContent()).toBe("找不到这个页面");
      const links = await page.locator(".not-found a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links.slice(0, 2)).toEqual(["/", "/archive/"]);
      if (fs.existsSync(`${out}/search/index.html`)) expect(links).toContain("/search/");
      expect(await page.locator("link[rel=stylesheet][href='/banmian.css']").count()).toBe(1);
    });

    it("enlarges a photo to its largest rendering; its alt does not repeat the caption", async () => {
      const page = await at(390);
      await page.goto(url(P4));
      const photos = await page.locator("figure.photo").evaluateAll((fs) => fs.map((f) => ({
        href: f.querySelector("a.enlarge")?.getAttribute("href") ?? "",
        alt: f.querySelector("img")!.alt,
        caption: f.querySelector(".caption")!.textContent ?? "",
      })));
      expect(photos).toHaveLength(2);
      for (const p of photos) {
        expect(p.href).toMatch(/^\/img\/.+-1600\.jpeg$/);
        expect(p.caption.includes(p.alt) || p.alt.includes(p.caption.slice(0, 8)), p.alt).toBe(false);
        const big = await page.request.get(url(p.href));
        expect(big.status()).toBe(200);
        expect(big.headers()["content-type"]).toBe("image/jpeg");
      }
    });

    it("has an icon and lists the photo news in the issue's 版面导航", async () => {
      const page = await at(390);
      await page.goto(url(ISSUE));
      const icon = await page.locator("link[rel=icon]").getAttribute("href");
      const svg = await page.request.get(url(icon!));
      expect(svg.status()).toBe(200);
      expect(await svg.text()).toMatch(/^<svg /);
      const links = await page.locator(".issue-index a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links).toContain("/2021/10/14/04/#p1");
      expect(links).toContain("/2021/10/14/04/#p2");
    });
  });

  describe("6. the 版面 navigator", () => {
    it("draws every page of the issue side by side, each article and photo a link labelled with its headline, in print order", async () => {
      const page = await at(1280);
      await page.goto(url(ISSUE));
      const pages = await page.locator(".issue-page").evaluateAll((ps) => ps.map((p) => ({
        top: Math.round(p.getBoundingClientRect().top),
        blocks: Array.from(p.querySelectorAll(".schematic a")).map((a) => ({ href: a.getAttribute("href"), label: a.textContent, h: a.getBoundingClientRect().height })),
      })));
      expect(pages).toHaveLength(2);
      expect(pages[0]!.top).toBe(pages[1]!.top);
      expect(pages[0]!.blocks.map((b) => [b.href, b.label])).toEqual([
        ["/2021/10/14/03/1/", "解放思想 深化改革 狠抓落实"],
        ["/2021/10/14/03/2/", "铁东召开城乡居民“两险”征收工作部署会议"],
        ["/2021/10/14/03/3/", "伊通人社局开展深化助企纾困活动"],
      ]);
      expect(pages[1]!.blocks.map((b) => b.href)).toEqual(["/2021/10/14/04/#p1", "/2021/10/14/04/1/", "/2021/10/14/04/2/", "/2021/10/14/04/#p2"]);
      expect(pages[1]!.blocks[0]!.label).toMatch(/^图片：重阳节前夕/);
      // sized by length: the long lead article of page 3 is the largest block
      const [lead, ...rest] = pages[0]!.blocks;
      for (const b of rest) expect(lead!.h).toBeGreaterThan(b.h);
      // a few KB
      const bytes = await page.locator(".issue-index").evaluate((e) => e.outerHTML.length);
      expect(bytes).toBeLessThan(4096);
    });

    it("stands beside each printed page on a desktop, in the page's own order", async () => {
      const page = await at(1280);
      await page.goto(url(P3));
      const m = await page.evaluate(() => ({
        navLeft: document.querySelector(".page > .navigator")!.getBoundingClientRect().left,
        itemsRight: document.querySelector(".items")!.getBoundingClientRect().right,
        targets: Array.from(document.querySelectorAll(".page > .navigator a")).map((a) => a.getAttribute("href")),
        ids: Array.from(document.querySelectorAll(".items > [id]")).map((e) => `#${e.id}`),
      }));
      expect(m.navLeft).toBeGreaterThanOrEqual(m.itemsRight);
      expect(m.targets).toEqual(m.ids);
    });
  });
});
