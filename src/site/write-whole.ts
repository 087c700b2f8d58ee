// A file that a kill must never leave half-written (the manifest, the URL
// ledger, a page file `banmian split` makes) is written under a temporary
// name beside it and renamed into place: a rename within a folder is atomic,
// so a reader finds the old file or the new one, never a part of either.
import fs from "node:fs";
import path from "node:path";

/**
 * Writes `file` whole or not at all: `text`, or what `write` puts in the
 * open file, in a temporary file renamed into place once it is complete.
 * If writing throws, the old file stays and the temporary one is removed.
 */
export function writeWhole(file: string, text: string | ((fd: number) => void)): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    if (typeof text === "string") fs.writeFileSync(tmp, text);
    else {
      const fd = fs.openSync(tmp, "w");
      try {
        text(fd);
      } finally {
        fs.closeSync(fd);
      }
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
