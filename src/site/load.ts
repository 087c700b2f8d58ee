// One reading of the edition per build: the page files read and parsed,
// the reading's doubts reported where an editor can find them, the photos
// checked and rendered.
import type { Edition } from "./edition.ts";
import { buildEdition } from "./edition.ts";
import { pageLabel } from "./format.ts";
import { checkPhotos, renderPhotos } from "./images.ts";
import type { ResolvedOptions } from "./options.ts";
import { readPages, type ReadStamp } from "./read.ts";
import { applyLedger, changesSince, unannouncedMessage } from "./ledger.ts";
import { readLedger } from "./ledger-file.ts";
import { attachCorrections } from "./corrections.ts";
import { undatedReason } from "./undated.ts";
import { photosOfYears } from "./years.ts";

export interface EditionSource {
  pagesDir: string;
  photosDir: string;
  outputDir: string;
  /** A path as the user names it (relative to the working folder). */
  display: (abs: string) => string;
  /** An Eleventy run that writes no files (JSON output): photos are measured, not written. */
  statsOnly: boolean;
  warn: (message: string) => void;
  /** The site's URL ledger folder (ledger.ts); none: articles are numbered in print order. */
  ledgerDir?: string;
  /** Receives each page file's hash and size, from the bytes parsed. */
  stamps?: Map<string, ReadStamp>;
}

export async function loadEdition(opts: ResolvedOptions, src: EditionSource): Promise<Edition> {
  const ed = buildEdition(readPages(src.pagesDir, src.display, src.stamps), opts, (n) => pageLabel(n));
  for (const page of ed.pages) {
    for (const w of page.warnings ?? []) src.warn(`${page.file}:${w.line}: ${w.message}`);
  }
  if (src.ledgerDir) {
    const old = readLedger(src.ledgerDir);
    for (const c of changesSince(ed, old)) if (c.unannounced) src.warn(`${c.page.file}: ${unannouncedMessage(src.display(src.ledgerDir))}`);
    const { rows, forwards } = applyLedger(ed, old, opts.articlePages);
    ed.ledger = rows;
    ed.forwards = forwards;
  }
  attachCorrections(ed, ed.forwards ?? []);
  for (const p of ed.undated ?? []) {
    src.warn(`${p.file}: ${undatedReason(p.model)}: built at ${p.url} (option undated: "section"), in no issue; give it a date and page number to place it`);
  }
  // Undated pages' photos are checked and rendered as the issues' are, by every job of a build split by year.
  const undated = { ...ed, pages: ed.undated ?? [], photos: (ed.undated ?? []).flatMap((p) => p.photos) };
  for (const part of [ed, undated]) await checkPhotos(part, src.photosDir, src.display(src.photosDir) || ".");
  const job = { photosDir: src.photosDir, outputDir: src.outputDir, pathPrefix: "/", widths: opts.imageWidths, formats: opts.imageFormats };
  // A build of some years writes their photos only; the others' sizes and URLs it still needs, for search records and share images.
  const photos = photosOfYears(ed, opts.years);
  await renderPhotos(photos.written, { ...job, statsOnly: src.statsOnly });
  if (photos.measured) await renderPhotos(photos.measured, { ...job, statsOnly: true });
  if (undated.pages.length) await renderPhotos(undated, { ...job, statsOnly: src.statsOnly });
  // An article's share image is its page's first photo.
  for (const page of ed.pages) {
    const first = page.photos.find((p) => p.image);
    if (first?.image) for (const a of page.articles) a.ogImage = first.image.large;
  }
  return ed;
}
