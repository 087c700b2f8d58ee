// What a unit looks like on its own (classify.ts), and what an editor's mark
// says it is (read-marks.ts): one type both produce and the reader consumes.
import type { Credit, CreditStyle } from "../model.ts";
import type { FooterLine, JumpMatch } from "./patterns.ts";

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
