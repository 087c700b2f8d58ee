// The reading the build keeps (compact.ts) is the parser's reading, value for value.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPageFile } from "../../src/parse/index.ts";
import { compactReading } from "../../src/site/compact.ts";
import { pageA } from "./fixtures.ts";

const corpus = path.join(import.meta.dirname, "..", "corpus");
const texts = fs.readdirSync(corpus).filter((f) => f.endsWith(".txt"));

describe("compactReading", () => {
  it("keeps every value of every corpus page's reading: no undefined, nothing but plain data", () => {
    const shared = new Map<string, string>();
    expect(texts.length).toBeGreaterThan(10);
    for (const name of texts) {
      for (const model of readPageFile(fs.readFileSync(path.join(corpus, name), "utf8"), name)) {
        // toStrictEqual tells a key holding undefined from a missing one, and an instance from a plain object.
        expect(compactReading(model, shared), name).toStrictEqual(model);
      }
    }
  });

  it("is a copy: changing it leaves the reading as it was", () => {
    const model = pageA();
    const copy = compactReading(model, new Map());
    copy.items.length = 0;
    expect(model.items.length).toBe(3);
  });

  it("keeps a short string once for all pages, a long one with its page", () => {
    const shared = new Map<string, string>();
    compactReading(pageA(), shared);
    compactReading(pageA(), shared);
    expect(shared.get("article")).toBe("article");
    expect(shared.get("通讯员")).toBe("通讯员");
    expect(shared.has("铁西区认真落实省、市营商环境建设大会精神,按照稳中求进工作总基调。")).toBe(false);
  });
});
