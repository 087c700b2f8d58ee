// The README's promise: `npm start` serves the example newspaper. Eleventy's
// --serve reads the config's JavaScript dependencies, which a plain build
// does not, so it is tried for real.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

it("eleventy --serve builds and serves the example's pages", async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-serve-"));
  const port = 20000 + (process.pid % 20000);
  const child = spawn(process.execPath, [path.join(root, "node_modules/@11ty/eleventy/cmd.cjs"), "--serve", `--port=${port}`, `--output=${out}`], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  try {
    const started = Date.now();
    while (!/Server at/.test(log)) {
      if (child.exitCode !== null || Date.now() - started > 50_000) throw new Error(`eleventy --serve did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const res = await fetch(`http://127.0.0.1:${port}/2021/10/14/03/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("铁东召开城乡居民“两险”征收工作部署会议");
    expect(log).not.toMatch(/Error/);
  } finally {
    child.kill();
  }
}, 60_000);
