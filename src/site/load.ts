// One reading of the edition per build: the page files read and parsed,
// the reading's doubts reported where an editor can find them, the photos
// checked and measured. Converting the photos is writing, and waits until
// the build is known to write (see EditionBuild.publish).
import type { BanmianError } from "../errors.ts";
import { hasLunarDate, LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR } from "../format/lunar.ts";
import type { Edition } from "./edition.ts";
import { buildEdition } from "./edition.ts";
import { pageLabel } from "./format.ts";
import { noteRenderer } from "./markdown.ts";
import { checkPhotos, renderPhotos, type ImageJob } from "./images.ts";
import type { ResolvedOptions } from "./options.ts";
import type { Progress } from "./progress.ts";
import { readPages } from "./read.ts";

export interface EditionSource {
  pagesDir: string;
  photosDir: string;
  outputDir: string;
  /** A path as the user names it (relative to the working folder). */
  display: (abs: string) => string;
  warn: (message: string) => void;
  /** Progress of a long step; none by default. */
  progress?: (label: string, total: number) => Progress;
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
 * reading's doubts go to `src.warn` as `file:line: message`. `decodePhotos`
 * decodes every photo to its end (check; a build finds a truncated photo
 * when converting it).
 */
export async function readEdition(
  opts: ResolvedOptions, src: Omit<EditionSource, "outputDir">,
  refuse?: (error: BanmianError) => void, decodePhotos = false,
): Promise<Edition> {
  const sources = readPages(src.pagesDir, src.display, refuse, src.progress);
  for (const { file, model } of sources) {
    for (const w of model.warnings) src.warn(`${file}:${w.line}: ${w.message}`);
  }
  const ed = buildEdition(sources, opts, (n) => pageLabel(n), refuse);
  const unknown = ed.issues.filter((i) => !hasLunarDate(Number(i.year)));
  if (unknown.length) {
    const first = unknown[0]!.pages[0]!;
    src.warn(`${first.file}: ${unknown.length === 1 ? `the issue of ${first.date} is` : `${unknown.length} issues (the first ${first.date}) are`} ` +
      `outside ${LUNAR_FIRST_YEAR}–${LUNAR_LAST_YEAR}, the years whose lunar dates are known here: their masthead and zhDate leave the lunar date out`);
  }
  await checkPhotos(ed, src.photosDir, src.display(src.photosDir) || ".", refuse, decodePhotos);
  return ed;
}

export async function loadEdition(opts: ResolvedOptions, src: EditionSource): Promise<Edition> {
  const ed = await readEdition(opts, src);
  // The URLs of the renderings hash the source's bytes: known without writing them.
  await renderPhotos(ed, photoJob(opts, src, true));
  if (ed.pages.some((p) => p.note)) {
    const render = await noteRenderer({ punctuation: opts.punctuation });
    for (const page of ed.pages) if (page.note) page.noteHtml = render(page.note);
  }
  // An article's share image is its page's first photo.
  for (const page of ed.pages) {
    const first = page.photos.find((p) => p.image);
    if (first?.image) for (const a of page.articles) a.ogImage = first.image.large;
  }
  return ed;
}
