// The printed page label: 第3版. Papers with sections number pages within a
// lettered section (A3, B12) and print them without 第: A3版, A03版.
import { BanmianError } from "../errors.ts";
import { hanziNumber } from "./date.ts";

export type PageLabelStyle = "default" | "padded" | "hanzi";

interface PageNumber {
  section: string;
  number: number;
}

// "3", "03", "A3", "a03", "Ａ３" (full-width, as print text may carry it).
const PAGE = /^([A-Z]?)0*([1-9][0-9]{0,3})$/;

function toAscii(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function pageNumber(page: number | string): PageNumber {
  const text = typeof page === "number" ? String(page) : typeof page === "string" ? toAscii(page.trim()).toUpperCase() : "";
  const m = PAGE.exec(text);
  if (!m) {
    throw new BanmianError(
      `not a page number: ${typeof page === "string" ? JSON.stringify(page) : String(page)} (need 1–9999, or a section letter and number such as A3)`,
    );
  }
  return { section: m[1], number: Number(m[2]) };
}

const STYLES: Record<PageLabelStyle, (page: PageNumber) => string> = {
  default: ({ section, number }) => (section ? `${section}${number}版` : `第${number}版`),
  padded: ({ section, number }) => {
    const padded = String(number).padStart(2, "0");
    return section ? `${section}${padded}版` : `第${padded}版`;
  },
  // A section page keeps its digits: "A三版" is printed nowhere.
  hanzi: ({ section, number }) => (section ? `${section}${number}版` : `第${hanziNumber(number)}版`),
};

/**
 * 第3版 · padded 第03版 · hanzi 第三版 (第十二版, 第二十版);
 * a lettered section page "A3" gives A3版, padded A03版, hanzi A3版.
 */
export function pageLabel(page: number | string, style: PageLabelStyle = "default"): string {
  const render = Object.hasOwn(STYLES, style) ? STYLES[style] : undefined;
  if (!render) {
    throw new BanmianError(`unknown pageLabel style ${JSON.stringify(style)}: use one of ${Object.keys(STYLES).join(", ")}`);
  }
  return render(pageNumber(page));
}
