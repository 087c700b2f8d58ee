// The Chinese (lunar) calendar for mastheads. Node's Intl Chinese calendar is
// wrong on several stretches of 1901–2099 (2018-11-07, the 1987 leap month,
// New Year 2027 and 2030), so the reckoning comes from lunar-javascript, which
// agrees with an independent table (solarlunar) on every day of that range —
// test/format/lunar.test.ts checks all of them.
import lunarJavascript from "lunar-javascript";
import { BanmianError } from "../errors.ts";

// lunar-javascript is CommonJS without types; this is the little of it we use.
interface LunarJsLunar {
  getMonth(): number; // negative for a leap month
  getDay(): number;
  getYearInGanZhi(): string; // the lunar year's name, changing at New Year (not at 立春)
}
interface LunarJsSolar {
  getLunar(): LunarJsLunar;
}
const { Solar } = lunarJavascript as unknown as {
  Solar: { fromYmd(year: number, month: number, day: number): LunarJsSolar };
};

export interface LunarDate {
  /** The year's 干支 name, e.g. 辛丑. */
  ganzhi: string;
  /** 1–12. */
  month: number;
  leap: boolean;
  /** 1–30. */
  day: number;
}

export interface LunarNameOptions {
  /** Month 1 as 正月 (default) or 一月. */
  zheng?: boolean;
  /** Months 11 and 12 as 冬月, 腊月 (default) or 十一月, 十二月. */
  dongLa?: boolean;
  /** Days 21–29 as 廿一 (default, as mastheads print them) or 二十一. */
  nian?: boolean;
}

/** The range checked day by day against an independent table. */
export const LUNAR_FIRST_YEAR = 1901;
export const LUNAR_LAST_YEAR = 2099;

/** Whether the lunar date of a day of `year` is known here (checked day by day). */
export function hasLunarDate(year: number): boolean {
  return year >= LUNAR_FIRST_YEAR && year <= LUNAR_LAST_YEAR;
}

/** The lunar date of a civil (Gregorian) date; month is 1–12. */
export function lunarDate(year: number, month: number, day: number): LunarDate {
  if (!hasLunarDate(year)) {
    // Outside the checked range a wrong masthead is worse than an error.
    throw new BanmianError(
      `lunar date of ${year}-${month}-${day}: only ${LUNAR_FIRST_YEAR}–${LUNAR_LAST_YEAR} is supported`,
    );
  }
  const lunar = Solar.fromYmd(year, month, day).getLunar();
  const m = lunar.getMonth();
  return { ganzhi: lunar.getYearInGanZhi(), month: Math.abs(m), leap: m < 0, day: lunar.getDay() };
}

const MONTHS = ["", "正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"];
const NUMERIC_MONTHS: Record<number, string> = { 1: "一", 11: "十一", 12: "十二" };

// Days are spoken in three decades: 初一–初十, 十一–二十, 廿一–三十.
const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const SPECIAL_DAYS: Record<number, string> = { 10: "初十", 20: "二十", 30: "三十" };

/** 闰四月, 正月, 腊月 … */
export function lunarMonthName(month: number, leap: boolean, options: LunarNameOptions = {}): string {
  const { zheng = true, dongLa = true } = options;
  const traditional = (month === 1 && zheng) || (month >= 11 && dongLa);
  const name = traditional ? MONTHS[month] : (NUMERIC_MONTHS[month] ?? MONTHS[month]);
  return `${leap ? "闰" : ""}${name}月`;
}

/** 初九, 十五, 廿一, 三十 */
export function lunarDayName(day: number, options: LunarNameOptions = {}): string {
  const { nian = true } = options;
  const special = SPECIAL_DAYS[day];
  if (special) return special;
  const decade = ["初", "十", nian ? "廿" : "二十"][Math.floor(day / 10)];
  return `${decade}${DIGITS[day % 10]}`;
}

/** 农历辛丑年九月初九 */
export function lunarText(date: LunarDate, options: LunarNameOptions = {}): string {
  return `农历${date.ganzhi}年${lunarMonthName(date.month, date.leap, options)}${lunarDayName(date.day, options)}`;
}
