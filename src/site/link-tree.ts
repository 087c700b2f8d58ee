// Hard-linking a folder tree: files carry over at no cost. Safe only where
// nothing writes into a linked file in place.
import fs from "node:fs";
import path from "node:path";

export function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(src, dst);
    else if (entry.isFile()) fs.linkSync(src, dst);
  }
}
