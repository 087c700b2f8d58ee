// A test hook for crash safety: `BANMIAN_KILL_AT=<point>` makes a build kill
// itself with SIGKILL (what `kill -9` does: no cleanup runs) at that named
// point, so that tests can check what the next build finds
// (test/safety/kill.test.ts). Unset, it does nothing.
export function killPoint(name: string): void {
  if (process.env.BANMIAN_KILL_AT === name) process.kill(process.pid, "SIGKILL");
}
