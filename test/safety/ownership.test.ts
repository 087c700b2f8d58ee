// banmian removes only what it wrote, and a build never writes into a file
// of the published site: the site's own pages (under year folders too), its
// passthrough copies and the images of its own eleventy-img transform
// survive every kind of build; a site file where the edition has one stops
// the build, naming both.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildIn, exampleSite, runBuild, snapshot } from "./site-build.ts";

const imagePlugin = import.meta.resolve("@11ty/eleventy-img");

/** The site's own files, beside the edition: a correction under the folder, an image through eleventy-img's transform, a copy. */
const OWN_FILES = {
  "correction.njk": "---\npermalink: /2021/10/14/correction/\n---\n<p>更正：第3版一文中的人名有误。</p>\n",
  "about.njk": "---\npermalink: /about/\n---\n<p>关于本报</p><img src=\"/photos/chongyang.jpg\" alt=\"重阳节义诊\">\n",
  "notes/2021-10.txt": "十月的编辑说明\n",
};
// failOnError: the transform also meets the edition's pictures, already rendered (their sources are not in the input).
const OWN_CONFIG = `  c.addPassthroughCopy({ "notes/2021-10.txt": "2021/10/notes.txt" });
  c.addPlugin((await import(${JSON.stringify(imagePlugin)})).eleventyImageTransformPlugin, { formats: ["webp"], widths: [200], failOnError: false });
`;
const config = (extra = "") => `${OWN_CONFIG}${extra}`;

/** The site's own files in an output folder, by name: the transform's image has a hashed name. */
function ownFiles(out: string): string[] {
  const own = ["2021/10/14/correction/index.html", "about/index.html", "2021/10/notes.txt"].filter((f) => fs.existsSync(path.join(out, f)));
  const images = fs.existsSync(path.join(out, "img")) ? fs.readdirSync(path.join(out, "img")).filter((f) => f.endsWith("-200.webp")) : [];
  return [...own, ...images.map((f) => `img/${f}`)];
}

function ownSite(options: Record<string, unknown>, extra = ""): string {
  // Without the URL ledger, whose withdrawn pages would stand where a removed page file's pages were.
  const site = exampleSite({ ledger: false, ...options }, OWN_FILES, config(extra));
  // The config awaits the image plugin's import.
  const file = path.join(site, ".eleventy.js");
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("export default function", "export default async function"));
  return site;
}

const EXPECTED_OWN = ["2021/10/14/correction/index.html", "about/index.html", "2021/10/notes.txt", expect.stringMatching(/^img\/.+-200\.webp$/)];

describe("banmian deletes only what it wrote", () => {
  for (const incremental of [true, false]) {
    it(`keeps the site's own pages, copies and images through banmian build (incremental: ${incremental})`, async () => {
      const site = ownSite({ incremental });
      const out = path.join(site, "_site");
      expect(runBuild(site)).toMatchObject({ status: 0 });
      expect(ownFiles(out)).toEqual(EXPECTED_OWN);
      // A correction to the issue, and a withdrawn page: the folder is rewritten.
      fs.writeFileSync(path.join(site, "pages/2021-10-14/04.md"), fs.readFileSync(path.join(site, "pages/2021-10-14/04.md"), "utf8").replace("双辽", "双辽市"));
      fs.rmSync(path.join(site, "pages/2021-10-14/03.md"));
      expect(runBuild(site)).toMatchObject({ status: 0 });
      expect(ownFiles(out)).toEqual(EXPECTED_OWN);
      expect(fs.existsSync(path.join(out, "2021/10/14/03/index.html"))).toBe(false);
    });
  }

  it("keeps them in an incremental build into the same folder (npx eleventy)", async () => {
    const site = ownSite({});
    const built = async () => {
      const cwd = process.cwd();
      process.chdir(site);
      try {
        const { default: Eleventy } = await import("@11ty/eleventy");
        const elev = new Eleventy(".", "_site", { quietMode: true, configPath: ".eleventy.js" } as never);
        elev.disableLogger();
        await elev.write();
      } finally {
        process.chdir(cwd);
      }
    };
    const file = path.join(site, ".eleventy.js");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('"search":false', '"search":false,"incremental":true'));
    await built();
    expect(ownFiles(path.join(site, "_site"))).toEqual(EXPECTED_OWN);
    fs.rmSync(path.join(site, "pages/2021-10-14/03.md"));
    await built();
    expect(ownFiles(path.join(site, "_site"))).toEqual(EXPECTED_OWN);
    expect(fs.existsSync(path.join(site, "_site/2021/10/14/03/index.html"))).toBe(false);
  });

  it("stops the build when a passthrough copy lands on a file of the edition, naming both", async () => {
    const site = exampleSite({}, { "robots.txt": "User-agent: *\nDisallow: /\n" }, '  c.addPassthroughCopy("robots.txt");\n');
    await expect(buildIn(site)).rejects.toThrow("robots.txt is copied to /robots.txt, a file of the edition: copy it elsewhere or leave it out");
    expect(fs.existsSync(path.join(site, "_site"))).toBe(false);
  });
});

describe("the last good site is never written through", () => {
  it("keeps every byte of the published site when a build that rewrote the site's own pages fails", async () => {
    const site = ownSite({ incremental: true });
    const out = path.join(site, "_site");
    // Twice: the second build starts from a published site that holds the site's own files.
    expect(runBuild(site)).toMatchObject({ status: 0 });
    expect(runBuild(site)).toMatchObject({ status: 0 });
    const good = snapshot(out);
    expect([...good.keys()]).toEqual(expect.arrayContaining(["2021/10/14/correction/index.html", "2021/10/notes.txt"]));
    // The site's correction under the folder changes, and then the build fails.
    fs.writeFileSync(path.join(site, "correction.njk"), OWN_FILES["correction.njk"].replace("人名", "地名"));
    fs.writeFileSync(path.join(site, "notes/2021-10.txt"), "改过的说明\n");
    fs.mkdirSync(path.join(site, "_includes"));
    fs.writeFileSync(path.join(site, "_includes/banmian-robots.njk"), "{{ nothing.here.at.all() }}");
    const r = runBuild(site);
    expect(r.stderr).toMatch(/\/robots\.txt could not be rendered/);
    expect(snapshot(out)).toEqual(good);
  });
});
