// Helpers for the parse tests: the seed and the PDF fixture (copies in
// test/fixtures/, so a bare clone tests itself), and small
// views of a PageModel that keep the expectations readable.
import fs from "node:fs";
import path from "node:path";
import type { Article, Block, PageModel, Photo } from "../../src/parse/index.ts";
import { textFields } from "../../src/parse/index.ts";

export const root = path.resolve(import.meta.dirname, "../..");
export const seedFile = path.resolve(root, "test/fixtures/000_8a1b2aab4ad79620.txt");
export const fixtureFile = path.resolve(root, "test/fixtures/pdf-extract-front-page.txt");
export const seedText = fs.readFileSync(seedFile, "utf8");
export const fixtureText = fs.readFileSync(fixtureFile, "utf8");

export const articles = (page: PageModel): Article[] => page.items.filter((i): i is Article => i.kind === "article");
export const photos = (page: PageModel): Photo[] => page.items.filter((i): i is Photo => i.kind === "photo");
export const paragraphs = (a: Article): Block[] => a.body.filter((b) => b.kind === "paragraph");
export const crossheads = (a: Article): Block[] => a.body.filter((b) => b.kind === "crosshead");

/** Letters and digits as a sorted multiset (one string), so two texts can be compared. */
export function letterBag(text: string): string {
  return [...text.replace(/[^\p{L}\p{N}]/gu, "")].sort().join("");
}

/** The letters and digits the model holds, over all its pages. */
export function modelBag(pages: PageModel[]): string {
  return letterBag(pages.flatMap(textFields).join(""));
}

/** Print text from lines, so a sample reads like the page it stands for. */
export const print = (...lines: string[]) => lines.join("\n");
