// The thread that writes the edition's files for write.ts: batches of
// [absolute path, content], written in order. One reply per batch: its id,
// and an error if one failed.
import fs from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";

export interface Batch {
  id: number;
  files: [string, string][];
}

export interface Reply {
  id: number;
  error?: string;
}

const folders = new Set<string>();

parentPort?.on("message", ({ id, files }: Batch) => {
  let reply: Reply = { id };
  try {
    for (const [file, content] of files) {
      const dir = path.dirname(file);
      if (!folders.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        folders.add(dir);
      }
      fs.writeFileSync(file, content);
    }
  } catch (e) {
    reply = { id, error: (e as Error).message };
  }
  parentPort?.postMessage(reply);
});
