// Another program's build (the Pagefind CLI, Hugo) in a process of its own,
// watched like bench/child.ts watches Eleventy: prints one JSON line last,
// { ms, childPeakKiB, status }, the highest memory its processes held together.
// A process above the limit is killed and this one exits with 13.
//   node bench/command.ts <limit MiB> <program> [args…]
import { spawn } from "node:child_process";
import { watchChildren } from "./memory.ts";

const [limit, program, ...args] = process.argv.slice(2);
if (!limit || !program) {
  console.error("usage: node bench/command.ts <limit MiB> <program> [args…]");
  process.exit(2);
}
const watch = watchChildren(Number(limit));
const started = performance.now();
const status = await new Promise<number>((resolve, reject) => {
  const child = spawn(program, args, { stdio: ["ignore", "ignore", "inherit"] });
  child.on("error", reject);
  child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
});
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, childPeakKiB: watch.stop(), status }));
process.exit(status);
