// What banmian wrote into an output folder, kept inside that folder: it
// travels with the site through `banmian build`'s swap, so it always
// describes the files beside it, and it is the only list of files banmian
// may remove (the site's own pages and images are never on it).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { writeWhole } from "./write-whole.ts";

export const MANIFEST_VERSION = 2;

/** The manifest's name in the output folder. */
export const MANIFEST_FILE = ".banmian-manifest.json";

/**
 * Where `banmian build` puts the last good site's files of the edition (hard
 * links, by their paths in the site) inside the folder it builds, for the
 * plugin to take what it keeps: never at a path Eleventy writes.
 */
export const CARRIED_DIR = ".banmian-carried";

export const sha1 = (data: string | Buffer): string => crypto.createHash("sha1").update(data).digest("hex");

export interface PageFileStamp {
  /** sha1 of the bytes as read for parsing. */
  hash: string;
  /** Characters of text (whitespace aside): a page file that lost half of them was cut. */
  chars: number;
  /** The issue dates the file holds. */
  dates: string[];
}

export interface Manifest {
  version: number;
  /** Everything besides page files and photos that can reach a rendered file, hashed. */
  key: string;
  /** Page file (as named in the edition) → its stamp. */
  files: Record<string, PageFileStamp>;
  /** Photo file → size and modification time. */
  photos: Record<string, string>;
  /** Every file banmian wrote, relative to the output folder (`/`-separated), sorted. */
  outputs: string[];
  /** Written before an in-place build changes the folder: that build did not finish, the next is full. */
  partial?: boolean;
}

export function readManifest(dir: string): Manifest | undefined {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), "utf8")) as Manifest;
    return m.version === MANIFEST_VERSION && Array.isArray(m.outputs) ? m : undefined;
  } catch {
    return undefined;
  }
}

/** A manifest as written: its outputs may be any list of names in order (a merge of sorted lists), never made whole. */
export type ManifestToWrite = Omit<Manifest, "outputs"> & { outputs: Iterable<string> };

/** Names written at a time: a manifest lists a million at 100,000 printed pages, never held as one text. */
const NAMES_AT_ONCE = 8192;

/**
 * Written whole or not at all: a kill leaves the old manifest or the new
 * one. The text `JSON.stringify` gives with `outputs` and `partial` last,
 * the outputs written a few thousand names at a time.
 */
export function writeManifest(dir: string, manifest: ManifestToWrite): void {
  const { outputs, partial, ...head } = manifest;
  writeWhole(path.join(dir, MANIFEST_FILE), (fd) => {
    fs.writeSync(fd, `${JSON.stringify(head).slice(0, -1)},"outputs":[`);
    let batch: string[] = [];
    let separator = "";
    const flush = () => {
      if (!batch.length) return;
      fs.writeSync(fd, separator + batch.join(","));
      separator = ",";
      batch = [];
    };
    for (const name of outputs) {
      batch.push(JSON.stringify(name));
      if (batch.length === NAMES_AT_ONCE) flush();
    }
    flush();
    fs.writeSync(fd, `]${partial === undefined ? "" : `,"partial":${JSON.stringify(partial)}`}}\n`);
  });
}
