// Search bundles keyed by their records: a bundle whose records did not
// change is linked from the cache, never indexed again, and the site it
// gives is byte for byte the one a cold index gives.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeArchive } from "../../bench/archive.ts";
import { buildEdition, type Edition } from "../../src/site/edition.ts";
import { layoutsDir } from "../../src/site/layouts.ts";
import { readPages } from "../../src/site/read.ts";
import { splitSearch } from "../../src/site/search.ts";
import { issueRecords, indexSite, lastSearchStats } from "../../src/site/search-index.ts";
import { build, exampleFiles, tempSite } from "../site/helpers.ts";

const temps: string[] = [];
const temp = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-search-cache-"));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

/** Every file under `dir`, by path, with its bytes. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[]).sort()) {
    const abs = path.join(dir, f);
    if (fs.statSync(abs).isFile()) out.set(f, fs.readFileSync(abs).toString("base64"));
  }
  return out;
}
const searchFiles = (site: string): Map<string, string> =>
  new Map([...files(site)].filter(([f]) => f.startsWith("pagefind")));

describe("a layout change", () => {
  it("re-indexes nothing, and leaves the same index as a cold build", async () => {
    const dir = tempSite(exampleFiles());
    temps.push(dir);
    await build(dir, {});
    expect(lastSearchStats()?.indexed).toBe(1);
    // The site overrides a layout every page uses.
    const masthead = fs.readFileSync(path.join(layoutsDir, "banmian-masthead.njk"), "utf8");
    fs.mkdirSync(path.join(dir, "_includes"));
    fs.writeFileSync(path.join(dir, "_includes", "banmian-masthead.njk"), `<p>数字报</p>\n${masthead}`);
    const changed = await build(dir, {});
    expect(changed.pages.get("/2021/10/14/03/")).toContain("<p>数字报</p>");
    expect(lastSearchStats()?.indexed).toBe(0);

    const cold = tempSite({ ...exampleFiles(), "_includes/banmian-masthead.njk": `<p>数字报</p>\n${masthead}` });
    temps.push(cold);
    await build(cold, {});
    expect(lastSearchStats()?.indexed).toBe(1);
    expect(searchFiles(path.join(dir, "_site"))).toEqual(searchFiles(path.join(cold, "_site")));
  });

  it("leaves the bundles in the output folder untouched, and mends what was taken from them", async () => {
    const dir = tempSite(exampleFiles());
    temps.push(dir);
    await build(dir, {});
    const site = path.join(dir, "_site");
    const entry = path.join(site, "pagefind", "pagefind-entry.json");
    const fragments = path.join(site, "pagefind", "fragment");
    const [gone, ...kept] = fs.readdirSync(fragments).sort();
    // A link removed or made again changes its file's ctime: an untouched one keeps it.
    const ctime = (f: string) => fs.statSync(f).ctimeMs;
    const before = ctime(path.join(fragments, kept[0]!));
    fs.rmSync(path.join(fragments, gone!));
    fs.writeFileSync(path.join(fragments, "stray.pf_fragment"), "not Pagefind's");
    const entryBytes = fs.readFileSync(entry);
    await new Promise((r) => setTimeout(r, 20));
    await build(dir, {});
    expect(lastSearchStats()?.indexed).toBe(0);
    expect(ctime(path.join(fragments, kept[0]!))).toBe(before);
    expect(fs.readdirSync(fragments).sort()).toEqual([gone, ...kept]);
    expect(fs.readFileSync(entry)).toEqual(entryBytes);
    // The manifest lists every search file the build placed.
    const manifest = JSON.parse(fs.readFileSync(path.join(site, ".banmian-manifest.json"), "utf8")) as { outputs: string[] };
    expect(manifest.outputs).toContain(`pagefind/fragment/${gone}`);
    expect(manifest.outputs).not.toContain("pagefind/fragment/stray.pf_fragment");
  });
});

// Several Pagefind processes a test: on a loaded machine (CI runs test files side by side) a minute is not enough.
describe("an archive in several bundles", { timeout: 240_000 }, () => {
  const dir = temp();
  writeArchive(dir, { issues: 40 });
  const ed: Edition = buildEdition(readPages(path.join(dir, "pages"), (f) => path.relative(dir, f)), { articlePages: true }, (n) => `第${n}版`);
  /** About two issues a bundle. */
  const MAX = 30_000;
  const cacheDir = path.join(dir, "cache");
  const index = (edition: Edition, out: string, cache = cacheDir) => indexSite(out, splitSearch(edition, issueRecords(), MAX)!, { cacheDir: cache });

  it("indexes only the latest month's bundle when an issue is added", async () => {
    const before = { ...ed, issues: ed.issues.slice(0, -1), latest: ed.issues.at(-2) } as Edition;
    const out = temp();
    const first = await index(before, out);
    expect(first.indexed).toBe(first.bundles);
    expect(first.bundles).toBeGreaterThan(3);
    const next = await index(ed, out);
    expect(next.indexed).toBe(1);
    // As a cold index of the same edition would have it.
    const cold = temp();
    await index(ed, cold, path.join(cold, "cache"));
    expect(searchFiles(out)).toEqual(searchFiles(cold));
  });

  it("indexes only the bundle of a corrected page", async () => {
    const out = temp();
    await index(ed, out);
    const old = ed.issues[2]!.pages[0]!.articles[0]!;
    const corrected = structuredClone(ed);
    const a = corrected.issues[2]!.pages[0]!.articles[0]!;
    a.body[0]!.text = `${a.body[0]!.text}（更正）`;
    // structuredClone copied the issue's article into the edition's lists apart: correct it there too.
    corrected.articles.find((x) => x.url === old.url)!.body[0]!.text = a.body[0]!.text;
    corrected.pages.find((p) => p.url === old.pageUrl)!.articles[0]!.body[0]!.text = a.body[0]!.text;
    const stats = await index(corrected, out);
    expect(stats.indexed).toBe(1);
    const cold = temp();
    await index(corrected, cold, path.join(cold, "cache"));
    expect(searchFiles(out)).toEqual(searchFiles(cold));
  });
});
