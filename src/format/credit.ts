// Credits both ways: the table of roles and patterns that the parse layer
// reads bylines with, and the renderers that print them again.
import type { Credit, Footer } from "../parse/model.ts";

export type CreditStyle = "byline" | "dateline" | "photo";

/** 本报通讯员 杜文翰 · 本报讯（通讯员 王健） · 本报通讯员 张绍杰 摄 */
export function creditText(credit: Credit, style: CreditStyle = "byline"): string {
  void credit; void style;
  throw new Error("not yet");
}

/** 本版编辑 辛宏 王森　本版校对 刘铁铮 */
export function pageCredits(footer: Footer): string {
  void footer;
  throw new Error("not yet");
}
