// Every kind of page of the example newspaper in a real browser (Debian's
// chromium through playwright-core), on a phone and on a desktop: no
// sideways scrolling, every photo loads, a sound headline outline, no
// serious accessibility fault (axe-core), text readable without JavaScript.
// A screenshot of each page at each size lands in test-artifacts/screenshots/.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExample, CHROMIUM, LAUNCH_ARGS, root, serve, skipBrowser, type Server } from "./site.ts";

const skip = skipBrowser;
const title = skip
  ? `the example site in a browser — SKIPPED: ${CHROMIUM} not found (apt-get install chromium); CI runs it`
  : "the example site in a browser";

const SHOTS = path.join(root, "test-artifacts", "screenshots");
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const PAGES = [
  { kind: "home", url: "/" },
  { kind: "issue", url: "/2021/10/14/" },
  { kind: "page-03", url: "/2021/10/14/03/" },
  { kind: "page-04", url: "/2021/10/14/04/" },
  { kind: "article", url: "/2021/10/14/03/1/" },
  { kind: "archive", url: "/archive/" },
  { kind: "archive-year", url: "/archive/2021/" },
  { kind: "not-found", url: "/404.html" },
  // the search page (Pagefind's UI) with the results of a query, when the build has one
  { kind: "search", url: "/search/?q=%E9%93%81%E8%A5%BF" },
] as const;

const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 768, height: 1024 },
  { name: "desktop", width: 1280, height: 800 },
] as const;

/** Scrolls each <img> into view (lazy images load only then) and reports how each fared. */
async function loadImages(page: Page) {
  return page.evaluate(async () => {
    const out: { src: string; complete: boolean; naturalWidth: number; width: string | null; height: string | null }[] = [];
    for (const img of Array.from(document.images)) {
      img.scrollIntoView({ block: "center" });
      if (!img.complete) {
        await new Promise<void>((resolve) => {
          img.addEventListener("load", () => resolve(), { once: true });
          img.addEventListener("error", () => resolve(), { once: true });
          setTimeout(resolve, 5000);
        });
      }
      out.push({
        src: img.currentSrc || img.src, complete: img.complete, naturalWidth: img.naturalWidth,
        width: img.getAttribute("width"), height: img.getAttribute("height"),
      });
    }
    window.scrollTo(0, 0);
    return out;
  });
}

/** The page's headline outline and what the checks need to know about it. */
async function outline(page: Page) {
  return page.evaluate(() => {
    const level = (h: Element) => Number(h.tagName.slice(1));
    const headings = Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6"));
    const skips: string[] = [];
    let prev = 0;
    for (const h of headings) {
      if (level(h) > prev + 1) skips.push(`${h.tagName} "${h.textContent}" after h${prev}`);
      prev = level(h);
    }
    const stories = Array.from(document.querySelectorAll("article.story")).map((s) => {
      const headline = s.querySelector(".headline");
      const group = s.querySelector("hgroup");
      return {
        headline: headline?.tagName.toLowerCase() ?? null,
        text: headline?.textContent ?? "",
        hasKickerOrSubtitle: !!s.querySelector(".kicker, .subtitle"),
        // kicker and subtitle sit in the headline's own hgroup, with one heading in it
        grouped: !!group && !!headline && headline.parentElement === group
          && Array.from(s.querySelectorAll(".kicker, .subtitle")).every((p) => p.parentElement === group)
          && group.querySelectorAll("h1, h2, h3, h4, h5, h6").length === 1,
        crossheads: Array.from(s.querySelectorAll(".crosshead")).map((c) => c.tagName.toLowerCase()),
      };
    });
    return { h1: document.querySelectorAll("h1").length, levels: headings.map((h) => h.tagName.toLowerCase()), skips, stories };
  });
}

interface AxeResult { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } };
    return w.axe.run(document, { resultTypes: ["violations"] });
  });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
}

describe.skipIf(skip)(title, () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let out = "";
  const contexts = new Map<string, { context: BrowserContext; page: Page }>();

  beforeAll(async () => {
    out = await buildExample();
    server = await serve(out);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    for (const v of VIEWPORTS) {
      const context = await browser.newContext({ viewport: { width: v.width, height: v.height }, locale: "zh-CN" });
      contexts.set(v.name, { context, page: await context.newPage() });
    }
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  for (const v of VIEWPORTS) {
    describe(`${v.name} ${v.width}×${v.height}`, () => {
      for (const p of PAGES) {
        it(`${p.kind} ${decodeURI(p.url)}`, async (ctx) => {
          const { page } = contexts.get(v.name)!;
          const failed: string[] = [];
          page.removeAllListeners("requestfailed");
          page.on("requestfailed", (r) => failed.push(r.url()));
          if (p.kind === "search" && !fs.existsSync(path.join(out, "search", "index.html"))) ctx.skip();
          const response = await page.goto(server!.origin + p.url);
          expect(response?.status()).toBe(200);
          if (p.kind === "search") {
            // results come from Pagefind's index, fetched and read by script after load
            await page.locator("#search a[href^='/2021/10/14/']").first().waitFor({ timeout: 10_000 });
          }

          // no sideways scrolling
          const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
          expect.soft(widths.scroll, "scrollWidth ≤ innerWidth").toBeLessThanOrEqual(widths.inner);

          // every image loads and says its size
          const images = await loadImages(page);
          if (p.kind === "page-04") expect.soft(images.length).toBe(2);
          for (const img of images) {
            expect.soft(img.complete && img.naturalWidth > 0, `${img.src} loaded`).toBe(true);
            expect.soft(img.width, `${img.src} width attribute`).toMatch(/^\d+$/);
            expect.soft(img.height, `${img.src} height attribute`).toMatch(/^\d+$/);
          }
          expect.soft(failed, "failed requests").toEqual([]);

          // one h1, no skipped levels; article headlines in hgroups; crossheads one level below
          const o = await outline(page);
          expect.soft(o.h1, "one h1").toBe(1);
          expect.soft(o.levels[0], "first heading").toBe("h1");
          expect.soft(o.skips, "skipped heading levels").toEqual([]);
          const headlineLevel = p.kind === "article" ? "h1" : "h2";
          for (const s of o.stories) {
            if (s.headline) expect.soft(s.headline, s.text).toBe(headlineLevel);
            if (s.hasKickerOrSubtitle) expect.soft(s.grouped, `${s.text}: hgroup`).toBe(true);
            for (const c of s.crossheads) expect.soft(c, `${s.text}: crosshead`).toBe(p.kind === "article" ? "h2" : "h3");
          }
          if (p.kind === "page-03") {
            expect.soft(o.stories.length).toBe(3);
            expect.soft(o.stories.every((s) => s.headline === "h2" && s.grouped)).toBe(true);
            expect.soft(o.stories[0]!.crossheads.length).toBeGreaterThan(0);
          }

          await page.screenshot({ path: path.join(SHOTS, `${p.kind}-${v.name}.png`), fullPage: true });

          // accessibility: nothing serious or critical
          expect.soft(await axe(page), "axe-core serious/critical violations").toEqual([]);
        });
      }
    });
  }

  describe("without JavaScript", () => {
    let context: BrowserContext | undefined;
    beforeAll(async () => {
      context = await browser!.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    });
    afterAll(async () => { await context?.close(); });

    it("shows a page's articles, headlines and photo captions", async () => {
      const page = await context!.newPage();
      await page.goto(server!.origin + "/2021/10/14/03/");
      const text = await page.locator("main").innerText();
      expect(text).toContain("解放思想 深化改革 狠抓落实");
      expect(text).toContain("铁西区认真落实省、市营商环境建设大会精神");
      expect(text).toContain("铁东召开城乡居民“两险”征收工作部署会议");
      await page.goto(server!.origin + "/2021/10/14/04/");
      expect(await page.locator("main figure figcaption").first().innerText()).toContain("重阳节前夕");
      await page.close();
    });

    it("shows an article's own page in full", async () => {
      const page = await context!.newPage();
      await page.goto(server!.origin + "/2021/10/14/03/1/");
      await expect(page.locator("h1").innerText()).resolves.toContain("解放思想 深化改革 狠抓落实");
      const body = await page.locator("article .body").innerText();
      expect(body).toContain("铁西区认真落实省、市营商环境建设大会精神");
      expect(body).toContain("全力推进招商引资 力争明显突破");
      expect(body.length).toBeGreaterThan(1500);
      await page.close();
    });
  });
});
