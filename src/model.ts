// The PageModel: the one reading of a printed page that every view (web
// pages, feeds, search, checks) is built from. See DESIGN.md; extend it,
// keep its meaning. It sits beneath both layers: parse/ writes it, format/
// prints its values, and neither imports the other.

export interface PageMeta {
  paper?: string;
  /** The civil date, YYYY-MM-DD. */
  date?: string;
  page?: number;
  pageName?: string;
  photos?: string[];
  /** An editor's note shown on the page (e.g. that its photos are stand-ins). */
  note?: string;
  /** A scan of the printed page: a file in the photos folder. */
  scan?: string;
}

export interface Person {
  role?: string;
  names: string[];
}

export interface Credit {
  /** Verbatim, as printed. */
  text: string;
  /** 本报, 新华社 … */
  source?: string;
  people: Person[];
  /** Ends in 摄: a photo credit. */
  photo?: boolean;
  /** Wire datelines: 北京10月13日电 (place and date as printed). */
  place?: string;
  /** A desk code glued to the credit (⑤2), kept verbatim. */
  code?: string;
}

/** How a credit stands: over the text, opening its first paragraph, under a photo. */
export type CreditStyle = "byline" | "dateline" | "photo";

export interface Block {
  kind: "paragraph" | "crosshead";
  text: string;
  line: number;
}

export interface Jump {
  text: string;
  direction: "from" | "to";
  page?: string;
  line: number;
}

export interface Article {
  kind: "article";
  line: number;
  /** A column label such as □聚焦乡村振兴 heading this article's group. */
  column?: string;
  kicker?: string;
  headline?: string;
  subtitle?: string;
  byline?: Credit;
  dateline?: Credit;
  credits?: Credit[];
  body: Block[];
  jumps?: Jump[];
  continued?: boolean;
}

export interface Photo {
  kind: "photo";
  line: number;
  title?: string;
  caption: string;
  credit?: Credit;
  src?: string;
}

export type Item = Article | Photo;

export interface Footer {
  editors: string[];
  proofreaders: string[];
  email?: string;
  phone?: string;
  /** Every credited role as printed: 本版编辑 [辛宏, 王森], 责任校对 [赵秀娟]. */
  roles: { role: string; names: string[] }[];
  /** Every footer line, verbatim. */
  lines: string[];
  line: number;
}

export interface Extra {
  line: number;
  text: string;
  kind: string;
}

export interface Warning {
  line: number;
  message: string;
}

/** What an editor's mark made of its line (README, "Editor's marks"). */
export type MarkRole = "kicker" | "headline" | "subtitle" | "crosshead" | "credit" | "body" | "break" | "photo";

export interface MarkedLine {
  line: number;
  role: MarkRole;
}

export interface PageModel {
  paper?: string;
  date?: string;
  page?: number;
  pageName?: string;
  note?: string;
  scan?: string;
  /** First and last source line of this printed page. */
  lines: { from: number; to: number };
  items: Item[];
  footer?: Footer;
  extras: Extra[];
  warnings: Warning[];
  /** The lines whose role an editor's mark fixed; absent on a page with no marks. */
  marks?: MarkedLine[];
}
