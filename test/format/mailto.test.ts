import { describe, expect, it } from "vitest";
import { isEmail, mailto } from "../../src/format/mailto.ts";

describe("mailto", () => {
  it.each([
    ["sprbxjyw@163.com", "mailto:sprbxjyw@163.com"],
    ["li.ming+news@mail.example.com.cn", "mailto:li.ming+news@mail.example.com.cn"],
    ["SPRB_2021@sina-news.cn", "mailto:SPRB_2021@sina-news.cn"],
    [" sprbxjyw@163.com ", "mailto:sprbxjyw@163.com"], // space around the address, as a footer may leave it
  ])("%j → %s", (email, href) => {
    expect(mailto(email)).toBe(href);
  });

  it.each([
    ["sprbxjyw 163.com"],
    ["sprb xjyw@163.com"],
    ["sprbxjyw@163"], // no top-level domain
    ["a@b.c"], // one-letter top-level domain
    ["@163.com"],
    ["sprbxjyw@"],
    ["a..b@163.com"],
    [".a@163.com"],
    ["a.@163.com"],
    ["a@-b.com"],
    ["a@b-.com"],
    ["a@@163.com"],
    ["<sprbxjyw@163.com>"],
    ['"sprb"@163.com'],
    ["sprbxjyw@163.com (编辑部)"],
    ["ｓｐｒｂ＠163.com"], // full-width, as misread print may carry it: not an address as it stands
    ["电子邮箱：sprbxjyw@163.com"],
    ["javascript:alert(1)"],
    [""],
  ])("%j is not an address", (email) => {
    expect(mailto(email)).toBeUndefined();
    expect(isEmail(email)).toBe(false);
  });

  it("gives undefined for what is not text", () => {
    expect(mailto(undefined)).toBeUndefined();
    expect(mailto(163)).toBeUndefined();
  });

  it("refuses an address longer than mail allows (254)", () => {
    const long = `${"a".repeat(250)}@b.cn`;
    expect(long.length).toBe(255);
    expect(mailto(long)).toBeUndefined();
    expect(mailto(long.slice(1))).toBe(`mailto:${long.slice(1)}`);
  });

  it("isEmail takes the address exactly as given, without trimming", () => {
    expect(isEmail("sprbxjyw@163.com")).toBe(true);
    expect(isEmail(" sprbxjyw@163.com")).toBe(false);
  });
});
