// The command line: exit 0 on success, 1 when input cannot be read, 2 on bad
// usage; messages on stderr name the file (and the line where there is one).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main, type Io } from "../../src/cli/main.ts";
import { parsePages, readPageFile, type PageModel } from "../../src/parse/index.ts";
import { seedFile, seedText } from "../parse/helpers.ts";
import { inside } from "../site/helpers.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(tmp, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await main(argv, io);
  return { code, out, err };
}

describe("banmian outline", () => {
  it("prints the reading with source lines and exits 0", async () => {
    const { code, out, err } = await run("outline", seedFile);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain("(lines 3–60)");
    expect(out).toContain("主题 解放思想 深化改革 狠抓落实");
    expect(out).toContain("小标题 提升金融服务工作 确保平稳运行 (l.19)");
    expect(out).toContain("article l.78 (continued on another page)");
  });

  it("with --json prints {pages} and nothing else, for several files", async () => {
    const other = file("other.txt", "金秋时节稻谷香\n\n本报讯 近日，梨树县水稻喜获丰收。\n");
    const { code, out, err } = await run("outline", seedFile, other, "--json");
    expect(code).toBe(0);
    expect(err).toBe("");
    const json = JSON.parse(out) as { pages: PageModel[] };
    expect(Object.keys(json)).toEqual(["pages"]);
    expect(json.pages).toHaveLength(3);
    expect(json.pages[2]!.items[0]).toMatchObject({ kind: "article", headline: "金秋时节稻谷香" });
  });

  it("shows the lines an editor's mark decided, in the tree and in --json", async () => {
    const marked = file("marked.md", "---\npaper: 四平日报\n---\n增强防灾意识 提高应急能力\n\n# 双辽开展国际减灾日宣传活动\n\n本报讯(通讯员 于嘉宇)为切实做好国际减灾日的宣传工作,近日,双辽市围绕“构建灾害风险适应性和抗灾力”主题,组织减灾委员会各成员单位开展了国际减灾日宣传活动。全市25家成员单位参加。\n");
    const tree = await run("outline", marked);
    expect(tree.out).toContain("    引题 增强防灾意识 提高应急能力\n    主题 双辽开展国际减灾日宣传活动\n");
    expect(tree.out).toContain("    [mark] l.6 主题\n");
    const { out } = await run("outline", marked, "--json");
    expect((JSON.parse(out) as { pages: PageModel[] }).pages[0]!.marks).toEqual([{ line: 6, role: "headline" }]);
  });

  it("exits 1 naming the file when it does not exist", async () => {
    const missing = path.join(tmp, "nope.txt");
    const { code, out, err } = await run("outline", missing);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toBe(`banmian: ${missing}: cannot read: no such file\n`);
  });

  it("exits 1 naming the file for a folder", async () => {
    const { code, err } = await run("outline", tmp);
    expect(code).toBe(1);
    expect(err).toContain(`${tmp}: cannot read: is a folder`);
  });

  it("exits 1 naming the file for a binary file", async () => {
    const png = file("photo.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const { code, err } = await run("outline", png);
    expect(code).toBe(1);
    expect(err).toBe(`banmian: ${png}: this is a binary file, not page text\n`);
  });

  it("exits 1 naming file and line for front matter it cannot accept", async () => {
    const bad = file("bad.md", "---\npaper: 四平日报\ndate: 2021-13-40\n---\n金秋时节稻谷香\n");
    const { code, err } = await run("outline", bad);
    expect(code).toBe(1);
    expect(err).toBe(`banmian: ${bad}:3: \`date: 2021-13-40\` is not a day of the calendar\n`);
    const yaml = file("yaml.md", "---\npaper: [\n---\n金秋\n");
    const r = await run("outline", yaml);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^banmian: ${yaml.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+: the front matter is not valid YAML`));
  });

  it("reads GBK text with a warning naming the encoding, never mojibake", async () => {
    // 金秋 = BDF0 C7EF; 本报讯 = B1BE B1A8 D1B6; 近日 = BDFC C8D5; 。= A1A3
    const gbk = file("gbk.txt", new Uint8Array([0xbd, 0xf0, 0xc7, 0xef, 0x0a, 0x0a, 0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6, 0x20, 0xbd, 0xfc, 0xc8, 0xd5, 0xa1, 0xa3]));
    const { code, out } = await run("outline", gbk, "--json");
    expect(code).toBe(0);
    const page = (JSON.parse(out) as { pages: PageModel[] }).pages[0]!;
    expect(page.items[0]).toMatchObject({ headline: "金秋", dateline: { text: "本报讯" }, body: [{ text: "近日。" }] });
    expect(page.warnings[0]).toEqual({ line: 1, message: expect.stringContaining("GBK") });
  });

  it("exits 1 naming the file for an empty file (a page file cut to nothing)", async () => {
    const empty = file("empty.txt", "");
    const { code, err } = await run("outline", empty);
    expect(code).toBe(1);
    expect(err).toBe(`banmian: ${empty}: the file is empty (0 bytes): restore the page's text\n`);
  });

  it("reads a 1 MB line without hanging, warning of it by line", async () => {
    const big = file("big.txt", `金秋时节稻谷香\n\n${"村民们说，今年是个丰收年。".repeat(80_000)}\n`);
    const { code, out } = await run("outline", big);
    expect(code).toBe(0);
    expect(out).toMatch(/warning l\.3: line 3 is 1,040,000 characters long/);
  }, 30_000); // a hang, not a time: it reads in about a second

  it("exits 2 with the usage for bad usage", async () => {
    for (const argv of [[], ["frobnicate"], ["outline"], ["outline", seedFile, "--bogus"]]) {
      const { code, out, err } = await run(...argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(out).toBe("");
      expect(err).toMatch(/^banmian: .+\nusage:/);
    }
  });

  it("runs as a real command: exit codes and streams", () => {
    const bin = path.resolve(import.meta.dirname, "../../bin/banmian.js");
    const cwd = path.resolve(import.meta.dirname, "../..");
    const status = (...argv: string[]) => {
      try {
        execFileSync("npx", ["banmian", ...argv], { cwd, stdio: "pipe" });
        return 0;
      } catch (e) {
        return (e as { status: number }).status;
      }
    };
    expect(fs.existsSync(bin)).toBe(true);
    expect(status("outline", seedFile)).toBe(0);
    expect(status("outline", path.join(tmp, "nope.txt"))).toBe(1);
    expect(status("outline")).toBe(2);
  });
});

describe("banmian split", () => {
  const out = path.join(tmp, "pages");
  const args = ["split", seedFile, "--paper", "四平日报", "--date", "2021-10-14", "--first-page", "3", "--out", out];

  it("writes one file per printed page, with front matter, and reports each on stderr", async () => {
    const { code, out: stdout, err } = await run(...args);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(fs.readdirSync(path.join(out, "2021-10-14")).sort()).toEqual(["03.md", "04.md"]);
    const p3 = fs.readFileSync(path.join(out, "2021-10-14", "03.md"), "utf8");
    expect(p3.split("\n").slice(0, 7)).toEqual([
      "---",
      "# split from 000_8a1b2aab4ad79620.txt, lines 3–60",
      'paper: "四平日报"',
      "date: 2021-10-14",
      "page: 3",
      "---",
      "解放思想 深化改革 狠抓落实",
    ]);
    expect(p3.trimEnd().endsWith("电子邮箱: sprbxjyw@163.com")).toBe(true);
    expect(err).toContain("03.md: page 3");
    expect(err).toContain("04.md: page 4");
  });

  it("gives files that read back as the same pages, lines shifted by the front matter", () => {
    const whole = parsePages(seedText, { paper: "四平日报", date: "2021-10-14", page: 3 });
    for (const [k, name] of ["03.md", "04.md"].entries()) {
      const f = path.join(out, "2021-10-14", name);
      const [back, ...more] = readPageFile(fs.readFileSync(f, "utf8"), f);
      expect(more).toEqual([]);
      const page = whole[k]!;
      // The body starts on file line 7; source line `from` lands there.
      const shift = 7 - page.lines.from;
      const shifted = JSON.parse(JSON.stringify(page), (key, v) => (key === "line" || key === "from" || key === "to") && typeof v === "number" ? v + shift : v);
      expect(back).toEqual(shifted);
    }
    const p4 = readPageFile(fs.readFileSync(path.join(out, "2021-10-14", "04.md"), "utf8"), "04.md")[0]!;
    expect(p4.items.map((i) => i.line)).toEqual([7, 11, 21, 35]);
  });

  it("refuses to overwrite without --force (exit 1, naming the files), and overwrites with it", async () => {
    const refused = await run(...args);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("would overwrite");
    expect(refused.err).toContain(path.join(out, "2021-10-14", "03.md"));
    expect(refused.err).toContain("--force");
    const forced = await run(...args, "--force");
    expect(forced.code).toBe(0);
    expect(fs.readdirSync(path.join(out, "2021-10-14")).sort()).toEqual(["03.md", "04.md"]);
  });

  it("exits 2 for missing or bad options", async () => {
    const base = ["split", seedFile];
    for (const argv of [
      [...base, "--date", "2021-10-14", "--out", out],
      [...base, "--paper", "x", "--date", "14/10/2021", "--out", out],
      [...base, "--paper", "x", "--date", "2021-10-14"],
      [...base, "--paper", "x", "--date", "2021-10-14", "--out", out, "--first-page", "0"],
      ["split", "--paper", "x", "--date", "2021-10-14", "--out", out],
      [...base, "--paper"],
    ]) {
      const { code, err } = await run(...argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(err).toMatch(/^banmian: /);
    }
  });

  it("writes a GBK dump as UTF-8 page files, saying so on stderr", async () => {
    // 金秋 = BDF0 C7EF; 本报讯 = B1BE B1A8 D1B6; 近日 = BDFC C8D5; 。= A1A3; then 本版编辑 辛宏
    const gbk = new Uint8Array([0xbd, 0xf0, 0xc7, 0xef, 0x0a, 0x0a, 0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6, 0x20, 0xbd, 0xfc, 0xc8, 0xd5, 0xa1, 0xa3, 0x0a, 0x0a,
      0xb1, 0xbe, 0xb0, 0xe6, 0xb1, 0xe0, 0xbc, 0xad, 0x20, 0xd0, 0xc1, 0xba, 0xea, 0x0a]);
    const dump = file("gbk-dump.txt", gbk);
    const dir = path.join(tmp, "gbk-pages");
    const { code, err } = await run("split", dump, "--paper", "四平日报", "--date", "2021-10-15", "--out", dir);
    expect(code).toBe(0);
    expect(err).toContain(`${dump}:1: decoded from GBK/GB18030`);
    const written = fs.readFileSync(path.join(dir, "2021-10-15", "01.md"), "utf8");
    expect(written).toContain("金秋\n\n本报讯 近日。\n\n本版编辑 辛宏");
  });

  it("exits 1 naming the dump when it cannot be read", async () => {
    const missing = path.join(tmp, "dump.txt");
    const { code, err } = await run("split", missing, "--paper", "x", "--date", "2021-10-14", "--out", out);
    expect(code).toBe(1);
    expect(err).toContain(missing);
  });
});

describe("help and version", () => {
  it("prints every command's usage with every option for --help and -h, exit 0", async () => {
    const options: Record<string, string[]> = {
      outline: ["--json"],
      split: ["--paper", "--date", "--out", "--first-page", "--page-name", "--force"],
      check: ["--photos", "--ledger", "--undated", "--fix", "--strict", "--report"],
      export: ["--out", "--paper", "--undated"],
      build: ["--input", "--output", "--config", "--pathprefix", "--quiet"],
      merge: ["--into"],
    };
    for (const [command, names] of Object.entries(options)) {
      for (const flag of ["--help", "-h"]) {
        const { code, out, err } = await run(command, flag);
        expect(code, `${command} ${flag}`).toBe(0);
        expect(err).toBe("");
        expect(out.startsWith(`usage: banmian ${command}`)).toBe(true);
        // Each option in the usage line and explained on a line of its own.
        for (const name of names) expect(out, `${command} ${name}`).toMatch(new RegExp(`\\n +${name}\\b`));
      }
    }
    expect((await run("help", "split")).out).toContain("--page-name NAME");
    expect((await run("--help")).out).toContain("banmian COMMAND --help");
  });

  it("prints the package's version for --version", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../package.json"), "utf8")) as { version: string };
    expect(await run("--version")).toEqual({ code: 0, out: `${pkg.version}\n`, err: "" });
  });

  it("refuses an option unknown to a command with that command's usage", async () => {
    const { code, err } = await run("check", "--json");
    expect(code).toBe(2);
    expect(err).toMatch(/^banmian: unknown option --json\nusage: banmian check/);
  });
});

describe("banmian split --date", () => {
  it("refuses a day that is not in the calendar", async () => {
    const { code, err } = await run("split", seedFile, "--paper", "四平日报", "--date", "2021-02-30", "--out", path.join(tmp, "feb"));
    expect(code).toBe(2);
    expect(err).toMatch(/^banmian: --date 2021-02-30 is not a day of the calendar\nusage: banmian split/);
    expect(fs.existsSync(path.join(tmp, "feb"))).toBe(false);
  });
});

const plugin = path.resolve(import.meta.dirname, "../../src/site/plugin.ts");
const configText = (options: Record<string, unknown> = {}) =>
  `import banmian from ${JSON.stringify(plugin)};\nexport default function (c) { c.addPlugin(banmian, ${JSON.stringify({ search: false, imageFormats: ["jpeg"], imageWidths: [100], ...options })}); }\n`;
const pageText = (headline: string) => `${headline}\n\n本报讯 今天有新闻。\n`;

describe("banmian build: Eleventy's config names, --input and --output from any folder", () => {
  it.each([".eleventy.js", "eleventy.config.js", "eleventy.config.mjs"])("builds a site whose config is %s, run from another folder", async (name) => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-config-"));
    file(path.relative(tmp, path.join(site, name)), configText());
    file(path.relative(tmp, path.join(site, "pages/2021-10-14/01.md")), pageText("今天的头条"));
    for (let i = 0; i < 2; i++) {
      // Twice: the second build must not read the first's _site as input.
      const { code, err } = await inside(tmp, () => run("build", "--input", site, "--quiet"));
      expect(code, err).toBe(0);
    }
    expect(fs.readFileSync(path.join(site, "_site/2021/10/14/01/index.html"), "utf8")).toContain("今天的头条");
    expect(fs.existsSync(path.join(site, "_site/_site"))).toBe(false);
    // The URL ledger is the site's, beside its pages (the plugin's \`ledger\` option).
    expect(fs.readdirSync(site).sort()).toEqual([name, "_site", "ledger", "pages"].sort());
  });

  it("takes the first of Eleventy's names, and --output where the site goes", async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-config-"));
    fs.mkdirSync(path.join(site, "pages/2021-10-14"), { recursive: true });
    fs.writeFileSync(path.join(site, "pages/2021-10-14/01.md"), pageText("今天的头条"));
    fs.writeFileSync(path.join(site, ".eleventy.js"), configText({ paper: "第一报" }));
    fs.writeFileSync(path.join(site, "eleventy.config.js"), configText({ paper: "第二报" }));
    const out = path.join(tmp, "elsewhere");
    const { code, err } = await inside(site, () => run("build", "--output", out, "--quiet"));
    expect(code, err).toBe(0);
    expect(fs.readFileSync(path.join(out, "archive/index.html"), "utf8")).toContain("第一报");
  });

  it("says where it looked when there is no config", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-noconfig-"));
    const { code, err } = await inside(empty, () => run("build", "--quiet"));
    expect(code).toBe(1);
    expect(err).toBe("banmian: no Eleventy config in this folder (.eleventy.js, eleventy.config.js, eleventy.config.mjs, eleventy.config.cjs): add one that adds the plugin, `eleventyConfig.addPlugin(banmian)`\n");
  });
});

describe("banmian check finds what banmian build finds", async () => {
  const sharp = (await import("sharp")).default;
  const jpeg = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 30 } } }).jpeg().toBuffer();
  /** A site with a truncated photo, an 1890 issue and a draft, its photos in `pics/` (the `photos` option). */
  function site(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-agree-"));
    const put = (name: string, content: string | Buffer) => {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    };
    put(".eleventy.js", configText({ photos: "pics" }));
    put("pages/1890-03-01/01.md", pageText("光绪年间的新闻"));
    put("pages/2021-10-14/_draft.md", "---\npage: 1\n---\n草稿：同一版，尚未定稿。\n");
    put("pages/2021-10-14/01.md", `---\nphotos: [cut.jpg]\n---\n${pageText("今天的头条")}\n重阳节前夕，义诊。\n本报通讯员 张绍杰 摄\n`);
    put("pics/cut.jpg", jpeg.subarray(0, Math.floor(jpeg.length * 0.6)));
    return dir;
  }

  it("refuses the truncated photo with the build's sentence, warns of the 1890 issue as the build does, skips the draft", async () => {
    const dir = site();
    const check = await inside(dir, () => run("check", "--photos", "pics"));
    const build = await inside(dir, () => run("build", "--quiet"));
    expect(check.code).toBe(1);
    expect(build.code).toBe(1);
    const refusal = 'pages/2021-10-14/01.md names photo "cut.jpg" in `photos:`, but pics/cut.jpg could not be converted (';
    expect(check.out).toContain(`error: ${refusal}`);
    expect(build.err).toContain(`banmian: ${refusal}`);
    const lunar = "pages/1890-03-01/01.md: the issue of 1890-03-01 is outside 1901–2099, the years whose lunar dates are known here: their masthead and zhDate leave the lunar date out";
    expect(check.out).toContain(`warning: ${lunar}\n`);
    // The draft, another page 1 of the 14th, is no page: neither claims a second page 1.
    expect(check.out).not.toContain("_draft");
    expect(check.out).toMatch(/2 issues, 2 pages, 2 articles, 1 photos: 1 warnings, 1 errors\n$/);
  });

  it("checks a subfolder of pages/ against the site's photos", async () => {
    const dir = site();
    fs.writeFileSync(path.join(dir, "pics/cut.jpg"), jpeg);
    const { code, out } = await inside(dir, () => run("check", "pages/2021-10-14", "--photos", "pics"));
    expect(out).toBe("1 files, 1 issues, 1 pages, 1 articles, 1 photos: 0 warnings, 0 errors\n");
    expect(code).toBe(0);
  });
});
