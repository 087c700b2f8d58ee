// The writer of the edition's files fails loudly: a file that cannot be
// written, or a writer thread that dies, fails the build with the path,
// never a build that reports success with files missing, nor one that hangs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OutputWriter } from "../../src/site/write.ts";
import { exampleSite, runBuild, snapshot } from "./site-build.ts";

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "banmian-writer-"));

/** Writes `count` files through the writer; returns what done() did. */
async function writeAll(writer: OutputWriter, count: number): Promise<unknown> {
  try {
    for (let i = 0; i < count; i++) await writer.write(writer.fileOf(`/2021/10/${String(i).padStart(3, "0")}/`), `<p>${i}</p>`);
    await writer.done();
    return "done";
  } catch (e) {
    return e;
  }
}

describe("the writer", () => {
  it("writes each file's text as UTF-8, in every batch", async () => {
    const dir = tempDir();
    const writer = new OutputWriter(dir);
    const text = (i: number) => `<p>本报讯（通讯员 王健）第${i}篇 — ${"版".repeat(i)}</p>`;
    for (let i = 0; i < 200; i++) await writer.write(writer.fileOf(`/2021/10/${i}/`), text(i));
    await writer.done();
    for (const i of [0, 63, 64, 199]) expect(fs.readFileSync(path.join(dir, `2021/10/${i}/index.html`), "utf8")).toBe(text(i));
  });

  it("fails with the path when a folder stands where a file must go, in any batch", async () => {
    for (const blocked of [3, 70, 300]) {
      const dir = tempDir();
      const file = path.join(dir, `2021/10/${String(blocked).padStart(3, "0")}/index.html`);
      fs.mkdirSync(file, { recursive: true });
      const result = await writeAll(new OutputWriter(dir), 400);
      expect(result, `blocked at ${blocked}`).toBeInstanceOf(Error);
      expect((result as Error).message).toContain(`could not write ${file}`);
    }
  });

  it("fails, never hangs, when its thread dies", async () => {
    const dying = new URL("./fixtures/dying-worker.ts", import.meta.url);
    const result = await writeAll(new OutputWriter(tempDir(), dying), 200);
    expect(result).toBeInstanceOf(Error);
    expect((result as Error).message).toMatch(/the thread writing the edition stopped \(exit code 3\) with \d+ batch\(es\) of files unwritten/);
  });
});

describe("banmian build when a file cannot be written", () => {
  it("exits 1 naming the file, leaves no manifest of its own, and keeps the last good site", async () => {
    const site = exampleSite();
    expect(runBuild(site)).toMatchObject({ status: 0 });
    const good = snapshot(path.join(site, "_site"));
    // The site's own page puts a folder where the edition's robots.txt must go.
    fs.writeFileSync(path.join(site, "robots-folder.njk"), "---\npermalink: /robots.txt/index.html\n---\n<p>不是 robots.txt</p>\n");
    const r = runBuild(site);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/banmian: could not write \S+_site\.building\/robots\.txt: EISDIR/);
    expect(snapshot(path.join(site, "_site"))).toEqual(good);
    // The failed build's folder, and the manifest in it, are gone: the next build starts from the last good site's.
    expect(fs.existsSync(path.join(site, "_site.building"))).toBe(false);
  });
});
