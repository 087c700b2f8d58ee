// The thread that writes the edition's files for write.ts: batches of
// [absolute path, content], written in order. One reply per batch: its id,
// and an error if one failed. In a folder of hard links to the last good site
// (`replace`), a file is removed before it is written: writing into the link
// would change the last good site too.
import fs from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";

export interface Batch {
  id: number;
  files: [string, string][];
}

export interface Reply {
  id: number;
  error?: string;
}

const folders = new Set<string>();
const { replace } = workerData as { replace: boolean };

parentPort?.on("message", ({ id, files }: Batch) => {
  let reply: Reply = { id };
  try {
    for (const [file, content] of files) {
      const dir = path.dirname(file);
      if (!folders.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        folders.add(dir);
      }
      if (replace) fs.rmSync(file, { force: true });
      fs.writeFileSync(file, content);
    }
  } catch (e) {
    reply = { id, error: (e as Error).message };
  }
  parentPort?.postMessage(reply);
});
