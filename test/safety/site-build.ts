// `banmian build` of the example newspaper in a temporary site folder, and
// what the tests compare: every file of the output with its bytes.
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildSite } from "../../src/site/build.ts";
import { MANIFEST_FILE } from "../../src/site/manifest.ts";
import { exampleFiles, inside, tempSite } from "../site/helpers.ts";

export const plugin = path.resolve(import.meta.dirname, "../../src/site/plugin.ts");

/**
 * The example newspaper in a temporary site folder of its own; `config` is
 * more of the config function's body (the config object is `c`).
 */
export function exampleSite(options: Record<string, unknown> = {}, files: Record<string, string | Buffer> = {}, config = ""): string {
  const opts = JSON.stringify({ imageFormats: ["jpeg"], imageWidths: [480], search: false, ...options });
  return tempSite({
    ...exampleFiles(),
    ...files,
    ".eleventy.js": `import banmian from ${JSON.stringify(plugin)};\nexport default function (c) {\n  c.addPlugin(banmian, ${opts});\n${config}}\n`,
  });
}

/** Every file of a folder with its bytes: what a deploy would publish. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const abs = path.join(dir, f);
    if (fs.statSync(abs).isFile()) out.set(f, fs.readFileSync(abs).toString("base64"));
  }
  return out;
}

/** A snapshot without banmian's manifest (it holds a hash of the site's config). */
export function withoutManifest(files: Map<string, string>): Map<string, string> {
  return new Map([...files].filter(([f]) => f !== MANIFEST_FILE));
}

export { inside };

/** `banmian build` in `site`, its messages kept. */
export async function buildIn(site: string): Promise<string[]> {
  const logs: string[] = [];
  const { log, warn } = console;
  console.log = (...args: unknown[]) => void logs.push(args.join(" "));
  console.warn = console.log;
  try {
    // Not quiet: the plan is one of the lines --quiet leaves out.
    await inside(site, () => buildSite({ configPath: ".eleventy.js" }));
  } finally {
    Object.assign(console, { log, warn });
  }
  return logs;
}

const bin = path.resolve(import.meta.dirname, "../../bin/banmian.js");

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * `banmian build` in a process of its own, as a nightly job runs it: nothing
 * (eleventy-img's memory of the files it wrote, say) carries over between
 * builds. `env` adds variables (BANMIAN_KILL_AT).
 */
export function runBuild(site: string, env: Record<string, string> = {}, args: string[] = []): Run {
  const r = spawnSync(process.execPath, [bin, "build", "--quiet", ...args], { cwd: site, encoding: "utf8", env: { ...process.env, ...env }, timeout: 60_000 });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** The files that differ between two folders, by name: empty when every byte is the same. */
export function differences(a: string, b: string): string[] {
  const [sa, sb] = [snapshot(a), snapshot(b)];
  return [...new Set([...sa.keys(), ...sb.keys()])].filter((f) => sa.get(f) !== sb.get(f)).sort();
}
