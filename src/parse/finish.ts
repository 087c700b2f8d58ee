// What the reading settles once a page is read: signs that only the whole
// page gives (an e-paper's record line), and warnings about its credits.
import type { PageModel } from "../model.ts";
import { namesSplitMoreThanOneWay } from "./credit.ts";

/**
 * 浙江工人日报 一版要闻 00001 传承邮驿 寻梦递铺 2015-05-28 …: an e-paper's
 * record line names the article's headline. Two title lines read as 引题 +
 * 主题 whose first is the one named are 主题 + 副题.
 */
export function headlineOnRecord(page: PageModel): void {
  const records = page.extras.filter((e) => e.kind === "metadata").map((e) => e.text.replace(/\s/gu, ""));
  if (!records.length) return;
  const named = (t: string | undefined) => t !== undefined && records.some((r) => r.includes(t.replace(/\s/gu, "")));
  for (const a of page.items) {
    if (a.kind !== "article" || a.subtitle !== undefined || !named(a.kicker) || named(a.headline)) continue;
    a.subtitle = a.headline;
    a.headline = a.kicker;
    delete a.kicker;
  }
}

/** 记者张明王小刚: names the surname table cuts more than one way are read one way, with a warning. */
export function warnOfNamesRunTogether(page: PageModel): void {
  for (const item of page.items) {
    const credits = item.kind === "photo" ? [item.credit] : [item.byline, item.dateline, ...(item.credits ?? [])];
    for (const credit of credits) {
      for (const run of credit ? namesSplitMoreThanOneWay(credit) : []) {
        const names = credit!.people.flatMap((p) => p.names).filter((n) => run.includes(n));
        page.warnings.push({ line: item.line, message: `the names “${run}” run together and could be split more than one way: read as ${names.join(" ")}` });
      }
    }
  }
}
