// One Pagefind bundle, in a process of its own: the parent sends its
// records and where to write it, and the process exits once it is written.
// A process per bundle lets bundles be indexed side by side, and gives the
// memory Pagefind holds (it keeps every indexed character until the bundle
// is written) back when the bundle is done.
import fs from "node:fs";
import type { SearchRecord } from "./search.ts";

export interface BundleJob {
  records: SearchRecord[];
  outputPath: string;
  language: string;
}
export type BundleReply = { ok: true } | { ok: false; error: string };

/** Records per round trip: one awaited call each costs seconds; all at once holds them all in the pipe. */
const CHUNK = 1000;

async function writeBundle(job: BundleJob): Promise<void> {
  const pagefind = await import("pagefind");
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: job.language });
    if (!index) throw new Error(errors.join("; "));
    for (let i = 0; i < job.records.length; i += CHUNK) {
      const results = await Promise.all(job.records.slice(i, i + CHUNK).map((r) => index.addCustomRecord(r)));
      const failed = results.flatMap((r) => r.errors);
      if (failed.length) throw new Error(failed.join("; "));
    }
    const written = await index.writeFiles({ outputPath: job.outputPath });
    if (written.errors.length) throw new Error(written.errors.join("; "));
  } finally {
    await pagefind.close();
    await childrenGone();
  }
}

/**
 * Waits (at most two seconds) until Pagefind's service, which close() only
 * signals, has ended and been reaped: its CPU time then counts in this
 * process's, and the build's, and it never outlives the build. Linux
 * lists a process's children in /proc; elsewhere this returns at once.
 */
async function childrenGone(): Promise<void> {
  const tasks = `/proc/${process.pid}/task`;
  const children = (): boolean => {
    try {
      return fs.readdirSync(tasks).some((t) => fs.readFileSync(`${tasks}/${t}/children`, "utf8").trim() !== "");
    } catch {
      return false;
    }
  };
  for (let waited = 0; children() && waited < 2000; waited += 10) await new Promise((r) => setTimeout(r, 10));
}

// The build ended (or was killed): so does this bundle.
process.once("disconnect", () => process.exit(1));

process.once("message", (job: BundleJob) => {
  writeBundle(job).then(
    () => process.send!({ ok: true } satisfies BundleReply, () => process.exit(0)),
    (e: unknown) => process.send!({ ok: false, error: (e as Error).message } satisfies BundleReply, () => process.exit(1)),
  );
});
