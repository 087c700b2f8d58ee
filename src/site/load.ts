// One reading of the edition per build: the page files read and parsed,
// the reading's doubts reported where an editor can find them, the photos
// checked and measured. Converting the photos is writing, and waits until
// the build is known to write (edition-build.ts).
import type { BanmianError, Place } from "../errors.ts";
import { hasLunarDate, LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR } from "../format/lunar.ts";
import type { Edition } from "./edition.ts";
import { buildEdition } from "./edition.ts";
import { pageLabel } from "./format.ts";
import { noteRenderer } from "./markdown.ts";
import { checkPhotos, renderPhotos, type ImageJob } from "./images.ts";
import type { ResolvedOptions } from "./options.ts";
import type { Progress } from "./progress.ts";
import { readPages, type ReadStamp } from "./read.ts";
import { applyLedger, unannouncedMessage } from "./ledger.ts";
import { readLedger } from "./ledger-file.ts";
import { attachCorrections } from "./corrections.ts";
import { undatedPart, undatedReason } from "./undated.ts";

export interface EditionSource {
  pagesDir: string;
  photosDir: string;
  outputDir: string;
  /** A path as the user names it (relative to the working folder). */
  display: (abs: string) => string;
  /** The reading's doubts and the edition's warnings, with the file (and line) they are about. */
  warn: (message: string, at?: Place) => void;
  /** Progress of a long step; none by default. */
  progress?: (label: string, total: number) => Progress;
  /** The site's URL ledger folder (ledger.ts); none: articles are numbered in print order. */
  ledgerDir?: string;
  /** Receives each page file's hash and size, from the bytes parsed. */
  stamps?: Map<string, ReadStamp>;
}

/** The photos' renderings into `<outputDir>/img/`; `statsOnly` measures them, writing nothing. */
export function photoJob(opts: ResolvedOptions, src: EditionSource, statsOnly: boolean): ImageJob {
  return {
    photosDir: src.photosDir, photosLabel: src.display(src.photosDir) || ".", outputDir: src.outputDir, pathPrefix: "/", widths: opts.imageWidths, formats: opts.imageFormats, statsOnly,
    progress: statsOnly ? undefined : src.progress,
  };
}

/**
 * The edition read and checked, as the build reads it and `banmian check`
 * checks it: the same code, so they never disagree. What cannot be built is
 * thrown, or handed to `refuse` (check reports it and goes on); the
 * reading's doubts go to `src.warn` with their file and line. `decodePhotos`
 * decodes every photo to its end (check; a build finds a truncated photo
 * when converting it).
 */
export async function readEdition(
  opts: ResolvedOptions, src: Omit<EditionSource, "outputDir">,
  refuse?: (error: BanmianError) => void, decodePhotos = false,
): Promise<Edition> {
  const sources = readPages(src.pagesDir, src.display, { refuse, progress: src.progress, stamps: src.stamps });
  for (const { file, model } of sources) {
    for (const w of model.warnings) src.warn(w.message, { file, line: w.line });
  }
  const ed = buildEdition(sources, opts, (n) => pageLabel(n), refuse);
  const unknown = ed.issues.filter((i) => !hasLunarDate(Number(i.year)));
  if (unknown.length) {
    const first = unknown[0]!.pages[0]!;
    src.warn(`${unknown.length === 1 ? `the issue of ${first.date} is` : `${unknown.length} issues (the first ${first.date}) are`} ` +
      `outside ${LUNAR_FIRST_YEAR}–${LUNAR_LAST_YEAR}, the years whose lunar dates are known here: their masthead and zhDate leave the lunar date out`, { file: first.file });
  }
  for (const p of ed.undated ?? []) {
    src.warn(`${undatedReason(p.model)}: built at ${p.url} (option undated: "section"), in no issue; give it a date and page number to place it`, { file: p.file });
  }
  // Undated pages' photos are checked and rendered as the issues' are, by every job of a build split by year.
  for (const part of [ed, undatedPart(ed)]) {
    if (part) await checkPhotos(part, src.photosDir, src.display(src.photosDir) || ".", refuse, decodePhotos);
  }
  return ed;
}

export async function loadEdition(opts: ResolvedOptions, src: EditionSource): Promise<Edition> {
  const ed = await readEdition(opts, src);
  if (src.ledgerDir) {
    const old = readLedger(src.ledgerDir);
    const { rows, forwards, changes } = applyLedger(ed, old, opts.articlePages);
    for (const c of changes) if (c.unannounced) src.warn(unannouncedMessage(src.display(src.ledgerDir)), { file: c.page.file });
    ed.ledger = rows;
    ed.forwards = forwards;
  }
  attachCorrections(ed, ed.forwards ?? []);
  // The URLs of the renderings hash the source's bytes: known without writing them.
  for (const part of [ed, undatedPart(ed)]) if (part) await renderPhotos(part, photoJob(opts, src, true));
  const notes = [...ed.pages, ...(ed.undated ?? [])].filter((p) => p.note);
  if (notes.length) {
    const render = await noteRenderer({ punctuation: opts.punctuation });
    for (const page of notes) page.noteHtml = render(page.note!);
  }
  // An article's share image is its page's first photo.
  for (const page of ed.pages) {
    const first = page.photos.find((p) => p.image);
    if (first?.image) for (const a of page.articles) a.ogImage = first.image.large;
  }
  return ed;
}
