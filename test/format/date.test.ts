import { afterEach, describe, expect, it } from "vitest";
import { civilDate, hanziNumber, zhDate } from "../../src/format/date.ts";
import type { ZhDateStyle } from "../../src/format/date.ts";
import { BanmianError } from "../../src/errors.ts";

describe("zhDate styles, for the seed page's day (a Thursday, 重阳节)", () => {
  it.each([
    ["long", "2021年10月14日"],
    ["full", "2021年10月14日 星期四"],
    ["weekday", "星期四"],
    ["lunar", "农历辛丑年九月初九"],
    ["masthead", "2021年10月14日 星期四 农历辛丑年九月初九"],
    ["hanzi", "二〇二一年十月十四日"],
    ["iso", "2021-10-14"],
  ] as [ZhDateStyle, string][])("%s → %s", (style, expected) => {
    expect(zhDate("2021-10-14", style)).toBe(expected);
  });

  it("uses the long style by default", () => {
    expect(zhDate("2021-10-14")).toBe("2021年10月14日");
  });
});

describe("the other styles on other days", () => {
  it.each([
    ["2021-01-05", "long", "2021年1月5日"], // no leading zeros
    ["2021-01-05", "iso", "2021-01-05"],
    ["2021-10-17", "weekday", "星期日"],
    ["2021-10-18", "weekday", "星期一"],
    ["2000-02-29", "full", "2000年2月29日 星期二"],
    ["1949-10-01", "full", "1949年10月1日 星期六"],
    ["2020-01-01", "hanzi", "二〇二〇年一月一日"],
    ["2000-12-31", "hanzi", "二〇〇〇年十二月三十一日"],
    ["2021-10-20", "hanzi", "二〇二一年十月二十日"],
    ["2021-11-11", "hanzi", "二〇二一年十一月十一日"],
  ] as [string, ZhDateStyle, string][])("%s %s → %s", (date, style, expected) => {
    expect(zhDate(date, style)).toBe(expected);
  });
});

describe("hanziNumber: counting form", () => {
  it.each([
    [1, "一"], [10, "十"], [11, "十一"], [20, "二十"], [31, "三十一"], [99, "九十九"],
    [100, "一百"], [101, "一百零一"], [110, "一百一十"], [1001, "一千零一"], [1010, "一千零一十"],
    [2021, "二千零二十一"], [9999, "九千九百九十九"],
  ])("%i → %s", (n, expected) => {
    expect(hanziNumber(n)).toBe(expected);
  });
  it.each([0, -1, 1.5, 10000, Number.NaN])("refuses %s", (n) => {
    expect(() => hanziNumber(n)).toThrow(BanmianError);
  });
});

describe("what is not a date", () => {
  it.each([
    ["2021-02-29"], // not a leap year
    ["2021-13-01"],
    ["2021-10-00"],
    ["2021-10-14T08:00"],
    ["14/10/2021"],
    [""],
  ])("refuses the string %j and names it", (value) => {
    expect(() => zhDate(value)).toThrow(BanmianError);
    expect(() => zhDate(value)).toThrow(JSON.stringify(value));
  });
  it("refuses an invalid Date", () => {
    expect(() => zhDate(new Date("nonsense"))).toThrow(/not a date: Invalid Date/);
  });
  it("refuses what is neither a Date nor a string, as a template may pass", () => {
    expect(() => zhDate(undefined as unknown as string)).toThrow(/not a date: undefined/);
    expect(() => zhDate(20211014 as unknown as string)).toThrow(/20211014/);
  });
  it("refuses an unknown style and names it", () => {
    expect(() => zhDate("2021-10-14", "short" as ZhDateStyle)).toThrow(BanmianError);
    expect(() => zhDate("2021-10-14", "short" as ZhDateStyle)).toThrow(/"short"/);
    expect(() => zhDate("2021-10-14", "toString" as ZhDateStyle)).toThrow(/"toString"/);
  });
});

// Node re-reads process.env.TZ when it is assigned, so one process can stand
// in each zone in turn.
const ZONES = ["UTC", "Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati"];
// The hour a UTC-midnight instant of 2021-10-14 shows in each zone: proof
// that the zone really changed (Los Angeles is still on the 13th, in PDT).
const LOCAL_HOUR_AT_UTC_MIDNIGHT: Record<string, number> = {
  UTC: 0,
  "Asia/Shanghai": 8,
  "America/Los_Angeles": 17,
  "Pacific/Kiritimati": 14,
};

describe("the same day in every process zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(ZONES)("TZ=%s", (zone) => {
    process.env.TZ = zone;
    expect(new Date(Date.UTC(2021, 9, 14)).getHours()).toBe(LOCAL_HOUR_AT_UTC_MIDNIGHT[zone]);

    const day = (value: Date | string): string => zhDate(value, "iso");
    // A date-only value: YAML `date: 2021-10-14`, Eleventy's page.date.
    expect(zhDate(new Date("2021-10-14"), "masthead")).toBe("2021年10月14日 星期四 农历辛丑年九月初九");
    expect(zhDate("2021-10-14", "masthead")).toBe("2021年10月14日 星期四 农历辛丑年九月初九");
    // A date built the JavaScript way, at local midnight, is that local day.
    expect(zhDate(new Date(2021, 9, 14), "masthead")).toBe("2021年10月14日 星期四 农历辛丑年九月初九");
    expect(zhDate(new Date(2021, 1, 11), "lunar")).toBe("农历庚子年腊月三十");
    expect(zhDate(new Date(2021, 1, 12), "lunar")).toBe("农历辛丑年正月初一");
    // Instants are read in Beijing time: 01:00 on the 14th there (10:00 on
    // the 13th in Los Angeles) …
    expect(day(new Date("2021-10-13T17:00:00Z"))).toBe("2021-10-14");
    // … the last minute of the 14th there (the 15th already in Kiritimati) …
    expect(day(new Date("2021-10-14T15:59:00Z"))).toBe("2021-10-14");
    // … and the first minutes of the 15th there (still the 14th in Los Angeles and UTC).
    expect(day(new Date("2021-10-14T16:30:00Z"))).toBe("2021-10-15");
    expect(day(new Date("2021-10-14T23:59:59.999+08:00"))).toBe("2021-10-14");
    // A date-only value never moves, not even at the ends of the year.
    expect(day(new Date("2021-01-01"))).toBe("2021-01-01");
    expect(day(new Date("2021-12-31"))).toBe("2021-12-31");
  });

  it("reads an instant that is exactly local midnight as the local day (differs only east of UTC+8)", () => {
    // 2021-10-13T10:00Z is midnight of the 14th in Kiritimati (UTC+14) and
    // 18:00 on the 13th in Beijing.
    const instant = new Date("2021-10-13T10:00:00Z");
    process.env.TZ = "Pacific/Kiritimati";
    expect(civilDate(instant)).toEqual({ year: 2021, month: 10, day: 14 });
    process.env.TZ = "America/Los_Angeles";
    expect(civilDate(instant)).toEqual({ year: 2021, month: 10, day: 13 });
  });
});
