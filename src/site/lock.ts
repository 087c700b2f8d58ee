// One `banmian build` of an output folder at a time: a second one would
// swap folders under the first. The lock is a file beside the output naming
// the process that holds it; a lock whose process is gone (killed) is
// stale and taken over.
import fs from "node:fs";
import path from "node:path";
import { BanmianError } from "../errors.ts";

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, as another user's process.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

const readOr = (file: string): string | undefined => {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
};

/** Takes the lock of `output` or says who holds it; returns the function that releases it. */
export function lockOutput(output: string): () => void {
  const file = `${output}.lock`;
  const tmp = `${file}.${process.pid}`;
  // Written whole, then linked into place: the lock never exists without its pid.
  fs.writeFileSync(tmp, `${process.pid}\n`);
  try {
    for (;;) {
      try {
        fs.linkSync(tmp, file);
        return () => fs.rmSync(file, { force: true });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
      const holder = readOr(file);
      if (holder === undefined) continue; // released meanwhile
      const pid = Number.parseInt(holder, 10);
      // A pid that is ours was left by an earlier process that had it (containers reuse pids).
      if (pid > 0 && pid !== process.pid && running(pid)) {
        throw new BanmianError(`another build (process ${pid}) is building ${path.basename(output)}: wait for it to finish; if no such build runs, remove ${path.basename(file)}`);
      }
      // Stale: moved aside, and put back if another build took it over meanwhile.
      const aside = `${file}.stale.${process.pid}`;
      try {
        fs.renameSync(file, aside);
      } catch {
        continue;
      }
      if (readOr(aside) !== holder) fs.linkSync(aside, file); // EEXIST here: a third build holds it, and this one stops
      fs.rmSync(aside, { force: true });
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
