// The parse layer: print text → PageModel. Pure, synchronous, no I/O.
export type * from "./model.ts";
import type { PageMeta, PageModel } from "./model.ts";

/** Reads print text (no front matter) holding one or several printed pages. */
export function parsePages(text: string, meta: PageMeta = {}): PageModel[] {
  void text; void meta;
  throw new Error("not yet");
}

/**
 * Reads a page file: optional YAML front matter, then print text. Date and
 * page come from the front matter, or else from a `…/YYYY-MM-DD/NN.md` path.
 * Line numbers in the model are the file's own. Throws BanmianError (with
 * file and line) for front matter it cannot accept.
 */
export function readPageFile(text: string, file: string): PageModel[] {
  void text; void file;
  throw new Error("not yet");
}
