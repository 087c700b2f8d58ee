// The format layer functions the site uses, in one place.
// TODO: import from "../format/index.ts" once that entry point is committed.
export { zhDate } from "../format/date.ts";
export type { ZhDateStyle } from "../format/date.ts";
export { pageLabel } from "../format/page-label.ts";
export type { PageLabelStyle } from "../format/page-label.ts";
export { zhPunct } from "../format/punct.ts";
export { mailto } from "../format/mailto.ts";
export { creditText, pageCredits } from "../format/credit.ts";
export type { CreditStyle } from "../format/credit.ts";
