// A synthetic archive for the benchmarks: N issues × 8 pages made from the
// seed's two printed pages (pages/2021-10-14/03.md and 04.md). Every page
// keeps the structure of one seed page (headlines, bylines, crossheads,
// captions, footer) and takes its full paragraphs from the seed's pool,
// reshuffled with a fixed-seed PRNG: the same options give the same bytes.
import fs from "node:fs";
import path from "node:path";
import { readPageFile } from "../src/parse/index.ts";
import { buildEdition } from "../src/site/edition.ts";
import { pageLabel } from "../src/site/format.ts";
import { articleRecords } from "../src/site/search.ts";

const root = path.resolve(import.meta.dirname, "..");
const PAGE_NAMES = ["要闻", "综合新闻", "县区新闻", "县区新闻", "经济", "社会", "文化", "副刊"];

/** mulberry32: small, fast, and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stripFrontMatter = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, "");

/**
 * A full paragraph of body text: a sentence end, 60+ characters, and not a
 * photo caption (the next text line is not a photo credit ending in 摄).
 */
function paragraphLines(lines: string[]): boolean[] {
  return lines.map((l, i) => {
    // A dateline (本报讯(通讯员 …)) opens an article: it stays where it was printed.
    if (l.length < 60 || !/[。！？”]$/.test(l) || /^本报|讯[(（]/.test(l)) return false;
    const next = lines.slice(i + 1).find((n) => n.trim() !== "") ?? "";
    return !/摄$/.test(next.trim());
  });
}

/** The seed's two pages as line arrays, which of their lines are paragraphs, and the pool of those paragraphs. */
export function seedMaterial(): { templates: string[][]; paragraphs: boolean[][]; pool: string[] } {
  const templates = ["03.md", "04.md"].map((f) =>
    stripFrontMatter(fs.readFileSync(path.join(root, "pages/2021-10-14", f), "utf8")).split("\n"));
  const paragraphs = templates.map(paragraphLines);
  const pool = templates.flatMap((t, k) => t.filter((_, i) => paragraphs[k]![i]));
  return { templates, paragraphs, pool };
}

export interface ArchiveOptions {
  /** Issues to write; each has 8 pages. */
  issues: number;
  /** Give every even page its two photos, unique files per issue (written to photos/). */
  photos?: boolean;
  /** PRNG seed. */
  seed?: number;
  /** First issue date; issues follow daily. */
  start?: string;
  /**
   * Also write the same text as plain Markdown under `bare/` for bare
   * Eleventy and Hugo: one file per printed page and one per article (its
   * titles, credits and text as banmian indexes them), at banmian's URLs.
   */
  bare?: boolean;
}

export const issueDate = (start: string, i: number): string =>
  new Date(Date.parse(`${start}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);

/** One page's text: a seed page's lines with every full paragraph drawn from the pool. */
export function pageText(material: ReturnType<typeof seedMaterial>, page: number, rand: () => number): string {
  const k = (page - 1) % 2;
  const { pool } = material;
  return material.templates[k]!.map((l, i) => (material.paragraphs[k]![i] ? pool[Math.floor(rand() * pool.length)]! : l)).join("\n");
}

/**
 * Writes issues `from`..`from + count - 1` into `dir` (pages/, photos/, and
 * bare/ with `bare`). Returns the page files written, relative to `dir`.
 */
export function writeIssues(dir: string, options: ArchiveOptions, from = 0, count = options.issues): string[] {
  const material = seedMaterial();
  const start = options.start ?? "1996-01-01";
  const photoBytes = options.photos
    ? ["chongyang.jpg", "jiaojing.jpg"].map((f) => fs.readFileSync(path.join(root, "photos", f)))
    : [];
  const written: string[] = [];
  for (let i = from; i < from + count; i++) {
    // One PRNG per issue: issue i's text does not depend on how many came before.
    const rand = prng((options.seed ?? 20211014) + i * 7919);
    const date = issueDate(start, i);
    for (let page = 1; page <= 8; page++) {
      const text = pageText(material, page, rand);
      const nn = String(page).padStart(2, "0");
      const fm = [`paper: 四平日报`, `date: ${date}`, `page: ${page}`, `pageName: ${PAGE_NAMES[page - 1]}`];
      if (options.photos && page % 2 === 0) {
        const names = [1, 2].map((k) => `${date}-${nn}-${k}.jpg`);
        names.forEach((name, k) => {
          // Bytes after the JPEG's end marker: a distinct file, the same picture.
          const file = path.join(dir, "photos", name);
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, Buffer.concat([photoBytes[k]!, Buffer.from(`\n${name}`)]));
        });
        fm.push(`photos: [${names.join(", ")}]`);
      }
      const rel = `pages/${date}/${nn}.md`;
      fs.mkdirSync(path.join(dir, "pages", date), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), `---\n${fm.join("\n")}\n---\n${text}`);
      written.push(rel);
      if (options.bare) writeBare(dir, rel, `四平日报 ${date} 第${page}版`, text);
    }
  }
  return written;
}

const markdown = (title: string, text: string) => `---\ntitle: ${JSON.stringify(title)}\n---\n${text}\n`;

/** The page at bare/YYYY/MM/DD/NN.md and each article at bare/YYYY/MM/DD/NN/K.md: banmian's URLs. */
function writeBare(dir: string, rel: string, title: string, text: string): void {
  const source = fs.readFileSync(path.join(dir, rel), "utf8");
  const edition = buildEdition(readPageFile(source, rel).map((model) => ({ file: rel, model })), { articlePages: true }, pageLabel);
  const page = edition.pages[0]!;
  const files: [string, string][] = [[`${page.url.slice(0, -1)}.md`, markdown(title, text)]];
  // One paragraph a line: Markdown joins lines that no blank line separates.
  for (const r of articleRecords(edition)) files.push([`${r.url.slice(0, -1)}.md`, markdown(r.meta.title!, r.content.split("\n").join("\n\n"))]);
  for (const [url, content] of files) {
    const file = path.join(dir, "bare", url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/**
 * The plugin as a site runs it: the JavaScript `npm run prepare` builds into
 * dist/ (Node strips no types in node_modules), not src/*.ts.
 */
export const PLUGIN = path.join(root, "dist/site/plugin.js");

/** A whole archive: banmian's site (pages/, photos/, eleventy.config.js) and, with `bare`, bare Eleventy's. */
export function writeArchive(dir: string, options: ArchiveOptions): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  writeIssues(dir, options);
  fs.writeFileSync(path.join(dir, "eleventy.config.js"), [
    `import banmian from ${JSON.stringify(PLUGIN)};`,
    `export default function (eleventyConfig) {`,
    `  eleventyConfig.addPlugin(banmian, JSON.parse(process.env.BANMIAN_BENCH_OPTIONS || "{}"));`,
    `  eleventyConfig.ignores.add("bare/**");`,
    `  eleventyConfig.ignores.add("hugo/**");`,
    `}`,
    "",
  ].join("\n"));
  if (options.bare) writeBareSites(dir);
}

/** The one layout of the bare sites, in Nunjucks (Eleventy) and Go templates (Hugo): title and text. */
const BARE_LAYOUT = (title: string, content: string) =>
  `<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n${content}\n</body>\n</html>\n`;

/**
 * Bare Eleventy's config (bare.config.js, input bare/) and a minimal Hugo
 * site (hugo/) over the same Markdown files: regular pages only, no lists,
 * feeds or sitemaps, one layout.
 */
function writeBareSites(dir: string): void {
  fs.mkdirSync(path.join(dir, "bare", "_includes"), { recursive: true });
  fs.writeFileSync(path.join(dir, "bare", "_includes", "page.njk"), BARE_LAYOUT("{{ title }}", "{{ content | safe }}"));
  fs.writeFileSync(path.join(dir, "bare.config.js"),
    [
      "export default function (eleventyConfig) {",
      `  eleventyConfig.addGlobalData("layout", "page.njk");`,
      // At banmian's URLs: Eleventy would write 01/01.md, whose name is its folder's, as 01/index.html.
      "  eleventyConfig.addGlobalData(\"eleventyComputed\", { permalink: (data) => `${data.page.filePathStem}/index.html` });",
      "}",
      "",
    ].join("\n"));
  fs.mkdirSync(path.join(dir, "hugo", "layouts", "_default"), { recursive: true });
  fs.writeFileSync(path.join(dir, "hugo", "layouts", "_default", "single.html"), BARE_LAYOUT("{{ .Title }}", "{{ .Content }}"));
  fs.writeFileSync(path.join(dir, "hugo", "hugo.toml"), [
    `baseURL = "/"`,
    `contentDir = "../bare"`,
    `ignoreFiles = ["_includes/"]`,
    `disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]`,
    "",
  ].join("\n"));
}
