// `npm run bench`: every benchmark of the project, one after another, in one
// process. Each appends its table to bench/results.md.
// `npm run bench -- --quick`: small archives, for a check in a minute or two.
// `npm run bench -- --compare 2000 --sizes 10000,50000,100000`: the sizes
// of the side-by-side comparison and of time per page (these are the defaults).
import { runParseBench } from "./parse.ts";
import { benchArgs, runSiteBench } from "./site.ts";

const options = benchArgs(process.argv.slice(2));
runParseBench();
await runSiteBench(options);
