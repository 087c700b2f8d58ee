// Progress of a long step: an updating line on a terminal, plain lines in a
// log, nothing for a step that ends quickly. The clock is the test's own.
import { describe, expect, it } from "vitest";
import { progress } from "../../src/site/progress.ts";

function run(isTTY: boolean, steps: number[]): string {
  let out = "";
  let t = 0;
  const p = progress("[banmian]", "writing the edition", steps.length, { stream: { isTTY, write: (s: string) => void (out += s) }, now: () => t, delay: 2000 });
  for (const at of steps) {
    t = at;
    p.tick();
  }
  p.done();
  return out;
}

describe("progress", () => {
  it("says nothing for a step that ends before two seconds", () => {
    expect(run(true, [100, 500, 1900])).toBe("");
    expect(run(false, [100, 500, 1900])).toBe("");
  });

  it("on a terminal, rewrites one line and clears it at the end", () => {
    expect(run(true, [1000, 2000, 2050, 2200, 3000])).toBe(
      "\r\x1b[K[banmian] writing the edition: 2 of 5 (40%)" +
      "\r\x1b[K[banmian] writing the edition: 4 of 5 (80%)" +
      "\r\x1b[K",
    );
  });

  it("in a log (CI), prints a plain line every ten seconds", () => {
    expect(run(false, [1000, 2000, 5000, 11_000, 12_000, 20_000])).toBe(
      "[banmian] writing the edition: 2 of 6 (33%)\n" +
      "[banmian] writing the edition: 5 of 6 (83%)\n",
    );
  });
});
