// Printing credits: a credit as the paper prints it, from the parts the
// parse layer read (parse/credit.ts reads them).
import type { Credit, CreditStyle, Footer, Person } from "../model.ts";

function peopleText(people: Person[]): string {
  return people.map((p) => [p.role, ...p.names].filter(Boolean).join(" ")).join(" ");
}

/**
 * Prints a credit again from its parts, never splitting or merging a name:
 * 本报通讯员 杜文翰 · 本报讯（通讯员 王健） · 本报通讯员 张绍杰 摄.
 * A credit with no people (本报讯, （据新华社电）) prints as read.
 */
export function creditText(credit: Credit, style: CreditStyle = "byline"): string {
  const people = peopleText(credit.people);
  if (style === "dateline") {
    const head = `${credit.source ?? ""}${credit.place ?? (credit.source ? "讯" : "")}`;
    if (!head) return people || credit.text;
    return people ? `${head}（${people}）` : head;
  }
  if (!people) return credit.text;
  const source = credit.source && credit.people[0]?.role ? credit.source : "";
  const byline = `${source}${people}`;
  return style === "photo" || credit.photo ? `${byline} 摄` : byline;
}

/** 本版编辑 辛宏 王森　本版校对 刘铁铮 — the footer's people, as printed. */
export function pageCredits(footer: Footer): string {
  return footer.roles
    .filter((r) => r.names.length)
    .map((r) => `${r.role} ${r.names.join(" ")}`)
    .join("\u3000");
}
