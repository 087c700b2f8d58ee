// A page file is read once per build: the hash the manifest remembers is
// of the very bytes that were parsed, so a file saved again mid-build is
// seen as changed by the next build, never taken as already published.
import crypto from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPages, type ReadStamp } from "../../src/site/read.ts";
import { tempSite } from "../site/helpers.ts";

describe("page file stamps", () => {
  it("are taken from the bytes read for parsing: hash and characters of text", () => {
    const text = "---\npage: 3\n---\n铁东召开会议\n\n本报讯 会议指出。\n";
    const dir = tempSite({ "pages/2021-10-14/03.md": text });
    const stamps = new Map<string, ReadStamp>();
    readPages(path.join(dir, "pages"), (abs) => path.relative(dir, abs), { stamps });
    expect(stamps).toEqual(new Map([["pages/2021-10-14/03.md", {
      hash: crypto.createHash("sha1").update(text).digest("hex"),
      // Every character but whitespace: ---page:3--- is 12, 铁东召开会议 6, 本报讯会议指出。 8.
      chars: 26,
    }]]));
  });
});
