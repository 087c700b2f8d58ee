// Photos through @11ty/eleventy-img: every format at every width, written to
// <output>/img/. Files already there are skipped: the output folder is the cache.
import fs from "node:fs";
import path from "node:path";
import { BanmianError } from "../errors.ts";
import type { Edition, ImageInfo } from "./edition.ts";
import type { ImageFormat } from "./options.ts";
import { convertProblem, photoProblem } from "./photo-file.ts";
import { NO_PROGRESS, type Progress } from "./progress.ts";

// eleventy-img ships no types: the one call used here.
type QueueImage = ((src: string, options: Record<string, unknown>) => Promise<unknown>) & { concurrency: number };

// Loaded (with sharp) only for an edition that has photos.
let eleventyImage: Promise<QueueImage> | undefined;
const loadImage = (): Promise<QueueImage> =>
  (eleventyImage ??= import("@11ty/eleventy-img").then((m) => {
    const queue = m.default as unknown as QueueImage;
    // Two cores are the norm where newspapers build; sharp is memory-hungry.
    queue.concurrency = 2;
    return queue;
  }));

export interface ImageJob {
  photosDir: string;
  /** The photos folder as the user names it, for messages. */
  photosLabel: string;
  /** Absolute output folder of the site (`_site`). */
  outputDir: string;
  /** Eleventy's pathPrefix, normalised ("/" or "/paper/"). */
  pathPrefix: string;
  widths: number[];
  formats: ImageFormat[];
  /** Read sizes only, write nothing (Eleventy's JSON/dry runs, tests). */
  statsOnly: boolean;
  progress?: (label: string, total: number) => Progress;
}

interface Entry { url: string; width: number; height: number; sourceType: string; format: string }

const FALLBACK_ORDER = ["jpeg", "png", "webp", "avif"];

export function toImageInfo(metadata: Record<string, Entry[]>, formats: string[]): ImageInfo {
  const present = formats.filter((f) => metadata[f]?.length);
  const fallback = FALLBACK_ORDER.find((f) => present.includes(f)) ?? present.at(-1)!;
  const srcset = (entries: Entry[]) => entries.map((e) => `${e.url} ${e.width}w`).join(", ");
  const fb = metadata[fallback]!;
  const largest = fb[fb.length - 1]!;
  return {
    src: fb[0]!.url,
    width: largest.width,
    height: largest.height,
    sources: [
      ...present.filter((f) => f !== fallback).map((f) => ({ type: metadata[f]![0]!.sourceType, srcset: srcset(metadata[f]!) })),
      { type: fb[0]!.sourceType, srcset: srcset(fb) },
    ],
  };
}

/** The one sentence for a photo the edition cannot show, from the build and from `banmian check`. */
function photoError(pageFile: string, photo: string, photosLabel: string, problem: string): BanmianError {
  return new BanmianError(`${pageFile} names photo "${photo}" in \`photos:\`, but ${photosLabel}/${photo} ${problem}`, { file: pageFile });
}

/**
 * Every photo a page names must exist and be an image of a sane size (with
 * `decode`, one that decodes to its end); the error names the page file and
 * the photo, thrown or handed to `refuse`.
 */
export async function checkPhotos(
  edition: Edition, photosDir: string, photosLabel: string,
  refuse: (error: BanmianError) => void = (error) => { throw error; }, decode = false,
): Promise<void> {
  const checked = new Set<string>();
  for (const page of edition.pages) {
    for (const photo of page.photos) {
      if (!photo.file || checked.has(photo.file)) continue;
      checked.add(photo.file);
      const problem = await photoProblem(photosDir, photo.file, decode);
      if (problem) refuse(photoError(page.file, photo.file, photosLabel, problem));
    }
  }
}

/** Renders every photo of the edition once (de-duplicated by file) and attaches the result. */
export async function renderPhotos(edition: Edition, job: ImageJob): Promise<void> {
  if (!edition.photos.some((photo) => photo.file)) return;
  const queueImage = await loadImage();
  const done = new Map<string, Promise<ImageInfo>>();
  const files = new Set(edition.photos.flatMap((photo) => (photo.file ? [photo.file] : [])));
  const converting = job.progress?.("converting photos", files.size) ?? NO_PROGRESS;
  const render = (file: string): Promise<ImageInfo> => {
    let p = done.get(file);
    if (!p) {
      const src = path.resolve(job.photosDir, file);
      p = queueImage(src, {
        widths: job.widths,
        formats: job.formats,
        outputDir: path.join(job.outputDir, "img"),
        urlPath: `${job.pathPrefix}img/`,
        statsOnly: job.statsOnly,
        sharpAvifOptions: { effort: 2 },
        sharpWebpOptions: { effort: 4 },
        sharpJpegOptions: { mozjpeg: true, quality: 78 },
      }).then((metadata: unknown) => {
        converting.tick();
        return toImageInfo(metadata as Record<string, Entry[]>, job.formats);
      });
      done.set(file, p);
    }
    return p;
  };
  await Promise.all(
    edition.pages.flatMap((page) =>
      page.photos.map(async (photo) => {
        if (!photo.file) return;
        try {
          photo.image = await render(photo.file);
        } catch (e) {
          // A header that reads but a body that does not: a truncated or corrupt file.
          throw photoError(page.file, photo.file, job.photosLabel, convertProblem(e));
        }
      }),
    ),
  );
  converting.done();
}
