// The thread that writes the edition's files for write.ts: batches of
// [absolute path, UTF-8 bytes], written in order. One reply per batch: its id,
// and the file that failed and why, if one did (the rest of that batch is
// not written: the build fails). A file already there is removed before it
// is written, never written into: it may be a hard link to the last good
// site, or to a file a user keeps elsewhere.
import fs from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { killPoint } from "./kill-point.ts";

export interface Batch {
  id: number;
  files: [string, Uint8Array<ArrayBuffer>][];
}

export interface Reply {
  id: number;
  /** The file that could not be written, and why. */
  failed?: { file: string; error: string };
}

const folders = new Set<string>();

function writeFile(file: string, content: Uint8Array): void {
  const dir = path.dirname(file);
  if (!folders.has(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    folders.add(dir);
  }
  try {
    fs.unlinkSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  fs.writeFileSync(file, content);
}

parentPort?.on("message", ({ id, files }: Batch) => {
  let reply: Reply = { id };
  for (const [file, content] of files) {
    try {
      writeFile(file, content);
    } catch (e) {
      reply = { id, failed: { file, error: (e as Error).message } };
      break;
    }
  }
  killPoint("write");
  parentPort?.postMessage(reply);
});
