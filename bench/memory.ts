// Memory of the processes a build starts (Pagefind's workers and their
// services, several at once), which the build's own maxRSS does not count. VmHWM is the kernel's own peak of each,
// so polling misses no spike; a limit on VmRSS kills a runaway child before
// it takes the machine with it.
import fs from "node:fs";

/** A process's fields in /proc/<pid>/stat after its command name (state, ppid, …); undefined once it is gone. */
export function procStat(pid: number): string[] | undefined {
  try {
    // The command name is in parentheses and may hold spaces: the fields follow the last one.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

/** Pids of this process's descendants. */
export function descendants(): number[] {
  const parent = new Map<number, number>();
  for (const pid of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    const ppid = procStat(Number(pid))?.[1];
    if (ppid !== undefined) parent.set(Number(pid), Number(ppid));
  }
  const mine = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  return [...parent.keys()].filter(mine);
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
 * Watches the descendants every 250 ms until `stop()`: the highest memory
 * they held together (the sum of their resident sizes, or one's own peak if
 * higher) in KiB. A process above `limitMiB` is killed and this process
 * exits with 13.
 */
export function watchChildren(limitMiB = 6144): { stop(): number } {
  let peakKiB = 0;
  const timer = setInterval(() => {
    let together = 0;
    for (const pid of descendants()) {
      together += statusKiB(pid, "VmRSS");
      peakKiB = Math.max(peakKiB, statusKiB(pid, "VmHWM"), together);
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
