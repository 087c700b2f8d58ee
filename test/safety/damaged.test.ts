// Damaged page files stop the build, naming the file, and the last good
// site stays: a file cut inside its front matter, bytes that are no text,
// an empty file. A page that lost half its text since the last build is a
// warning with both counts, or an error with `shrinkage: "error"`.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BanmianError } from "../../src/errors.ts";
import { decodeText, readPageFile } from "../../src/parse/index.ts";
import { buildIn, exampleSite, snapshot } from "./site-build.ts";

const file = "pages/2021-10-14/03.md";

function errorOf(run: () => unknown): BanmianError {
  try {
    run();
  } catch (e) {
    if (e instanceof BanmianError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("damaged page files are errors naming the file and line", () => {
  it("front matter that never ends (a file cut inside it)", () => {
    const e = errorOf(() => readPageFile("---\npaper: 四平日报\ndate: 2021-10-14\npage: 3\npageNa", file));
    expect(e).toMatchObject({ file, line: 1 });
    expect(e.message).toMatch(/front matter opened on this line never ends/);
  });

  it("an empty file", () => {
    expect(errorOf(() => decodeText(new Uint8Array(0), file))).toMatchObject({ file, message: `${file}: the file is empty (0 bytes): restore the page's text` });
  });

  it("UTF-8 damaged in one place: the line and the byte", () => {
    const good = Buffer.from("铁东召开城乡居民“两险”征收工作部署会议\n\n本报讯(通讯员 王健)会议指出,要明确目标。\n");
    // The second byte of 会 lost: the error names line 3 and the byte of that line where 会 begins (counted from 1).
    const line3 = good.indexOf("本报讯");
    const at = good.indexOf(Buffer.from("会议"), line3) + 1;
    const damaged = Buffer.concat([good.subarray(0, at), good.subarray(at + 1)]);
    const e = errorOf(() => decodeText(damaged, file));
    expect(e).toMatchObject({ file, line: 3 });
    expect(e.message).toMatch(new RegExp(`^${file}:3: byte ${at - line3} of line 3 \\(E4 \\w\\w \\w\\w \\w\\w\\) is not UTF-8`));
  });

  it("bytes that are no text in any encoding read", () => {
    const garbage = Uint8Array.from({ length: 64 }, (_, i) => [0x41, 0x0a, 0xff, 0xfe, 0x80][i % 5]!);
    // "A", then FF FE 80 "A" on line 2: FF is the line's first byte.
    expect(errorOf(() => decodeText(garbage, file))).toMatchObject({ file, line: 2, message: expect.stringMatching(/^pages\/2021-10-14\/03\.md:2: byte 1 of line 2 \(FF FE 80 41\) is not UTF-8: the file is neither UTF-8 nor GBK/) });
  });
});

describe("banmian build on damaged input", () => {
  it("stops naming the file, and keeps the last good site", async () => {
    const site = exampleSite();
    await buildIn(site);
    const good = snapshot(path.join(site, "_site"));
    const page = path.join(site, file);
    const text = fs.readFileSync(page);
    const damages: [Buffer, RegExp][] = [
      [text.subarray(0, text.indexOf("page:")), /pages\/2021-10-14\/03\.md:1: the front matter opened on this line never ends/],
      [Buffer.alloc(0), /pages\/2021-10-14\/03\.md: the file is empty \(0 bytes\)/],
      [Buffer.concat([text.subarray(0, 400), Buffer.from([0xc3, 0x28]), text.subarray(400)]), /pages\/2021-10-14\/03\.md:\d+: byte \d+ of line \d+ \(C3 28/],
    ];
    for (const [bytes, message] of damages) {
      fs.writeFileSync(page, bytes);
      await expect(buildIn(site)).rejects.toThrow(message);
      expect(snapshot(path.join(site, "_site"))).toEqual(good);
    }
  });

  it("warns of a page that lost half its text, with both counts; `shrinkage: \"error\"` stops the build", async () => {
    for (const shrinkage of ["warn", "error"]) {
      const site = exampleSite({ shrinkage });
      await buildIn(site);
      const good = snapshot(path.join(site, "_site"));
      const page = path.join(site, file);
      const text = fs.readFileSync(page, "utf8");
      const bodyStart = text.indexOf("\n---\n") + 5;
      // Cut after the first fifth of the text, as a failed copy would.
      fs.writeFileSync(page, text.slice(0, bodyStart + Math.floor((text.length - bodyStart) / 5)));
      const counts = /pages\/2021-10-14\/03\.md: \d+ characters of text, against \d+ at the last build: more than half of it is gone/;
      if (shrinkage === "warn") {
        expect((await buildIn(site)).join("\n")).toMatch(counts);
      } else {
        await expect(buildIn(site)).rejects.toThrow(counts);
        expect(snapshot(path.join(site, "_site"))).toEqual(good);
      }
    }
  });
});
