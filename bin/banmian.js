#!/usr/bin/env node
// Inside the repository Node 24 runs the TypeScript sources directly; an
// installed package (where Node strips no types) runs the built dist/.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const src = new URL("../src/cli/main.ts", import.meta.url);
const useSrc = process.features.typescript && existsSync(src) && !fileURLToPath(src).includes("node_modules");
const { main } = await import(useSrc ? src.href : new URL("../dist/cli/main.js", import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
