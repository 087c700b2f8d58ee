// Memory of the processes a build starts (Pagefind's service), which the
// build's own maxRSS does not count. VmHWM is the kernel's own peak of each,
// so polling misses no spike; a limit on VmRSS kills a runaway child before
// it takes the machine with it.
import fs from "node:fs";

/** Pids of this process's children. */
function children(): number[] {
  const out: number[] = [];
  for (const pid of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // The command name is in parentheses and may hold spaces: the ppid follows the last one.
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === process.pid) out.push(Number(pid));
    } catch { /* gone meanwhile */ }
  }
  return out;
}

function statusKiB(pid: number, field: string): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Watches the children every 250 ms until `stop()`: the highest peak of any
 * one child (Pagefind runs one process at a time) in KiB. A child above
 * `limitMiB` is killed and this process exits with 13.
 */
export function watchChildren(limitMiB = 6144): { stop(): number } {
  let peakKiB = 0;
  const timer = setInterval(() => {
    for (const pid of children()) {
      peakKiB = Math.max(peakKiB, statusKiB(pid, "VmHWM"));
      if (statusKiB(pid, "VmRSS") > limitMiB * 1024) {
        console.error(`watchdog: child ${pid} passed ${limitMiB} MiB, killed`);
        process.kill(pid, "SIGKILL");
        process.exit(13);
      }
    }
  }, 250);
  timer.unref();
  return { stop: () => (clearInterval(timer), peakKiB) };
}
