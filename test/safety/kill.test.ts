// `banmian build` killed with `kill -9` at any point: a complete site is at
// the output, or the next start puts the last good one back; and the next
// build that finishes publishes every change made since the last build that
// did, byte for byte what a fresh build gives. One build at a time.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readManifest } from "../../src/site/manifest.ts";
import { tempSite } from "../site/helpers.ts";
import { buildIn, differences, plugin, runBuild, snapshot } from "./site-build.ts";

/** A small archive: three issues of two pages, no photos, no search (a build takes a second or two). */
function smallArchive(): string {
  const files: Record<string, string> = {};
  for (const day of [12, 13, 14]) {
    for (const n of [1, 2]) files[`pages/2021-10-${day}/0${n}.md`] = `---\npaper: 四平日报\n---\n${day}日第${n}版的新闻\n\n本报讯 今天有新闻。\n`;
  }
  files[".eleventy.js"] = `import banmian from ${JSON.stringify(plugin)};\nexport default function (c) { c.addPlugin(banmian, { search: false, incremental: true }); }\n`;
  return tempSite(files);
}

/** Every file the output's manifest lists is there, and the manifest is a finished build's. */
function expectComplete(dir: string): void {
  const manifest = readManifest(dir);
  expect(manifest, `${dir} has a finished build's manifest`).toMatchObject({ outputs: expect.any(Array) });
  expect(manifest!.partial).toBeUndefined();
  for (const f of manifest!.outputs) expect(fs.existsSync(path.join(dir, f)), f).toBe(true);
  for (const [f, bytes] of snapshot(dir)) if (f.endsWith(".html")) expect(Buffer.from(bytes, "base64").toString("utf8"), f).toMatch(/<\/html>\s*$/);
}

// In the order of a build; after `swap-half` the output is missing until the next start.
const POINTS = ["carried", "settled", "write", "manifest", "manifest-written", "built", "swap-half", "swapped", "locked"];

describe("banmian build killed with kill -9", () => {
  it("leaves a complete site or one the next start restores, and the next finished build publishes every change", () => {
    const site = smallArchive();
    const out = path.join(site, "_site");
    expect(runBuild(site)).toMatchObject({ status: 0 });
    POINTS.forEach((point, k) => {
      // A correction each night, in a different issue.
      const page = path.join(site, `pages/2021-10-${12 + (k % 3)}/0${1 + (k % 2)}.md`);
      fs.appendFileSync(page, `\n更正${k}：前文有误。\n`);
      const r = runBuild(site, { BANMIAN_KILL_AT: point });
      expect(r.signal, `${point}: ${r.stderr}`).toBe("SIGKILL");
      if (point === "swap-half") {
        expect(fs.existsSync(out)).toBe(false);
        expectComplete(`${out}.previous`);
      } else {
        expectComplete(out);
      }
    });
    expect(runBuild(site)).toMatchObject({ status: 0 });
    // A fresh build of the same files in a folder of their own.
    const fresh = `${site}-fresh`;
    fs.cpSync(site, fresh, { recursive: true, filter: (f) => !f.startsWith(out) });
    expect(runBuild(fresh)).toMatchObject({ status: 0 });
    expect(differences(out, path.join(fresh, "_site"))).toEqual([]);
    for (const k of POINTS.keys()) expect(fs.readFileSync(path.join(out, `2021/10/${12 + (k % 3)}/0${1 + (k % 2)}/index.html`), "utf8")).toContain(`更正${k}`);
    // No build folder, previous site or lock left behind; the URL ledger is the site's own record.
    expect(fs.readdirSync(site).sort()).toEqual([".eleventy.js", "_site", "ledger", "pages"]);
    // Twelve builds of a second or two each on an idle machine; each is bounded by runBuild's timeout.
  }, 240_000);
});

describe("one build at a time", () => {
  it("refuses to start while another build holds the lock, saying which; takes over a lock whose process is gone", async () => {
    const site = smallArchive();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    const gone = new Promise((resolve) => holder.on("exit", resolve));
    try {
      fs.writeFileSync(path.join(site, "_site.lock"), `${holder.pid}\n`);
      await expect(buildIn(site)).rejects.toThrow(`another build (process ${holder.pid}) is building _site: wait for it to finish; if no such build runs, remove _site.lock`);
      expect(fs.existsSync(path.join(site, "_site"))).toBe(false);
    } finally {
      holder.kill("SIGKILL");
      await gone;
    }
    await buildIn(site);
    expect(fs.existsSync(path.join(site, "_site/index.html"))).toBe(true);
    expect(fs.existsSync(path.join(site, "_site.lock"))).toBe(false);
  });
});
