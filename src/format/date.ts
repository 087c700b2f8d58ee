// Chinese dates for display: the issue date in the masthead, the page header,
// the archive. An issue date is a civil date — a day on the newspaper's
// calendar, not an instant — so it must never move a day with the zone the
// build runs in.
import { BanmianError } from "../errors.ts";
import { hasLunarDate, lunarDate, lunarText } from "./lunar.ts";
import type { LunarNameOptions } from "./lunar.ts";

export type ZhDateStyle = "long" | "full" | "weekday" | "lunar" | "masthead" | "hanzi" | "iso";
export type ZhDateOptions = LunarNameOptions;

export interface CivilDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

// Beijing time, the zone the newspaper's day is counted in. China has kept
// UTC+8 all year since 1991; the 1986–91 summer hour is ignored on purpose.
const NEWSPAPER_OFFSET_MS = 8 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function describe(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}

function utcMidnight(date: CivilDate): Date {
  // setUTCFullYear, because Date.UTC reads years 0–99 as 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return d;
}

function checked(date: CivilDate, value: unknown): CivilDate {
  const back = utcMidnight(date);
  const real =
    back.getUTCFullYear() === date.year && back.getUTCMonth() + 1 === date.month && back.getUTCDate() === date.day;
  if (!real || date.year < 1 || date.year > 9999) {
    throw new BanmianError(`not a date between 0001-01-01 and 9999-12-31: ${describe(value)}`);
  }
  return date;
}

const isMidnight = (h: number, m: number, s: number, ms: number): boolean => h === 0 && m === 0 && s === 0 && ms === 0;

/**
 * The civil day a value names.
 *
 * - `"2021-10-14"` is that day.
 * - A Date at exactly UTC midnight is that UTC day: it is how a date-only
 *   value (YAML `date: 2021-10-14`, Eleventy's `page.date`) arrives.
 * - A Date at exactly midnight of the process's own zone is that local day:
 *   it is how JavaScript builds a date (`new Date(2021, 9, 14)`).
 * - Any other Date is an instant, read in Beijing time (UTC+8), where the
 *   newspaper's day is counted.
 *
 * The first three never depend on the process's zone. The local-midnight rule
 * only changes the answer east of UTC+8, and only for an instant that falls
 * exactly on local midnight.
 */
export function civilDate(value: Date | string): CivilDate {
  if (typeof value === "string") {
    const m = ISO_DATE.exec(value);
    if (!m) throw new BanmianError(`not a YYYY-MM-DD date: ${describe(value)}`);
    return checked({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, value);
  }
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new BanmianError(`not a date: ${describe(value)}`);
  }
  const d = value;
  if (isMidnight(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds())) {
    return checked({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, value);
  }
  if (isMidnight(d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds())) {
    return checked({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() }, value);
  }
  const beijing = new Date(d.getTime() + NEWSPAPER_OFFSET_MS);
  return checked(
    { year: beijing.getUTCFullYear(), month: beijing.getUTCMonth() + 1, day: beijing.getUTCDate() },
    value,
  );
}

const HANZI_DIGITS = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const UNITS = ["", "十", "百", "千"];

/**
 * A number 1–9999 in counting form: 十, 十一, 二十, 一百零一, 一千零一十.
 * A leading 一十 is said 十 (十二, not 一十二).
 */
export function hanziNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) {
    throw new BanmianError(`no counting form for ${describe(n)}: need a whole number 1–9999`);
  }
  const digits = String(n).split("").map(Number);
  let out = "";
  let zeroPending = false;
  digits.forEach((digit, i) => {
    const unit = UNITS[digits.length - 1 - i];
    if (digit === 0) {
      zeroPending = out !== "";
      return;
    }
    if (zeroPending) out += "零";
    zeroPending = false;
    out += (digit === 1 && unit === "十" && out === "" ? "" : HANZI_DIGITS[digit]) + unit;
  });
  return out;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function weekday(date: CivilDate): string {
  return `星期${"日一二三四五六"[utcMidnight(date).getUTCDay()]}`;
}

function long(date: CivilDate): string {
  return `${date.year}年${date.month}月${date.day}日`;
}

/** The lunar date, or "" where it is not known (see hasLunarDate): left out, never guessed. */
function lunar(date: CivilDate, options: ZhDateOptions): string {
  return hasLunarDate(date.year) ? lunarText(lunarDate(date.year, date.month, date.day), options) : "";
}

const STYLES: Record<ZhDateStyle, (date: CivilDate, options: ZhDateOptions) => string> = {
  long,
  full: (date) => `${long(date)} ${weekday(date)}`,
  weekday,
  lunar,
  masthead: (date, options) => [long(date), weekday(date), lunar(date, options)].filter(Boolean).join(" "),
  // GB/T 15835: the year digit by digit with 〇, month and day in counting form.
  hanzi: (date) =>
    `${String(date.year)
      .split("")
      .map((c) => HANZI_DIGITS[Number(c)])
      .join("")}年${hanziNumber(date.month)}月${hanziNumber(date.day)}日`,
  iso: (date) => `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`,
};

/**
 * 2021年10月14日 in one of the styles:
 * long 2021年10月14日 · full 2021年10月14日 星期四 · weekday 星期四 ·
 * lunar 农历辛丑年九月初九 · masthead 2021年10月14日 星期四 农历辛丑年九月初九 ·
 * hanzi 二〇二一年十月十四日 · iso 2021-10-14.
 * Outside 1901–2099 the lunar date is left out (lunar gives "", masthead
 * 1890年3月1日 星期六). See civilDate for how a Date becomes a day.
 */
export function zhDate(date: Date | string, style: ZhDateStyle = "long", options: ZhDateOptions = {}): string {
  const render = Object.hasOwn(STYLES, style) ? STYLES[style] : undefined;
  if (!render) {
    throw new BanmianError(`unknown zhDate style ${describe(style)}: use one of ${Object.keys(STYLES).join(", ")}`);
  }
  return render(civilDate(date), options ?? {});
}
