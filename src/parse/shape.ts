// What a unit looks like on its own (classify.ts), or as an editor's mark
// says (markShape): one type the reading rules consume.
import type { Credit, CreditStyle } from "../model.ts";
import { parseAuthor } from "./credit.ts";
import type { FooterLine, JumpMatch } from "./patterns.ts";
import type { Mark } from "./units.ts";

export type Shape =
  | { kind: "footer"; footer: FooterLine }
  | { kind: "jump"; jump: JumpMatch }
  | { kind: "via"; credit: Credit }
  | { kind: "credit"; credit: Credit; style: CreditStyle }
  /** 易烨/文 张锦国/摄: a line crediting the text and the photo apart. */
  | { kind: "credits"; credits: Credit[] }
  | { kind: "captioned"; caption: string; credit: Credit }
  | { kind: "column" }
  | { kind: "extra"; extra: string }
  | { kind: "title" }
  | { kind: "text" }
  | { kind: "mark" };

const CREDIT_SHAPES: Shape["kind"][] = ["credit", "via", "credits"];

/**
 * What a marked line looks like to the other rules, given how its text alone
 * reads: a credit is read as the credit rules read credits (title lines over
 * a byline open an article, a caption over a photo credit is a photo's),
 * kept verbatim when no credit pattern knows it; body text is text; a title
 * mark is a title to their lookahead (no title run takes it in: read.ts);
 * a break or a photo is nothing they read.
 */
export function markShape(mark: Mark, text: string, read: Shape): Shape {
  if (mark.role === "body") return { kind: "text" };
  if (mark.role === "break" || mark.role === "photo") return { kind: "mark" };
  if (mark.role !== "credit") return { kind: "title" };
  if (CREDIT_SHAPES.includes(read.kind)) return read;
  const credit: Credit = parseAuthor(text) ?? { text, people: [], ...(/摄\s*[）)]?$/u.test(text) ? { photo: true } : {}) };
  return { kind: "credit", credit, style: credit.photo ? "photo" : "byline" };
}
