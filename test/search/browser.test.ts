// Search in a real browser (Debian's chromium through playwright-core) on a
// 390px phone: Pagefind's index of the example newspaper, segmented for
// Chinese, finds the 铁西 article by 营商环境 and the 重阳节 photo.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeArchive } from "../../bench/archive.ts";
import { buildEdition } from "../../src/site/edition.ts";
import { readPages } from "../../src/site/read.ts";
import { splitSearch } from "../../src/site/search.ts";
import { issueRecords, indexSite } from "../../src/site/search-index.ts";
import { buildExample, CHROMIUM, LAUNCH_ARGS, root, serve, skipBrowser, type Server } from "../browser/site.ts";

const skip = skipBrowser;
const title = skip
  ? `search in a browser — SKIPPED: ${CHROMIUM} not found (apt-get install chromium); CI runs it`
  : "search in a browser";

interface Result { href: string; title: string; excerpt: string; image?: string }

/** The results Pagefind's UI shows once it has settled on `term`. */
async function results(page: Page): Promise<Result[]> {
  await page.waitForSelector(".pagefind-ui__result-link", { timeout: 15_000 });
  return page.$$eval(".pagefind-ui__result", (items) => items.map((li) => ({
    href: li.querySelector<HTMLAnchorElement>(".pagefind-ui__result-link")!.getAttribute("href") ?? "",
    title: li.querySelector(".pagefind-ui__result-title")?.textContent?.trim() ?? "",
    excerpt: li.querySelector(".pagefind-ui__result-excerpt")?.textContent?.trim() ?? "",
    image: li.querySelector<HTMLImageElement>(".pagefind-ui__result-image")?.getAttribute("src") ?? undefined,
  })));
}

describe.skipIf(skip)(title, () => {
  let out = "";
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    out = await buildExample();
    server = await serve(out);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "zh-CN", isMobile: true, hasTouch: true });
    page = await context.newPage();
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    page.on("response", (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  it("writes the Pagefind bundle with a Chinese index", () => {
    expect(fs.existsSync(`${out}/pagefind/pagefind-ui.js`)).toBe(true);
    expect(fs.readdirSync(`${out}/pagefind`).some((f) => /^pagefind\.zh-cn_.*\.pf_meta$/.test(f))).toBe(true);
  });

  it("finds the 铁西 article by 营商环境, linking its own page", async () => {
    await page.goto(`${server!.origin}/search/`);
    await page.fill(".pagefind-ui__search-input", "营商环境");
    const found = await results(page);
    const tiexi = found.find((r) => r.href === "/2021/10/14/03/1/");
    expect(tiexi, JSON.stringify(found)).toBeDefined();
    expect(tiexi!.title).toContain("解放思想");
    // Only article pages and photos are results: never the printed page, an issue or the archive.
    for (const r of found) expect(r.href).toMatch(/^\/\d{4}\/\d{2}\/\d{2}\/\d{2}\/(\d+\/|#p\d+)$/);
  });

  it("finds the 重阳节 photo, linking it on its printed page with its picture", async () => {
    await page.goto(`${server!.origin}/search/?q=${encodeURIComponent("重阳节")}`);
    const found = await results(page);
    const photo = found.find((r) => r.href === "/2021/10/14/04/#p1");
    expect(photo, JSON.stringify(found)).toBeDefined();
    expect(photo!.image).toMatch(/^\/img\/.+\.jpeg$/);
    const res = await page.request.get(server!.origin + photo!.image!);
    expect(res.status()).toBe(200);
    await page.click(`.pagefind-ui__result-link[href="/2021/10/14/04/#p1"]`);
    await page.waitForURL("**/2021/10/14/04/#p1");
    expect(await page.locator("#p1 figcaption").textContent()).toContain("重阳节");
  });

  it("searches from the form at the foot of every page", async () => {
    await page.goto(`${server!.origin}/2021/10/14/`);
    await page.fill(".site-search input[name=q]", "营商环境");
    await page.click(".site-search button");
    await page.waitForURL("**/search/?q=*");
    const found = await results(page);
    expect(found.map((r) => r.href)).toContain("/2021/10/14/03/1/");
  });

  it("fits a 390px phone: no sideways scrolling, a usable search box, no script errors", async () => {
    await page.goto(`${server!.origin}/search/?q=${encodeURIComponent("营商环境")}`);
    await results(page);
    const { scrollWidth, inputWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      inputWidth: document.querySelector(".pagefind-ui__search-input")!.getBoundingClientRect().width,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(390);
    expect(inputWidth).toBeGreaterThan(250);
    expect(errors, JSON.stringify(server!.requests)).toEqual([]);
  });
});

describe.skipIf(skip)(`${title} under a pathPrefix`, () => {
  let out = "";
  let server: Server | undefined;
  let browser: Browser | undefined;
  const errors: string[] = [];

  beforeAll(async () => {
    out = await buildExample("/paper/");
    server = await serve(out, "/paper/");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  it("finds articles and photos, every link and picture under /paper/, nothing asked for outside it", async () => {
    const page = await browser!.newPage();
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("response", (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
    await page.goto(`${server!.origin}/paper/search/?q=${encodeURIComponent("营商环境")}`);
    const articles = await results(page);
    expect(articles.map((r) => r.href)).toContain("/paper/2021/10/14/03/1/");
    await page.goto(`${server!.origin}/paper/search/?q=${encodeURIComponent("重阳节")}`);
    const photos = await results(page);
    const photo = photos.find((r) => r.href === "/paper/2021/10/14/04/#p1");
    expect(photo, JSON.stringify(photos)).toBeDefined();
    expect(photo!.image).toMatch(/^\/paper\/img\/.+\.jpeg$/);
    expect((await page.request.get(server!.origin + photo!.image!)).status()).toBe(200);
    await page.click(`.pagefind-ui__result-link[href="/paper/2021/10/14/04/#p1"]`);
    await page.waitForURL("**/paper/2021/10/14/04/#p1");
    expect(server!.requests.filter((p) => !p.startsWith("/paper/") && p !== "/favicon.ico")).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** Six issues from 1996-01-28, built with search: January's four are the archive, February's two the latest month. */
function buildTwoMonths(): { dir: string; out: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-search-months-"));
  const out = `${dir}-site`;
  writeArchive(dir, { issues: 6, start: "1996-01-28" });
  const built = spawnSync(process.execPath, [path.join(root, "bench/child.ts"), ".", out, "eleventy.config.js"], {
    cwd: dir, encoding: "utf8", env: { ...process.env, BANMIAN_BENCH_OPTIONS: JSON.stringify({ search: true }) },
  });
  expect(built.status, built.stderr).toBe(0);
  return { dir, out };
}

/** The hrefs of the results for 营商环境 on `out`'s search page, and the paths the page asked for. */
async function searchTwoMonths(out: string): Promise<{ hrefs: string[]; requests: string[]; errors: string[] }> {
  const server = await serve(out);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  const errors: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("response", (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent("营商环境")}`);
    const hrefs = (await results(page)).map((r) => r.href);
    return { hrefs, requests: server.requests, errors };
  } finally {
    await browser.close();
    await server.close();
  }
}

describe.skipIf(skip)(`${title}: an archive over two months`, () => {
  it("merges the latest month's bundle and the archive's: results come from both", async () => {
    const { dir, out } = buildTwoMonths();
    try {
      const { hrefs, errors } = await searchTwoMonths(out);
      expect(hrefs.some((h) => h.startsWith("/1996/01/")), hrefs.join(" ")).toBe(true);
      expect(hrefs.some((h) => h.startsWith("/1996/02/")), hrefs.join(" ")).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      for (const d of [dir, out]) fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it("merges every bundle of an archive in several (here one per issue), as bundles.json lists them", async () => {
    const { dir, out } = buildTwoMonths();
    try {
      const ed = buildEdition(readPages(path.join(dir, "pages"), (f) => path.relative(dir, f)), { articlePages: true }, (n) => `第${n}版`);
      const split = splitSearch(ed, issueRecords(), 1)!;
      expect(split.archive.map((b) => b.dir)).toEqual(["28", "29", "30", "31"].map((d) => `pagefind-archive/1996-01-${d}`));
      await indexSite(out, split, { cacheDir: path.join(dir, "search-cache") });
      const { hrefs, requests, errors } = await searchTwoMonths(out);
      for (const b of split.archive) expect(requests.some((r) => r.startsWith(`/${b.dir}/pagefind.zh-cn_`)), b.dir).toBe(true);
      expect(hrefs.some((h) => h.startsWith("/1996/01/")), hrefs.join(" ")).toBe(true);
      expect(hrefs.some((h) => h.startsWith("/1996/02/")), hrefs.join(" ")).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      for (const d of [dir, out]) fs.rmSync(d, { recursive: true, force: true });
    }
  });
});
