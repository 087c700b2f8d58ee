// The layers of DESIGN.md: parse/ and format/ stand on the model alone and
// never import each other (nor site/ or cli/), so either can change apart.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./helpers.ts";

/** The modules a layer's files import, as written: "../model.ts", "./credit.ts" … */
function importsOf(layer: string): string[] {
  const dir = path.join(root, "src", layer);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/^(?:import|export)[^;]*?from\s+"([^"]+)"/gmu)].map((m) => `${f} → ${m[1]}`));
}

describe("layers", () => {
  it.each([
    ["parse", /→ \.\.\/(?:format|site|cli)\//u],
    ["format", /→ \.\.\/(?:parse|site|cli)\//u],
  ])("%s/ imports no other layer, only ../model.ts", (layer, other) => {
    const imports = importsOf(layer);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((i) => other.test(i))).toEqual([]);
  });

  it("both read the one model module", () => {
    expect(importsOf("parse")).toContain("index.ts → ../model.ts");
    expect(importsOf("format")).toContain("credit.ts → ../model.ts");
  });
});
