// Photos through @11ty/eleventy-img: every format at every width, written to
// <output>/img/. Files already there are skipped: the output folder is the cache.
import fs from "node:fs";
import path from "node:path";
import { BanmianError } from "../errors.ts";
import type { Edition, ImageInfo, SitePage } from "./edition.ts";
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
    large: largest.url,
  };
}

/** An image a page names: a photo (front matter `photos:`) or the scan of the page (`scan:`), and where its renderings go. */
interface PageImage {
  file: string;
  key: "photos" | "scan";
  what: string;
  attach: (info: ImageInfo) => void;
}

function pageImages(page: SitePage): PageImage[] {
  const photos = page.photos.flatMap((photo): PageImage[] =>
    photo.file ? [{ file: photo.file, key: "photos", what: "photo", attach: (info) => { photo.image = info; } }] : []);
  const scan: PageImage[] = page.scan ? [{ file: page.scan, key: "scan", what: "the scan", attach: (info) => { page.scanImage = info; } }] : [];
  return [...photos, ...scan];
}

/** The one sentence for an image the edition cannot show, from the build and from `banmian check`. */
function imageError(pageFile: string, image: PageImage, photosLabel: string, problem: string): BanmianError {
  return new BanmianError(`${pageFile} names ${image.what} "${image.file}" in \`${image.key}:\`, but ${photosLabel}/${image.file} ${problem}`, { file: pageFile });
}

/**
 * Every photo and scan a page names must exist and be an image of a sane
 * size (with `decode`, one that decodes to its end); the error names the
 * page file and the image, thrown or handed to `refuse`.
 */
export async function checkPhotos(
  edition: Edition, photosDir: string, photosLabel: string,
  refuse: (error: BanmianError) => void = (error) => { throw error; }, decode = false,
): Promise<void> {
  const checked = new Set<string>();
  for (const page of edition.pages) {
    for (const image of pageImages(page)) {
      if (checked.has(image.file)) continue;
      checked.add(image.file);
      const problem = await photoProblem(photosDir, image.file, decode);
      if (problem) refuse(imageError(page.file, image, photosLabel, problem));
    }
  }
}

/** Renders every photo and scan of the edition once (de-duplicated by file) and attaches the result. */
export async function renderPhotos(edition: Edition, job: ImageJob): Promise<void> {
  const images = edition.pages.map((page) => ({ page, images: pageImages(page) }));
  if (!images.some((p) => p.images.length)) return;
  const queueImage = await loadImage();
  const done = new Map<string, Promise<ImageInfo>>();
  const files = new Set(images.flatMap((p) => p.images.map((i) => i.file)));
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
    images.flatMap(({ page, images }) =>
      images.map(async (image) => {
        try {
          image.attach(await render(image.file));
        } catch (e) {
          // A header that reads but a body that does not: a truncated or corrupt file.
          throw imageError(page.file, image, job.photosLabel, convertProblem(e));
        }
      }),
    ),
  );
  converting.done();
}
