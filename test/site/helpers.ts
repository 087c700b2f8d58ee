// Building a site in-process on a temporary folder, as a newspaper would.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import banmian from "../../src/site/plugin.ts";
import type { BanmianOptions } from "../../src/site/options.ts";

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

/** Builds `dir` to JSON (nothing written) and maps each URL to its content. */
export async function build(dir: string, options: BanmianOptions = {}, extra: { pathPrefix?: string } = {}): Promise<Built> {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    // Eleventy's JSDoc types say configPath is a string; false is what stops a config file loading.
    const eleventyOptions: Record<string, unknown> = {
      quietMode: true,
      configPath: false,
      ...(extra.pathPrefix ? { pathPrefix: extra.pathPrefix } : {}),
      config(c: { addPlugin(p: unknown, o: unknown): void }) {
        c.addPlugin(banmian, options);
      },
    };
    const elev = new Eleventy(".", "_site", eleventyOptions as never);
    elev.disableLogger();
    const out = (await elev.toJSON()) as unknown as { url: string | false; content: string }[];
    const pages = new Map<string, string>();
    for (const o of out) if (o.url) pages.set(o.url, o.content);
    return { dir, pages };
  } finally {
    process.chdir(cwd);
  }
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
