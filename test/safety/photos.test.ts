// Photos that cannot be shown stop the build with a sentence naming the page
// file and the photo: never a crash, never a hung build.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/build.ts";
import { build, frontMatter, tempSite } from "../site/helpers.ts";

const tinyJpeg = fs.readFileSync(path.resolve(import.meta.dirname, "../site/tiny.jpg"));
const bigJpeg = fs.readFileSync(path.resolve(import.meta.dirname, "../../photos/chongyang.jpg"));
const plugin = path.resolve(import.meta.dirname, "../../src/site/plugin.ts");

const page = `${frontMatter({ date: "2021-10-14", page: "4", photos: "[shot.jpg]" })}
重阳节前夕,双辽福康医院党支部开展了义诊活动。

本报通讯员 张绍杰 摄
`;

/** A PNG whose header claims the given size: all a decoder reads before allocating. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(Buffer.alloc(64))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("photos that cannot be shown", () => {
  it("refuses a text file named .jpg", async () => {
    const site = tempSite({ "pages/p.md": page, "photos/shot.jpg": "这不是照片，是一段文字。" });
    await expect(build(site)).rejects.toThrow(/pages\/p\.md names photo "shot\.jpg".*is not an image that can be read/);
  });

  it("refuses a 12,000 × 12,000 image before decoding it", async () => {
    const site = tempSite({ "pages/p.md": page, "photos/shot.jpg": pngClaiming(12_000, 12_000) });
    await expect(build(site)).rejects.toThrow(/pages\/p\.md names photo "shot\.jpg".*12000×12000 pixels \(144 megapixels\)/);
  });

  it("refuses a JPEG cut off inside its header", async () => {
    const site = tempSite({ "pages/p.md": page, "photos/shot.jpg": tinyJpeg.subarray(0, Math.floor(tinyJpeg.length * 0.6)) });
    await expect(build(site)).rejects.toThrow(/pages\/p\.md names photo "shot\.jpg".*is not an image that can be read/);
  });

  it("stops on a JPEG cut off after its header when converting it, naming page and photo", async () => {
    const site = tempSite({
      ".eleventy.js": `import banmian from ${JSON.stringify(plugin)};\nexport default (c) => c.addPlugin(banmian, { imageFormats: ["jpeg"], imageWidths: [100] });\n`,
      "pages/p.md": page,
      "photos/shot.jpg": bigJpeg.subarray(0, 30_000),
    });
    const cwd = process.cwd();
    process.chdir(site);
    try {
      await expect(buildSite({ configPath: ".eleventy.js", quiet: true })).rejects.toThrow(
        /^pages\/p\.md names photo "shot\.jpg" in `photos:`, but photos\/shot\.jpg could not be converted \(.+\): it may be truncated or corrupt; replace it$/,
      );
    } finally {
      process.chdir(cwd);
    }
  });
});
