// Random and mutated pages through parse and render: banmian's own errors at
// most, letters and digits conserved, every built page valid HTML.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { BanmianError } from "../../src/errors.ts";
import { parsePages, textFields } from "../../src/parse/index.ts";
import { lettersAndDigits } from "../../src/parse/text.ts";
import { build, tempSite } from "../site/helpers.ts";

const seed = fs.readFileSync(path.resolve(import.meta.dirname, "../../pages/2021-10-14/03.md"), "utf8").split("\n---\n")[1]!;
const seedLines = seed.split("\n").filter((l) => l.trim());

/** What a hostile or broken extraction puts into text. */
const junk = fc.constantFrom("<", ">", "&", "\"", "'", "{{", "}}", "{%", "%}", "<script>", "]]>", "\u200b", "\u3000", "\t", "（", "）", "——", "本报讯(", "摄", "@", "javascript:", "\ud83d\ude00", "Ａ１", " ");

/** A line of the seed with junk put in at random places, or junk alone. */
const mutatedLine = fc.oneof(
  fc.tuple(fc.constantFrom(...seedLines), fc.array(fc.tuple(fc.nat(), junk), { maxLength: 4 })).map(([line, edits]) => {
    const chars = [...line];
    for (const [at, j] of edits) chars.splice(at % (chars.length + 1), 0, j);
    return chars.join("");
  }),
  fc.constantFrom(...seedLines),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);

/** A page: lines joined by one or several line breaks (blank lines or none), CRLF sometimes. */
const pageText = fc
  .tuple(fc.array(fc.tuple(mutatedLine, fc.constantFrom("\n", "\n\n", "\r\n\r\n", "\n\n\n\n")), { minLength: 1, maxLength: 25 }))
  .map(([parts]) => parts.map(([l, br]) => l + br).join(""));

const multiset = (s: string) => [...lettersAndDigits(s)].sort().join("");

describe("fuzzed pages", () => {
  it("parse without throwing and keep every letter and digit", () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const pages = parsePages(text);
        expect(multiset(pages.flatMap(textFields).join(""))).toBe(multiset(text));
      }),
      { numRuns: 300, seed: 20211014 },
    );
  });

  it("build into valid HTML, with banmian's own errors at most", async () => {
    const files: Record<string, string> = {};
    fc.sample(pageText, { numRuns: 24, seed: 14 }).forEach((text, k) => {
      files[`pages/2021-10-${String(1 + (k % 28)).padStart(2, "0")}/${String(1 + Math.floor(k / 28)).padStart(2, "0")}.md`] = text;
    });
    let site;
    try {
      site = await build(tempSite(files), { siteUrl: "https://paper.example.cn" });
    } catch (e) {
      // The only acceptable failure is a sentence of ours.
      expect((e as Error).name).toBe(BanmianError.name);
      return;
    }
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    let checked = 0;
    for (const [url, html] of site.pages) {
      if (!url.endsWith("/")) continue;
      const report = await validator.validateString(html);
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
      expect(messages, url).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(24);
  });
});
