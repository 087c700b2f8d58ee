// The Ruler holds the reading rules in order, by name (markdown-it's shape).
import { describe, expect, it } from "vitest";
import { Ruler } from "../../src/parse/ruler.ts";

describe("the Ruler", () => {
  it("keeps rules in the order pushed, and puts one before or after a named rule", () => {
    const ruler = new Ruler<string>().push("footer", "f").push("titles", "t").push("paragraph", "p");
    ruler.before("titles", "column label", "c").after("titles", "credit", "r");
    expect(ruler.names).toEqual(["footer", "column label", "titles", "credit", "paragraph"]);
    expect(ruler.rules).toEqual(["f", "c", "t", "r", "p"]);
  });

  it("names the rule it cannot find", () => {
    expect(() => new Ruler<string>().before("titles", "x", "x")).toThrow(/titles/);
  });
});
