// The lunar date is checked on every day of 1901–2099 against solarlunar, a
// table compiled independently of lunar-javascript (which zhDate uses).
//
// solarlunar carries the widely copied 1900–2100 month-length table, which is
// known to be wrong on two stretches of the range; on exactly those 60 days
// the test checks against Node's Intl (ICU) Chinese calendar instead, which
// is right there (and wrong elsewhere, see the spot tests):
// - 1933-07-22..1933-08-20: 闰五月 has 30 days (1933-07-22 is 闰五月三十), per
//   the Hong Kong Observatory tables (jjonline/calendar.js#11).
// - 2097-08-07..2097-09-05: the new moon falls on 2097-08-07, so that day is
//   七月初一 (Calendrical Calculations; HKO footnote; dotnet/coreclr#19480).
// The sweep asserts that solarlunar disagrees on exactly these stretches, so a
// new disagreement anywhere fails.
import { describe, expect, it } from "vitest";
import solarLunarModule from "solarlunar";
import { zhDate } from "../../src/format/date.ts";
import { lunarDate } from "../../src/format/lunar.ts";
import { BanmianError } from "../../src/errors.ts";

// solarlunar's package exports name no types for `import`, so TypeScript sees
// only the JavaScript; this is the part of its API the sweep reads.
interface SolarLunarDay {
  lYear: number;
  monthCn: string; // 正月 … 冬月 腊月, 闰六月
  dayCn: string; // 初一 … 廿九 三十
}
const solarLunar = solarLunarModule as unknown as {
  solar2lunar(year: number, month: number, day: number): SolarLunarDay | -1;
};

const GAN = "甲乙丙丁戊己庚辛壬癸";
const ZHI = "子丑寅卯辰巳午未申酉戌亥";
// 4 CE was 甲子; the cycle of sixty runs on from there.
const ganzhi = (lunarYear: number): string => GAN[(lunarYear - 4) % 10] + ZHI[(lunarYear - 4) % 12];

describe("lunar dates you can check in an almanac", () => {
  it.each([
    ["2021-10-14", "农历辛丑年九月初九"], // 重阳节, the seed page's day
    ["2018-11-07", "农历戊戌年九月三十"], // ICU says 十月初一
    ["2027-02-06", "农历丁未年正月初一"], // Chinese New Year 2027; ICU is a day off
    ["2030-02-03", "农历庚戌年正月初一"], // Chinese New Year 2030; ICU is a day off
    ["1987-08-01", "农历丁卯年闰六月初七"], // 1987 had a leap sixth month
    ["2020-05-23", "农历庚子年闰四月初一"], // 2020's leap fourth month began this day
    ["2021-02-11", "农历庚子年腊月三十"], // 除夕: still the old year
    ["2021-02-12", "农历辛丑年正月初一"], // the year's name changes at New Year, not at 立春 (Feb 3)
    ["2021-09-21", "农历辛丑年八月十五"], // 中秋节
    ["2021-10-27", "农历辛丑年九月廿二"],
    ["2021-11-05", "农历辛丑年十月初一"],
    ["2021-12-04", "农历辛丑年冬月初一"],
    ["2022-01-03", "农历辛丑年腊月初一"],
    ["2034-01-01", "农历癸丑年闰冬月十一"], // the rare leap eleventh month of 2033
    ["1901-01-01", "农历庚子年冬月十一"],
    ["2099-12-31", "农历己未年冬月二十"],
    ["1933-07-22", "农历癸酉年闰五月三十"], // solarlunar's table says 六月初一
    ["2097-08-07", "农历丁巳年七月初一"], // solarlunar's table says 六月三十
  ])("%s → %s", (date, lunar) => {
    expect(zhDate(date, "lunar")).toBe(lunar);
  });
});

describe("lunar month and day names", () => {
  it("says 一月 instead of 正月 when asked", () => {
    expect(zhDate("2021-02-12", "lunar", { zheng: false })).toBe("农历辛丑年一月初一");
  });
  it("says 十一月 and 十二月 instead of 冬月 and 腊月 when asked", () => {
    expect(zhDate("2021-12-04", "lunar", { dongLa: false })).toBe("农历辛丑年十一月初一");
    expect(zhDate("2022-01-03", "lunar", { dongLa: false })).toBe("农历辛丑年十二月初一");
    expect(zhDate("2034-01-01", "lunar", { dongLa: false })).toBe("农历癸丑年闰十一月十一");
  });
  it("says 二十二 instead of 廿二 when asked, and leaves 二十 and 三十 alone", () => {
    expect(zhDate("2021-10-27", "lunar", { nian: false })).toBe("农历辛丑年九月二十二");
    expect(zhDate("2099-12-31", "lunar", { nian: false })).toBe("农历己未年冬月二十");
    expect(zhDate("2018-11-07", "lunar", { nian: false })).toBe("农历戊戌年九月三十");
  });
  it("keeps 正月 for a month-one date when only 冬月/腊月 are switched off", () => {
    expect(zhDate("2021-02-12", "lunar", { dongLa: false })).toBe("农历辛丑年正月初一");
  });
});

describe("the lunar range", () => {
  it("leaves the lunar date out outside the checked 1901–2099, never guessing it", () => {
    expect(zhDate("1900-12-31", "lunar")).toBe("");
    expect(zhDate("1890-03-01", "masthead")).toBe("1890年3月1日 星期六");
    expect(zhDate("2100-01-01", "masthead")).toBe("2100年1月1日 星期五");
    expect(zhDate("1901-02-19", "masthead")).toBe("1901年2月19日 星期二 农历辛丑年正月初一");
    expect(() => lunarDate(1900, 12, 31)).toThrow(BanmianError);
  });
  it("still gives Gregorian styles outside that range", () => {
    expect(zhDate("1900-12-31", "long")).toBe("1900年12月31日");
  });
});

const KNOWN_TABLE_ERRORS = [
  ["1933-07-22", "1933-08-20"],
  ["2097-08-07", "2097-09-05"],
];

const DAY = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

describe("every day of 1901–2099 against solarlunar", () => {
  it("agrees on year name, month, leap month and day, except on the table's known errors", () => {
    const disagreements: string[] = [];
    const stretches: string[][] = [];
    let days = 0;
    // solarlunar builds local Dates: in a zone that skipped a day (Pacific/Kiritimati
    // has no 1994-12-31) it answers for the next day. Ask it in UTC; zhDate stays
    // under the zone the test runs in.
    const zone = process.env.TZ;
    process.env.TZ = "UTC";
    const refs = new Map<number, ReturnType<typeof solarLunar.solar2lunar>>();
    try {
      for (let ms = Date.UTC(1901, 0, 1); ms <= Date.UTC(2099, 11, 31); ms += DAY) {
        const d = new Date(ms);
        refs.set(ms, solarLunar.solar2lunar(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    for (let ms = Date.UTC(1901, 0, 1); ms <= Date.UTC(2099, 11, 31); ms += DAY) {
      const d = new Date(ms);
      const ref = refs.get(ms)!;
      days++;
      if (ref === -1) {
        disagreements.push(`${isoDay(ms)}: solarlunar has no answer`);
        continue;
      }
      // solarlunar's own names: 正月 冬月 腊月, 闰六月, 初七 廿二 三十
      if (zhDate(d, "lunar") === `农历${ganzhi(ref.lYear)}年${ref.monthCn}${ref.dayCn}`) continue;
      const last = stretches.at(-1);
      if (last && last[1] === isoDay(ms - DAY)) last[1] = isoDay(ms);
      else stretches.push([isoDay(ms), isoDay(ms)]);
    }
    expect(disagreements).toEqual([]);
    expect(stretches).toEqual(KNOWN_TABLE_ERRORS);
    // 199 years, 49 of them leap years (1904, 1908 … 2096; 2000 is one, 1900 and 2100 are outside)
    expect(days).toBe(199 * 365 + 49);
  });

  it("agrees with ICU on the stretches where solarlunar's table is wrong", () => {
    // ICU long form: 1933癸酉年闰五月三十 — the related Gregorian year, then our wording.
    const icu = new Intl.DateTimeFormat("zh-CN-u-ca-chinese", { dateStyle: "long", timeZone: "UTC" });
    const checked: string[] = [];
    for (const [first, last] of KNOWN_TABLE_ERRORS) {
      for (let ms = Date.parse(first); ms <= Date.parse(last); ms += DAY) {
        const d = new Date(ms);
        expect(zhDate(d, "lunar")).toBe(icu.format(d).replace(/^\d+/, "农历"));
        checked.push(isoDay(ms));
      }
    }
    expect(checked).toHaveLength(60);
  });
});
