// The example newspaper as `npx eleventy` writes it to disk: the same files
// give byte-identical output (DESIGN.md, "Deterministic"), and every HTML
// file passes html-validate's recommended rules. (test/site validates the
// pages of hand-written readings built to JSON; this is the real parser's
// reading, written out with its images.)
import fs from "node:fs";
import path from "node:path";
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExample, listFiles } from "./site.ts";

describe("the example site written to disk", () => {
  let a = "";
  let b = "";
  beforeAll(async () => {
    a = await buildExample();
    b = await buildExample();
  });
  afterAll(() => {
    for (const dir of [a, b]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is byte-identical when built twice (pages, feed, sitemaps, images)", () => {
    const files = listFiles(a);
    expect(listFiles(b)).toEqual(files);
    for (const kind of [/\.html$/, /^feed\.xml$/, /^sitemap\.xml$/, /^sitemap-\d{4}\.xml$/, /^robots\.txt$/, /^banmian\.css$/, /^favicon\.svg$/, /^404\.html$/, /^img\/.+\.(avif|webp|jpeg)$/]) {
      expect(files.some((f) => kind.test(f)), `a file matching ${kind}`).toBe(true);
    }
    const differ = files.filter((f) => !fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))));
    expect(differ).toEqual([]);
  });

  it("holds no trace of the folder it was built in or of the day it was built", () => {
    const now = new Date();
    const today = [now.toISOString().slice(0, 10), now.toUTCString().slice(0, 16)];
    for (const f of listFiles(a)) {
      if (!/\.(html|xml|txt|css|js|json)$/.test(f)) continue;
      const text = fs.readFileSync(path.join(a, f), "utf8");
      expect(text.includes(a), `${f} names the output folder`).toBe(false);
      expect(text.includes(path.resolve(".")), `${f} names the source folder`).toBe(false);
      for (const d of today) expect(text.includes(d), `${f} holds the build day, ${d}`).toBe(false);
    }
  });

  it("passes html-validate's recommended rules on every HTML file", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    const html = listFiles(a).filter((f) => f.endsWith(".html"));
    expect(html.length).toBeGreaterThanOrEqual(10);
    const errors: Record<string, string[]> = {};
    for (const f of html) {
      const report = await validator.validateFile(path.join(a, f));
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
      if (messages.length) errors[f] = messages;
    }
    expect(errors).toEqual({});
  });
});
