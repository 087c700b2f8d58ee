// The YAML front matter of a page file, and what its path says: checked
// field by field, with errors that name the file and the line.
import yaml from "js-yaml";
import { BanmianError } from "../errors.ts";
import type { PageMeta, Warning } from "../model.ts";

export interface PageSource {
  meta: PageMeta;
  /** The print text after the front matter. */
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
  warnings: Warning[];
}

const KNOWN_KEYS = ["paper", "date", "page", "pageName", "photos", "note", "scan"];
const fenceRe = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/mu;
/** pages/2021-10-14/03.md: the folder is the issue, the name the page number. */
const pathRe = /(?:^|[\\/])(\d{4}-\d{2}-\d{2})[\\/](\d{1,3})(?:[^\\/]*)\.md$/u;

/** A real day of the calendar, YYYY-MM-DD. */
export function isCivilDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function metaFromPath(file: string): PageMeta {
  const m = pathRe.exec(file);
  if (!m) return {};
  const page = Number(m[2]);
  return { ...(isCivilDate(m[1]!) ? { date: m[1]! } : {}), ...(page > 0 ? { page } : {}) };
}

/** Splits a page file into checked front matter and print text. */
export function readSource(text: string, file: string): PageSource {
  const source = text.replace(/^\uFEFF/u, "");
  const m = source.startsWith("---") ? fenceRe.exec(source) : null;
  const fromPath = metaFromPath(file);
  if (!m) return { meta: fromPath, body: source, bodyLine: 1, warnings: [] };

  const yamlText = m[1]!;
  const bodyLine = m[0].split("\n").length;
  const lineOf = (key: string) => {
    const k = yamlText.split(/\r?\n/).findIndex((l) => l.startsWith(`${key}:`));
    return k < 0 ? 1 : k + 2;
  };
  const fail = (message: string, key?: string): never => {
    throw new BanmianError(message, { file, line: key ? lineOf(key) : 1 });
  };

  let data: unknown;
  try {
    // JSON_SCHEMA: dates stay the text the editor wrote, never a moment in some time zone.
    data = yaml.load(yamlText, { schema: yaml.JSON_SCHEMA });
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    throw new BanmianError(`the front matter is not valid YAML: ${(e as Error).message.split("\n")[0]}`, {
      file,
      line: (mark?.line ?? 0) + 2,
    });
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== "object" || Array.isArray(data)) fail("the front matter must be `key: value` lines (paper, date, page, pageName, photos)");
  const fm = data as Record<string, unknown>;
  const warnings: Warning[] = [];
  const meta: PageMeta = { ...fromPath };

  for (const key of Object.keys(fm)) {
    if (!KNOWN_KEYS.includes(key)) {
      warnings.push({ line: lineOf(key), message: `unknown front matter key \`${key}\` is ignored (known: ${KNOWN_KEYS.join(", ")})` });
    }
  }
  const text_ = (key: string): string | undefined => {
    const v = fm[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "string" || !v.trim()) fail(`\`${key}:\` must be text, like \`${key}: 四平日报\``, key);
    return (v as string).trim();
  };
  const paper = text_("paper");
  if (paper) meta.paper = paper;
  const pageName = text_("pageName");
  if (pageName) meta.pageName = pageName;
  const note = text_("note");
  if (note) meta.note = note;
  const scan = text_("scan");
  if (scan) meta.scan = scan;

  if (fm.date !== undefined && fm.date !== null) {
    const date = String(fm.date);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`\`date: ${date}\` must be the issue's date as YYYY-MM-DD, like \`date: 2021-10-14\``, "date");
    if (!isCivilDate(date)) fail(`\`date: ${date}\` is not a day of the calendar`, "date");
    meta.date = date;
  }
  if (fm.page !== undefined && fm.page !== null) {
    const page = fm.page;
    if (typeof page !== "number" || !Number.isInteger(page) || page < 1) {
      fail(`\`page: ${String(page)}\` must be the page number in the issue, a whole number from 1`, "page");
    }
    meta.page = page as number;
  }
  if (fm.photos !== undefined && fm.photos !== null) {
    const list = typeof fm.photos === "string" ? [fm.photos] : fm.photos;
    if (!Array.isArray(list) || !list.every((p) => typeof p === "string" && p.trim() !== "")) {
      fail("`photos:` must list file names in the photos folder, in print order, like `photos: [chongyang.jpg, jiaojing.jpg]`", "photos");
    }
    meta.photos = (list as string[]).map((p) => p.trim());
  }
  return { meta, body: source.slice(m[0].length), bodyLine, warnings };
}
