// The parse layer: print text → PageModel. Pure, synchronous, no I/O.
export type * from "../model.ts";
import type { PageMeta, PageModel, Photo } from "../model.ts";
import { standsAlone } from "./classify.ts";
import { readSource } from "./front-matter.ts";
import { readUnits } from "./read.ts";
import { markedUnits } from "./marks.ts";
import { noteMarks } from "./read-marks.ts";

export { decodeText, type Decoded } from "./decode.ts";
export { readSource, metaFromPath, isCivilDate } from "./front-matter.ts";
export { textFields } from "./conserve.ts";
export { withoutMarks } from "./marks.ts";

/**
 * Reads print text (no front matter) holding one or several printed pages.
 * `firstLine` is the source line the text starts on, so that every line
 * number in the model is the file's own.
 */
export function parsePages(text: string, meta: PageMeta = {}, firstLine = 1): PageModel[] {
  const { units, problems } = markedUnits(text.replace(/^\uFEFF/u, ""), firstLine, standsAlone);
  const pages = readUnits(units, meta, firstLine);
  noteMarks(pages, units, problems);
  for (const page of pages) {
    if (meta.note && page === pages[0]) page.note = meta.note;
    if (meta.scan && page === pages[0]) page.scan = meta.scan;
  }
  if (meta.photos) attachPhotos(pages, meta.photos, firstLine);
  return pages;
}

/** The front matter's photo files, in print order, to the photos as read that no photo mark names a file for. */
function attachPhotos(pages: PageModel[], files: string[], line: number): void {
  const all = pages.flatMap((p) => p.items.filter((i): i is Photo => i.kind === "photo"));
  const photos = all.filter((p) => !p.src);
  photos.forEach((photo, k) => {
    if (files[k] !== undefined) photo.src = files[k];
  });
  if (files.length !== photos.length && pages[0]) {
    pages[0].warnings.push({
      line,
      message:
        all.length === photos.length
          ? `the front matter names ${files.length} photo file(s) but the text has ${photos.length} photo caption(s)`
          : `the front matter names ${files.length} photo file(s) for the ${photos.length} photo(s) whose photo mark names no file`,
    });
  }
}

/**
 * Reads a page file: optional YAML front matter, then print text. Date and
 * page come from the front matter, or else from a `…/YYYY-MM-DD/NN.md` path.
 * Line numbers in the model are the file's own. Throws BanmianError (with
 * file and line) for front matter it cannot accept.
 */
export function readPageFile(text: string, file: string): PageModel[] {
  const source = readSource(text, file);
  const pages = parsePages(source.body, source.meta, source.bodyLine);
  pages[0]?.warnings.unshift(...source.warnings);
  return pages;
}
