// Building a site in-process on a temporary folder, as a newspaper would.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import banmian from "../../src/site/plugin.ts";
import type { BanmianOptions } from "../../src/site/options.ts";

/** The parts of Eleventy's (untyped) config object the tests use. */
export interface EleventyConfig {
  addPlugin(plugin: unknown, options?: unknown): void;
  addTransform(name: string, fn: (this: { page: { url: string; outputPath: string | false } }, content: string) => string): void;
}

export interface Built {
  dir: string;
  pages: Map<string, string>;
}

export function tempSite(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-site-"));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

/** Where a written file is served: `a/b/index.html` → `/a/b/`, `feed.xml` → `/feed.xml`. */
export function urlOf(file: string): string {
  const url = `/${file.split(path.sep).join("/")}`;
  return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
}

/** Every text file under `dir` by the URL it is served at (images, the search index and banmian's own .banmian-manifest.json left out). */
export function readSite(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    if (!/\.(html|xml|txt|css|svg|json)$/.test(f) || f.startsWith(`pagefind`) || f.startsWith(".banmian-")) continue;
    pages.set(urlOf(f), fs.readFileSync(path.join(dir, f), "utf8"));
  }
  return pages;
}

/** Runs `run` with `dir` as the working folder, and goes back to the one before. */
export async function inside<T>(dir: string, run: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return await run();
  } finally {
    process.chdir(cwd);
  }
}

/** Builds `dir` into `dir/_site`, as `npx eleventy` would, and maps each URL to its content. */
export async function build(
  dir: string, options: BanmianOptions = {},
  /** `logger`: keep Eleventy's logger, through which banmian's warnings go (off, the build prints nothing). */
  extra: { pathPrefix?: string; config?: (c: EleventyConfig) => void; logger?: boolean } = {},
): Promise<Built> {
  return inside(dir, async () => {
    // Eleventy's JSDoc types say configPath is a string; false is what stops a config file loading.
    const eleventyOptions: Record<string, unknown> = {
      quietMode: true,
      configPath: false,
      ...(extra.pathPrefix ? { pathPrefix: extra.pathPrefix } : {}),
      config(c: EleventyConfig) {
        c.addPlugin(banmian, options);
        extra.config?.(c);
      },
    };
    const elev = new Eleventy(".", "_site", eleventyOptions as never);
    if (!extra.logger) elev.disableLogger();
    await elev.write();
    return { dir, pages: readSite(path.join(dir, "_site")) };
  });
}

export const frontMatter = (fields: Record<string, string>): string =>
  `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join("\n")}\n---\n`;

const repoRoot = path.resolve(import.meta.dirname, "../..");

/** The example newspaper's pages/ and photos/, to copy into a temporary site. */
export function exampleFiles(): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {};
  for (const dir of ["pages", "photos"]) {
    for (const f of fs.readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: "utf8" })) {
      const abs = path.join(repoRoot, dir, f);
      if (fs.statSync(abs).isFile()) files[`${dir}/${f}`] = fs.readFileSync(abs);
    }
  }
  return files;
}
