// The format layer: pure functions that print the PageModel's values the way
// a Chinese newspaper does. The Eleventy plugin registers each as a filter.
export { zhDate, civilDate, hanziNumber } from "./date.ts";
export type { ZhDateStyle, ZhDateOptions, CivilDate } from "./date.ts";
export { lunarDate, lunarText, lunarMonthName, lunarDayName, hasLunarDate } from "./lunar.ts";
export type { LunarDate, LunarNameOptions } from "./lunar.ts";
export { pageLabel } from "./page-label.ts";
export type { PageLabelStyle } from "./page-label.ts";
export { zhPunct } from "./punct.ts";
export { mailto, isEmail } from "./mailto.ts";
// Credits as printed; reading them from print text is the parse layer's work, not public here.
export { creditText, pageCredits } from "./credit.ts";
export type { CreditStyle } from "../model.ts";
export { headlineUnits } from "./words.ts";
