// Reading a page file for the command line: the plugin's own reader, so that
// a file reads the same in `outline`, `check` and the build.
import { readPageFileAt } from "../site/read.ts";
import type { PageModel } from "../model.ts";

/** Reads a page file from disk: bytes → text (any encoding we know) → pages. */
export function readFile(file: string): PageModel[] {
  return readPageFileAt(file, file);
}
