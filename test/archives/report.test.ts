// `banmian check --report DIR`: the archive's problems per issue and page,
// as JSON and as an HTML page an editor works through in a browser. Every
// problem below is made by deleting text of the example, never by writing any.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { writeIssues } from "../../bench/archive.ts";
import { main } from "../../src/cli/main.ts";
import type { Report } from "../../src/cli/report.ts";
import { CHROMIUM, LAUNCH_ARGS, skipBrowser } from "../browser/site.ts";
import { exampleFiles, tempSite } from "../site/helpers.ts";

async function check(dir: string, ...flags: string[]) {
  let out = "";
  let err = "";
  const code = await main(["check", path.join(dir, "pages"), ...flags], { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

/** The example after an editor's bad night: deleted names, photo list and footer, a page cut short, a file with no date. */
async function troubledExample(): Promise<string> {
  const dir = tempSite(exampleFiles());
  await check(dir, "--fix"); // published as it was
  const edit = (rel: string, fn: (text: string) => string) => fs.writeFileSync(path.join(dir, rel), fn(fs.readFileSync(path.join(dir, rel), "utf8")));
  edit("pages/2021-10-14/04.md", (t) => t.replace("本报讯(通讯员 于嘉宇)", "本报讯(通讯员)").replace(/^photos: .*\n/m, ""));
  // Page 3 without its footer and its first article: cut short.
  edit("pages/2021-10-14/03.md", (t) => {
    const lines = t.split("\n");
    return [...lines.slice(0, 15), ...lines.slice(47, 71)].join("\n");
  });
  fs.mkdirSync(path.join(dir, "pages/extra"), { recursive: true });
  fs.copyFileSync(path.join(dir, "pages/2021-10-14/04.md"), path.join(dir, "pages/extra/supplement.md"));
  edit("pages/extra/supplement.md", (t) => t.replace(/^date: .*\n/m, "").replace(/^page: .*\n/m, ""));
  return dir;
}

describe("banmian check --report", async () => {
  const dir = await troubledExample();
  const out = path.join(dir, "report");
  const run = await check(dir, "--report", out);
  const report = JSON.parse(fs.readFileSync(path.join(out, "report.json"), "utf8")) as Report;
  const page = (n: number) => report.issues[0]!.pages.find((p) => p.page === n)!;

  it("counts at the top: what the archive holds and what to look at", () => {
    expect(run.code).toBe(1); // the undated file is an error
    expect(run.err).toContain(`wrote ${path.join(out, "report.html")}`);
    expect(report.counts).toMatchObject({
      files: 3, issues: 1, pages: 2, errors: 1, unreadableCredits: 1, pagesWithoutFooter: 2, unmatchedPhotos: 2, shrunkPages: 1,
    });
    expect(report.counts.warnings).toBe(run.out.split("\n").filter((l) => l.startsWith("warning")).length);
  });

  it("per page: the warnings with their lines, the unreadable credit, the photos without a file, no footer, the shrinkage", () => {
    // Lines of the file as edited (its photos: line gone): the article 增强防灾意识… starts on 22, the captions on 18 and 46.
    expect(page(4).unreadableCredits).toEqual([{ line: 22, text: "本报讯(通讯员)" }]);
    expect(page(4).unmatchedPhotos.map((p) => p.line)).toEqual([18, 46]);
    expect(page(3).footer).toBe(false); // cut with the end of the page
    expect(page(4).footer).toBe(false); // as printed: the seed's page 4 ends with a photo
    expect(page(3).shrank!.after).toBeLessThan(page(3).shrank!.before * 0.8);
    expect(page(3).findings.map((f) => f.message)).toEqual(expect.arrayContaining([expect.stringMatching(/changed since it was published/), expect.stringMatching(/was its text cut short/)]));
    // The supplement, a copy of page 4 as edited, is in no issue: its own findings listed apart.
    expect(report.unplaced.map((u) => u.file)).toEqual(["pages/extra/supplement.md"]);
    expect(report.unplaced[0]!.findings.filter((f) => f.level === "error").map((f) => f.message.split(":")[0])).toEqual([`pages/extra/supplement.md has no issue date`]);
    expect(report.unplaced[0]!.findings).toContainEqual({ level: "warning", line: 24, message: "could not read the names in the dateline “本报讯(通讯员)”" });
  });

  it.skipIf(skipBrowser)("renders in the browser: the counts, then each issue and page with its problems", async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    try {
      const tab = await browser.newPage();
      await tab.goto(`file://${path.join(out, "report.html")}`);
      expect(await tab.title()).toBe("banmian check: 1 errors, " + `${report.counts.warnings} warnings`);
      const counts = await tab.locator("table.counts tr").allInnerTexts();
      expect(counts).toContain("pages without footer\t2");
      expect(await tab.locator("table.counts tr.unreadableCredits.some").count()).toBe(1);
      expect(await tab.locator("section#d2021-10-14 h3").allInnerTexts()).toEqual([
        expect.stringMatching(/^page 3 县区新闻/), expect.stringMatching(/^page 4 县区新闻/),
      ]);
      expect(await tab.locator("section#d2021-10-14 li.credit").innerText()).toContain("本报讯(通讯员)");
      expect(await tab.locator("#unplaced li.error").count()).toBe(1);
    } finally {
      await browser.close();
    }
  });

  it("--strict: any warning fails the check, for nightly jobs", async () => {
    const clean = tempSite(exampleFiles());
    expect((await check(clean, "--strict")).code).toBe(0);
    const warned = tempSite(exampleFiles());
    fs.writeFileSync(path.join(warned, "pages/2021-10-14/04.md"), fs.readFileSync(path.join(warned, "pages/2021-10-14/04.md"), "utf8").replace(/^photos: .*\n/m, "photos: [chongyang.jpg]\n"));
    expect((await check(warned)).code).toBe(0);
    expect((await check(warned, "--strict")).code).toBe(1);
  });
});

describe("the report of a generated archive", async () => {
  const dir = tempSite({});
  writeIssues(dir, { issues: 3, start: "2022-03-01" });
  const run = await check(dir, "--report", path.join(dir, "report"));
  const report = JSON.parse(fs.readFileSync(path.join(dir, "report/report.json"), "utf8")) as Report;

  it("holds every issue and page, its counts matching check's summary", () => {
    expect(run.code).toBe(0);
    expect(report.issues.map((i) => i.date)).toEqual(["2022-03-01", "2022-03-02", "2022-03-03"]);
    expect(report.issues.every((i) => i.pages.map((p) => p.page).join() === "1,2,3,4,5,6,7,8")).toBe(true);
    const summary = run.out.trim().split("\n").at(-1)!;
    expect(summary).toBe(`24 files, 3 issues, 24 pages, ${report.counts.articles} articles, ${report.counts.photos} photos: ${report.counts.warnings} warnings, 0 errors`);
    const html = fs.readFileSync(path.join(dir, "report/report.html"), "utf8");
    expect(html.match(/<section id="d/g)).toHaveLength(3);
  });
});
