// Front matter an editor got wrong: a clear error or warning naming the file
// and the line, never a page built on a guess.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main, type Io } from "../../src/cli/main.ts";
import { BanmianError } from "../../src/errors.ts";
import { readPageFile } from "../../src/parse/index.ts";
import { tempSite } from "../site/helpers.ts";

const text = "铁东召开城乡居民“两险”征收工作部署会议\n\n本报讯(通讯员 王健)会议指出,要明确目标。\n";
const file = "pages/2021-10-14/03.md";

/** The BanmianError a page file gives, or undefined. */
function errorOf(source: string, name = file): BanmianError | undefined {
  try {
    readPageFile(source, name);
    return undefined;
  } catch (e) {
    if (e instanceof BanmianError) return e;
    throw e;
  }
}

describe("front matter errors name the file and the line", () => {
  it("invalid YAML", () => {
    const e = errorOf(`---\npaper: 四平日报\ndate: [2021-10-14\n---\n${text}`);
    expect(e?.message).toMatch(/not valid YAML/);
    expect(e?.file).toBe(file);
    expect(e?.line).toBeGreaterThanOrEqual(3);
  });

  it("an impossible date, and a date not written as YYYY-MM-DD", () => {
    expect(errorOf(`---\npaper: 四平日报\ndate: 2021-02-30\n---\n${text}`)).toMatchObject({ line: 3, message: expect.stringMatching(/2021-02-30.*not a day of the calendar/) });
    expect(errorOf(`---\ndate: 14/10/2021\n---\n${text}`)).toMatchObject({ line: 2, message: expect.stringMatching(/YYYY-MM-DD/) });
  });

  it("page 0, a negative or fractional page", () => {
    for (const page of ["0", "-2", "3.5", "三"]) {
      expect(errorOf(`---\ndate: 2021-10-14\npage: ${page}\n---\n${text}`), page).toMatchObject({ line: 3, message: expect.stringMatching(/whole number from 1/) });
    }
  });

  it("names that are not text", () => {
    expect(errorOf(`---\npaper: [四平, 日报]\n---\n${text}`)).toMatchObject({ line: 2, message: expect.stringMatching(/`paper:` must be text/) });
    expect(errorOf(`---\npageName: 12\n---\n${text}`)).toMatchObject({ line: 2, message: expect.stringMatching(/`pageName:` must be text/) });
    expect(errorOf(`---\nphotos: [a.jpg, 3]\n---\n${text}`)).toMatchObject({ message: expect.stringMatching(/`photos:` must list file names/) });
  });

  it("an unknown key is a warning with its line, and the page is still read", () => {
    const [page] = readPageFile(`---\ndate: 2021-10-14\npage: 3\nauthor: 王健\n---\n${text}`, file);
    expect(page!.warnings).toContainEqual({ line: 4, message: expect.stringMatching(/unknown front matter key `author`/) });
    expect(page!.items).toHaveLength(1);
  });

  it("an e-mail address that is no address is a warning on its line, kept in the footer as text", () => {
    const [page] = readPageFile(`---\ndate: 2021-10-14\npage: 3\n---\n${text}\n本版编辑 辛宏 王森\n电子邮箱: sprbxjyw at 163.com\n`, file);
    expect(page!.warnings).toContainEqual({ line: 10, message: "“电子邮箱” is followed by “sprbxjyw at 163.com”, which is not an e-mail address" });
    // Kept for the page, where mailto() refuses to make a link of it.
    expect(page!.footer?.email).toBe("sprbxjyw at 163.com");
    expect(page!.footer?.lines).toContain("电子邮箱: sprbxjyw at 163.com");
  });

  it("line numbers of the text are the file's own, after the front matter", () => {
    const [page] = readPageFile(`---\ndate: 2021-10-14\npage: 3\n---\n${text}`, file);
    expect(page!.items[0]!.line).toBe(5);
  });
});

function capture(): Io & { stdout: string; stderr: string } {
  const io = { stdout: "", stderr: "", out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

describe("banmian check", () => {
  it("passes the example newspaper with zero errors", async () => {
    const io = capture();
    const cwd = process.cwd();
    process.chdir(path.resolve(import.meta.dirname, "../.."));
    try {
      expect(await main(["check", "pages"], io)).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(io.stdout).toBe("2 files, 1 issues, 2 pages, 5 articles, 2 photos: 0 warnings, 0 errors\n");
  });

  it("reports every problem of an archive and exits 1", async () => {
    const site = tempSite({
      "pages/2021-10-14/03.md": `---\nphotos: [missing.jpg]\n---\n${text}\n重阳节前夕,义诊。\n\n本报通讯员 张绍杰 摄\n`,
      "pages/2021-10-14/03-copy.md": `---\npage: 3\ndate: 2021-10-14\n---\n${text}`,
      "pages/2021-02-30/01.md": text,
      "pages/undated.md": `---\npage: 2\nbogus: 1\n---\n${text}`,
      "pages/broken.md": `---\ndate: 2021-02-30\n---\n${text}`,
      "pages/2021-10-15/01.md": `---\nphotos: [text.jpg]\n---\n${text}\n重阳节前夕,义诊。\n\n本报通讯员 张绍杰 摄\n`,
      "photos/text.jpg": "这不是照片。",
    });
    const io = capture();
    const cwd = process.cwd();
    process.chdir(site);
    try {
      expect(await main(["check"], io)).toBe(1);
    } finally {
      process.chdir(cwd);
    }
    // As the build words them (the same code), each as `file:line: message`.
    expect(io.stdout.split("\n")).toEqual([
      "error: pages/broken.md:2: `date: 2021-02-30` is not a day of the calendar",
      "warning: pages/undated.md:3: unknown front matter key `bogus` is ignored (known: paper, date, page, pageName, photos, note, scan, corrections)",
      // 2021-02-30 as a folder name is no date either.
      "error: pages/2021-02-30/01.md has no issue date: add `date: YYYY-MM-DD` to its front matter, or put it in a folder named like pages/2021-10-14/",
      "error: pages/2021-10-14/03.md holds page 3 of 2021-10-14, and so does pages/2021-10-14/03-copy.md: each printed page must come from one file",
      "error: pages/undated.md has no issue date: add `date: YYYY-MM-DD` to its front matter, or put it in a folder named like pages/2021-10-14/",
      "error: pages/2021-10-15/01.md names photo \"text.jpg\" in `photos:`, but photos/text.jpg is not an image that can be read (Input file contains unsupported image format): replace it with a JPEG, PNG or WebP file",
      "6 files, 2 issues, 2 pages, 2 articles, 1 photos: 1 warnings, 5 errors",
      "",
    ]);
    expect(fs.existsSync(path.join(site, "_site"))).toBe(false);
  });
});
