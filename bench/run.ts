// `npm run bench`: every benchmark of the project, one after another, in one
// process. Each appends its table to bench/results.md.
import { runParseBench } from "./parse.ts";

runParseBench();
