// `npm run bench`: every benchmark of the project, one after another, in one
// process. Each appends its table to bench/results.md.
// `npm run bench -- --quick`: smaller archives, for a check in a minute or two.
import { runParseBench } from "./parse.ts";
import { runSiteBench } from "./site.ts";

runParseBench();
await runSiteBench({ quick: process.argv.includes("--quick") });
