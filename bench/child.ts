// One Eleventy build in a process of its own, so that builds measured one
// after another share no memory or JIT state. Prints one JSON line last:
// { ms, maxRssKiB, childPeakKiB, search? }: the build process's own peak
// memory, and the highest peak of a process it started (Pagefind).
//   node bench/child.ts <input> <output> <configPath>
// Options for the banmian plugin come in BANMIAN_BENCH_OPTIONS (JSON).
import Eleventy from "@11ty/eleventy";
import { PLUGIN } from "./archive.ts";
import { watchChildren } from "./memory.ts";

// The built search module the site's config loads through the plugin, so that its statistics are this build's.
const { lastSearchStats }: typeof import("../src/site/search-index.ts") = await import(PLUGIN.replace(/plugin\.js$/, "search-index.js"));

const [input, output, configPath] = process.argv.slice(2);
if (!input || !output || !configPath) {
  console.error("usage: node bench/child.ts <input> <output> <configPath>");
  process.exit(2);
}
const watch = watchChildren();
const started = performance.now();
// Not quiet: the tests read banmian's lines (the incremental plan, the search index) in its output.
const elev = new Eleventy(input, output, { configPath, quietMode: false } as never);
await elev.write();
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssKiB: process.resourceUsage().maxRSS, childPeakKiB: watch.stop(), search: lastSearchStats() }));
