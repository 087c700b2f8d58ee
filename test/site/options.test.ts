import { describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { BanmianError } from "../../src/errors.ts";
import banmian from "../../src/site/plugin.ts";
import { checkPathPrefix, defaults, resolveOptions } from "../../src/site/options.ts";

describe("options", () => {
  it("merges with the defaults", () => {
    expect(resolveOptions({})).toEqual(defaults);
    expect(resolveOptions({ paper: " 四平日报 ", imageWidths: [960, 480], siteUrl: "https://paper.example.cn/" })).toMatchObject({
      paper: "四平日报", imageWidths: [480, 960], siteUrl: "https://paper.example.cn", pages: "pages", punctuation: true,
    });
  });

  it.each([
    [{ pages: 3 }, 'option `pages` must be a folder name like "pages"'],
    [{ siteUrl: "paper.example.cn" }, "option `siteUrl` must be the site's origin"],
    [{ articlePages: "yes" }, "option `articlePages` must be true or false"],
    [{ imageWidths: [480, -1] }, "option `imageWidths` must be a list of widths"],
    [{ imageFormats: ["gif"] }, "option `imageFormats` must be a list drawn from"],
    [{ pathPrefix: "/paper/" }, "option `pathPrefix` is Eleventy's own"],
    [{ colour: "red" }, "unknown option `colour`"],
  ])("refuses %j", (options, message) => {
    expect(() => resolveOptions(options)).toThrow(BanmianError);
    expect(() => resolveOptions(options)).toThrow(message);
  });

  it("checks Eleventy's pathPrefix", () => {
    expect(checkPathPrefix(undefined)).toBe("/");
    expect(checkPathPrefix("paper")).toBe("/paper/");
    expect(() => checkPathPrefix(42)).toThrow('option `pathPrefix` must be a string like "/paper/"');
  });

  it("reports a bad option when Eleventy loads the plugin; a second addPlugin is harmless", async () => {
    const bad = new Eleventy(".", "_site", { configPath: false, quietMode: true, config(c: { addPlugin(p: unknown, o: unknown): void }) { c.addPlugin(banmian, { articlePages: 1 }); } } as never);
    bad.disableLogger();
    const error = await bad.toJSON().then(() => undefined, (e: unknown) => e as Error);
    const chain: string[] = [];
    for (let e: Error | undefined = error; e; e = (e.cause ?? (e as { originalError?: Error }).originalError) as Error | undefined) chain.push(e.message);
    expect(chain.join("\n")).toContain("option `articlePages` must be true or false");
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-empty-"));
    const twice = new Eleventy(empty, path.join(empty, "_site"), {
      configPath: false, quietMode: true,
      config(c: { addPlugin(p: unknown, o?: unknown): void }) { c.addPlugin(banmian, { paper: "四平日报" }); c.addPlugin(banmian); },
    } as never);
    twice.disableLogger();
    await twice.write();
    expect(fs.readFileSync(path.join(empty, "_site", "archive", "index.html"), "utf8")).toContain("<title>往期回顾 · 四平日报</title>");
  });
});

describe("packaging", () => {
  it("finds its layouts from the package root (src/site/layouts, shipped in `files`)", async () => {
    const { layoutsDir, layoutsPresent } = await import("../../src/site/layouts.ts");
    expect(layoutsDir.replace(/\\/g, "/")).toMatch(/\/src\/site\/layouts\/$/);
    expect(layoutsPresent()).toBe(true);
    const pkg = JSON.parse(fs.readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(pkg.files).toContain("src/site/layouts");
    expect(pkg.exports["."].default).toBe("./dist/site/plugin.js");
  });
});
