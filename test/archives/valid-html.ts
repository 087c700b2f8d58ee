// html-validate's recommended rules, as test/site applies them to the edition's pages.
import { HtmlValidate } from "html-validate";

const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });

/** What html-validate says of `html`: `rule: message` lines, none for a valid page. */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
}
