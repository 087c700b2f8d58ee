// One Pagefind bundle, in a process of its own: the parent sends its
// records and where to write it, and the process exits once it is written.
// A process per bundle lets bundles be indexed side by side, and gives the
// memory Pagefind holds (it keeps every indexed character until the bundle
// is written) back when the bundle is done.
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
  }
}

process.once("message", (job: BundleJob) => {
  writeBundle(job).then(
    () => process.send!({ ok: true } satisfies BundleReply, () => process.exit(0)),
    (e: unknown) => process.send!({ ok: false, error: (e as Error).message } satisfies BundleReply, () => process.exit(1)),
  );
});
