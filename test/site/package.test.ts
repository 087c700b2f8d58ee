// A newspaper's site installs banmian into node_modules, where Node strips no
// types: `import banmian from "banmian"` must resolve through package.json
// `exports` to the JavaScript that `prepare` builds into dist/.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

describe("the installed package", () => {
  let site: string;
  beforeAll(() => {
    execFileSync(path.join(root, "node_modules/.bin/tsc"), ["-p", "tsconfig.build.json"], { cwd: root });
    site = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-installed-"));
    fs.mkdirSync(path.join(site, "node_modules"));
    fs.symlinkSync(root, path.join(site, "node_modules/banmian"));
  });

  const run = (code: string) =>
    execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: site, encoding: "utf8" }).trim();

  it("resolves the plugin, the parse layer and the format layer to built JavaScript", () => {
    const out = run(`
      import banmian from "banmian";
      import { parsePages } from "banmian/parse";
      import { zhDate } from "banmian/format";
      const resolved = import.meta.resolve("banmian");
      console.log(JSON.stringify({
        plugin: typeof banmian,
        file: resolved.slice(resolved.indexOf("/dist/")),
        headline: parsePages("铁东召开城乡居民两险征收工作部署会议\\n\\n本报讯(通讯员 王健)会议指出。")[0].items[0].headline,
        date: zhDate("2021-10-14", "masthead"),
      }));
    `);
    expect(JSON.parse(out)).toEqual({
      plugin: "function",
      file: "/dist/site/plugin.js",
      headline: "铁东召开城乡居民两险征收工作部署会议",
      date: "2021年10月14日 星期四 农历辛丑年九月初九",
    });
  });

  it("exports what a site uses and nothing else, each named in the README", () => {
    const out = run(`
      import * as main from "banmian";
      import * as parse from "banmian/parse";
      import * as format from "banmian/format";
      console.log(JSON.stringify({ main: Object.keys(main), parse: Object.keys(parse), format: Object.keys(format) }));
    `);
    const entries = JSON.parse(out) as Record<string, string[]>;
    expect(entries.main).toEqual(["default"]);
    // Reading credits is the parse layer's work: not public through banmian/format.
    expect(entries.format!.sort()).toEqual([
      "civilDate", "creditText", "hanziNumber", "hasLunarDate", "headlineUnits", "isEmail", "lunarDate", "lunarDayName", "lunarMonthName", "lunarText", "mailto",
      "pageCredits", "pageLabel", "zhDate", "zhPunct",
    ]);
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const listed = readme.slice(readme.indexOf("## The package"));
    for (const name of [...entries.parse!, ...entries.format!]) expect(listed, name).toContain(`\`${name}\``);
  });

  it("ships type declarations beside the JavaScript", () => {
    for (const f of ["dist/site/plugin.d.ts", "dist/parse/index.d.ts", "dist/format/index.d.ts"]) {
      expect(fs.existsSync(path.join(root, f)), f).toBe(true);
    }
  });
});
