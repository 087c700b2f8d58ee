// Reading the page files from disk: the plugin's only file I/O besides images.
import fs from "node:fs";
import path from "node:path";
import { decodeText, readPageFile } from "../parse/index.ts";
import { BanmianError } from "../errors.ts";
import type { SourcePage } from "./edition.ts";
import { sha1, type PageFileStamp } from "./manifest.ts";

/** What a page file's bytes were when read: the incremental build's memory of it. */
export type ReadStamp = Omit<PageFileStamp, "dates">;

/** Every `*.md` under `dir`, sorted, as absolute paths. A missing folder holds none. */
export function listPageFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => f.endsWith(".md") && !path.basename(f).startsWith("_") && path.basename(f).toLowerCase() !== "readme.md")
    .map((f) => path.join(dir, f))
    .sort();
}

/**
 * Reads and parses every page file under `pagesDir` once. `display` turns an
 * absolute path into the name an editor knows (relative to the project).
 * `stamps`, when given, receives each file's hash and size from the bytes
 * that were parsed: never read a second time, so never a later version.
 */
export function readPages(pagesDir: string, display: (abs: string) => string, stamps?: Map<string, ReadStamp>): SourcePage[] {
  const out: SourcePage[] = [];
  for (const abs of listPageFiles(pagesDir)) {
    const file = display(abs);
    let models;
    try {
      // Archives hold GBK, Big5 and UTF-16 files too: decoded with a warning, never mojibake.
      const bytes = fs.readFileSync(abs);
      const decoded = decodeText(bytes, file);
      stamps?.set(file, { hash: sha1(bytes), chars: decoded.text.replace(/\s/gu, "").length });
      models = readPageFile(decoded.text, file);
      if (decoded.warning) models[0]?.warnings.unshift({ line: 1, message: decoded.warning });
    } catch (e) {
      if (e instanceof BanmianError) {
        // The parse layer's errors carry file and line; make sure the sentence does too.
        if (!e.message.includes(file)) throw new BanmianError(`${file}${e.line ? `:${e.line}` : ""}: ${e.message}`, { file: e.file ?? file, line: e.line });
        throw e;
      }
      throw new BanmianError(`${file}: could not read this page: ${(e as Error).message}`, { file });
    }
    for (const model of models) out.push({ file, model });
  }
  return out;
}
