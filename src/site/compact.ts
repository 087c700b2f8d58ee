// A page's reading as the build keeps it: every page is held from the first
// read to the end of the build, so what each holds beyond its own data is
// paid for 100,000 times.
import type { PageModel } from "../model.ts";

/** Strings up to this length (kinds, roles, names, sources) are kept once for the whole edition. */
const SHARED_LENGTH = 16;

/**
 * A copy of a reading that holds only its own data. The parser's strings
 * are slices and joins of the file's text, which keep the whole text alive
 * (V8 keeps a slice's parent); its arrays keep the room they grew into; and
 * its short strings repeat on every page. JSON copies the reading as the
 * downloads write it (no value is undefined, nothing is not plain data) into
 * fresh strings and arrays of their own size; the short strings are shared
 * through `shared`, one map for one reading of the edition.
 */
export function compactReading(model: PageModel, shared: Map<string, string>): PageModel {
  return share(JSON.parse(JSON.stringify(model)), shared) as PageModel;
}

/** `value` with its short strings replaced, in place, by the ones kept in `shared` (a reviver for JSON.parse costs three times as much). */
function share(value: unknown, shared: Map<string, string>): unknown {
  if (typeof value === "string") {
    if (value.length > SHARED_LENGTH) return value;
    const known = shared.get(value);
    if (known !== undefined) return known;
    shared.set(value, value);
    return value;
  }
  if (value !== null && typeof value === "object") {
    const fields = value as Record<string, unknown>;
    for (const key of Object.keys(fields)) fields[key] = share(fields[key], shared);
  }
  return value;
}
