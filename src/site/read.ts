// Reading the page files from disk: the plugin's only file I/O besides images.
import fs from "node:fs";
import path from "node:path";
import { decodeText, readPageFile } from "../parse/index.ts";
import { BanmianError } from "../errors.ts";
import type { PageModel } from "../model.ts";
import type { SourcePage } from "./edition.ts";
import { NO_PROGRESS, type Progress } from "./progress.ts";
import { sha1, type PageFileStamp } from "./manifest.ts";
import { compactReading } from "./compact.ts";

/** What a page file's bytes were when read: the incremental build's memory of it. */
export type ReadStamp = Omit<PageFileStamp, "dates">;

/**
 * Every `*.md` under `dir`, sorted, as absolute paths, but README.md and
 * drafts (`_draft.md`). A missing folder holds none; a file is itself.
 */
export function listPageFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  if (fs.statSync(dir).isFile()) return [path.resolve(dir)];
  return (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => f.endsWith(".md") && !path.basename(f).startsWith("_") && path.basename(f).toLowerCase() !== "readme.md")
    .map((f) => path.join(dir, f))
    .sort();
}

export interface ReadHooks {
  /** Takes a file that cannot be read (check reports it and goes on); by default it is thrown. */
  refuse?: (error: BanmianError) => void;
  progress?: (label: string, total: number) => Progress;
  /** Receives each file's hash and size from the bytes that were parsed: never read a second time, so never a later version. */
  stamps?: Map<string, ReadStamp>;
}

/**
 * Reads and parses every page file under `pagesDir` (or the one file it
 * names) once. `display` turns an absolute path into the name an editor
 * knows (relative to the project). A file that cannot be read is refused:
 * thrown, or handed to `hooks.refuse` and left out.
 */
export function readPages(pagesDir: string, display: (abs: string) => string, hooks: ReadHooks = {}): SourcePage[] {
  const { refuse = (error) => { throw error; }, progress = () => NO_PROGRESS, stamps } = hooks;
  const out: SourcePage[] = [];
  const files = listPageFiles(pagesDir);
  const reading = progress("reading page files", files.length);
  const shared = new Map<string, string>();
  for (const abs of files) {
    const file = display(abs);
    for (const model of readOne(abs, file, refuse, stamps)) out.push({ file, model: compactReading(model, shared) });
    reading.tick();
  }
  reading.done();
  return out;
}

function readOne(abs: string, file: string, refuse: (error: BanmianError) => void, stamps?: Map<string, ReadStamp>): PageModel[] {
  try {
    return readPageFileAt(abs, file, stamps);
  } catch (e) {
    if (!(e instanceof BanmianError)) throw e;
    refuse(e);
    return [];
  }
}

/** One page file's pages; a BanmianError naming the file (and line) when it cannot be read. */
export function readPageFileAt(abs: string, file: string, stamps?: Map<string, ReadStamp>): PageModel[] {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : (e as Error).message;
    throw new BanmianError(`cannot read: ${why}`, { file });
  }
  // Archives hold GBK, Big5 and UTF-16 files too: decoded with a warning, never mojibake.
  const decoded = decodeText(bytes, file);
  stamps?.set(file, { hash: sha1(bytes), chars: decoded.text.replace(/\s/gu, "").length });
  const models = readPageFile(decoded.text, file);
  if (decoded.warning) models[0]?.warnings.unshift({ line: 1, message: decoded.warning });
  return models;
}
