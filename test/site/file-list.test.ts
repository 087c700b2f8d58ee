// The sorted lists of output files that settle a build and fill its manifest.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { includes, mergeUnique, sortedUnique } from "../../src/site/file-list.ts";
import { MANIFEST_FILE, MANIFEST_VERSION, readManifest, writeManifest, type Manifest } from "../../src/site/manifest.ts";

describe("lists of output files", () => {
  it("are sorted as strings compare, each name once", () => {
    expect(sortedUnique(["b/index.html", "a.css", "b/index.html", "a/10.html", "a/9.html", "a.css"])).toEqual(["a.css", "a/10.html", "a/9.html", "b/index.html"]);
    expect(sortedUnique([])).toEqual([]);
  });

  it("say whether they hold a name, at either end and between", () => {
    const list = ["a.css", "a/10.html", "a/9.html", "b/index.html"];
    for (const name of list) expect(includes(list, name)).toBe(true);
    for (const name of ["", "a", "a/1.html", "a/99.html", "c"]) expect(includes(list, name)).toBe(false);
    expect(includes([], "a")).toBe(false);
  });

  it("merge into their union, in order, each name once", () => {
    const merged = [...mergeUnique([["a", "c", "e"], ["b", "c", "f"], [], ["a", "e", "e", "g"]])];
    expect(merged).toEqual(["a", "b", "c", "e", "f", "g"]);
    expect([...mergeUnique([])]).toEqual([]);
  });
});

describe("the manifest, written a few thousand names at a time", () => {
  const manifest = (outputs: string[], partial?: boolean): Manifest => ({
    version: MANIFEST_VERSION, key: "k", files: { "pages/2021-10-14.md": { hash: "h", chars: 3, dates: ["2021-10-14"] } }, photos: { "a.jpg": "1:2" },
    outputs, ...(partial === undefined ? {} : { partial }),
  });

  it("is the text JSON.stringify gives, for none, a few and tens of thousands of names", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-manifest-"));
    try {
      const many = Array.from({ length: 20_001 }, (_, i) => `2021/${String(i).padStart(5, "0")}/index.html`);
      for (const m of [manifest([]), manifest(["a \"quoted\" name.html", "b/index.html"], true), manifest(many), manifest(many, false)]) {
        writeManifest(dir, m);
        expect(fs.readFileSync(path.join(dir, MANIFEST_FILE), "utf8")).toBe(`${JSON.stringify(m)}\n`);
        expect(readManifest(dir)).toEqual(m);
      }
      // Its outputs can be a merge, never made into one list.
      writeManifest(dir, { ...manifest([]), outputs: mergeUnique([["a", "c"], ["b"]]) });
      expect(readManifest(dir)?.outputs).toEqual(["a", "b", "c"]);
      expect(fs.readdirSync(dir)).toEqual([MANIFEST_FILE]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
