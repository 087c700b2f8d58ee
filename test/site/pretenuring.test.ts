// The edition is written with V8's allocation-site pretenuring off (see src/site/pretenuring.ts).
import v8 from "node:v8";
import { afterEach, expect, it, vi } from "vitest";
import { withoutPretenuring } from "../../src/site/pretenuring.ts";

afterEach(() => {
  vi.restoreAllMocks();
});

it("turns pretenuring off for the work and on again after it, also when the work fails", async () => {
  const flags = vi.spyOn(v8, "setFlagsFromString");
  const during: unknown[] = [];
  expect(await withoutPretenuring(async () => (during.push(...flags.mock.calls.flat()), 7))).toBe(7);
  await expect(withoutPretenuring(async () => {
    throw new Error("a page failed");
  })).rejects.toThrow("a page failed");
  expect(during).toEqual(["--no-allocation-site-pretenuring"]);
  expect(flags.mock.calls.flat()).toEqual([
    "--no-allocation-site-pretenuring", "--allocation-site-pretenuring",
    "--no-allocation-site-pretenuring", "--allocation-site-pretenuring",
  ]);
});
