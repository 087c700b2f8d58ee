// A path as banmian names it to the user (in messages, the manifest, the
// edition's page-file names): relative to a folder (the working folder, or
// `banmian check`'s site folder) when inside it, with "/"; absolute outside
// it, where "../../" would only make the reader count.
import path from "node:path";

export const displayFrom = (dir: string) => (abs: string): string => {
  const rel = path.relative(dir, abs);
  return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/") || ".";
};
