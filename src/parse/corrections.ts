// Front matter `corrections:`: what was corrected on a page after it was
// published, each entry checked with an error naming its own line.
//
//   corrections:
//     - date: 2021-10-16
//       text: 本版《…》一文中“王建”应为“王健”。
//       article: 2          # optional: the article's number in its URL (/03/2/)
import type { Correction } from "../model.ts";

const KEYS = ["date", "text", "article"];
const EXAMPLE = "`corrections:` then lines like `  - date: 2021-10-16` and `    text: 本版…应为…。` (and `    article: 2` for one article)";

/** The YAML line (1-based within the front matter's text) of each entry of the list under `key`. */
export function entryLines(yamlText: string, key: string): number[] {
  const lines = yamlText.split(/\r?\n/);
  const at = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (at < 0) return [];
  const out: number[] = [];
  for (let i = at + 1; i < lines.length && !/^\S/.test(lines[i]!); i++) {
    if (/^\s*-(\s|$)/.test(lines[i]!)) out.push(i + 1);
  }
  return out;
}

/**
 * Checks the `corrections:` value. `lineOf(k)` is the file line of entry k,
 * `isDate` tells a day of the calendar; `fail` throws with the line.
 */
export function readCorrections(
  value: unknown, issueDate: string | undefined, lineOf: (k: number) => number,
  isDate: (text: string) => boolean, fail: (message: string, line: number) => never,
): Correction[] {
  const list = Array.isArray(value) ? value : fail(`\`corrections:\` must be a list: ${EXAMPLE}`, lineOf(-1));
  return list.map((entry: unknown, k) => {
    const line = lineOf(k);
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) fail(`each correction must be \`date:\` and \`text:\` lines: ${EXAMPLE}`, line);
    const e = entry as Record<string, unknown>;
    const unknown = Object.keys(e).find((key) => !KEYS.includes(key));
    if (unknown) fail(`a correction has no \`${unknown}:\` (it has ${KEYS.join(", ")})`, line);
    const date = String(e.date ?? "");
    if (!isDate(date)) fail(`a correction needs the day it was published as \`date: YYYY-MM-DD\`, a day of the calendar (got \`${date}\`)`, line);
    if (issueDate && date < issueDate) fail(`a correction dated ${date} comes before the issue itself (${issueDate})`, line);
    if (typeof e.text !== "string" || !e.text.trim()) fail("a correction needs its `text:`, the sentence published as the correction", line);
    const article = e.article;
    if (article !== undefined && (typeof article !== "number" || !Number.isInteger(article) || article < 1)) {
      fail(`\`article: ${String(article)}\` must be the article's number in its URL, like 2 for /2021/10/14/03/2/`, line);
    }
    return { date, text: (e.text as string).trim(), ...(article !== undefined ? { article: article as number } : {}), line };
  });
}
