// A page file that names a scan of the printed page (`scan:`): the scan is
// rendered with the photos and shown, zoomable, beside the page's navigator
// and on the issue page.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { readSource } from "../../src/parse/front-matter.ts";
import { BanmianError } from "../../src/errors.ts";
import { build, tempSite } from "./helpers.ts";

const SCAN = fs.readFileSync(new URL("./tiny.jpg", import.meta.url));
const page = (front: string) => `---\npaper: 四平日报\n${front}---\n铁东召开城乡居民“两险”征收工作部署会议\n\n本报讯(通讯员 王健)会议指出,要明确目标。\n`;

describe("the scan of a printed page", () => {
  it("is a front matter key naming a file; anything else is an error on its line", () => {
    expect(readSource(page("scan: 2021-10-14-03.jpg\n"), "pages/2021-10-14/03.md").meta.scan).toBe("2021-10-14-03.jpg");
    expect(readSource(page("scan: 2021-10-14-03.jpg\n"), "pages/2021-10-14/03.md").warnings).toEqual([]);
    expect(() => readSource(page("scan: [a.jpg, b.jpg]\n"), "pages/2021-10-14/03.md")).toThrow(BanmianError);
  });

  it("is shown beside the page, linked to its largest rendering, and on the issue page, linked to the page", async () => {
    const site = await build(tempSite({ "pages/2021-10-14/03.md": page("scan: scan-03.jpg\n"), "photos/scan-03.jpg": SCAN }));
    const p = site.pages.get("/2021/10/14/03/") ?? "";
    expect(p).toMatch(/<nav class="navigator"[^>]*>\s*<a class="scan" href="\/img\/[^"]+\.jpeg"><img src="\/img\/[^"]+" [^>]*alt="第3版版面图（点击放大）"/);
    const issue = site.pages.get("/2021/10/14/") ?? "";
    expect(issue).toMatch(/<a class="scan" href="\/2021\/10\/14\/03\/"><img [^>]*alt="第3版版面图"/);
  });

  it("that is missing fails the build naming the page file and the scan", async () => {
    await expect(build(tempSite({ "pages/2021-10-14/03.md": page("scan: gone.jpg\n") }))).rejects.toThrow(/pages\/2021-10-14\/03\.md names the scan "gone\.jpg" in `scan:`/);
  });
});
