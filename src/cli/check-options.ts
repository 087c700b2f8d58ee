// `banmian check`'s options, and its progress line on a terminal: an
// archive of years takes a while, and a silent terminal looks hung.
import { parseArgs, UsageError, type Io } from "./main.ts";

export interface CheckOptions {
  /** The pages folder. */
  dir: string;
  /** Write the URL ledger of this reading (as a build would). */
  fix: boolean;
  /** Any warning fails the check (exit 1): for nightly jobs. */
  strict: boolean;
  /** Folder to write report.html and report.json into. */
  report?: string;
  /** Pages with no date or number are warnings, as a site with `undated: "section"` builds them. */
  undated: boolean;
}

export function checkOptions(args: string[]): CheckOptions {
  const { rest, flags } = parseArgs(args, ["report"], ["fix", "strict", "undated"]);
  if (rest.length > 1) throw new UsageError(`check takes one folder (got ${rest.join(" ")})`);
  return { dir: rest[0] ?? "pages", fix: flags.has("fix"), strict: flags.has("strict"), undated: flags.has("undated"), ...(flags.has("report") ? { report: flags.get("report")! } : {}) };
}

/** Files between two updates of the progress line. */
const EVERY = 100;

/**
 * A tick per file read: on a terminal, `checked 300 of 2,000 files` on one
 * line rewritten in place, cleared at the end; elsewhere (a log, a test) nothing.
 */
export function progress(io: Io, total: number, tty = Boolean(process.stderr.isTTY)): () => void {
  let done = 0;
  if (!tty || total <= EVERY) return () => {};
  return () => {
    done++;
    if (done % EVERY === 0) io.err(`\rchecked ${done.toLocaleString("en")} of ${total.toLocaleString("en")} files`);
    if (done === total) io.err("\r\x1b[K");
  };
}
