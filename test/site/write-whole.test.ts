// Files a kill must never leave half-written (manifest, URL ledger, split
// page files) go through writeWhole: the old file or the new one, nothing else.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeWhole } from "../../src/site/write-whole.ts";

const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), "banmian-write-whole-"));

describe("writeWhole", () => {
  it("writes a text into folders it makes, leaving no temporary file", () => {
    const dir = folder();
    const file = path.join(dir, "a", "b", "2021.tsv");
    writeWhole(file, "第一行\n");
    writeWhole(file, "第二行\n");
    expect(fs.readFileSync(file, "utf8")).toBe("第二行\n");
    expect(fs.readdirSync(path.dirname(file))).toEqual(["2021.tsv"]);
  });

  it("writes what a writer puts in the open file, in order", () => {
    const file = path.join(folder(), "manifest.json");
    writeWhole(file, (fd) => {
      fs.writeSync(fd, "[1,");
      fs.writeSync(fd, "2]");
    });
    expect(fs.readFileSync(file, "utf8")).toBe("[1,2]");
  });

  it("keeps the old file and removes the temporary one when the writer throws midway", () => {
    const dir = folder();
    const file = path.join(dir, "manifest.json");
    fs.writeFileSync(file, "old");
    expect(() =>
      writeWhole(file, (fd) => {
        fs.writeSync(fd, "half of the new");
        throw new Error("disk full");
      })).toThrow("disk full");
    expect(fs.readFileSync(file, "utf8")).toBe("old");
    expect(fs.readdirSync(dir)).toEqual(["manifest.json"]);
  });
});
