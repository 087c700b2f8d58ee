// Reading the page files from disk: the plugin's only file I/O besides images.
import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { readPageFile } from "../parse/index.ts";
import { BanmianError } from "../errors.ts";
import type { SourcePage } from "./edition.ts";

/** Every `*.md` under `dir`, sorted, as absolute paths. A missing folder holds none. */
export function listPageFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => f.endsWith(".md") && !path.basename(f).startsWith("_") && path.basename(f).toLowerCase() !== "readme.md")
    .map((f) => path.join(dir, f))
    .sort();
}

/** The front matter fields the site itself needs (the parse layer reads the rest). */
export function siteFrontMatter(text: string, file: string): { photos: string[]; note?: string } {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { photos: [] };
  let data: unknown;
  try {
    data = yaml.load(m[1]!, { schema: yaml.JSON_SCHEMA });
  } catch (e) {
    const line = (e as { mark?: { line?: number } }).mark?.line;
    throw new BanmianError(`${file}: the front matter is not valid YAML: ${(e as Error).message.split("\n")[0]}`, { file, line: line === undefined ? 1 : line + 2 });
  }
  const fm = (data ?? {}) as Record<string, unknown>;
  let photos: string[] = [];
  if (fm.photos !== undefined && fm.photos !== null) {
    const list = typeof fm.photos === "string" ? [fm.photos] : fm.photos;
    if (!Array.isArray(list) || !list.every((p) => typeof p === "string" && p.trim() !== "")) {
      throw new BanmianError(`${file}: \`photos:\` must list file names in the photos folder, in print order, like \`photos: [chongyang.jpg, jiaojing.jpg]\``, { file });
    }
    photos = list.map((p: string) => p.trim());
  }
  const note = typeof fm.note === "string" && fm.note.trim() ? fm.note.trim() : undefined;
  return { photos, note };
}

/**
 * Reads and parses every page file under `pagesDir` once. `display` turns an
 * absolute path into the name an editor knows (relative to the project).
 */
export function readPages(pagesDir: string, display: (abs: string) => string): SourcePage[] {
  const out: SourcePage[] = [];
  for (const abs of listPageFiles(pagesDir)) {
    const file = display(abs);
    const text = fs.readFileSync(abs, "utf8");
    const { photos, note } = siteFrontMatter(text, file);
    let models;
    try {
      models = readPageFile(text, file);
    } catch (e) {
      if (e instanceof BanmianError) {
        // The parse layer's errors carry file and line; make sure the sentence does too.
        if (!e.message.includes(file)) throw new BanmianError(`${file}${e.line ? `:${e.line}` : ""}: ${e.message}`, { file: e.file ?? file, line: e.line });
        throw e;
      }
      throw new BanmianError(`${file}: could not read this page: ${(e as Error).message}`, { file });
    }
    for (const model of models) out.push({ file, model, photos, note });
  }
  return out;
}
