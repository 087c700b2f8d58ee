// One reading of the edition per build: the page files read and parsed,
// the reading's doubts reported where an editor can find them, the photos
// checked and measured. Converting the photos is writing, and waits until
// the build is known to write (see EditionBuild.publish).
import type { Edition } from "./edition.ts";
import { buildEdition } from "./edition.ts";
import { pageLabel } from "./format.ts";
import { checkPhotos, renderPhotos, type ImageJob } from "./images.ts";
import type { ResolvedOptions } from "./options.ts";
import { readPages } from "./read.ts";

export interface EditionSource {
  pagesDir: string;
  photosDir: string;
  outputDir: string;
  /** A path as the user names it (relative to the working folder). */
  display: (abs: string) => string;
  warn: (message: string) => void;
}

/** The photos' renderings into `<outputDir>/img/`; `statsOnly` measures them, writing nothing. */
export function photoJob(opts: ResolvedOptions, src: EditionSource, statsOnly: boolean): ImageJob {
  return { photosDir: src.photosDir, outputDir: src.outputDir, pathPrefix: "/", widths: opts.imageWidths, formats: opts.imageFormats, statsOnly };
}

export async function loadEdition(opts: ResolvedOptions, src: EditionSource): Promise<Edition> {
  const ed = buildEdition(readPages(src.pagesDir, src.display), opts, (n) => pageLabel(n));
  for (const page of ed.pages) {
    for (const w of page.warnings ?? []) src.warn(`${page.file}:${w.line}: ${w.message}`);
  }
  await checkPhotos(ed, src.photosDir, src.display(src.photosDir) || ".");
  // The URLs of the renderings hash the source's bytes: known without writing them.
  await renderPhotos(ed, photoJob(opts, src, true));
  // An article's share image is its page's first photo.
  for (const page of ed.pages) {
    const first = page.photos.find((p) => p.image);
    if (first?.image) for (const a of page.articles) a.ogImage = first.image.src;
  }
  return ed;
}
