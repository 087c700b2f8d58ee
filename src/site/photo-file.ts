// Is a photo file one the edition can show? Read from its header only, so a
// check over years of photos is quick. Shared by the build and `banmian check`.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

/** Photos larger than this are refused: decoding one takes gigabytes and minutes. */
export const MAX_PHOTO_PIXELS = 100_000_000;

/**
 * What is wrong with `photos/<name>`, as the end of a sentence that begins
 * “photos/x.jpg …”, or undefined when the photo can be shown. With `decode`,
 * the whole file is decoded (at a small size), which finds a truncated file
 * as converting it would; without, the build finds it when converting.
 */
export async function photoProblem(photosDir: string, name: string, decode = false): Promise<string | undefined> {
  const abs = path.resolve(photosDir, name);
  if (!abs.startsWith(path.resolve(photosDir) + path.sep) || !fs.existsSync(abs) || !fs.statSync(abs).isFile()) {
    return "does not exist: add the file or correct the name";
  }
  let meta: { width?: number; height?: number };
  try {
    meta = await sharp(abs).metadata();
  } catch (e) {
    return `is not an image that can be read (${(e as Error).message}): replace it with a JPEG, PNG or WebP file`;
  }
  const pixels = (meta.width ?? 0) * (meta.height ?? 0);
  if (pixels > MAX_PHOTO_PIXELS) {
    return `is ${meta.width}×${meta.height} pixels (${Math.round(pixels / 1e6)} megapixels); photos over ${MAX_PHOTO_PIXELS / 1e6} megapixels are refused: resize it (print resolution needs about 2400 pixels across)`;
  }
  if (decode) {
    try {
      await sharp(abs).resize(16).toBuffer();
    } catch (e) {
      return convertProblem(e);
    }
  }
  return undefined;
}

/** A photo whose header reads but whose body does not, as the end of the sentence photoProblem begins. */
export function convertProblem(error: unknown): string {
  return `could not be converted (${(error as Error).message}): it may be truncated or corrupt; replace it`;
}
