// Incremental builds give the bytes a full build gives: after adding an
// issue, changing a page, removing a page or a whole issue, changing a
// photo, or nothing at all, the output folder built incrementally equals a
// fresh full build of the same files — search index included.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { BanmianOptions } from "../../src/site/options.ts";
import { writeArchive, writeIssues, issueDate } from "../../bench/archive.ts";
import { sameTree } from "../../bench/site.ts";

const START = "1996-01-01";
const child = path.resolve(import.meta.dirname, "../../bench/child.ts");

/**
 * One build in a process of its own, as `npx eleventy` runs it: nothing
 * (eleventy-img's memory of written files, say) carries over between builds.
 * Returns what the build printed.
 */
async function build(dir: string, output: string, options: BanmianOptions): Promise<string[]> {
  const r = spawnSync(process.execPath, [child, ".", output, "eleventy.config.js"], {
    cwd: dir, encoding: "utf8", env: { ...process.env, BANMIAN_BENCH_OPTIONS: JSON.stringify(options) },
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout.split("\n");
}

/** The incremental build's output: beside the site, never inside its input folder. */
const out = (dir: string) => `${dir}-site`;

function site(issues: number, photos = false): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-incremental-"));
  writeArchive(dir, { issues, photos, start: START });
  return dir;
}

const OPTIONS: BanmianOptions = { paper: "四平日报", search: false, imageFormats: ["jpeg"], imageWidths: [320] };

/** Builds `dir` incrementally into `_site` after `change`, and fully into a fresh folder; both must be equal. */
async function expectSameAsFull(dir: string, change: () => void, options: BanmianOptions = OPTIONS): Promise<string[]> {
  change();
  const logged = await build(dir, out(dir), { ...options, incremental: true });
  // Outside the input folder: Eleventy would read another build's HTML as templates.
  const full = `${dir}-full`;
  await build(dir, full, options);
  const result = sameTree(out(dir), full);
  fs.rmSync(full, { recursive: true, force: true });
  expect(result.differences).toEqual([]);
  expect(result.files).toBeGreaterThan(50);
  return logged;
}

// Each test builds a few times in processes of their own: on a shared 2-core machine that takes minutes.
describe("incremental builds equal full builds", { timeout: 240_000 }, () => {
  it("after adding an issue, changing a page, removing a page and an issue, and with nothing changed", async () => {
    const dir = site(6);
    try {
      const first = await build(dir, out(dir), { ...OPTIONS, incremental: true });
      expect(first.join("\n")).toContain("full build: no manifest");

      let log = await expectSameAsFull(dir, () => writeIssues(dir, { issues: 7, start: START }, 6, 1));
      expect(log.join("\n")).toContain("incremental build: 1 issue(s) changed: 1996-01-07");

      // A correction in the middle of the archive.
      const page = path.join(dir, "pages", issueDate(START, 2), "03.md");
      log = await expectSameAsFull(dir, () => fs.writeFileSync(page, fs.readFileSync(page, "utf8").replace("铁西", "铁东")));
      expect(log.join("\n")).toContain("1 issue(s) changed: 1996-01-03");

      // A page withdrawn: its files go; its URLs, published, answer that it was withdrawn (the URL ledger).
      const dropped = path.join(dir, "pages", issueDate(START, 3), "08.md");
      await expectSameAsFull(dir, () => fs.rmSync(dropped));
      const answer = (url: string) => fs.readFileSync(path.join(out(dir), url, "index.html"), "utf8");
      expect(fs.existsSync(path.join(out(dir), "1996/01/04/08/page.txt"))).toBe(false);
      expect(answer("1996/01/04/08")).toContain("<h1>本版已撤下</h1>");
      expect(answer("1996/01/04/08/1")).toContain("<h1>本文已撤下</h1>");

      // A whole issue withdrawn: the neighbours' previous/next links close the gap.
      await expectSameAsFull(dir, () => fs.rmSync(path.join(dir, "pages", issueDate(START, 4)), { recursive: true }));
      expect(fs.existsSync(path.join(out(dir), "1996/01/05/issue.txt"))).toBe(false);
      expect(answer("1996/01/05")).toContain("<h1>本期已撤下</h1>");

      log = await expectSameAsFull(dir, () => {});
      expect(log.join("\n")).toContain("incremental build: nothing changed");
    } finally {
      for (const d of [dir, out(dir), `${dir}-full`]) fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it("rebuilds everything when a layout override appears, and the pages a changed photo is on", async () => {
    const dir = site(3, true);
    try {
      await build(dir, out(dir), { ...OPTIONS, incremental: true });
      const log = await expectSameAsFull(dir, () => {
        fs.mkdirSync(path.join(dir, "_includes"), { recursive: true });
        fs.writeFileSync(path.join(dir, "_includes", "banmian-masthead.njk"), "<header class=\"masthead\"><p>{{ paper }}</p></header>\n");
      });
      expect(log.join("\n")).toContain("full build: layouts, data, code, options or installed versions changed");
      const photo = path.join(dir, "photos", `${issueDate(START, 1)}-02-1.jpg`);
      const later = new Date(Date.now() + 5000);
      const photoLog = await expectSameAsFull(dir, () => {
        fs.copyFileSync(path.join(dir, "photos", `${issueDate(START, 0)}-04-2.jpg`), photo);
        fs.utimesSync(photo, later, later);
      });
      expect(photoLog.join("\n")).toContain("1 issue(s) changed: 1996-01-02");
    } finally {
      for (const d of [dir, out(dir), `${dir}-full`]) fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it("rebuilds everything when the site's _data or its config changes", async () => {
    const dir = site(3);
    try {
      // A masthead that shows the site's own data, on every page.
      fs.mkdirSync(path.join(dir, "_includes"));
      fs.writeFileSync(path.join(dir, "_includes", "banmian-masthead.njk"), "<header class=\"masthead\"><p>{{ paper }}</p><p>{{ motto.text }}</p></header>\n");
      fs.mkdirSync(path.join(dir, "_data"));
      fs.writeFileSync(path.join(dir, "_data", "motto.json"), JSON.stringify({ text: "四平日报" }));
      await build(dir, out(dir), { ...OPTIONS, incremental: true });

      let log = await expectSameAsFull(dir, () => fs.writeFileSync(path.join(dir, "_data", "motto.json"), JSON.stringify({ text: "四平日报社" })));
      expect(log.join("\n")).toContain("full build: layouts, data, code, options or installed versions changed");
      expect(fs.readFileSync(path.join(out(dir), "1996/01/01/01/index.html"), "utf8")).toContain("<p>四平日报社</p>");

      // A transform added to the config reaches every page.
      const config = path.join(dir, "eleventy.config.js");
      log = await expectSameAsFull(dir, () => fs.writeFileSync(config, fs.readFileSync(config, "utf8").replace(
        "eleventyConfig.addPlugin(", 'eleventyConfig.addTransform("night", (html) => html.replace("</body>", "<p>夜班</p></body>"));\n  eleventyConfig.addPlugin(',
      )));
      expect(log.join("\n")).toContain("full build: layouts, data, code, options or installed versions changed");
      expect(fs.readFileSync(path.join(out(dir), "1996/01/01/01/index.html"), "utf8")).toContain("<p>夜班</p></body>");
    } finally {
      for (const d of [dir, out(dir), `${dir}-full`]) fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it("keeps the search index equal too", async () => {
    const dir = site(4);
    try {
      const options = { ...OPTIONS, search: true };
      await build(dir, out(dir), { ...options, incremental: true });
      await expectSameAsFull(dir, () => writeIssues(dir, { issues: 5, start: START }, 4, 1), options);
      expect(fs.existsSync(path.join(out(dir), "pagefind", "pagefind-entry.json"))).toBe(true);
    } finally {
      for (const d of [dir, out(dir), `${dir}-full`]) fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it("re-indexes only the bundle a nightly issue or a correction falls in", async () => {
    const start = "1996-01-28";
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-incremental-"));
    writeArchive(dir, { issues: 6, start });
    try {
      const options = { ...OPTIONS, search: true };
      await build(dir, out(dir), { ...options, incremental: true });
      expect(fs.existsSync(path.join(out(dir), "pagefind-archive", "1996-01-28", "pagefind-entry.json"))).toBe(true);
      expect(JSON.parse(fs.readFileSync(path.join(out(dir), "pagefind-archive", "bundles.json"), "utf8"))).toEqual(["1996-01-28/"]);
      expect(fs.readFileSync(path.join(out(dir), "search/index.html"), "utf8")).toContain('var archive = "/pagefind-archive/";');
      // Bundles are linked from the search cache: an unchanged one keeps its files' inodes.
      const entry = (bundle: string) => fs.statSync(path.join(out(dir), bundle, "pagefind-entry.json")).ino;
      const january = entry("pagefind-archive/1996-01-28");
      let log = await expectSameAsFull(dir, () => writeIssues(dir, { issues: 7, start }, 6, 1), options);
      // One bundle to index: one Pagefind process, whatever the machine allows.
      expect(log.join("\n")).toMatch(/in 2 bundle\(s\), 1 indexed, 1 unchanged \(Pagefind [\d.]+ s, 1 at a time, beside the pages\)/);
      expect(entry("pagefind-archive/1996-01-28")).toBe(january);
      const february = entry("pagefind");
      // A correction in January: the archive's bundle is built again, the month's kept.
      const page = path.join(dir, "pages", issueDate(start, 1), "03.md");
      log = await expectSameAsFull(dir, () => fs.writeFileSync(page, fs.readFileSync(page, "utf8").replace("铁西", "铁东")), options);
      expect(log.join("\n")).toContain("in 2 bundle(s), 1 indexed, 1 unchanged");
      expect(entry("pagefind-archive/1996-01-28")).not.toBe(january);
      expect(entry("pagefind")).toBe(february);
    } finally {
      for (const d of [dir, out(dir), `${dir}-full`]) fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it("builds fully when the output folder, or a file of it, is gone: the manifest travels with the folder", async () => {
    const dir = site(2);
    try {
      await build(dir, out(dir), { ...OPTIONS, incremental: true });
      fs.rmSync(out(dir), { recursive: true });
      let log = await build(dir, out(dir), { ...OPTIONS, incremental: true });
      expect(log.join("\n")).toContain("full build: no manifest of an earlier build");
      expect(fs.existsSync(path.join(out(dir), "1996/01/01/01/1/index.html"))).toBe(true);
      fs.rmSync(path.join(out(dir), "1996/01/02/01/1/index.html"));
      log = await build(dir, out(dir), { ...OPTIONS, incremental: true });
      expect(log.join("\n")).toContain("full build: the last build into this folder did not finish, or its files are not all there");
      expect(fs.existsSync(path.join(out(dir), "1996/01/02/01/1/index.html"))).toBe(true);
    } finally {
      for (const d of [dir, out(dir), `${dir}-full`]) fs.rmSync(d, { recursive: true, force: true });
    }
  });
});
