// vitest's global setup: every test's temporary folders go into one folder
// for the run, removed when the run ends, so that the sites the tests build
// (hundreds, some of thousands of files) are not left in the machine's
// temporary folder. Test processes start after this and inherit TMPDIR.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "banmian-tests-"));
  process.env.TMPDIR = root;
  return () => fs.rmSync(root, { recursive: true, force: true });
}
