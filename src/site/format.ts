// The format layer functions the site registers as filters, in one place.
export { zhDate, pageLabel, zhPunct, mailto, creditText, pageCredits, headlineUnits } from "../format/index.ts";
export type { ZhDateStyle, ZhDateOptions, PageLabelStyle, CreditStyle } from "../format/index.ts";
