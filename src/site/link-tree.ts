// Folder trees: listing one, hard-linking one (files carry over at no
// cost; safe only where nothing writes into a linked file in place).
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

/**
 * Every file under `dir`, relative to it, "/"-separated. Names only, from
 * the folders' listings: Node's own recursive readdir stats every entry,
 * several times slower on the ~2,000 files of a search bundle.
 */
export function listTree(dir: string, prefix = "", out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) listTree(path.join(dir, entry.name), `${prefix}${entry.name}/`, out);
    else if (entry.isFile()) out.push(prefix + entry.name);
  }
  return out;
}
