// The house's plan: no module of src/ imports itself back through others,
// and each layer imports only the layers beneath it (parse and format know
// nothing of site or cli; site knows nothing of cli). Read from the import
// statements of every file, type imports included.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const src = path.resolve(import.meta.dirname, "../src");

/** Every .ts file under src/, relative to it, and the src/ files it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = (fs.readdirSync(src, { recursive: true, encoding: "utf8" }) as string[]).filter((f) => f.endsWith(".ts")).map((f) => f.split(path.sep).join("/"));
  for (const file of files) {
    const text = fs.readFileSync(path.join(src, file), "utf8");
    const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^"';]*?from\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]!);
    graph.set(file, specifiers.filter((s) => s.startsWith(".")).map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s))));
  }
  return graph;
}

/** The cycles of `graph`, each as the path that closes it (a → b → a). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe("src/'s imports", () => {
  const graph = importGraph();

  it("are read from every file (the reader of this test works)", () => {
    expect(graph.size).toBeGreaterThan(30);
    expect(graph.get("cli/main.ts")).toContain("cli/check.ts");
    expect(cycles(new Map([["a.ts", ["b.ts"]], ["b.ts", ["a.ts"]]]))).toEqual([["a.ts", "b.ts", "a.ts"]]);
  });

  it("have no cycle", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("go down the layers only: cli → site → parse, format; none back up", () => {
    const layer = (file: string) => file.split("/")[0]!;
    const forbidden: Record<string, string[]> = { parse: ["site", "cli"], format: ["site", "cli"], site: ["cli"] };
    const wrong = [...graph].flatMap(([file, deps]) => deps.filter((d) => forbidden[layer(file)]?.includes(layer(d))).map((d) => `${file} → ${d}`));
    expect(wrong).toEqual([]);
  });
});
