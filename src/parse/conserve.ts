// "Nothing lost, nothing invented": the text fields of a PageModel, the only
// places a letter or digit of the source may land (DESIGN.md). Derived
// fields (names, editors, email …) repeat them and are not listed. An
// editor's marks are not text: count the source as withoutMarks (marks.ts)
// gives it, which also drops a photo mark's file name.
import type { Credit, PageModel } from "../model.ts";

function creditFields(c: Credit | undefined): string[] {
  return c ? [c.text] : [];
}

export function textFields(page: PageModel): string[] {
  const out: string[] = [];
  for (const item of page.items) {
    if (item.kind === "photo") {
      out.push(item.title ?? "", item.caption, ...creditFields(item.credit));
      continue;
    }
    out.push(item.column ?? "", item.kicker ?? "", item.headline ?? "", item.subtitle ?? "");
    out.push(...creditFields(item.byline), ...creditFields(item.dateline));
    for (const c of item.credits ?? []) out.push(c.text);
    for (const b of item.body) out.push(b.text);
    for (const j of item.jumps ?? []) out.push(j.text);
  }
  out.push(...(page.footer?.lines ?? []));
  for (const e of page.extras) out.push(e.text);
  return out.filter(Boolean);
}
