// The score of a reading against an editor's reading of a real page, with
// the rules of the corpus README (kept as they are, so figures compare):
// one point per entry of the editor's reading; a credit whose names are all
// found, but split differently (run together, or over two credits of the
// same item), scores half. Beside the score, conservation: every letter and
// digit of the text in exactly one text field of the model.
import fs from "node:fs";
import path from "node:path";
import type { Article, Credit, PageModel, Photo } from "../../src/parse/index.ts";
import { parsePages, readPageFile } from "../../src/parse/index.ts";

/** An editor's reading of a page (`*.reading.json`): every key optional. */
export interface Reading {
  source?: string;
  headlines?: string[];
  notHeadlines?: string[];
  kickers?: string[];
  subtitles?: string[];
  credits?: string[][];
  photoCredits?: string[][];
  footer?: FooterReading | FooterReading[];
  pages?: number;
  continued?: string | string[];
  minJumps?: number;
  joined?: string[];
}

interface FooterReading {
  editors?: string[];
  proofreaders?: string[];
  email?: string;
}

/** One entry of the editor's reading and what it scored (0, ½ or 1). */
export interface Check {
  key: string;
  entry: string;
  points: number;
}

export interface Score {
  points: number;
  total: number;
  checks: Check[];
  conserved: boolean;
  /** Letters and digits of the text that no text field holds, and those no text holds. */
  lost: string;
  invented: string;
}

/** The fields a letter or digit of the text may land in (corpus README, DESIGN.md). */
const TEXT_FIELDS = new Set(["kicker", "headline", "subtitle", "title", "text", "caption", "lines", "column"]);

/** Every string the model holds in a text field, wherever it sits. */
function textOf(value: unknown, key = ""): string[] {
  if (typeof value === "string") return TEXT_FIELDS.has(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => textOf(v, key));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => textOf(v, k));
  return [];
}

/** Letters and digits as counts, so that two texts compare as multisets. */
function letterCounts(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const ch of t.match(/[\p{L}\p{N}]/gu) ?? []) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** What `a` holds more of than `b`, as a string (empty when nothing). */
function excess(a: Map<string, number>, b: Map<string, number>): string {
  let out = "";
  for (const [ch, n] of a) if (n > (b.get(ch) ?? 0)) out += ch.repeat(n - (b.get(ch) ?? 0));
  return out;
}

/** Whitespace ignored, and a leading □ may be dropped. */
const norm = (s: string) => s.replace(/\s/gu, "").replace(/^□/u, "");

const articlesOf = (pages: PageModel[]) => pages.flatMap((p) => p.items.filter((i): i is Article => i.kind === "article"));
const photosOf = (pages: PageModel[]) => pages.flatMap((p) => p.items.filter((i): i is Photo => i.kind === "photo"));
const namesOf = (credits: (Credit | undefined)[]) => credits.flatMap((c) => c?.people.flatMap((p) => p.names) ?? []);

/**
 * 1 when one credit names them all; ½ when every name is found in the names
 * of one item's credits, split otherwise (梅世雄梅常伟 as one name, or the
 * names over two credits); else 0.
 */
function creditPoints(names: string[], items: (Credit | undefined)[][]): number {
  if (items.some((credits) => credits.some((c) => c && names.every((n) => namesOf([c]).includes(n))))) return 1;
  return items.some((credits) => names.every((n) => namesOf(credits).join("|").includes(n))) ? 0.5 : 0;
}

export function scoreReading(pages: PageModel[], reading: Reading, text: string): Score {
  const articles = articlesOf(pages);
  const photos = photosOf(pages);
  const titles = [...articles.map((a) => a.headline), ...photos.map((p) => p.title)].filter((t) => t !== undefined).map(norm);
  const has = (values: (string | undefined)[], s: string) => values.some((v) => v !== undefined && norm(v).includes(norm(s)));
  const footers = pages.flatMap((p) => (p.footer ? [p.footer] : []));
  const paragraphs = articles.flatMap((a) => a.body.filter((b) => b.kind === "paragraph").map((b) => b.text));
  const checks: Check[] = [];
  const check = (key: string, entry: string, points: number | boolean) => checks.push({ key, entry, points: Number(points) });

  for (const h of reading.headlines ?? []) check("headlines", h, titles.includes(norm(h)));
  for (const h of reading.notHeadlines ?? []) check("notHeadlines", h, !titles.includes(norm(h)));
  for (const k of reading.kickers ?? []) check("kickers", k, has(articles.map((a) => a.kicker), k));
  for (const s of reading.subtitles ?? []) check("subtitles", s, has(articles.map((a) => a.subtitle), s));
  const articleCredits = articles.map((a) => [a.byline, a.dateline, ...(a.credits ?? [])]);
  for (const names of reading.credits ?? []) check("credits", names.join(" "), creditPoints(names, articleCredits));
  const photoCredits = photos.map((p) => [p.credit]);
  for (const names of reading.photoCredits ?? []) check("photoCredits", names.join(" "), creditPoints(names, photoCredits));
  for (const f of [reading.footer ?? []].flat()) {
    for (const n of f.editors ?? []) check("footer", `editor ${n}`, footers.some((x) => x.editors.includes(n)));
    for (const n of f.proofreaders ?? []) check("footer", `proofreader ${n}`, footers.some((x) => x.proofreaders.includes(n)));
    if (f.email !== undefined) check("footer", `email ${f.email}`, footers.some((x) => x.email === f.email));
  }
  if (reading.pages !== undefined) check("pages", String(reading.pages), pages.length === reading.pages);
  for (const h of [reading.continued ?? []].flat()) check("continued", h, articles.some((a) => a.continued && a.headline !== undefined && norm(a.headline) === norm(h)));
  if (reading.minJumps !== undefined) {
    const jumps = articles.reduce((n, a) => n + (a.jumps?.length ?? 0), 0);
    check("minJumps", String(reading.minJumps), jumps >= reading.minJumps);
  }
  for (const phrase of reading.joined ?? []) check("joined", phrase, has(paragraphs, phrase));

  const source = letterCounts([text]);
  const model = letterCounts(textOf(pages));
  const lost = excess(source, model);
  const invented = excess(model, source);
  return {
    points: checks.reduce((n, c) => n + c.points, 0),
    total: checks.length,
    checks,
    conserved: !lost && !invented,
    lost,
    invented,
  };
}

export interface CorpusPage {
  name: string;
  file: string;
  reading: Reading;
}

/** The pages of a folder: each `NAME.reading.json` with its text, `NAME.txt` (print text) or `NAME.md` (a page file). */
export function corpusPages(dir: string): CorpusPage[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".reading.json"))
    .sort()
    .map((f) => {
      const name = f.slice(0, -".reading.json".length);
      const file = [".txt", ".md"].map((ext) => path.join(dir, name + ext)).find((p) => fs.existsSync(p));
      if (!file) throw new Error(`${path.join(dir, f)}: no ${name}.txt or ${name}.md beside it`);
      return { name, file, reading: JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Reading };
    });
}

/** Reads a corpus page the way banmian reads it and scores the reading. */
export function scorePage(page: Pick<CorpusPage, "file" | "reading">): Score {
  const raw = fs.readFileSync(page.file, "utf8");
  if (page.file.endsWith(".md")) {
    const pages = readPageFile(raw, page.file);
    // The front matter is no print text: conservation counts the body only.
    const body = raw.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/u, "");
    return scoreReading(pages, page.reading, body);
  }
  return scoreReading(parsePages(raw), page.reading, raw);
}

export const percent = (s: Pick<Score, "points" | "total">) => (s.total ? (100 * s.points) / s.total : 100);
